"""Documents ev13-01 .. ev13-08 (Sudan, Gaza, West Bank, Lebanon, Yemen/Red Sea, Myanmar)."""
from common import Doc, S, R

DOCS = []

# ---------------------------------------------------------------- ev13-01 Sudan, wire copy
PORT_SUDAN = S("Port Sudan", 19.61745, 37.21644, "Port Sudan")
BARA = S("Bara", 13.70, 30.37, aliases=["Bara, North Kordofan"], approx=True)
EL_FASHER = S("El Fasher", 13.62793, 25.34936, "El Fasher", aliases=["Al Fashir", "El-Fasher", "Abu Shouk", "Abu Shouk camp"])
SUDAN = R("Sudan", 15.5, 30.0, 900, aliases=["Sudan"])

d = Doc("ev13-01", "https://www.wirewatch-example.com/world/africa/sudan-port-sudan-drones-bara-2025-05-07",
        "Drones hit Port Sudan for fourth day as army says it has retaken Bara",
        "2025-05-07T11:40:00Z", """PORT SUDAN, Sudan, May 7 (WireWatch) - Drones struck a fuel depot and the southern container terminal of Port Sudan on Wednesday, the fourth straight day of attacks on the Red Sea city that had until this week escaped the war, army officials and residents said.

The army blamed the paramilitary Rapid Support Forces (RSF) for the raids. An army spokesman said air defences had brought down 11 drones over the city before dawn, but at least two got through and set storage tanks ablaze. The RSF, which has been at war with the army since April 2023, did not respond to a request for comment.

A dock worker reached by phone said three of his colleagues died at the terminal and seven others were hurt when a drone hit a crane. The health ministry put the toll from the week's attacks on Port Sudan at five dead and 17 wounded.

Separately, the army said it had retaken Bara, a market town north of El Obeid, after the paramilitaries pulled out of it on Tuesday. The RSF called the move a "tactical repositioning" and said its fighters had destroyed 14 army vehicles and taken 30 soldiers prisoner in the fighting around the town.

"We have taken back Bara and the road to El Obeid is open," spokesman Brigadier Nabil Abdallah told reporters, adding that more than 200 RSF fighters had been killed there.

In North Darfur, the besieged state capital El Fasher was shelled again overnight, a local resistance committee said, adding that four civilians were killed near the Abu Shouk displacement camp. The UN estimates that 300,000 people remain trapped in the city.

The conflict has killed tens of thousands of people and uprooted about 13 million, according to UN figures, in what aid agencies describe as the largest displacement crisis in the world.

(Reporting by WireWatch staff; Editing by Desk)""", "Sudan", "wire copy with dateline")
d.u("attack", None, PORT_SUDAN, ["army officials", "army", "residents"],
    ["Drones struck a fuel depot and the southern container terminal of Port Sudan on Wednesday",
     "a drone hit a crane"], date="2025-05-07", sides=("saf", None, "rsf"), note="Army blames the RSF; the RSF does not comment.")
d.u("materiel_lost", 11, PORT_SUDAN, ["army spokesman", "army"], "air defences had brought down 11 drones over the city",
    date="2025-05-07", sides=("saf", "rsf", "saf"), note="Interception: launcher's side is the victim.")
d.u("killed", 3, PORT_SUDAN, ["dock worker"], "three of his colleagues died at the terminal", sides=("other", "civilian", "rsf"))
d.u("wounded", 7, PORT_SUDAN, ["dock worker"], "seven others were hurt when a drone hit a crane", sides=("other", "civilian", "rsf"))
d.u("killed", 5, PORT_SUDAN, ["health ministry"], "the week's attacks on Port Sudan at five dead and 17 wounded",
    date="2025-05-07", sides=("saf", None, "rsf"), scope="cumulative", note="Toll over four days of attacks.")
d.u("wounded", 17, PORT_SUDAN, ["health ministry"], "the week's attacks on Port Sudan at five dead and 17 wounded",
    date="2025-05-07", sides=("saf", None, "rsf"), scope="cumulative")
