# Scenario data, part 3 (scenarios 25-35). Imported by build.py.
from part1 import T

S = []

S.append(dict(
name="25-maskanah-categorically-refuted", conflict="Syria",
note="Syria's defence ministry says SDF drones struck army positions near Maskanah; the SDF 'categorically refuted the ministry's account' (naming only the account, not the place).",
traps="none besides the pair",
docs=[
("i25-a", "https://www.syriadaily-news.com/en/defence/sdf-drones-maskanah", "Ministry: SDF drones strike army positions east of Aleppo", "2026-04-09",
T("""
Syria Daily News
The Ministry of Defence said SDF drones struck army positions near Maskanah, east of Aleppo, on Thursday, wounding several soldiers.
The ministry said it reserved the right to respond.
Share | Print | Subscribe
"""), {"Thursday": "2026-04-09"}),
("i25-b", "https://www.rojavamonitor.net/en/sdf-statement-maskanah", "SDF responds to defence ministry statement", "2026-04-10",
T("""
Rojava Monitor
The SDF media centre categorically refuted the ministry's account, saying its forces had carried out no operations in the area and calling for restraint.
The statement said talks on integrating SDF units into the national army were continuing.
This site uses cookies. Accept
"""), {}),
],
gold=[("denial", "rejected", "attack",
       ("i25-a", "SDF drones struck army positions near Maskanah"),
       ("i25-b", "categorically refuted the ministry's account"))],
))

S.append(dict(
name="26-lere-convoy-syndicated", conflict="Sahel",
note="Trap: one wire story about a convoy ambush near Lere republished by two outlets with different page furniture; same figures, same claimant.",
traps="syndicated copies of one story",
docs=[
("i26-a", "https://www.maliweb-actu.net/securite/embuscade-convoi-lere", "Convoy ambushed near Lere", "2026-02-03",
T("""
Maliweb Actu | Security
Cookies: by browsing this site you accept the use of cookies.
BAMAKO, Feb 3 (Agence Sahel Presse) - Gunmen ambushed a fuel convoy escorted by the army near Lere, in the Timbuktu region, on Monday, killing at least 15 drivers and soldiers, security sources said.
The attackers set fire to 20 tankers before withdrawing, one of the sources said.
JNIM has been blockading fuel deliveries to several regions since last year.
(c) Agence Sahel Presse 2026
Read more: Bamako power cuts lengthen
"""), {"Monday": "2026-02-02"}),
("i26-b", "https://www.afriquenouvelles.fr/sahel/mali-convoi-attaque-lere", "Mali: fuel convoy attacked near Lere", "2026-02-03",
T("""
Afrique Nouvelles
Mali: fuel convoy attacked near Lere
BAMAKO, Feb 3 (Agence Sahel Presse) - Gunmen ambushed a fuel convoy escorted by the army near Lere, in the Timbuktu region, on Monday, killing at least 15 drivers and soldiers, security sources said.
The attackers set fire to 20 tankers before withdrawing, one of the sources said.
JNIM has been blockading fuel deliveries to several regions since last year.
Newsletter Afrique Nouvelles - sign up | ADVERTISEMENT
"""), {"Monday": "2026-02-02"}),
],
gold=[],
))

S.append(dict(
name="27-dnipro-compatible", conflict="Russia-Ukraine",
note="Trap: an early 'at least 12 killed' from the emergency service and the regional head's later 18 killed for the same missile strike on Dnipro: compatible, not a contradiction.",
traps="compatible figures (at least 12 vs 18)",
docs=[
("i27-a", "https://www.dniprolive.com.ua/en/news/missile-strike-dnipro-morning", "Missile strike on Dnipro", "2026-03-14",
T("""
Dnipro Live
A Russian ballistic missile struck a residential area of Dnipro on Saturday morning, killing at least 12 people, the State Emergency Service said.
Rescuers were working at the site of a partly collapsed apartment block.
Updates to follow. Share this story
"""), {"Saturday": "2026-03-14"}),
("i27-b", "https://www.ukrwire.com.ua/en/news/dnipro-toll-evening", "Dnipro strike toll rises", "2026-03-14",
T("""
UkrWire
Dnipropetrovsk regional head Serhiy Kovalenko said on Saturday evening that 18 people were killed in the morning missile strike on Dnipro.
Search operations at the apartment block have ended, he said.
Subscribe to UkrWire on Telegram
"""), {"Saturday": "2026-03-14"}),
],
gold=[],
))

