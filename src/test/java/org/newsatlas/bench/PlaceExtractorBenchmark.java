package org.newsatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.extract.place.GazetteerBuilder;
import org.newsatlas.extract.place.PlaceExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Place extraction throughput on real news text from the shared corpora (English TR-News and GeoVirus articles,
 * French Belgian newspaper pages), one article per operation, round robin. MB/s = ops/s x the mean article size the
 * setup prints; with {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per article. Needs the gazetteer
 * artifact (.cache/gazetteer/gazetteer.bin, built from .cache/geonames when absent) and ../shared/corpora.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PlaceExtractorBenchmark {
  @Param({"en", "fr"})
  public String lang;

  private PlaceExtractor extractor;
  private String[] articles;
  private int next;
  public long sink;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    Path project = Paths.get(System.getProperty("newsatlas.project.dir", ".")).toAbsolutePath();
    Path artifact = project.resolve(".cache/gazetteer/gazetteer.bin");
    if (!Files.isRegularFile(artifact)) {
      GazetteerBuilder.build(project.resolve(".cache/geonames"), project.resolve("conf").toString(), artifact);
    }
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load(artifact);
    System.out.printf("%ngazetteer loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    extractor = new PlaceExtractor(g, project.resolve("conf").toString());
    List<String> texts = texts(project, lang);
    articles = texts.toArray(new String[0]);
    long bytes = 0;
    for (String t : articles) bytes += t.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("%d %s articles, %d bytes, mean %.0f bytes/article (MB/s = ops/s x %.6f)%n", articles.length,
        lang, bytes, (double) bytes / articles.length, (double) bytes / articles.length / 1e6);
  }

  /** The benchmark's texts in {@code lang}: TR-News and GeoVirus articles (en), CAMille pages (fr). */
  static List<String> texts(Path project, String lang) throws IOException {
    Path shared = Files.isDirectory(Paths.get("/work/shared/corpora")) ? Paths.get("/work/shared") : project.resolveSibling("shared");
    List<String> texts = new ArrayList<>();
    if (lang.equals("en")) {
      Pattern p = Pattern.compile("<text>(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</text>", Pattern.DOTALL);
      for (String f : new String[] {"TR-News.xml", "GeoVirus.xml"}) {
        Matcher m = p.matcher(Files.readString(shared.resolve("corpora/gold/geoparsing").resolve(f)));
        while (m.find()) texts.add(m.group(1));
      }
    } else {
      try (Stream<Path> s = Files.list(shared.resolve("corpora/camille-be-fr"))) {
        for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(f));
      }
    }
    if (texts.isEmpty()) throw new IllegalStateException("no benchmark text under " + shared + "/corpora");
    return texts;
  }

  @Benchmark
  public int extract() {
    String text = articles[next];
    next = next + 1 == articles.length ? 0 : next + 1;
    List<Mention> ms = extractor.extract(text, lang);
    return ms.size();
  }
}
