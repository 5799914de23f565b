package org.newsatlas.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline a user would pick instead of newsatlas's place recognition: Stanford CoreNLP 4.5.10 (tokenize, ssplit,
 * ner) with the English CoNLL 4-class model and the French WikiNER 4-class model, LOCATION/LOC spans as places. One
 * pipeline per language per JVM, created on first use and shared by the task threads (CoreNLP annotators are
 * thread-safe), as newsatlas shares its gazetteer. CoreNLP has no Arabic NER: other languages give null.
 */
public final class CoreNlpLocations {
  private CoreNlpLocations() {}

  /** A recognised place: UTF-16 offsets into the text, end exclusive. */
  public record Span(int start, int end, String surface) {}

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  public static boolean supports(String lang) {
    return "en".equals(lang) || "fr".equals(lang);
  }

  static StanfordCoreNLP pipeline(String lang) {
    return PIPELINES.computeIfAbsent(lang, l -> {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,ner");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.setProperty("ner.combinationMode", "NORMAL");
      if (l.equals("fr")) {
        p.setProperty("tokenize.language", "fr");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
      } else {
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      }
      return new StanfordCoreNLP(p);
    });
  }

  /** The place spans of a text, or null when CoreNLP has no NER model for the language. */
  public static List<Span> locations(String text, String lang) {
    if (!supports(lang)) return null;
    Annotation doc = new Annotation(text);
    pipeline(lang).annotate(doc);
    List<Span> out = new ArrayList<>();
    int start = -1, end = -1;
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      String tag = t.ner();
      boolean loc = tag != null && (tag.equals("LOCATION") || tag.equals("LOC") || tag.endsWith("-LOC"));
      boolean begins = tag != null && tag.startsWith("B-");
      if (loc && start >= 0 && !begins && t.beginPosition() - end <= 1) {
        end = t.endPosition();
        continue;
      }
      if (start >= 0) out.add(new Span(start, end, text.substring(start, end)));
      start = loc ? t.beginPosition() : -1;
      end = loc ? t.endPosition() : -1;
    }
    if (start >= 0) out.add(new Span(start, end, text.substring(start, end)));
    return out;
  }
}