S.append(dict(
name="28-kadugli-subset", conflict="Sudan",
note="Trap: a doctors' network gives 31 killed including 9 children in the shelling of Kadugli market; UNICEF's 9 children killed is a subset, not a contradiction.",
traps="a figure and a subset of it; wounded vs killed",
docs=[
("i28-a", "https://www.sudanpulse.net/en/kadugli-market-shelling", "Shelling of Kadugli market kills dozens", "2026-04-27",
T("""
Sudan Pulse
The Sudan Doctors Network said on Monday that the shelling of Kadugli's main market on Sunday killed 31 people, including 9 children.
Another 40 people were wounded, the network said, blaming the RSF and allied SPLM-N fighters besieging the city.
Subscribe for Sudan Pulse alerts | Share
"""), {"Monday": "2026-04-27", "Sunday": "2026-04-26"}),
("i28-b", "https://www.unicef-sudan-news.org/press/kadugli-children-killed", "Statement on children killed in Kadugli", "2026-04-28",
T("""
UNICEF Sudan - Press statement
UNICEF is appalled by reports that 9 children were killed in the shelling of a market in Kadugli, South Kordofan, on Sunday.
Children must never be a target. We call on all parties to protect civilians.
Media contacts | Share
"""), {"Sunday": "2026-04-26"}),
],
gold=[],
))

S.append(dict(
name="29-pinga-denied", conflict="DR Congo",
note="One wire story: the AFC/M23 says it took Pinga; the army spokesman denied that the rebels had entered Pinga (same-document denial naming the place). OCHA's displacement figure pairs with nothing.",
traps="unrelated displacement figure in the same story",
docs=[
("i29-a", "https://www.centralafricawire.com/drc/m23-pinga-claim", "Congo rebels say they took Pinga; army denies", "2026-05-20",
T("""
KINSHASA, May 20 (Central Africa Wire) - The M23-led Alliance Fleuve Congo (AFC) said on Tuesday its fighters had taken the town of Pinga in North Kivu's Walikale territory.
Army spokesman Major General Patrick Lukusa denied that the rebels had entered Pinga, saying government forces and allied militias held the town.
The U.N. humanitarian office said about 8,000 people had fled Pinga and nearby villages since the weekend.
(Reporting by Grace Mbuyi; Editing by Tom Haller)
(c) Central Africa Wire 2026 | ADVERTISEMENT
"""), {"Tuesday": "2026-05-19"}),
],
gold=[("denial", "denied", "territory",
       ("i29-a", "its fighters had taken the town of Pinga"),
       ("i29-a", "denied that the rebels had entered Pinga"))],
))

S.append(dict(
name="30-syzran-acknowledged", conflict="Russia-Ukraine",
note="Trap: Ukraine says drones hit the Syzran refinery; the Samara governor acknowledges a drone attack and a fire at an industrial site in Syzran and says no one was hurt. That is a confirmation, not a denial; 'no casualties' denies nothing claimed.",
traps="acknowledgement that is not a denial; 'no one hurt' against no casualty claim",
docs=[
("i30-a", "https://www.ukrwire.com.ua/en/news/drones-hit-syzran-refinery", "Source: drones hit Syzran refinery", "2026-02-19",
T("""
UkrWire
Ukrainian drones hit the Syzran oil refinery in Russia's Samara region overnight, a source in Ukraine's security service told UkrWire on Thursday.
The source said a fire broke out at a primary processing unit.
Subscribe to UkrWire on Telegram
"""), {"Thursday": "2026-02-19"}),
("i30-b", "https://www.samara-today.ru/en/news/governor-syzran-drones", "Governor: drone attack on Syzran enterprise", "2026-02-19",
T("""
Samara Today
Governor Sergei Lapin said on Thursday that drones attacked one of the enterprises in Syzran overnight, causing a fire that firefighters put out by morning.
Nobody was hurt, he said.
Comments | Share
"""), {"Thursday": "2026-02-19"}),
],
gold=[],
))

