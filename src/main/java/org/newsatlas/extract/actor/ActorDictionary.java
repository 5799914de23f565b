package org.newsatlas.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsatlas.extract.lexicon.CharArrayMap;
import org.newsatlas.extract.lexicon.CharTrie;
import org.newsatlas.extract.lexicon.TextFolder;
import org.newsatlas.extract.lexicon.TsvLexicon;
import org.newsatlas.extract.lexicon.WordFilter;

/**
 * The actor dictionary of {@code conf/actors/actors.tsv} compiled into one char trie over the match form of every
 * alias (folded, '-' as a space). Immutable after construction; shared by threads.
 */
public final class ActorDictionary {
  public static final String FILE = "actors/actors.tsv";

  final List<Actor> actors = new ArrayList<>();
  /** Per alias: its actor index, its exact surface (for acronyms), and whether it is a case-sensitive acronym. */
  final List<int[]> aliasInfo = new ArrayList<>();
  final List<String> aliasSurface = new ArrayList<>();
  /** Every alias's match form, the alias index as value: walked from each position where a match may begin. */
  final CharTrie trie = new CharTrie();
  /**
   * The first word of every key of {@link #trie}: a key matches only where the text's word is its first word (a
   * match ends at a token boundary), so the scan walks the trie only from positions whose word passes this filter.
   */
  final WordFilter firstWords = new WordFilter();
  /**
   * One-token acronyms (PMF, IS, UN), kept out of the automaton: folded they are common words ("is", "un") whose
   * every occurrence, even inside words, would be a hit to reject. Looked up per capitalised token instead.
   */
  final CharArrayMap<Integer> acronyms = new CharArrayMap<>();
  /** Surname (last name token, match form) of each listed person, for names found by a title cue. */
  final Map<String, Integer> personBySurname = new HashMap<>();

  public ActorDictionary(String confDir) {
    TreeMap<String, Integer> keys = new TreeMap<>();
    List<String[]> rows = TsvLexicon.rows(confDir, FILE);
    for (String[] r : rows) {
      if (r[0].equals("id")) continue; // header row
      if (r.length < 10) throw new IllegalArgumentException("conf/" + FILE + ": 10 columns expected in row " + r[0]);
      Actor a = new Actor(r[0], r[1], r[2], blankToNull(r[3]), blankToNull(r[4]), blankToNull(r[5]), r[6]);
      int idx = actors.size();
      actors.add(a);
      addAlias(keys, r[6], idx);
      for (int col = 7; col <= 9; col++) {
        for (String alias : r[col].split("\\|")) if (!alias.isBlank()) addAlias(keys, alias.trim(), idx);
      }
      if ("PERSON".equals(a.entityType())) {
        String[] parts = matchForm(a.canonical()).split(" ");
        personBySurname.putIfAbsent(parts[parts.length - 1], idx);
      }
    }
    keys.forEach(trie::add);
    for (String k : keys.keySet()) firstWords.add(WordFilter.firstWord(k));
  }

  private void addAlias(TreeMap<String, Integer> keys, String alias, int actorIdx) {
    String key = matchForm(alias);
    if (key.length() < 2) return;
    boolean acronym = isAcronym(alias);
    boolean oneToken = key.chars().allMatch(Character::isLetterOrDigit);
    if (acronym && oneToken) {
      if (acronyms.get(key) == null) acronyms.put(key, aliasInfo.size());
      else return;
    } else {
      if (keys.containsKey(key)) return; // first listed actor wins a shared alias
      keys.put(key, aliasInfo.size());
    }
    aliasInfo.add(new int[] {actorIdx, acronym ? 1 : 0});
    aliasSurface.add(alias);
  }

  public List<Actor> actors() {
    return actors;
  }

  public int size() {
    return actors.size();
  }

  /** The match form: folded, hyphens as spaces. Same length as the input. */
  public static String matchForm(String s) {
    char[] c = new char[s.length()];
    TextFolder.fold(s, c);
    for (int i = 0; i < c.length; i++) if (c[i] == '-') c[i] = ' ';
    return new String(c);
  }

  // An acronym is written in capitals (digits and dots allowed) and has at most six letters.
  static boolean isAcronym(String alias) {
    int letters = 0;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != '.' && c != '-' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters > 0 && letters <= 6;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
