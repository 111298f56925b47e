# Scenario data, part 1 (scenarios 01-12). Imported by build.py.
def T(s):
    return s.strip("\n")

S = []

S.append(dict(
name="01-djibo-post-toll", conflict="Sahel",
note="JNIM's toll for its raid on an army post near Djibo against the army's own toll for the same attack; the army's figure for 'terrorists neutralised' is the other side's losses and pairs with nothing.",
traps="different victims (assailants 'neutralised' vs soldiers killed)",
docs=[
("i01-a", "https://www.sahelwatch.org/briefs/2026/03/jnim-claims-djibo-raid", "JNIM claims deadly raid on army post near Djibo", "2026-03-10",
T("""
Sahel Watch | Security brief
We use cookies to understand how our briefs are read. By continuing you accept our cookie policy. [Accept] [Settings]
JNIM claims deadly raid on army post near Djibo
By Aminata Kaboré | 10 March 2026
The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said in a statement circulated on its channels on Monday that its fighters killed 52 soldiers when they stormed an army post outside Djibo, in Burkina Faso's Soum province, on Sunday.
The group said it also carried off weapons and ammunition; photographs attached to the statement show burned buildings, but Sahel Watch could not establish where or when they were taken.
Djibo has lived under a blockade imposed by the group for most of the past three years, and supplies reach the town mainly by air.
Subscribe to our weekly Sahel digest ->
Share: Facebook | X | WhatsApp | Email
"""), {"Monday": "2026-03-09", "Sunday": "2026-03-08"}),
("i01-b", "https://www.lobservateur-bf.net/securite/communique-emg-djibo", "Armed forces communique on the Djibo attack", "2026-03-09",
T("""
L'Observateur BF - Security
Communique of the Chief of General Staff of the Armed Forces
On Sunday, March 8, 2026, a unit of the armed forces stationed near Djibo was the target of a complex attack by a large group of terrorists.
The soldiers responded vigorously, supported by air assets, and about forty terrorists were neutralised during the counter-offensive.
Regrettably, 9 soldiers were killed in the fighting and others were wounded; the wounded have been evacuated and are receiving care.
The Chief of General Staff, General Issouf Sanou, salutes the memory of the fallen and assures the population that the situation is under control.
Ouagadougou, 9 March 2026
ADVERTISEMENT
Read more: Dori hospital receives new surgical unit
(c) L'Observateur BF 2026 - All rights reserved
"""), {"Sunday": "2026-03-08"}),
],
gold=[("figure", None, "killed",
       ("i01-a", "its fighters killed 52 soldiers when they stormed an army post outside Djibo"),
       ("i01-b", "Regrettably, 9 soldiers were killed in the fighting"))],
))

S.append(dict(
name="02-uspenivka-not-fallen", conflict="Russia-Ukraine",
note="A wire story carries both Russia's claim to have taken Uspenivka and Ukraine's denial that the village had fallen (same-document denial that names the place only as 'the village'); the drone figure over Belgorod pairs with nothing.",
traps="unrelated figure in the same story (drones downed over Belgorod)",
docs=[
("i02-a", "https://www.meridiannews.com/world/europe/russia-says-it-took-uspenivka-ukraine-disputes-2026-04-14", "Russia says it took Zaporizhzhia village; Ukraine disputes", "2026-04-14",
T("""
KYIV, April 14 (Meridian News) - Russia's defence ministry said on Tuesday its troops had taken control of the village of Uspenivka in Ukraine's Zaporizhzhia region, part of a push toward the town of Huliaipole.
Colonel Andriy Melnyk, spokesman for Ukraine's Southern Defence Forces, said the village had not fallen and that Ukrainian units still held positions on its western edge.
"The enemy is trying to raise a flag for a video and call it a capture," Melnyk told national television.
Meridian News could not independently verify either account. Russian forces have made slow gains in the area since the start of the year.
Separately, the Russian ministry said air defence units shot down 19 Ukrainian drones over the Belgorod region overnight.
(Reporting by Olena Hrytsenko; Editing by Mark Aldous)
(c) 2026 Meridian News. All rights reserved.
"""), {"Tuesday": "2026-04-14"}),
],
gold=[("denial", "had_not", "territory",
       ("i02-a", "its troops had taken control of the village of Uspenivka"),
       ("i02-a", "said the village had not fallen"))],
))

