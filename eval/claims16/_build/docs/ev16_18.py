from lib import G, A, R, U, PUB, text

ID = "ev16-18"
URL = "https://www.irrawaddy-news.org/news/war-against-the-junta/junta-airstrike-kills-17-at-kani-monastery.html"
TITLE = "Junta Airstrike Kills 17 at Monastery Sheltering Displaced in Sagaing's Kani; AA Claims Base Near Kyaukphyu"
PUBLISHED = "2026-01-11T14:20:00+06:30"
CONFLICT = "Myanmar"
FORM = "local exile outlet story with photo caption and related teasers"

TEXT = text(
"THE IRRAWADDY NEWS",
"Burma | War Against the Junta | Elections | Opinion",
"Junta Airstrike Kills 17 at Monastery Sheltering Displaced in Sagaing's Kani; AA Claims Base Near Kyaukphyu",
"By The Irrawaddy | 11 January 2026",
"The destroyed monastery in Thit Seint Gyi village, Kani Township, on Saturday. / Kani Township People's Defense Force",
"A junta fighter jet bombed a Buddhist monastery in Thit Seint Gyi village in Sagaing Region's Kani Township on Saturday afternoon, killing 17 civilians, five of them children, and injuring more than 30, according to the local People's Defense Force (PDF) and residents.",
"The monastery was housing about 150 people who had fled earlier fighting in neighbouring villages, a member of the village administration told The Irrawaddy. \"Two bombs fell directly on the prayer hall,\" he said.",
"The junta has intensified airstrikes in resistance-held areas of Sagaing since the first phase of its widely criticised election on Dec. 28. The regime did not respond to requests for comment.",
"In Rakhine State, the Arakan Army (AA) said on Sunday that it had captured a junta battalion base on the outskirts of Kyaukphyu after a three-day assault, killing about 30 regime soldiers and seizing weapons. The AA already controls 14 of Rakhine's 17 townships, including all of northern Rakhine.",
"Junta spokesman Major General Aung Kyaw Soe denied on state television that any base near Kyaukphyu had fallen, saying troops had \"repelled the terrorist AA\".",
"The AA also urged residents of the state capital, Sittwe, to leave the city, warning that it would launch an offensive on Sittwe \"in the coming weeks\".",
"In Kachin State, junta-controlled media claimed that regime troops had broken the Kachin Independence Army's (KIA) year-long siege of Bhamo and regained control of the town's southern wards. The KIA said fighting was continuing.",
"In the northern Shan State, the Ta'ang National Liberation Army handed Mogok and Nawnghkio back to the regime last year under Chinese pressure.",
"According to the UN refugee agency, more than 3.6 million people are now internally displaced in Myanmar. The monitoring group Myanmar Witness Network said junta airstrikes killed at least 1,200 civilians in 2025.",
"Topics: Airstrikes, Arakan Army, Sagaing, Rakhine",
"You may also like these stories:",
"Junta Loses Another Base in Southern Chin",
"Voter Turnout Disputed as Regime Announces Second Election Phase",
)

