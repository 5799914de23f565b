package org.newsatlas.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a synthetic news archive of N articles from real text (see {@link SourceTexts}, {@link ArticleComposer}):
 * files of {@code --per-file} articles, written in parallel, plus {@code _CORPUS.properties} saying how it was made
 * and what it holds (articles per kind and language, characters of text). Deterministic: the same arguments give the
 * same files. A main class in the product jar rather than a test class so that a user can size a cluster with it
 * from the jar alone: {@code java -cp newsatlas.jar:lib/* org.newsatlas.bench.CorpusScaler N OUTDIR}.
 */
public final class CorpusScaler {
  private CorpusScaler() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    opt.put("format", "jsonl");
    opt.put("per-file", "10000");
    opt.put("seed", "20210104");
    opt.put("outlets", "400");
    opt.put("mix", "en=0.55,fr=0.30,ar=0.15");
    opt.put("start", "2021-01-04");
    opt.put("weeks", "52");
    opt.put("syndicated", "0.05");
    opt.put("recrawled", "0.01");
    opt.put("corpora", System.getenv().getOrDefault("NEWSATLAS_CORPORA", "../shared/corpora"));
    opt.put("sample", "src/test/resources/sample-corpus");
    opt.put("threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
    List<String> pos = new ArrayList<>();
    for (int k = 0; k < args.length; k++) {
      if (args[k].startsWith("--")) {
        String key = args[k].substring(2);
        if (!opt.containsKey(key) || k + 1 >= args.length) usage("unknown option or missing value: " + args[k]);
        opt.put(key, args[++k]);
      } else {
        pos.add(args[k]);
      }
    }
    if (pos.size() != 2) usage("expected N and OUTDIR");
    long n = Long.parseLong(pos.get(0).replace("_", ""));
    Path outDir = Path.of(pos.get(1));
    generate(n, outDir, opt);
  }

  private static void usage(String why) {
    System.err.println("make-corpus: " + why + "\nusage: make-corpus.sh N OUTDIR [--format jsonl|warc] [--per-file 10000] "
        + "[--seed S] [--outlets 400] [--mix en=0.55,fr=0.30,ar=0.15] [--start 2021-01-04] [--weeks 52] "
        + "[--syndicated 0.05] [--recrawled 0.01] [--corpora DIR] [--sample DIR] [--threads T]");
    System.exit(2);
  }

  static void generate(long n, Path outDir, Map<String, String> opt) throws Exception {
    long t0 = System.nanoTime();
    Map<String, Double> mix = new LinkedHashMap<>();
    for (String kv : opt.get("mix").split(",")) {
      String[] p = kv.split("=");
      mix.put(p[0].trim(), Double.parseDouble(p[1]));
    }
    Map<String, List<SourceDoc>> docs = SourceTexts.load(Path.of(opt.get("corpora")), Path.of(opt.get("sample")));
    mix.keySet().removeIf(l -> {
      boolean missing = !docs.containsKey(l);
      if (missing) System.err.println("[make-corpus] no source texts in language " + l + ": left out of the mix");
      return missing;
    });
    if (mix.isEmpty()) throw new IllegalStateException("no source text in any language of --mix " + opt.get("mix"));
    StringBuilder sources = new StringBuilder();
    docs.forEach((l, d) -> sources.append(String.format(Locale.ROOT, "%s=%d docs/%d chunks ", l, d.size(),
        d.stream().mapToInt(x -> x.chunks().size()).sum())));
    System.err.printf("[make-corpus] source texts: %s(%.1f s)%n", sources, (System.nanoTime() - t0) / 1e9);

    long seed = Long.parseLong(opt.get("seed"));
    SyntheticOutlets outlets = new SyntheticOutlets(Integer.parseInt(opt.get("outlets")), mix, seed);
    ArticleComposer composer = new ArticleComposer(docs, outlets, seed, LocalDate.parse(opt.get("start")),
        7 * Integer.parseInt(opt.get("weeks")), Double.parseDouble(opt.get("syndicated")),
        Double.parseDouble(opt.get("recrawled")));
    String format = opt.get("format");
    int perFile = Integer.parseInt(opt.get("per-file"));
    Files.createDirectories(outDir);
    long files = (n + perFile - 1) / perFile;
    Map<String, AtomicLong> counts = new TreeMap<>();
    for (String k : new String[] {"original", "syndicated-verbatim", "syndicated-edited", "recrawl", "chars", "text_utf8_bytes"}) {
      counts.put(k, new AtomicLong());
    }
    for (String l : mix.keySet()) counts.put("lang." + l, new AtomicLong());
    ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(opt.get("threads")));
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (long f = 0; f < files; f++) {
        long from = f * perFile, to = Math.min(n, from + perFile);
        Path file = outDir.resolve(String.format(Locale.ROOT, "part-%05d%s", f, ArchiveWriter.extension(format)));
        jobs.add(pool.submit(() -> {
          try (ArchiveWriter w = ArchiveWriter.create(format, file)) {
            for (long i = from; i < to; i++) {
              ArticleComposer.Article a = composer.article(i);
              w.write(a);
              counts.get(a.kind()).incrementAndGet();
              counts.get("lang." + a.outlet().lang()).incrementAndGet();
              counts.get("chars").addAndGet(a.text().length());
              counts.get("text_utf8_bytes").addAndGet(utf8Length(a.text()));
            }
          }
          return null;
        }));
      }
      for (Future<?> j : jobs) j.get();
    } finally {
      pool.shutdown();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    StringBuilder m = new StringBuilder("# newsatlas synthetic archive (org.newsatlas.bench.CorpusScaler); never commit it\n");
    m.append("articles=").append(n).append('\n').append("files=").append(files).append('\n');
    opt.forEach((k, v) -> m.append("option.").append(k).append('=').append(v).append('\n'));
    counts.forEach((k, v) -> m.append("count.").append(k).append('=').append(v.get()).append('\n'));
    docs.forEach((l, d) -> m.append("source.").append(l).append('=').append(d.size()).append('\n'));
    m.append("seconds=").append(String.format(Locale.ROOT, "%.1f", secs)).append('\n');
    try (OutputStream o = Files.newOutputStream(outDir.resolve("_CORPUS.properties"))) {
      o.write(m.toString().getBytes(StandardCharsets.UTF_8));
    }
    System.err.printf(Locale.ROOT, "[make-corpus] %,d articles (%,.0f MB of text) in %,d %s files under %s in %.1f s; %s%n",
        n, counts.get("chars").get() / 1e6, files, format, outDir, secs, counts);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 2 + 2 = 4 bytes
    }
    return n;
  }
}
