from lib import G, A, R, U, PUB, text

ID = "ev16-10"
URL = "https://www.unocha.org/publications/report/sudan/sudan-kordofan-and-blue-nile-flash-update-no-4-20-january-2026"
TITLE = "Sudan: Kordofan and Blue Nile - Flash Update No. 4 (20 January 2026)"
PUBLISHED = "2026-01-20"
CONFLICT = "Sudan"
FORM = "UN OCHA flash update"

TEXT = text(
"OCHA Services | ReliefWeb | Humanitarian Action | Financial Tracking",
"Sudan: Kordofan and Blue Nile - Flash Update No. 4 (20 January 2026)",
"Format: Situation Report | Source: OCHA | Posted: 20 Jan 2026 | Originally published: 20 Jan 2026",
"Attachments: Download report (PDF | 612.4 KB)",
"HIGHLIGHTS",
"• More than 41,000 people have been displaced from Dilling and Kadugli localities in South Kordofan since 1 January, according to IOM's Displacement Tracking Matrix (DTM).",
"• Humanitarian partners estimate that some 60,000 people remain trapped in Dilling town, which has been besieged since mid-2025, with food prices up fourfold.",
"• A drone strike on Kadugli Teaching Hospital on 14 January killed seven people, including two health workers.",
"• Fighting in Kurmuk locality, Blue Nile, has forced an estimated 9,300 people to flee since 8 January.",
"SITUATION OVERVIEW",
"Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) and their respective allies have intensified across the Kordofan region since late October 2025. Since then, more than 88,000 people have been displaced across the three Kordofan states, according to DTM.",
"In South Kordofan, the Sudan Doctors Network reported that at least 52 civilians were killed in attacks across the state during the first two weeks of January. The World Health Organization (WHO) condemned the 14 January attack on Kadugli Teaching Hospital, where, according to local health authorities, a drone struck the paediatric ward and the hospital pharmacy, killing seven people, including two health workers, and injuring 15.",
"On 11 January, a convoy of nine trucks carrying food for WFP came under fire near Er Rahad in North Kordofan. Three drivers were killed and two trucks were burnt. It is the second attack on a humanitarian convoy on the El Obeid–Kosti road this month.",
"In Blue Nile, the SPLM-N faction led by Abdelaziz al-Hilu said its fighters took control of Kurmuk town on 10 January. SAF stated on 13 January that it had retaken the town. Partners report that most of the 9,300 displaced people fled towards Ad Damazin, while others crossed into Ethiopia's Benishangul-Gumuz region.",
"In North Darfur, Tawila continues to host more than 650,000 displaced people, the vast majority of whom fled El Fasher and the surrounding camps in 2025.",
"OCHA warns that if fighting reaches the outskirts of El Obeid, up to 150,000 more people could be forced from their homes, in a city that already hosts tens of thousands of displaced people.",
"HUMANITARIAN RESPONSE",
"Partners have delivered food assistance to 31,500 people in Kosti and Er Rahad since 1 January. Cholera vaccination started in Ad Damazin on 16 January. The 2026 Sudan Humanitarian Response Plan seeks US$4.2 billion; it is 3 per cent funded.",
"For further information, please contact: OCHA Sudan Public Information Unit, ochasudan-info@un.org",
"Share: Facebook | X | LinkedIn | Email",
"Related content: Sudan: Humanitarian Access Snapshot (December 2025)",
)