KANI = A("Thit Seint Gyi village, Kani Township", 22.43, 94.85, aliases=["Kani", "Kani Township", "Thit Seint Gyi"])
KYAUKPHYU = A("Kyaukphyu", 19.43, 93.55)
SITTWE = G("Sittwe", "MM")
BHAMO = G("Bhamo", "MM")
MONYWA = G("Monywa", "MM")
MOGOK = G("Mogok", "MM")
NAWNGHKIO = A("Nawnghkio", 22.31, 96.80)
RAKHINE = R("Rakhine State", 20.1, 93.5, 250, aliases=["Rakhine", "northern Rakhine"])
MYANMAR = R("Myanmar", 21.0, 96.0, 700)
D = "2026-01-10"
PDF = ["People's Defense Force", "PDF", "Kani Township People's Defense Force", "residents"]
AA = ["Arakan Army", "AA"]
UNITS = [
    U("attack", None, KANI, PDF,
      ["A junta fighter jet bombed a Buddhist monastery in Thit Seint Gyi village in Sagaing Region's Kani Township on Saturday afternoon",
       "Junta Airstrike Kills 17 at Monastery",
       "The destroyed monastery in Thit Seint Gyi village, Kani Township, on Saturday."],
      D, "resistance/civilian/myanmar_junta"),
    U("killed", 17, KANI, PDF, ["Junta Airstrike Kills 17 at Monastery", "killing 17 civilians, five of them children"],
      D, "resistance/civilian/myanmar_junta"),
    U("killed", 5, KANI, PDF, ["five of them children"], D, "resistance/civilian/myanmar_junta"),
    U("wounded", 30, KANI, PDF, ["injuring more than 30"], D, "resistance/civilian/myanmar_junta"),
    U("affected", 150, KANI, ["a member of the village administration"],
      ["The monastery was housing about 150 people who had fled earlier fighting"], D, "other/civilian/myanmar_junta"),
    U("territory", None, KYAUKPHYU, AA,
      ["AA Claims Base Near Kyaukphyu",
       "it had captured a junta battalion base on the outskirts of Kyaukphyu after a three-day assault",
       "denied on state television that any base near Kyaukphyu had fallen"],
      "2026-01-11", "resistance/myanmar_junta/resistance", modality="denied",
      note="Arakan Army: 'resistance' (ethnic armed organisation)."),
    U("attack", None, KYAUKPHYU, AA + ["Aung Kyaw Soe", "Junta spokesman"],
      ["after a three-day assault", "saying troops had \"repelled the terrorist AA\""], "2026-01-11",
      "resistance/myanmar_junta/resistance", note="The assault is acknowledged by the junta, which says it was repelled."),
    U("attack", None, R("Sagaing Region", 22.5, 95.3, 200, aliases=["Sagaing"]), None,
      ["The junta has intensified airstrikes in resistance-held areas of Sagaing since the first phase of its widely criticised election on Dec. 28"],
      "2025-12-28", "-/resistance/myanmar_junta", optional=True, note="region-wide pattern of airstrikes"),
    U("attack", None, BHAMO, ["KIA", "Kachin Independence Army"], ["The KIA said fighting was continuing."], PUB,
      "resistance/-/-", optional=True, note="fighting without a named attacker"),
    U("killed", 30, KYAUKPHYU, AA, ["killing about 30 regime soldiers"], "2026-01-11", "resistance/myanmar_junta/resistance"),
    U("territory", 14, RAKHINE, None, ["The AA already controls 14 of Rakhine's 17 townships, including all of northern Rakhine."],
      PUB, "-/myanmar_junta/resistance", optional=True, note="regional control share"),
    U("territory", None, SITTWE, AA,
      ["warning that it would launch an offensive on Sittwe \"in the coming weeks\""], "2026-01-11",
      "resistance/myanmar_junta/resistance", modality="warned"),
    U("territory", None, BHAMO, ["junta-controlled media"],
      ["regime troops had broken the Kachin Independence Army's (KIA) year-long siege of Bhamo and regained control of the town's southern wards"],
      PUB, "myanmar_junta/resistance/myanmar_junta"),
    U("territory", None, MOGOK, None, ["handed Mogok and Nawnghkio back to the regime last year under Chinese pressure"],
      "2025", "-/resistance/myanmar_junta", note="background event"),
    U("territory", None, NAWNGHKIO, None, ["handed Mogok and Nawnghkio back to the regime last year under Chinese pressure"],
      "2025", "-/resistance/myanmar_junta", note="background event"),
    U("displaced", 3600000, MYANMAR, ["UN refugee agency", "UNHCR"],
      ["more than 3.6 million people are now internally displaced in Myanmar"], PUB, "other/civilian/-", scope="cumulative"),
    U("killed", 1200, MYANMAR, ["Myanmar Witness Network"], ["junta airstrikes killed at least 1,200 civilians in 2025"],
      "2025", "other/civilian/myanmar_junta", scope="cumulative"),
]
