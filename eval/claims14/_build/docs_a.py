"""ev14-01 .. ev14-07: Sudan, Gaza, West Bank, Lebanon, Yemen/Red Sea."""
from lib import P, U

# ---------------------------------------------------------------- places
ElObeid = P("El Obeid", 13.18421, 30.21669, geoname="El Obeid", aliases=["Al-Ubayyid"])
Bara = P("Bara", 13.7, 30.36667, geoname="Bārah", aliases=["Barah"])
Dilling = P("Dilling", 12.05, 29.65, geoname="Dilling")
Kadugli = P("Kadugli", 11.01111, 29.71833, geoname="Kadugli")
SKordofan = P("South Kordofan", 11.5, 29.7, aliases=["Dilling", "Kadugli"], region=True, radius=120)
Babanusa = P("Babanusa", 11.33333, 27.8, geoname="Babanūsah", aliases=["Babanousa"])
ElFasher = P("El Fasher", 13.62793, 25.34936, geoname="El Fasher", aliases=["Al Fashir", "Tawila"])
AbuJubaiha = P("Abu Jubaiha", 11.4562, 31.2285, geoname="Abu Jibeha", aliases=["Abu Jibeha", "Abu Jubayhah"])
Heglig = P("Heglig", 10.0, 29.4, aliases=["Heglig oil field", "Hijlij"])
Sudan = P("Sudan", 15.0, 30.0, aliases=["Sudan"], region=True, radius=900)
Kordofan = P("Kordofan", 12.5, 29.5, aliases=["Kordofan states", "North Kordofan", "South Kordofan", "West Kordofan"], region=True, radius=350)
AbuZabad = P("Abu Zabad", 12.35, 29.25, geoname="Abū Zabad", aliases=["En Nahud", "An Nuhud"])

GazaStrip = P("Gaza Strip", 31.42, 34.38, aliases=["Gaza", "the Strip"], region=True, radius=30)
GazaCity = P("Gaza City", 31.50161, 34.46672, geoname="Gaza", aliases=["Gaza", "Sheikh Radwan", "Tal al-Hawa"])
SheikhRadwan = P("Sheikh Radwan", 31.53, 34.47, aliases=["Sheikh Radwan neighbourhood"])
Rafah = P("Rafah", 31.29722, 34.24357, geoname="Rafaḩ")
KhanYounis = P("Khan Younis", 31.34018, 34.30627, geoname="Khān Yūnis", aliases=["Khan Yunis"])
BeitLahia = P("Beit Lahia", 31.5464, 34.49514, geoname="Bayt Lāhyā", aliases=["Beit Lahiya"])

Tammun = P("Tammun", 32.28347, 35.38367, geoname="Ţammūn", aliases=["Tamun"])
Tubas = P("Tubas", 32.32091, 35.36989, geoname="Ţūbās", aliases=["Tubas governorate"])
NWBcamps = P("northern West Bank camps", 32.38, 35.18, aliases=["Jenin", "Tulkarm", "Nur Shams"], region=True, radius=35)
Mughayyir = P("al-Mughayyir", 32.0192, 35.34783, geoname="Al Mughayyir", aliases=["Al Mughayyir", "Mughayyir"])
Ramallah = P("Ramallah", 31.89964, 35.20422, geoname="Ramallah")
WestBank = P("West Bank", 31.95, 35.25, aliases=["West Bank", "East Jerusalem"], region=True, radius=80)

Beirut = P("Beirut", 33.89332, 35.50157, geoname="Beirut", aliases=["Haret Hreik", "southern suburbs", "Dahiyeh"])
Nabatieh = P("Nabatieh", 33.37889, 35.48389, geoname="Nabatîyé et Tahta", aliases=["Kfar Roummane", "Nabatiyeh"])
Aitaroun = P("Aitaroun", 33.118, 35.47, aliases=["Aita al-Shaab"])
Brital = P("Brital", 33.93417, 36.14944, geoname="Brîtel", aliases=["Bekaa Valley", "Bekaa"])
Lebanon = P("Lebanon", 33.85, 35.86, aliases=["Lebanon"], region=True, radius=120)
SLebanon = P("southern Lebanon", 33.2, 35.4, aliases=["Lebanon", "Lebanese territory"], region=True, radius=40)

Ramon = P("Ramon Airport", 29.7236, 35.0114, aliases=["Eilat", "Umm al-Rashrash", "Ramon"])
NRedSea = P("northern Red Sea", 27.0, 34.8, aliases=["Red Sea"], region=True, radius=250)
RedSeaS = P("Red Sea", 15.0, 41.8, aliases=["southern Red Sea"], region=True, radius=300)
Negev = P("Negev", 30.8, 34.8, aliases=["Negev region", "Naqab"], region=True, radius=80)
Hodeidah = P("Hodeidah", 14.79781, 42.95452, geoname="Al Ḩudaydah", aliases=["Al Hudaydah", "Hudaydah", "Hodeida", "port of Hodeidah"])
Sanaa = P("Sanaa", 15.35452, 44.20646, geoname="Sanaa", aliases=["Dhahban", "Hodeidah", "Sana'a"])
Hajjah = P("Hajjah", 15.69425, 43.60582, geoname="Ḩajjah", aliases=["Hajjah governorate"], region=True, radius=60)
BenGurion = P("Ben Gurion Airport", 32.0114, 34.8867, aliases=["Lod", "Tel Aviv"])

DOCS = []


def doc(i, url, title, published, text, units):
    DOCS.append(({"id": f"ev14-{i:02d}", "url": url, "title": title, "published": published,
                  "text": text.strip("\n")}, units))