S.append(dict(
name="31-marib-reaper-denied", conflict="Yemen-Red Sea",
note="The Houthis say they shot down a US MQ-9 over Marib; a US defense official denied that any American drone had been lost over Yemen (names only the country). The Houthi warning about ships is a threat, not a claim to pair.",
traps="a warning (future event) is not a claim",
docs=[
("i31-a", "https://www.yemenmonitor.net/en/2026/01/12/houthis-say-mq9-downed-marib", "Houthis say they downed US drone over Marib", "2026-01-12",
T("""
Yemen Monitor
Houthi military spokesman Brigadier Abdulkarim al-Mahdi said on Monday that the group's air defences shot down an American MQ-9 Reaper drone over Marib province.
He warned that US warships in the Red Sea would be targeted if American strikes on Yemen resumed.
Related: Flights resume at Sanaa airport
Cookie settings | Privacy
"""), {"Monday": "2026-01-12"}),
("i31-b", "https://www.defensewatchdaily.com/news/us-official-denies-drone-loss-yemen", "US official denies drone loss over Yemen", "2026-01-13",
T("""
Defense Watch Daily
A US defense official, speaking on condition of anonymity, denied that any American drone had been lost over Yemen.
The official said US surveillance flights in the region were continuing as normal.
Sign up for Defense Watch Daily | ADVERTISEMENT
"""), {}),
],
gold=[("denial", "denied", "materiel_lost",
       ("i31-a", "shot down an American MQ-9 Reaper drone over Marib province"),
       ("i31-b", "denied that any American drone had been lost over Yemen"))],
))

S.append(dict(
name="32-jabalia-house-figures", conflict="Israel-Gaza",
note="Civil Defence and the health ministry give different killed and different wounded figures for the same strike on a house in Jabalia: two figure pairs. Killed is never set against wounded.",
traps="killed vs wounded across documents",
docs=[
("i32-a", "https://www.gazanownews.net/en/news/jabalia-abu-eida-house-strike", "Strike on family house in Jabalia", "2026-02-26",
T("""
Gaza Now News
Gaza Civil Defence spokesman Ahmad Abu Sharkh said an Israeli strike on the Abu Eida family house in Jabalia on Thursday killed 17 people.
Another 30 people were wounded, he said, and several remained under the rubble.
The Israeli military said it had targeted a Hamas commander.
Read more | Share
"""), {"Thursday": "2026-02-26"}),
("i32-b", "https://www.palmedwire.org/updates/moh-jabalia-house", "Health ministry statement on Jabalia strike", "2026-02-27",
T("""
PalMed Wire - Health update
The Gaza health ministry said on Friday that 11 people were killed in Thursday's strike on the house in Jabalia.
The ministry said 12 people were wounded and taken to al-Ahli hospital.
This update is provided for humanitarian coordination. Subscribe to daily updates.
"""), {"Friday": "2026-02-27", "Thursday": "2026-02-26"}),
],
gold=[("figure", None, "killed",
       ("i32-a", "killed 17 people"),
       ("i32-b", "11 people were killed in Thursday's strike on the house in Jabalia")),
      ("figure", None, "wounded",
       ("i32-a", "Another 30 people were wounded"),
       ("i32-b", "The ministry said 12 people were wounded"))],
))

