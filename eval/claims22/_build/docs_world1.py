"""Documents ev22-06 .. ev22-10, written from scratch for eval/claims22."""
from common import U

DOCS = []

# ------------------------------------------------------------------ ev22-06 Sudan
T06 = """SUDAN: Kordofan escalation - Flash Update No. 4 (as of 19 December 2025)

United Nations Office for the Coordination of Humanitarian Affairs (OCHA)

HIGHLIGHTS
- A drone strike on the market in Abu Zabad killed at least 23 civilians and injured 41.
- The siege of Kadugli, in place since the main roads were cut in early 2024, continues; an estimated 120,000 people are trapped in Kadugli and Dilling.
- Some 9,200 people have fled Babanusa since the town's army base was overrun.
- More than 61,000 people have been displaced across the three Kordofan states since late October.

SITUATION OVERVIEW

On 16 December, a drone struck the weekly livestock market in Abu Zabad, West Kordofan, killing at least 23 civilians and injuring 41 others, according to local authorities. Most of the injured were taken to the town's rural hospital, which has only two operating theatres. Local sources attributed the strike to the Rapid Support Forces (RSF). In a statement on its official channels, the RSF denied carrying out any strike in the area and accused the Sudanese Armed Forces (SAF) of fabricating the incident.

Kadugli, the capital of South Kordofan, remains encircled by the RSF and allied armed groups. On 14 December, shelling damaged the paediatric ward of Kadugli Teaching Hospital; no casualties were reported, but the ward has been closed. Humanitarian partners estimate that about 120,000 people are trapped in Kadugli and Dilling, where food prices have tripled since September.

Shelling of Dilling on 17 and 18 December killed 11 people, four of them children, at a gathering site for displaced families near the town's main hospital, health workers told humanitarian partners.

Following the RSF takeover of the SAF 22nd Infantry Division headquarters in Babanusa on 8 December, an estimated 9,200 people have fled the town, mostly towards Al Fula and En Nahud, according to the International Organization for Migration's Displacement Tracking Matrix (DTM). Local sources in Al Fula reported that RSF fighters abducted at least 30 men from the town's outskirts on 11 December; their whereabouts remain unknown.

In North Kordofan, several drones were reported flying over El Obeid on 15 December. One struck near a fuel station on the city's western edge, injuring three people, according to the state health ministry.

Since the escalation began in late October, more than 61,000 people have been displaced across North, South and West Kordofan, according to DTM.

HUMANITARIAN RESPONSE

Partners have pre-positioned supplies for 40,000 people in El Obeid, but road access to Kadugli and Dilling remains blocked. The 2025 Sudan Humanitarian Needs and Response Plan, which seeks US$4.2 billion, is 27 per cent funded.

OCHA will issue the next flash update as the situation evolves.

For further information, please contact: Ines Marwa Okafor, Head of Communications, OCHA Sudan. Email: comms-sudan@ocha-relief.example
"""

