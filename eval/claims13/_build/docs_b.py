"""Documents ev13-05 .. ev13-10 (Lebanon, Yemen/Red Sea, Myanmar, DR Congo)."""
from common import Doc, S, R

DOCS = []

# ---------------------------------------------------------------- ev13-05 Israel-Lebanon, IDF statement (own voice)
S_LEBANON = R("southern Lebanon", 33.25, 35.40, 40, aliases=["southern Lebanon", "south Lebanon"])
NABATIEH = S("Nabatieh", 33.37889, 35.48389, "Nabatîyé et Tahta", aliases=["Nabatieh", "Nabatiyeh"])
BEKAA = R("Bekaa Valley", 33.85, 35.90, 60, aliases=["Bekaa", "Bekaa Valley", "Beqaa"])
TYRE = S("Tyre", 33.27333, 35.19389, "Tyre")
LEBANON = R("Lebanon", 33.85, 35.86, 120, aliases=["Lebanon"])

d = Doc("ev13-05", "https://www.idf-statements-example.il/en/press/2025/11/strikes-hezbollah-infrastructure",
        "IDF strikes Hezbollah infrastructure in southern Lebanon and the Bekaa",
        "2025-11-14T21:10:00+02:00", """IDF Spokesperson's Unit | Press release
14.11.2025

Earlier today, IDF fighter jets struck Hezbollah terrorist infrastructure in several areas of southern Lebanon, including weapons storage facilities and launch sites that the organisation had been attempting to rebuild in violation of the understandings between Israel and Lebanon.

As part of the strikes, the IDF struck a Hezbollah military compound in the area of Nabatieh and a site used by the Radwan Force near Tyre.

In addition, overnight, the IDF struck a border crossing in the Bekaa Valley that Hezbollah used to smuggle weapons from Syria into Lebanon.

During the past week, IDF troops eliminated three Hezbollah operatives who were attempting to advance towards Israeli territory, and located and destroyed 27 rocket launchers in southern Lebanon.

Since the beginning of the ceasefire understandings, the IDF has eliminated more than 330 Hezbollah terrorists in Lebanon.

The IDF will continue to operate to remove any threat to the State of Israel and its civilians and will not allow Hezbollah to re-establish itself in the area. Should the attempts to rearm continue, the IDF will act with greater force, including in Beirut.

On Tuesday, two rockets launched from Lebanon fell in open areas near Kiryat Shmona. No injuries were reported. The launch site was struck shortly afterwards.""", "Israel-Lebanon", "party's own press release (IDF voice)", date="2025-11-14",
        sides=("israel", "hezbollah", "israel"), issuer_side="israel")
d.u("attack", None, S_LEBANON, None,
    ["IDF fighter jets struck Hezbollah terrorist infrastructure in several areas of southern Lebanon"],
    sides=("israel", "hezbollah", "israel"), note="Own voice of the issuer (IDF): claimant null.")
d.u("attack", None, NABATIEH, None, "the IDF struck a Hezbollah military compound in the area of Nabatieh",
    sides=("israel", "hezbollah", "israel"))
d.u("attack", None, TYRE, None, "a site used by the Radwan Force near Tyre", sides=("israel", "hezbollah", "israel"))
d.u("attack", None, BEKAA, None, "the IDF struck a border crossing in the Bekaa Valley", sides=("israel", "hezbollah", "israel"))
d.u("killed", 3, S_LEBANON, None, "IDF troops eliminated three Hezbollah operatives", date="2025-11", prec="month",
    sides=("israel", "hezbollah", "israel"), note="'During the past week'.")
d.u("materiel_lost", 27, S_LEBANON, None, "located and destroyed 27 rocket launchers in southern Lebanon", date="2025-11", prec="month",
    sides=("israel", "hezbollah", "israel"), note="item mlrs/other")
d.u("killed", 330, LEBANON, None, "the IDF has eliminated more than 330 Hezbollah terrorists in Lebanon",
    sides=("israel", "hezbollah", "israel"), scope="cumulative")
d.u("attack", None, S("Beirut", 33.89332, 35.50157, "Beirut"), None,
    "the IDF will act with greater force, including in Beirut", opt=True, sides=("israel", "hezbollah", "israel"),
    mod="warned", note="Conditional threat.")
