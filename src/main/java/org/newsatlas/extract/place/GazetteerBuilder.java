package org.newsatlas.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the gazetteer artifact from the GeoNames dumps in their published formats ({@code cities500.txt},
 * {@code admin1CodesASCII.txt}, {@code countryInfo.txt} when present, {@code alternateNamesV2.txt} when present),
 * the country table {@code countries.tsv} (flattened world-countries), the gettext catalogues of GeoNames names
 * ({@code geonames-fr.mo}, {@code geonames-ar.mo}) and the curated {@code conf/places/extras.tsv} and
 * {@code aliases.tsv}. Every name is indexed under its exact folded key and its transliteration-tolerant keys.
 */
public final class GazetteerBuilder {
  private static final int MAX_NAME_TOKENS = 8;
  /** Fuzzy keys shorter than this collide with too many unrelated names. */
  private static final int MIN_FUZZY_KEY = 4;

  private final NameNormalizer norm;
  private final TextTokens tokens;

  // Entries under construction.
  private final List<String> ids = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Short> country = new ArrayList<>();
  private final List<Integer> admin1 = new ArrayList<>();
  private float[] lat = new float[1024], lon = new float[1024];
  private int[] population = new int[1024];
  private final List<Byte> feature = new ArrayList<>(), kind = new ArrayList<>();
  private final Map<String, Integer> featureIndex = new LinkedHashMap<>();
  private final Map<String, Integer> countryIndex = new LinkedHashMap<>();
  private final Map<String, Integer> admin1Index = new LinkedHashMap<>();
  private final List<String> admin1Names = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<Integer, String> cityAdmin2 = new HashMap<>();

  // Names: key -> postings (count at [0], then entry << 8 | kind).
  private final Map<String, long[]> exact = new HashMap<>(1 << 21);
  private final Map<String, long[]> fuzzy = new HashMap<>(1 << 21);
  private final Set<String> exactPrefixes = new HashSet<>();
  private final Set<String> fuzzyPrefixes = new HashSet<>();
  private int nameCount;

  private GazetteerBuilder(NameNormalizer norm) {
    this.norm = norm;
    this.tokens = new TextTokens(norm);
  }

  /** Builds the artifact and prints a one-line summary. */
  public static void build(Path dumpsDir, String confDir, Path artifact) throws IOException {
    long t0 = System.nanoTime();
    Path cities = dumpsDir.resolve("cities500.txt");
    if (!Files.isRegularFile(cities)) {
      throw new IOException(cities + " not found: run scripts/fetch-geonames.sh (it fills .cache/geonames/)");
    }
    GazetteerBuilder b = new GazetteerBuilder(NameNormalizer.load(confDir));
    Gazetteer g = b.run(dumpsDir, confDir);
    g.write(artifact);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("gazetteer: %s, %,d names indexed, %,d admin1 areas at their shapes' centroid, %,d bytes,"
        + " built in %.1f s -> %s%n", g.summary(), b.nameCount, b.admin1Shaped, Files.size(artifact), s, artifact);
  }

  /** Builds in memory (tests). */
  public static Gazetteer buildInMemory(Path dumpsDir, String confDir) throws IOException {
    return new GazetteerBuilder(NameNormalizer.load(confDir)).run(dumpsDir, confDir);
  }

  private Path dumpsDir;

  private Gazetteer run(Path dumps, String confDir) throws IOException {
    this.dumpsDir = dumps;
    readCountries(dumps);
    readAdmin1(dumps);
    readCities(dumps.resolve("cities500.txt"));
    readAreaPointOptions(confDir);
    AreaShapes shapes = AreaShapes.read(dumps.resolve("ne-admin1.tsv"));
    if (shapes == null) {
      System.err.println("gazetteer: " + dumps.resolve("ne-admin1.tsv") + " absent (scripts/fetch-geonames.sh fetches"
          + " it): admin1 areas are placed at the middle of their towns");
    }
    placeAdmin1(shapes);
    readAdmin2(dumps.resolve("admin2Codes.txt"));
    readCountryCentres(confDir);
    readExtras(confDir);
    readLanguageNames(dumps.resolve("geonames-fr.mo"));
    readLanguageNames(dumps.resolve("geonames-ar.mo"));
    readAlternateNames(dumps.resolve("alternateNamesV2.txt"));
    readAliases(confDir);
    if (skippedAliases > 0) {
      System.err.println("gazetteer: " + skippedAliases + " lines of conf/places/aliases.tsv name entries absent from these dumps");
    }
    Gazetteer g = assemble();
    return g;
  }

