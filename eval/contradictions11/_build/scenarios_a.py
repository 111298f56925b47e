"""Scenarios 01-12: Russia-Ukraine, Sudan, Israel-Gaza. All events invented (2026)."""
from common import doc, fig, den, scen

S = []

# ---------------------------------------------------------------- 01
S.append(scen(
    "01-ru-bilytske-denials", "Russia-Ukraine", "denial x2 (denied territory; said_no materiel)",
    "Russian MoD claims Bilytske and three Leopard tanks; Ukrainian spokesman denies both a day later.",
    "Two denials in a document published a day after the claims: 'denied ... that Russian troops had "
    "captured Bilytske' (territory) and 'said no Ukrainian tanks were lost' (materiel_lost). The "
    "Dobropillia shelling in the second document has no counterpart.",
    [
        doc("q01-a",
            "https://www.northline-wire.example/world/europe/2026/03/12/russia-says-it-took-bilytske",
            "Russia says its forces took Bilytske in Donetsk region",
            "2026-03-12",
            "MOSCOW, March 12 (Northline Wire) - Russia's Defence Ministry said its forces had taken full control of the town of Bilytske in Ukraine's Donetsk region, the latest in a string of claimed gains north of Pokrovsk.",
            "\"Units of the Centre group of forces, acting decisively, have liberated the settlement of Bilytske,\" ministry spokesman Colonel Arkady Temnikov said in a video statement.",
            "The ministry also said its drone units had destroyed three Leopard tanks and a Bradley fighting vehicle west of the town on Wednesday, and published grainy footage it said showed the strikes.",
            "Northline Wire could not independently verify the battlefield accounts of either side. Bilytske, a coal-mining town, lies on a road that Ukrainian units have used to supply positions around Dobropillia.",
            "Ukraine's military did not immediately respond to a request for comment.",
            "(Reporting by the Northline Wire Moscow bureau; editing by Helen Ashcombe)",
            "© 2026 Northline Wire. All rights reserved. Republication or redistribution of Northline Wire content is expressly prohibited.",
            "Read more: Kremlin says no date set for new round of talks"),
        doc("q01-b",
            "https://skhid-daily.example/news/2026/03/13/bilytske-remains-under-ukrainian-control",
            "Bilytske remains under Ukrainian control, army spokesman says",
            "2026-03-13",
            "We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy. Accept | Settings",
            "Skhid Daily | 13 March 2026, 09:40",
            "Major Taras Levchenko, a spokesman for Ukrainian forces in the Pokrovsk sector, denied on Thursday evening that Russian troops had captured Bilytske, saying that small assault groups which had reached the eastern outskirts were destroyed.",
            "\"The town is ours. The flag is where it has always been,\" Levchenko told the national television marathon.",
            "He also said no Ukrainian tanks were lost near Bilytske this week and that the video shown by Moscow had been filmed in another sector last autumn.",
            "Russian shelling of Dobropillia wounded two civilians on Wednesday, the regional military administration said.",
            "Subscribe to our morning briefing - the day's news from eastern Ukraine in five minutes.",
            "Share: Facebook | Telegram | X | Copy link",
            "Read more: Evacuation trains from Druzhkivka suspended after rail bridge damaged"),
    ],
    [
        den("denied", "territory",
            "q01-a", "its forces had taken full control of the town of Bilytske",
            "q01-b", "denied on Thursday evening that Russian troops had captured Bilytske"),
        den("said_no", "materiel_lost",
            "q01-a", "its drone units had destroyed three Leopard tanks",
            "q01-b", "said no Ukrainian tanks were lost near Bilytske this week"),
    ]))