DOCS.append(dict(
    id="ev22-06", url="https://ocha-relief.example/sudan/flash-update-4-kordofan-2025-12-19",
    title="SUDAN: Kordofan escalation - Flash Update No. 4 (as of 19 December 2025)",
    published="2025-12-19", conflict="Sudan",
    form="UN/OCHA flash update in its own voice, highlights repeating body figures",
    text=T06,
    units=[
        U("attack", None, "abu_zabad", ["local authorities", "Local sources"],
          ["a drone struck the weekly livestock market in Abu Zabad",
           "A drone strike on the market in Abu Zabad killed at least 23 civilians",
           "the RSF denied carrying out any strike in the area"],
          "2025-12-16", ("saf", "civilian", "rsf"), modality="denied",
          note="Local sources blame the RSF, which denies the strike."),
        U("killed", 23, "abu_zabad", ["local authorities"],
          ["killing at least 23 civilians and injuring 41 others",
           "A drone strike on the market in Abu Zabad killed at least 23 civilians"],
          "2025-12-16", ("saf", "civilian", "rsf"), modality="denied"),
        U("wounded", 41, "abu_zabad", ["local authorities"],
          ["killing at least 23 civilians and injuring 41 others", "killed at least 23 civilians and injured 41"],
          "2025-12-16", ("saf", "civilian", "rsf"), modality="denied", note="'two operating theatres' is not a claim."),
        U("territory", None, "kadugli", None,
          ["Kadugli, the capital of South Kordofan, remains encircled by the RSF and allied armed groups",
           "The siege of Kadugli, in place since the main roads were cut in early 2024, continues"],
          "P", (None, "saf", "rsf"), note="Ongoing encirclement stated in the document's own voice."),
        U("attack", None, "kadugli", None,
          ["shelling damaged the paediatric ward of Kadugli Teaching Hospital"],
          "2025-12-14", (None, "civilian", None)),
        U("affected", 120000, "kadugli", ["Humanitarian partners"],
          ["about 120,000 people are trapped in Kadugli and Dilling",
           "an estimated 120,000 people are trapped in Kadugli and Dilling"],
          "P", ("other", "civilian", "rsf"), scope="cumulative",
          note="One figure for two besieged towns; place given as Kadugli. 'tripled since September' is not a claim."),
        U("attack", None, "dilling", ["health workers"], ["Shelling of Dilling on 17 and 18 December killed 11 people"],
          "2025-12-18", ("other", "civilian", None), note="Two-day shelling dated to its last day."),
        U("killed", 11, "dilling", ["health workers"], ["Shelling of Dilling on 17 and 18 December killed 11 people"],
          "2025-12-18", ("other", "civilian", None)),
        U("killed", 4, "dilling", ["health workers"], ["four of them children"],
          "2025-12-18", ("other", "civilian", None), note="Numbered subgroup of the 11."),
        U("territory", None, "babanusa", None,
          ["Following the RSF takeover of the SAF 22nd Infantry Division headquarters in Babanusa on 8 December",
           "since the town's army base was overrun"],
          "2025-12-08", (None, "saf", "rsf")),
        U("displaced", 9200, "babanusa", ["International Organization for Migration", "IOM", "Displacement Tracking Matrix", "DTM"],
          ["an estimated 9,200 people have fled the town", "Some 9,200 people have fled Babanusa"],
          "P", ("other", "civilian", "rsf"), scope="cumulative"),
        U("abducted", 30, "al_fula", ["Local sources in Al Fula", "Local sources"],
          ["RSF fighters abducted at least 30 men from the town's outskirts on 11 December"],
          "2025-12-11", ("other", "civilian", "rsf")),
        U("attack", None, "el_obeid", ["state health ministry"],
          ["One struck near a fuel station on the city's western edge"],
          "2025-12-15", ("saf", "civilian", None), note="'several drones were reported flying' is not a count of losses."),
        U("wounded", 3, "el_obeid", ["state health ministry"], ["injuring three people"],
          "2025-12-15", ("saf", "civilian", None)),
        U("displaced", 61000, "kordofan", ["DTM", "Displacement Tracking Matrix"],
          ["more than 61,000 people have been displaced across North, South and West Kordofan",
           "More than 61,000 people have been displaced across the three Kordofan states since late October"],
          "P", ("other", "civilian", None), scope="cumulative"),
    ]))

# ------------------------------------------------------------------ ev22-07 Gaza
T07 = """Israeli strikes kill 19 in Gaza, hospitals say, as truce strains deepen

DEIR AL-BALAH, Gaza Strip (Harbour News) — Israeli strikes and gunfire killed at least 19 Palestinians across the Gaza Strip on Monday, six of them children, according to hospital officials, in one of the deadliest days since a ceasefire took hold in October.

At least 40 other people were wounded, the officials said.

The heaviest toll came in Khan Younis, where an airstrike flattened a family's tent in the coastal area west of the city before dawn. Staff at Nasser Hospital said they had received eight bodies from the site, including those of a woman and her infant son.

Hours later, a missile hit the upper floor of a house in Bureij, the crowded refugee camp in central Gaza, according to the civil defence agency, which said its crews pulled four people out alive from under the rubble. Neighbours said the camp had not been hit since the truce began.

Watch: Rescuers dig through rubble in central Gaza
▶ 0:00 / 1:47 | Unmute | Fullscreen
This video can not be played in your browser. Learn more

In Gaza City, witnesses said tank fire struck a group of men gathering firewood near the Shujaiya market, east of the city centre.

The Israeli military said its troops had "eliminated three terrorists" who crossed the yellow line, the boundary behind which Israeli forces pulled back under the truce, and approached soldiers in the southern Gaza Strip in a way that posed an immediate threat. It did not say where. Hamas called the statement a lie and said the three men were farmers trying to reach their land.

The military also said a reservist was killed on Sunday when an explosive device hidden in a damaged building went off next to his unit in the southern Gaza Strip. It blamed Hamas, which did not comment.

Gaza's health ministry said that, with Monday's deaths, 487 Palestinians had been killed and 1,306 wounded since the ceasefire began, and that the overall death toll of the war had reached 71,564. The ministry does not distinguish between civilians and combatants but says more than half of the dead are women and children.

The war began after Hamas-led militants stormed southern Israel on 7 October 2023, killing some 1,200 people and seizing 251 hostages, according to Israeli tallies.

Aid agencies say around 600 trucks a day would be needed to meet basic needs in the territory, which is home to about 2.1 million people. Talks on the second phase of the truce, including the disarmament of Hamas, have made little progress.

Related coverage
- Explainer: What is Gaza's "yellow line"? (5 min read)
- Photos: Winter rain floods tents in al-Mawasi

Share this article | 312 comments
"""

