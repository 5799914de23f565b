# -*- coding: utf-8 -*-
"""Articles of the project's sample corpus: invented news items written for newsatlas (not taken from any outlet).
Outlets are fictional (*.example). Used by make-sample-corpus.py."""

# Tigris Times (English, JSON Lines)
TIGRIS = [
    ("https://www.tigris-times.example/iraq/baghdad-twin-bombing", "Twin suicide bombing kills dozens in central Baghdad",
     "2021-01-21T11:40:00+03:00",
     "Two suicide bombers blew themselves up in a crowded clothing market in central Baghdad on Thursday, killing at "
     "least 32 people, the Iraqi health ministry said. The first attacker lured shoppers by claiming to feel ill before "
     "detonating his vest; the second struck as people gathered to help the wounded. It was the deadliest attack in the "
     "capital in three years. Islamic State claimed responsibility late on Thursday through its Amaq outlet. Prime "
     "Minister Mustafa al-Kadhimi ordered a reshuffle of security commanders in the city."),
    ("https://www.tigris-times.example/iraq/kirkuk-arrests", "Security forces arrest ISIS cell near Kirkuk",
     "2021-01-05 09:20:00",
     "Iraqi counter-terrorism forces arrested five suspected members of an ISIS cell in villages south-west of Kirkuk on "
     "Monday, a military statement said. The men were accused of planting roadside bombs along the road to Hawija. "
     "Weapons and explosives were seized in a farmhouse used as a hideout. Officials said the cell had been under "
     "surveillance for several weeks."),
    ("https://www.tigris-times.example/iraq/basra-protest", "Protesters in Basra demand jobs and electricity",
     "2021-01-11T16:05:00Z",
     "Hundreds of young men gathered outside the provincial council building in Basra on Monday to demand jobs and "
     "an end to power cuts. Some protesters threw stones at riot police, who responded with tear gas. Local medics said "
     "eleven people were treated for breathing problems. The governor promised to meet a delegation of the protesters "
     "later in the week."),
    ("https://www.tigris-times.example/iraq/erbil-rockets", "Rockets land near Erbil airport, no casualties reported",
     "2020-12-23T22:10:00+03:00",
     "Three rockets struck open ground near Erbil international airport late on Wednesday, the Kurdistan Region's "
     "interior ministry said. The airport hosts troops of the US-led coalition. No casualties or damage were reported. "
     "No group immediately claimed the attack, but officials in Erbil blamed armed factions linked to the Popular "
     "Mobilization Forces."),
    ("https://www.tigris-times.example/iraq/pmf-anniversary", "Pentagon reviews force levels as PMF marks Soleimani anniversary",
     "2020-12-31T18:30:00Z",
     "The Pentagon said on Thursday it was reviewing the posture of US forces in Iraq ahead of the first anniversary of "
     "the drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis near Baghdad airport. Supporters of the "
     "Popular Mobilization Forces, known in Arabic as Hashd al-Shaabi, plan large gatherings in the capital on Sunday. "
     "A US official said the army had moved additional air defence systems to bases in Iraq and the Gulf."),
    ("https://www.tigris-times.example/iraq/mosul-reconstruction", "Mosul residents still wait for rebuilt homes",
     "2021-01-01T10:00:00+03:00",
     "More than three years after the battle that drove ISIS out of Mosul, thousands of families in the old city still "
     "live among ruins. Local officials say fewer than a third of the destroyed houses west of the Tigris have been "
     "rebuilt. An agreement signed with international donors last year promised new funds, but residents say little "
     "has reached them."),
    ("https://www.tigris-times.example/syria/deir-ezzor-strike", "Air strikes hit militia positions near Deir ez-Zor",
     "2021-01-13T07:45:00Z",
     "Unidentified warplanes struck positions held by Iran-backed militias around Deir ez-Zor and Albu Kamal in eastern "
     "Syria overnight, a war monitor said. At least 23 fighters were reported killed. The strikes hit weapons depots and "
     "a checkpoint near the border crossing with Iraq's al-Qaim. Israel did not comment on the reports."),
    ("https://www.tigris-times.example/gulf/riyadh-drone", "Saudi air defences intercept drone over Riyadh",
     "2021-01-23T14:15:00+03:00",
     "Saudi Arabia's air defences intercepted a drone over Riyadh on Saturday, state media reported, citing the "
     "Saudi-led coalition. Residents reported hearing a loud explosion in the north of the capital. An Iraqi armed group "
     "calling itself Alwiya Waad al-Haq later claimed to have launched drones at the city, a claim that could not be "
     "verified. Washington condemned the attack."),
]

