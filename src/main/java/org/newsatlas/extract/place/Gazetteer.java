package org.newsatlas.extract.place;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.newsatlas.extract.lexicon.CharArrayMap;
import org.newsatlas.extract.lexicon.WordFilter;

/**
 * The place gazetteer in memory: entries as parallel primitive arrays (no object per place) and two name tables,
 * exact folded keys and transliteration-tolerant fuzzy keys. Immutable and thread-safe once loaded: one instance per
 * executor JVM serves every partition. Built by {@link GazetteerBuilder}, stored as one binary artifact.
 */
public final class Gazetteer {
  static final int MAGIC = 0x4E414741; // "NAGA"
  static final int VERSION = 3;

  /** Entry kinds, larger areas first (ADM2 came later, hence its number). */
  public static final byte CONTINENT = 0, REGION = 1, COUNTRY = 2, ADM1 = 3, CITY = 4, SITE = 5, ADM2 = 6;
  /** How a name belongs to an entry (posting kind). */
  public static final byte NAME = 0, ALT = 1, LANG = 2, ALIAS = 3, DEMONYM = 4, ABBREV = 5;
  /** An abbreviation written with a final period ("Ky.", "Sask."): valid only with that period, never in capitals. */
  public static final byte ABBREV_DOTTED = 6;

  final String[] ids;
  final String[] names;
  final short[] country;
  final int[] admin1;
  final float[] lat;
  final float[] lon;
  final int[] population;
  final byte[] feature;
  final byte[] kind;
  final String[] countryCodes;
  final int[] countryEntry;
  final String[] admin1Codes;
  final String[] admin1Names;
  final int[] admin1Entry;
  final String[] featureCodes;
  final KeyTable exact;
  final KeyTable fuzzy;
  /** Digest of the normalisation rules the keys were built with ({@link NameNormalizer}). */
  final String rulesDigest;
  private final Map<String, Integer> countryIndex = new HashMap<>();
  /** Filter of demonym keys, so that lower-case words cost one bit test (see {@link KeyTable#kindFilter}). */
  final WordFilter demonymFilter;
  /** Lower-case dictionary words (Debian word lists, folded), sorted, with their languages ({@link #WORD_EN} bits). */
  final String[] commonWords;
  final byte[] commonLangs;
  private final CharArrayMap<Byte> commonIndex = new CharArrayMap<>();
  /** {@link #commonLanguages} of each exact key, by key index: an array read instead of a String-keyed map. */
  private final byte[] exactKeyCommon;
  /** Language bits of {@link #commonLanguages}. */
  public static final byte WORD_EN = 1, WORD_FR = 2;

  Gazetteer(String[] ids, String[] names, short[] country, int[] admin1, float[] lat, float[] lon, int[] population,
      byte[] feature, byte[] kind, String[] countryCodes, int[] countryEntry, String[] admin1Codes,
      String[] admin1Names, int[] admin1Entry, String[] featureCodes, KeyTable exact, KeyTable fuzzy, String rulesDigest,
      String[] commonWords, byte[] commonLangs) {
    this.rulesDigest = rulesDigest;
    this.commonWords = commonWords;
    this.commonLangs = commonLangs;
    for (int i = 0; i < commonWords.length; i++) commonIndex.put(commonWords[i], commonLangs[i]);
    this.ids = ids;
    this.names = names;
    this.country = country;
    this.admin1 = admin1;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.feature = feature;
    this.kind = kind;
    this.countryCodes = countryCodes;
    this.countryEntry = countryEntry;
    this.admin1Codes = admin1Codes;
    this.admin1Names = admin1Names;
    this.admin1Entry = admin1Entry;
    this.featureCodes = featureCodes;
    this.exact = exact;
    this.fuzzy = fuzzy;
    for (int i = 0; i < countryCodes.length; i++) countryIndex.put(countryCodes[i], i);
    this.demonymFilter = exact.kindFilter(DEMONYM);
    this.exactKeyCommon = new byte[exact.size()];
    for (int i = 0; i < commonWords.length; i++) {
      int k = exact.find(commonWords[i]);
      if (k >= 0) exactKeyCommon[k] = commonLangs[i];
    }
  }