# ---------------------------------------------------------------- ev14-01 Sudan, wire
doc(1, "https://nilewire.example.com/africa/sudan-el-obeid-market-drone-2025-11-18",
    "Drone strike on El Obeid market kills 14 as RSF presses Kordofan offensive", "2025-11-18T10:42:00Z", """
PORT SUDAN, Nov 18 (Nilewire) - A drone attack on a crowded livestock market in El Obeid killed 14 people and wounded 37 on Monday, the health directorate of North Kordofan state said, blaming the paramilitary Rapid Support Forces (RSF).

The directorate said in a statement that four children were among the dead and that several of the wounded were in a critical condition. The RSF did not reply to a request for comment.

El Obeid, the state capital and a key junction on the road to Khartoum, is home to roughly 400,000 people. It has been shelled repeatedly since the paramilitary force took the town of Bara, about 60 km to the north, in late October.

In a separate statement, the Sudanese army said its aircraft had pounded RSF positions around Bara on Sunday, destroying 22 combat vehicles and killing "more than 80 rebels". Nilewire could not independently verify the claim.

Also on Sunday, drones struck the power station at the Merowe Dam on the Nile, cutting electricity across northern Sudan and in Port Sudan, the national electricity company said. The army blamed the RSF, which has hit the dam several times this year.

Further south, residents of Dilling and Kadugli, two South Kordofan towns that RSF fighters and their allies in the SPLM-N rebel movement have encircled since the summer, said food prices had tripled in a month. "Nothing comes in any more. We eat once a day," a Kadugli resident told Nilewire by phone, asking not to be named.

The United Nations estimates that about 300,000 people remain trapped in the two towns. The World Food Programme has warned that famine, already confirmed in Kadugli, could spread to Dilling within weeks unless aid convoys are allowed through.

RSF adviser Mohamed al-Mukhtar said on Telegram that his forces had taken full control of Babanusa, the last army garrison in West Kordofan, after it was overrun on Saturday, and warned that El Obeid would be the next city his forces would take. The army denied that the base had fallen, saying its 22nd Infantry Division was still holding its positions and had beaten back three assaults in 48 hours.

The war between the army and the RSF broke out in April 2023 over plans to merge the two forces. A truce proposal drawn up in September by the United States, Saudi Arabia, the United Arab Emirates and Egypt has not been implemented by either side.

More than 100,000 people have fled El Fasher and its surroundings since the RSF captured the city on Oct 26, the International Organization for Migration said on Monday. Many have walked to Tawila, some 60 km to the west.

(Reporting by Nilewire's Sudan desk; Editing by Clare Hughes)
""", [
    U("killed", 14, ElObeid, ["health directorate of North Kordofan state", "health directorate", "North Kordofan"],
      "A drone attack on a crowded livestock market in El Obeid killed 14 people and wounded 37 on Monday",
      "2025-11-17", "saf/-/rsf"),
    U("wounded", 37, ElObeid, ["health directorate of North Kordofan state", "health directorate", "North Kordofan"],
      "killed 14 people and wounded 37 on Monday", "2025-11-17", "saf/-/rsf"),
    U("killed", 4, ElObeid, ["health directorate of North Kordofan state", "health directorate", "directorate"],
      "four children were among the dead", "2025-11-17", "saf/civilian/rsf"),
    U("wounded", 3, ElObeid, ["health directorate", "directorate"],
      "several of the wounded were in a critical condition", "2025-11-17", "saf/-/rsf", opt=True,
      note="Severity subset of the 37; vague 'several' -> 3."),
    U("attack", None, ElObeid, ["health directorate of North Kordofan state", "health directorate", "North Kordofan"],
      ["A drone attack on a crowded livestock market in El Obeid",
       "It has been shelled repeatedly since the paramilitary force took the town of Bara"],
      "2025-11-17", "saf/civilian/rsf"),
    U("territory", None, Bara, None,
      "since the paramilitary force took the town of Bara, about 60 km to the north, in late October",
      "2025-10", "-/saf/rsf", note="RSF capture of Bara, asserted by the outlet."),
    U("attack", None, Bara, ["Sudanese army", "army"],
      "its aircraft had pounded RSF positions around Bara on Sunday", "2025-11-16", "saf/rsf/saf"),
    U("materiel_lost", 22, Bara, ["Sudanese army", "army"], "destroying 22 combat vehicles",
      "2025-11-16", "saf/rsf/saf", note="item vehicle"),
    U("killed", 80, Bara, ["Sudanese army", "army"], 'killing "more than 80 rebels"',
      "2025-11-16", "saf/rsf/saf"),
    U("attack", None, P("Merowe Dam", 18.669, 32.05, aliases=["Merowe", "Merowe Dam power station"]),
      ["national electricity company", "electricity company", "army"],
      ["drones struck the power station at the Merowe Dam on the Nile",
       "The army blamed the RSF, which has hit the dam several times this year"],
      "2025-11-16", "other/saf/rsf", note="Facility: the dam's power station."),
    U("territory", None, Dilling, None,
      "two South Kordofan towns that RSF fighters and their allies in the SPLM-N rebel movement have encircled since the summer",
      "2025-11-18", "-/saf/rsf", basis="published", note="Encirclement (siege) stated in a relative clause."),
    U("territory", None, Kadugli, None,
      "two South Kordofan towns that RSF fighters and their allies in the SPLM-N rebel movement have encircled since the summer",
      "2025-11-18", "-/saf/rsf", basis="published"),
    U("affected", 300000, SKordofan, ["United Nations", "UN"],
      "about 300,000 people remain trapped in the two towns", "2025-11-18", "other/civilian/rsf",
      scope="cumulative", basis="published", note="Besieged population of Dilling and Kadugli."),
    U("territory", None, Babanusa, ["Mohamed al-Mukhtar", "RSF adviser", "RSF"],
      ["his forces had taken full control of Babanusa", "after it was overrun on Saturday",
       "The army denied that the base had fallen"],
      "2025-11-15", "rsf/saf/rsf", mod="denied", note="Army denies the fall of the garrison."),
    U("territory", None, ElObeid, ["Mohamed al-Mukhtar", "RSF adviser", "RSF"],
      "warned that El Obeid would be the next city his forces would take", "2025-11-18", "rsf/saf/rsf",
      mod="warned", basis="published", note="Threat in the same sentence as the Babanusa claim."),
    U("attack", None, Babanusa, ["army"], "had beaten back three assaults in 48 hours",
      "2025-11-18", "saf/saf/rsf", opt=True, basis="published", note="Ground assaults, not strikes."),
    U("displaced", 100000, ElFasher, ["International Organization for Migration", "IOM"],
      "More than 100,000 people have fled El Fasher and its surroundings since the RSF captured the city on Oct 26",
      "2025-11-17", "other/-/rsf", scope="cumulative"),
    U("territory", None, ElFasher, None,
      "More than 100,000 people have fled El Fasher and its surroundings since the RSF captured the city on Oct 26",
      "2025-10-26", "-/saf/rsf"),
])

