package org.newsatlas.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.extract.actor.ActorExtractor;
import org.newsatlas.extract.event.EventExtractor;
import org.newsatlas.extract.place.Gazetteer;
import org.newsatlas.extract.place.PlaceExtractor;
import org.newsatlas.extract.text.ArticleText;

/**
 * The extraction core for one article, free of Spark: places, then actors, then events that use both. The gazetteer
 * is loaded once per JVM (an executor) and shared by all its threads; the extractors hold per-thread buffers, so each
 * task thread gets its own set through {@link #forThread}.
 */
public final class Extractors {
  private static final ThreadLocal<Extractors> PER_THREAD = new ThreadLocal<>();

  private final PlaceExtractor places;
  private final ActorExtractor actors;
  private final EventExtractor events;
  private final String key;
  /** The article being extracted, folded, tokenised and split once for all the extractors. */
  private final ArticleText article = new ArticleText();

  private Extractors(Gazetteer g, String confDir, String key) {
    this.places = new PlaceExtractor(g, confDir);
    this.actors = new ActorExtractor(confDir);
    this.events = new EventExtractor(confDir);
    this.key = key;
  }

  /** The calling thread's extractors over the gazetteer at {@code gazetteerPath} (loaded once per JVM). */
  public static Extractors forThread(String gazetteerPath, String confDir) {
    String key = gazetteerPath + "|" + confDir;
    Extractors e = PER_THREAD.get();
    if (e == null || !e.key.equals(key)) {
      e = new Extractors(gazetteer(gazetteerPath), confDir, key);
      PER_THREAD.set(e);
    }
    return e;
  }

  /** The JVM-wide instance of {@link Gazetteer#shared}: one copy per executor, whoever else loads the same file. */
  private static Gazetteer gazetteer(String path) {
    try {
      return Gazetteer.shared(Path.of(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot load the gazetteer " + path, e);
    }
  }

  /** What one article yields. */
  public record Result(List<Mention> mentions, List<EventMention> events) {}

  public Result extract(String text, String lang, LocalDate published) {
    ArticleText article = this.article.set(text);
    List<Mention> placeMentions = places.extract(text, lang, article.sentences());
    List<Mention> actorMentions = actors.extract(article, lang);
    List<Mention> all = new ArrayList<>(placeMentions.size() + actorMentions.size());
    all.addAll(placeMentions);
    all.addAll(actorMentions);
    List<EventMention> ev = events.extract(article, lang, published, all);
    return new Result(all, ev);
  }
}