d.u("attack", None, S("Kiryat Shmona", 33.2073, 35.5721, aliases=["Qiryat Shemona"], approx=True), None,
    "two rockets launched from Lebanon fell in open areas near Kiryat Shmona", date="2025-11-11",
    sides=("israel", "israel", "hezbollah"), note="Launcher not named; Hezbollah implied by the statement. Launch count is not a unit.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-06 Yemen/Red Sea, analysis
RED_SEA = R("Red Sea", 16.5, 41.0, 400, aliases=["Red Sea", "southern Red Sea"])
ADEN_GULF = R("Gulf of Aden", 12.5, 47.0, 350, aliases=["Gulf of Aden"])
RAS_ISA = S("Ras Isa", 15.22, 42.64, aliases=["Ras Isa port", "Ras Isa fuel port"], approx=True)
HODEIDAH = S("Hodeidah", 14.7978, 42.9545, aliases=["Hudaydah", "Al Hudaydah"], approx=True)
SANAA = S("Sanaa", 15.35452, 44.20646, "Sanaa")
EILAT = S("Eilat", 29.55805, 34.94821, "Eilat")

d = Doc("ev13-06", "https://www.strategicreview-example.org/analysis/houthis-red-sea-after-the-truce",
        "Analysis: Why the Houthis went back to sea",
        "2025-07-15T06:00:00Z", """ANALYSIS

Why the Houthis went back to sea

For three months this spring, the Red Sea was almost quiet. Then, in the space of a week in July, Yemen's Houthi movement sank two merchant ships, and with them the idea that a US-brokered truce had settled the matter.

The first, the bulk carrier Magic Seas, was hit by gunfire, rocket-propelled grenades and explosive-laden drone boats off Hodeidah on 6 July; its crew of 22 abandoned ship and were picked up by a passing vessel. The second, the Eternity C, was attacked over two days. The European Union's naval mission said at least four of its crew were killed, and the Houthis said they had taken others to Yemen "for medical care". Eleven seafarers are still unaccounted for.

Israel answered on 7 July by striking the ports of Hodeidah and Ras Isa and the Ras Kanatib power station, saying they were used to move Iranian weapons. The Houthis claimed to have fired missiles and drones at Eilat in response; the Israeli military said two missiles were intercepted.

The pattern is familiar. In November 2023, Houthi commandos landed by helicopter on the Galaxy Leader and seized its 25 crew members, who were held for more than a year. Over the following months the group attacked more than 100 ships in the Red Sea and the Gulf of Aden, sinking two and killing four sailors, by the count of maritime security firms. The US and Britain began striking Houthi targets in January 2024.

The most intense phase came in March and April 2025, when a US air campaign hit hundreds of targets. A strike on the Ras Isa fuel port on 17 April killed at least 80 people, according to the Houthi-run health ministry, one of the deadliest single attacks of the campaign. Washington said it had destroyed the port's capacity to receive fuel. The campaign ended on 6 May with an Omani-brokered deal under which the Houthis stopped targeting US ships, but not Israeli ones.

What happens next depends on Gaza. Houthi leaders have said they will keep attacking ships linked to Israel until the war there ends, and have threatened to strike US warships again if Washington resumes its bombing.""", "Yemen/Red Sea", "analysis piece with history paragraphs")
d.u("attack", None, HODEIDAH, None, ["was hit by gunfire, rocket-propelled grenades and explosive-laden drone boats off Hodeidah on 6 July",
                                     "Israel answered on 7 July by striking the ports of Hodeidah", "the Ras Kanatib power station"],
    date="2025-07-06", sides=(None, "other", "houthis"), note="Attack on the Magic Seas off Hodeidah and Israel's strikes on Hodeidah port and the nearby Ras Kanatib plant; coordinates approximate.")
d.u("materiel_lost", 2, RED_SEA, None, "Yemen's Houthi movement sank two merchant ships", date="2025-07", sides=(None, "other", "houthis"),
    note="Same value 2 for the two ships sunk in July, the two ships sunk in 2023-24 and two intercepted missiles: one (materiel_lost, 2) unit.")
d.units[-1]["evidence"] += ["sinking two and killing four sailors", "two missiles were intercepted"]
d.u("displaced", 22, HODEIDAH, None, "its crew of 22 abandoned ship", opt=True, date="2025-07-06", sides=(None, "civilian", "houthis"),
    note="Crew abandoning ship and rescued; category debatable.")
d.u("attack", None, RED_SEA, ["European Union's naval mission"], ["The second, the Eternity C, was attacked over two days",
                                                                 "attacked more than 100 ships in the Red Sea"],
    date="2025-07-08", sides=("other", "other", "houthis"), note="Eternity C attacked in the Red Sea (7-8 July); the 2023-24 campaign in the Red Sea is the same (attack, Red Sea) unit.")
d.u("killed", 4, RED_SEA, ["European Union's naval mission", "maritime security firms"],
    ["at least four of its crew were killed", "sinking two and killing four sailors"], date="2025-07-08",
    sides=("other", "civilian", "houthis"), note="Same value four for two different events: one unit.")
d.u("missing", 11, RED_SEA, None, "Eleven seafarers are still unaccounted for", date="2025-07-15", sides=(None, "civilian", "houthis"))
d.u("attack", None, RAS_ISA, None, ["striking the ports of Hodeidah and Ras Isa", "A strike on the Ras Isa fuel port on 17 April"],
    date="2025-07-07", sides=(None, "houthis", "israel"), note="Ras Isa is ~55 km from Hodeidah; coordinates approximate. The April US strike is the same (attack, Ras Isa) unit.")
d.u("attack", None, EILAT, ["Houthis"], "The Houthis claimed to have fired missiles and drones at Eilat", date="2025-07-07",
    sides=("houthis", "israel", "houthis"))
d.u("abducted", 25, RED_SEA, None, ["seized its 25 crew members", "they had taken others to Yemen"], date="2023-11",
    sides=(None, "civilian", "houthis"), note="Civilian crew held hostage (abducted); the Eternity C crew taken to Yemen is the same (abducted, Red Sea) unit.")
d.u("captured", 25, RED_SEA, None, "seized its 25 crew members", opt=True, date="2023-11", sides=(None, "civilian", "houthis"),
    note="Alternative reading of the Galaxy Leader seizure as 'captured'.")
d.u("attack", None, R("Yemen", 15.5, 44.5, 300, aliases=["Yemen"]), None,
    ["The US and Britain began striking Houthi targets in January 2024", "a US air campaign hit hundreds of targets"], opt=True,
    date="2024-01", sides=(None, "houthis", "united_states"), note="Campaigns with no named place.")
d.u("attack", None, ADEN_GULF, None, "attacked more than 100 ships in the Red Sea and the Gulf of Aden", date="2024",
    sides=(None, "other", "houthis"), scope="cumulative")
d.u("killed", 80, RAS_ISA, ["Houthi-run health ministry", "health ministry"], "killed at least 80 people",
    date="2025-04-17", sides=("houthis", None, "united_states"))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-07 Myanmar, translated channel posts
BHAMO = S("Bhamo", 24.25256, 97.23357, "Bhamo")
MYITKYINA = S("Myitkyina", 25.38327, 97.39637, "Myitkyina")
SHWEGU = S("Shwegu", 24.2277, 96.7902, aliases=["Shwegu township"], approx=True)
MOMAUK = S("Momauk", 24.2456, 97.3564, aliases=["Momauk township"], approx=True)

d = Doc("ev13-07", "https://t.me/s/kachin_frontline_news_example",
        "Kachin Frontline News (Telegram) - translated posts, 3 September",
        "2025-09-03T20:45:00+06:30", """Kachin Frontline News
[Translated from Burmese by our monitoring desk. Posts appear as published, newest last.]

📌 3 Sept 07:12
Battle news from Bhamo front. Revolutionary forces of the KIA together with PDF comrades have completely captured the military council's Light Infantry Battalion 47 base at the eastern edge of Bhamo after eleven days of fighting. 23 junta soldiers surrendered with their weapons. 👊

📌 3 Sept 09:40
Seized from the base: 2 artillery guns (105mm), 1 armoured car, over 200 small arms. Photos in comments. Enemy bodies counted: 31.

📌 3 Sept 13:05
⚠️ Terrorist junta jet bombed Nam Hkam Yang village in Momauk township at noon. 5 villagers including 2 children dead, 8 injured. Many houses destroyed. Local people have fled into the forest.

📌 3 Sept 16:30
Junta propaganda channels say their troops "repelled" the attack on Bhamo and killed "more than 100 terrorists". This is a lie. Our losses are 6 martyrs.

📌 3 Sept 20:44
Shwegu: KIA units are advancing toward the town. Residents are advised to move away from military positions. Over 3,000 people already fled to villages on the Irrawaddy's west bank.

Share ➡️ @kachin_frontline_news_example | 👁 18.2K""", "Myanmar", "translated Telegram channel posts", sides=("resistance", "myanmar_junta", "resistance"),
        issuer_side="resistance")
d.u("territory", None, BHAMO, None,
    "have completely captured the military council's Light Infantry Battalion 47 base at the eastern edge of Bhamo",
    date="2025-09-03", sides=("resistance", "myanmar_junta", "resistance"),
    note="The pro-resistance channel speaks in its own voice: claimant null, claimant side resistance.")
d.u("captured", 23, BHAMO, None, "23 junta soldiers surrendered with their weapons",
    date="2025-09-03", sides=("resistance", "myanmar_junta", "resistance"))
d.u("materiel_lost", 2, BHAMO, None, "2 artillery guns (105mm)", date="2025-09-03",
    sides=("resistance", "myanmar_junta", "resistance"), note="item artillery")
d.u("materiel_lost", 1, BHAMO, None, "1 armoured car", date="2025-09-03",
    sides=("resistance", "myanmar_junta", "resistance"), note="item armoured_vehicle")
d.u("materiel_lost", 200, BHAMO, None, "over 200 small arms", opt=True, date="2025-09-03",
    sides=("resistance", "myanmar_junta", "resistance"), note="Small arms: item 'other', debatable as materiel.")
d.u("killed", 31, BHAMO, None, "Enemy bodies counted: 31", date="2025-09-03",
    sides=("resistance", "myanmar_junta", "resistance"))
d.u("attack", None, MOMAUK, None, "Terrorist junta jet bombed Nam Hkam Yang village in Momauk township at noon",
    date="2025-09-03", sides=("resistance", "civilian", "myanmar_junta"),
    note="Village not in gazetteer; Momauk township (~12 km from Bhamo) approximate. Bhamo territory is a different category.")
d.u("killed", 5, MOMAUK, None, "5 villagers including 2 children dead", date="2025-09-03",
    sides=("resistance", "civilian", "myanmar_junta"))
d.u("killed", 2, MOMAUK, None, "including 2 children dead", date="2025-09-03",
    sides=("resistance", "civilian", "myanmar_junta"))
d.u("wounded", 8, MOMAUK, None, "8 injured", date="2025-09-03",
    sides=("resistance", "civilian", "myanmar_junta"))
d.u("displaced", None, MOMAUK, None, "Local people have fled into the forest", opt=True, date="2025-09-03",
    sides=("resistance", "civilian", "myanmar_junta"), note="No number.")
d.u("killed", 100, BHAMO, ["Junta propaganda channels", "junta"], "killed \"more than 100 terrorists\"", date="2025-09-03",
    sides=("myanmar_junta", "resistance", "myanmar_junta"), mod="denied",
    note="Junta claim, which the channel (the document's own voice) calls a lie: modality denied; claimant is the asserting side.")
d.u("killed", 6, BHAMO, None, "Our losses are 6 martyrs", date="2025-09-03",
    sides=("resistance", "resistance", "myanmar_junta"))
d.u("territory", None, SHWEGU, None, "KIA units are advancing toward the town", date="2025-09-03",
    sides=("resistance", "myanmar_junta", "resistance"), note="Shwegu coordinates approximate.")
d.u("displaced", 3000, SHWEGU, None, "Over 3,000 people already fled to villages", date="2025-09-03",
    sides=("resistance", "civilian", None))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-08 DR Congo, NGO press release with glued words
GOMA = S("Goma", -1.67409, 29.22845, "Goma")
MASISI = S("Masisi", -1.4000, 28.8167, aliases=["Masisi territory", "Masisi centre"], approx=True)
WALIKALE = S("Walikale", -1.4214, 28.0564, aliases=["Walikale centre"], approx=True)
SAKE = S("Sake", -1.57386, 29.04339, "Sake")
N_KIVU = R("North Kivu", -0.8, 29.0, 200, aliases=["North Kivu", "Nord-Kivu"])

d = Doc("ev13-08", "https://www.medicalrelief-example.org/en/press-releases/north-kivu-wounded-masisi-goma-march-2025",
        "DR Congo: surge of wounded as fighting spreads west of Goma",
        "2025-03-26T10:00:00+02:00", """PRESS RELEASE

DR Congo: surge of wounded as fighting spreads west of Goma

Goma/Brussels, 26 March 2025 - Our teams in North Kivu have treated 312 people with weapon wounds since the start of March, as clashes between the M23 armed group and Congolese army-allied Wazalendo militias spread through Masisi and towards Walikale.

• In Masisi centre, the hospital we support received 46 wounded in a single day on 19 March after shells landed in the market. Seven of them died of their injuries. Some 2,400 displaced people are now sheltering inside the hospital grounds.
• At Sake, west of Gomain the east of the country, our mobile clinic was forced to stop work after gunfire hit the compound on 21 March. Nobody from our staff was injured.
• An estimated 80,000 people have fled the fighting around Masisi and Walikale since mid-February, many for the second or third time.

"We are seeing children with shrapnel wounds arriving on motorbikes, because no ambulances can get through," said our emergency coordinator in Goma.

Walikale town, which M23 fighters entered on 19 March, has been largely emptied of its residents. The rebels have since said they would withdraw from it to give peace talks a chance; residents told our teams that fighters were still present on 24 March.

Since the M23 seized Goma in late January, around 3,000 people have been killed in the city and its surroundings, according to the United Nations.

We call on all parties to respect medical facilities and to allow the wounded to reach care safely.

ENDS
Notes to editors: spokespeople available in English, French and Swahili.""", "DR Congo", "NGO press release (bullets)", issuer_side="other")
d.u("wounded", 312, N_KIVU, None, "have treated 312 people with weapon wounds since the start of March", date="2025-03-26",
    sides=(None, None, None), scope="cumulative", note="Own voice of the NGO (outlet).")
d.u("attack", None, MASISI, None, "after shells landed in the market", date="2025-03-19", sides=(None, "civilian", None),
    note="Masisi centre coordinates approximate.")
d.u("wounded", 46, MASISI, None, "received 46 wounded in a single day on 19 March", date="2025-03-19", sides=(None, "civilian", None))
d.u("killed", 7, MASISI, None, "Seven of them died of their injuries", date="2025-03-19", sides=(None, "civilian", None))
d.u("affected", 2400, MASISI, None, "Some 2,400 displaced people are now sheltering inside the hospital grounds", date="2025-03-26",
    sides=(None, "civilian", None))
d.u("attack", None, SAKE, None, "gunfire hit the compound on 21 March", date="2025-03-21", sides=(None, "other", None),
    note="Sentence carries the glued words 'Gomain the east'.")
d.u("displaced", 80000, MASISI, None, "An estimated 80,000 people have fled the fighting around Masisi and Walikale since mid-February",
    date="2025-03-26", sides=(None, "civilian", None), scope="cumulative")
d.u("territory", None, WALIKALE, None, ["Walikale town, which M23 fighters entered on 19 March",
                                        "they would withdraw from it to give peace talks a chance"],
    date="2025-03-19", sides=(None, "drc_army", "m23"), note="Walikale coordinates approximate; announced withdrawal is the same unit.")
d.u("displaced", None, WALIKALE, None, "has been largely emptied of its residents", opt=True, date="2025-03-19",
    sides=(None, "civilian", "m23"), note="No number.")
d.u("territory", None, GOMA, None, "Since the M23 seized Goma in late January", date="2025-01", sides=(None, "drc_army", "m23"))
d.u("killed", 3000, GOMA, ["United Nations", "UN"], "around 3,000 people have been killed in the city and its surroundings",
    date="2025-03-26", sides=("other", None, None), scope="cumulative")
DOCS.append(d)