S.append(dict(
name="03-kharkiv-live-revisions", conflict="Russia-Ukraine",
note="Trap: a live blog (newest first) where one governor raises his toll for one strike (4, then 7, then 9): revisions, not contradictions; a drone strike in Kupiansk the same day is a different city and incident.",
traps="revisions by one claimant; different city same day; killed vs wounded",
docs=[
("i03-a", "https://www.kharkivtoday.com.ua/live/2026-02-16-saltivka-strike", "Live: Russian strikes on Kharkiv region - latest", "2026-02-16",
T("""
Kharkiv Today | LIVE
Monday, February 16, 2026 - this page is updated regularly. Refresh for the latest.
22:40 - Governor Oleh Panasenko said the death toll from the glide bomb strike on Kharkiv's Saltivka district had risen to 9, after rescuers recovered two more bodies from the rubble.
19:15 - Panasenko now says 7 people were killed in Saltivka. At least 21 people were wounded, four of them children, he said.
16:05 - In a separate attack, a drone hit a car in Kupiansk, east of Kharkiv, and two people inside were killed, the local military administration said.
14:30 - A guided aerial bomb struck a five-storey residential building in Kharkiv's Saltivka district shortly after 2 p.m., Governor Oleh Panasenko said. Four people were killed, he said.
Newsletter: get the Kharkiv morning briefing in your inbox. Sign up
Read more: Underground schools in Kharkiv begin their third year
Share this live blog
"""), {}),
],
gold=[],
))

S.append(dict(
name="04-red-sea-tanker-not-hit", conflict="Yemen-Red Sea",
note="The Houthis say their missiles struck a named tanker west of Hodeidah; the ship's manager says in another document that the tanker had not been hit.",
traps="UKMTO's report of explosions near a vessel is not a denial and not a hit",
docs=[
("i04-a", "https://www.yemenmonitor.net/en/2026/05/08/houthis-claim-tanker-strike", "Houthis claim missile strike on tanker in Red Sea", "2026-05-08",
T("""
Yemen Monitor
Houthis claim missile strike on tanker in Red Sea
SANAA - The Houthi movement's military spokesman, Brigadier Abdulkarim al-Mahdi, said in a televised statement on Thursday evening that the group's naval forces had struck the oil tanker Aegean Meridian in the Red Sea west of Hodeidah with two ballistic missiles.
He said the tanker had been targeted because its owners did business with Israeli ports, and warned shipping companies to stop dealing with them.
The group has attacked merchant shipping intermittently since late 2023.
Related: Aden currency slides to new low
Cookie settings | Privacy | Contact us
"""), {"Thursday": "2026-05-07"}),
("i04-b", "https://www.seatradewire.com/news/tanker-manager-says-ship-unharmed-red-sea", "Tanker manager says ship unharmed after Red Sea incident", "2026-05-08",
T("""
Seatrade Wire - Security & Risk
Tanker manager says ship unharmed after Red Sea incident
The United Kingdom Maritime Trade Operations (UKMTO) centre said it had received a report of two splashes in the water near a merchant vessel about 60 nautical miles west of Hodeidah on Thursday.
The tanker's Athens-based manager, Kallisto Tankers, said the Aegean Meridian had not been hit, that all crew members were safe and that the ship was continuing its voyage toward Suez.
War-risk premiums for Red Sea transits rose again this week, brokers said.
Sign up for the Seatrade Wire daily bulletin
ADVERTISEMENT
(c) 2026 Seatrade Wire
"""), {"Thursday": "2026-05-07"}),
],
gold=[("denial", "had_not", "attack",
       ("i04-a", "had struck the oil tanker Aegean Meridian in the Red Sea west of Hodeidah"),
       ("i04-b", "said the Aegean Meridian had not been hit"))],
))