  /**
   * Lower-case words of the Debian word lists (words-en.txt, words-fr.txt in the dumps folder) that are also a
   * one-word exact or fuzzy key: the recogniser asks such a name for stronger evidence. Capitalised list entries
   * (proper nouns) are skipped. Absent lists flag nothing (a warning says so).
   */
  private void readCommonWords(Path dumps, java.util.TreeMap<String, Byte> out) throws IOException {
    String[][] lists = {{"words-en.txt", "1"}, {"words-fr.txt", "2"}};
    for (String[] l : lists) {
      Path p = dumps.resolve(l[0]);
      if (!Files.isRegularFile(p)) {
        System.err.println("gazetteer: " + p + " absent (scripts/fetch-geonames.sh fetches it): no " + l[0]
            + " common-word flags");
        continue;
      }
      byte bit = Byte.parseByte(l[1]);
      for (String w : Files.readAllLines(p, java.nio.charset.StandardCharsets.UTF_8)) {
        if (w.length() < 2 || !Character.isLowerCase(w.charAt(0)) || w.indexOf('\'') >= 0 || w.indexOf(' ') >= 0) continue;
        String f = NameNormalizer.fold(w);
        if (f.isEmpty() || f.indexOf(' ') >= 0) continue;
        if (!exact.containsKey(f) && !fuzzy.containsKey(norm.fuzzyKey(f))) continue;
        out.merge(f, bit, (a, b) -> (byte) (a | b));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Sources

  private void readCountries(Path dumps) throws IOException {
    Map<String, String[]> info = new HashMap<>();
    Path ci = dumps.resolve("countryInfo.txt");
    if (Files.isRegularFile(ci)) {
      for (String line : Files.readAllLines(ci, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        if (f.length > 16) info.put(f[0], f);
      }
    }
    Path tsv = dumps.resolve("countries.tsv");
    if (!Files.isRegularFile(tsv)) throw new IOException(tsv + " not found: run scripts/fetch-geonames.sh");
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      String iso = f[0];
      if (iso.isEmpty()) continue;
      String[] gi = info.get(iso);
      String id = gi != null && !gi[16].isEmpty() ? "geonames:" + gi[16] : "iso3166:" + iso;
      int pop = gi != null && !gi[7].isEmpty() ? (int) Math.min(Integer.MAX_VALUE, Long.parseLong(gi[7])) : 0;
      String[] en = split(f[7]);
      int e = addEntry(id, en.length > 0 ? en[0] : iso, Gazetteer.COUNTRY, "PCLI", iso, null,
          parse(f[2]), parse(f[3]), pop);
      countryIndex.computeIfAbsent(iso, k -> countryIndex.size());
      for (String n : en) addName(e, n, Gazetteer.NAME);
      for (String n : split(f[8])) addName(e, n, Gazetteer.LANG);
      for (String n : split(f[9])) addName(e, n, Gazetteer.LANG);
      for (String n : split(f[12])) addName(e, n, Gazetteer.ALT);
      for (String n : split(f[10])) addDemonym(e, n, "en");
      for (String n : split(f[11])) addDemonym(e, n, "fr");
    }
  }

  private void readAdmin1(Path dumps) throws IOException {
    Path p = dumps.resolve("admin1CodesASCII.txt");
    if (!Files.isRegularFile(p)) throw new IOException(p + " not found: run scripts/fetch-geonames.sh");
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      String code = f[0];
      int dot = code.indexOf('.');
      if (dot < 0) continue;
      String id = f.length > 3 && !f[3].isEmpty() ? "geonames:" + f[3] : "admin1:" + code;
      admin1Index.put(code, admin1Names.size());
      admin1Names.add(f[1]);
      // Coordinates and size come from the member towns once cities500 is read (placeAdmin1).
      int e = addEntry(id, f[1], Gazetteer.ADM1, "ADM1", code.substring(0, dot), code, Float.NaN, Float.NaN, 0);
      byId.put("admin1:" + code, e);
      addName(e, f[1], Gazetteer.NAME);
      if (f.length > 2) addName(e, f[2], Gazetteer.NAME);
      String stripped = stripAdminSuffix(f[1]);
      if (stripped != null) addName(e, stripped, Gazetteer.ALT);
    }
  }

  /**
   * "Maidan Wardak Province" is also "Maidan Wardak", "Province of Pangasinan" also "Pangasinan" (words from
   * conf/places/admin-suffixes.txt; those ending in " of" are prefixes).
   */
  private String stripAdminSuffix(String name) {
    for (String s : norm.adminSuffixes) {
      if (s.endsWith(" of")) {
        String prefix = s.substring(1) + " ";
        if (name.startsWith(prefix) && name.length() > prefix.length() + 2) return name.substring(prefix.length());
        continue;
      }
      if (name.endsWith(s) && name.length() > s.length() + 2) return name.substring(0, name.length() - s.length());
    }
    return null;
  }

  private void readCities(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 19) throw new IOException(file + ": expected 19 tab-separated columns, got " + f.length);
        String cc = f[8];
        String a1 = f[10].isEmpty() ? null : cc + "." + f[10];
        int pop = f[14].isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[14]));
        byte k = f[6].equals("P") ? Gazetteer.CITY : Gazetteer.SITE;
        int e = addEntry("geonames:" + f[0], f[1], k, f[7], cc, a1, parse(f[4]), parse(f[5]), pop);
        if (!f[11].isEmpty() && a1 != null) cityAdmin2.put(e, a1 + "." + f[11]);
        addName(e, f[1], Gazetteer.NAME);
        addName(e, f[2], Gazetteer.NAME);
        if (!f[3].isEmpty()) for (String alt : f[3].split(",")) if (usableAlternate(alt)) addName(e, alt, Gazetteer.ALT);
      }
    }
  }

  /**
   * Admin1 centre = the centroid of its territory when the Natural Earth shapes are there ({@link #shapePoints}),
   * else the middle of the bounding box of its towns: gazetteers put area points near the area's geographic middle,
   * which the towns' median (pulled to where people live) misses by hundreds of km in Texas or Ontario, and which
   * the towns' box still misses where the towns fill only the south of a province (Ontario, Quebec, Queensland).
   * Size = the towns' population.
   */
  private void placeAdmin1(AreaShapes shapes) {
    int n = ids.size();
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int e = 0; e < n; e++) {
      if (kind.get(e) == Gazetteer.CITY && admin1.get(e) >= 0) {
        members.computeIfAbsent(admin1.get(e), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Short, long[]> countryPop = new HashMap<>();
    for (int e = 0; e < n; e++) {
      if (kind.get(e) == Gazetteer.CITY && country.get(e) >= 0) {
        countryPop.computeIfAbsent(country.get(e), k -> new long[1])[0] += population[e];
      }
    }
    Map<Integer, double[]> shaped = shapes == null ? Map.of() : shapePoints(shapes, members);
    for (int e = 0; e < n; e++) {
      if (kind.get(e) == Gazetteer.ADM1) {
        List<Integer> m = members.get(admin1.get(e));
        if (m == null || m.isEmpty()) continue;
        AreaPoint p = areaPoint(m);
        double[] c = shaped.get(admin1.get(e));
        lat[e] = c != null ? (float) c[0] : p.lat();
        lon[e] = c != null ? (float) c[1] : p.lon();
        population[e] = p.population();
      } else if (kind.get(e) == Gazetteer.COUNTRY && population[e] == 0) {
        long[] p = countryPop.get(country.get(e));
        population[e] = p == null ? 1 : (int) Math.min(Integer.MAX_VALUE, p[0]);
      }
    }
  }

  /** Share of a shape's towns that must belong to one admin1 for the shape to count as part of it. */
  private double shapePurity = 0.5;
  /** Share of an admin1's towns that its shapes must hold for their centroid to be its point. */
  private double shapeCoverage = 0.5;
  /** Admin1 areas placed at the centroid of their shapes (for the build summary). */
  private int admin1Shaped;

  private void readAreaPointOptions(String confDir) throws IOException {
    for (String[] f : NameNormalizer.readTsv(confDir, "places/area-points.tsv")) {
      if (f.length < 2) throw new IOException("conf/places/area-points.tsv: key <TAB> value expected in " + f[0]);
      switch (f[0]) {
        case "shape_purity" -> shapePurity = Double.parseDouble(f[1]);
        case "shape_coverage" -> shapeCoverage = Double.parseDouble(f[1]);
        default -> throw new IOException("conf/places/area-points.tsv: unknown key " + f[0]);
      }
    }
  }

  /**
   * The centroid of each admin1's territory, joined by place rather than by code: every town of cities500 is put in
   * the shape that holds it; a shape belongs to the admin1 that holds most of its towns (at least
   * {@code shape_purity} of them), and an admin1 whose shapes hold at least {@code shape_coverage} of its towns takes
   * their area-weighted centroid. Joining by the towns works where the shapes' codes or level differ from GeoNames'
   * (England is a union of Natural Earth's counties; French regions of its departments) and leaves an admin1 whose
   * shapes do not match it on its towns' box.
   */
  private Map<Integer, double[]> shapePoints(AreaShapes shapes, Map<Integer, List<Integer>> members) {
    Map<Integer, Map<Integer, Integer>> byShape = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> a : members.entrySet()) {
      for (int town : a.getValue()) {
        int f = shapes.featureAt(lat[town], lon[town]);
        if (f >= 0) byShape.computeIfAbsent(f, k -> new HashMap<>()).merge(a.getKey(), 1, Integer::sum);
      }
    }
    Map<Integer, List<Integer>> shapesOf = new HashMap<>();
    Map<Integer, Integer> held = new HashMap<>();
    for (Map.Entry<Integer, Map<Integer, Integer>> s : byShape.entrySet()) {
      int total = 0, best = -1, bestCount = 0;
      for (Map.Entry<Integer, Integer> c : s.getValue().entrySet()) {
        total += c.getValue();
        if (c.getValue() > bestCount || c.getValue() == bestCount && c.getKey() < best) {
          best = c.getKey();
          bestCount = c.getValue();
        }
      }
      if (bestCount < shapePurity * total) continue;
      shapesOf.computeIfAbsent(best, k -> new ArrayList<>()).add(s.getKey());
      held.merge(best, bestCount, Integer::sum);
    }
    Map<Integer, double[]> out = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> a : shapesOf.entrySet()) {
      if (held.get(a.getKey()) < shapeCoverage * members.get(a.getKey()).size()) continue;
      double[] c = shapes.centroid(a.getValue());
      if (c != null) out.put(a.getKey(), c);
    }
    admin1Shaped = out.size();
    return out;
  }

  /** The point and population of an area that the dumps give no coordinates for, from its towns. */
  private record AreaPoint(float lat, float lon, int population) {}

  // The middle of the towns' bounding box (stray towns aside), and their summed population (at least 1).
  private AreaPoint areaPoint(List<Integer> towns) {
    float[] la = new float[towns.size()], lo = new float[towns.size()];
    long pop = 0;
    for (int i = 0; i < towns.size(); i++) {
      la[i] = lat[towns.get(i)];
      lo[i] = lon[towns.get(i)];
      pop += population[towns.get(i)];
    }
    Arrays.sort(la);
    Arrays.sort(lo);
    // Across the antimeridian (Fiji, Chukotka) the box is meaningless: the median town instead.
    float cLon = lo[lo.length - 1] - lo[0] > 180 ? lo[lo.length / 2] : middle(lo);
    return new AreaPoint(middle(la), cLon, (int) Math.min(Integer.MAX_VALUE, Math.max(pop, 1)));
  }

  /** Towns this far (degrees) from all the others on one axis are strays: mis-coded, or a remote island. */
  private static final float STRAY_GAP = 8;

  /**
   * The middle of sorted coordinates {@code v}, leaving out up to 1% of them at either end when a gap of
   * {@link #STRAY_GAP} degrees parts them from the rest: a town GeoNames files under Jiangsu but placed in Gansu, or
   * Easter Island in the Valparaíso region, would move the box's middle by hundreds of km.
   */
  static float middle(float[] v) {
    int n = v.length, strays = Math.max(1, n / 100);
    int lo = 0, hi = n - 1;
    for (int i = 0; i < Math.min(strays, n - 1); i++) if (v[i + 1] - v[i] > STRAY_GAP) lo = i + 1;
    for (int i = n - 1; i > Math.max(n - 1 - strays, 0); i--) if (v[i] - v[i - 1] > STRAY_GAP) hi = i - 1;
    if (lo > hi) return (v[0] + v[n - 1]) / 2;
    return (v[lo] + v[hi]) / 2;
  }

  private void readCountryCentres(String confDir) throws IOException {
    for (String[] f : NameNormalizer.readTsv(confDir, "places/country-centres.tsv")) {
      Integer e = byId.get("country:" + f[0]);
      if (e == null) continue;
      lat[e] = parse(f[1]);
      lon[e] = parse(f[2]);
    }
  }

  /**
   * admin2Codes.txt when present (counties, districts): placed like admin1 areas, from their towns; an admin2 with
   * no town in cities500 has no coordinates and is left out. The name without "County"/"District" is an ALT name.
   */
  private void readAdmin2(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return;
    Map<String, List<Integer>> members = new HashMap<>();
    for (Map.Entry<Integer, String> c : cityAdmin2.entrySet()) {
      members.computeIfAbsent(c.getValue(), k -> new ArrayList<>()).add(c.getKey());
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      List<Integer> m = members.get(f[0]);
      if (m == null) continue;
      AreaPoint p = areaPoint(m);
      int dot = f[0].indexOf('.');
      String a1 = f[0].substring(0, f[0].lastIndexOf('.'));
      String id = f.length > 3 && !f[3].isEmpty() ? "geonames:" + f[3] : "admin2:" + f[0];
      int e = addEntry(id, f[1], Gazetteer.ADM2, "ADM2", f[0].substring(0, dot), a1, p.lat(), p.lon(), p.population());
      addName(e, f[1], Gazetteer.NAME);
      if (f.length > 2) addName(e, f[2], Gazetteer.NAME);
      String stripped = stripAdminSuffix(f[1]);
      if (stripped != null) addName(e, stripped, Gazetteer.ALT);
    }
  }

  private void readExtras(String confDir) throws IOException {
    for (String[] f : NameNormalizer.readTsv(confDir, "places/extras.tsv")) {
      if (f.length < 9) throw new IOException("conf/places/extras.tsv: 9 columns expected in " + String.join("|", f));
      byte k = switch (f[1]) {
        case "continent" -> Gazetteer.CONTINENT;
        case "region" -> Gazetteer.REGION;
        case "site" -> Gazetteer.SITE;
        default -> throw new IOException("conf/places/extras.tsv: kind '" + f[1] + "' unknown");
      };
      String[] ns = split(f[8]);
      String cc = f[3].equals("-") ? null : f[3];
      String a1 = f[4].equals("-") ? null : f[4];
      int e = addEntry(f[0], untag(ns[0]), k, f[2], cc, a1, parse(f[5]), parse(f[6]), (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[7])));
      for (String nm : ns) addName(e, untag(nm), Gazetteer.ALIAS);
    }
  }

  private void readLanguageNames(Path mo) throws IOException {
    if (!Files.isRegularFile(mo)) {
      System.err.println("gazetteer: " + mo + " absent, its names are skipped (scripts/fetch-geonames.sh gets it)");
      return;
    }
    for (Map.Entry<String, String> m : MoCatalog.read(mo).entrySet()) {
      Integer e = byId.get("geonames:" + m.getKey());
      if (e != null) addName(e, m.getValue(), Gazetteer.LANG);
    }
  }

  /** alternateNamesV2.txt, when given: fr, en and ar names and abbreviations of the entries we have. */
  private void readAlternateNames(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) continue;
        String lang = f[2];
        if (!(lang.isEmpty() || lang.equals("fr") || lang.equals("en") || lang.equals("ar") || lang.equals("abbr"))) continue;
        if (f.length > 7 && "1".equals(f[7])) continue; // historic
        Integer e = byId.get("geonames:" + f[1]);
        if (e == null) continue;
        if (lang.equals("abbr")) addName(e, f[3], Gazetteer.ABBREV);
        else if (usableAlternate(f[3])) addName(e, f[3], lang.isEmpty() ? Gazetteer.ALT : Gazetteer.LANG);
      }
    }
  }

  private int skippedAliases;

  private void readAliases(String confDir) throws IOException {
    for (String[] f : NameNormalizer.readTsv(confDir, "places/aliases.tsv")) {
      if (f.length < 3) throw new IOException("conf/places/aliases.tsv: 3 columns expected in " + String.join("|", f));
      Integer e = byId.get(f[0]);
      if (e == null && f[0].startsWith("country:")) e = byId.get("country:" + f[0].substring(8));
      if (e == null) {
        skippedAliases++;
        continue;
      }
      for (String n : split(f[2])) {
        switch (f[1]) {
          case "alias" -> addName(e, untag(n), Gazetteer.ALIAS);
          case "abbrev" -> addName(e, untag(n), n.endsWith(".") && n.indexOf('.') == n.length() - 1
              ? Gazetteer.ABBREV_DOTTED : Gazetteer.ABBREV);
          case "demonym" -> addName(e, untag(n), Gazetteer.DEMONYM);
          default -> throw new IOException("conf/places/aliases.tsv: kind '" + f[1] + "' unknown");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Entries and names

  private int addEntry(String id, String name, byte k, String fcode, String cc, String a1, float la, float lo, int pop) {
    int e = ids.size();
    ids.add(id);
    names.add(name);
    kind.add(k);
    feature.add((byte) (int) featureIndex.computeIfAbsent(fcode, x -> featureIndex.size()));
    if (featureIndex.size() > 255) throw new IllegalStateException("more than 255 feature codes");
    Integer ci = cc == null ? null : countryIndex.get(cc);
    if (ci == null && cc != null && !cc.isEmpty()) {
      ci = countryIndex.size();
      countryIndex.put(cc, ci);
    }
    country.add(ci == null ? -1 : (short) (int) ci);
    Integer ai = a1 == null ? null : admin1Index.get(a1);
    admin1.add(ai == null ? -1 : ai);
    if (e >= lat.length) {
      lat = Arrays.copyOf(lat, e * 2);
      lon = Arrays.copyOf(lon, e * 2);
      population = Arrays.copyOf(population, e * 2);
    }
    lat[e] = la;
    lon[e] = lo;
    population[e] = pop;
    byId.putIfAbsent(id, e);
    if (k == Gazetteer.COUNTRY) byId.put("country:" + cc, e);
    return e;
  }

  private void addDemonym(int e, String d, String lang) {
    addName(e, d, Gazetteer.DEMONYM);
    // Plurals: Iraqis; irakiens, irakiennes. Lower-case forms are matched by the recogniser anyway (folded keys).
    if (!d.endsWith("s") && !d.endsWith("x")) addName(e, d + "s", Gazetteer.DEMONYM);
  }

  /** Latin or Arabic script, no digits, not a code (all capitals up to 4 letters), not a URL. */
  private static boolean usableAlternate(String s) {
    if (s.length() < 2 || s.length() > 60 || s.contains("http")) return false;
    int letters = 0, upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) return false;
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
        boolean latin = c < 0x250 || c >= 0x1E00 && c < 0x1F00;
        if (!latin && !NameNormalizer.isArabic(c)) return false;
      }
    }
    return letters >= 2 && !(upper == letters && letters <= 4);
  }

  private void addName(int e, String name, byte nameKind) {
    if (name == null || name.isBlank()) return;
    int n = tokens.tokenize(name, true, true);
    if (n == 0 || n > MAX_NAME_TOKENS) return;
    nameCount++;
    boolean arabic = tokens.has(0, TextTokens.ARABIC);
    // Variant 1: articles skipped exactly as the recogniser skips them in running text.
    StringBuilder ex = new StringBuilder(), fz = new StringBuilder();
    List<String> exParts = new ArrayList<>(), fzParts = new ArrayList<>();
    StringBuilder allFolded = new StringBuilder(), strippedFolded = new StringBuilder();
    List<String> exAll = new ArrayList<>(), fzAll = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      String folded = tokens.folded(t);
      allFolded.append(folded);
      boolean article = tokens.has(t, TextTokens.ARTICLE | TextTokens.ARTICLE_ATTACHED) && t + 1 < n;
      if (!tokens.isSkippableArticle(t)) {
        exParts.add(folded);
        fzParts.add(tokens.fuzzy(t));
      }
      if (!article) {
        exAll.add(folded);
        fzAll.add(tokens.fuzzy(t));
        strippedFolded.append(folded);
      }
    }
    if (exParts.isEmpty() || exAll.isEmpty()) return;
    addKey(exact, exactPrefixes, exParts, e, nameKind);
    addKey(exact, exactPrefixes, exAll, e, nameKind);
    if (arabic) {
      String first = exParts.get(0);
      if (first.startsWith("ال") && first.length() > 3) {
        List<String> bare = new ArrayList<>(exParts);
        bare.set(0, first.substring(2));
        addKey(exact, exactPrefixes, bare, e, nameKind);
      }
      return;
    }
    if (nameKind >= Gazetteer.DEMONYM) return; // demonyms and abbreviations: exact keys only
    addFuzzy(fzParts, e, nameKind);
    addFuzzy(fzAll, e, nameKind);
    if (n > 1) {
      addFuzzy(List.of(norm.fuzzyKey(allFolded.toString())), e, nameKind);
      addFuzzy(List.of(norm.fuzzyKey(strippedFolded.toString())), e, nameKind);
    }
  }

  private void addFuzzy(List<String> parts, int e, byte nameKind) {
    int len = parts.size() - 1;
    for (String p : parts) len += p.length();
    if (len < MIN_FUZZY_KEY) return;
    addKey(fuzzy, fuzzyPrefixes, parts, e, nameKind);
  }

  private static void addKey(Map<String, long[]> table, Set<String> prefixes, List<String> parts, int e, byte nameKind) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        prefixes.add(b.toString());
        b.append(' ');
      }
      b.append(parts.get(i));
    }
    String key = b.toString();
    long[] p = table.get(key);
    long v = (long) e << 8 | (nameKind & 0xFF);
    if (p == null) {
      p = new long[4];
      table.put(key, p);
    }
    int c = (int) p[0];
    for (int i = 1; i <= c; i++) {
      if ((p[i] >>> 8) == e) { // same entry: keep the strongest kind (lowest number, demonym and abbrev kept apart)
        byte old = (byte) (p[i] & 0xFF);
        if (nameKind < old && old < Gazetteer.DEMONYM && nameKind < Gazetteer.DEMONYM) p[i] = v;
        else if (old == Gazetteer.DEMONYM && nameKind != Gazetteer.DEMONYM) p[i] = v;
        return;
      }
    }
    if (c + 1 >= p.length) {
      p = Arrays.copyOf(p, p.length * 2);
      table.put(key, p);
    }
    p[c + 1] = v;
    p[0] = c + 1;
  }

  private Gazetteer assemble() throws IOException {
    int n = ids.size();
    short[] c = new short[n];
    int[] a = new int[n];
    byte[] f = new byte[n], k = new byte[n];
    for (int i = 0; i < n; i++) {
      c[i] = country.get(i);
      a[i] = admin1.get(i);
      f[i] = feature.get(i);
      k[i] = kind.get(i);
      if (Float.isNaN(lat[i])) { // an admin1 with no town in cities500: fall back to its country's centre
        int ce = c[i] < 0 ? -1 : byId.getOrDefault("country:" + countryCodeOf(c[i]), -1);
        lat[i] = ce < 0 ? 0 : lat[ce];
        lon[i] = ce < 0 ? 0 : lon[ce];
      }
    }
    String[] cc = countryIndex.keySet().toArray(new String[0]);
    int[] ce = new int[cc.length];
    for (int i = 0; i < cc.length; i++) ce[i] = byId.getOrDefault("country:" + cc[i], -1);
    String[] a1c = admin1Index.keySet().toArray(new String[0]);
    int[] a1e = new int[a1c.length];
    for (int i = 0; i < a1c.length; i++) a1e[i] = byId.getOrDefault("admin1:" + a1c[i], -1);
    String[] fc = featureIndex.keySet().toArray(new String[0]);
    KeyTable ex = KeyTable.build(exact, exactPrefixes);
    KeyTable fz = KeyTable.build(fuzzy, fuzzyPrefixes);
    java.util.TreeMap<String, Byte> words = new java.util.TreeMap<>();
    readCommonWords(dumpsDir, words);
    String[] cw = words.keySet().toArray(new String[0]);
    byte[] cl = new byte[cw.length];
    for (int i = 0; i < cw.length; i++) cl[i] = words.get(cw[i]);
    return new Gazetteer(ids.toArray(new String[0]), names.toArray(new String[0]), c, a, Arrays.copyOf(lat, n),
        Arrays.copyOf(lon, n), Arrays.copyOf(population, n), f, k, cc, ce, a1c, admin1Names.toArray(new String[0]),
        a1e, fc, ex, fz, norm.rulesDigest, cw, cl);
  }

  private String countryCodeOf(short idx) {
    int i = 0;
    for (String code : countryIndex.keySet()) if (i++ == idx) return code;
    return null;
  }

  private static String[] split(String s) {
    if (s == null || s.isBlank()) return new String[0];
    return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toArray(String[]::new);
  }

  private static String untag(String n) {
    return n.length() > 3 && n.charAt(2) == ':' && Character.isLowerCase(n.charAt(0)) ? n.substring(3) : n;
  }

  private static float parse(String s) {
    return s == null || s.isEmpty() ? Float.NaN : Float.parseFloat(s);
  }
}