# ---------------------------------------------------------------- 02
S.append(scen(
    "02-ru-morozovsk-airfield", "Russia-Ukraine", "denial had_not (attack)",
    "Ukraine's General Staff says it struck Morozovsk airfield; Rostov governor says the airfield had not been hit.",
    "Same-day denial in another document: 'said the airfield had not been hit' against the General "
    "Staff's strike claim. The Russian drone-interception tally has no counterpart.",
    [
        doc("q02-a",
            "https://www.zsu-bulletin.example/statements/2026-04-08-morozovsk",
            "Strike on the Morozovsk military airfield",
            "2026-04-08",
            "GENERAL STAFF OF THE ARMED FORCES OF UKRAINE",
            "Official statement, 8 April 2026",
            "On the night of 8 April, units of the Unmanned Systems Forces, together with other components of the Defence Forces of Ukraine, struck the Morozovsk military airfield in the Rostov region of the Russian Federation.",
            "The airfield is used by the occupiers to base Su-34 aircraft that drop guided aerial bombs on towns and villages of the Zaporizhzhia and Donetsk regions.",
            "Explosions and a large fire were recorded in the area of the aircraft parking stands and the fuel and lubricants depot. The results of the strike are being clarified.",
            "The Defence Forces of Ukraine will continue to take all measures to undermine the offensive potential of the Russian occupiers. Glory to Ukraine!"),
        doc("q02-b",
            "https://don-vestnik.example/en/region/2026/04/08/morozovsk-drones",
            "Governor: drone debris damages grain store near Morozovsk",
            "2026-04-08T17:20:00+03:00",
            "ADVERTISEMENT",
            "ROSTOV-ON-DON - Air defence units repelled a large drone attack on the Morozovsk district overnight, the acting governor of the Rostov region, Pavel Sukhodolsky, said on Telegram.",
            "Sukhodolsky said the airfield had not been hit and that falling debris had set fire to a grain store on the edge of the town. Nobody was hurt, he added.",
            "Russia's Defence Ministry said separately that air defences had destroyed 41 Ukrainian drones over the Rostov region and the Sea of Azov during the night.",
            "Restrictions on flights at Rostov airport were lifted at 06:15 local time, aviation authorities said.",
            "Don Vestnik on Telegram: subscribe to get the news first",
            "© Don Vestnik, 2026"),
    ],
    [
        den("had_not", "attack",
            "q02-a", "struck the Morozovsk military airfield in the Rostov region of the Russian Federation",
            "q02-b", "Sukhodolsky said the airfield had not been hit"),
    ]))

# ---------------------------------------------------------------- 03
S.append(scen(
    "03-ru-balakliia-launchers", "Russia-Ukraine", "figure materiel_lost",
    "Russia says four HIMARS launchers destroyed near Balakliia; Ukraine says only one was lost.",
    "Figure dispute over one strike: Russia's four launchers against Ukraine's 'only one launcher'. "
    "Both numbers are written as words.",
    [
        doc("q03-a",
            "https://www.cpa-news.example/europe/2026/02/19/russia-himars-kharkiv",
            "Russia says missile strike destroyed HIMARS launchers in Kharkiv region",
            "2026-02-19",
            "MOSCOW, Feb 19 (CPA) - Russia's Defence Ministry said on Wednesday that an Iskander missile strike had destroyed four HIMARS rocket launchers near Balakliia in Ukraine's Kharkiv region, along with an ammunition store.",
            "The ministry said the US-made launchers had been tracked by reconnaissance drones as they moved into firing positions. It did not say when the strike took place.",
            "Ukraine has used HIMARS launchers to hit Russian command posts and supply hubs since 2022.",
            "CPA was unable to verify the claim.",
            "ADVERTISEMENT",
            "Related coverage: Kharkiv power grid hit again as cold snap deepens"),
        doc("q03-b",
            "https://kharkiv-today.example/en/war/2026-02-20-balakliia-strike",
            "Army disputes Russian account of Balakliia strike",
            "2026-02-20",
            "Kharkiv Today uses cookies. Manage preferences",
            "A spokesman for Ukraine's ground forces, Lieutenant Colonel Ostap Hnatiuk, said on Thursday that only one launcher had been destroyed in the Russian strike near Balakliia, and that its crew had moved away before the missile hit.",
            "Hnatiuk did not say what type of launcher it was, citing operational security.",
            "The Balakliia area, retaken by Ukraine in September 2022, has come under frequent missile and drone attack this winter.",
            "Newsletter: Get Kharkiv Today in your inbox every morning. Sign up"),
    ],
    [
        fig("materiel_lost",
            "q03-a", "had destroyed four HIMARS rocket launchers near Balakliia",
            "q03-b", "only one launcher had been destroyed in the Russian strike near Balakliia"),
    ]))