S.append(dict(
name="05-khan-younis-ambush", conflict="Israel-Gaza",
note="Qassam Brigades claim 6 soldiers killed in an ambush east of Khan Younis; the Israeli military says no soldiers were killed in that incident. The army's count of gunmen killed and its one lightly wounded reservist pair with nothing.",
traps="different victims (gunmen killed by the army); wounded vs killed",
docs=[
("i05-a", "https://www.gazanownews.net/en/news/qassam-claims-khan-younis-ambush", "Qassam Brigades claim ambush east of Khan Younis", "2026-03-22",
T("""
Gaza Now News
Accept cookies? We use them to improve your experience. [OK]
Hamas's armed wing, the Qassam Brigades, said on Saturday that its fighters had killed 6 Israeli soldiers in an ambush on an army patrol east of Khan Younis, near Bani Suheila.
In a short video released with the statement, fighters are seen firing a rocket-propelled grenade at an armoured vehicle; the footage could not be verified.
The southern Gaza Strip has seen repeated incidents along the line to which Israeli troops withdrew under the ceasefire.
Read more | Share | Print
"""), {"Saturday": "2026-03-21"}),
("i05-b", "https://www.israelnewsdesk.com/defense/idf-khan-younis-incident-statement", "IDF: reservist lightly hurt in Khan Younis incident", "2026-03-22",
T("""
Israel News Desk
The Israeli military said on Sunday that no soldiers were killed in Saturday's incident east of Khan Younis, in which militants fired an anti-tank missile at troops operating near the yellow line.
One reservist was lightly wounded and taken to Soroka Medical Center in Beersheba, the military said.
Troops returned fire and killed two of the gunmen, according to the statement.
Newsletter: The Daily Brief - sign up free
(c) Israel News Desk 2026
"""), {"Sunday": "2026-03-22", "Saturday": "2026-03-21"}),
],
gold=[("denial", "said_no", "killed",
       ("i05-a", "its fighters had killed 6 Israeli soldiers in an ambush on an army patrol east of Khan Younis"),
       ("i05-b", "no soldiers were killed in Saturday's incident east of Khan Younis"))],
))

S.append(dict(
name="06-liancourt-massacre-toll", conflict="Haiti",
note="A rights network documents 64 killed in the gang attack on Liancourt; the government's spokesman gives 27 for the same attack. Wounded and displaced figures appear in one document only.",
traps="wounded and displaced figures with no counterpart",
docs=[
("i06-a", "https://www.rcdh-haiti.org/communiques/2026/liancourt", "Liancourt: the RCDH documents a massacre", "2026-04-03",
T("""
Reseau citoyen pour la defense des droits humains (RCDH)
Press release - Port-au-Prince, 3 April 2026
The RCDH has documented the killing of 64 people during the attack by the Gran Grif gang on Liancourt, in the Artibonite department, on Thursday, April 2, 2026.
Witnesses told our investigators that gunmen entered the town before dawn, set fire to houses and shot residents who tried to flee toward the river.
The RCDH calls on the authorities to deploy police reinforcements to the lower Artibonite without delay.
Donate | Follow us | Newsletter
"""), {"Thursday": "2026-04-02"}),
("i06-b", "https://www.haitiinfodirect.com/actualites/liancourt-bilan-gouvernement", "Government gives toll for Liancourt attack", "2026-04-04",
T("""
Haiti Info Direct
Government gives toll for Liancourt attack
Government spokesman Jean-Robert Desrosiers said on Saturday that 27 people were killed in the attack on Liancourt, citing figures from the national police.
He said 15 people were wounded and were being treated in Saint-Marc.
The International Organization for Migration said about 3,000 residents had fled the town.
ADVERTISEMENT
Read also: Fuel shortages hit Cap-Haitien
(c) Haiti Info Direct
"""), {"Saturday": "2026-04-04"}),
],
gold=[("figure", None, "killed",
       ("i06-a", "The RCDH has documented the killing of 64 people"),
       ("i06-b", "27 people were killed in the attack on Liancourt"))],
))

S.append(dict(
name="07-gaza-two-strikes", conflict="Israel-Gaza",
note="Trap: two different strikes on the same Tuesday, a school shelter in Gaza City's Tuffah neighbourhood and a tent in al-Mawasi, with different tolls from different sources.",
traps="different strikes, same day, different places",
docs=[
("i07-a", "https://www.gazanownews.net/en/news/tuffah-school-shelter-strike", "Strike on school shelter in Gaza City", "2026-05-13",
T("""
Gaza Now News
Gaza Civil Defence spokesman Ahmad Abu Sharkh said an Israeli strike on a school sheltering displaced families in Gaza City's Tuffah neighbourhood on Tuesday afternoon killed 14 people.
Rescuers were still searching the building's upper floor late into the night, he said.
Share on WhatsApp | Telegram
"""), {"Tuesday": "2026-05-12"}),
("i07-b", "https://www.palmedwire.org/updates/mawasi-tent-strike", "Nasser hospital receives dead after al-Mawasi strike", "2026-05-13",
T("""
PalMed Wire - Health update
Nasser Medical Complex in Khan Younis said it received the bodies of 9 people killed when a strike hit a tent in the al-Mawasi area on Tuesday morning.
Hospital staff said the tent housed two families who had moved there from Rafah.
This update is provided for humanitarian coordination. Subscribe to daily updates.
"""), {"Tuesday": "2026-05-12"}),
],
gold=[],
))

