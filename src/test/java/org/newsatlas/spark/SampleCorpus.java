package org.newsatlas.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's sample corpus (src/test/resources/sample-corpus), every folder of it, as pipeline arguments. */
public final class SampleCorpus {
  private SampleCorpus() {}

  public static final Path PROJECT = Path.of(System.getProperty("newsatlas.project.dir", ".")).toAbsolutePath();
  public static final Path ROOT = PROJECT.resolve("src/test/resources/sample-corpus");
  public static final List<String> FOLDERS = List.of("jsonl", "csv", "text", "warc", "bad");
  public static final Path GAZETTEER = PROJECT.resolve(".cache/gazetteer/gazetteer.bin");

  public static List<String> inputs() {
    List<String> out = new ArrayList<>();
    for (String f : FOLDERS) out.add(ROOT.resolve(f).toString());
    return out;
  }

  /** {@code --input X} for every folder. */
  public static List<String> inputArgs() {
    List<String> out = new ArrayList<>();
    for (String in : inputs()) {
      out.add("--input");
      out.add(in);
    }
    return out;
  }

  /** The gazetteer, or an error that says how to get it (scripts/test.sh does it before Maven). */
  public static String gazetteer() {
    if (!Files.isRegularFile(GAZETTEER)) {
      throw new IllegalStateException("no gazetteer at " + GAZETTEER + ": run scripts/fetch-geonames.sh and "
          + "scripts/newsatlas gazetteer build (scripts/test.sh does both)");
    }
    return GAZETTEER.toString();
  }
}