d.u("territory", None, BARA, ["army", "Nabil Abdallah", "spokesman"],
    ["the army said it had retaken Bara", "after the paramilitaries pulled out of it on Tuesday", "We have taken back Bara"],
    date="2025-05-06", sides=("saf", "rsf", "saf"), note="Bara coordinates approximate (town north of El Obeid).")
d.u("materiel_lost", 14, BARA, ["RSF", "Rapid Support Forces"], "its fighters had destroyed 14 army vehicles",
    date="2025-05-06", sides=("rsf", "saf", "rsf"))
d.u("captured", 30, BARA, ["RSF", "Rapid Support Forces"], "taken 30 soldiers prisoner in the fighting around the town",
    date="2025-05-06", sides=("rsf", "saf", "rsf"))
d.u("killed", 200, BARA, ["Nabil Abdallah", "spokesman", "army"], "more than 200 RSF fighters had been killed there",
    date="2025-05-06", sides=("saf", "rsf", "saf"))
d.u("attack", None, EL_FASHER, ["local resistance committee", "resistance committee"], "El Fasher was shelled again overnight",
    date="2025-05-07", sides=("other", "civilian", None))
d.u("killed", 4, EL_FASHER, ["local resistance committee", "resistance committee"], "four civilians were killed near the Abu Shouk displacement camp",
    date="2025-05-07", sides=("other", "civilian", None))
d.u("territory", None, EL_FASHER, None, "the besieged state capital El Fasher", opt=True, sides=(None, "saf", None),
    scope="cumulative", note="Siege mentioned as background attribute.")
d.u("affected", 300000, EL_FASHER, ["UN"], "The UN estimates that 300,000 people remain trapped in the city",
    sides=("other", "civilian", None), scope="cumulative")
