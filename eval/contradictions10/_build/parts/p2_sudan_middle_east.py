# Sudan, Israel-Gaza, Israel-Lebanon, Yemen-Red Sea: scenarios 07-15. All invented.

SCENARIOS = [
dict(
    num=7, slug="sd-kadugli-market-toll", conflict="Sudan",
    note="Two figure disputes over one RSF shelling of Kadugli market: the Sudan Doctors Network says 38 killed and 70 wounded, the South Kordofan state government says 52 killed and 113 wounded.",
    tests="killed and wounded tolls, NGO vs state government",
    docs=[
        dict(id="q07-a",
             url="https://sudanpulse.example/en/news/doctors-network-shelling-hits-kadugli-market",
             title="Doctors' network: shelling hits Kadugli market",
             published="2026-02-10T09:00:00+02:00",
             text="""Artillery shells fired by the Rapid Support Forces and allied fighters hit the main market in Kadugli on Sunday, killing 38 people, the Sudan Doctors Network said.
The network said 70 others were wounded, many of them women who sell vegetables and charcoal in the market. Kadugli Teaching Hospital was short of blood and surgical supplies, it added.
Kadugli, the capital of South Kordofan state, has been besieged by the RSF and allied SPLM-North fighters for months, and aid convoys have struggled to reach it.
"The market was full because flour had arrived for the first time in weeks," a trader reached by phone said.
The RSF did not respond to a request for comment.
Sudan Pulse relies on reader donations. Support our work.
Related: Famine warning for South Kordofan as roads stay closed"""),
        dict(id="q07-b",
             url="https://portsudanherald.example/news/south-kordofan-government-toll-kadugli-market",
             title="South Kordofan government gives toll for Kadugli market attack",
             published="2026-02-11",
             text="""KADUGLI - The South Kordofan state government said the Rapid Support Forces' shelling of Kadugli's central market on Sunday killed 52 civilians.
In a statement read on state radio, the government put the number of wounded at 113 and said several were in critical condition.
The statement called the attack a war crime and urged the United Nations to act against what it described as the siege of the city.
Port Sudan Herald - Join our WhatsApp channel for breaking news
© 2026 Port Sudan Herald"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q07-a", "hit the main market in Kadugli on Sunday, killing 38 people"),
             b=("q07-b", "shelling of Kadugli's central market on Sunday killed 52 civilians")),
        dict(kind="figure", wording=None, category="wounded",
             a=("q07-a", "The network said 70 others were wounded"),
             b=("q07-b", "put the number of wounded at 113")),
    ]),

dict(
    num=8, slug="sd-merowe-dam-dismissed", conflict="Sudan",
    note="Denial by the accused armed group in a second document: the army says RSF drones struck the Merowe Dam power station; the RSF dismisses as fabricated the accusation that its drones had struck the dam.",
    tests="denial (dismissed_as) of an attack, second doc, armed group, names the place",
    docs=[
        dict(id="q08-a",
             url="https://redseacourier.example/sudan/army-says-rsf-drones-hit-merowe-dam",
             title="Army says RSF drones hit Merowe Dam, cutting power",
             published="2026-01-14",
             text="""PORT SUDAN, Jan 14 (Red Sea Courier) - Drones launched by the Rapid Support Forces struck the Merowe Dam power station in Northern State on Tuesday, army spokesman Brigadier General Osman al-Tayeb said.
Al-Tayeb said the strike set a transformer on fire and caused blackouts in Port Sudan, Atbara and other cities that draw power from the dam.
Engineers were working to restore supply, the national electricity company said, without saying how long repairs would take.
Red Sea Courier - independent news from eastern Sudan
Cookie notice: this site uses cookies for analytics. OK"""),
        dict(id="q08-b",
             url="https://horndispatch.example/africa/rsf-rejects-army-account-of-merowe-outage",
             title="RSF rejects army account of Merowe outage",
             published="2026-01-15T07:30:00+03:00",
             text="""NAIROBI, Jan 15 (Horn Dispatch) - The Rapid Support Forces dismissed as fabricated the army's accusation that its drones had struck the Merowe Dam, saying in a statement that the outage was caused by the army's own neglect of the grid.
The statement, posted on the group's Telegram channel, accused army commanders of seeking a pretext for new air raids on Darfur.
The RSF also said its fighters had repelled an army attack near Bara in North Kordofan; the army did not comment.
Horn Dispatch is funded by its readers. Become a member.
Share this article"""),
    ],
    contradictions=[
        dict(kind="denial", wording="dismissed_as", category="attack",
             a=("q08-a", "Drones launched by the Rapid Support Forces struck the Merowe Dam power station in Northern State on Tuesday"),
             b=("q08-b", "dismissed as fabricated the army's accusation that its drones had struck the Merowe Dam")),
    ]),

dict(
    num=9, slug="sd-el-obeid-camp-revision", conflict="Sudan",
    note="Trap: the Sudan Doctors Network reports 17 killed in a drone strike on a camp near El Obeid, then two days later raises its own toll to 26. One claimant revising its figure across two documents.",
    tests="trap: revision by one claimant across two docs",
    docs=[
        dict(id="q09-a",
             url="https://kordofanvoice.example/news/drone-strike-displacement-camp-el-obeid",
             title="Drone strike on displacement camp near El Obeid",
             published="2026-04-21",
             text="""A drone strike on a camp for displaced people on the southern outskirts of El Obeid killed 17 people on Sunday, the Sudan Doctors Network said on Monday.
The network blamed the Rapid Support Forces for the strike, which it said hit shelters made of plastic sheeting near a water point. Many more people were wounded, it said, and several were in a serious condition at El Obeid hospital.
The RSF, whose fighters have been pressing on the city from the west, did not comment.
Kordofan Voice - Subscribe to our weekly bulletin"""),
        dict(id="q09-b",
             url="https://kordofanvoice.example/news/el-obeid-camp-strike-toll-rises",
             title="Toll from El Obeid camp strike rises",
             published="2026-04-23",
             text="""The Sudan Doctors Network raised its toll for Sunday's drone strike on a displacement camp near El Obeid from 17 to 26, saying nine of the wounded had died in hospital.
The network said medical staff at El Obeid hospital were working without anaesthetics and that the camp's residents had begun moving into the city.
Kordofan Voice - Subscribe to our weekly bulletin"""),
    ],
    contradictions=[]),

dict(
    num=10, slug="gz-mawasi-toll-rejected", conflict="Israel-Gaza",
    note="Denial of a casualty figure in the same document: Gaza's Civil Defence says an Israeli strike on tents in al-Mawasi killed 27 people; the Israeli military rejects the Civil Defence toll.",
    tests="denial (rejected) of a casualty figure, same doc, 'the toll'",
    docs=[
        dict(id="q10-a",
             url="https://levantwire.example/middle-east/gaza-mawasi-tent-strike-civil-defence",
             title="Israeli strike on Mawasi tents kills displaced people, Civil Defence says",
             published="2026-03-03T08:45:00Z",
             text="""GAZA/JERUSALEM, March 3 (Levant Wire) - An Israeli air strike on tents sheltering displaced families in al-Mawasi, west of Khan Younis, killed 27 people overnight, Gaza's Civil Defence said.
Civil Defence spokesman Ahmad Qudaih said women and children were among the dead and that rescuers had worked by torchlight because there was no fuel for generators.
The Israeli military said it had struck a senior Hamas operative who was using the tent area as cover.
The military rejected the Civil Defence toll, saying its own review found that far fewer people had been killed and accusing Hamas of inflating casualty figures.
Al-Mawasi was declared a humanitarian zone by Israel earlier in the war, and large numbers of displaced people live there in makeshift shelters.
(Reporting by Levant Wire staff in Gaza and Jerusalem)
Levant Wire © 2026 | Terms | Privacy"""),
    ],
    contradictions=[
        dict(kind="denial", wording="rejected", category="killed",
             a=("q10-a", "An Israeli air strike on tents sheltering displaced families in al-Mawasi, west of Khan Younis, killed 27 people overnight"),
             b=("q10-a", "The military rejected the Civil Defence toll")),
    ]),

dict(
    num=11, slug="gz-daily-vs-monthly-total", conflict="Israel-Gaza",
    note="Trap: running total vs one day's figure. The Gaza health ministry's daily report gives 19 killed and 64 wounded in the past 24 hours; a UN humanitarian snapshot the same day gives 342 killed and 1,105 injured since the start of May.",
    tests="trap: cumulative total vs one day's figure",
    docs=[
        dict(id="q11-a",
             url="https://gazanow.example/en/health-ministry-daily-report-2026-05-18",
             title="Health ministry: 19 killed across Gaza in past 24 hours",
             published="2026-05-18T13:00:00+03:00",
             text="""Israeli strikes killed 19 people across the Gaza Strip in the past 24 hours, the Gaza health ministry said in its daily report.
The ministry said 64 people had been wounded over the same period. Most of the deaths were in Jabalia and Deir al-Balah, it said.
Ambulance crews could not reach several sites in eastern Gaza City because of continued shelling, the ministry added.
Gaza Now - follow us for live updates
Download our app"""),
        dict(id="q11-b",
             url="https://reliefbulletin.example/opt/gaza-humanitarian-snapshot-18-may-2026",
             title="Gaza Strip: Humanitarian Snapshot, 18 May 2026",
             published="2026-05-18",
             text="""Gaza Strip | Humanitarian Snapshot | Monday 18 May 2026
Key figures
Since the start of May, at least 342 Palestinians have been killed and 1,105 injured across the Gaza Strip, according to figures compiled by the UN humanitarian office.
New evacuation orders covering parts of Khan Younis and Deir al-Balah were issued during the reporting period.
Humanitarian partners report that only a fraction of the fuel needed to run hospitals and water wells entered the Strip.
This snapshot is produced by Relief Bulletin from public UN and partner sources. Subscribe to receive it by email."""),
    ],
    contradictions=[]),

dict(
    num=12, slug="lb-biranit-called-false", conflict="Israel-Lebanon",
    note="Denial in the same document naming only 'the claim': Hezbollah says it launched attack drones at the Biranit barracks; the Israeli military calls the claim false.",
    tests="denial (called_false) of an attack, same doc, 'the claim'",
    docs=[
        dict(id="q12-a",
             url="https://cedarwire.example/lebanon/hezbollah-says-drones-launched-at-biranit",
             title="Hezbollah says it launched drones at northern Israel base",
             published="2026-02-24T09:10:00+02:00",
             text="""BEIRUT, Feb 24 (Cedar Wire) - Hezbollah said its fighters launched a squadron of attack drones at the Biranit barracks, the headquarters of the Israeli army's Galilee Division, on Monday evening.
The group said the attack was a response to Israeli strikes on south Lebanon over the past week.
The Israeli military called the claim false, saying two drones that crossed from Lebanon had been intercepted near the border.
Sirens sounded in several communities in the western Galilee, but there were no reports of damage.
Read more: What is left of the ceasefire in south Lebanon?
Cedar Wire | Newsletter | Contact"""),
    ],
    contradictions=[
        dict(kind="denial", wording="called_false", category="attack",
             a=("q12-a", "launched a squadron of attack drones at the Biranit barracks"),
             b=("q12-a", "The Israeli military called the claim false")),
    ]),

dict(
    num=13, slug="lb-denial-of-other-event", conflict="Israel-Lebanon",
    note="Trap: a denial of something other than the claim. The Israeli military says it killed a Hezbollah commander in a strike on a car in Bint Jbeil; Hezbollah, while mourning the man, denies firing rockets at Metula, which no document in the scenario claims.",
    tests="trap: denial of a different event than the claim",
    docs=[
        dict(id="q13-a",
             url="https://galileetimes.example/security/idf-says-hezbollah-commander-killed-bint-jbeil",
             title="IDF says Hezbollah commander killed in Bint Jbeil strike",
             published="2026-04-15T08:00:00+03:00",
             text="""The Israeli military said it killed a Hezbollah commander, Hassan Fakih, in a drone strike on a car in Bint Jbeil in southern Lebanon on Tuesday.
The military said Fakih had been responsible for rebuilding the group's positions near the border in violation of the ceasefire.
Galilee Times | Sign up for morning headlines"""),
        dict(id="q13-b",
             url="https://southlebanonnews.example/en/hezbollah-statement-metula",
             title="Hezbollah mourns member, denies rocket fire",
             published="2026-04-15T12:20:00+03:00",
             text="""Hezbollah mourned one of its members, Hassan Fakih, saying he had been killed in the Israeli strike on Bint Jbeil.
In the same statement, the group denied that it had fired rockets toward the Israeli town of Metula, saying it remained committed to the ceasefire and blaming "unknown parties".
Lebanon's health ministry said a passer-by was wounded in the Bint Jbeil strike.
South Lebanon News - all rights reserved"""),
    ],
    contradictions=[]),

dict(
    num=14, slug="ye-laurel-crest-denied", conflict="Yemen-Red Sea",
    note="Denial by the target in a second document: the Houthi military says it hit the tanker Laurel Crest in the Gulf of Aden with ballistic missiles; the ship's manager denies that the tanker had been struck (names only the target).",
    tests="denial (denied) of an attack on a ship, second doc, target only",
    docs=[
        dict(id="q14-a",
             url="https://sabanews-yemen.example/en/armed-forces-statement-laurel-crest",
             title="Armed forces statement: tanker targeted in Gulf of Aden",
             published="2026-06-09T18:00:00+03:00",
             text="""SANAA - The Yemeni armed forces aligned with the Ansar Allah movement said their naval forces targeted the oil tanker Laurel Crest in the Gulf of Aden with two ballistic missiles on Monday, achieving what they called a direct hit.
Military spokesman Brigadier Abdulkarim al-Mahwiti said the ship belonged to a company that had violated the movement's ban on dealing with Israeli ports.
He warned that other shipping companies would face the same fate.
© Saba News Yemen"""),
        dict(id="q14-b",
             url="https://maritimebriefing.example/security/laurel-crest-manager-statement",
             title="Laurel Crest manager says tanker sailing normally",
             published="2026-06-10T10:45:00+01:00",
             text="""Kyma Tankers, the Piraeus-based manager of the Laurel Crest, denied that the tanker had been struck, saying the vessel was continuing its voyage to Djibouti with all crew safe.
The company said the ship had no links to Israel and called on naval forces in the region to continue escorting merchant vessels.
Maritime Briefing subscribers can download the full security advisory.
ADVERTISEMENT - Marine insurance made simple"""),
    ],
    contradictions=[
        dict(kind="denial", wording="denied", category="attack",
             a=("q14-a", "targeted the oil tanker Laurel Crest in the Gulf of Aden with two ballistic missiles"),
             b=("q14-b", "denied that the tanker had been struck")),
    ]),

dict(
    num=15, slug="ye-hodeidah-undated-vs-dated", conflict="Yemen-Red Sea",
    note="Trap: an undated claim against a dated one. A backgrounder recalls the deadliest strike on Hodeidah port, in the early years of the war (30 dock workers killed, no date given); a news report gives 4 workers killed in a strike on the port on Tuesday. Not the same event.",
    tests="trap: undated (historical) claim vs a dated claim, same place",
    docs=[
        dict(id="q15-a",
             url="https://gulfexplainer.example/explainers/why-hodeidah-port-matters",
             title="Explainer: Why Hodeidah port matters",
             published="2026-05-28",
             text="""Hodeidah is the main entry point for food and fuel into the parts of Yemen held by the Houthis, and the port has been bombed repeatedly over the years.
In the deadliest strike on the port, in the early years of the war, 30 dock workers were killed, the Houthi-run health ministry said at the time.
Cranes destroyed in earlier raids were replaced with mobile equipment, and the port has kept operating at reduced capacity.
UN inspectors check cargo bound for Hodeidah under an arrangement meant to stop weapons shipments.
This explainer is part of our series on the Red Sea. More explainers"""),
        dict(id="q15-b",
             url="https://yemendaily.example/news/air-strike-hodeidah-port-workers-killed",
             title="Air strike on Hodeidah port kills workers",
             published="2026-05-27",
             text="""An air strike on Hodeidah port on Tuesday killed 4 workers and damaged a fuel berth, the Red Sea Ports Corporation said.
The corporation said ships waiting to unload were moved to anchorage while fires were put out.
Yemen Daily | Follow us"""),
    ],
    contradictions=[]),
]
