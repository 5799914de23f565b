package org.newsatlas.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the metadata file next to a text file: {@code <stem>.meta.json}, else {@code <stem>.json}, where the stem is
 * the file name without its last extension. The JSON's top-level fields (url, title, date, outlet, lang, or the
 * news-please names date_publish, source_domain, language) complete what the file name gives.
 */
@FunctionalInterface
public interface SidecarLookup extends Serializable {
  /** The sidecar's fields, or null when the file has none. */
  Map<String, String> find(String sourceFile) throws IOException;

  /** No sidecars. */
  static SidecarLookup none() {
    return f -> null;
  }

  /** Sidecars on the local file system (paths or {@code file:} URIs); other schemes have none. */
  static SidecarLookup localFiles() {
    return sourceFile -> {
      Path p;
      if (sourceFile.startsWith("file:")) p = fileUriPath(sourceFile);
      else if (sourceFile.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !sourceFile.matches("^[a-zA-Z]:\\\\.*")) return null;
      else p = Paths.get(sourceFile);
      String name = p.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      for (String candidate : new String[] {stem + ".meta.json", stem + ".json", name + ".meta.json"}) {
        Path s = p.resolveSibling(candidate);
        if (Files.isRegularFile(s)) {
          try (InputStream in = Files.newInputStream(s)) {
            return parse(in);
          }
        }
      }
      return null;
    };
  }

  /** A {@code file:} URI as Hadoop prints it (spaces and accents unencoded) or properly encoded. */
  private static Path fileUriPath(String uri) {
    try {
      return Paths.get(URI.create(uri));
    } catch (IllegalArgumentException e) {
      String rest = uri.substring("file:".length());
      while (rest.startsWith("//")) rest = rest.substring(1);
      return Paths.get(rest);
    }
  }

  /** Top-level scalar fields of a JSON object, with news-please names mapped to article field names. */
  static Map<String, String> parse(InputStream in) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("sidecar is not a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
        else if (v != JsonToken.VALUE_NULL) out.put(canonical(name), p.getText());
      }
    }
    return out;
  }

  private static String canonical(String name) {
    switch (name) {
      case "date_publish": return "date";
      case "source_domain": return "outlet";
      case "language": return "lang";
      case "maintext": return "text";
      default: return name;
    }
  }
}
