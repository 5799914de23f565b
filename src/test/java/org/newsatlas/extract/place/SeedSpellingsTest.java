package org.newsatlas.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsatlas.extract.Mention;

/**
 * The French spellings of the seed article's places, in a text written for this test, against the real gazetteer
 * (built from the dumps of scripts/fetch-geonames.sh): every place found and resolved to the right country and
 * near where it is (60 km for towns and sites, 150 km for provinces and countries).
 */
class SeedSpellingsTest {
  private static final String TEXT = String.join("\n",
      "Nouvelle journée de tension en Irak. Un double attentat a frappé Bagdad, puis un convoi a été visé près de Samarra,"
          + " dans la province de Salaheddine.",
      "Les routes de Nasseriya, de Bassora et de Divaniyah restent sous surveillance, selon un responsable irakien.",
      "Des drones ont été lancés vers Riyad, la capitale de l'Arabie, tandis que les bases d'Ain al Asad, de Harir et de"
          + " Taji étaient en alerte.",
      "À l'ouest, dans la province d'al-Anbar, le passage frontalier Abou Kamal/Qaëm reste fermé entre l'Irak et la Syrie.",
      "Des détenus ont été transférés depuis les prisons de Hassaké et de Deir ez-Zor.",
      "Dans la province de Diyala, une attaque contre le champ pétrolier de Naft Khaneh a été repoussée près de la"
          + " frontière avec l'Iran, non loin de Khanaqin et à une centaine de kilomètres de Baaqouba.");

  /** surface -> {country, lat, lon} of the place meant. */
  private static final Map<String, Object[]> EXPECTED = new LinkedHashMap<>();

  static {
    put("Irak", "IQ", 33.0, 44.0);
    put("Bagdad", "IQ", 33.34, 44.40);
    put("Samarra", "IQ", 34.20, 43.89);
    put("Salaheddine", "IQ", 34.5, 43.7);
    put("Nasseriya", "IQ", 31.06, 46.26);
    put("Bassora", "IQ", 30.51, 47.78);
    put("Divaniyah", "IQ", 31.99, 44.93);
    put("Riyad", "SA", 24.69, 46.72);
    put("Arabie", "SA", 25.0, 45.0);
    put("Ain al Asad", "IQ", 33.80, 42.44);
    put("Harir", "IQ", 36.54, 44.35);
    put("Taji", "IQ", 33.52, 44.26);
    put("al-Anbar", "IQ", 33.4, 42.6);
    put("Abou Kamal", "SY", 34.45, 40.92);
    put("Qaëm", "IQ", 34.39, 40.99);
    put("Syrie", "SY", 35.0, 38.0);
    put("Hassaké", "SY", 36.50, 40.75);
    put("Deir ez-Zor", "SY", 35.33, 40.14);
    put("Diyala", "IQ", 33.9, 45.0);
    put("Naft Khaneh", "IQ", 34.03, 45.43);
    put("Iran", "IR", 32.0, 53.0);
    put("Khanaqin", "IQ", 34.35, 45.39);
    put("Baaqouba", "IQ", 33.75, 44.61);
  }

  private static void put(String s, String cc, double lat, double lon) {
    EXPECTED.put(s, new Object[] {cc, lat, lon});
  }

  @Test
  void everySeedPlaceIsFoundAndResolved() {
    PlaceExtractor ex = new PlaceExtractor(PlaceTestSupport.real(), PlaceTestSupport.confDir());
    List<Mention> ms = ex.extract(TEXT, "fr");
    Map<String, Mention> bySurface = new LinkedHashMap<>();
    for (Mention m : ms) bySurface.putIfAbsent(m.surface(), m);
    for (Map.Entry<String, Object[]> e : EXPECTED.entrySet()) {
      Mention m = bySurface.get(e.getKey());
      assertTrue(m != null, e.getKey() + " not found; found " + bySurface.keySet());
      assertEquals(e.getValue()[0], m.countryCode(), e.getKey() + " -> " + m);
      double km = Gazetteer.haversineKm((double) e.getValue()[1], (double) e.getValue()[2], m.lat(), m.lon());
      // Towns and sites within 60 km; provinces and countries (whose reference point is a convention) within 150.
      double tolerance = "ADM1".equals(m.featureCode()) || "PCLI".equals(m.featureCode()) ? 150 : 60;
      assertTrue(km < tolerance, e.getKey() + " resolved " + Math.round(km) + " km away: " + m);
      assertEquals(m.surface(), TEXT.substring(m.startChar(), m.endChar()));
    }
    // Nothing else but the demonym: no "Selon", "Les", "Des", "Dans"...
    Set<String> extra = ms.stream().map(Mention::surface).filter(s -> !EXPECTED.containsKey(s)).collect(Collectors.toSet());
    assertEquals(Set.of("irakien"), extra);
  }
}