# ---------------------------------------------------------------- ev14-02 Sudan, OCHA flash update
doc(2, "https://reports.unocha.example.org/sudan/kordofan-flash-update-3",
    "Sudan: Kordofan Crisis - Flash Update No. 3 (4 December 2025)", "2025-12-04", """
SUDAN: Kordofan Crisis
Flash Update No. 3
4 December 2025

This update is produced by OCHA Sudan with inputs from humanitarian partners. It covers 27 November to 3 December 2025. The next update will be issued on or around 11 December.

HIGHLIGHTS
• Some 41,000 people have been displaced from Babanusa town and surrounding villages in West Kordofan since 25 November, according to IOM's Displacement Tracking Matrix (DTM).
• A drone strike on a kindergarten in Abu Jubaiha, South Kordofan, reportedly killed 33 people on 1 December, 21 of them children, local authorities said.
• The road between Dilling and Kadugli remains cut; no supply convoy has reached either town since early October.
• The 2025 Sudan Humanitarian Needs and Response Plan is 27 per cent funded, with US$1.14 billion received against $4.2 billion required.

SITUATION OVERVIEW
• Hostilities intensified across the three Kordofan states during the reporting period. In North Kordofan, shelling of residential neighbourhoods in El Obeid on 29 November killed at least nine civilians, according to the State Ministry of Health.
• In Abu Jubaiha, the strike on the kindergarten was followed by a second strike on people who had rushed to help the injured, local sources said. Health partners reported that 46 wounded people were being treated at the town's rural hospital, which has a single doctor.
• The Resident and Humanitarian Coordinator condemned the killing of children and recalled that parties to the conflict must protect civilians and civilian objects under international humanitarian law.
• In West Kordofan, the RSF announced on 1 December that it had seized the Heglig oil field near the border with South Sudan. OCHA is unable to verify this. About 3,000 oil workers and family members were reportedly evacuated across the border into South Sudan.
• According to DTM figures as of 30 November, more than 9.6 million people are internally displaced across Sudan, including 1.2 million in the Kordofan states.
• In North Darfur, partners have installed 12 new water points in Tawila, where most people arriving from El Fasher are staying.

HUMANITARIAN RESPONSE
• WFP distributed emergency food rations to 61,000 people in Tawila in the week ending 2 December.
• A convoy of 14 trucks carrying medical supplies reached El Obeid on 2 December after a six-day journey from Kosti.
• Mobile health teams carried out 4,200 consultations in Abu Zabad and En Nahud, where an estimated 180,000 displaced people are staying.
• Partners warn that stocks of therapeutic food in El Obeid will run out by mid-December if the Kosti road is closed again.

FUNDING
• The Sudan Humanitarian Fund has allocated $12 million for the Kordofan response.

For further information, please contact: ocha-sudan@example.int
""", [
    U("displaced", 41000, Babanusa, ["IOM", "Displacement Tracking Matrix", "DTM"],
      "Some 41,000 people have been displaced from Babanusa town and surrounding villages in West Kordofan since 25 November",
      "2025-12-04", "other/-/-", scope="cumulative", basis="published"),
    U("killed", 33, AbuJubaiha, ["local authorities"],
      "A drone strike on a kindergarten in Abu Jubaiha, South Kordofan, reportedly killed 33 people on 1 December",
      "2025-12-01", "saf/-/-"),
    U("killed", 21, AbuJubaiha, ["local authorities"], "21 of them children", "2025-12-01", "saf/civilian/-"),
    U("attack", None, AbuJubaiha, ["local authorities", "local sources"],
      ["A drone strike on a kindergarten in Abu Jubaiha",
       "the strike on the kindergarten was followed by a second strike on people who had rushed to help the injured"],
      "2025-12-01", "saf/civilian/-"),
    U("killed", 9, ElObeid, ["State Ministry of Health", "Ministry of Health"],
      "shelling of residential neighbourhoods in El Obeid on 29 November killed at least nine civilians",
      "2025-11-29", "saf/civilian/-"),
    U("attack", None, ElObeid, ["State Ministry of Health", "Ministry of Health"],
      "shelling of residential neighbourhoods in El Obeid on 29 November", "2025-11-29", "saf/civilian/-"),
    U("wounded", 46, AbuJubaiha, ["Health partners"],
      "46 wounded people were being treated at the town's rural hospital", "2025-12-01", "other/-/-"),
    U("territory", None, Dilling, None, "The road between Dilling and Kadugli remains cut", "2025-12-04",
      "-/saf/rsf", opt=True, basis="published", note="Siege implied by a cut road."),
    U("territory", None, Kadugli, None, "The road between Dilling and Kadugli remains cut", "2025-12-04",
      "-/saf/rsf", opt=True, basis="published", note="Siege implied by a cut road."),
    U("territory", None, Heglig, ["RSF"], "it had seized the Heglig oil field near the border with South Sudan",
      "2025-12-01", "rsf/saf/rsf"),
    U("displaced", 3000, Heglig, None,
      "About 3,000 oil workers and family members were reportedly evacuated across the border into South Sudan",
      "2025-12-04", "-/civilian/-", basis="published"),
    U("displaced", 9600000, Sudan, ["DTM"],
      "more than 9.6 million people are internally displaced across Sudan", "2025-11-30", "other/-/-",
      scope="cumulative"),
    U("displaced", 1200000, Kordofan, ["DTM"], "including 1.2 million in the Kordofan states", "2025-11-30",
      "other/-/-", scope="cumulative"),
    U("displaced", 180000, AbuZabad, None,
      "where an estimated 180,000 displaced people are staying", "2025-12-04", "-/-/-",
      scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-03 Gaza, live blog
doc(3, "https://live.meridian-news.example.net/middle-east/gaza-live-2025-09-16",
    "Gaza live: Israeli tanks push into Gaza City as ground offensive begins", "2025-09-16T18:45:00Z", """
Gaza live: Israeli tanks push into Gaza City as ground offensive begins
Live updates | Last updated 18:45 GMT, 16 September 2025

18:45 GMT
Health ministry: death toll passes 64,900
Gaza's health ministry says at least 64,964 Palestinians have been killed and 164,816 wounded in Israeli attacks since October 2023. In its daily report, it said the bodies of 98 people had been brought to hospitals over the past 24 hours, along with 385 injured.

18:05 GMT
Israeli military: two soldiers killed in Rafah
The Israel Defense Forces say two soldiers from the Givati Brigade were killed when an explosive device went off next to their armoured vehicle in Rafah on Monday night. A third soldier was seriously wounded, the military said.

17:20 GMT
Qassam Brigades says fighters hit tank in Sheikh Radwan
Hamas's armed wing says its fighters fired a Yassin-105 rocket at a Merkava tank on the edge of the Sheikh Radwan neighbourhood. There was no comment from the Israeli military. Residents said they saw black smoke rising over the area in the early afternoon.

16:40 GMT
'We have moved nine times'
Umm Khaled, 41, left Tal al-Hawa on foot before sunrise with her five children and a bag of flour. "Every time they tell us the south is safe, and every time the bombs follow us," she told our correspondent on the coastal road. "We have moved nine times."

15:10 GMT
Strike on school shelter kills 11, civil defence says
Gaza's civil defence agency says an Israeli strike on the al-Farabi school in western Gaza City, which was sheltering around 600 displaced people, killed 11 people, among them four women. Spokesman Mahmoud Basal said rescue teams were still searching for three people missing under the rubble.
The Israeli military said it had struck "a Hamas command-and-control centre" inside the compound and had taken steps to reduce harm to civilians.

14:00 GMT
Israel says 350,000 have left Gaza City
An Israeli military spokesman says more than 350,000 residents have moved south from Gaza City since the army began telling people to leave. UN agencies put the figure at around 250,000 as of Monday.

12:30 GMT
Tanks advance into eastern and western districts
Israeli tanks rolled into Sheikh Radwan and Tal al-Hawa overnight, residents said, while warplanes pounded high-rise towers along the city's western seafront. The military confirmed that ground forces had begun what it called an expanded operation in Gaza City.

09:40 GMT
Three killed near aid site, hospital says
Three Palestinians were shot dead on Tuesday morning while waiting for food near a distribution point north of Khan Younis, according to Nasser Hospital, which received the bodies. The Israeli military said troops had fired warning shots at "suspects" who approached them.

08:00 GMT
Welcome to our live coverage
Israel has launched a long-threatened ground offensive on Gaza City, home to about one million people before the war. Follow our live updates below.
""", [
    U("killed", 64964, GazaStrip, ["Gaza's health ministry", "health ministry"],
      "at least 64,964 Palestinians have been killed and 164,816 wounded in Israeli attacks since October 2023",
      "2025-09-16", "hamas/-/israel", scope="cumulative", basis="published"),
    U("wounded", 164816, GazaStrip, ["Gaza's health ministry", "health ministry"],
      "at least 64,964 Palestinians have been killed and 164,816 wounded in Israeli attacks since October 2023",
      "2025-09-16", "hamas/-/israel", scope="cumulative", basis="published"),
    U("killed", 64900, GazaStrip, ["Gaza's health ministry", "health ministry"],
      "Health ministry: death toll passes 64,900", "2025-09-16", "hamas/-/israel", scope="cumulative",
      opt=True, basis="published", note="Rounded headline form of the 64,964 toll."),
    U("killed", 98, GazaStrip, ["Gaza's health ministry", "health ministry", "daily report"],
      "the bodies of 98 people had been brought to hospitals over the past 24 hours", "2025-09-16",
      "hamas/-/israel", scope="cumulative", basis="published", note="24-hour aggregate (period total)."),
    U("wounded", 385, GazaStrip, ["Gaza's health ministry", "health ministry", "daily report"],
      "along with 385 injured", "2025-09-16", "hamas/-/israel", scope="cumulative", basis="published"),
    U("killed", 2, Rafah, ["Israel Defense Forces", "Israeli military", "IDF"],
      ["two soldiers from the Givati Brigade were killed when an explosive device went off next to their armoured vehicle in Rafah on Monday night",
       "Israeli military: two soldiers killed in Rafah"],
      "2025-09-15", "israel/israel/-"),
    U("wounded", 1, Rafah, ["Israeli military", "military"], "A third soldier was seriously wounded",
      "2025-09-15", "israel/israel/-", opt=True, note="Implicit count of one."),
    U("attack", None, Rafah, ["Israel Defense Forces", "Israeli military", "IDF"],
      ["an explosive device went off next to their armoured vehicle in Rafah",
       "Israeli military: two soldiers killed in Rafah"], "2025-09-15", "israel/israel/-"),
    U("attack", None, SheikhRadwan, ["Qassam Brigades", "Hamas's armed wing", "Hamas"],
      ["its fighters fired a Yassin-105 rocket at a Merkava tank on the edge of the Sheikh Radwan neighbourhood",
       "Qassam Brigades says fighters hit tank in Sheikh Radwan"],
      "2025-09-16", "hamas/israel/hamas", basis="published"),
    U("materiel_lost", 1, SheikhRadwan, ["Qassam Brigades", "Hamas's armed wing"],
      "Qassam Brigades says fighters hit tank in Sheikh Radwan", "2025-09-16", "hamas/israel/hamas",
      opt=True, basis="published", note="A tank hit, not said to be destroyed."),
    U("killed", 11, GazaCity, ["civil defence", "Gaza's civil defence agency", "Mahmoud Basal"],
      ["an Israeli strike on the al-Farabi school in western Gaza City, which was sheltering around 600 displaced people, killed 11 people",
       "Strike on school shelter kills 11, civil defence says"],
      "2025-09-16", "hamas/-/israel", basis="published"),
    U("killed", 4, GazaCity, ["civil defence", "Gaza's civil defence agency"], "among them four women",
      "2025-09-16", "hamas/civilian/israel", basis="published"),
    U("affected", 600, GazaCity, ["civil defence", "Gaza's civil defence agency"],
      "which was sheltering around 600 displaced people", "2025-09-16", "hamas/civilian/israel", basis="published"),
    U("missing", 3, GazaCity, ["Mahmoud Basal", "civil defence"],
      "still searching for three people missing under the rubble", "2025-09-16", "hamas/-/israel", basis="published"),
    U("attack", None, GazaCity, ["civil defence", "Gaza's civil defence agency", "Israeli military", "residents"],
      ["an Israeli strike on the al-Farabi school in western Gaza City",
       "Strike on school shelter kills 11",
       'The Israeli military said it had struck "a Hamas command-and-control centre" inside the compound',
       "warplanes pounded high-rise towers along the city's western seafront"],
      "2025-09-16", "hamas/civilian/israel", basis="published"),
    U("displaced", 350000, GazaCity, ["Israeli military spokesman", "Israeli military", "Israel"],
      ["more than 350,000 residents have moved south from Gaza City since the army began telling people to leave",
       "Israel says 350,000 have left Gaza City"],
      "2025-09-16", "israel/civilian/israel", scope="cumulative", basis="published"),
    U("displaced", 250000, GazaCity, ["UN agencies", "UN"], "UN agencies put the figure at around 250,000 as of Monday",
      "2025-09-15", "other/civilian/israel", scope="cumulative"),
    U("territory", None, GazaCity, ["residents", "Israeli military", "military"],
      ["Israeli tanks rolled into Sheikh Radwan and Tal al-Hawa overnight",
       "ground forces had begun what it called an expanded operation in Gaza City",
       "Israeli tanks push into Gaza City as ground offensive begins",
       "Israel has launched a long-threatened ground offensive on Gaza City"],
      "2025-09-16", "other/hamas/israel"),
    U("killed", 3, KhanYounis, ["Nasser Hospital"],
      ["Three Palestinians were shot dead on Tuesday morning while waiting for food near a distribution point north of Khan Younis",
       "Three killed near aid site, hospital says"],
      "2025-09-16", "hamas/-/israel"),
])

# ---------------------------------------------------------------- ev14-04 Gaza, NGO press release
doc(4, "https://www.mww.example.org/press/2026-01-20-gaza-paramedic-killed",
    "Gaza: paramedic killed in drone strike on marked ambulance", "2026-01-20", """
PRESS RELEASE - FOR IMMEDIATE RELEASE

Gaza: paramedic killed in drone strike on marked ambulance, as deaths continue three months into ceasefire

London / Gaza, 20 January 2026 - Medics Without Walls (MWW) is devastated to confirm that paramedic Yousef Abu Shamala, 29, was killed on Sunday when a drone strike hit the ambulance he was driving east of Khan Younis. His colleague, nurse Rana Hamdan, was seriously injured and is being treated at Nasser Medical Complex.

The ambulance was clearly marked, and its route had been shared in advance with the Israeli authorities through the humanitarian notification system, MWW said. Asked about the incident, the Israeli military said it was "looking into the reports".

Yousef is the 14th member of our staff to be killed in Gaza since October 2023. Across the Strip, at least 570 health and aid workers have been killed over the same period, according to the United Nations, more than in any other conflict on record.

A ceasefire took effect on 10 October, but strikes and shootings have not stopped. Gaza's health ministry says 466 Palestinians have been killed and 1,260 injured since the truce began, most of them near the so-called yellow line that now divides the Strip. Israel says three of its soldiers have been killed by Palestinian fire in the same period.

On Monday, the Israeli army said its troops had killed two militants who crossed the yellow line near Beit Lahia and "posed an immediate threat".

Conditions in the displacement sites remain dire. Storms last week flooded or flattened an estimated 27,000 tents in al-Mawasi and Deir al-Balah, according to the UN-led shelter cluster, leaving around 110,000 people without proper cover. In five days, our teams treated 312 children for hypothermia and chest infections.

"All we are asking for is the most basic thing: that ambulances are not targets," said Dr Hanan Qudeih, MWW's emergency coordinator in Gaza. "Yousef spent two years carrying the wounded out of the rubble. He should have been able to go home to his daughter."

MWW calls for:
• an independent investigation into the strike on ambulance 17;
• the unhindered entry of medical supplies, generators and fuel;
• the protection of health workers and facilities, as required by international humanitarian law.

Background
MWW has worked in Gaza since 2009. It runs two primary health centres and a fleet of nine ambulances in the south of the Strip.

DONATE: £25 can buy a trauma kit for a paramedic. £60 keeps an ambulance on the road for a day. Give now at mww.example.org/gaza

Notes to editors: Spokespeople are available in English and Arabic. Photos of ambulance 17 may be used with credit.
Media contact: press@mww.example.org
""", [
    U("killed", 1, KhanYounis, ["Medics Without Walls", "MWW"],
      ["paramedic Yousef Abu Shamala, 29, was killed on Sunday when a drone strike hit the ambulance he was driving east of Khan Younis",
       "Gaza: paramedic killed in drone strike on marked ambulance"],
      "2026-01-18", "other/civilian/israel", note="One named paramedic."),
    U("wounded", 1, KhanYounis, None, "His colleague, nurse Rana Hamdan, was seriously injured",
      "2026-01-18", "-/civilian/israel", note="One named nurse; sentence in the release's own voice."),
    U("attack", None, KhanYounis, ["Medics Without Walls", "MWW"],
      ["a drone strike hit the ambulance he was driving east of Khan Younis",
       "paramedic killed in drone strike on marked ambulance",
       "an independent investigation into the strike on ambulance 17"],
      "2026-01-18", "other/civilian/israel"),
    U("killed", 14, GazaStrip, None,
      "Yousef is the 14th member of our staff to be killed in Gaza since October 2023",
      "2026-01-20", "-/civilian/-", scope="cumulative", basis="published"),
    U("killed", 570, GazaStrip, ["United Nations", "UN"],
      "at least 570 health and aid workers have been killed over the same period", "2026-01-20",
      "other/civilian/-", scope="cumulative", basis="published"),
    U("killed", 466, GazaStrip, ["Gaza's health ministry", "health ministry"],
      "Gaza's health ministry says 466 Palestinians have been killed and 1,260 injured since the truce began",
      "2026-01-20", "hamas/-/israel", scope="cumulative", basis="published"),
    U("wounded", 1260, GazaStrip, ["Gaza's health ministry", "health ministry"],
      "466 Palestinians have been killed and 1,260 injured since the truce began", "2026-01-20",
      "hamas/-/israel", scope="cumulative", basis="published"),
    U("killed", 3, GazaStrip, ["Israel"],
      "Israel says three of its soldiers have been killed by Palestinian fire in the same period",
      "2026-01-20", "israel/israel/-", scope="cumulative", basis="published"),
    U("killed", 2, BeitLahia, ["Israeli army"],
      "its troops had killed two militants who crossed the yellow line near Beit Lahia", "2026-01-19",
      "israel/-/israel"),
    U("affected", 110000, GazaStrip, ["shelter cluster", "UN-led shelter cluster"],
      "leaving around 110,000 people without proper cover", "2026-01", "other/civilian/-", opt=True,
      note="Storm damage to tents, not a conflict event; optional."),
])

# ---------------------------------------------------------------- ev14-05 West Bank, wire
doc(5, "https://levantpress.example.com/westbank/tammun-drone-strike-settlers-mughayyir",
    "Israeli drone strike kills three in West Bank village as settlers attack al-Mughayyir", "2026-02-10T15:20:00Z", """
TUBAS, West Bank, Feb 10 (Levant Press) - Israeli forces killed three Palestinians in a drone strike on a house in the village of Tammun in the northern West Bank before dawn on Tuesday, the Palestinian health ministry said, as a military operation in the area entered its third day.

The Israeli military said in a statement that an aircraft had "eliminated a terrorist cell" that was assembling explosives, and that troops had detained 25 wanted suspects across the Tubas governorate since Sunday. It did not say how many were still being held.

Residents said soldiers had taken over at least four homes in Tammun and turned them into military posts after ordering the families out. "They gave us ten minutes to leave," said Fadi, a 52-year-old teacher.

The raid is the latest in a string of operations that began in January 2025 in the refugee camps of Jenin, Tulkarm and Nur Shams, which remain largely deserted. According to UNRWA, the UN agency for Palestinian refugees, about 32,000 camp residents are still unable to go home more than a year on, and the army has demolished or damaged over 1,400 buildings.

Separately, dozens of Israeli settlers attacked the village of al-Mughayyir, north-east of Ramallah, on Monday evening, setting fire to two houses and several cars, according to the head of the village council, Amin Abu Alia. He said seven residents were treated for injuries from stones and beatings, and that one man was dragged away by the settlers and released hours later near an outpost.

The military said soldiers had been sent to "disperse a confrontation" and that a 19-year-old Israeli civilian had been lightly hurt by a stone. A spokesman for the regional settlement council dismissed the villagers' account as fabricated and said residents had attacked Israeli farmers first.

In Ramallah, several hundred people marched on Tuesday afternoon in protest against the raids and the settler attacks, carrying portraits of men killed in the camps.

OCHA recorded more than 1,700 settler attacks causing casualties or property damage in the West Bank in 2025, the highest yearly figure since it began keeping records in 2006. The Palestinian health ministry says more than 1,080 Palestinians have been killed in the West Bank, including East Jerusalem, since October 2023.

The West Bank, home to about three million Palestinians, has been under Israeli military occupation since the 1967 war. Around 700,000 Israelis live in settlements there and in East Jerusalem, which are considered illegal under international law.
""", [
    U("killed", 3, Tammun, ["Palestinian health ministry", "health ministry"],
      "Israeli forces killed three Palestinians in a drone strike on a house in the village of Tammun",
      "2026-02-10", "other/-/israel", note="Ramallah health ministry: no party id in the README list, 'other'."),
    U("attack", None, Tammun, ["Palestinian health ministry", "health ministry", "Israeli military"],
      ["a drone strike on a house in the village of Tammun",
       'an aircraft had "eliminated a terrorist cell" that was assembling explosives'],
      "2026-02-10", "other/-/israel"),
    U("captured", 25, Tubas, ["Israeli military"],
      "troops had detained 25 wanted suspects across the Tubas governorate since Sunday", "2026-02-10",
      "israel/-/israel", scope="cumulative"),
    U("territory", None, Tammun, ["Residents"],
      "soldiers had taken over at least four homes in Tammun and turned them into military posts",
      "2026-02-10", "other/civilian/israel", opt=True, basis="published", note="Houses taken over, not a place."),
    U("territory", None, NWBcamps, None,
      "a string of operations that began in January 2025 in the refugee camps of Jenin, Tulkarm and Nur Shams",
      "2025-01", "-/-/israel", opt=True, note="Military operations in the camps (background)."),
    U("displaced", 32000, NWBcamps, ["UNRWA", "UN agency for Palestinian refugees"],
      "about 32,000 camp residents are still unable to go home more than a year on", "2026-02-10",
      "other/civilian/israel", scope="cumulative", basis="published"),
    U("attack", None, Mughayyir, ["Amin Abu Alia", "head of the village council", "village council"],
      ["dozens of Israeli settlers attacked the village of al-Mughayyir",
       "dismissed the villagers' account as fabricated"],
      "2026-02-09", "other/civilian/israel", mod="denied",
      note="Settlement council spokesman dismisses the account (denied record, same unit)."),
    U("wounded", 7, Mughayyir, ["Amin Abu Alia", "head of the village council"],
      "seven residents were treated for injuries from stones and beatings", "2026-02-09", "other/civilian/israel"),
    U("abducted", None, Mughayyir, ["Amin Abu Alia", "head of the village council"],
      "one man was dragged away by the settlers and released hours later near an outpost", "2026-02-09",
      "other/civilian/israel"),
    U("wounded", 1, Mughayyir, ["Israeli military", "military"],
      "a 19-year-old Israeli civilian had been lightly hurt by a stone", "2026-02-09", "israel/civilian/-"),
    U("protest", None, Ramallah, None,
      "several hundred people marched on Tuesday afternoon in protest against the raids", "2026-02-10", "-/-/-"),
    U("attack", None, WestBank, ["OCHA"],
      "OCHA recorded more than 1,700 settler attacks causing casualties or property damage in the West Bank in 2025",
      "2025", "other/-/israel", opt=True, scope="cumulative", note="Year count of attacks over a region."),
    U("killed", 1080, WestBank, ["Palestinian health ministry", "health ministry"],
      "more than 1,080 Palestinians have been killed in the West Bank, including East Jerusalem, since October 2023",
      "2026-02-10", "other/-/israel", scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-06 Lebanon, wire
doc(6, "https://cedarnewswire.example.com/lebanon/beirut-strike-haret-hreik-2025-11-24",
    "Israeli strike on Beirut suburb kills five including senior Hezbollah commander", "2025-11-24T08:05:00Z", """
BEIRUT, Nov 24 (Cedar Newswire) - An Israeli air strike on an apartment in Beirut's southern suburbs on Sunday killed five people, among them a senior Hezbollah commander, Lebanon's health ministry said, the first attack on the capital in months.

The ministry said 28 other people were wounded in the strike on the Haret Hreik district, which gutted the upper floors of a nine-storey building. The Israeli military said it had "eliminated" Hezbollah's acting chief of staff, Haytham Ali Tabatabai, and Hezbollah confirmed his death in a statement on Sunday night.

Hours earlier, Israeli drones hit a car on the road between Nabatieh and Kfar Roummane, killing one man, and a bulldozer in the border village of Aitaroun, the state-run National News Agency reported.

Lebanese officials say Israeli strikes have killed more than 330 people in Lebanon and wounded around 945 since a ceasefire came into force on Nov 27, 2024. Israel, which still holds five hilltop positions inside Lebanese territory, says it is acting against attempts by Hezbollah to rearm.

Hezbollah's parliamentary bloc said the group had not fired a single shot across the border since the truce. It rejected as false an Israeli army claim that the group had moved 50 rockets into a depot in Brital, in the Bekaa Valley, which the military said it had bombed on Saturday. Residents said that raid shattered windows across the town.

The Israeli military also says its forces have killed more than 370 Hezbollah members in Lebanon since the ceasefire took hold. The figure could not be verified.

President Joseph Aoun said Lebanon was ready to negotiate with Israel through the ceasefire monitoring committee, and urged Washington to press for an end to the strikes.

The 2024 war began when Hezbollah opened fire on Israel a day after the Hamas-led attack of Oct 7, 2023. It killed more than 4,000 people in Lebanon, according to Lebanese authorities, and forced over a million from their homes. Some 60,000 Israelis were evacuated from communities near the border.
""", [
    U("killed", 5, Beirut, ["Lebanon's health ministry", "health ministry"],
      "An Israeli air strike on an apartment in Beirut's southern suburbs on Sunday killed five people",
      "2025-11-23", "other/-/israel", note="Lebanese health ministry: 'other' per the README."),
    U("killed", 1, P("Beirut", 33.89332, 35.50157, geoname="Beirut", aliases=["Haret Hreik", "Nabatieh"]),
      ["Lebanon's health ministry", "health ministry", "Israeli military", "Hezbollah", "National News Agency"],
      ["among them a senior Hezbollah commander",
       'it had "eliminated" Hezbollah\'s acting chief of staff, Haytham Ali Tabatabai',
       "Hezbollah confirmed his death", "killing one man"],
      "2025-11-23", "other/hezbollah/israel",
      note="One unit for two single deaths: the commander in Beirut and the man near Nabatieh."),
    U("wounded", 28, Beirut, ["Lebanon's health ministry", "health ministry", "ministry"],
      "28 other people were wounded in the strike on the Haret Hreik district", "2025-11-23", "other/-/israel"),
    U("attack", None, Beirut, ["Lebanon's health ministry", "health ministry", "Israeli military"],
      ["An Israeli air strike on an apartment in Beirut's southern suburbs",
       "the strike on the Haret Hreik district"],
      "2025-11-23", "other/hezbollah/israel"),
    U("attack", None, Nabatieh, ["National News Agency", "NNA"],
      "Israeli drones hit a car on the road between Nabatieh and Kfar Roummane", "2025-11-23", "other/-/israel"),
    U("attack", None, Aitaroun, ["National News Agency", "NNA"],
      "a bulldozer in the border village of Aitaroun", "2025-11-23", "other/-/israel",
      note="Coordinates approximate (east of Bint Jbeil)."),
    U("killed", 330, Lebanon, ["Lebanese officials"],
      "Israeli strikes have killed more than 330 people in Lebanon and wounded around 945", "2025-11-24",
      "other/-/israel", scope="cumulative", basis="published"),
    U("wounded", 945, Lebanon, ["Lebanese officials"],
      "have killed more than 330 people in Lebanon and wounded around 945", "2025-11-24",
      "other/-/israel", scope="cumulative", basis="published"),
    U("territory", None, SLebanon, None,
      "Israel, which still holds five hilltop positions inside Lebanese territory", "2025-11-24",
      "-/other/israel", opt=True, basis="published", note="Unnamed positions."),
    U("attack", None, Brital, ["Israeli military", "Israeli army", "military", "Residents"],
      ["a depot in Brital, in the Bekaa Valley, which the military said it had bombed on Saturday",
       "Residents said that raid shattered windows across the town"],
      "2025-11-22", "israel/hezbollah/israel",
      note="Hezbollah rejects the rocket-smuggling claim, not the strike."),
    U("killed", 370, Lebanon, ["Israeli military"],
      "its forces have killed more than 370 Hezbollah members in Lebanon since the ceasefire took hold",
      "2025-11-24", "israel/hezbollah/israel", scope="cumulative", basis="published"),
    U("attack", None, P("northern Israel", 33.05, 35.4, aliases=["Israel"], region=True, radius=40), None,
      "The 2024 war began when Hezbollah opened fire on Israel", "2023-10-08", "-/israel/hezbollah", opt=True,
      note="Background."),
    U("attack", None, P("southern Israel", 31.4, 34.5, aliases=["Israel"], region=True, radius=40), None,
      "the Hamas-led attack of Oct 7, 2023", "2023-10-07", "-/israel/hamas", opt=True, note="Background."),
    U("killed", 4000, Lebanon, ["Lebanese authorities"], "It killed more than 4,000 people in Lebanon",
      "2024", "other/-/israel", opt=True, scope="cumulative", note="Background: the 2024 war."),
    U("displaced", 1000000, Lebanon, ["Lebanese authorities"], "forced over a million from their homes",
      "2024", "other/-/israel", opt=True, scope="cumulative", note="Background: the 2024 war."),
    U("displaced", 60000, P("northern Israel", 33.05, 35.4, aliases=["Israel"], region=True, radius=40), None,
      "Some 60,000 Israelis were evacuated from communities near the border", "2024", "-/israel/hezbollah",
      opt=True, scope="cumulative", note="Background."),
])

# ---------------------------------------------------------------- ev14-07 Yemen/Red Sea, Houthi statement (own voice)
doc(7, "https://monitor.example.org/yemen/2025-09-08-yemeni-armed-forces-statement-translation",
    "Yemeni Armed Forces statement, 8 September 2025 (unofficial translation)", "2025-09-08T18:35:00Z", """
[Unofficial translation from Arabic. Statement posted on the Telegram channel of the Yemeni Armed Forces, 8 September 2025, 21:35 Sanaa time.]

In the name of God, the Most Gracious, the Most Merciful

Statement of the Yemeni Armed Forces

In support of our steadfast people in Gaza, and in response to the massacres committed by the criminal Zionist enemy against our brothers there, the missile force and the drone force of the Yemeni Armed Forces, with God's help, carried out four military operations during the past hours:

The first operation targeted Ramon Airport in the Umm al-Rashrash area, which the enemy calls Eilat, in southern occupied Palestine, with a Samad-4 drone. The drone struck its target directly, contrary to the enemy's lying claims that it had intercepted it.

The second operation targeted the ship MSC ARIADNE in the northern Red Sea with two ballistic missiles and a drone, after the company that owns it violated the ban on entering the ports of occupied Palestine. The ship was hit accurately and a fire broke out on board.

The third operation targeted a sensitive military target of the enemy in the Negev region with two drones, and it achieved its objectives, praise be to God.

The fourth operation targeted the ship SCARLET RAY in the Gulf of Aden with a winged missile, after its crew ignored the warnings of our naval forces.

Our naval forces also confirm that the ship ETERNITY C, which was sunk in July, was carrying 25 crew members, 11 of whom are in the custody of our forces and receive treatment in line with our religious and humanitarian values.

The aggression of the American-Zionist enemy on our country will not pass without a response. The enemy's raids on Sunday on the port of Hodeidah and on the Dhahban power station in Sanaa killed 6 citizens and injured 27 others, and we warn the enemy that the port of Haifa will pay the price for this crime. Our air defences confronted the hostile aircraft and shot down a Hermes 900 drone over Hajjah governorate.

The Yemeni Armed Forces warn all companies dealing with the ports of occupied Palestine that their ships will be targeted wherever they are, and affirm that Ben Gurion Airport will remain unsafe for air traffic.

Our operations will not stop until the aggression against Gaza ends and the siege on it is lifted.

God is the greatest, and victory belongs to Islam.
Sanaa, 16 Rabi' al-Awwal 1447 AH
""", [
    U("attack", None, Ramon, None,
      ["The first operation targeted Ramon Airport in the Umm al-Rashrash area",
       "The drone struck its target directly, contrary to the enemy's lying claims that it had intercepted it"],
      "2025-09-08", "-/israel/houthis", mod="denied",
      note="Own-voice statement; the enemy's interception claim, as reported, disputes the hit."),
    U("attack", None, NRedSea, None,
      ["The second operation targeted the ship MSC ARIADNE in the northern Red Sea",
       "The ship was hit accurately and a fire broke out on board"],
      "2025-09-08", "-/other/houthis"),
    U("attack", None, Negev, None,
      "The third operation targeted a sensitive military target of the enemy in the Negev region",
      "2025-09-08", "-/israel/houthis"),
    U("attack", None, P("Gulf of Aden", 12.5, 47.5, aliases=["Gulf of Aden"], region=True, radius=300), None,
      "The fourth operation targeted the ship SCARLET RAY in the Gulf of Aden with a winged missile",
      "2025-09-08", "-/other/houthis"),
    U("captured", 11, None, None, "11 of whom are in the custody of our forces", "2025-07",
      "-/other/houthis", note="Crew of the ETERNITY C held since July; no place named."),
    U("attack", None, RedSeaS, None, "the ship ETERNITY C, which was sunk in July", "2025-07",
      "-/other/houthis", opt=True, note="No place named for the sinking."),
    U("affected", 25, None, None, "was carrying 25 crew members", "2025-07", "-/other/houthis", opt=True,
      note="People aboard a target; debatable."),
    U("killed", 6, Sanaa, None, "killed 6 citizens and injured 27 others", "2025-09-07", "-/civilian/israel",
      note="Raids on Hodeidah port and a Sanaa power station; place Sanaa with Hodeidah as alias."),
    U("wounded", 27, Sanaa, None, "killed 6 citizens and injured 27 others", "2025-09-07", "-/civilian/israel"),
    U("attack", None, Hodeidah, None,
      "The enemy's raids on Sunday on the port of Hodeidah and on the Dhahban power station in Sanaa",
      "2025-09-07", "-/houthis/israel"),
    U("attack", None, P("Sanaa", 15.35452, 44.20646, geoname="Sanaa", aliases=["Dhahban", "Sana'a"]), None,
      "The enemy's raids on Sunday on the port of Hodeidah and on the Dhahban power station in Sanaa",
      "2025-09-07", "-/houthis/israel"),
    U("attack", None, P("Haifa", 32.81841, 34.9885, geoname="Haifa", aliases=["port of Haifa"]), None,
      "we warn the enemy that the port of Haifa will pay the price for this crime", "2025-09-08", "-/israel/houthis",
      mod="warned", basis="published", note="Threat in the same sentence as the raid toll (asserted)."),
    U("materiel_lost", 1, Hajjah, None,
      ["shot down a Hermes 900 drone over Hajjah governorate",
       "contrary to the enemy's lying claims that it had intercepted it"],
      "2025-09-07", "-/israel/houthis",
      note="Hermes 900 shot down; the claimed interception of the Samad-4 (also one) joins this unit."),
    U("attack", None, BenGurion, None, "Ben Gurion Airport will remain unsafe for air traffic", "2025-09-08",
      "-/israel/houthis", mod="warned", opt=True, note="Veiled threat."),
])