HOSP = ["hospital officials", "Nasser Hospital"]
IDF = ["Israeli military", "The military", "Israel Defense Forces"]

DOCS.append(dict(
    id="ev22-07", url="https://harbournews.example/middle-east/2026/01/27/gaza-strikes-kill-19",
    title="Israeli strikes kill 19 in Gaza, hospitals say, as truce strains deepen",
    published="2026-01-27", conflict="Israel–Gaza",
    form="wire copy, place-only dateline with outlet in brackets, video-player residue, related-coverage box",
    text=T07,
    units=[
        U("killed", 19, "gaza_strip", ["hospital officials"],
          ["Israeli strikes and gunfire killed at least 19 Palestinians across the Gaza Strip on Monday",
           "Israeli strikes kill 19 in Gaza"],
          "2026-01-26", ("hamas", None, "israel"), note="Victim side: 'Palestinians' (null)."),
        U("killed", 6, "gaza_strip", ["hospital officials"], ["six of them children"],
          "2026-01-26", ("hamas", "civilian", "israel"), note="Numbered subgroup of the 19."),
        U("wounded", 40, "gaza_strip", ["hospital officials", "the officials"],
          ["At least 40 other people were wounded"],
          "2026-01-26", ("hamas", None, "israel")),
        U("attack", None, "khan_younis", ["Nasser Hospital", "Staff at Nasser Hospital"],
          ["an airstrike flattened a family's tent in the coastal area west of the city before dawn",
           "The heaviest toll came in Khan Younis"],
          "2026-01-26", ("hamas", "civilian", "israel"), note="Pronoun 'the city' for Khan Younis."),
        U("killed", 8, "khan_younis", ["Nasser Hospital", "Staff at Nasser Hospital"],
          ["they had received eight bodies from the site"],
          "2026-01-26", ("hamas", "civilian", "israel")),
        U("killed", 2, "khan_younis", ["Nasser Hospital", "Staff at Nasser Hospital"],
          ["including those of a woman and her infant son"],
          "2026-01-26", ("hamas", "civilian", "israel"), optional=True,
          note="Implicit count (a woman and her infant son)."),
        U("attack", None, "bureij", ["civil defence agency", "civil defence"],
          ["a missile hit the upper floor of a house in Bureij"],
          "2026-01-26", ("hamas", "civilian", "israel"),
          note="'pulled four people out alive' are rescued survivors, not a unit."),
        U("attack", None, "gaza_city", ["witnesses"],
          ["tank fire struck a group of men gathering firewood near the Shujaiya market"],
          "2026-01-26", ("other", "civilian", "israel")),
        U("killed", 3, "gaza_strip", IDF,
          ['its troops had "eliminated three terrorists" who crossed the yellow line',
           "Hamas called the statement a lie and said the three men were farmers"],
          "2026-01-26", ("israel", "hamas", "israel"), modality="denied",
          note="Hamas denies they were militants (says farmers); one unit, claimant the Israeli military."),
        U("killed", 1, "gaza_strip", IDF, ["a reservist was killed on Sunday"],
          "2026-01-25", ("israel", "israel", "hamas")),
        U("attack", None, "gaza_strip", IDF,
          ["an explosive device hidden in a damaged building went off next to his unit in the southern Gaza Strip",
           "Israeli strikes and gunfire killed at least 19 Palestinians across the Gaza Strip on Monday"],
          "2026-01-25", ("israel", "israel", "hamas"), optional=True,
          note="Region-level only (strikes 'across the Gaza Strip', the device in the 'southern Gaza Strip'): no named place."),
        U("killed", 487, "gaza_strip", ["Gaza's health ministry", "health ministry"],
          ["487 Palestinians had been killed and 1,306 wounded since the ceasefire began"],
          "P", ("hamas", None, "israel"), scope="cumulative"),
        U("wounded", 1306, "gaza_strip", ["Gaza's health ministry", "health ministry"],
          ["487 Palestinians had been killed and 1,306 wounded since the ceasefire began"],
          "P", ("hamas", None, "israel"), scope="cumulative"),
        U("killed", 71564, "gaza_strip", ["Gaza's health ministry", "health ministry"],
          ["the overall death toll of the war had reached 71,564"],
          "P", ("hamas", None, "israel"), scope="cumulative"),
        U("attack", None, "southern_israel", ["Israeli tallies"],
          ["Hamas-led militants stormed southern Israel on 7 October 2023"],
          "2023-10-07", ("israel", "israel", "hamas"), optional=True, note="Background assault, region only."),
        U("killed", 1200, "southern_israel", ["Israeli tallies"],
          ["killing some 1,200 people and seizing 251 hostages"],
          "2023-10-07", ("israel", "israel", "hamas"), note="Background event asserted by the document."),
        U("abducted", 251, "southern_israel", ["Israeli tallies"],
          ["killing some 1,200 people and seizing 251 hostages"],
          "2023-10-07", ("israel", "israel", "hamas"), note="Background event."),
    ]))

