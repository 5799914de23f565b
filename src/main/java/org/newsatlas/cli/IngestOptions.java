package org.newsatlas.cli;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.core.Settings;
import org.newsatlas.ingest.IngestJob;
import org.newsatlas.ingest.InputSpec;
import picocli.CommandLine.Option;

/** How to read the archive: inputs, and a named input profile from conf/inputs/ with per-run overrides. */
final class IngestOptions {
  @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true, split = ",",
      description = "Input file, folder (read recursively) or glob; repeatable. Any Hadoop file system (hdfs://, s3a://).")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-p", "--profile"}, paramLabel = "NAME",
      description = "Input profile from conf/inputs/NAME.properties (format, field mapping, date and file-name patterns): "
          + "auto (the default: format per file, news-please names), newsplease, fakes (the FA-KES CSV), camille (CAMille "
          + "OCR pages), text (text files, metadata from sidecars or --outlet/--date), warc, sample (the sample corpus).")
  String profile;

  @Option(names = "--format", paramLabel = "FMT",
      description = "auto (by extension and content), jsonl, csv, text or warc. Default: the profile's, else auto.")
  String format;

  @Option(names = "--map", paramLabel = "FIELD=SOURCE,...",
      description = "Field mapping for JSON Lines and CSV, e.g. title=article_title,text=article_content,outlet=source,date=date.")
  String mapping;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "java.time pattern tried first for dates, e.g. M/d/yyyy.")
  String dateFormat;

  @Option(names = "--name-pattern", paramLabel = "REGEX",
      description = "For text folders: a regex over file names with named groups outlet and date (and title).")
  String namePattern;

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Outlet for records that name none (e.g. a single text file).")
  String defaultOutlet;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for records that give none.")
  String defaultDate;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language for records that give none (fr, en, ar); default: detected.")
  String defaultLang;

  /** The overrides of the input profile given on the command line, by profile key. */
  Map<String, String> overrides() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "format", format);
    put(m, "mapping", mapping);
    put(m, "date.pattern", dateFormat);
    put(m, "file.pattern", namePattern);
    put(m, "default.outlet", defaultOutlet);
    put(m, "default.date", defaultDate);
    put(m, "default.lang", defaultLang);
    return m;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v);
  }

  /** Checks the inputs and the input profile before Spark starts; returns the profile with the overrides applied. */
  InputSpec validate(Settings settings) {
    checkInputsExist();
    return IngestJob.spec(settings, profile, overrides());
  }

  /** Stops at start with one sentence when a local input does not exist. */
  private void checkInputsExist() {
    for (String in : inputs) {
      boolean local = !in.contains("://") || in.startsWith("file:");
      boolean glob = in.contains("*") || in.contains("?") || in.contains("[");
      if (local && !glob && !Files.exists(Paths.get(in.startsWith("file:") ? in.substring(5) : in))) {
        throw new UserError("input " + in + " does not exist.");
      }
    }
  }
}