S.append(dict(
name="33-burkina-quarter-totals", conflict="Sahel",
note="Running totals for the same period (1 January - 31 March 2026): a monitor's 1,140 civilians killed against the government's 242. The government's count of 'terrorists neutralised' is different victims.",
traps="different victims (fighters neutralised vs civilians)",
docs=[
("i33-a", "https://www.sahelcivilianmonitor.org/reports/burkina-q1-2026", "Burkina Faso: civilian deaths, first quarter 2026", "2026-04-09",
T("""
Sahel Civilian Monitor - Quarterly data brief
We recorded 1,140 civilians killed in Burkina Faso between January 1 and March 31, 2026, in attacks by jihadist armed groups.
Most deaths were recorded in the Sahel, East and Boucle du Mouhoun regions.
Methodology | Download the dataset
"""), {}),
("i33-b", "https://www.lobservateur-bf.net/politique/bilan-securitaire-premier-trimestre", "Government presents first-quarter security review", "2026-04-13",
T("""
L'Observateur BF
Government spokesperson Pingdwende Ouedraogo said on Monday that 242 civilians were killed in terrorist attacks in the first quarter of 2026.
In the same period, more than 1,900 terrorists were neutralised by the defence and security forces, he said.
ADVERTISEMENT
(c) L'Observateur BF 2026 - All rights reserved
"""), {"Monday": "2026-04-13"}),
],
gold=[("figure", None, "killed",
       ("i33-a", "We recorded 1,140 civilians killed in Burkina Faso between January 1 and March 31, 2026"),
       ("i33-b", "242 civilians were killed in terrorist attacks in the first quarter of 2026"))],
))

S.append(dict(
name="34-stepnohirsk-leopards", conflict="Russia-Ukraine",
note="Russia's defence ministry and a Ukrainian brigade give different figures for Ukraine's tanks lost and men captured in the same battle near Stepnohirsk: two figure pairs (materiel_lost, captured).",
traps="none besides the pairs",
docs=[
("i34-a", "https://www.rusdefencereview.ru/en/mod-stepnohirsk-attack-repelled", "Ministry: Ukrainian attack near Stepnohirsk repelled", "2026-03-26",
T("""
Russian Defence Review
Russia's defence ministry said on Thursday its troops repelled a Ukrainian mechanised attack near Stepnohirsk in the Zaporizhzhia region on Wednesday and destroyed 7 Leopard tanks.
It said 12 Ukrainian servicemen surrendered during the battle.
(c) Russian Defence Review 2026
"""), {"Thursday": "2026-03-26", "Wednesday": "2026-03-25"}),
("i34-b", "https://www.zaporizhzhiapost.com.ua/en/brigade-stepnohirsk-account", "Brigade gives its account of Stepnohirsk battle", "2026-03-26",
T("""
Zaporizhzhia Post
The brigade's press officer, Captain Yurii Bondar, said the unit lost one Leopard tank in Wednesday's fighting near Stepnohirsk.
He said three of the brigade's soldiers were captured after their vehicle was disabled.
Support our newsroom | Newsletter | Share
"""), {"Wednesday": "2026-03-25"}),
],
gold=[("figure", None, "materiel_lost",
       ("i34-a", "destroyed 7 Leopard tanks"),
       ("i34-b", "the unit lost one Leopard tank in Wednesday's fighting near Stepnohirsk")),
      ("figure", None, "captured",
       ("i34-a", "It said 12 Ukrainian servicemen surrendered during the battle"),
       ("i34-b", "three of the brigade's soldiers were captured"))],
))

S.append(dict(
name="35-rakhine-other-place", conflict="Myanmar",
note="Trap: the Arakan Army claims a drone strike on the junta's command headquarters in Sittwe; the junta denies a different report, that the port at Kyaukphyu was hit. A denial of another place's event pairs with nothing.",
traps="denial of a different place's event; the reported claim inside a denial is not a new claim",
docs=[
("i35-a", "https://www.rakhinevoice.org/en/news/aa-drones-sittwe-command", "Arakan Army says drones hit Sittwe command", "2026-03-30",
T("""
Rakhine Voice
The Arakan Army said on Monday its drones struck the junta's Western Command headquarters in Sittwe on Sunday night.
The group did not give details of damage or casualties.
Support independent Rakhine journalism - Donate
"""), {"Monday": "2026-03-30", "Sunday": "2026-03-29"}),
("i35-b", "https://www.myanmarnowdaily.com/news/junta-denies-kyaukphyu-port-hit", "Junta denies port hit", "2026-03-31",
T("""
Myanmar Now Daily
Junta spokesman Major General Kyaw Zin Htet on Tuesday denied reports that the deep-sea port at Kyaukphyu had been hit by Arakan Army drones.
He said port operations were continuing normally.
Cookie notice: this site uses cookies. Continue
"""), {"Tuesday": "2026-03-31"}),
],
gold=[],
))
