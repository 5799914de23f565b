package org.newsatlas.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.extract.Mention;

/**
 * The main countries and places of an article, by weighted mention count: a town or area counts 1 for itself and
 * for its country, a country name 1, a demonym half (an adjective says less about where the story is).
 */
public final class PlaceFocus {
  /** A focus item: the country code or place id, its display name and weight. */
  public record Item(String id, String name, double weight) {}

  private final List<Item> countries;
  private final List<Item> places;

  private PlaceFocus(List<Item> countries, List<Item> places) {
    this.countries = countries;
    this.places = places;
  }

  public static PlaceFocus of(List<Mention> mentions) {
    Map<String, double[]> cw = new HashMap<>(), pw = new HashMap<>();
    Map<String, String> pn = new HashMap<>();
    for (Mention m : mentions) {
      if (!Mention.PLACE.equals(m.entityType())) continue;
      double w = m.method() != null && m.method().startsWith(PlaceMatch.DEMONYM) ? 0.5 : 1.0;
      if (m.countryCode() != null) cw.computeIfAbsent(m.countryCode(), k -> new double[1])[0] += w;
      pw.computeIfAbsent(m.entityId(), k -> new double[1])[0] += w;
      pn.put(m.entityId(), m.name());
    }
    List<Item> c = new ArrayList<>(), p = new ArrayList<>();
    cw.forEach((k, v) -> c.add(new Item(k, k, v[0])));
    pw.forEach((k, v) -> p.add(new Item(k, pn.get(k), v[0])));
    Comparator<Item> order = Comparator.comparingDouble(Item::weight).reversed().thenComparing(Item::id);
    c.sort(order);
    p.sort(order);
    return new PlaceFocus(List.copyOf(c), List.copyOf(p));
  }

  /** Countries by weight, heaviest first. */
  public List<Item> countries() {
    return countries;
  }

  /** Places (gazetteer ids) by weight, heaviest first. */
  public List<Item> places() {
    return places;
  }

  /** The main country's ISO code, or null when no place was found. */
  public String mainCountry() {
    return countries.isEmpty() ? null : countries.get(0).id();
  }
}
