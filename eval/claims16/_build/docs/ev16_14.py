from lib import G, A, R, U, PUB, text

ID = "ev16-14"
URL = "https://apnews.com/article/yemen-houthis-red-sea-gulf-of-aden-ship-attack-israel-hodeidah-2025-09-24"
TITLE = "Houthi missile strikes cargo ship in Gulf of Aden, sailor missing; Israel pounds Hodeidah port"
PUBLISHED = "2025-09-24T15:50:00Z"
CONFLICT = "Yemen/Red Sea"
FORM = "AP wire copy (shipping attack, Israeli strikes, threats)"

TEXT = text(
"Houthi missile strikes cargo ship in Gulf of Aden, sailor missing; Israel pounds Hodeidah port",
"By SAMIR HADDAD and LINA QASSEM | Updated 3:50 PM UTC, September 24, 2025",
"Share  Copy Link",
"DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels fired an anti-ship ballistic missile at a Liberian-flagged bulk carrier in the Gulf of Aden on Wednesday, setting it ablaze and leaving one crew member missing, officials said.",
"The British military's United Kingdom Maritime Trade Operations center said the vessel was struck about 120 nautical miles (220 kilometers) east of Aden. Two sailors suffered burns and were evacuated by a passing warship of the European Union's Aspides mission, the center said.",
"Houthi military spokesman Brig. Gen. Abdulkarim al-Shami claimed the attack in a prerecorded video, saying the rebels had also targeted a second vessel, the Panama-flagged Sea Lantern, in the Red Sea with drones. The Sea Lantern's Greek manager said the ship had not been attacked and was sailing normally toward the Suez Canal.",
"Hours later, Israeli fighter jets struck the Red Sea port of Hodeidah and the nearby Ras Isa fuel terminal. The Houthi-run Health Ministry said the strikes killed six people and wounded 37, most of them port workers.",
"The Israeli military said the targets were used \"to transfer Iranian weapons\" and that the strikes came in response to repeated Houthi missile and drone fire at Israel. Earlier Wednesday, it said it had intercepted two drones launched from Yemen toward the southern city of Eilat, which the Houthis said they had targeted.",
"In his statement, al-Shami warned that the rebels would widen their campaign and strike the port of Haifa, and that any company dealing with Israeli ports would see its ships \"targeted wherever they are.\"",
"The Houthis have attacked more than 100 merchant ships with missiles and drones since November 2023, sinking four vessels and killing at least nine sailors, in what they describe as a campaign of solidarity with Palestinians in Gaza.",
"Shipping traffic through the Red Sea and Bab el-Mandeb Strait remains far below pre-war levels, with most major container lines still routing around Africa.",
"Associated Press writer Lina Qassem reported from Aden, Yemen.",
"AP Mideast coverage: https://apnews.com/hub/middle-east",
)

GULF_ADEN = R("Gulf of Aden", 12.6, 47.2, 300, aliases=["Gulf of Aden", "east of Aden"])
RED_SEA = R("Red Sea", 16.5, 40.8, 400, aliases=["Red Sea"])
HODEIDAH = G("Hodeidah", "YE", geoname="Al Hudaydah")
RAS_ISA = A("Ras Isa", 15.12, 42.61, aliases=["Ras Isa fuel terminal"])
EILAT = G("Eilat", "IL")
HAIFA = G("Haifa", "IL")
SHIPPING = R("Red Sea and Gulf of Aden shipping lanes", 14.5, 43.0, 800, aliases=["Red Sea", "Gulf of Aden"])
D = "2025-09-24"
HOU = ["Abdulkarim al-Shami", "Houthi military spokesman", "Houthis"]
UNITS = [
    U("attack", None, GULF_ADEN, ["United Kingdom Maritime Trade Operations", "UKMTO", "officials"] + HOU,
      ["Houthi missile strikes cargo ship in Gulf of Aden",
       "Yemen's Houthi rebels fired an anti-ship ballistic missile at a Liberian-flagged bulk carrier in the Gulf of Aden on Wednesday",
       "the vessel was struck about 120 nautical miles (220 kilometers) east of Aden",
       "claimed the attack in a prerecorded video"],
      D, "other/other/houthis"),
    U("missing", 1, GULF_ADEN, ["officials", "United Kingdom Maritime Trade Operations"],
      ["sailor missing", "leaving one crew member missing"], D, "other/other/houthis"),
    U("wounded", 2, GULF_ADEN, ["United Kingdom Maritime Trade Operations", "the center"],
      ["Two sailors suffered burns"], D, "other/other/houthis"),
    U("attack", None, RED_SEA, HOU,
      ["the rebels had also targeted a second vessel, the Panama-flagged Sea Lantern, in the Red Sea with drones",
       "The Sea Lantern's Greek manager said the ship had not been attacked"],
      D, "houthis/other/houthis", modality="denied"),
    U("attack", None, HODEIDAH, ["Houthi-run Health Ministry", "The Israeli military"],
      ["Israel pounds Hodeidah port", "Israeli fighter jets struck the Red Sea port of Hodeidah"],
      D, "houthis/houthis/israel", note="Confirmed by the Israeli military."),
    U("attack", None, RAS_ISA, ["Houthi-run Health Ministry", "The Israeli military"],
      ["the nearby Ras Isa fuel terminal"], D, "houthis/houthis/israel"),
    U("killed", 6, HODEIDAH, ["Houthi-run Health Ministry"], ["the strikes killed six people and wounded 37"], D, "houthis/civilian/israel"),
    U("wounded", 37, HODEIDAH, ["Houthi-run Health Ministry"], ["the strikes killed six people and wounded 37"], D, "houthis/civilian/israel"),
    U("materiel_lost", 2, EILAT, ["The Israeli military"],
      ["it had intercepted two drones launched from Yemen toward the southern city of Eilat"], D, "israel/houthis/israel",
      note="item drone"),
    U("attack", None, EILAT, ["the Houthis", "Houthis"],
      ["two drones launched from Yemen toward the southern city of Eilat, which the Houthis said they had targeted"],
      D, "houthis/israel/houthis"),
    U("attack", None, HAIFA, HOU, ["strike the port of Haifa"], D, "houthis/israel/houthis", modality="warned"),
    U("attack", None, SHIPPING, HOU,
      ["any company dealing with Israeli ports would see its ships \"targeted wherever they are.\"",
       "The Houthis have attacked more than 100 merchant ships with missiles and drones since November 2023"],
      D, "houthis/other/houthis", modality="warned", optional=True,
      note="threat with no place; the running count of attacked ships shares this area unit"),
    U("killed", 9, SHIPPING, None,
      ["sinking four vessels and killing at least nine sailors"], "2025-09", "-/other/houthis", scope="cumulative"),
    U("materiel_lost", 4, SHIPPING, None, ["sinking four vessels"], "2025-09", "-/other/houthis", scope="cumulative",
      optional=True, note="merchant ships sunk; not military materiel"),
]
