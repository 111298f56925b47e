from lib import G, A, R, U, PUB, text

ID = "ev16-06"
URL = "https://www.barrons.com/news/ukraine-sea-drones-hit-novorossiysk-russia-denies-warship-damage-2025-12-15"
TITLE = "Ukraine says sea drones hit Russian ships in Novorossiysk; Moscow denies any warship damaged"
PUBLISHED = "2025-12-15T14:20:00Z"
CONFLICT = "Russia-Ukraine"
FORM = "AFP wire copy on a syndication site (Black Sea strikes, denial, threats)"

TEXT = text(
"Ukraine says sea drones hit Russian ships in Novorossiysk; Moscow denies any warship damaged",
"AFP | Dec 15, 2025, 9:20 AM EST",
"Ukrainian naval drones struck the Russian Black Sea port of Novorossiysk overnight, damaging two vessels including a missile corvette, Kyiv said Monday, in a claim flatly rejected by Moscow.",
"The Ukrainian Navy said the attack, carried out with the SBU security service, hit a Buyan-M class corvette armed with Kalibr cruise missiles and a patrol boat moored at the Sheskharis oil terminal.",
"\"Two vessels were hit, and the Black Sea Fleet will have to count its losses again,\" navy spokesman Captain Andriy Lysenko told AFP.",
"Russia's defence ministry said its forces had destroyed five unmanned boats and 41 aerial drones over the Black Sea, the Krasnodar region and annexed Crimea. \"No warship of the Black Sea Fleet was damaged,\" it said in a statement, calling the Ukrainian account \"an information provocation\".",
"The mayor of Novorossiysk, Andrei Kravchenko, said debris had damaged several apartment buildings and that three people were hurt. Footage on Russian social media showed a large fire near the oil terminal, which handles around two percent of global oil supply.",
"Hours later, Russia fired missiles and drones at Odesa, killing two people and wounding seven at a port facility, according to regional governor Oleh Marynenko. Russia's defence ministry described the strike as retaliation and said it had hit \"infrastructure used to prepare terrorist attacks with unmanned boats\".",
"A senior Russian security official, Alexander Venediktov, warned on state television that Moscow would hit \"every Ukrainian port, from Izmail to Odesa\" if the maritime attacks continue.",
"In a separate incident, a Sierra Leone-flagged tanker reported an explosion on board off the Turkish coast in the Black Sea on Sunday. A Ukrainian security source told AFP the SBU had struck the vessel because it belonged to Russia's \"shadow fleet\" of sanctions-busting tankers.",
"Ukraine says its naval drones and missiles have destroyed or damaged 28 Russian warships and auxiliary vessels since the start of the war, forcing the Black Sea Fleet to move most of its ships from Crimea to Novorossiysk.",
"burs-ub/jc",
"© 2025 AFP",
"Related: Black Sea grain corridor at risk as port strikes mount",
)

NOVO = G("Novorossiysk", "RU")
TUAPSE = G("Tuapse", "RU")
ODESA = G("Odesa", "UA", "17")
IZMAIL = G("Izmail", "UA", "17", geoname="Izmayil")
BLACK_SEA = R("Black Sea", 43.4, 34.0, 500, aliases=["Black Sea", "Krasnodar region", "Crimea"])
BLACK_SEA_TR = R("Black Sea off the Turkish coast", 41.7, 31.5, 250,
                 aliases=["Black Sea", "Turkish coast", "off the Turkish coast"])

D = "2025-12-15"
UNITS = [
    U("attack", None, NOVO, ["Ukrainian Navy", "Andriy Lysenko", "Kyiv", "Andrei Kravchenko"],
      ["Ukrainian naval drones struck the Russian Black Sea port of Novorossiysk overnight",
       "Ukraine says sea drones hit Russian ships in Novorossiysk"],
      D, "ukraine/russia/ukraine",
      note="The attack itself is confirmed by the Novorossiysk mayor; the damage to warships is denied."),
    U("materiel_lost", 2, NOVO, ["Ukrainian Navy", "Andriy Lysenko", "Kyiv"],
      ["damaging two vessels including a missile corvette",
       "\"Two vessels were hit, and the Black Sea Fleet will have to count its losses again,\"",
       "\"No warship of the Black Sea Fleet was damaged,\"",
       "Moscow denies any warship damaged"],
      D, "ukraine/russia/ukraine", modality="denied", note="item ship; denied by Russia's defence ministry"),
    U("materiel_lost", 5, BLACK_SEA, ["Russia's defence ministry"],
      ["its forces had destroyed five unmanned boats and 41 aerial drones"], D, "russia/ukraine/russia",
      note="item drone (naval)"),
    U("materiel_lost", 41, BLACK_SEA, ["Russia's defence ministry"],
      ["41 aerial drones over the Black Sea, the Krasnodar region and annexed Crimea"], D, "russia/ukraine/russia",
      note="item drone"),
    U("wounded", 3, NOVO, ["Andrei Kravchenko", "mayor of Novorossiysk"],
      ["three people were hurt"], D, "russia/civilian/ukraine"),
    U("attack", None, ODESA, ["Oleh Marynenko", "Russia's defence ministry"],
      ["Russia fired missiles and drones at Odesa"], D, "ukraine/civilian/russia",
      note="Acknowledged by Russia as retaliation."),
    U("killed", 2, ODESA, ["Oleh Marynenko"], ["killing two people and wounding seven at a port facility"], D, "ukraine/civilian/russia"),
    U("wounded", 7, ODESA, ["Oleh Marynenko"], ["killing two people and wounding seven at a port facility"], D, "ukraine/civilian/russia"),
    U("attack", None, IZMAIL, ["Alexander Venediktov"],
      ["Moscow would hit \"every Ukrainian port, from Izmail to Odesa\""], D, "russia/ukraine/russia", modality="warned",
      note="Threat; the Odesa half of it is evidence-adjacent to the Odesa attack unit, whose place it shares."),
    U("attack", None, BLACK_SEA_TR, ["Ukrainian security source"],
      ["a Sierra Leone-flagged tanker reported an explosion on board off the Turkish coast in the Black Sea on Sunday",
       "the SBU had struck the vessel"],
      "2025-12-14", "ukraine/russia/ukraine"),
    U("materiel_lost", 28, BLACK_SEA, ["Ukraine"],
      ["its naval drones and missiles have destroyed or damaged 28 Russian warships and auxiliary vessels since the start of the war"],
      D, "ukraine/russia/ukraine", scope="cumulative", note="item ship"),
]
