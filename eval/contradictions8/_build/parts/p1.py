"""Scenarios 01-12: true contradictions (Russia-Ukraine, Sudan, Gaza, Lebanon, Yemen, Myanmar, DR Congo)."""
from common import D, P, S

SCENARIOS = [
S(1, "pishchane-capture-denied", "Russia-Ukraine",
  "Russian MoD claims the capture of Pishchane; a second document has Ukraine's military deny the village fell (denied, territory, no figure).",
  "denial in a second document, territory",
  [D("k01-a", "https://vestnik-fronta.ru/news/2026/03/12/pishchane-osvobozhdeno",
     "Defence Ministry: Zapad group liberates Pishchane", "2026-03-12", """
     Defence Ministry: Zapad group liberates Pishchane

     MOSCOW, March 12 - Units of the Zapad group of forces have fully liberated the settlement of Pishchane in the Kharkiv region, the Russian Defence Ministry said in its summary on Wednesday.
     According to the ministry, assault detachments advanced from the east after several days of fighting along the Oskil river and cleared the last Ukrainian strongpoints in the village.
     The summary gave no figures for losses on either side.

     Subscribe to our channel so you don't miss the latest news from the front
     © 2026 Vestnik Fronta. All rights reserved.
     """, {"Wednesday": "2026-03-11"}),
   D("k01-b", "https://kharkivline.com.ua/en/news/general-staff-pishchane",
     "Ukraine says troops still hold Pishchane", "2026-03-12", """
     We use cookies to improve your experience. Accept | Settings

     Ukraine says troops still hold Pishchane
     12 March 2026, 14:20

     KHARKIV - Ukraine's military denied that Russian forces had captured Pishchane, a village east of Kupiansk, saying its units were holding their positions on the western edge of the settlement.
     "The enemy is trying to sell a flag photo as a victory," said Major Taras Levchuk, a spokesman for the Joint Forces grouping in the sector.
     He said Russian assault groups had been trying for days to cross the Oskil north of the village and were being pushed back by drone units.

     Read more: Kupiansk evacuation buses resume after a week's pause
     Share: Facebook | Telegram | X
     """)],
  [P("denial", "denied", "territory",
     ("k01-a", "have fully liberated the settlement of Pishchane in the Kharkiv region"),
     ("k01-b", "Ukraine's military denied that Russian forces had captured Pishchane"))]),

S(2, "morozovsk-airfield-had-not", "Russia-Ukraine",
  "Ukraine's General Staff claims a drone strike on Morozovsk airfield; the Rostov regional governor says the airfield had not been hit (had_not, attack, second document).",
  "had-not denial of an attack, second document",
  [D("k02-a", "https://frontdispatch.com.ua/en/2026/04/08/morozovsk-airfield-strike",
     "General Staff: drones hit Morozovsk airfield", "2026-04-08", """
     General Staff: drones hit Morozovsk airfield

     KYIV - Long-range drones of the Defence Forces struck Morozovsk airfield in Russia's Rostov region overnight into Tuesday, Ukraine's General Staff said.
     The General Staff said the airfield is used by Su-34 bombers that drop guided bombs on front-line towns, and that a series of explosions and a fire were recorded at a storage site for the bombs.
     The results of the strike are being clarified, the statement said.

     ADVERTISEMENT

     Sign up for our evening newsletter
     """, {"Tuesday": "2026-04-07"}),
   D("k02-b", "https://don-vesti24.ru/2026/04/08/bpla-morozovskiy-rayon",
     "Governor: drones repelled over Morozovsk district", "2026-04-08", """
     Governor: drones repelled over Morozovsk district

     ROSTOV-ON-DON - Air defences repelled a drone attack on the Morozovsk district during the night, acting governor Alexei Dudkin wrote on his Telegram channel.
     Dudkin said the airfield had not been hit and that falling debris damaged the roof of a garage in a nearby farmstead.
     Nobody was hurt, he added.

     © Don Vesti 24
     """)],
  [P("denial", "had_not", "attack",
     ("k02-a", "struck Morozovsk airfield in Russia's Rostov region overnight into Tuesday"),
     ("k02-b", "Dudkin said the airfield had not been hit"))]),

S(3, "vovchansk-prisoners-figure", "Russia-Ukraine",
  "Russia says 47 Ukrainian servicemen surrendered near Vovchansk on Friday; Ukraine says six of its soldiers were taken prisoner there that day (figure, captured, same victim side).",
  "figure dispute between sides about one event (captured)",
  [D("k03-a", "https://tsentr-novosti.ru/army/2026/05/16/vovchansk-sdalis",
     "Ukrainian servicemen surrender near Vovchansk, ministry says", "2026-05-16", """
     Ukrainian servicemen surrender near Vovchansk, ministry says

     MOSCOW, May 16 - A group of 47 Ukrainian servicemen surrendered to units of the Sever group near Vovchansk on Friday, the Russian Defence Ministry said.
     The ministry published a video showing men in Ukrainian uniforms walking along a forest track with their hands raised.
     It said the servicemen had been cut off from supplies for several days.

     Popular now | Most read | Comments
     """, {"Friday": "2026-05-15"}),
   D("k03-b", "https://slobozhanshchyna.info/en/news/vovchansk-prisoners",
     "Kharkiv grouping confirms soldiers taken prisoner near Vovchansk", "2026-05-16", """
     Kharkiv grouping confirms soldiers taken prisoner near Vovchansk

     Six soldiers of a battalion holding positions near Vovchansk were taken prisoner on Friday after their trench line was cut off, the Kharkiv operational-tactical grouping said.
     Spokesman Captain Yevhen Koval said the rest of the unit withdrew to a second line of defence and that the families of the captured men had been informed.
     The coordination headquarters for prisoners of war said it would seek their inclusion in the next exchange.

     Newsletter: get the day's Kharkiv news in your inbox
     """, {"Friday": "2026-05-15"})],
  [P("figure", None, "captured",
     ("k03-a", "A group of 47 Ukrainian servicemen surrendered to units of the Sever group near Vovchansk on Friday"),
     ("k03-b", "Six soldiers of a battalion holding positions near Vovchansk were taken prisoner on Friday"))]),

S(4, "rodynske-tanks-said-no", "Russia-Ukraine",
  "Wire copy: Russia says it destroyed three Leopard tanks near Rodynske; a Ukrainian brigade spokesman in the same story says no tanks were lost there (said_no, materiel_lost, same document).",
  "said-no denial in the same document, materiel (tanks)",
  [D("k04-a", "https://eastwire-news.com/world/europe/2026/02/20/rodynske-leopard-claim",
     "Moscow claims Leopard tanks destroyed near Pokrovsk; Kyiv says none lost", "2026-02-20", """
     Moscow claims Leopard tanks destroyed near Pokrovsk; Kyiv says none lost

     KYIV/MOSCOW, Feb 20 (EastWire) - Russia's Defence Ministry said on Thursday its forces had destroyed three German-made Leopard tanks near Rodynske, north of Pokrovsk, in strikes with Lancet loitering munitions.
     The ministry released drone footage it said showed the strikes, which EastWire could not verify.
     Captain Oleh Marchuk, a spokesman for the Ukrainian brigade defending the sector, said no tanks had been lost near Rodynske this week and that the footage showed decoys.
     Fighting around Pokrovsk has intensified since the start of the month.

     (Reporting by EastWire staff; editing by Mara Lindqvist)
     © 2026 EastWire. All rights reserved.
     """, {"Thursday": "2026-02-19"})],
  [P("denial", "said_no", "materiel_lost",
     ("k04-a", "its forces had destroyed three German-made Leopard tanks near Rodynske"),
     ("k04-a", "said no tanks had been lost near Rodynske this week"))]),

S(5, "abu-shouk-shelling-tolls", "Sudan",
  "The North Darfur government and a medical volunteers' network give different killed and wounded figures for Monday's RSF shelling of Abu Shouk camp (two figure pairs).",
  "two figure disputes (killed, wounded) for one attack",
  [D("k05-a", "https://sudanpress-daily.com/en/darfur/abu-shouk-shelling-toll",
     "North Darfur government: RSF shelling hits Abu Shouk camp", "2026-01-14", """
     North Darfur government: RSF shelling hits Abu Shouk camp

     PORT SUDAN, Jan 14 - Shelling by the Rapid Support Forces on the Abu Shouk camp for displaced people, on the northern edge of El Fasher, killed 41 people on Monday, the North Darfur state government said.
     Another 80 people were wounded, many of them women and children queuing for water, the government's spokesman Adam Haroun Ishag said in a statement.
     The RSF did not respond to a request for comment.

     Cookie policy | Privacy | Terms
     """, {"Monday": "2026-01-12"}),
   D("k05-b", "https://ndmv-sudan.org/bulletins/2026-01-13",
     "Bulletin: shelling of Abu Shouk camp", "2026-01-13", """
     North Darfur Medical Volunteers - field bulletin

     The shelling of Abu Shouk camp on Monday killed 23 people, according to the network's volunteers at the camp clinic.
     The volunteers counted 35 wounded, who were carried to the Saudi Hospital in El Fasher and to a field clinic inside the camp.
     Medicines for treating burns have run out.

     Donate to our emergency appeal
     """, {"Monday": "2026-01-12"})],
  [P("figure", None, "killed",
     ("k05-a", "killed 41 people on Monday, the North Darfur state government said"),
     ("k05-b", "The shelling of Abu Shouk camp on Monday killed 23 people")),
   P("figure", None, "wounded",
     ("k05-a", "Another 80 people were wounded"),
     ("k05-b", "The volunteers counted 35 wounded"))]),

S(6, "nyala-warplanes-dismissed", "Sudan",
  "The RSF says it shot down two army warplanes over Nyala; the army spokesman in the same report dismisses as fabricated the claim, repeating the figure (dismissed_as, materiel_lost).",
  "dismissed-as denial in the same document, repeating the figure",
  [D("k06-a", "https://nile-observer.net/sudan/2026/02/05/nyala-aircraft-claim",
     "RSF says it downed army jets over Nyala; army calls claim fabricated", "2026-02-05", """
     RSF says it downed army jets over Nyala; army calls claim fabricated

     KHARTOUM - The Rapid Support Forces said in a statement that its air defences shot down two army warplanes over Nyala on Tuesday, and posted images of burning wreckage.
     Army spokesman Brigadier Omer al-Tayeb dismissed as fabricated the claim that two aircraft had been downed, saying all of the air force's planes returned safely to base.
     The images could not be independently verified.

     Read more: Port Sudan airport reopens to commercial flights
     ADVERTISEMENT
     """, {"Tuesday": "2026-02-03"})],
  [P("denial", "dismissed_as", "materiel_lost",
     ("k06-a", "its air defences shot down two army warplanes over Nyala on Tuesday"),
     ("k06-a", "dismissed as fabricated the claim that two aircraft had been downed"))]),

S(7, "deir-al-balah-school-toll", "Israel-Gaza",
  "Gaza civil defence says 14 were killed in Monday's strike on a school shelter in Deir al-Balah; the Israeli military says five were killed in the same strike (figure, killed).",
  "figure dispute between sides about one strike",
  [D("k07-a", "https://gazanow-news.ps/en/deir-al-balah-school-strike",
     "Strike on Deir al-Balah school shelter", "2026-03-03", """
     Strike on Deir al-Balah school shelter

     DEIR AL-BALAH - An Israeli air strike on a school sheltering displaced families in Deir al-Balah killed 14 people on Monday, the Gaza civil defence agency said.
     Civil defence spokesman Mahmoud Abu Sitta said rescuers worked through the night to pull people from the collapsed classrooms.
     Families had moved into the school after evacuation orders for the eastern districts.

     Follow us on Telegram | Instagram
     """, {"Monday": "2026-03-02"}),
   D("k07-b", "https://israel-dispatch.co.il/news/idf-deir-al-balah-review",
     "IDF: Deir al-Balah strike targeted Hamas command room", "2026-03-03", """
     IDF: Deir al-Balah strike targeted Hamas command room

     The Israeli military said a preliminary review found that five people were killed in the strike in Deir al-Balah on Monday, which it said targeted a Hamas command room inside the school compound.
     The military said it had taken steps to reduce harm to civilians, including the use of precise munitions and aerial surveillance.

     Sign up for our daily briefing
     © Israel Dispatch
     """, {"Monday": "2026-03-02"})],
  [P("figure", None, "killed",
     ("k07-a", "An Israeli air strike on a school sheltering displaced families in Deir al-Balah killed 14 people on Monday"),
     ("k07-b", "found that five people were killed in the strike in Deir al-Balah on Monday"))]),

S(8, "nasser-hospital-called-false", "Israel-Gaza",
  "Gaza's health ministry says a drone strike hit the courtyard of Nasser Medical Complex; an Israeli outlet reports the military called the report false (called_false, attack, second document).",
  "called-false denial of an attack, second document",
  [D("k08-a", "https://gazahealth-updates.ps/en/statements/nasser-courtyard",
     "Ministry of Health statement on Nasser Medical Complex", "2026-04-19", """
     Ministry of Health - Gaza
     Statement

     An Israeli drone strike hit the courtyard of Nasser Medical Complex in Khan Younis on Saturday evening, wounding medical staff and patients' companions, the ministry said.
     The ministry called on international organisations to protect the remaining hospitals in the south of the Strip.
     """, {"Saturday": "2026-04-18"}),
   D("k08-b", "https://jerusalem-ledger.com/israel-news/nasser-claim",
     "Military says no strike near Khan Younis hospital", "2026-04-19", """
     Military says no strike near Khan Younis hospital

     The Israeli military called the report false and said its forces had carried out no operation near the Nasser hospital at the time.
     A spokesperson said the army was checking whether a misfired rocket from inside Gaza could have landed in the area.

     Most read | Latest
     Subscribe for full access
     """)],
  [P("denial", "called_false", "attack",
     ("k08-a", "An Israeli drone strike hit the courtyard of Nasser Medical Complex in Khan Younis on Saturday evening"),
     ("k08-b", "The Israeli military called the report false"))]),

S(9, "kiryat-shmona-drones-rejected", "Israel-Lebanon",
  "Hezbollah claims a drone attack on a barracks near Kiryat Shmona; in the same story the Israeli military rejects the account (rejected, attack, same document).",
  "rejected denial in the same document",
  [D("k09-a", "https://levant-wire.com/lebanon/2026/05/27/hezbollah-drone-claim",
     "Hezbollah claims drone attack near Kiryat Shmona", "2026-05-27", """
     Hezbollah claims drone attack near Kiryat Shmona

     BEIRUT (Levant Wire) - Hezbollah said its fighters launched attack drones at an Israeli army barracks near Kiryat Shmona on Tuesday, hitting its command building.
     The Israeli military rejected Hezbollah's account, saying both drones were intercepted over open ground before they reached the area.
     Sirens sounded in the Upper Galilee in the afternoon.

     Share this article
     Copyright 2026 Levant Wire
     """, {"Tuesday": "2026-05-26"})],
  [P("denial", "rejected", "attack",
     ("k09-a", "launched attack drones at an Israeli army barracks near Kiryat Shmona on Tuesday"),
     ("k09-a", "The Israeli military rejected Hezbollah's account"))]),

S(10, "red-sea-tanker-had-not", "Yemen/Red Sea",
  "The Houthis claim a missile hit on the tanker Aegean Pearl in the Red Sea; a maritime security advisory says the vessel had not been hit (had_not, attack, second document).",
  "had-not denial of a claimed hit on a ship",
  [D("k10-a", "https://yemen-front.net/en/naval-forces-target-tanker",
     "Armed forces target oil tanker in Red Sea", "2026-06-10", """
     Armed forces target oil tanker in Red Sea

     SANAA - The naval forces targeted the oil tanker Aegean Pearl in the Red Sea with ballistic missiles on Tuesday and hit it directly, armed forces spokesman Brigadier Abdulkarim al-Hashidi said in a televised statement.
     He said the operation was carried out because the ship's owner had violated the ban on entering ports of occupied Palestine.
     """, {"Tuesday": "2026-06-09"}),
   D("k10-b", "https://seawardrisk.com/advisories/red-sea-aegean-pearl",
     "Advisory: Aegean Pearl incident, southern Red Sea", "2026-06-10", """
     Seaward Risk Advisory - Maritime security update

     The vessel had not been hit, its technical manager told Seaward Risk, and the tanker was continuing its passage north with all crew safe.
     The master reported two splashes at a distance of several nautical miles west of Hodeidah.
     Vessels transiting the area are advised to maintain AIS discipline and report suspicious approaches.

     (c) Seaward Risk Advisory Ltd. This advisory is provided for information only.
     """)],
  [P("denial", "had_not", "attack",
     ("k10-a", "The naval forces targeted the oil tanker Aegean Pearl in the Red Sea with ballistic missiles on Tuesday and hit it directly"),
     ("k10-b", "The vessel had not been hit"))]),

S(11, "tabayin-airstrike-dismissed", "Myanmar",
  "A local outlet reports the NUG's account of a junta air strike on Tabayin that killed 17; the junta's newspaper dismisses the reports as fake news (dismissed_as, attack, second document, figure not repeated).",
  "dismissed-as denial in a second document, figure not repeated",
  [D("k11-a", "https://sagaingvoice.org/news/tabayin-airstrike",
     "Air strike on Tabayin kills villagers", "2026-02-11", """
     Air strike on Tabayin kills villagers

     A junta air strike on Tabayin town killed 17 villagers on Monday, a spokesman for the National Unity Government's local administration said.
     Residents said a fighter jet dropped two bombs near the monastery, where families displaced from nearby villages had been staying.

     Support independent journalism - donate today
     """, {"Monday": "2026-02-09"}),
   D("k11-b", "https://myawady-post.com.mm/2026/02/12/information-team-statement",
     "True News Information Team statement", "2026-02-12", """
     True News Information Team statement

     NAY PYI TAW, 12 February - The True News Information Team dismissed as fake news reports that the Tatmadaw had bombed Tabayin, saying no air operations were conducted in the area.
     The team said such reports were spread by terrorist groups to mislead the international community.
     """)],
  [P("denial", "dismissed_as", "attack",
     ("k11-a", "A junta air strike on Tabayin town killed 17 villagers on Monday"),
     ("k11-b", "dismissed as fake news reports that the Tatmadaw had bombed Tabayin"))]),

S(12, "uvira-capture-rejected", "DR Congo",
  "AFC/M23 says it took control of Uvira; a Kinshasa outlet reports the army spokesman rejected reports that the town had fallen (rejected, territory, second document).",
  "rejected denial of a capture, second document",
  [D("k12-a", "https://kivu-regard.net/afc-m23-uvira-statement",
     "AFC/M23 says its forces control Uvira", "2026-03-25", """
     AFC/M23 says its forces control Uvira

     GOMA - The AFC/M23 rebel alliance said on Tuesday that its forces had taken control of Uvira, the largest town in the south of South Kivu province, after the army withdrew.
     Its spokesman called on residents to stay calm and on civil servants to return to work.

     Newsletter | Facebook | WhatsApp
     """, {"Tuesday": "2026-03-24"}),
   D("k12-b", "https://kinshasa-matin.cd/actualite/uvira-fardc",
     "Uvira: the army says it still holds the town", "2026-03-25", """
     Uvira: the army says it still holds the town

     KINSHASA - The army spokesman, General Didier Mbuyi Kalala, rejected reports that Uvira had fallen, saying army and Wazalendo units still held the town centre and the port.
     He accused the rebels of waging a campaign of disinformation on social media.

     © Kinshasa Matin 2026
     """)],
  [P("denial", "rejected", "territory",
     ("k12-a", "its forces had taken control of Uvira"),
     ("k12-b", "rejected reports that Uvira had fallen"))]),
]