  /**
   * The languages ({@link #WORD_EN}, {@link #WORD_FR} bits) in which the folded word {@code buf[off, off+len)} is an
   * ordinary lower-case dictionary word, 0 when it is none (or the artifact was built without word lists).
   */
  public byte commonLanguages(char[] buf, int off, int len) {
    Byte b = commonIndex.get(buf, off, len);
    return b == null ? 0 : b;
  }

  /** As {@link #commonLanguages} of the exact key {@code k}'s text. */
  byte commonLanguagesOfExactKey(int k) {
    return exactKeyCommon[k];
  }

  public int size() {
    return ids.length;
  }

  /** Great-circle distance in km between entries {@code a} and {@code b}. */
  public double km(int a, int b) {
    return haversineKm(lat(a), lon(a), lat(b), lon(b));
  }

  /** Great-circle distance in km (haversine, mean Earth radius). */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0088;
    double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  public String id(int e) {
    return ids[e];
  }

  public String name(int e) {
    return names[e];
  }

  /** ISO 3166-1 alpha-2 code, or null for continents and world regions. */
  public String countryCode(int e) {
    return country[e] < 0 ? null : countryCodes[country[e]];
  }

  /** Index of the entry's country in the country table, or -1. */
  public int countryIndex(int e) {
    return country[e];
  }

  /** Admin1 index ({@link #admin1Code}), or -1. */
  public int admin1Index(int e) {
    return admin1[e];
  }

  public String admin1Code(int e) {
    return admin1[e] < 0 ? null : admin1Codes[admin1[e]];
  }

  public String admin1Name(int e) {
    return admin1[e] < 0 ? null : admin1Names[admin1[e]];
  }

  public double lat(int e) {
    return lat[e];
  }

  public double lon(int e) {
    return lon[e];
  }

  public int population(int e) {
    return population[e];
  }

  public String featureCode(int e) {
    return featureCodes[feature[e] & 0xFF];
  }

  public byte kind(int e) {
    return kind[e];
  }

  /** Entry of the country with this ISO code, or -1. */
  public int countryEntry(String iso2) {
    Integer i = countryIndex.get(iso2);
    return i == null ? -1 : countryEntry[i];
  }

  /** Entry of a country by its index in the country table, or -1. */
  public int countryEntryByIndex(int countryIdx) {
    return countryIdx < 0 ? -1 : countryEntry[countryIdx];
  }

  /** Entry of an admin1 area by its admin1 index, or -1. */
  public int admin1Entry(int admin1Idx) {
    return admin1Idx < 0 ? -1 : admin1Entry[admin1Idx];
  }

  /** Entries whose exact folded key is {@code key} (tests, diagnostics). */
  public int[] lookupExact(String key) {
    return postings(exact, key);
  }

  public int[] lookupFuzzy(String key) {
    return postings(fuzzy, key);
  }

  private static int[] postings(KeyTable t, String key) {
    int k = t.find(key);
    if (k < 0) return new int[0];
    int[] out = new int[t.postingsEnd(k) - t.postingsStart(k)];
    for (int p = t.postingsStart(k), i = 0; p < t.postingsEnd(k); p++) out[i++] = t.entry(p);
    return out;
  }