d.u("killed", 10000, SUDAN, ["UN figures", "UN"], "The conflict has killed tens of thousands of people", opt=True, sides=("other", None, None), scope="cumulative", note="'tens of thousands': no agreed value.")
d.u("displaced", 13000000, SUDAN, ["UN figures", "UN"], "uprooted about 13 million", sides=("other", "civilian", None), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-02 Sudan, OCHA flash update
TAWILA = S("Tawila", 13.49, 24.80, aliases=["Tawila"], approx=True)
ZAMZAM = S("Zamzam camp", 13.50, 25.30, aliases=["Zamzam", "Zamzam camp"], approx=True)
KADUGLI = S("Kadugli", 11.01111, 29.71833, "Kadugli")
DILLING = S("Dilling", 12.05, 29.65, "Dilling")
S_KORDOFAN = R("South Kordofan", 11.2, 29.9, 200, aliases=["South Kordofan", "Kadugli", "Dilling"])

d = Doc("ev13-02", "https://reports.humanitarian-example.org/sudan/flash-update-7-north-darfur-kordofan",
        "Sudan: North Darfur and Kordofan - Flash Update No. 7 (20 August 2025)",
        "2025-08-20", """SUDAN
Flash Update No. 7 | North Darfur and Kordofan
Situation as of 20 August 2025

HIGHLIGHTS
• Some 380,000 people have arrived in Tawila since mid-April, most of them from Zamzam camp and El Fasher town, according to IOM's Displacement Tracking Matrix.
• An attack on Abu Shouk camp on 11 August killed at least 40 civilians, according to local sources; the camp remains cut off.
• In South Kordofan, Kadugli and Dilling have been encircled by the SPLM-N and the RSF for weeks, leaving an estimated 450,000 people with almost no access to food.

SITUATION OVERVIEW
Fighting around El Fasher intensified during the reporting period. Shelling of the city's southern neighbourhoods and of Abu Shouk was reported on at least five days. Local volunteers told OCHA that RSF fighters entered Abu Shouk on foot and in vehicles on 11 August, killing at least 40 civilians and wounding 19 others. The RSF has denied targeting civilians.

The Saudi Hospital, the last partly functioning hospital in the city, was hit by a drone on 16 August, the Sudan Doctors Network said. Two health workers were killed.

Many of the new arrivals in Tawila left Zamzam after the RSF overran the camp in April. Partners there report that children under five make up a fifth of new arrivals.

In Kordofan, a drone struck a school sheltering displaced families in Dilling on 14 August, killing seven people, among them three children.

KEY FIGURES
Internally displaced people (Sudan): 9.6 million

ACCESS
• Twelve trucks with WFP food reached Tawila on 17 August. No convoy has reached El Fasher since May.
• Two national aid workers were abducted on the road between Tawila and Kabkabiya on 15 August. Their whereabouts remain unknown.

For further information, please contact: ochasudan-example@un.example.org""", "Sudan", "UN/OCHA flash update (bullets)", issuer_side="other")
d.u("displaced", 380000, TAWILA, ["IOM", "Displacement Tracking Matrix", "IOM's Displacement Tracking Matrix"],
    "Some 380,000 people have arrived in Tawila since mid-April", sides=("other", "civilian", None), scope="cumulative",
    note="Tawila coordinates approximate.")
d.u("killed", 40, EL_FASHER, ["local sources", "Local volunteers"],
    ["An attack on Abu Shouk camp on 11 August killed at least 40 civilians", "killing at least 40 civilians and wounding 19 others"],
    date="2025-08-11", sides=("other", "civilian", "rsf"), note="RSF denies targeting civilians.")
d.u("wounded", 19, EL_FASHER, ["Local volunteers", "local sources"], "killing at least 40 civilians and wounding 19 others",
    date="2025-08-11", sides=("other", "civilian", "rsf"))
d.u("attack", None, EL_FASHER, ["local sources", "Local volunteers", "Sudan Doctors Network"],
    ["An attack on Abu Shouk camp on 11 August", "Shelling of the city's southern neighbourhoods and of Abu Shouk was reported",
     "The Saudi Hospital, the last partly functioning hospital in the city, was hit by a drone on 16 August"],
    date="2025-08-11", sides=("other", "civilian", "rsf"),
    note="Abu Shouk, the southern neighbourhoods and the Saudi Hospital are all inside El Fasher: one (attack, place) unit.")
d.u("killed", 2, EL_FASHER, ["Sudan Doctors Network"], "Two health workers were killed", date="2025-08-16",
    sides=("other", "civilian", None))
d.u("affected", 450000, S_KORDOFAN, None, "leaving an estimated 450,000 people with almost no access to food",
    sides=(None, "civilian", "rsf"), scope="cumulative", note="Besieged population of Kadugli and Dilling.")
d.u("territory", None, KADUGLI, None, "Kadugli and Dilling have been encircled by the SPLM-N and the RSF",
    sides=(None, "saf", "rsf"), scope="cumulative")
d.u("territory", None, DILLING, None, "Kadugli and Dilling have been encircled by the SPLM-N and the RSF",
    sides=(None, "saf", "rsf"), scope="cumulative")
d.u("territory", None, ZAMZAM, None, "after the RSF overran the camp in April", date="2025-04",
    sides=(None, "civilian", "rsf"), note="Zamzam camp coordinates approximate (south of El Fasher).")
d.u("attack", None, DILLING, None, "a drone struck a school sheltering displaced families in Dilling on 14 August",
    date="2025-08-14", sides=(None, "civilian", None))
d.u("killed", 7, DILLING, None, "killing seven people, among them three children", date="2025-08-14",
    sides=(None, "civilian", None))
d.u("killed", 3, DILLING, None, "among them three children", date="2025-08-14", sides=(None, "civilian", None),
    note="Stated subgroup of the seven.")
d.u("displaced", 9600000, SUDAN, None, "Internally displaced people (Sudan): 9.6 million", sides=(None, "civilian", None),
    scope="cumulative")
d.u("abducted", 2, TAWILA, None, "Two national aid workers were abducted on the road between Tawila and Kabkabiya on 15 August",
    date="2025-08-15", sides=(None, "civilian", None), note="Road west of Tawila; place approximate.")
d.u("missing", 2, TAWILA, None, "Their whereabouts remain unknown", opt=True, date="2025-08-15",
    sides=(None, "civilian", None), note="The abducted aid workers; 'missing' is debatable.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-03 Gaza, live blog
GAZA_STRIP = R("Gaza Strip", 31.42, 34.38, 30, aliases=["Gaza", "Gaza Strip", "the Strip", "southern Gaza"])
DEIR = S("Deir al-Balah", 31.4181, 34.3517, aliases=["Deir al Balah", "Dayr al Balah"])
MAWASI = S("al-Mawasi", 31.36, 34.27, aliases=["Mawasi", "al-Mawasi", "Khan Younis"], approx=True)
RAFAH = S("Rafah", 31.29722, 34.24357, "Rafaḩ", aliases=["Rafah"])
BEIT_HANOUN = S("Beit Hanoun", 31.5389, 34.5358, aliases=["Beit Hanun"], approx=True)
GAZA_CITY = S("Gaza City", 31.50161, 34.46672, "Gaza", aliases=["Gaza City", "Shati", "Shati camp", "al-Shati"])

d = Doc("ev13-03", "https://live.globaldispatch-example.com/middle-east/gaza-live-21-july-2025",
        "Gaza live: tanks push into Deir al-Balah; aid seekers killed near Rafah",
        "2025-07-21T18:52:00Z", """Gaza live: tanks push into Deir al-Balah; aid seekers killed near Rafah
LIVE | Updated 21 July 2025, 18:52 GMT

18:52 GMT
Gaza's health ministry says 59,029 Palestinians have been killed and 142,135 wounded in the territory since the war began in October 2023.

17:30 GMT
The Israeli military says it hit "dozens of terror targets" across the Strip on Monday, among them a weapons store in Deir al-Balah. It also announced that a soldier was killed in southern Gaza, which brings the army's losses since the ground offensive began to 454.

16:05 GMT
Residents say Israeli tanks pushed into the south-western edge of Deir al-Balah for the first time, hours after the army told people in several blocks to leave. The UN said between 50,000 and 80,000 people had been forced out of the area.

14:20 GMT
Civil defence spokesman Mahmoud Basal says an air strike on a tent encampment in al-Mawasi, west of Khan Younis, killed 11 people, five of them children.

12:47 GMT
At least 19 people were killed while waiting for food near an aid distribution point north of Rafah, hospital officials said. The Israeli military said troops fired "warning shots" at people who came close to them and denied that anyone had been hit.

11:00 GMT
Hamas's armed wing, the Qassam Brigades, says its fighters ambushed an Israeli armoured force in Beit Hanoun and destroyed two tanks with explosive devices. The Israeli military has not commented.

09:15 GMT
An overnight strike flattened a house in Gaza City's Shati camp, killing six members of one family, including four children, the civil defence said.

Welcome to our live coverage. Follow along for the latest.""", "Gaza", "live blog (timestamps, newest first)")
d.u("killed", 59029, GAZA_STRIP, ["Gaza's health ministry", "health ministry"], "59,029 Palestinians have been killed",
    sides=("hamas", None, "israel"), scope="cumulative", date="2025-07-21")
d.u("wounded", 142135, GAZA_STRIP, ["Gaza's health ministry", "health ministry"], "142,135 wounded in the territory since the war began",
    sides=("hamas", None, "israel"), scope="cumulative", date="2025-07-21")
d.u("attack", None, GAZA_STRIP, ["Israeli military"], 'it hit "dozens of terror targets" across the Strip on Monday', opt=True,
    sides=("israel", "hamas", "israel"), date="2025-07-21", note="Strip-wide strikes; region place.")
d.u("attack", None, DEIR, ["Israeli military"], "among them a weapons store in Deir al-Balah",
    sides=("israel", "hamas", "israel"), date="2025-07-21")
d.u("killed", 1, GAZA_STRIP, ["Israeli military"], "a soldier was killed in southern Gaza",
    sides=("israel", "israel", None), date="2025-07-21")
d.u("killed", 454, GAZA_STRIP, ["Israeli military"], "brings the army's losses since the ground offensive began to 454",
    sides=("israel", "israel", None), scope="cumulative", date="2025-07-21")
d.u("territory", None, DEIR, ["Residents"], "Israeli tanks pushed into the south-western edge of Deir al-Balah for the first time",
    sides=("other", None, "israel"), date="2025-07-21")
d.u("displaced", 50000, DEIR, ["UN"], "between 50,000 and 80,000 people had been forced out of the area",
    sides=("other", "civilian", "israel"), date="2025-07-21", note="Range: low end 50,000, high 80,000.")
d.u("attack", None, MAWASI, ["Mahmoud Basal", "Civil defence spokesman", "civil defence"],
    "an air strike on a tent encampment in al-Mawasi, west of Khan Younis", sides=("hamas", "civilian", "israel"), date="2025-07-21",
    note="al-Mawasi coordinates approximate.")
d.u("killed", 11, MAWASI, ["Mahmoud Basal", "Civil defence spokesman", "civil defence"], "killed 11 people, five of them children",
    sides=("hamas", None, "israel"), date="2025-07-21")
d.u("killed", 5, MAWASI, ["Mahmoud Basal", "Civil defence spokesman", "civil defence"], "five of them children",
    sides=("hamas", "civilian", "israel"), date="2025-07-21")
d.u("killed", 19, RAFAH, ["hospital officials"], "At least 19 people were killed while waiting for food near an aid distribution point north of Rafah",
    sides=("hamas", None, "israel"), date="2025-07-21", note="Israeli military denies anyone was hit.")
d.u("attack", None, RAFAH, ["hospital officials"], "troops fired \"warning shots\" at people who came close to them",
    opt=True, sides=("hamas", None, "israel"), date="2025-07-21", note="Gunfire at aid seekers; 'attack' debatable.")
d.u("attack", None, BEIT_HANOUN, ["Qassam Brigades", "Hamas's armed wing", "Hamas"],
    "its fighters ambushed an Israeli armoured force in Beit Hanoun", sides=("hamas", "israel", "hamas"), date="2025-07-21")
d.u("materiel_lost", 2, BEIT_HANOUN, ["Qassam Brigades", "Hamas's armed wing", "Hamas"], "destroyed two tanks with explosive devices",
    sides=("hamas", "israel", "hamas"), date="2025-07-21")
d.u("attack", None, GAZA_CITY, ["civil defence"], "An overnight strike flattened a house in Gaza City's Shati camp",
    sides=("hamas", "civilian", "israel"), date="2025-07-21")
d.u("killed", 6, GAZA_CITY, ["civil defence"], "killing six members of one family", sides=("hamas", "civilian", "israel"), date="2025-07-21")
d.u("killed", 4, GAZA_CITY, ["civil defence"], "including four children", sides=("hamas", "civilian", "israel"), date="2025-07-21")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-04 West Bank, scraped page with noise
JENIN = S("Jenin", 32.4597, 35.3009, aliases=["Jenin camp", "Jenin refugee camp"], approx=True)
TULKARM = S("Tulkarm", 32.3104, 35.0286, aliases=["Tulkarem", "Nur Shams", "Nur Shams camp", "Tulkarm camp"], approx=True)
SINJIL = S("Sinjil", 32.03334, 35.26545, "Sinjil", aliases=["Turmus Ayya", "Turmus‘ayyā"])
RAMALLAH = S("Ramallah", 31.89964, 35.20422, "Ramallah")
NABLUS = S("Nablus", 32.22111, 35.25444, "Nablus")

d = Doc("ev13-04", "https://www.levantobserver-example.net/news/west-bank/settlers-torch-cars-sinjil-jenin-camps-emptied",
        "Settlers torch homes in Sinjil as Jenin and Tulkarm camps stay empty",
        "2025-06-28T09:15:00+03:00", """Accept all cookies | Manage preferences
We use cookies to improve your experience on our site.
HOME > NEWS > WEST BANK
Settlers torch homes in Sinjil as Jenin and Tulkarm camps stay empty
By Levant Observer staff | 28 June 2025 | 4,317 views
+12 View gallery
Burnt cars in Sinjil on Friday. Burnt cars in Sinjil on Friday.
Dozens of Israeli settlers stormed the village of Sinjil, north of Ramallah, on Friday evening, setting fire to two homes and several cars, the Palestinian health ministry and village officials said. Three Palestinians were killed when Israeli troops who arrived during the attack opened fire, the ministry said, and at least 10 others were wounded, four of them by live bullets.
The Israeli military said soldiers had been called to the area after stones were thrown at Israelis and that it was "aware of reports" of casualties. It said it had detained five suspects, all of them Palestinian.
ADVERTISEMENT
Sinjil and neighbouring Turmus Ayya have been raided by settlers repeatedly since the spring. The UN humanitarian office said settlers had carried out more than 750 attacks causing casualties or damage in the West Bank so far this year.
Meanwhile the northern refugee camps remain emptied. Since the army launched its operation in Jenin in January, about 40,000 residents of the Jenin, Tulkarm and Nur Shams camps have been forced from their homes, according to the UN agency for Palestinian refugees. Troops have demolished dozens of buildings inside the Jenin camp, which they have held since February.
In Nablus, soldiers raided the Old City overnight and arrested 14 people, Palestinian prisoner groups said.
Hundreds of people marched in Ramallah on Saturday to protest against the settler attacks, waving flags and chanting for international protection.
SIGN UP for our morning briefing - the stories that matter, in your inbox
RELATED: Jenin camp residents still waiting to go home | Olive harvest season brings fears
Share this article: Facebook | X | WhatsApp
© 2025 Levant Observer""", "West Bank", "scraped news page with web noise")
d.u("attack", None, SINJIL, ["Palestinian health ministry", "village officials"],
    ["Dozens of Israeli settlers stormed the village of Sinjil", "setting fire to two homes and several cars", "the attack opened fire",
     "Sinjil and neighbouring Turmus Ayya have been raided by settlers repeatedly since the spring"],
    date="2025-06-27", sides=("other", "civilian", "israel"),
    note="Settler raid and arson; settlers are 'israel' per README. Palestinian health ministry (West Bank, PA) has no listed id: 'other'. Earlier raids on Sinjil and Turmus Ayya (2 km away) are the same unit.")
d.u("killed", 3, SINJIL, ["Palestinian health ministry", "ministry"], "Three Palestinians were killed when Israeli troops who arrived during the attack opened fire",
    date="2025-06-27", sides=("other", None, "israel"))
d.u("wounded", 10, SINJIL, ["Palestinian health ministry", "ministry"], "at least 10 others were wounded, four of them by live bullets",
    date="2025-06-27", sides=("other", None, "israel"))
d.u("wounded", 4, SINJIL, ["Palestinian health ministry", "ministry"], "four of them by live bullets", opt=True,
    date="2025-06-27", sides=("other", None, "israel"), note="Severity subset of the 10.")
d.u("captured", 5, SINJIL, ["Israeli military"], "it had detained five suspects, all of them Palestinian",
    date="2025-06-27", sides=("israel", None, "israel"))
d.u("displaced", 40000, JENIN, ["UN agency for Palestinian refugees", "UNRWA"],
    "about 40,000 residents of the Jenin, Tulkarm and Nur Shams camps have been forced from their homes",
    sides=("other", "civilian", "israel"), scope="cumulative")
d.u("territory", None, JENIN, None, "the Jenin camp, which they have held since February", date="2025-02",
    sides=(None, None, "israel"), scope="cumulative")
d.u("attack", None, R("West Bank", 31.95, 35.25, 70, aliases=["West Bank"]), ["UN humanitarian office"],
    "settlers had carried out more than 750 attacks causing casualties or damage in the West Bank so far this year", opt=True,
    sides=("other", "civilian", "israel"), scope="cumulative", note="Count of attacks over a region.")
d.u("attack", None, NABLUS, ["Palestinian prisoner groups"], "soldiers raided the Old City overnight", opt=True,
    date="2025-06-28", sides=("other", None, "israel"), note="Arrest raid, not a strike.")
d.u("captured", 14, NABLUS, ["Palestinian prisoner groups", "prisoner groups"], "arrested 14 people",
    date="2025-06-28", sides=("other", None, "israel"), note="Detained by an armed force (Israeli army).")
d.u("protest", 100, RAMALLAH, None, "Hundreds of people marched in Ramallah on Saturday to protest against the settler attacks",
    date="2025-06-28", sides=(None, "civilian", None))
DOCS.append(d)
