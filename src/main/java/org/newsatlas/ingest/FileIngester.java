package org.newsatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.newsatlas.core.Settings;

/**
 * One partition's ingest of whole files: reads each file ({@link FileIngest}) and passes every raw record through the
 * {@link ArticleNormalizer}, so that each input record reaches the sink once, accepted or rejected. Plain Java.
 */
public final class FileIngester {
  /** Receives the outcome of every input record. */
  public interface Sink {
    void accepted(NormalizedArticle article);

    void rejected(Rejection rejection);
  }

  /** Opens a file's raw bytes; may fail (the failure becomes an UNREADABLE_FILE rejection). */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final FileIngest files;
  private final ArticleNormalizer normalizer;
  private final Instant now;

  public FileIngester(InputSpec spec, Settings settings, Instant now) {
    this.files = new FileIngest(spec, settings.confDir());
    this.normalizer = new ArticleNormalizer(settings, spec);
    this.now = now;
  }

  public void ingest(String fileName, Opener opener, Sink sink) {
    RecordSink records = new RecordSink() {
      @Override
      public void accept(RawArticle raw) {
        ArticleNormalizer.Result r = normalizer.normalize(raw, now);
        if (r.accepted()) sink.accepted(r.article());
        else sink.rejected(r.rejection());
      }

      @Override
      public void reject(Rejection rejection) {
        sink.rejected(rejection);
      }
    };
    InputStream in;
    try {
      in = opener.open();
    } catch (IOException | RuntimeException e) {
      sink.rejected(new Rejection(fileName, "file", Rejection.UNREADABLE_FILE, "cannot open the file: " + e.getMessage(), null, 0));
      return;
    }
    try (InputStream closing = in) {
      files.read(fileName, closing, records);
    } catch (IOException e) {
      // Closing failed after every record was reported: nothing is lost, nothing to add.
    }
  }
}
