package org.newsatlas.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system with permissions set through java.nio. Without Hadoop's native library (the usual case
 * for Spark from Maven jars) {@code RawLocalFileSystem} forks a {@code chmod} process for every directory and file it
 * creates: three forks per Parquet file, about 5 ms each from a JVM with a large heap. Used for {@code file:} paths
 * in local mode ({@link Sessions}); everything but {@code setPermission} is Hadoop's own.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(p).toPath();
      try {
        Files.setPosixFilePermissions(file, posix(permission));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission); // not a POSIX file system (Windows): Hadoop's way
      }
    }

    private static Set<PosixFilePermission> posix(FsPermission p) {
      Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
      add(s, p.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);
      add(s, p.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE);
      add(s, p.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
      return s;
    }

    private static void add(Set<PosixFilePermission> s, FsAction a, PosixFilePermission r, PosixFilePermission w,
        PosixFilePermission x) {
      if (a.implies(FsAction.READ)) s.add(r);
      if (a.implies(FsAction.WRITE)) s.add(w);
      if (a.implies(FsAction.EXECUTE)) s.add(x);
    }
  }
}
