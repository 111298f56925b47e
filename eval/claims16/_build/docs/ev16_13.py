from lib import G, A, R, U, PUB, text

ID = "ev16-13"
URL = "https://www.france24.com/en/middle-east/20260203-israeli-strikes-kill-four-in-south-lebanon"
TITLE = "Israeli strikes kill four in south Lebanon; Hezbollah denies firing rockets at Metula"
PUBLISHED = "2026-02-03T18:05:00+01:00"
CONFLICT = "Israel-Lebanon"
FORM = "AFP wire copy on a broadcaster site (video caption repeated, newsletter prompt)"

TEXT = text(
"Israeli strikes kill four in south Lebanon; Hezbollah denies firing rockets at Metula",
"Issued on: 03/02/2026 - 18:05",
"Video by: FRANCE 24",
"Smoke rises after an Israeli strike near Nabatieh, southern Lebanon, on February 3, 2026. © AFP",
"Smoke rises after an Israeli strike near Nabatieh, southern Lebanon, on February 3, 2026. © AFP",
"Beirut (AFP) – Israeli strikes on south Lebanon killed four people on Tuesday, Lebanon's health ministry said, as Israel's army said it had targeted Hezbollah fighters and weapons sites despite a ceasefire in force for more than a year.",
"A drone strike on a car on the road between Nabatieh and Kfar Roummane killed two people, the ministry said in a statement. An AFP photographer saw the vehicle's charred wreck being towed away.",
"Separate strikes killed a man riding a motorcycle in Bint Jbeil and a municipal employee in the border village of Aitaroun, according to the ministry and the official National News Agency.",
"The Israeli military said it had \"eliminated three Hezbollah terrorists\" who were \"attempting to re-establish terror infrastructure\".",
"Earlier, the army said two rockets were fired from Lebanon towards Metula, one of which was intercepted while the other fell in an open area. It was the first such incident in months.",
"Hezbollah denied any involvement. \"The resistance has nothing to do with the launch towards Metula,\" the group said in a brief statement, suggesting that \"suspicious parties\" were trying to provide Israel with a pretext.",
"Israeli Defence Minister Israel Katz warned that Israel would strike Beirut's southern suburbs \"with full force\" if Hezbollah \"continues to play with fire\".",
"Israel has kept up near-daily strikes on Lebanon since the November 2024 truce that ended more than a year of hostilities with Hezbollah, including two months of all-out war. More than 340 people have been killed by Israeli fire in Lebanon since the ceasefire, according to a health ministry count.",
"The 2023-2024 war killed more than 4,000 people in Lebanon. More than 64,000 people remain displaced from southern border villages, according to the International Organization for Migration.",
"Under the ceasefire, Hezbollah was to pull its fighters back north of the Litani, about 30 kilometres from the border, and Israel was to withdraw from Lebanon; it still holds five hilltop positions.",
"burs-lk/jsa",
"Daily newsletter — Receive essential international news every morning. Subscribe",
"Read more",
"Lebanese army completes first phase of Hezbollah disarmament plan south of Litani",
)

NABATIEH = G("Nabatieh", "LB")
BINT = G("Bint Jbeil", "LB")
AITAROUN = A("Aitaroun", 33.117, 35.475)
JBAA = A("Jbaa", 33.49, 35.52)
METULA = G("Metula", "IL")
DAHIYEH = A("Beirut's southern suburbs", 33.85, 35.50, aliases=["Beirut", "Dahiyeh", "southern suburbs"])
SOUTH_LB = R("south Lebanon", 33.25, 35.40, 50, aliases=["southern Lebanon", "Lebanon"])
LEBANON = R("Lebanon", 33.9, 35.8, 120)
BORDER_VILLAGES = R("southern border villages", 33.15, 35.45, 30, aliases=["south Lebanon", "southern Lebanon"])
D = "2026-02-03"
MOH = ["Lebanon's health ministry", "health ministry", "the ministry"]
IDF = ["The Israeli military", "Israel's army", "the army"]
UNITS = [
    U("killed", 4, SOUTH_LB, MOH,
      ["Israeli strikes kill four in south Lebanon", "Israeli strikes on south Lebanon killed four people on Tuesday"],
      D, "other/-/israel", note="Lebanese health ministry: side other per world README"),
    U("attack", None, NABATIEH, MOH,
      ["Smoke rises after an Israeli strike near Nabatieh",
       "A drone strike on a car on the road between Nabatieh and Kfar Roummane"],
      D, "other/-/israel", note="caption printed twice"),
    U("killed", 2, NABATIEH, MOH, ["killed two people, the ministry said in a statement"], D, "other/-/israel"),
    U("attack", None, BINT, MOH + ["National News Agency"],
      ["Separate strikes killed a man riding a motorcycle in Bint Jbeil"], D, "other/-/israel"),
    U("attack", None, AITAROUN, MOH + ["National News Agency"],
      ["a municipal employee in the border village of Aitaroun"], D, "other/civilian/israel",
      note="Within 25 km of Bint Jbeil."),
    U("killed", 1, BINT, MOH + ["National News Agency"],
      ["Separate strikes killed a man riding a motorcycle in Bint Jbeil and a municipal employee in the border village of Aitaroun"],
      D, "other/-/israel", note="Two single deaths in two villages collapse into one (killed, 1) unit."),
    U("killed", 3, SOUTH_LB, IDF, ["\"eliminated three Hezbollah terrorists\""], D, "israel/hezbollah/israel"),
    U("attack", None, METULA, IDF,
      ["two rockets were fired from Lebanon towards Metula",
       "Hezbollah denies firing rockets at Metula",
       "Hezbollah denied any involvement.",
       "\"The resistance has nothing to do with the launch towards Metula,\""],
      D, "israel/israel/hezbollah", modality="denied"),
    U("materiel_lost", 1, METULA, IDF, ["one of which was intercepted while the other fell in an open area"],
      D, "israel/hezbollah/israel", note="interception; item missile (rocket)"),
    U("attack", None, DAHIYEH, ["Israel Katz", "Israeli Defence Minister"],
      ["Israel would strike Beirut's southern suburbs \"with full force\""], D, "israel/hezbollah/israel", modality="warned"),
    U("attack", None, LEBANON, None, ["Israel has kept up near-daily strikes on Lebanon since the November 2024 truce"],
      D, "-/-/israel", scope="cumulative", optional=True, note="country-wide running pattern"),
    U("territory", 5, SOUTH_LB, None, ["it still holds five hilltop positions"], D, "-/other/israel", optional=True,
      note="Israeli-held positions inside Lebanon"),
    U("killed", 340, LEBANON, MOH,
      ["More than 340 people have been killed by Israeli fire in Lebanon since the ceasefire"], D, "other/-/israel",
      scope="cumulative"),
    U("killed", 4000, LEBANON, None, ["The 2023-2024 war killed more than 4,000 people in Lebanon."], "2024",
      "-/-/israel", scope="cumulative", note="background total asserted by the outlet"),
    U("displaced", 64000, BORDER_VILLAGES, ["International Organization for Migration"],
      ["More than 64,000 people remain displaced from southern border villages"], D, "other/civilian/israel",
      scope="cumulative"),
]
