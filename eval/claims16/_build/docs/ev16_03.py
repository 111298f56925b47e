from lib import G, A, R, U, PUB, text

ID = "ev16-03"
URL = "https://kestrel-analysis.eu/briefs/northern-front-brief-2026-02-23"
TITLE = "Northern Front Brief: contested Kindrativka, a foiled border raid and strikes on both sides of the Sumy frontier"
PUBLISHED = "2026-02-24"
CONFLICT = "Russia-Ukraine"
FORM = "think-tank front-line brief (Sumy/Kharkiv border, Belgorod/Kursk)"

TEXT = text(
"Kestrel Defence Analysis",
"Home › Briefs › Ukraine",
"We value your privacy. We and our partners use cookies to personalise content. [Accept] [Reject] [Preferences]",
"Northern Front Brief: contested Kindrativka, a foiled border raid and strikes on both sides of the Sumy frontier",
"Brief No. 212 | Covers 20–23 February 2026 | Published 24 February 2026 | Reading time 7 min",
"Bottom line up front",
"Moscow's claims of fresh gains north of Sumy are not borne out by imagery. The only confirmed change on the Sumy axis over the period favours Ukraine: a Ukrainian push into the southern outskirts of Yunakivka. Ukrainian commanders warn that Russia is massing forces for a spring offensive toward Sumy city.",
"1. Sumy axis",
"On 21 February the Russian defence ministry claimed that units of the Northern grouping had taken Kindrativka, a village 11 km from the border that has changed hands at least three times since last summer. Ukraine's Northern operational command denied the claim the same evening, saying Russian assault groups were 'thrown back to their starting positions' and that Ukrainian troops hold the village.",
"We found no footage placing Russian troops in Kindrativka after 14 February. Footage from 22 February, however, shows a Ukrainian armoured vehicle on the southern edge of Yunakivka, which Russian forces have occupied since the spring of 2025, indicating a limited Ukrainian advance there.",
"Russian aviation continued to drop guided bombs on frontline villages.",
"Overnight on 23 February, Shahed drones struck the Kovpakivskyi district of Sumy, wounding nine people, three of them children, the regional administration said.",
"In the far north of the oblast, Ukraine's State Border Guard Service said its troops foiled an attempt by a Russian sabotage and reconnaissance group to cross into the country near Esman on 20 February, killing four of its members and capturing one.",
"The administration has ordered the mandatory evacuation of 11 villages in the Velyka Pysarivka community, which Russian glide bombs hit almost daily. A total of 620 people have been evacuated from the area so far this month.",
"Running toll: since 1 January, Russian attacks have killed 63 civilians and wounded 287 in Sumy Oblast, according to regional figures published on 23 February.",
"2. Kharkiv border",
"The Russian defence ministry claimed on 20 February that its troops had 'liberated' Dvorichna, on the Oskil north of Kupiansk. Ukraine's General Staff has not commented. Geolocated footage from 21 February does show Russian troops advancing north of Velykyi Burluk, along the border road.",
"3. Across the border",
"Belgorod region governor Andrei Shestov wrote on Telegram on 22 February that Ukrainian drones killed three people in Shebekino, where a drone hit a minibus. The Russian defence ministry said its air defences downed 57 Ukrainian drones over Belgorod and Kursk regions in the 24 hours to 23 February.",
"The Ukrainian General Staff said on 21 February that it had struck a Russian command post in Tyotkino, in Kursk region, killing 'up to 30' Russian servicemen. The acting governor of Kursk region denied that any soldiers had been killed, saying the drones had hit a grain warehouse.",
"4. Outlook",
"Lt. Gen. Mykhailo Danylenko, who commands Ukraine's northern operational command, warned on 23 February that Russia has concentrated about 50,000 troops across the border and could try to push on Sumy itself once the ground dries in April.",
"Download this brief (PDF, 1.2 MB)",
"Related briefs: Southern Front Brief No. 211 | Black Sea Brief No. 44",
"Kestrel Defence Analysis is an independent research group. Subscribe to receive our briefs by email.",
)

KINDR = G("Kindrativka", "UA", "21")
YUNAK = G("Yunakivka", "UA", "21")
MYROP = G("Myropillia", "UA", "21")
KHOTIN = G("Khotin", "UA", "21")
SUMY = G("Sumy", "UA", "21")
SHOSTKA = G("Shostka", "UA", "21")
ESMAN = G("Esman", "UA", "21")
VPYS = G("Velyka Pysarivka", "UA", "21")
SUMY_OBL = R("Sumy Oblast", 50.9, 34.5, 120, aliases=["Sumy region", "Sumy"])
DVORICHNA = G("Dvorichna", "UA", "07")
VBURLUK = G("Velykyi Burluk", "UA", "07")
SHEBEKINO = G("Shebekino", "RU")
GRAYVORON = G("Grayvoron", "RU")
BELG_KURSK = R("Belgorod and Kursk regions", 51.1, 36.4, 200, aliases=["Belgorod region", "Kursk region", "Belgorod", "Kursk"])
TYOTKINO = G("Tyotkino", "RU", geoname="Tetkino")