# ---------------------------------------------------------------- 04
S.append(scen(
    "04-ru-kharkiv-two-strikes", "Russia-Ukraine", "trap: different strikes on different days",
    "Kharkiv: a bomb on Saltivka on Monday (5 killed) and a missile on Kholodnohirskyi on Friday (9 killed).",
    "Trap. Same city, same category, same week, different tolls - but two different strikes on "
    "different days in different districts. No contradiction.",
    [
        doc("q04-a",
            "https://kharkiv-today.example/en/war/2026-01-14-saltivka-bomb",
            "Guided bomb hits apartment block in Kharkiv's Saltivka",
            "2026-01-14",
            "Kharkiv Today uses cookies. Manage preferences",
            "A Russian guided aerial bomb struck a nine-storey apartment block in Kharkiv's Saltivskyi district on Monday afternoon, killing 5 people and wounding 17, the head of the regional military administration, Ihor Marchuk, said.",
            "Rescuers worked through the night to reach residents trapped on the upper floors, the State Emergency Service said.",
            "It was the first guided-bomb strike on the city itself since early December, Marchuk said.",
            "Newsletter: Get Kharkiv Today in your inbox every morning. Sign up"),
        doc("q04-b",
            "https://www.ukrinfo-daily.example/society/2026/01/17/kharkiv-missile-kholodnohirskyi",
            "Missile strike on Kharkiv's Kholodnohirskyi district kills 9",
            "2026-01-17",
            "KHARKIV - A Russian Iskander missile hit a tram depot and nearby houses in Kharkiv's Kholodnohirskyi district on Friday morning, killing 9 people, the State Emergency Service said.",
            "Another 24 people were wounded, among them a tram driver who was pulled from the depot's workshop.",
            "It was the second deadly strike on the city this week after Monday's bomb attack on an apartment block in Saltivka.",
            "Ukrinfo Daily | Share this article | Comments (0)"),
    ],
    []))

# ---------------------------------------------------------------- 05
S.append(scen(
    "05-ru-daily-vs-cumulative", "Russia-Ukraine", "trap: cumulative vs daily",
    "General Staff's one-day Russian losses (1,090) vs a think tank's count since January (14,800).",
    "Trap. A one-day figure against a running total since January for the same side's troops. "
    "Different scope; no contradiction.",
    [
        doc("q05-a",
            "https://www.ukrinfo-daily.example/war/2026/05/06/general-staff-losses",
            "General Staff: Russia lost 1,090 troops over past day",
            "2026-05-06",
            "Russian forces lost 1,090 personnel killed and wounded over the past 24 hours, Ukraine's General Staff said in its morning update, along with 7 tanks, 19 armoured vehicles and 42 artillery systems.",
            "The heaviest fighting was in the Pokrovsk and Kostiantynivka directions, where the General Staff recorded 61 Russian assaults.",
            "The General Staff's figures cannot be independently verified. Russia does not publish its own losses.",
            "Ukrinfo Daily | Share this article | Comments (3)"),
        doc("q05-b",
            "https://eastern-front-studies.example/briefs/2026-05-07-donetsk-attrition",
            "Attrition in Donetsk, January to April 2026",
            "2026-05-07",
            "Centre for Eastern Front Studies - Research brief",
            "Our open-source count, based on obituaries, court records and regional memorial posts, indicates that at least 14,800 Russian servicemen have been killed in the Donetsk region since January 1, 2026.",
            "The figure covers deaths only. It excludes the wounded and is therefore not comparable with the General Staff's daily personnel-loss reports.",
            "Download the full brief (PDF)",
            "© 2026 Centre for Eastern Front Studies. Privacy | Terms"),
    ],
    []))