S.append(dict(
name="08-kazgil-rejected", conflict="Sudan",
note="The RSF say they seized Kazgil south of El Obeid; the army spokesman, in another document, rejects the militia's claims about Kazgil.",
traps="none besides the pair",
docs=[
("i08-a", "https://www.sudanpulse.net/en/rsf-says-it-seized-kazgil", "RSF says it seized town south of El Obeid", "2026-02-24",
T("""
Sudan Pulse
RSF says it seized town south of El Obeid
The Rapid Support Forces said on Monday they had seized the town of Kazgil, about 40 km south of El Obeid, after driving out army units and allied fighters.
A video shared by RSF accounts showed fighters on pickup trucks in what they said was the town's main street.
Control of the road south of El Obeid would tighten pressure on North Kordofan's capital.
Subscribe for Sudan Pulse alerts | Share
"""), {"Monday": "2026-02-23"}),
("i08-b", "https://www.alsudanyoum.com/en/army-rejects-rsf-kazgil-claims", "Army says it holds Kazgil", "2026-02-24",
T("""
Al-Sudan Youm (English edition)
Army spokesman Brigadier General Nabil Abdelrahim rejected the militia's claims about Kazgil, saying the armed forces remained in full control of the town and had repelled the attack.
He urged citizens not to share what he called militia media.
ADVERTISEMENT
(c) 2026 Al-Sudan Youm
"""), {}),
],
gold=[("denial", "rejected", "territory",
       ("i08-a", "they had seized the town of Kazgil"),
       ("i08-b", "rejected the militia's claims about Kazgil"))],
))

S.append(dict(
name="09-kordofan-cumulative-daily", conflict="Sudan",
note="Trap: one day's displacement from the villages around Kazgil against the running total for North Kordofan since October 2025.",
traps="cumulative vs daily; village vs region",
docs=[
("i09-a", "https://dtm.iom-sudan.org/alerts/2026-03-05-kazgil", "DTM flash alert: displacement around Kazgil", "2026-03-05",
T("""
Displacement Tracking Matrix - Sudan
Flash alert
An estimated 2,300 people were displaced from villages around Kazgil, North Kordofan, on Wednesday, March 4, 2026, following clashes between the Sudanese Armed Forces and the Rapid Support Forces.
Most moved north toward El Obeid. Figures are preliminary and may change.
"""), {"Wednesday": "2026-03-04"}),
("i09-b", "https://reports.ochasudan.org/kordofan-situation-update-2026-03-06", "Kordofan situation update", "2026-03-06",
T("""
OCHA Sudan - Kordofan situation update, 6 March 2026
More than 412,000 people have been displaced within North Kordofan since October 2025, according to partners' estimates.
Food prices in El Obeid have doubled since January.
Humanitarian partners have reached 110,000 people with food since January.
Download PDF | Subscribe
"""), {}),
],
gold=[],
))

S.append(dict(
name="10-kalehe-displaced-figures", conflict="DR Congo",
note="OCHA and the South Kivu provincial government give different counts of people displaced in Kalehe territory in the same week (9-15 March).",
traps="none besides the pair",
docs=[
("i10-a", "https://reports.ochadrc.org/flash-update/south-kivu-kalehe-2026-03-17", "Flash update: South Kivu - Kalehe", "2026-03-17",
T("""
OCHA DR Congo - Flash update No. 4
South Kivu: fighting in Kalehe territory
About 46,000 people were displaced in Kalehe territory between 9 and 15 March, as fighting between the M23/AFC and Wazalendo militias spread toward the shore of Lake Kivu.
Most displaced people are staying with host families in Minova and Kalungu or in schools.
Access for humanitarian partners remains limited.
"""), {}),
("i10-b", "https://www.kivuhebdo.cd/provinces/kalehe-deplaces-gouvernement", "Provincial government sounds alarm over Kalehe displacement", "2026-03-16",
T("""
Kivu Hebdo
Provincial government sounds alarm over Kalehe displacement
South Kivu's provincial interior minister, Theo Mushagalusha, said on Monday that some 130,000 people fled their homes in Kalehe territory between March 9 and March 15.
He accused the rebels of shelling villages and asked humanitarian agencies for urgent help.
Read more | Share | Comment
(c) Kivu Hebdo 2026
"""), {"Monday": "2026-03-16"}),
],
gold=[("figure", None, "displaced",
       ("i10-a", "About 46,000 people were displaced in Kalehe territory between 9 and 15 March"),
       ("i10-b", "some 130,000 people fled their homes in Kalehe territory between March 9 and March 15"))],
))

