package org.newsatlas.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.EventMention;
import org.newsatlas.extract.Mention;
import org.newsatlas.extract.date.DateMention;
import org.newsatlas.extract.date.DateResolver;
import org.newsatlas.extract.lexicon.PhraseSets;
import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.Tokens;
import org.newsatlas.extract.text.ArticleText;
import org.newsatlas.extract.text.SentenceSplitter;

/**
 * Extracts ACLED-style events from an article, sentence by sentence: trigger phrases ({@code triggers-<lang>.tsv})
 * give a subtype or a family; the sentence's context cues ({@code cues-<lang>.tsv}) and actor mentions decide the
 * subtype through {@code rules.tsv}; modality cues ({@code modality-<lang>.tsv}, French conditional endings) mark
 * events that did not (or not yet) happen. Each event takes the nearest place of its sentence (else of the
 * article), the nearest date expression of its sentence (else the publication date), and its actors from the
 * sentence. Thread-safe: state is per call.
 */
public final class EventExtractor {
  public static final String ASSERTED = "asserted";
  /** Triggers under this weight are generic ("killed", "attack") and give way to any stronger trigger. */
  static final double GENERIC = 0.5;
  /** Actors further than this many chars from the trigger are not taken as its attacker or target. */
  static final int ROLE_REACH = 120;
  /** In {@link #mainSubtype}, an event this many chars into the text weighs half as much as one at the start. */
  static final double POSITION_DECAY = 300.0;

  private final EventTaxonomy taxonomy;
  private final CueClasses classes = new CueClasses();
  private final EventRules rules;
  private final Map<String, EventLexicon> lexicons = new HashMap<>();
  private final DateResolver dates;
  private final long state, security, milTarget, nonState, combatant;

  public EventExtractor(String confDir) {
    taxonomy = new EventTaxonomy(confDir);
    rules = new EventRules(confDir, classes, taxonomy);
    for (String lang : new String[] {"en", "fr"}) {
      if (EventLexicon.available(confDir, lang)) lexicons.put(lang, new EventLexicon(confDir, lang, classes, taxonomy));
    }
    dates = new DateResolver(confDir);
    state = classes.mask("STATE");
    security = classes.mask("SECURITY");
    milTarget = classes.mask("MILTARGET");
    nonState = classes.mask("NONSTATE");
    combatant = classes.mask("COMBATANT");
  }

  public EventTaxonomy taxonomy() {
    return taxonomy;
  }

  public DateResolver dates() {
    return dates;
  }

  /**
   * Events of {@code text}. {@code mentions} are the place and actor mentions of the same text (any order; may be
   * empty). Languages without a trigger lexicon yield no events.
   */
  public List<EventMention> extract(String text, String lang, LocalDate published, List<Mention> mentions) {
    if (lexicons.get(lang == null ? "en" : lang) == null || text.isEmpty()) return new ArrayList<>();
    return extract(ArticleText.of(text), lang, published, mentions);
  }

  /** As {@link #extract(String, String, LocalDate, List)}, on a text already folded, tokenised and split. */
  public List<EventMention> extract(ArticleText article, String lang, LocalDate published, List<Mention> mentions) {
    EventLexicon lex = lexicons.get(lang == null ? "en" : lang);
    List<EventMention> out = new ArrayList<>();
    String text = article.text();
    if (lex == null || text.isEmpty()) return out;
    char[] f = article.folded();
    Tokens tok = article.tokens();
    SentenceSplitter sentences = article.sentences();
    int ns = sentences.count();
    List<DateMention> dateMentions = dates.resolve(text, f, tok, lang, published);
    List<Mention> places = new ArrayList<>(), actors = new ArrayList<>();
    if (mentions != null) {
      for (Mention m : mentions) (Mention.PLACE.equals(m.entityType()) ? places : actors).add(m);
    }
    SentenceState st = new SentenceState();
    // One matcher and one hit collector for all the sentences (st is reset per sentence).
    PhraseSets.Matcher matcher = lex.phrases.matcher();
    PhraseSets.Hit collect = (set, a, b, value) -> {
      switch (set) {
        case EventLexicon.TRIGGERS -> st.triggers.add(new Object[] {a, b, value});
        case EventLexicon.CUES -> st.addCue(a, (Long) value);
        default -> {
          st.modal.add(new int[] {a, b, st.modalCues.size()});
          st.modalCues.add((EventLexicon.ModalityCue) value);
        }
      }
    };
    for (int s = 0; s < ns; s++) {
      int from = tok.firstAtOrAfter(sentences.start(s)), to = tok.firstAtOrAfter(sentences.end(s));
      if (from >= to) continue;
      st.reset();
      matcher.match(f, tok, from, to, collect);
      if (st.triggers.isEmpty()) continue;
      for (int i = 0, na = actors.size(); i < na; i++) {
        Mention m = actors.get(i);
        if (m.startChar() < sentences.start(s) || m.startChar() >= sentences.end(s)) continue;
        st.addCue(tok.firstAtOrAfter(m.startChar()), actorCues(m.featureCode()));
      }
      List<Candidate> cands = new ArrayList<>();
      for (Object[] h : st.triggers) {
        Candidate c = resolve((EventLexicon.Trigger) h[2], (Integer) h[0], (Integer) h[1], st);
        if (c != null) cands.add(c);
      }
      if (cands.isEmpty()) continue;
      for (Candidate c : merge(cands)) {
        c.modality = modality(lex, f, tok, from, c, st);
        out.add(toMention(text, tok, s, sentences, c, published, dateMentions, places, actors, f));
      }
    }
    return out;
  }