# ------------------------------------------------------------------ ev22-08 Lebanon / Syria
T08 = """Cedar Daily | Lebanon | Tuesday, April 7, 2026 | Updated 11:40 Beirut

Three killed as Israeli strikes hit Nabatieh, Bint Jbeil and the Bekaa

By Rana Haddad-Sfeir

Listen to this article (4 min)

Israeli drones and warplanes struck targets across southern Lebanon and the Bekaa valley on Monday, killing three people and wounding nine, in another day of strikes that have continued despite the ceasefire agreed in November 2024.

An Israeli drone fired a missile at a car on the road between Nabatieh and Kfar Roummane in the afternoon, killing the two men inside, the Health Ministry's Emergency Operations Centre said in a statement. The Israeli army said one of them was a commander in Hezbollah's Radwan force who had been "rebuilding terrorist infrastructure" in the area.

Earlier in the day, a drone strike on a motorcycle on the outskirts of Bint Jbeil killed a man the army described as a Hezbollah operative. The town's mayor told Cedar Daily the victim ran a bakery and had no links to any party.

In the evening, warplanes carried out a series of raids on hills east of Baalbek. The ministry said nine people were wounded, among them two Syrian workers. The Israeli military said the raids targeted "weapons production sites" used by Hezbollah.

Residents of the border village of Kfar Kila said Israeli troops stationed on a nearby hilltop fired machine guns at houses on the edge of the village overnight. A spokesman for the UN peacekeeping force, UNIFIL, said its patrol had heard heavy gunfire in the area and that one of its watchtowers was hit, without causing injuries.

The Israeli military also said a rocket launched from Lebanese territory towards Metula had been intercepted on Monday morning. Hezbollah denied firing it, saying in a brief statement that it remained committed to the ceasefire.

Since the ceasefire took effect, Israeli strikes have killed more than 380 people in Lebanon, according to a tally by the Health Ministry. Israel says it is acting against attempts by Hezbollah to rearm.

In Tyre, hundreds of people rallied on the seafront on Monday evening to protest against the daily strikes and to demand that the government press for an Israeli withdrawal from five hilltop positions it still holds inside Lebanon.

Across the border, Israeli forces raided Beit Jinn in Syria's Quneitra countryside before dawn on Monday and detained seven men, Syrian state media reported. The Israeli military said the men were suspected of planning attacks on its troops.

ALSO READ
- Electricity: state utility promises 10 hours a day by summer
- Beirut port reconstruction: 3 bids received

Most read | Most shared

Copyright 2026 Cedar Daily. All rights reserved.
"""

LB_MOH = ["Health Ministry's Emergency Operations Centre", "Health Ministry", "Lebanese Health Ministry", "the ministry"]
IDF8 = ["Israeli military", "Israeli army", "The Israeli army"]