S.append(dict(
name="11-mogadishu-wounded-killed", conflict="Somalia",
note="Trap: a car bomb at KM4 junction in Mogadishu: an early 'at least 9 killed', the police's later 11 killed (compatible), and an ambulance service's 26 wounded (wounded vs killed).",
traps="compatible figures (at least 9 vs 11); wounded vs killed",
docs=[
("i11-a", "https://www.radiohorn.so/en/news/km4-blast-early", "Car bomb explodes at KM4 junction", "2026-04-21",
T("""
Radio Horn - Breaking
A car bomb exploded near a security checkpoint at the KM4 junction in Mogadishu on Tuesday, killing at least 9 people, witnesses and a security official said.
Al-Shabaab claimed responsibility in a short statement on its radio station.
This story is developing; refresh for updates.
"""), {"Tuesday": "2026-04-21"}),
("i11-b", "https://www.somaliwire.com/security/police-give-km4-toll", "Police give toll for KM4 bombing", "2026-04-22",
T("""
Somali Wire
Police spokesman Abdikadir Hassan Farah said on Wednesday that 11 people were killed in Tuesday's car bombing at the KM4 junction, most of them civilians waiting in traffic.
ADVERTISEMENT
Cookies: we use cookies for analytics. Accept | Decline
"""), {"Wednesday": "2026-04-22", "Tuesday": "2026-04-21"}),
("i11-c", "https://www.somaliwire.com/health/aamin-ambulance-km4", "Ambulance service describes KM4 response", "2026-04-22",
T("""
Somali Wire
The director of Aamin Ambulance said the service had carried 26 wounded people from the KM4 blast to hospitals in Mogadishu.
He said several of them were in critical condition and appealed for blood donors.
Share | Print
"""), {}),
],
gold=[],
))

S.append(dict(
name="12-engels-airfield-not-hit", conflict="Russia-Ukraine",
note="Ukraine's General Staff says drones struck the Engels air base and destroyed 2 Tu-95MS bombers; in another document the Saratov governor says the airfield had not been hit and the defence ministry says no aircraft were lost (two denials, naming only 'the airfield' and 'aircraft'). The 37 Ukrainian drones destroyed are the other side's losses.",
traps="different victims (Ukrainian drones destroyed vs Russian bombers)",
docs=[
("i12-a", "https://www.ukrwire.com.ua/en/news/general-staff-engels-strike", "General Staff: drones hit Engels air base", "2026-01-25",
T("""
UkrWire
General Staff: drones hit Engels air base
Ukraine's General Staff said on Sunday that long-range drones struck the Engels air base in Russia's Saratov region overnight, where Tu-95 and Tu-160 strategic bombers are stationed.
Preliminary data indicate that 2 Tu-95MS bombers were destroyed, the General Staff said, adding that the results of the strike were being clarified.
The base has been used to launch cruise missile attacks on Ukrainian cities.
Subscribe to UkrWire on Telegram
(c) UkrWire 2026. Use of materials only with a hyperlink.
"""), {"Sunday": "2026-01-25"}),
("i12-b", "https://www.saratov-vesti.ru/en/news/2026/01/25/drone-attack-engels", "Governor: drone attack on Engels repelled", "2026-01-25",
T("""
Saratov Vesti
Governor Vadim Sorokin said on Sunday that air defences repelled a massive drone attack on Engels overnight.
Sorokin said the airfield had not been hit and that debris from downed drones damaged the roofs of two private houses.
In a separate statement, Russia's defence ministry said no aircraft were lost.
The ministry said 37 drones were destroyed over the Saratov region.
Comments (0) | Share
"""), {"Sunday": "2026-01-25"}),
],
gold=[("denial", "had_not", "attack",
       ("i12-a", "long-range drones struck the Engels air base in Russia's Saratov region overnight"),
       ("i12-b", "Sorokin said the airfield had not been hit")),
      ("denial", "said_no", "materiel_lost",
       ("i12-a", "2 Tu-95MS bombers were destroyed"),
       ("i12-b", "Russia's defence ministry said no aircraft were lost"))],
))