  /**
   * The main subtype code of a text (for snippet classification): the subtype with the highest summed confidence
   * over asserted events, events nearer the start weighing more (news put the main event first); failing that, the
   * best non-asserted event; failing that, {@code OTHER}.
   */
  public String mainSubtype(List<EventMention> events) {
    Map<String, Double> score = new LinkedHashMap<>(), fallback = new LinkedHashMap<>();
    for (EventMention e : events) {
      double w = e.confidence() / (1 + e.startChar() / POSITION_DECAY);
      Map<String, Double> target = ASSERTED.equals(e.modality()) ? score : fallback;
      target.merge(taxonomy.bySubEventType(e.eventSubtype()).code(), w, Double::sum);
    }
    Map<String, Double> use = score.isEmpty() ? fallback : score;
    return use.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("OTHER");
  }

  /** Extracts and returns the main subtype code of {@code text}. */
  public String mainSubtype(String text, String lang, LocalDate published, List<Mention> mentions) {
    return mainSubtype(extract(text, lang, published, mentions));
  }

  private long actorCues(String actorType) {
    if (actorType == null) return 0;
    return switch (actorType) {
      case "MIL" -> state | security | milTarget;
      case "GOV" -> state | security;
      case "REB", "MIL_NONSTATE" -> nonState | combatant;
      default -> 0;
    };
  }

  private static final class SentenceState {
    final List<long[]> cues = new ArrayList<>(); // {token, mask}
    final List<int[]> modal = new ArrayList<>(); // {first, last, cue index}
    final List<EventLexicon.ModalityCue> modalCues = new ArrayList<>();
    final List<Object[]> triggers = new ArrayList<>(); // {first, last, Trigger}
    long any;

    void reset() {
      triggers.clear();
      cues.clear();
      modal.clear();
      modalCues.clear();
      any = 0;
    }

    void addCue(int token, long mask) {
      cues.add(new long[] {token, mask});
      any |= mask;
    }
  }

  private static final class Candidate {
    String code;
    double weight;
    int first, last;
    String trigger;
    String modality = ASSERTED;
  }

  private Candidate resolve(EventLexicon.Trigger trig, int first, int last, SentenceState st) {
    long before = 0, after = 0, next = 0;
    long targets = rules.targetMask();
    int nextTok = Integer.MAX_VALUE;
    for (int i = 0, nc = st.cues.size(); i < nc; i++) {
      long[] c = st.cues.get(i);
      if (c[0] < first) {
        before |= c[1];
      } else if (c[0] > last) {
        after |= c[1];
        if ((c[1] & targets) != 0 && c[0] <= nextTok) {
          if (c[0] < nextTok) next = 0;
          nextTok = (int) c[0];
          next |= c[1];
        }
      }
    }
    String code = trig.target();
    if (EventRules.NONE.equals(code)) return null;
    double w = trig.weight();
    EventRules.Outcome o = rules.apply(code, st.any, before, after, next);
    if (o != null) {
      if (EventRules.NONE.equals(o.output())) return null;
      code = o.output();
      w *= o.factor();
    } else if (code.startsWith("@")) {
      return null;
    }
    Candidate c = new Candidate();
    c.code = code;
    c.weight = w;
    c.first = first;
    c.last = last;
    c.trigger = trig.pattern();
    return c;
  }