UNITS = [
    U("territory", None, KINDR, ["Russian defence ministry"],
      ["contested Kindrativka",
       "the Russian defence ministry claimed that units of the Northern grouping had taken Kindrativka",
       "Ukraine's Northern operational command denied the claim the same evening"],
      "2026-02-21", "russia/ukraine/russia", modality="denied"),
    U("attack", None, KINDR, ["Ukraine's Northern operational command", "Northern operational command"],
      ["Russian assault groups were 'thrown back to their starting positions'"], "2026-02-21", "ukraine/ukraine/russia"),
    U("territory", None, YUNAK, None,
      ["a Ukrainian push into the southern outskirts of Yunakivka",
       "indicating a limited Ukrainian advance there"],
      "2026-02-22", "-/russia/ukraine",
      note="Russian occupation 'since the spring of 2025' is folded into the same unit."),
    U("attack", None, SUMY, ["regional administration", "Sumy regional military administration"],
      ["Shahed drones struck the Kovpakivskyi district of Sumy"], "2026-02-23", "ukraine/civilian/russia"),
    U("wounded", 9, SUMY, ["regional administration"],
      ["wounding nine people, three of them children"], "2026-02-23", "ukraine/civilian/russia"),
    U("wounded", 3, SUMY, ["regional administration"],
      ["three of them children"], "2026-02-23", "ukraine/civilian/russia", note="children among the nine"),
    U("attack", None, ESMAN, ["State Border Guard Service", "Ukraine's State Border Guard Service"],
      ["an attempt by a Russian sabotage and reconnaissance group to cross into the country near Esman on 20 February"],
      "2026-02-20", "ukraine/ukraine/russia"),
    U("killed", 4, ESMAN, ["State Border Guard Service"],
      ["killing four of its members and capturing one"], "2026-02-20", "ukraine/russia/ukraine"),
    U("captured", 1, ESMAN, ["State Border Guard Service"],
      ["killing four of its members and capturing one"], "2026-02-20", "ukraine/russia/ukraine"),
    U("attack", None, VPYS, None,
      ["the Velyka Pysarivka community, which Russian glide bombs hit almost daily"], PUB, "-/civilian/russia"),
    U("displaced", 620, VPYS, ["The administration", "Sumy regional military administration"],
      ["A total of 620 people have been evacuated from the area so far this month"],
      "2026-02", "ukraine/civilian/russia", scope="cumulative"),
    U("killed", 63, SUMY_OBL, ["regional figures", "Sumy regional military administration"],
      ["since 1 January, Russian attacks have killed 63 civilians and wounded 287 in Sumy Oblast"],
      "2026-02-23", "ukraine/civilian/russia", scope="cumulative"),
    U("wounded", 287, SUMY_OBL, ["regional figures", "Sumy regional military administration"],
      ["since 1 January, Russian attacks have killed 63 civilians and wounded 287 in Sumy Oblast"],
      "2026-02-23", "ukraine/civilian/russia", scope="cumulative"),
    U("territory", None, DVORICHNA, ["Russian defence ministry"],
      ["its troops had 'liberated' Dvorichna"], "2026-02-20", "russia/ukraine/russia"),
    U("territory", None, VBURLUK, None,
      ["Russian troops advancing north of Velykyi Burluk"], "2026-02-21", "-/ukraine/russia"),
    U("attack", None, SHEBEKINO, ["Andrei Shestov", "Belgorod region governor"],
      ["Ukrainian drones killed three people in Shebekino, where a drone hit a minibus"],
      "2026-02-22", "russia/civilian/ukraine"),
    U("killed", 3, SHEBEKINO, ["Andrei Shestov", "Belgorod region governor"],
      ["Ukrainian drones killed three people in Shebekino"], "2026-02-22", "russia/civilian/ukraine"),
    U("materiel_lost", 57, BELG_KURSK, ["Russian defence ministry"],
      ["its air defences downed 57 Ukrainian drones over Belgorod and Kursk regions"],
      "2026-02-23", "russia/ukraine/russia", note="item drone"),
    U("attack", None, TYOTKINO, ["Ukrainian General Staff"],
      ["it had struck a Russian command post in Tyotkino, in Kursk region",
       "the drones had hit a grain warehouse"],
      "2026-02-21", "ukraine/russia/ukraine",
      note="The strike itself is acknowledged by the Kursk governor (different target)."),
    U("killed", 30, TYOTKINO, ["Ukrainian General Staff"],
      ["killing 'up to 30' Russian servicemen",
       "The acting governor of Kursk region denied that any soldiers had been killed"],
      "2026-02-21", "ukraine/russia/ukraine", modality="denied", note="qualifier at_most; denied by the Kursk governor"),
    U("territory", None, SUMY, ["Mykhailo Danylenko", "northern operational command"],
      ["Ukrainian commanders warn that Russia is massing forces for a spring offensive toward Sumy city",
       "could try to push on Sumy itself once the ground dries in April"],
      "2026-02-23", "ukraine/ukraine/russia", modality="warned",
      note="Warned offensive; shares the place of the Sumy attack unit but is a different category."),
]
