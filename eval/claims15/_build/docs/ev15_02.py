from lib import G, M, R, U

ID = "ev15-02"
URL = "https://warmapjournal.substack.com/p/front-line-review-huliaipole-kupiansk-dec-6"
TITLE = "Front line review: Russia breaks into Huliaipole as Kupiansk fight turns"
PUBLISHED = "2025-12-06T09:10:00+00:00"

TEXT = """War Map Journal
Subscribe
Sign in
Front line review: Russia breaks into Huliaipole as Kupiansk fight turns
Zaporizhzhia axis under the heaviest pressure since 2023; in the north-east, Ukraine says the Russian grouping in Kupiansk is all but destroyed
Tomas Reinholt and Ilya Vasko
Dec 6, 2025
42
11
Share
Map legend: red hatching = assessed Russian advance; orange dots = claimed but unconfirmed; blue = Ukrainian counterattacks.
1. Huliaipole: the town itself is now in play
Russian troops have entered the north-eastern edge of Huliaipole. Footage we geolocated on December 4 shows a Russian assault group moving between private houses on the town's Zaliznychna street, the first confirmed Russian presence inside Huliaipole since the spring of 2022.
The approach was opened by the fall of the villages on the Haichur river. The Russian Defence Ministry said on December 5 that troops of its "Vostok" group had taken Uspenivka, north-east of the town; we cannot confirm that, but we have seen imagery that places Russian infantry in Zatyshshia, a few kilometres to the south, since at least December 3.
Further west, Russian milbloggers say Rivnopillia has fallen. Vladyslav Voloshyn, spokesman for Ukraine's Southern Defence Forces, denied that Rivnopillia had been captured, saying Ukrainian troops had pushed two Russian infiltration groups out of the village on December 4.
Authorities have been emptying the district. About 1,300 people, 170 of them children, have been evacuated from Huliaipole district since mid-November, according to the Zaporizhzhia regional administration.
2. Orikhiv and the Kakhovka shore
The picture west of Huliaipole is less dramatic but moving the same way. Russian forces have advanced into the eastern part of Stepnohirsk, a village that has sat on the line since 2023, and keep probing towards Prymorske along the reservoir.
Russian artillery and drones pounded Orikhiv through the week. Voloshyn warned that Russia was massing troops for an assault on Orikhiv itself, which would be the first ground attack on the town in more than two years.
Guided aerial bombs hit industrial areas of Zaporizhzhia city on the evening of December 5, killing two people and wounding 11, regional governor Ivan Fedorov said. It was the fourth bomb attack on the regional capital this week.
3. Kupiansk: claims and counterclaims
Two weeks after Russia's Defence Ministry announced on November 20 that Kupiansk had been "liberated", Ukraine's General Staff says its troops have cleared almost the whole town of Russian infiltration groups and that the Russian claim was false. Our own mapping supports the Ukrainian version for the northern and central districts.
The Joint Forces Grouping said Ukrainian units had taken 47 prisoners in Kupiansk since early November and had killed about 260 Russian soldiers inside the town over the same period. We cannot verify either figure.
Outside the town the balance is different. Russian forces have advanced south of Kupiansk near Kurylivka, and the Russian Defence Ministry on December 3 claimed the capture of Petropavlivka, east of the Oskil river.
Ukrainian drone units reported destroying four Russian boats that were ferrying troops across the Oskil between December 1 and December 5.
4. What we're watching
Whether Russia can cut the Huliaipole-Zaporizhzhia highway before the ground freezes.
Whether the Kupiansk clearance holds once Russian reinforcements reach the east bank.
Thanks for reading War Map Journal! Subscribe for free to receive new posts and support our work.
Type your email... Subscribe
Leave a comment
Share
"""

HUL = G("Huliaipole", "UA", geoname="Hulyaypole", a1="26")
USP = G("Uspenivka", "UA", a1="26", near=(47.78, 36.40))
ZAT = M("Zatyshshia", 47.73, 36.35)
RIV = M("Rivnopillia", 47.76, 36.12)
HDI = R("Huliaipole district", 47.67, 36.26, 40, ["Huliaipole"])
STE = G("Stepnohirsk", "UA")
PRY = G("Prymorske", "UA", a1="26", near=(47.64, 35.29))
ORI = G("Orikhiv", "UA")
ZAP = G("Zaporizhzhia", "UA", geoname="Zaporizhzhya", near=(47.85, 35.12))
KUP = G("Kupiansk", "UA", geoname="Kupyansk")
KUR = G("Kurylivka", "UA", a1="07")
PET = G("Petropavlivka", "UA", a1="07")
OSK = R("Oskil river", 49.6, 37.7, 30, ["Oskil"])

