package org.newsatlas.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic mix of news articles for the extraction benchmarks, generated from sentences written for the project
 * (no shared corpus text): each article is 8 to 30 sentences drawn from event, actor, date and filler sentences of
 * one language, so that triggers and names are as dense as in conflict reporting.
 */
final class BenchCorpus {
  static final String[] FR = {
      "Le 19 janvier, un double attentat-suicide a frappé un marché de Bagdad, faisant des dizaines de morts.",
      "Le 26 janvier, une nouvelle attaque a visé un convoi logistique de l'armée américaine à Samarra.",
      "Le 22 janvier, un groupe armé irakien a revendiqué le tir de deux drones contre Riyad.",
      "Selon le Pentagone, le secrétaire à la Défense Lloyd Austin proposerait de retirer les convois militaires.",
      "Les combattants du Hachd al-Chaabi ont repoussé un assaut de Daech près de Naft Khaneh.",
      "Le Premier ministre Mustafa al-Kazemi a salué l'action des forces de sécurité irakiennes.",
      "Des milliers de manifestants ont défilé dans le calme à Bassora pour réclamer des emplois.",
      "La police a dispersé les manifestants à coups de gaz lacrymogène devant le gouvernorat.",
      "Trois suspects ont été interpellés mardi dernier par la police dans le quartier de Karrada.",
      "L'armée a repris le contrôle de la ville après deux jours d'affrontements avec les jihadistes.",
      "Un engin explosif improvisé a explosé au passage d'une patrouille, blessant deux soldats.",
      "Le gouvernement a annoncé cette semaine un nouveau plan d'investissement dans les infrastructures.",
      "Les prix du pétrole ont légèrement augmenté hier sur les marchés asiatiques.",
      "Le ministre des Affaires étrangères a rencontré son homologue turc à Ankara.",
      "La saison des pluies a commencé plus tôt que prévu dans le sud du pays.",
      "Des frappes aériennes ont visé un dépôt de munitions à l'ouest de la province d'Al-Anbar.",
  };
  static final String[] EN = {
      "A suicide bomber blew himself up at a crowded market in Baghdad on Tuesday, killing twelve people.",
      "Warplanes bombed rebel positions near the town overnight, a monitoring group said.",
      "Militants fired a barrage of mortar shells at the airport on January 26, officials said.",
      "Gunmen attacked an army checkpoint before dawn, killing three soldiers.",
      "Police used tear gas and water cannon to disperse the protesters outside parliament.",
      "Thousands of people marched peacefully through the capital last week to demand reforms.",
      "The Popular Mobilization Forces said Islamic State fighters were pushed back from the oil field.",
      "Defense Secretary Lloyd Austin met Prime Minister Mustafa al-Kadhimi at the Pentagon.",
      "Government forces recaptured the town from the insurgents after a two-day battle.",
      "Troops discovered a weapons cache containing rifles and ammunition near the border.",
      "The central bank kept interest rates unchanged, citing uncertainty about growth.",
      "The football season resumed on Saturday after a two-month break.",
      "Both sides signed a ceasefire agreement in Geneva under United Nations auspices.",
      "A magnitude 6.1 earthquake struck the region, damaging hundreds of homes.",
      "The company reported higher quarterly profits and announced new hires.",
      "Police arrested a local journalist at his home, Human Rights Watch said.",
  };

  final List<String> articles = new ArrayList<>();
  final List<String> langs = new ArrayList<>();
  final long bytes;

  BenchCorpus(int count, long seed) {
    Random r = new Random(seed);
    long b = 0;
    for (int i = 0; i < count; i++) {
      boolean fr = r.nextBoolean();
      String[] pool = fr ? FR : EN;
      int n = 8 + r.nextInt(23);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        sb.append(pool[r.nextInt(pool.length)]).append(k % 4 == 3 ? "\n\n" : " ");
      }
      String a = sb.toString();
      articles.add(a);
      langs.add(fr ? "fr" : "en");
      b += a.getBytes(StandardCharsets.UTF_8).length;
    }
    bytes = b;
  }
}
