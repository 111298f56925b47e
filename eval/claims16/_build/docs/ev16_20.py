from lib import G, A, R, U, PUB, text

ID = "ev16-20"
URL = "https://www.barrons.com/news/al-shabaab-storms-somali-army-base-in-hiran-2026-02-20"
TITLE = "Al-Shabaab storms Somali army base in Hiran, rival tolls given"
PUBLISHED = "2026-02-20T13:25:00Z"
CONFLICT = "Somalia"
FORM = "AFP wire copy on a syndication site"

TEXT = text(
"Al-Shabaab storms Somali army base in Hiran, rival tolls given",
"AFP | Feb 20, 2026, 8:25 AM EST",
"Al-Shabaab jihadists stormed a Somali army base in the central Hiran region before dawn on Friday, triggering hours of fighting, with the government and the insurgents giving wildly different death tolls.",
"The militants rammed a car bomb into the gate of the base near Buulobarde and then poured in, a military officer told AFP on condition of anonymity.",
"In a statement on its Radio Andalus, the Al-Qaeda-linked group said its fighters had \"overrun\" the base and killed 47 soldiers. Deputy Information Minister Abdirahman Yusuf Hirsi rejected that figure as \"propaganda\", saying nine soldiers were killed and that troops backed by local clan militias killed 76 of the attackers.",
"Residents of Buulobarde said the insurgents briefly held the base before withdrawing as reinforcements arrived from Beledweyne. \"We saw their vehicles leaving with the wounded and with weapons they took,\" a shopkeeper, Hassan Ali, said by phone.",
"An Al-Shabaab spokesman later threatened further attacks on Beledweyne, the regional capital, where government forces and their allies have been regrouping.",
"In the northern semi-autonomous region of Puntland, the US Africa Command (AFRICOM) said it had carried out an airstrike against the Islamic State group in the Cal Miskaad mountains, southeast of Bosaso, on Wednesday. Puntland security forces said separately that they had killed 13 IS fighters and captured four foreign militants in the area this week.",
"The UN humanitarian agency OCHA says more than 41,000 people have fled fighting in Hiran and Middle Shabelle since January.",
"Al-Shabaab, which has been waging a bloody insurgency against Somalia's fragile federal government for nearly two decades, retook swathes of Middle Shabelle in 2025, including the strategic town of Adan Yabaal.",
"str-bur/txw",
"© 2026 AFP",
)

BUULO = G("Buulobarde", "SO", aliases=["Bulo Burte", "Hiran"])
BELED = G("Beledweyne", "SO")
MOGADISHU = G("Mogadishu", "SO")
CAL_MISKAAD = R("Cal Miskaad mountains", 10.9, 49.6, 60, aliases=["Cal Miskaad", "Puntland", "Bosaso"])
HIRAN_MS = R("Hiran and Middle Shabelle", 3.6, 45.6, 200, aliases=["Hiran", "Middle Shabelle"])
ADAN_YABAAL = A("Adan Yabaal", 3.37, 46.05, aliases=["Middle Shabelle"])
D = "2026-02-20"
GOV = ["Abdirahman Yusuf Hirsi", "Deputy Information Minister", "the government"]
AS = ["Al-Shabaab", "Radio Andalus"]
UNITS = [
    U("attack", None, BUULO, ["military officer"] + AS,
      ["Al-Shabaab storms Somali army base in Hiran",
       "Al-Shabaab jihadists stormed a Somali army base in the central Hiran region before dawn on Friday",
       "The militants rammed a car bomb into the gate of the base near Buulobarde"],
      D, "other/other/armed_groups", note="Somali army: state force without an id, 'other'; al-Shabaab: armed_groups"),
    U("territory", None, BUULO, AS + ["Residents of Buulobarde", "Residents"],
      ["its fighters had \"overrun\" the base", "the insurgents briefly held the base before withdrawing"],
      D, "armed_groups/other/armed_groups"),
    U("killed", 47, BUULO, AS,
      ["killed 47 soldiers", "rejected that figure as \"propaganda\""], D, "armed_groups/other/armed_groups", modality="denied"),
    U("killed", 9, BUULO, GOV, ["saying nine soldiers were killed"], D, "other/other/armed_groups"),
    U("killed", 76, BUULO, GOV, ["killed 76 of the attackers"], D, "other/armed_groups/other"),
    U("attack", None, BELED, ["Al-Shabaab spokesman"], ["threatened further attacks on Beledweyne, the regional capital"],
      D, "armed_groups/other/armed_groups", modality="warned"),
    U("attack", None, CAL_MISKAAD, ["US Africa Command", "AFRICOM"],
      ["it had carried out an airstrike against the Islamic State group in the Cal Miskaad mountains"],
      "2026-02-18", "united_states/armed_groups/united_states"),
    U("killed", 13, CAL_MISKAAD, ["Puntland security forces"], ["they had killed 13 IS fighters and captured four foreign militants"],
      PUB, "other/armed_groups/other"),
    U("captured", 4, CAL_MISKAAD, ["Puntland security forces"], ["captured four foreign militants in the area this week"],
      PUB, "other/armed_groups/other"),
    U("displaced", 41000, HIRAN_MS, ["OCHA", "UN humanitarian agency OCHA"],
      ["more than 41,000 people have fled fighting in Hiran and Middle Shabelle since January"], D, "other/civilian/-",
      scope="cumulative"),
    U("territory", None, R("Middle Shabelle", 2.9, 45.6, 90, aliases=["Middle Shabelle region"]), None,
      ["retook swathes of Middle Shabelle in 2025"], "2025", "-/other/armed_groups", optional=True,
      note="regional control"),
    U("territory", None, ADAN_YABAAL, None, ["including the strategic town of Adan Yabaal"], "2025", "-/other/armed_groups",
      note="background event"),
]