UNITS = [
    U("territory", None, HUL, None,
      ["Russia breaks into Huliaipole as Kupiansk fight turns",
       "Russian troops have entered the north-eastern edge of Huliaipole",
       "the first confirmed Russian presence inside Huliaipole since the spring of 2022"],
      ("2025-12-04", "day", "text"), (None, "ukraine", "russia")),
    U("territory", None, USP, ["Russian Defence Ministry"],
      ["The Russian Defence Ministry said on December 5 that troops of its \"Vostok\" group had taken Uspenivka"],
      ("2025-12-05", "day", "text"), ("russia", "ukraine", "russia"), mod="claimed"),
    U("territory", None, ZAT, None,
      ["we have seen imagery that places Russian infantry in Zatyshshia"],
      ("2025-12-03", "day", "text"), (None, "ukraine", "russia"), note="Coordinates approximate."),
    U("territory", None, RIV, ["Russian milbloggers"],
      ["Russian milbloggers say Rivnopillia has fallen",
       "denied that Rivnopillia had been captured",
       "Ukrainian troops had pushed two Russian infiltration groups out of the village on December 4"],
      ("2025-12-06", "day", "published"), ("russia", "ukraine", "russia"), mod="denied",
      note="Milblogger claim denied by Voloshyn (Southern Defence Forces). Coordinates approximate."),
    U("displaced", 1300, HDI, ["Zaporizhzhia regional administration"],
      ["About 1,300 people, 170 of them children, have been evacuated from Huliaipole district since mid-November"],
      ("2025-12-06", "day", "published"), ("ukraine", "civilian", None), scope="cumulative", mod="claimed"),
    U("displaced", 170, HDI, ["Zaporizhzhia regional administration"],
      ["About 1,300 people, 170 of them children, have been evacuated"],
      ("2025-12-06", "day", "published"), ("ukraine", "civilian", None), scope="cumulative", mod="claimed",
      opt=True, note="Children subset of the evacuees."),
    U("territory", None, STE, None,
      ["Russian forces have advanced into the eastern part of Stepnohirsk"],
      ("2025-12-06", "day", "published"), (None, "ukraine", "russia")),
    U("territory", None, PRY, None, ["keep probing towards Prymorske along the reservoir"],
      ("2025-12-06", "day", "published"), (None, "ukraine", "russia"), opt=True, note="Probing, no change."),
    U("attack", None, ORI, None,
      ["Russian artillery and drones pounded Orikhiv through the week"],
      ("2025-12-06", "day", "published"), (None, None, "russia")),
    U("territory", None, ORI, ["Vladyslav Voloshyn", "Voloshyn"],
      ["Voloshyn warned that Russia was massing troops for an assault on Orikhiv itself"],
      ("2025-12-06", "day", "published"), ("ukraine", "ukraine", "russia"), mod="warned",
      note="Feared future ground assault."),
    U("attack", None, ZAP, ["Ivan Fedorov"],
      ["Guided aerial bombs hit industrial areas of Zaporizhzhia city on the evening of December 5"],
      ("2025-12-05", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 2, ZAP, ["Ivan Fedorov"], ["killing two people and wounding 11"],
      ("2025-12-05", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 11, ZAP, ["Ivan Fedorov"], ["killing two people and wounding 11"],
      ("2025-12-05", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("territory", None, KUP, ["Russia's Defence Ministry", "Ukraine's General Staff"],
      ["Russia's Defence Ministry announced on November 20 that Kupiansk had been \"liberated\"",
       "Ukraine says the Russian grouping in Kupiansk is all but destroyed",
       "Ukraine's General Staff says its troops have cleared almost the whole town of Russian infiltration groups and that the Russian claim was false"],
      ("2025-11-20", "day", "text"), ("russia", "ukraine", "russia"), mod="denied",
      note="Russian capture claim, rejected by Ukraine's General Staff, which claims the town cleared: one (territory, Kupiansk) unit."),
    U("captured", 47, KUP, ["Joint Forces Grouping"],
      ["Ukrainian units had taken 47 prisoners in Kupiansk since early November"],
      ("2025-12-06", "day", "published"), ("ukraine", "russia", "ukraine"), scope="cumulative", mod="claimed"),
    U("killed", 260, KUP, ["Joint Forces Grouping"],
      ["had killed about 260 Russian soldiers inside the town over the same period"],
      ("2025-12-06", "day", "published"), ("ukraine", "russia", "ukraine"), scope="cumulative", mod="claimed"),
    U("territory", None, KUR, None, ["Russian forces have advanced south of Kupiansk near Kurylivka"],
      ("2025-12-06", "day", "published"), (None, "ukraine", "russia")),
    U("territory", None, PET, ["Russian Defence Ministry"],
      ["the Russian Defence Ministry on December 3 claimed the capture of Petropavlivka"],
      ("2025-12-03", "day", "text"), ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 4, OSK, ["Ukrainian drone units"],
      ["Ukrainian drone units reported destroying four Russian boats"],
      ("2025-12-05", "day", "text"), ("ukraine", "russia", "ukraine"), mod="claimed",
      note="item ship; period December 1-5, dated to its end."),
]
