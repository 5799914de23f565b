package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsatlas.core.Resources;

/**
 * How to read one input: a named profile {@code conf/inputs/<name>.properties} plus per-run overrides. Keys (all
 * optional): {@code format} (jsonl|csv|text|warc|auto), {@code mapping} (see {@link FieldMapping}), {@code encoding},
 * {@code max.record.bytes}, {@code csv.delimiter}, {@code date.pattern} (patterns separated by {@code |}),
 * {@code date.order} (DMY|MDY), {@code date.zone}, {@code file.pattern} (regex with named groups outlet, date,
 * title), {@code outlet.codes} (TSV under conf/), {@code title.first.line}, {@code sidecar}, and the values used when
 * a record has none: {@code default.date}, {@code default.outlet}, {@code default.lang}. Immutable and serialisable.
 */
public final class InputSpec implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int DEFAULT_MAX_RECORD_BYTES = 20 << 20;

  /** news-please field names; {@code date_modify}/{@code date_download} are NOT fallbacks (see README). */
  public static final String NEWSPLEASE_MAPPING =
      "url=url,title=title,text=maintext|text,date=date_publish,outlet=source_domain,lang=language";
  public static final String CSV_DEFAULT_MAPPING =
      "url=url,title=title,text=text,date=date,outlet=outlet|source,lang=lang|language";

  private final Map<String, String> values;
  private final String name;

  private InputSpec(String name, Map<String, String> values) {
    this.name = name;
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    validate();
  }

  /** An ad-hoc spec (no profile). Keys may carry an {@code input.} prefix, as on the command line. */
  public static InputSpec of(Map<String, String> values) {
    return new InputSpec("(ad hoc)", strip(values));
  }

  /**
   * Loads {@code conf/inputs/<name>.properties} (user conf dir first, then the jar) and applies the overrides.
   *
   * @throws IllegalArgumentException when the profile does not exist or a value is invalid, saying what to do
   */
  public static InputSpec fromProfile(String confDir, String name, Map<String, String> overrides) {
    Map<String, String> v = new TreeMap<>();
    Properties p = new Properties();
    try (InputStream in = Resources.open(confDir, "inputs/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("no input profile '" + name + "': create conf/inputs/" + name
          + ".properties (see conf/inputs/README.md) or use one of the bundled profiles", e);
    }
    for (String k : p.stringPropertyNames()) v.put(k, p.getProperty(k).trim());
    if (overrides != null) v.putAll(strip(overrides));
    return new InputSpec(name, v);
  }

  private static Map<String, String> strip(Map<String, String> m) {
    Map<String, String> out = new TreeMap<>();
    if (m == null) return out;
    m.forEach((k, val) -> out.put(k.startsWith("input.") ? k.substring(6) : k, val));
    return out;
  }

  private void validate() {
    InputFormat.parse(get("format"));
    mapping(InputFormat.JSONL);
    charset();
    maxRecordBytes();
    fileNamePattern();
    String order = get("date.order");
    if (order != null && !order.equalsIgnoreCase("DMY") && !order.equalsIgnoreCase("MDY")) {
      throw new IllegalArgumentException("input " + name + ": date.order must be DMY or MDY, not '" + order + "'");
    }
    String d = get("csv.delimiter");
    if (d != null && delimiter() == 0) {
      throw new IllegalArgumentException("input " + name + ": csv.delimiter must be one character (or 'tab')");
    }
  }

  public String name() {
    return name;
  }

  /** A value, null when absent or blank. */
  public String get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? null : v;
  }

  public Map<String, String> asMap() {
    return values;
  }

  /** The profile's format, or null for auto-detection per file. */
  public InputFormat format() {
    return InputFormat.parse(get("format"));
  }

  /** The field mapping for a format: the format's default with the profile's {@code mapping} over it. */
  public FieldMapping mapping(InputFormat format) {
    FieldMapping base = FieldMapping.parse(format == InputFormat.CSV ? CSV_DEFAULT_MAPPING : NEWSPLEASE_MAPPING);
    String m = get("mapping");
    try {
      return m == null ? base : base.with(FieldMapping.parse(m));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("input " + name + ": " + e.getMessage(), e);
    }
  }

  public Charset charset() {
    String e = get("encoding");
    try {
      return e == null ? StandardCharsets.UTF_8 : Charset.forName(e);
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("input " + name + ": unknown encoding '" + e + "'", ex);
    }
  }

  public int maxRecordBytes() {
    String v = get("max.record.bytes");
    if (v == null) return DEFAULT_MAX_RECORD_BYTES;
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 1024) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("input " + name + ": max.record.bytes must be a whole number >= 1024");
    }
  }

  public char delimiter() {
    String d = get("csv.delimiter");
    if (d == null) return ',';
    if (d.equalsIgnoreCase("tab") || d.equals("\\t")) return '\t';
    return d.length() == 1 ? d.charAt(0) : 0;
  }

  public Pattern fileNamePattern() {
    String p = get("file.pattern");
    if (p == null) return null;
    try {
      return Pattern.compile(p);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("input " + name + ": file.pattern is not a valid regex: " + e.getMessage());
    }
  }

  public List<String> datePatterns() {
    String p = get("date.pattern");
    return p == null ? List.of() : List.of(p.split("\\|"));
  }

  public boolean monthFirst() {
    return "MDY".equalsIgnoreCase(get("date.order"));
  }

  public String dateZone() {
    String z = get("date.zone");
    return z == null ? "UTC" : z;
  }

  public boolean flag(String key) {
    return Boolean.parseBoolean(get(key));
  }

  /**
   * A reader for files of {@code format} under this spec.
   *
   * @param confDir the user's conf directory (null: bundled conf only), for the outlet-code table
   */
  public FormatReader newReader(InputFormat format, String confDir) {
    switch (format) {
      case JSONL:
        return new JsonLinesReader(mapping(format), maxRecordBytes(), charset());
      case CSV:
        return new CsvReader(mapping(format), maxRecordBytes(), delimiter(), charset());
      case TEXT:
        String codes = get("outlet.codes");
        Map<String, String> table = codes == null ? Map.of() : ConfFiles.tsv(confDir, codes);
        boolean sidecar = get("sidecar") == null || flag("sidecar");
        return new TextFolderReader(fileNamePattern(), table, flag("title.first.line"), maxRecordBytes(), charset(),
            sidecar ? SidecarLookup.localFiles() : SidecarLookup.none());
      case WARC:
        return new WarcReader(maxRecordBytes());
      default:
        throw new IllegalStateException(format.toString());
    }
  }

  @Override
  public String toString() {
    return "input " + name + " " + values;
  }
}