DOCS.append(dict(
    id="ev22-08", url="https://cedardaily.example/lebanon/2026/04/07/israeli-strikes-nabatieh-bint-jbeil-bekaa",
    title="Three killed as Israeli strikes hit Nabatieh, Bint Jbeil and the Bekaa",
    published="2026-04-07", conflict="Israel–Lebanon/Syria",
    form="local outlet (Beirut), byline and audio-player residue, also-read teasers",
    text=T08,
    units=[
        U("killed", 3, "lebanon", LB_MOH,
          ["killing three people and wounding nine", "Three killed as Israeli strikes hit Nabatieh, Bint Jbeil and the Bekaa"],
          "2026-04-06", ("other", None, "israel"), note="Day total; split as 2 (Nabatieh) and 1 (Bint Jbeil)."),
        U("wounded", 9, "baalbek", LB_MOH,
          ["The ministry said nine people were wounded", "killing three people and wounding nine"],
          "2026-04-06", ("other", "civilian", "israel")),
        U("wounded", 2, "baalbek", LB_MOH, ["among them two Syrian workers"],
          "2026-04-06", ("other", "civilian", "israel"), note="Numbered subgroup of the nine wounded."),
        U("attack", None, "nabatieh", LB_MOH + IDF8,
          ["An Israeli drone fired a missile at a car on the road between Nabatieh and Kfar Roummane",
           "Israeli strikes hit Nabatieh"],
          "2026-04-06", ("other", "hezbollah", "israel")),
        U("killed", 2, "nabatieh", LB_MOH, ["killing the two men inside"],
          "2026-04-06", ("other", "hezbollah", "israel"), note="Army says one was a Radwan commander."),
        U("attack", None, "bint_jbeil", IDF8 + ["mayor"],
          ["a drone strike on a motorcycle on the outskirts of Bint Jbeil",
           "Three killed as Israeli strikes hit Nabatieh, Bint Jbeil and the Bekaa"],
          "2026-04-06", ("israel", None, "israel")),
        U("killed", 1, "bint_jbeil", IDF8 + ["mayor"],
          ["killed a man the army described as a Hezbollah operative"],
          "2026-04-06", ("israel", None, "israel"), note="Victim disputed (operative vs baker): side null."),
        U("attack", None, "baalbek", LB_MOH + IDF8,
          ["warplanes carried out a series of raids on hills east of Baalbek",
           "the raids targeted \"weapons production sites\" used by Hezbollah"],
          "2026-04-06", ("other", "hezbollah", "israel")),
        U("attack", None, "kfar_kila", ["Residents", "UNIFIL"],
          ["Israeli troops stationed on a nearby hilltop fired machine guns at houses on the edge of the village overnight",
           "one of its watchtowers was hit"],
          "2026-04-07", ("other", "civilian", "israel"), note="'the village' refers back to Kfar Kila."),
        U("materiel_lost", 1, "metula", IDF8,
          ["a rocket launched from Lebanese territory towards Metula had been intercepted", "Hezbollah denied firing it"],
          "2026-04-06", ("israel", None, "israel"), modality="denied",
          note="Interception; Hezbollah denies firing, launcher side left null."),
        U("attack", None, "metula", IDF8,
          ["a rocket launched from Lebanese territory towards Metula had been intercepted"],
          "2026-04-06", ("israel", "israel", None), optional=True, note="Intercepted before impact."),
        U("attack", None, "south_lebanon", None,
          ["Israeli drones and warplanes struck targets across southern Lebanon and the Bekaa valley on Monday"],
          "2026-04-06", (None, None, "israel"), optional=True, note="Region-level summary of the named strikes."),
        U("attack", None, "bekaa", None,
          ["Israeli drones and warplanes struck targets across southern Lebanon and the Bekaa valley on Monday"],
          "2026-04-06", (None, None, "israel"), optional=True, note="Region-level summary (valley) of the Baalbek raids."),
        U("killed", 380, "lebanon", LB_MOH,
          ["Israeli strikes have killed more than 380 people in Lebanon"],
          "P", ("other", None, "israel"), scope="cumulative"),
        U("protest", 100, "tyre", None,
          ["hundreds of people rallied on the seafront on Monday evening to protest against the daily strikes"],
          "2026-04-06", (None, None, None), note="Vague 'hundreds' -> 100; 'five hilltop positions' is not a claim."),
        U("captured", 7, "beit_jinn", ["Syrian state media"],
          ["Israeli forces raided Beit Jinn in Syria's Quneitra countryside before dawn on Monday and detained seven men"],
          "2026-04-06", ("other", None, "israel")),
        U("attack", None, "beit_jinn", ["Syrian state media"],
          ["Israeli forces raided Beit Jinn in Syria's Quneitra countryside"],
          "2026-04-06", ("other", None, "israel"), optional=True, note="Ground raid, not a strike."),
    ]))