# Le Courrier du Levant (French, JSON Lines, gzip)
COURRIER = [
    ("https://courrier-levant.example/irak/attentat-bagdad", "Double attentat-suicide meurtrier à Bagdad",
     "2021-01-21 12:05:00",
     "Deux kamikazes se sont fait exploser jeudi matin sur un marché aux vêtements du centre de Bagdad, faisant au moins "
     "32 morts et plus de cent blessés selon le ministère irakien de la Santé. Le premier assaillant a attiré la foule en "
     "se disant malade avant d'actionner sa ceinture d'explosifs. L'organisation État islamique (Daech) a revendiqué "
     "l'attaque dans la soirée. Il s'agit de l'attentat le plus meurtrier dans la capitale depuis 2018."),
    ("https://courrier-levant.example/irak/hachd-commemoration", "Le Hachd al-Chaabi commémore la mort de Soleimani",
     "2021-01-03 15:30:00",
     "Des dizaines de milliers de partisans du Hachd al-Chaabi se sont rassemblés dimanche place Tahrir à Bagdad pour "
     "le premier anniversaire de la frappe américaine qui a tué Qassem Soleimani et Abou Mahdi al-Mohandes. Les "
     "manifestants ont scandé des slogans hostiles aux États-Unis et réclamé le départ des troupes étrangères. Les forces "
     "de sécurité avaient bouclé les abords de la zone verte."),
    ("https://courrier-levant.example/syrie/alep-bombardements", "Bombardements sur la campagne d'Alep",
     "2020-12-22 08:00:00",
     "Des tirs d'artillerie ont visé mardi plusieurs villages au sud-ouest d'Alep, selon une ONG syrienne. Deux civils "
     "ont été tués et plusieurs maisons détruites. Les bombardements ont été attribués aux forces gouvernementales, qui "
     "affirment répondre à des attaques de groupes rebelles. La trêve conclue en mars dans la région d'Idleb reste "
     "fragile."),
    ("https://courrier-levant.example/syrie/damas-accord", "Damas et Moscou signent un accord sur le blé",
     "2021-01-14 17:20:00",
     "Le gouvernement syrien a signé jeudi à Damas un accord avec la Russie portant sur la livraison d'un million de "
     "tonnes de blé, a annoncé l'agence officielle. Le pays traverse une grave crise du pain, aggravée par "
     "l'effondrement de la livre syrienne. Les files d'attente devant les boulangeries se sont allongées ces dernières "
     "semaines dans la capitale."),
    ("https://courrier-levant.example/irak/mossoul-arrestations", "Arrestation de membres présumés de Daech près de Mossoul",
     "2021-01-07 10:45:00",
     "Les services de renseignement irakiens ont arrêté mercredi quatre membres présumés de Daech dans la province de "
     "Ninive, au sud de Mossoul. Selon un communiqué, les suspects préparaient des attaques contre des positions de "
     "l'armée. Des armes et des téléphones ont été saisis lors de l'opération."),
    ("https://courrier-levant.example/irak/kirkouk-explosion", "Explosion d'un engin piégé à Kirkouk",
     "2020-12-30 19:10:00",
     "Un engin explosif artisanal a explosé mercredi soir au passage d'une patrouille de police à Kirkouk, blessant "
     "trois agents, a indiqué une source sécuritaire. La ville, disputée entre Bagdad et la région autonome du "
     "Kurdistan, connaît régulièrement ce type d'attaques. Aucune revendication n'a été publiée."),
    ("https://courrier-levant.example/golfe/riyad-qatar", "Riyad et Doha vers la fin de la crise du Golfe",
     "2021-01-05 13:00:00",
     "L'Arabie saoudite a annoncé lundi la réouverture de son espace aérien et de sa frontière terrestre avec le Qatar, "
     "à la veille d'un sommet du Conseil de coopération du Golfe à Al-Ula. Cet accord met fin à plus de trois ans de "
     "blocus imposé à Doha par Riyad et ses alliés. Le Koweït a joué un rôle central dans la médiation."),
    ("https://courrier-levant.example/irak/erbil-manifestation", "Manifestation de fonctionnaires à Erbil",
     "2021-01-18 11:25:00",
     "Plusieurs centaines de fonctionnaires ont manifesté lundi à Erbil pour réclamer le versement de salaires en "
     "retard de plusieurs mois. Le gouvernement régional du Kurdistan accuse Bagdad de ne pas transférer la part du "
     "budget fédéral qui lui revient. La police a dispersé le rassemblement devant le parlement régional."),
]