DILLING = G("Dilling", "SD")
KADUGLI_HOSP = dict(G("Kadugli", "SD"), name="Kadugli Teaching Hospital", aliases=["Kadugli"])
SK = R("South Kordofan", 11.2, 30.0, 200, aliases=["South Kordofan state", "Dilling and Kadugli localities"])
KORD = R("Kordofan region", 12.8, 29.5, 450, aliases=["Kordofan", "three Kordofan states"])
ER_RAHAD = G("Er Rahad", "SD", geoname="Ar Rahad")
KURMUK = G("Kurmuk", "SD")
TAWILA = A("Tawila", 13.49, 24.83, aliases=["North Darfur"])
EL_OBEID = G("El Obeid", "SD")
DTM = ["IOM's Displacement Tracking Matrix", "DTM", "IOM", "OCHA"]
UNITS = [
    U("displaced", 41000, SK, DTM,
      ["More than 41,000 people have been displaced from Dilling and Kadugli localities in South Kordofan since 1 January"],
      PUB, "other/civilian/-", scope="cumulative"),
    U("affected", 60000, DILLING, ["Humanitarian partners"],
      ["some 60,000 people remain trapped in Dilling town"], PUB, "other/civilian/-"),
    U("territory", None, DILLING, None, ["Dilling town, which has been besieged since mid-2025"],
      "2025", "-/saf/rsf", optional=True, note="siege stated without a besieger or a change; optional"),
    U("attack", None, KADUGLI_HOSP, ["local health authorities", "OCHA", "World Health Organization"],
      ["A drone strike on Kadugli Teaching Hospital on 14 January",
       "condemned the 14 January attack on Kadugli Teaching Hospital",
       "a drone struck the paediatric ward and the hospital pharmacy"],
      "2026-01-14", "other/civilian/-", note="No perpetrator named."),
    U("killed", 7, KADUGLI_HOSP, ["local health authorities", "OCHA"],
      ["killed seven people, including two health workers", "killing seven people, including two health workers, and injuring 15"],
      "2026-01-14", "other/civilian/-"),
    U("killed", 2, KADUGLI_HOSP, ["local health authorities", "OCHA"],
      ["including two health workers"], "2026-01-14", "other/civilian/-", note="subgroup stated as a number"),
    U("wounded", 15, KADUGLI_HOSP, ["local health authorities"], ["injuring 15"], "2026-01-14", "other/civilian/-"),
    U("attack", None, KORD, None,
      ["Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) and their respective allies have intensified across the Kordofan region"],
      "2025-10", "-/-/-", optional=True, note="region-wide fighting"),
    U("attack", None, KURMUK, None, ["Fighting in Kurmuk locality, Blue Nile"], PUB, "-/-/-", optional=True,
      note="fighting without a named attacker: optional"),
    U("displaced", 9300, KURMUK, ["Partners", "OCHA"],
      ["has forced an estimated 9,300 people to flee since 8 January",
       "most of the 9,300 displaced people fled towards Ad Damazin"],
      PUB, "other/civilian/-", scope="cumulative"),
    U("displaced", 88000, KORD, DTM,
      ["more than 88,000 people have been displaced across the three Kordofan states"],
      PUB, "other/civilian/-", scope="cumulative"),
    U("killed", 52, SK, ["Sudan Doctors Network"],
      ["at least 52 civilians were killed in attacks across the state during the first two weeks of January"],
      "2026-01", "other/civilian/-", scope="cumulative"),
    U("attack", None, ER_RAHAD, None,
      ["a convoy of nine trucks carrying food for WFP came under fire near Er Rahad in North Kordofan"],
      "2026-01-11", "-/other/-"),
    U("killed", 3, ER_RAHAD, None, ["Three drivers were killed and two trucks were burnt."], "2026-01-11", "-/civilian/-"),
    U("materiel_lost", 2, ER_RAHAD, None, ["two trucks were burnt"], "2026-01-11", "-/other/-", optional=True,
      note="humanitarian trucks, not military materiel"),
    U("territory", None, KURMUK, ["SPLM-N", "Abdelaziz al-Hilu", "SAF"],
      ["its fighters took control of Kurmuk town on 10 January",
       "SAF stated on 13 January that it had retaken the town"],
      "2026-01-10", "armed_groups/saf/armed_groups",
      note="SPLM-N capture claim and SAF recapture claim for the same town form one unit."),
    U("displaced", 650000, TAWILA, None,
      ["Tawila continues to host more than 650,000 displaced people"], PUB, "-/civilian/rsf", scope="cumulative"),
    U("displaced", 150000, EL_OBEID, ["OCHA"],
      ["up to 150,000 more people could be forced from their homes"], PUB, "other/civilian/-", modality="warned"),
]