# ------------------------------------------------------------------ ev22-09 Red Sea / Yemen
T09 = """MARITIME SECURITY ADVISORY 031/2026 - RED SEA, BAB EL-MANDEB, GULF OF ADEN

Issued by: Combined Maritime Watch Centre (CMWC) | Date of issue: 12 JUN 2026 0600 UTC | Validity: until further notice

THREAT LEVEL: CRITICAL (southern Red Sea, Bab el-Mandeb) / HIGH (Gulf of Aden)

1. SUMMARY
The Houthis continue to target merchant shipping they judge to be linked to Israel or the United States. Two vessels were struck in the reporting period. Masters are advised to maintain AIS discipline, report all suspicious activity and keep the maximum practicable distance from the Yemeni coast.

2. INCIDENTS IN THE REPORTING PERIOD (5 - 11 JUN 2026)

2.1 On 10 JUN at approximately 0745 UTC, a Liberia-flagged bulk carrier reported being struck on the starboard side by an uncrewed surface vessel 54 NM west of Hodeidah. A fire broke out in the engine room. One crew member is missing and two sustained injuries; the remaining crew were evacuated by a nearby merchant vessel. The ship is adrift and salvage is being arranged.

2.2 On 11 JUN at approximately 1310 UTC, a container ship transiting southbound reported two splashes within 1 NM of the vessel, 28 NM south-west of Mokha in the approaches to Bab el-Mandeb. No damage was reported. In a televised statement the same evening, the Houthi military spokesman claimed that the group's naval forces had targeted the vessel with two ballistic missiles and "hit it accurately". CMWC has no information supporting a hit.

2.3 On 8 JUN, a Marshall Islands-flagged tanker was struck by a missile approximately 110 NM east of Aden in the Gulf of Aden. The hull was holed above the waterline and the vessel continued to its next port under its own power. No injuries were reported.

2.4 On 7 JUN, the Houthis claimed a drone attack on the Israeli port city of Eilat. The Israeli military stated that its air force intercepted a drone launched from Yemen before it reached Israeli territory.

3. STRIKES ASHORE
On 9 JUN, US Central Command stated that its forces struck radar sites and a fuel storage facility at Ras Isa port, north of Hodeidah. The Houthi-run health ministry in Sanaa said the strikes killed 14 people and wounded 27, describing the dead as port workers. On 11 JUN, the Israeli military said it had struck the Hezyaz power station south of Sanaa.

4. DETAINED CREW
The Houthis continue to hold 11 crew members of a vessel seized in July 2025. CMWC urges their immediate release.

5. CUMULATIVE PICTURE
Since November 2023, CMWC has recorded 147 attacks on commercial vessels in the region. Four vessels have been sunk and nine seafarers killed in that period.

6. GUIDANCE
Vessels are advised to transit the Bab el-Mandeb at the highest safe speed, preferably in daylight. Reports: watchkeeper@cmwc.example | +00 000 000 000 (24/7).

END OF ADVISORY
"""

HOUTHI = ["Houthi military spokesman", "Houthis", "Houthi"]