# Gulf Monitor (English, CSV with its own column names)
GULF = [
    ("https://gulf-monitor.example/news/2020/12/24/yemen-talks", "Riyadh hosts talks on Yemen government",
     "24/12/2020 09:30",
     "Saudi Arabia hosted a new round of talks in Riyadh on Thursday on forming a Yemeni power-sharing government. "
     "Diplomats said the agreement between the government and southern separatists was close to being implemented. "
     "The new cabinet is expected to move to Aden in the coming days."),
    ("https://gulf-monitor.example/news/2021/01/01/aden-preparations", "New Yemeni cabinet prepares to fly to Aden",
     "01/01/2021 16:00",
     "Members of Yemen's new cabinet were preparing on Friday to travel from Riyadh to Aden, officials said. Security at "
     "the city's airport was tightened ahead of their arrival. The government was sworn in last week under a "
     "Saudi-brokered deal."),
    ("https://gulf-monitor.example/news/2021/01/06/alula-summit", "Gulf leaders sign Al-Ula declaration",
     "06/01/2021 08:15",
     "Gulf leaders signed a declaration of solidarity at Al-Ula in Saudi Arabia on Tuesday, formally ending the dispute "
     "with Qatar. The emir of Qatar was greeted by the Saudi crown prince on arrival. Analysts said differences over "
     "Turkey and Iran remained unresolved."),
    ("https://gulf-monitor.example/news/2021/01/12/iraq-border", "Iraq and Saudi Arabia reopen Arar crossing to trade",
     "12/01/2021 12:40",
     "Iraq and Saudi Arabia reopened the Arar border crossing to trade on Tuesday for the first time in three decades. "
     "Officials from both countries attended a ceremony at the crossing. Traders in Basra and Najaf said the route would "
     "lower the price of food imports."),
    ("https://gulf-monitor.example/news/2021/01/17/basra-oil", "Oil exports from Basra rise in January",
     "17/01/2021 10:05",
     "Crude oil exports from Iraq's southern port of Basra rose in the first half of January, according to shipping "
     "data. The increase comes despite Iraq's commitments to cut production under an OPEC+ agreement. The oil ministry "
     "did not comment on the figures."),
    ("https://gulf-monitor.example/news/2021/01/20/kuwait-cabinet", "Kuwait's government resigns after clash with parliament",
     "20/01/2021 07:50",
     "Kuwait's cabinet submitted its resignation on Wednesday, weeks after being formed, following a standoff with "
     "members of parliament who sought to question the prime minister. The emir is expected to ask the prime minister "
     "to form a new government. The dispute has delayed economic reforms."),
]

