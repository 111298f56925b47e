from lib import G, A, R, U, PUB, text

ID = "ev16-24"
URL = "https://www.thenationalnews.com/news/mena/2026/01/08/aleppo-clashes-sdf-government-sheikh-maqsoud/"
TITLE = "Nine killed as Syrian government forces and SDF clash in Aleppo's Sheikh Maqsoud"
PUBLISHED = "2026-01-08T15:45:00+04:00"
CONFLICT = "Syria"
FORM = "regional outlet wire-style story (with gallery and newsletter prompt)"

TEXT = text(
"Nine killed as Syrian government forces and SDF clash in Aleppo's Sheikh Maqsoud",
"Israeli troops detain three in raid on Beit Jinn, south-west of Damascus",
"Jamal Haddad | Beirut | Jan 08, 2026",
"+6 View gallery",
"Smoke rises over Aleppo's Sheikh Maqsoud district during clashes on Thursday. AFP",
"Fighting between Syrian government forces and the Kurdish-led Syrian Democratic Forces (SDF) in two Kurdish-majority districts of Aleppo killed nine people on Thursday, among them four civilians, the state news agency Sana reported.",
"The clashes in Sheikh Maqsoud and Ashrafieh, which the SDF's Asayish security forces still control under an April 2025 agreement, were the heaviest in the city in months. Thousands of residents fled towards the Kurdish-run north-east of the country, local activists said.",
"The SDF accused \"factions affiliated with the Damascus government\" of shelling the neighbourhoods with drones and artillery, wounding 22 residents. The Defence Ministry in Damascus denied targeting residential areas, saying its units had only \"responded to the sources of fire\".",
"Both sides blamed the other for starting the fighting, which threatens a stalled deal to merge the SDF into the national army.",
"Israeli raid near Damascus",
"Separately, Israeli troops raided the village of Beit Jinn, south-west of Damascus, before dawn on Thursday. The Israeli military said it had detained three suspects belonging to a \"terrorist cell\" planning attacks on Israeli communities. Sana said residents confronted the soldiers and that two villagers were killed by Israeli fire.",
"Israel has carried out hundreds of strikes and dozens of ground incursions in southern Syria since the fall of Bashar Al Assad in December 2024.",
"In the southern province of Sweida, the Syrian Observatory for Human Rights, a UK-based war monitor, said fighting and killings since July have left more than 1,700 people dead, most of them Druze civilians.",
"Sign up to our newsletter — The Arabian Gulf Business Insight",
"Updated: January 08, 2026, 3:45 PM",
)

SHEIKH_MAQSOUD = dict(G("Aleppo", "SY"), name="Sheikh Maqsoud, Aleppo",
                      aliases=["Aleppo", "Sheikh Maqsoud", "Ashrafieh", "Sheikh Maqsoud and Ashrafieh"])
BEIT_JINN = A("Beit Jinn", 33.31, 35.87)
SWEIDA = R("Sweida province", 32.7, 36.6, 50, aliases=["Sweida", "As-Suwayda"])
SOUTH_SY = R("southern Syria", 33.0, 36.1, 100, aliases=["Syria"])
D = "2026-01-08"
SANA = ["Sana", "state news agency Sana"]
UNITS = [
    U("killed", 9, SHEIKH_MAQSOUD, SANA,
      ["Nine killed as Syrian government forces and SDF clash in Aleppo's Sheikh Maqsoud",
       "killed nine people on Thursday, among them four civilians"], D, "other/-/-",
      note="Syrian transitional government and SDF: 'other' (no party ids)"),
    U("killed", 4, SHEIKH_MAQSOUD, SANA, ["among them four civilians"], D, "other/civilian/-"),
    U("attack", None, SHEIKH_MAQSOUD, ["SDF", "Syrian Democratic Forces"] + SANA,
      ["Smoke rises over Aleppo's Sheikh Maqsoud district during clashes on Thursday",
       "Syrian government forces and SDF clash in Aleppo's Sheikh Maqsoud",
       "shelling the neighbourhoods with drones and artillery",
       "The Defence Ministry in Damascus denied targeting residential areas"],
      D, "other/civilian/other", modality="denied",
      note="SDF shelling accusation denied by the Defence Ministry; the clashes themselves are undisputed."),
    U("territory", None, SHEIKH_MAQSOUD, None,
      ["which the SDF's Asayish security forces still control under an April 2025 agreement"], "2025-04", "-/-/-",
      optional=True, note="standing control under an agreement"),
    U("wounded", 22, SHEIKH_MAQSOUD, ["SDF", "Syrian Democratic Forces"], ["wounding 22 residents"], D, "other/civilian/other"),
    U("displaced", 1000, SHEIKH_MAQSOUD, ["local activists"], ["Thousands of residents fled towards the Kurdish-run north-east"],
      D, "other/civilian/-", optional=True, note="vague 'thousands'"),
    U("attack", None, BEIT_JINN, ["Israeli military", "Sana"],
      ["Israeli troops detain three in raid on Beit Jinn", "Israeli troops raided the village of Beit Jinn, south-west of Damascus"],
      D, "israel/civilian/israel"),
    U("captured", 3, BEIT_JINN, ["The Israeli military", "Israeli military"],
      ["Israeli troops detain three in raid on Beit Jinn", "it had detained three suspects"], D, "israel/-/israel"),
    U("killed", 2, BEIT_JINN, ["Sana"], ["two villagers were killed by Israeli fire"], D, "other/civilian/israel"),
    U("attack", 100, SOUTH_SY, None, ["Israel has carried out hundreds of strikes and dozens of ground incursions in southern Syria"],
      D, "-/-/israel", scope="cumulative", optional=True, note="count of strikes, region-wide"),
    U("killed", 1700, SWEIDA, ["Syrian Observatory for Human Rights"],
      ["fighting and killings since July have left more than 1,700 people dead"], D, "other/civilian/-", scope="cumulative"),
]
