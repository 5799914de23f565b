package org.newsatlas.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables present under a local output root: every folder that holds at least one Parquet file, except hidden
 * ones ({@code _staging} of a nightly run in progress holds partly written files; Spark skips {@code _x} and {@code .x}
 * folders too).
 */
public final class TableCatalog {
  private TableCatalog() {}

  public static List<String> tables(Path root) {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(root)) return out;
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
        String name = d.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".")) continue;
        if (Files.isDirectory(d) && hasParquet(d)) out.add(d.getFileName().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean hasParquet(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    }
  }
}