  // Generic triggers give way to stronger ones; one event per subtype and sentence (the strongest trigger).
  private static List<Candidate> merge(List<Candidate> cands) {
    boolean strong = false;
    for (Candidate c : cands) strong |= c.weight >= GENERIC;
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : cands) {
      if (strong && c.weight < GENERIC) continue;
      Candidate b = best.get(c.code);
      if (b == null) {
        best.put(c.code, c);
      } else {
        if (c.weight > b.weight) {
          c.weight = Math.min(1.0, c.weight + 0.05);
          best.put(c.code, c);
        } else {
          b.weight = Math.min(1.0, b.weight + 0.05);
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  private String modality(EventLexicon lex, char[] f, Tokens tok, int from, Candidate c, SentenceState st) {
    for (int[] m : st.modal) {
      EventLexicon.ModalityCue cue = st.modalCues.get(m[2]);
      if (m[1] < c.first && c.first - m[1] <= cue.before()) return cue.modality();
      if (m[0] > c.last && m[0] - c.last <= cue.after()) return cue.modality();
    }
    for (EventLexicon.Suffix sfx : lex.suffixes) {
      int lo = Math.max(from, c.first - sfx.cue().before());
      for (int t = lo; t <= c.last; t++) {
        if (endsWith(f, tok, t, sfx.ending()) && !lex.suffixExceptions.contains(new String(f, tok.start(t), tok.length(t)))) {
          return sfx.cue().modality();
        }
      }
    }
    return ASSERTED;
  }

  private static boolean endsWith(char[] f, Tokens tok, int t, String end) {
    int len = tok.length(t), el = end.length();
    if (len < el + 3) return false;
    int s = tok.end(t) - el;
    for (int i = 0; i < el; i++) if (f[s + i] != end.charAt(i)) return false;
    return true;
  }

  private EventMention toMention(String text, Tokens tok, int s, SentenceSplitter sentences, Candidate c,
      LocalDate published, List<DateMention> dateMentions, List<Mention> places, List<Mention> actors, char[] f) {
    Subtype sub = taxonomy.byCode(c.code);
    int start = tok.start(c.first), end = tok.end(c.last);
    int ss = sentences.start(s), se = sentences.end(s);
    Mention place = nearest(places, start, ss, se);
    if (place == null) place = nearest(places, start, 0, text.length());
    DateMention date = null;
    int best = Integer.MAX_VALUE;
    for (DateMention d : dateMentions) {
      if (d.start() < ss || d.start() >= se) continue;
      int dist = Math.abs(d.start() - start);
      if (dist < best) {
        best = dist;
        date = d;
      }
    }
    String[] roles = roles(text, f, actors, start, end, ss, se);
    return new EventMention(s, start, end, sub.eventType(), sub.subEventType(), sub.cameoRoot(), sub.quadClass(),
        sub.goldstein(), text.substring(start, end), roles[0], roles[1],
        place == null ? null : place.entityId(), place == null ? null : place.name(),
        place == null ? null : place.countryCode(), place == null ? null : place.admin1(),
        place == null ? null : place.lat(), place == null ? null : place.lon(),
        date != null ? date.date() : published, date != null ? date.precision() : DateMention.PUBLICATION,
        c.modality, Math.round(c.weight * 1000) / 1000.0);
  }

  // The most specific place of the span, nearest to the trigger among equals: as ACLED codes the most precise
  // location named, a town beats its province, a province its country, and a demonym ("convoi de l'armée américaine
  // à Samarra") is never the place of an event when a toponym is there.
  private static Mention nearest(List<Mention> ms, int pos, int from, int to) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE, bestRank = -1;
    for (Mention m : ms) {
      if (m.startChar() < from || m.startChar() >= to) continue;
      int d = m.startChar() >= pos ? m.startChar() - pos : pos - m.endChar();
      int rank = specificity(m);
      if (rank > bestRank || rank == bestRank && d < bestDist) {
        bestRank = rank;
        bestDist = d;
        best = m;
      }
    }
    return best;
  }

  /** 0 demonym, 1 country or larger area, 2 first- or second-order division, 3 a town or a site. */
  static int specificity(Mention m) {
    if (m.method() != null && m.method().startsWith("demonym")) return 0;
    String fc = m.featureCode();
    if (fc == null) return 1;
    if (fc.startsWith("PCL") || fc.equals("CONT") || fc.equals("RGN") || fc.equals("TERR")) return 1;
    if (fc.startsWith("ADM")) return 2;
    return 3;
  }

  // Attacker and target: "by X" / "par X" names the attacker, "against X" / "contre X" / "on X" the target;
  // otherwise the nearest actor before the trigger acts and the nearest after it is acted upon.
  private static String[] roles(String text, char[] f, List<Mention> actors, int start, int end, int ss, int se) {
    String a1 = null, a2 = null;
    Mention before = null, after = null;
    for (Mention m : actors) {
      if (m.startChar() < ss || m.startChar() >= se) continue;
      String prev = previousWord(f, m.startChar(), ss);
      if (m.startChar() >= end && (prev.equals("by") || prev.equals("par"))) {
        if (a1 == null) a1 = m.entityId();
        continue;
      }
      if (m.startChar() >= end && (prev.equals("against") || prev.equals("contre") || prev.equals("on"))) {
        if (a2 == null) a2 = m.entityId();
        continue;
      }
      if (m.endChar() <= start && start - m.endChar() <= ROLE_REACH && !clauseBreak(text, m.endChar(), start)) {
        before = m; // the last one before the trigger
      } else if (m.startChar() >= end && m.startChar() - end <= ROLE_REACH && after == null
          && !clauseBreak(text, end, m.startChar())) {
        after = m;
      }
    }
    if (a1 == null && before != null) a1 = before.entityId();
    if (a2 == null && after != null && !after.entityId().equals(a1)) a2 = after.entityId();
    return new String[] {a1, a2};
  }

  // A colon, semicolon or dash between two positions separates clauses.
  private static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == ';' || c == '\u2014' || c == '\u2013') return true;
    }
    return false;
  }

  private static String previousWord(char[] f, int pos, int floor) {
    int e = pos - 1;
    while (e >= floor && !TextFolder.isWordChar(f[e])) e--;
    int s = e;
    while (s >= floor && TextFolder.isWordChar(f[s])) s--;
    if (e - s > 8 || e < s + 1) return "";
    return new String(f, s + 1, e - s);
  }
}