DOCS.append(dict(
    id="ev22-09", url="https://cmwc.example/advisories/2026/msa-031-2026",
    title="MARITIME SECURITY ADVISORY 031/2026 - RED SEA, BAB EL-MANDEB, GULF OF ADEN",
    published="2026-06-12", conflict="Yemen/Red Sea",
    form="maritime security advisory: numbered incidents, UTC times, nautical-mile positions",
    text=T09,
    units=[
        U("attack", None, "red_sea_hodeidah", None,
          ["reported being struck on the starboard side by an uncrewed surface vessel 54 NM west of Hodeidah"],
          "2026-06-10", (None, "other", "houthis"), note="Ship at sea 54 NM off Hodeidah: region place."),
        U("missing", 1, "red_sea_hodeidah", None, ["One crew member is missing"],
          "2026-06-10", (None, "civilian", "houthis")),
        U("wounded", 2, "red_sea_hodeidah", None, ["two sustained injuries"],
          "2026-06-10", (None, "civilian", "houthis")),
        U("attack", None, "bab_el_mandeb", HOUTHI,
          ["the group's naval forces had targeted the vessel with two ballistic missiles"],
          "2026-06-11", ("houthis", "other", "houthis"),
          note="Claimed by the Houthis; the advisory reports only splashes. 'two splashes' and 'two ballistic missiles' are not losses."),
        U("attack", None, "gulf_of_aden", None,
          ["a Marshall Islands-flagged tanker was struck by a missile approximately 110 NM east of Aden in the Gulf of Aden"],
          "2026-06-08", (None, "other", "houthis"), note="Actor inferred from the summary; no claim of responsibility."),
        U("attack", None, "eilat", HOUTHI, ["the Houthis claimed a drone attack on the Israeli port city of Eilat"],
          "2026-06-07", ("houthis", "israel", "houthis")),
        U("materiel_lost", 1, "eilat", ["Israeli military"],
          ["its air force intercepted a drone launched from Yemen"],
          "2026-06-07", ("israel", "houthis", "israel"), note="Interception; launcher's side is the victim."),
        U("attack", None, "ras_isa", ["US Central Command", "Central Command"],
          ["its forces struck radar sites and a fuel storage facility at Ras Isa port"],
          "2026-06-09", ("united_states", "houthis", "united_states")),
        U("killed", 14, "ras_isa", ["Houthi-run health ministry", "health ministry"],
          ["the strikes killed 14 people and wounded 27"],
          "2026-06-09", ("houthis", "civilian", "united_states")),
        U("wounded", 27, "ras_isa", ["Houthi-run health ministry", "health ministry"],
          ["the strikes killed 14 people and wounded 27"],
          "2026-06-09", ("houthis", "civilian", "united_states")),
        U("attack", None, "sanaa", ["Israeli military"],
          ["it had struck the Hezyaz power station south of Sanaa"],
          "2026-06-11", ("israel", "houthis", "israel")),
        U("captured", 11, "red_sea_wide", None, ["The Houthis continue to hold 11 crew members of a vessel seized in July 2025"],
          "2025-07", (None, "civilian", "houthis"), note="Crew held by an armed group since the seizure."),
        U("materiel_lost", 4, "red_sea_wide", None, ["Four vessels have been sunk"],
          "P", (None, "other", "houthis"), scope="cumulative", note="Item ship. '147 attacks' counts attacks, not a unit."),
        U("killed", 9, "red_sea_wide", None, ["nine seafarers killed in that period"],
          "P", (None, "civilian", "houthis"), scope="cumulative"),
    ]))

# ------------------------------------------------------------------ ev22-10 Myanmar
T10 = """Monastery sheltering 150 displaced hit in junta air raid in Ye-U; 17 dead

Mandalay Frontier News | 3 July 2026 | Sagaing Region

A junta air strike on a Buddhist monastery in Ye-U, where about 150 people displaced by fighting had been sheltering, killed 17 people and wounded 32 on Wednesday night, local rescue workers told Mandalay Frontier News.

A fighter jet dropped two bombs on the monastery compound shortly before midnight, said a member of the Ye-U township rescue team who asked not to be named for security reasons. "Most of the dead are women and old people. We are still searching for two novice monks," he said. Among the dead were five children, according to the team's list.

The regime's information team did not respond to requests for comment. Junta-controlled newspapers on Thursday described the raid as a "precision operation against terrorists" and did not mention casualties.

On the same day, soldiers in Ye-U detained 26 young men at a checkpoint and took them away to be conscripted, residents said.

In Shwebo, about 35 km to the south-east, a motorised paraglider dropped explosives on a crowd gathered for a candlelight protest against conscription on Tuesday evening, killing eight people, according to the organisers of the protest.

Elsewhere, the Arakan Army (AA) said in a statement on Thursday that its fighters had stormed and overrun the last junta outposts around Kyaukphyu, the Rakhine port town that hosts Chinese-backed oil and gas terminals. A junta spokesman denied the town had fallen, saying troops remained in control of the port and the deep-sea terminal.

The AA also said it had shelled the airport in Sittwe, the state capital, which remains under junta control.

In Kachin State, the Kachin Independence Army (KIA), which has besieged Bhamo since December 2024, said it had seized the town's airport after a week of heavy fighting. The claim could not be independently verified.

More than 3.6 million people have been displaced across Myanmar since the 2021 coup, according to the United Nations.

Mandalay Frontier News is an independent outlet. Support our reporting.

Related stories
- Five years after the coup: 12 numbers that tell the story
- Rice prices in Sagaing up 40 percent

Tags: Sagaing, air strike, displaced, Arakan Army, Kachin
"""

