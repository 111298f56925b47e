from lib import G, M, R, U

ID = "ev15-04"
URL = "https://apnews.com/article/russia-ukraine-war-kyiv-drones-missiles-heating-7c1e4b2a90d3f5"
TITLE = "Russian barrage kills 7 in Kyiv and cuts heat to thousands of buildings as temperatures plunge"
PUBLISHED = "2026-01-24T11:42:00Z"

TEXT = """Russian barrage kills 7 in Kyiv and cuts heat to thousands of buildings as temperatures plunge
By OKSANA DEMCHUK and PETROS KARAMANLIS
Updated 11:42 AM GMT, January 24, 2026
Share
KYIV, Ukraine (AP) — Russia hurled hundreds of drones and dozens of missiles at Ukraine overnight, killing seven people in the capital and knocking out heating to thousands of apartment blocks as temperatures fell to minus 15 Celsius (5 F), officials said Saturday.
The attack on Kyiv also wounded 41 people, including four children, according to Tymur Tkachenko, head of the city's military administration. Emergency crews were still pulling people from a nine-story building in the Darnytskyi district that partially collapsed after a direct hit, he said.
Ukraine's air force said Russia launched 658 drones and 52 missiles of various types. Air defenses shot down or jammed 603 of the drones and 39 of the missiles, it said, with hits recorded in 17 locations.
Outside the capital, a woman was killed when debris fell on her house in the Fastiv district of the Kyiv region, regional governor Mykola Kalashnyk said. A missile struck an energy facility on the outskirts of Lviv, near the Polish border, Mayor Andriy Sadovyi said, though no one was hurt there. In the central city of Kremenchuk, drones set fire to an oil refinery, Poltava regional head Volodymyr Kohut said.
Russia's Defense Ministry said its forces had carried out a "massive strike with high-precision long-range weapons" on Ukrainian energy and defense industry sites, and that all designated targets had been hit. The ministry said its air defenses destroyed 71 Ukrainian drones over several Russian regions overnight, 23 of them over the Bryansk region.
A source in Ukraine's Security Service, or SBU, told The Associated Press that Ukrainian long-range drones had struck an oil refinery in Ryazan, southeast of Moscow. The source spoke on condition of anonymity because they were not authorized to comment publicly. Ryazan's governor reported a fire at "an industrial facility" after drone debris fell.
Ukrainian President Volodymyr Zelenskyy said in a post on X that Moscow was "betting on freezing Ukrainians" and urged allies to speed up deliveries of air defense missiles. Poland said it scrambled fighter jets as a precaution during the attack.
Saturday's barrage was the largest on Kyiv since November, when a missile strike on an apartment building in the western city of Ternopil killed 38 people. Ukrainian officials have accused Russia of deliberately targeting the power and heating grid ahead of the coldest weeks of the winter.
Thousands of Kyiv residents spent the night in metro stations, and the city opened more than 1,200 heated "invincibility points" where people can warm up and charge phones.
___
Karamanlis reported from Athens, Greece. Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine
Copyright 2026 The Associated Press. All Rights Reserved.
"""

KYIV = G("Kyiv", "UA", aliases=["Darnytskyi district"])
FAS = G("Fastiv", "UA", aliases=["Fastiv district", "Kyiv region"])
LVIV = G("Lviv", "UA")
KRE = G("Kremenchuk", "UA")
BRY = R("Bryansk region", 53.0, 33.5, 150, ["Bryansk", "Bryansk Oblast"])
RYA = G("Ryazan", "RU", geoname="Ryazan’")
TER = G("Ternopil", "UA")
UA = R("Ukraine", 49.0, 31.5, 600, ["Ukraine"])

D = ("2026-01-24", "day", "text")
UNITS = [
    U("killed", 7, KYIV, ["Tymur Tkachenko", "officials"],
      ["Russian barrage kills 7 in Kyiv and cuts heat to thousands of buildings",
       "killing seven people in the capital"],
      D, ("ukraine", "civilian", "russia"), mod="claimed",
      note="Headline in the outlet's voice; body attributes to officials."),
    U("attack", None, KYIV, ["officials", "Tymur Tkachenko"],
      ["Russian barrage kills 7 in Kyiv",
       "The attack on Kyiv also wounded 41 people",
       "a nine-story building in the Darnytskyi district that partially collapsed after a direct hit"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 41, KYIV, ["Tymur Tkachenko"], ["The attack on Kyiv also wounded 41 people, including four children"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 4, KYIV, ["Tymur Tkachenko"], ["wounded 41 people, including four children"],
      D, ("ukraine", "civilian", "russia"), mod="claimed", note="Children among the wounded."),
    U("materiel_lost", 603, UA, ["Ukraine's air force"],
      ["Air defenses shot down or jammed 603 of the drones and 39 of the missiles"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed", note="Interceptions, item drone; launch counts are not units."),
    U("materiel_lost", 39, UA, ["Ukraine's air force"],
      ["Air defenses shot down or jammed 603 of the drones and 39 of the missiles"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed", note="Interceptions, item missile."),
    U("killed", 1, FAS, ["Mykola Kalashnyk"],
      ["a woman was killed when debris fell on her house in the Fastiv district of the Kyiv region"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("attack", None, FAS, ["Mykola Kalashnyk"],
      ["a woman was killed when debris fell on her house in the Fastiv district of the Kyiv region"],
      D, ("ukraine", "civilian", "russia"), mod="claimed", opt=True,
      note="Known only through falling debris."),
    U("attack", None, LVIV, ["Andriy Sadovyi"],
      ["A missile struck an energy facility on the outskirts of Lviv"],
      D, ("ukraine", "ukraine", "russia"), mod="claimed"),
    U("attack", None, KRE, ["Volodymyr Kohut"],
      ["In the central city of Kremenchuk, drones set fire to an oil refinery"],
      D, ("ukraine", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 71, None, ["Russia's Defense Ministry", "The ministry"],
      ["its air defenses destroyed 71 Ukrainian drones over several Russian regions overnight"],
      D, ("russia", "ukraine", "russia"), mod="claimed", note="Interceptions; no single place."),
    U("materiel_lost", 23, BRY, ["Russia's Defense Ministry", "The ministry"],
      ["23 of them over the Bryansk region"],
      D, ("russia", "ukraine", "russia"), mod="claimed", note="Subset of the 71, stated for a named region."),
    U("attack", None, RYA, ["A source in Ukraine's Security Service", "SBU", "Security Service"],
      ["Ukrainian long-range drones had struck an oil refinery in Ryazan"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed",
      note="Ryazan's governor speaks only of a fire after debris fell."),
    U("attack", None, TER, None,
      ["a missile strike on an apartment building in the western city of Ternopil killed 38 people"],
      ("2025-11", "month", "text"), (None, "civilian", "russia"), note="Background event."),
    U("killed", 38, TER, None,
      ["a missile strike on an apartment building in the western city of Ternopil killed 38 people"],
      ("2025-11", "month", "text"), (None, "civilian", "russia"), note="Background event with a figure."),
    U("affected", 1000, KYIV, None, ["Thousands of Kyiv residents spent the night in metro stations"],
      D, (None, "civilian", None), opt=True, note="Sheltering; vague 'thousands'."),
]