# L'Écho de Mésopotamie (French, text files, title on the first line)
ECHO = [
    ("echo-mesopotamie.example", "2020-12-21", "bagdad-roquettes", "Tirs de roquettes sur la zone verte de Bagdad",
     "Plusieurs roquettes ont visé dimanche soir la zone verte de Bagdad, où se trouve l'ambassade des États-Unis. "
     "Le système de défense de l'ambassade a été activé et des dégâts ont été signalés dans un quartier résidentiel "
     "voisin. Un soldat irakien a été blessé. Washington a accusé des milices soutenues par l'Iran."),
    ("echo-mesopotamie.example", "2020-12-31", "kirkouk-couvre-feu", "Couvre-feu à Kirkouk pour la Saint-Sylvestre",
     "Les autorités de Kirkouk ont décrété un couvre-feu partiel pour la nuit du Nouvel An, invoquant des menaces "
     "d'attentats. Des points de contrôle supplémentaires ont été installés aux entrées de la ville. Les commerçants "
     "ont dénoncé une mesure qui les prive de leur meilleure soirée de l'année."),
    ("echo-mesopotamie.example", "2021-01-08", "deir-ez-zor-attaque", "Attaque contre un bus militaire près de Deir ez-Zor",
     "Une embuscade tendue contre un bus transportant des soldats syriens a fait au moins huit morts jeudi dans le "
     "désert à l'ouest de Deir ez-Zor, selon des médias officiels. L'attaque a été attribuée à des cellules de Daech "
     "encore actives dans la Badia. L'armée a lancé une opération de ratissage dans la région."),
    ("echo-mesopotamie.example", "2021-01-15", "bassora-manifestants", "Des manifestants arrêtés à Bassora",
     "La police de Bassora a arrêté vendredi une dizaine de manifestants qui bloquaient l'accès à un champ pétrolier "
     "pour réclamer des emplois. Selon leurs proches, les jeunes hommes ont été relâchés dans la soirée. Les "
     "manifestations pour l'emploi se multiplient dans le sud de l'Irak depuis l'automne."),
    ("echo-mesopotamie.example", "2021-01-22", "riyad-drones", "Riyad dit avoir intercepté un drone",
     "La coalition menée par l'Arabie saoudite a affirmé samedi avoir intercepté un drone au-dessus de Riyad. Une "
     "forte explosion a été entendue dans le nord de la capitale saoudienne. Un groupe armé irakien a revendiqué "
     "l'attaque, ce que Bagdad a démenti en affirmant qu'aucun tir n'était parti de son territoire."),
]

# Desert Wire (English and French pages in a WARC file)
DESERT = [
    ("https://www.desert-wire.example/en/2021/01/04/us-troops-iraq", "US troop cut in Iraq completed, Pentagon says",
     "2021-01-04T15:00:00Z", "en",
     ["The Pentagon said on Friday that the reduction of US troops in Iraq to 2,500 had been completed.",
      "Officials said the remaining forces would continue to advise Iraqi units fighting ISIS remnants.",
      "The announcement came days before the change of administration in Washington."]),
    ("https://www.desert-wire.example/en/2020/12/28/aleppo-clashes", "Clashes reported on the edge of Aleppo province",
     "2020-12-28T09:10:00Z", "en",
     ["Clashes broke out between government forces and rebel fighters west of Aleppo on Monday, a monitoring group said.",
      "Both sides exchanged artillery fire for several hours near the M5 highway.",
      "Three fighters were reported killed and several civilians fled their homes."]),
    ("https://www.desert-wire.example/fr/2021/01/11/erbil-drone", "Un drone abattu près d'Erbil",
     "2021-01-11T20:00:00+03:00", "fr",
     ["Les forces de la coalition ont abattu lundi soir un drone chargé d'explosifs qui approchait d'une base près "
      "d'Erbil, selon un porte-parole.",
      "Aucun blessé n'a été signalé.",
      "Les attaques de ce type contre les intérêts américains au Kurdistan irakien se sont multipliées ces derniers mois."]),
    ("https://www.desert-wire.example/fr/2021/01/19/damas-penurie", "À Damas, la pénurie de carburant s'aggrave",
     "2021-01-19T08:30:00+02:00", "fr",
     ["Les files d'attente devant les stations-service de Damas s'étirent sur plusieurs kilomètres, ont constaté des "
      "habitants.",
      "Le gouvernement a réduit la quantité de carburant subventionné attribuée à chaque véhicule.",
      "Les sanctions occidentales et la perte des champs pétroliers du nord-est pèsent sur l'approvisionnement."]),
]