# ---------------------------------------------------------------- 06
S.append(scen(
    "06-sd-dilling-market-toll", "Sudan", "figure killed",
    "Health ministry: RSF shelling of Dilling market killed 42; RSF: 6 civilians killed there.",
    "Figure dispute over one incident (same market, same day, civilians in both). The Kosti drone "
    "strike in the first document is a different place with no figure.",
    [
        doc("q06-a",
            "https://www.meridianwire.example/africa/2026/02/03/sudan-dilling-market",
            "Sudan health ministry says RSF shelling of Dilling market killed dozens",
            "2026-02-03",
            "PORT SUDAN, Feb 3 (Meridian Wire) - Shelling by the paramilitary Rapid Support Forces killed 42 civilians and wounded 63 at the central market in Dilling, in South Kordofan state, on Sunday, Sudan's Health Ministry said.",
            "Ministry spokeswoman Dr Amna Hamid said most of the victims were women selling vegetables and that the town's only functioning hospital was overwhelmed.",
            "In a separate incident on Sunday, a drone struck a fuel depot in Kosti, in White Nile state, the ministry said, without giving details of casualties.",
            "Dilling has been encircled by the RSF and its allies for much of the past year, and aid agencies have warned of famine conditions in the town.",
            "(Meridian Wire)",
            "Sign up for the Meridian Africa Briefing"),
        doc("q06-b",
            "https://darfur-horizon.example/en/2026/02/04/rsf-statement-dilling",
            "RSF gives its own account of Dilling market deaths",
            "2026-02-04",
            "Darfur Horizon - Independent news from western Sudan",
            "The Rapid Support Forces said in a statement on Tuesday that 6 civilians had been killed at the Dilling market, and blamed the deaths on army artillery positioned nearby.",
            "The statement, signed by RSF spokesman Brigadier Osman Jaddal, said the paramilitary's fighters had been returning fire at army positions on the edge of the town.",
            "Darfur Horizon could not reach residents in Dilling, where telephone networks have been down for days.",
            "Support independent journalism in Sudan. Donate",
            "Read more: Displaced families in Tawila face water shortages"),
    ],
    [
        fig("killed",
            "q06-a", "killed 42 civilians and wounded 63 at the central market in Dilling",
            "q06-b", "6 civilians had been killed at the Dilling market"),
    ]))

# ---------------------------------------------------------------- 07
S.append(scen(
    "07-sd-kazgil-rejected", "Sudan", "denial rejected (territory)",
    "RSF says it seized Kazgil; the next sentence: 'The army rejected this on Wednesday'.",
    "Denial spread over the sentence after the claim, naming the claim only as 'this'. One document.",
    [
        doc("q07-a",
            "https://kordofan-observer.example/news/2026/01/22/kazgil-claims",
            "RSF claims Kazgil; army says it still holds the town",
            "2026-01-22",
            "Kordofan Observer",
            "The Rapid Support Forces said on Tuesday that its fighters had seized Kazgil, a market town on the road south of El Obeid, after a dawn assault, and posted videos of fighters on pick-up trucks in what it said was the town centre.",
            "The army rejected this on Wednesday, saying its troops had repelled the attack and remained deployed in and around Kazgil.",
            "Residents reached by phone described heavy gunfire through Tuesday and said hundreds of families had fled towards El Obeid.",
            "ADVERTISEMENT",
            "Newsletter: Sign up for the Kordofan Observer weekly digest.",
            "© 2026 Kordofan Observer"),
    ],
    [
        den("rejected", "territory",
            "q07-a", "its fighters had seized Kazgil",
            "q07-a", "The army rejected this on Wednesday"),
    ]))

