from lib import G, M, R, U

ID = "ev15-06"
URL = "https://www.theguardian.com/world/live/2025/nov/08/russia-ukraine-war-live-prisoner-exchange-kharkiv-strike"
TITLE = "Russia-Ukraine war live: 185 Ukrainian soldiers return home in prisoner swap; two killed in Kharkiv glide-bomb attack"
PUBLISHED = "2025-11-08T17:10:00+00:00"

TEXT = """Russia-Ukraine war live: 185 Ukrainian soldiers return home in prisoner swap; two killed in Kharkiv glide-bomb attack
Zelenskyy says 20 civilians also freed; Russia claims advance on Mezhova, which Kyiv denies
Show key events only
Please turn on JavaScript to use this feature
Live feed
Key events
6h ago Ukrainian drones target Saratov refinery
5h ago Moscow airports shut as drones approach
Updated at 17.02 GMT
17.02 GMT
Zelenskyy: '185 heroes are home'
Volodymyr Zelenskyy has confirmed the exchange, saying 185 servicemen and 20 civilians had been returned to Ukraine. Many of those freed had been held since 2022, including defenders of Mariupol, he wrote on Telegram.
Russia's defence ministry said separately that 185 Russian servicemen had been returned from Ukrainian captivity under the deal, which was again brokered by the United Arab Emirates.
Share
16.20 GMT
Two killed as guided bombs hit Kharkiv
Russian guided bombs hit Kharkiv's Saltivskyi district this afternoon, killing two people and wounding 17, the regional governor, Oleh Syniehubov, said. One of the bombs landed in the courtyard of a school that was closed for the weekend.
Mayor Ihor Terekhov said 40 apartment buildings had broken windows.
Share
15.05 GMT
Russia says its troops have reached Mezhova; Kyiv says 'not true'
Russia's defence ministry has claimed that its forces "liberated" the eastern part of Mezhova, a town in the Dnipropetrovsk region that has become a logistics hub for Ukrainian forces in the south of the Donbas.
A spokesperson for Ukraine's Dnipro operational-strategic group of forces told the Guardian that the claim was "not true" and that Russian sabotage groups had been "destroyed on the approaches to the town".
Share
14.10 GMT
Drones hit Danube port of Izmail
Russian drones struck the Danube port of Izmail overnight, damaging a grain terminal and a Panama-flagged cargo vessel, the head of the Odesa regional administration, Oleh Kiper, said. There were no casualties.
Romania's defence ministry said it had detected a drone entering its airspace near the border town of Plauru for about three minutes.
Share
12.30 GMT
Moscow airports shut as drones approach
Moscow's mayor, Sergei Sobyanin, said air defences had shot down 28 drones heading for the Russian capital since the early morning. Flights were briefly suspended at Sheremetyevo and Vnukovo airports.
Share
11.15 GMT
Ukrainian drones target Saratov refinery
Ukraine's general staff says its drones struck the Saratov oil refinery on the Volga overnight, causing a fire. Saratov's governor, Roman Busargin, said a residential building was damaged by falling debris and two people were injured.
Share
09.05 GMT
Opening summary
Welcome back to our live coverage of Russia's war in Ukraine. Here are the latest developments:
Russia launched 45 drones at Ukraine overnight, of which 33 were shot down or suppressed, Ukraine's air force said.
The UN human rights monitoring mission in Ukraine said at least 174 civilians were killed and 1,110 injured across Ukraine in October, the highest monthly toll since the start of the year.
A prisoner exchange is under way, according to Ukraine's coordination headquarters for the treatment of prisoners of war.
Share
Most viewed
"""

KHA = G("Kharkiv", "UA", aliases=["Saltivskyi district"])
MEZ = G("Mezhova", "UA")
IZM = G("Izmail", "UA", geoname="Izmayil")
MOS = G("Moscow", "RU", aliases=["Russian capital"])
SAR = G("Saratov", "RU")
UA = R("Ukraine", 49.0, 31.5, 600)

P = ("2025-11-08", "day", "published")
D = ("2025-11-08", "day", "text")
UNITS = [
    U("captured", 185, UA, ["Volodymyr Zelenskyy", "Zelenskyy", "Russia's defence ministry"],
      ["185 Ukrainian soldiers return home in prisoner swap",
       "saying 185 servicemen and 20 civilians had been returned to Ukraine",
       "185 Russian servicemen had been returned from Ukrainian captivity under the deal"],
      D, ("ukraine", "ukraine", "russia"), mod="claimed",
      note="Prisoner exchange: 185 each way, one (captured, 185) unit."),
    U("captured", 20, UA, ["Volodymyr Zelenskyy", "Zelenskyy"],
      ["Zelenskyy says 20 civilians also freed", "185 servicemen and 20 civilians had been returned to Ukraine"],
      D, ("ukraine", "civilian", "russia"), mod="claimed", note="Civilians returned in the exchange."),
    U("attack", None, KHA, ["Oleh Syniehubov"],
      ["two killed in Kharkiv glide-bomb attack",
       "Two killed as guided bombs hit Kharkiv",
       "Russian guided bombs hit Kharkiv's Saltivskyi district this afternoon"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 2, KHA, ["Oleh Syniehubov"],
      ["two killed in Kharkiv glide-bomb attack", "Two killed as guided bombs hit Kharkiv",
       "killing two people and wounding 17"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 17, KHA, ["Oleh Syniehubov"], ["killing two people and wounding 17"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("territory", None, MEZ, ["Russia's defence ministry"],
      ["Russia claims advance on Mezhova, which Kyiv denies",
       "Russia says its troops have reached Mezhova",
       "its forces \"liberated\" the eastern part of Mezhova",
       "Russian sabotage groups had been \"destroyed on the approaches to the town\""],
      P, ("russia", "ukraine", "russia"), mod="denied",
      note="Denied by Ukraine's Dnipro operational-strategic group."),
    U("attack", None, IZM, ["Oleh Kiper"],
      ["Drones hit Danube port of Izmail",
       "Russian drones struck the Danube port of Izmail overnight"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("materiel_lost", 28, MOS, ["Sergei Sobyanin"],
      ["air defences had shot down 28 drones heading for the Russian capital"],
      D, ("russia", "ukraine", "russia"), mod="claimed"),
    U("attack", None, SAR, ["Ukraine's general staff"],
      ["Ukrainian drones target Saratov refinery",
       "its drones struck the Saratov oil refinery on the Volga overnight"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed"),
    U("wounded", 2, SAR, ["Roman Busargin"],
      ["a residential building was damaged by falling debris and two people were injured"],
      D, ("russia", "civilian", "ukraine"), mod="claimed"),
    U("materiel_lost", 33, UA, ["Ukraine's air force"],
      ["Russia launched 45 drones at Ukraine overnight, of which 33 were shot down or suppressed"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed", note="Interceptions; 45 launched is not a unit."),
    U("killed", 174, UA, ["UN human rights monitoring mission", "UN human rights monitoring mission in Ukraine"],
      ["at least 174 civilians were killed and 1,110 injured across Ukraine in October"],
      ("2025-10", "month", "text"), ("other", "civilian", None), scope="cumulative", mod="claimed",
      note="Monthly aggregate of many incidents."),
    U("wounded", 1110, UA, ["UN human rights monitoring mission", "UN human rights monitoring mission in Ukraine"],
      ["at least 174 civilians were killed and 1,110 injured across Ukraine in October"],
      ("2025-10", "month", "text"), ("other", "civilian", None), scope="cumulative", mod="claimed"),
]
