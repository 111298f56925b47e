from lib import G, A, R, U, PUB, text

ID = "ev16-09"
URL = "https://www.reuters.com/world/africa/sudans-rsf-says-it-seized-babanusa-base-army-denies-2025-12-06/"
TITLE = "Sudan's RSF says it seized Babanusa base, army denies; drones hit El Obeid"
PUBLISHED = "2025-12-06T16:30:00Z"
CONFLICT = "Sudan"
FORM = "wire copy (Kordofan: claims/denials, drone strikes, running totals)"

TEXT = text(
"Sudan's RSF says it seized Babanusa base, army denies; drones hit El Obeid",
"By Omar Hassan and Rania Salih",
"December 6, 2025 4:30 PM GMT | Updated 3 hours ago",
"CAIRO, Dec 6 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Saturday they had overrun the army's 22nd Infantry Division headquarters in Babanusa, in West Kordofan, after a siege of more than 18 months, a claim the army rejected as \"lies\".",
"In a statement on Telegram, the RSF said its fighters killed hundreds of soldiers and allied militiamen in the assault and took 37 officers and soldiers prisoner. It posted videos showing fighters celebrating inside what appeared to be the base's gate. Reuters could not verify the footage's location or date.",
"Army spokesman Brigadier Hassan al-Tayeb said troops in Babanusa had repelled the attack, killing more than 200 RSF fighters and destroying 16 combat vehicles. \"The division stands firm,\" he told Reuters by phone.",
"Babanusa is one of the army's last positions in West Kordofan after the RSF took El Fasher, the final army stronghold in Darfur, in October. The International Organization for Migration said 4,200 people had fled Babanusa and nearby villages since Tuesday.",
"Further east, drones struck a power station and a fuel depot in El Obeid, the capital of North Kordofan, on Friday night, killing five civilians and wounding 11, a local official said. The army-aligned government blamed the RSF, which did not comment.",
"The army said its aircraft struck RSF convoys near En Nahud in West Kordofan, destroying 23 vehicles mounted with weapons.",
"In a video posted on Telegram, an RSF field commander vowed that his forces would \"pray in El Obeid\" before the end of the year, raising fears of a push on the city of nearly half a million people.",
"The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and uprooted about 12 million, creating what the United Nations calls the world's largest humanitarian crisis.",
"(Reporting by Omar Hassan in Port Sudan and Rania Salih in Cairo; Editing by Richard Lowe)",
"Read Next",
"Famine spreads to new areas of Kordofan, monitors say",
)

BABANUSA = G("Babanusa", "SD", geoname="Babanusa")
EL_OBEID = G("El Obeid", "SD")
KADUGLI = G("Kadugli", "SD")
EN_NAHUD = G("En Nahud", "SD")
EL_FASHER = G("El Fasher", "SD")
SUDAN = R("Sudan", 15.0, 30.0, 900)
D = "2025-12-06"
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Hassan al-Tayeb", "Army spokesman", "army"]
UNITS = [
    U("territory", None, BABANUSA, RSF,
      ["Sudan's RSF says it seized Babanusa base, army denies",
       "they had overrun the army's 22nd Infantry Division headquarters in Babanusa, in West Kordofan",
       "a claim the army rejected as \"lies\"",
       "after a siege of more than 18 months"],
      D, "rsf/saf/rsf", modality="denied"),
    U("attack", None, BABANUSA, RSF + ["Hassan al-Tayeb"],
      ["its fighters killed hundreds of soldiers and allied militiamen in the assault", "troops in Babanusa had repelled the attack"],
      D, "rsf/saf/rsf", note="The assault itself is confirmed by the army spokesman."),
    U("killed", 100, BABANUSA, RSF, ["its fighters killed hundreds of soldiers and allied militiamen in the assault"],
      D, "rsf/saf/rsf", note="vague 'hundreds' -> 100"),
    U("captured", 37, BABANUSA, RSF, ["took 37 officers and soldiers prisoner"], D, "rsf/saf/rsf"),
    U("killed", 200, BABANUSA, SAF, ["killing more than 200 RSF fighters and destroying 16 combat vehicles"], D, "saf/rsf/saf"),
    U("materiel_lost", 16, BABANUSA, SAF, ["destroying 16 combat vehicles"], D, "saf/rsf/saf", note="item vehicle"),
    U("displaced", 4200, BABANUSA, ["International Organization for Migration"],
      ["4,200 people had fled Babanusa and nearby villages since Tuesday"], D, "other/civilian/-"),
    U("territory", None, EL_FASHER, None,
      ["after the RSF took El Fasher, the final army stronghold in Darfur, in October"], "2025-10", "-/saf/rsf",
      note="background event asserted by the outlet"),
    U("attack", None, EL_OBEID, ["local official", "army-aligned government"],
      ["drones hit El Obeid", "drones struck a power station and a fuel depot in El Obeid"],
      "2025-12-05", "saf/civilian/rsf"),
    U("killed", 5, EL_OBEID, ["local official"], ["killing five civilians and wounding 11"], "2025-12-05", "saf/civilian/rsf"),
    U("wounded", 11, EL_OBEID, ["local official"], ["killing five civilians and wounding 11"], "2025-12-05", "saf/civilian/rsf"),
    U("territory", None, EL_OBEID, ["RSF field commander"],
      ["his forces would \"pray in El Obeid\" before the end of the year",
       "raising fears of a push on the city of nearly half a million people"], D, "rsf/saf/rsf", modality="warned"),
    U("attack", None, EN_NAHUD, ["The army", "army"],
      ["its aircraft struck RSF convoys near En Nahud in West Kordofan"], PUB, "saf/rsf/saf"),
    U("materiel_lost", 23, EN_NAHUD, ["The army", "army"], ["destroying 23 vehicles mounted with weapons"],
      PUB, "saf/rsf/saf", note="item vehicle"),
    U("displaced", 12000000, SUDAN, None, ["uprooted about 12 million"], PUB, "-/civilian/-", scope="cumulative"),
    U("killed", 10000, SUDAN, None, ["has killed tens of thousands of people"], PUB, "-/civilian/-",
      scope="cumulative", optional=True, note="vague 'tens of thousands': no agreed value"),
]