# ---------------------------------------------------------------- 08
S.append(scen(
    "08-sd-bara-toll-dismissed", "Sudan", "denial dismissed_as (killed)",
    "RSF says it killed 70 soldiers near Bara; army spokesman 'dismissed the militia's toll as invented' next day.",
    "Denial in a document published a day later that names the claim only by its owner ('the "
    "militia's toll'). The army's own claim of RSF dead is about the other side's losses (no pair).",
    [
        doc("q08-a",
            "https://www.sahara-news-agency.example/en/sudan/2026-03-25-rsf-bara",
            "RSF says it killed 70 soldiers near Bara",
            "2026-03-25",
            "KHARTOUM, March 25 (SNA) - The Rapid Support Forces said on Monday it had killed 70 army soldiers and allied fighters in a battle near Bara, in North Kordofan state.",
            "In a statement on its Telegram channel, the paramilitary group said the army's push towards Bara had collapsed.",
            "The army did not comment immediately. Bara, north of El Obeid, has changed hands several times since 2024.",
            "SNA - Sahara News Agency. All rights reserved."),
        doc("q08-b",
            "https://kordofan-observer.example/news/2026/03/26/army-bara-response",
            "Army says Bara offensive continuing",
            "2026-03-26",
            "Cookies: This site uses cookies for analytics. OK",
            "Army spokesman Brigadier Hisham Abdelrahim on Wednesday dismissed the militia's toll as invented, saying the army had lost \"a small number of martyrs\" and that its forces were still advancing on Bara.",
            "He said army units had killed dozens of RSF fighters and destroyed several of their combat vehicles in the fighting.",
            "Independent confirmation was not possible; mobile networks around Bara have been cut.",
            "© 2026 Kordofan Observer"),
    ],
    [
        den("dismissed_as", "killed",
            "q08-a", "it had killed 70 army soldiers and allied fighters in a battle near Bara",
            "q08-b", "dismissed the militia's toll as invented"),
    ]))

# ---------------------------------------------------------------- 09
S.append(scen(
    "09-sd-port-sudan-atbara", "Sudan", "trap: different cities",
    "Same-day drone strikes: Port Sudan (4 port workers killed) and Atbara (11 killed).",
    "Trap. Two drone strikes on the same day in two cities hundreds of kilometres apart, reported by "
    "different claimants. No contradiction.",
    [
        doc("q09-a",
            "https://redsea-state-news.example/2026/05/12/port-sudan-drone",
            "Drone attack hits Port Sudan port area",
            "2026-05-12",
            "PORT SUDAN - A drone attack on the southern port area of Port Sudan on Monday killed 4 port workers and set a warehouse on fire, Red Sea state governor Mustafa Awad said.",
            "Awad said air defences had shot down several other drones over the city before dawn.",
            "Flights at Port Sudan airport were suspended for several hours.",
            "Share: WhatsApp | Facebook"),
        doc("q09-b",
            "https://nile-medics.example/bulletins/2026-05-12-atbara",
            "Field bulletin: drone strike on Atbara fuel station",
            "2026-05-12T15:00:00+03:00",
            "Nile Medics Collective - Field bulletin",
            "A drone strike on a fuel station in Atbara, River Nile state, on Monday killed 11 people, among them 3 children, and wounded 20, our colleagues at Atbara Teaching Hospital report.",
            "We call on all parties to stop attacks on civilian infrastructure and to allow medical supplies to reach the hospital.",
            "Donate to our emergency fund"),
    ],
    []))

