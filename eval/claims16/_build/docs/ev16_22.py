from lib import G, A, R, U, PUB, text

ID = "ev16-22"
URL = "https://addisinsight.net/news/amhara-drone-strike-finote-selam-market-fano-claims-dangila"
TITLE = "Drone strike on Finote Selam market kills 14 as Fano claims Dangila, government says claim 'baseless'"
PUBLISHED = "2026-02-09T16:00:00+03:00"
CONFLICT = "Ethiopia"
FORM = "local outlet story (Amhara), with cookie banner and share bar"

TEXT = text(
"Addis Insight uses cookies to give you a better experience. OK, got it",
"ADDIS INSIGHT",
"News | Politics | Regions | Business | Op-Ed",
"Drone strike on Finote Selam market kills 14 as Fano claims Dangila, government says claim 'baseless'",
"Addis Insight News Desk | February 9, 2026",
"Share on: Facebook | Telegram | X | WhatsApp",
"Addis Abeba — A drone strike on a crowded market in Finote Selam, the capital of West Gojjam zone in the Amhara region, killed at least 14 civilians and wounded more than 20 on Saturday, two residents and a health worker at the town's hospital told Addis Insight.",
"\"It was market day. People were buying teff and livestock when it hit,\" one resident said, asking not to be named for fear of reprisals.",
"The federal government did not respond to requests for comment. It has previously said its operations in Amhara target only \"extremist forces\".",
"The strike came a day after the Amhara Fano National Force (AFNF) said its fighters had taken control of Dangila, a town on the main road between Bahir Dar and the Sudanese border, after overnight fighting, killing more than 120 soldiers of the Ethiopian National Defense Force (ENDF) and capturing 35.",
"The Government Communication Service dismissed the Fano claim as \"baseless\", insisting in a statement that Dangila was \"fully under the control of security forces\" and that \"extremist remnants\" had been routed.",
"In a separate statement on Sunday, the ENDF said it had \"eliminated\" 210 extremists in operations in West Gojjam and Central Gondar over the past week.",
"An AFNF commander, in a video posted on social media, vowed to \"march on Bahir Dar\", the regional capital.",
"Meanwhile, the administration of Debre Markos University said gunmen abducted 12 of its students from a bus travelling from Bure on Friday. It did not say who was responsible.",
"According to UN humanitarian office OCHA, fighting has displaced about 23,000 people in West Gojjam since the beginning of January. The Ethiopian Human Rights Commission (EHRC) said in its latest report that it had documented at least 76 civilians killed in drone strikes in Amhara between October and December.",
"The conflict between Fano militias and federal forces erupted in August 2023, after the government moved to dissolve regional special forces.",
"Related: Amhara: Curfew extended in Bahir Dar | Fuel shortages hit Gondar",
"© 2026 Addis Insight. All rights reserved.",
)

FINOTE = G("Finote Selam", "ET")
DANGILA = G("Dangila", "ET")
BAHIR_DAR = G("Bahir Dar", "ET")
BURE = G("Bure", "ET", geoname="Burē", aliases=["Debre Markos University"])
GOJJAM_GONDAR = R("West Gojjam and Central Gondar", 11.6, 37.3, 180, aliases=["West Gojjam", "Central Gondar"])
W_GOJJAM = R("West Gojjam", 11.0, 37.1, 100, aliases=["West Gojjam zone"])
AMHARA = R("Amhara region", 11.6, 38.0, 300, aliases=["Amhara"])
AFNF = ["Amhara Fano National Force", "AFNF", "Fano"]
ENDF = ["ENDF", "Ethiopian National Defense Force"]
UNITS = [
    U("attack", None, FINOTE, ["residents", "health worker"],
      ["Drone strike on Finote Selam market kills 14",
       "A drone strike on a crowded market in Finote Selam, the capital of West Gojjam zone in the Amhara region"],
      "2026-02-07", "other/civilian/other", note="Ethiopian federal forces: 'other'"),
    U("killed", 14, FINOTE, ["residents", "health worker"],
      ["Drone strike on Finote Selam market kills 14", "killed at least 14 civilians and wounded more than 20 on Saturday"],
      "2026-02-07", "other/civilian/other"),
    U("wounded", 20, FINOTE, ["residents", "health worker"], ["wounded more than 20 on Saturday"], "2026-02-07", "other/civilian/other"),
    U("territory", None, DANGILA, AFNF,
      ["Fano claims Dangila", "government says claim 'baseless'", "its fighters had taken control of Dangila",
       "The Government Communication Service dismissed the Fano claim as \"baseless\""],
      "2026-02-06", "armed_groups/other/armed_groups", modality="denied"),
    U("attack", None, DANGILA, AFNF, ["after overnight fighting"], "2026-02-06", "armed_groups/other/armed_groups",
      optional=True, note="fighting without a directed assault"),
    U("killed", 120, DANGILA, AFNF, ["killing more than 120 soldiers of the Ethiopian National Defense Force (ENDF) and capturing 35"],
      "2026-02-06", "armed_groups/other/armed_groups"),
    U("captured", 35, DANGILA, AFNF, ["capturing 35"], "2026-02-06", "armed_groups/other/armed_groups"),
    U("killed", 210, GOJJAM_GONDAR, ENDF, ["it had \"eliminated\" 210 extremists in operations in West Gojjam and Central Gondar over the past week"],
      "2026-02-08", "other/armed_groups/other"),
    U("territory", None, BAHIR_DAR, ["AFNF commander"], ["vowed to \"march on Bahir Dar\", the regional capital"], PUB,
      "armed_groups/other/armed_groups", modality="warned"),
    U("abducted", 12, BURE, ["administration of Debre Markos University", "Debre Markos University"],
      ["gunmen abducted 12 of its students from a bus travelling from Bure on Friday"], "2026-02-06", "other/civilian/-"),
    U("displaced", 23000, W_GOJJAM, ["OCHA", "UN humanitarian office OCHA"],
      ["fighting has displaced about 23,000 people in West Gojjam since the beginning of January"], PUB, "other/civilian/-",
      scope="cumulative"),
    U("killed", 76, AMHARA, ["Ethiopian Human Rights Commission", "EHRC"],
      ["at least 76 civilians killed in drone strikes in Amhara between October and December"], "2025-12",
      "other/civilian/other", scope="cumulative"),
]
