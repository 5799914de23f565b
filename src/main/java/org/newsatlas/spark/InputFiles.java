package org.newsatlas.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files of a run on the driver (file names only, never content): each argument may be a file, a
 * directory (walked recursively) or a glob, on any Hadoop file system. Hidden files ({@code .x}, {@code _x}) are
 * skipped, as Spark does.
 */
public final class InputFiles {
  private InputFiles() {}

  /** One listed file: its fully qualified path, size, and modification time (ms since the epoch; the ledger's key). */
  public record InputFile(String path, long length, long modifiedAt) {
    public InputFile(String path, long length) {
      this(path, length, 0L);
    }
  }

  public static List<InputFile> list(List<String> inputs, Configuration conf) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null) continue;
        for (FileStatus st : matches) {
          if (st.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (!isHidden(f.getPath(), st.getPath())) out.add(new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime()));
            }
          } else {
            out.add(new InputFile(st.getPath().toString(), st.getLen(), st.getModificationTime()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    out.sort((a, b) -> a.path().compareTo(b.path()));
    return out;
  }

  // Hidden if any path component below the listed root starts with '.' or '_'.
  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) return true;
    }
    return false;
  }
}