  /** Numbers for the build summary and the load report. */
  public String summary() {
    return String.format("%,d entries, %,d exact keys (%,d postings), %,d fuzzy keys (%,d postings)", size(),
        exact.size(), exact.postings(), fuzzy.size(), fuzzy.postings());
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(rulesDigest);
      int n = ids.length;
      BinaryArrays.writeStrings(out, ids, n);
      BinaryArrays.writeStrings(out, names, n);
      int[] c = new int[n];
      for (int i = 0; i < n; i++) c[i] = country[i];
      BinaryArrays.writeInts(out, c, n);
      BinaryArrays.writeInts(out, admin1, n);
      BinaryArrays.writeFloats(out, lat, n);
      BinaryArrays.writeFloats(out, lon, n);
      BinaryArrays.writeInts(out, population, n);
      BinaryArrays.writeBytes(out, feature, n);
      BinaryArrays.writeBytes(out, kind, n);
      BinaryArrays.writeStrings(out, countryCodes, countryCodes.length);
      BinaryArrays.writeInts(out, countryEntry, countryEntry.length);
      BinaryArrays.writeStrings(out, admin1Codes, admin1Codes.length);
      BinaryArrays.writeStrings(out, admin1Names, admin1Names.length);
      BinaryArrays.writeInts(out, admin1Entry, admin1Entry.length);
      BinaryArrays.writeStrings(out, featureCodes, featureCodes.length);
      exact.write(out);
      fuzzy.write(out);
      BinaryArrays.writeStrings(out, commonWords, commonWords.length);
      BinaryArrays.writeBytes(out, commonLangs, commonLangs.length);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static final Map<Path, Gazetteer> SHARED = new HashMap<>();

  /**
   * The gazetteer at {@code file}, loaded once per JVM and shared by every thread: what a Spark executor calls from
   * each partition (the instance is immutable).
   */
  public static Gazetteer shared(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    synchronized (SHARED) {
      Gazetteer g = SHARED.get(key);
      if (g == null) {
        g = load(key);
        SHARED.put(key, g);
      }
      return g;
    }
  }

  /**
   * Why the artifact at {@code file} cannot serve the extractor of {@code confDir}'s rules (missing, another format
   * version, built with other normalisation rules), or null when it can. Reads only the header: cheap at start-up.
   */
  public static String problem(Path file, String confDir) {
    if (!Files.isRegularFile(file)) return "the gazetteer " + file + " does not exist";
    try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) return file + " is not a newsatlas gazetteer";
      int v = in.readInt();
      if (v != VERSION) return "the gazetteer " + file + " has format version " + v + ", this newsatlas reads " + VERSION;
      if (!in.readUTF().equals(NameNormalizer.load(confDir).rulesDigest)) {
        return "the gazetteer " + file + " was built with other conf/places normalisation rules";
      }
      return null;
    } catch (IOException e) {
      return "cannot read the gazetteer " + file + ": " + e.getMessage();
    }
  }

  /** Loads an artifact written by {@link GazetteerBuilder#build}; fails with a message saying how to build one. */
  public static Gazetteer load(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer in = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      return read(in, file);
    } catch (NoSuchFileException e) {
      throw new IOException("gazetteer " + file + " not found: run scripts/fetch-geonames.sh, then "
          + "`newsatlas gazetteer build --out " + file + "`", e);
    }
  }

  private static Gazetteer read(ByteBuffer in, Path file) throws IOException {
    if (in.getInt() != MAGIC) throw new IOException(file + " is not a newsatlas gazetteer artifact");
    int v = in.getInt();
    if (v != VERSION) throw new IOException(file + " has format version " + v + ", expected " + VERSION + ": rebuild it");
    int dl = in.getShort() & 0xFFFF;
    byte[] db = new byte[dl];
    in.get(db);
    String digest = new String(db, java.nio.charset.StandardCharsets.UTF_8);
    String[] ids = BinaryArrays.readStrings(in);
    String[] names = BinaryArrays.readStrings(in);
    int[] c = BinaryArrays.readInts(in);
    short[] country = new short[c.length];
    for (int i = 0; i < c.length; i++) country[i] = (short) c[i];
    int[] admin1 = BinaryArrays.readInts(in);
    float[] lat = BinaryArrays.readFloats(in);
    float[] lon = BinaryArrays.readFloats(in);
    int[] pop = BinaryArrays.readInts(in);
    byte[] feature = BinaryArrays.readBytes(in);
    byte[] kind = BinaryArrays.readBytes(in);
    String[] cc = BinaryArrays.readStrings(in);
    int[] ce = BinaryArrays.readInts(in);
    String[] a1c = BinaryArrays.readStrings(in);
    String[] a1n = BinaryArrays.readStrings(in);
    int[] a1e = BinaryArrays.readInts(in);
    String[] fc = BinaryArrays.readStrings(in);
    KeyTable exact = KeyTable.read(in);
    KeyTable fuzzy = KeyTable.read(in);
    String[] words = BinaryArrays.readStrings(in);
    byte[] langs = BinaryArrays.readBytes(in);
    return new Gazetteer(ids, names, country, admin1, lat, lon, pop, feature, kind, cc, ce, a1c, a1n, a1e, fc, exact, fuzzy,
        digest, words, langs);
  }
}