RESCUE = ["local rescue workers", "Ye-U township rescue team", "rescue team", "rescue workers"]

DOCS.append(dict(
    id="ev22-10", url="https://mandalayfrontier.example/news/2026/07/03/ye-u-monastery-air-raid",
    title="Monastery sheltering 150 displaced hit in junta air raid in Ye-U; 17 dead",
    published="2026-07-03", conflict="Myanmar",
    form="exile local outlet, headline with figures, anonymous sources",
    text=T10,
    units=[
        U("attack", None, "ye_u", RESCUE,
          ["A junta air strike on a Buddhist monastery in Ye-U", "A fighter jet dropped two bombs on the monastery compound",
           "Monastery sheltering 150 displaced hit in junta air raid in Ye-U"],
          "2026-07-01", ("other", "civilian", "myanmar_junta"),
          note="'on Wednesday night' in a Friday story; junta papers call it an operation against 'terrorists'."),
        U("affected", 150, "ye_u", RESCUE,
          ["where about 150 people displaced by fighting had been sheltering", "Monastery sheltering 150 displaced"],
          "2026-07-01", ("other", "civilian", "myanmar_junta"), note="People sheltering at the target."),
        U("killed", 17, "ye_u", RESCUE, ["killed 17 people and wounded 32", "17 dead"],
          "2026-07-01", ("other", "civilian", "myanmar_junta"),
          note="Rescue workers as claimants: side other."),
        U("wounded", 32, "ye_u", RESCUE, ["killed 17 people and wounded 32"],
          "2026-07-01", ("other", "civilian", "myanmar_junta")),
        U("missing", 2, "ye_u", RESCUE, ["We are still searching for two novice monks"],
          "2026-07-01", ("other", "civilian", "myanmar_junta")),
        U("killed", 5, "ye_u", RESCUE, ["Among the dead were five children"],
          "2026-07-01", ("other", "civilian", "myanmar_junta"), note="Numbered subgroup."),
        U("captured", 26, "ye_u", ["residents"], ["soldiers in Ye-U detained 26 young men at a checkpoint"],
          "2026-07-01", ("other", "civilian", "myanmar_junta"), note="Detained by an armed force for conscription."),
        U("attack", None, "shwebo", ["organisers of the protest", "organisers"],
          ["a motorised paraglider dropped explosives on a crowd gathered for a candlelight protest"],
          "2026-06-30", ("other", "civilian", "myanmar_junta"), note="'about 35 km' is a distance, not a claim."),
        U("protest", None, "shwebo", ["organisers of the protest", "organisers"],
          ["a crowd gathered for a candlelight protest against conscription"],
          "2026-06-30", ("other", None, None)),
        U("killed", 8, "shwebo", ["organisers of the protest", "organisers"], ["killing eight people"],
          "2026-06-30", ("other", "civilian", "myanmar_junta")),
        U("territory", None, "kyaukphyu", ["Arakan Army", "AA"],
          ["its fighters had stormed and overrun the last junta outposts around Kyaukphyu",
           "A junta spokesman denied the town had fallen"],
          "2026-07-02", ("resistance", "myanmar_junta", "resistance"), modality="denied",
          note="Junta spokesman denies the town fell."),
        U("attack", None, "sittwe", ["Arakan Army", "AA"], ["it had shelled the airport in Sittwe"],
          "P", ("resistance", "myanmar_junta", "resistance")),
        U("territory", None, "sittwe", None, ["which remains under junta control"],
          "P", (None, None, "myanmar_junta"), optional=True, note="Standing control, not a change; debatable."),
        U("territory", None, "bhamo", ["Kachin Independence Army", "KIA"],
          ["it had seized the town's airport after a week of heavy fighting",
           "which has besieged Bhamo since December 2024"],
          "P", ("resistance", "myanmar_junta", "resistance"), note="Siege (relative clause) and airport seizure: one Bhamo unit."),
        U("displaced", 3600000, "myanmar", ["United Nations"],
          ["More than 3.6 million people have been displaced across Myanmar since the 2021 coup"],
          "P", ("other", "civilian", None), scope="cumulative"),
    ]))