# ---------------------------------------------------------------- 10
S.append(scen(
    "10-gz-mawasi-toll", "Israel-Gaza", "figure killed",
    "Gaza civil defence: 34 killed in strike on Mawasi tents; Israeli military review: 5 killed.",
    "Figure dispute over one strike, same day, same place, same victims ('people').",
    [
        doc("q10-a",
            "https://www.meridianwire.example/middle-east/2026/04/15/gaza-mawasi-strike",
            "Gaza civil defence says Israeli strike on Mawasi tents kills dozens",
            "2026-04-15",
            "GAZA, April 15 (Meridian Wire) - Gaza's civil defence agency said 34 people were killed on Tuesday when Israeli strikes hit tents sheltering displaced families in al-Mawasi, west of Khan Younis.",
            "Agency spokesman Fadi al-Nahhal said many of the dead were children and that rescuers were still searching the sand for survivors.",
            "The Israeli military said it had targeted a senior Hamas commander and was reviewing reports of civilian casualties.",
            "(Meridian Wire)",
            "Sign up for our Middle East briefing"),
        doc("q10-b",
            "https://negev-courier.example/security/2026/04/15/idf-mawasi-review",
            "IDF says Mawasi strike targeted Hamas commander",
            "2026-04-15T21:10:00+03:00",
            "The Israeli military said in a statement this evening that its initial review found that 5 people had been killed in the strike in al-Mawasi, among them the Hamas commander it had targeted.",
            "It did not name the commander or say what weapon had been used.",
            "ADVERTISEMENT",
            "Most read: Knesset committee debates reservist pay"),
    ],
    [
        fig("killed",
            "q10-a", "34 people were killed on Tuesday when Israeli strikes hit tents",
            "q10-b", "5 people had been killed in the strike in al-Mawasi"),
    ]))

# ---------------------------------------------------------------- 11
S.append(scen(
    "11-gz-liveblog-revision", "Israel-Gaza", "trap: revision by one claimant (live blog)",
    "Live blog, newest first: the Health Ministry's toll for the Shati school strike rises from 17 to 26.",
    "Trap. One claimant updating its own figure within a live blog written newest-first: a revision, "
    "not a contradiction.",
    [
        doc("q11-a",
            "https://levant-live.example/live/2026-02-25-gaza",
            "Gaza live: strike on school shelter in Shati camp",
            "2026-02-25T18:45:00+02:00",
            "LIVE - Updates are posted newest first. Refresh for the latest.",
            "18:40 - Gaza's Health Ministry now says 26 people were killed in the strike on the school shelter in Shati camp, raising its earlier toll as civil defence crews pulled more bodies from the rubble.",
            "16:15 - The Israeli military says it struck \"a Hamas terrorist cell operating from inside a compound in northern Gaza\" and took steps to reduce harm to civilians.",
            "14:02 - Share this post: Facebook · X · WhatsApp",
            "12:30 - Gaza's Health Ministry says 17 people were killed and dozens wounded when an Israeli strike hit a school sheltering displaced families in Shati camp, west of Gaza City.",
            "11:05 - Our correspondent reports a large explosion in Shati camp. More soon.",
            "Live coverage by the Levant Live team. Advertisement"),
    ],
    []))

# ---------------------------------------------------------------- 12
S.append(scen(
    "12-gz-zikim-not-hit", "Israel-Gaza", "denial had_not (attack)",
    "Qassam Brigades say rockets fired at Zikim base; Israeli military says the base had not been hit.",
    "Same-day denial in another document: 'the Zikim base had not been hit'.",
    [
        doc("q12-a",
            "https://gaza-now.example/en/2026/06/03/qassam-zikim",
            "Qassam Brigades say rockets fired at Zikim base",
            "2026-06-03",
            "The Qassam Brigades, the armed wing of Hamas, said on Tuesday that its fighters had fired a salvo of rockets at the Israeli army base at Zikim, north of the Gaza Strip, in response to what it called repeated ceasefire violations.",
            "The group did not say whether the rockets had caused damage.",
            "Follow Gaza Now on Telegram for breaking news"),
        doc("q12-b",
            "https://negev-courier.example/security/2026/06/03/rockets-zikim",
            "Rockets from northern Gaza fall in open areas, army says",
            "2026-06-03T20:05:00+03:00",
            "Two rockets were launched from the northern Gaza Strip on Tuesday afternoon, the Israeli military said. Military spokeswoman Major Dana Ohev-Tzion said both fell in open areas and that the Zikim base had not been hit.",
            "Sirens sounded in Zikim and Karmia. No injuries were reported.",
            "ADVERTISEMENT",
            "Newsletter: The Courier's security briefing, every weekday morning"),
    ],
    [
        den("had_not", "attack",
            "q12-a", "its fighters had fired a salvo of rockets at the Israeli army base at Zikim",
            "q12-b", "the Zikim base had not been hit"),
    ]))
