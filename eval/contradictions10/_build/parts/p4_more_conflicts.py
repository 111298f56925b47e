# Syria, Ethiopia, Colombia, Mozambique, Pakistan, Libya, Cameroon, South Sudan, Iraq:
# scenarios 27-36. All invented.

SCENARIOS = [
dict(
    num=27, slug="sy-jarablus-anniversary", conflict="Syria",
    note="Trap: an anniversary. One piece marks a year since a car bomb at Jarablus market killed 41 people on March 14, 2025; two days later a new car bomb at the same market kills 9. Same place, different years.",
    tests="trap: anniversary of an old attack vs a new attack at the same place",
    docs=[
        dict(id="q27-a",
             url="https://northsyriapost.example/en/jarablus-market-bombing-one-year-on",
             title="Jarablus remembers market bombing, one year on",
             published="2026-03-14",
             text="""JARABLUS - Residents gathered at the main market today to mark one year since a car bomb killed 41 people there on March 14, 2025, according to the local council.
Shopkeepers closed their stalls for an hour and relatives laid flowers at a memorial wall listing the names of the dead.
"We rebuilt the shops, but not the families," said one trader who lost two brothers.
North Syria Post - Subscribe for weekly updates"""),
        dict(id="q27-b",
             url="https://levantwire.example/middle-east/car-bomb-jarablus-market",
             title="Car bomb at Jarablus market kills several",
             published="2026-03-16T09:30:00Z",
             text="""BEIRUT, March 16 (Levant Wire) - A car bomb exploded at the main market in Jarablus on Sunday, killing 9 people, the Syria Civil Defence said.
The blast came two days after residents marked the anniversary of a deadlier bombing at the same market. No group claimed responsibility.
(Reporting by Levant Wire staff)
Levant Wire © 2026 | Terms | Privacy"""),
    ],
    contradictions=[]),

dict(
    num=28, slug="sy-al-mazraa-checkpoint-toll", conflict="Syria",
    note="Figure dispute over one attack on a security checkpoint near al-Mazraa in Sweida province: the Interior Ministry says 7 members of the security forces were killed, a UK-based monitor says 19.",
    tests="killed toll, ministry vs monitor, second doc",
    docs=[
        dict(id="q28-a",
             url="https://damascusdaily.example/en/interior-ministry-checkpoint-attack-sweida",
             title="Interior ministry: gunmen attack checkpoint in Sweida province",
             published="2026-05-13",
             text="""DAMASCUS - Gunmen attacked a General Security checkpoint near al-Mazraa in Sweida province on Monday, killing 7 members of the security forces, the Interior Ministry said.
The ministry blamed "outlaw groups" and said reinforcements had been sent to secure the road between Sweida and Damascus.
Damascus Daily | Advertise with us"""),
        dict(id="q28-b",
             url="https://levantrightsmonitor.example/en/updates/al-mazraa-checkpoint",
             title="Monitor: security forces killed in al-Mazraa attack",
             published="2026-05-14",
             text="""The Levant Rights Monitor, a UK-based war monitor, said 19 members of the security forces were killed in Monday's attack on the checkpoint near al-Mazraa, and that clashes with local gunmen continued into the night.
The monitor said it had documented the names of the dead through relatives and medical sources.
Levant Rights Monitor - Donate to support our documentation work"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q28-a", "killing 7 members of the security forces"),
             b=("q28-b", "said 19 members of the security forces were killed in Monday's attack on the checkpoint near al-Mazraa")),
    ]),

dict(
    num=29, slug="et-gashena-drone-toll", conflict="Ethiopia",
    note="Figure dispute over one drone strike on a minibus near Gashena (Amhara): a hospital health official says 36 people were killed, the federal Government Communication Service says 4.",
    tests="killed toll, local health official vs government, second doc",
    docs=[
        dict(id="q29-a",
             url="https://amharahorizon.example/news/drone-strike-minibus-gashena",
             title="Drone strike on minibus near Gashena",
             published="2026-01-30",
             text="""BAHIR DAR - A drone strike on a minibus near Gashena in Amhara's North Wollo zone on Wednesday killed 36 people, most of them traders travelling to market, a health official at a hospital in the area told Amhara Horizon.
The official, who asked not to be named for fear of reprisals, said bodies had been brought in on carts because ambulances could not reach the site.
Fighting between federal forces and Fano militias has continued across the region for months.
Amhara Horizon | Donate | Share"""),
        dict(id="q29-b",
             url="https://ethiopiabulletin.example/politics/government-statement-gashena-strike",
             title="Government says Gashena strike targeted weapons shipment",
             published="2026-01-31",
             text="""ADDIS ABABA - The Government Communication Service said 4 people were killed in Wednesday's strike near Gashena, which it said targeted a vehicle carrying weapons for "extremist" Fano fighters.
It said the vehicle had been tracked for several hours before the strike.
Ethiopia Bulletin - Cookie preferences"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q29-a", "A drone strike on a minibus near Gashena in Amhara's North Wollo zone on Wednesday killed 36 people"),
             b=("q29-b", "said 4 people were killed in Wednesday's strike near Gashena")),
    ]),

dict(
    num=30, slug="co-tame-kidnap-denied", conflict="Colombia",
    note="Denial of an abduction by the armed group in the same document: the army says ELN guerrillas kidnapped Tame's municipal ombudsman; the ELN's Eastern War Front denies kidnapping her (names only the person).",
    tests="denial (denied) of an abduction, same doc, target only",
    docs=[
        dict(id="q30-a",
             url="https://llanosnoticias.example/en/arauca-ombudsman-kidnapped-tame",
             title="Army says ELN kidnapped Tame ombudsman",
             published="2026-06-23",
             text="""BOGOTA - ELN guerrillas kidnapped Tame's municipal ombudsman, Luz Marina Castro, at an illegal roadblock outside the town in Arauca department on Saturday, the Colombian army said.
The army said troops had been deployed to search rural areas near the border with Venezuela.
In a statement posted on social media on Monday, the ELN's Eastern War Front denied kidnapping Castro and said it was looking into reports of her disappearance.
Colombia's national Ombudsman's Office called for her immediate release.
Llanos Noticias - English edition | Newsletter"""),
    ],
    contradictions=[
        dict(kind="denial", wording="denied", category="abducted",
             a=("q30-a", "ELN guerrillas kidnapped Tame's municipal ombudsman, Luz Marina Castro"),
             b=("q30-a", "the ELN's Eastern War Front denied kidnapping Castro")),
    ]),

dict(
    num=31, slug="mz-macomia-ambush-toll", conflict="Mozambique",
    note="Figure dispute over one ambush near Macomia: Islamic State claims 20 Mozambican soldiers killed, the Defence Ministry says 3 soldiers died.",
    tests="killed toll, armed group vs ministry, second doc",
    docs=[
        dict(id="q31-a",
             url="https://caboinsight.example/security/is-claims-macomia-ambush",
             title="Islamic State claims ambush near Macomia",
             published="2026-05-21",
             text="""MAPUTO - Islamic State said its fighters killed 20 Mozambican soldiers in an ambush near Macomia on Tuesday, in a claim published by the group's news agency.
The claim included photos of a burned army truck. Cabo Insight could not verify the images.
Cabo Insight | Subscribe to our security digest"""),
        dict(id="q31-b",
             url="https://maputojournal.example/en/defence-ministry-macomia-ambush",
             title="Defence ministry confirms soldiers killed in Macomia ambush",
             published="2026-05-22",
             text="""Mozambique's Defence Ministry said 3 soldiers died in Tuesday's ambush near Macomia and that the attackers fled into the forest after a counter-attack.
Ministry spokesman Alberto Chume said joint patrols with Rwandan troops had been stepped up on the main road through Cabo Delgado.
Maputo Journal - Read in Portuguese"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q31-a", "killed 20 Mozambican soldiers in an ambush near Macomia on Tuesday"),
             b=("q31-b", "said 3 soldiers died in Tuesday's ambush near Macomia")),
    ]),

dict(
    num=32, slug="pk-bannu-convoy-toll", conflict="Pakistan",
    note="Figure dispute over one suicide car bombing of a military convoy in Bannu: the TTP claims 30 soldiers killed, the military's media wing says 6. The military's figure for attackers killed is the other side's losses.",
    tests="killed toll, militant claim vs army, same day",
    docs=[
        dict(id="q32-a",
             url="https://frontierpost.example/kp/ttp-claims-bannu-convoy-attack",
             title="TTP claims attack on military convoy in Bannu",
             published="2026-02-19T09:00:00+05:00",
             text="""PESHAWAR - The Pakistani Taliban (TTP) said it killed 30 soldiers in a suicide car bomb attack on a military convoy in Bannu district on Wednesday.
The group's spokesman made the claim in a message to journalists. The figure could not be independently confirmed.
Frontier Post | Follow on WhatsApp"""),
        dict(id="q32-b",
             url="https://islamabadledger.example/national/ispr-bannu-convoy-statement",
             title="ISPR: soldiers martyred in Bannu convoy attack",
             published="2026-02-19T16:00:00+05:00",
             text="""RAWALPINDI - The military's media wing said 6 soldiers were killed in Wednesday's attack on the convoy in Bannu and that security forces killed 8 attackers in a follow-up operation.
The statement said the attackers had come from across the Afghan border.
Islamabad Ledger | ADVERTISEMENT"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q32-a", "said it killed 30 soldiers in a suicide car bomb attack on a military convoy in Bannu district"),
             b=("q32-b", "said 6 soldiers were killed in Wednesday's attack on the convoy in Bannu")),
    ]),

dict(
    num=33, slug="ly-abu-salim-clashes-toll", conflict="Libya",
    note="Two figure disputes over Sunday's clashes in Tripoli's Abu Salim district: the Health Ministry says 9 killed and 27 wounded, the Emergency Medicine Centre says at least 23 killed and 64 wounded.",
    tests="killed and wounded tolls, two official bodies",
    docs=[
        dict(id="q33-a",
             url="https://libyaobserver-news.example/tripoli/abu-salim-clashes-health-ministry",
             title="Health ministry gives toll for Abu Salim clashes",
             published="2026-06-02",
             text="""TRIPOLI - Clashes between rival armed groups in Tripoli's Abu Salim district on Sunday killed 9 people, the Health Ministry of the Government of National Unity said.
The ministry said 27 people were wounded and that a clinic in the area had been damaged.
A ceasefire brokered by elders was holding on Monday night, residents said.
Libya Observer News | Cookie settings"""),
        dict(id="q33-b",
             url="https://tripolitimes.example/en/emergency-centre-abu-salim",
             title="Emergency centre gives higher toll for Abu Salim fighting",
             published="2026-06-03",
             text="""At least 23 people were killed in Sunday's fighting in Abu Salim, the Emergency Medicine Centre said.
The centre said 64 others were wounded, including children hit by stray bullets.
Tripoli Times - Share on Facebook | X"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q33-a", "Clashes between rival armed groups in Tripoli's Abu Salim district on Sunday killed 9 people"),
             b=("q33-b", "At least 23 people were killed in Sunday's fighting in Abu Salim")),
        dict(kind="figure", wording=None, category="wounded",
             a=("q33-a", "The ministry said 27 people were wounded"),
             b=("q33-b", "The centre said 64 others were wounded")),
    ]),

dict(
    num=34, slug="cm-batibo-toll-called-false", conflict="Cameroon",
    note="Denial of a casualty figure by the armed group in a second document: the army says troops killed 17 separatist fighters near Batibo; a separatist spokesman calls the army's toll for the Batibo raid false.",
    tests="denial (called_false) of a casualty figure, second doc, armed group",
    docs=[
        dict(id="q34-a",
             url="https://cameroonpulse.example/security/army-raid-batibo-separatist-camp",
             title="Army says separatist fighters killed in Batibo raid",
             published="2026-04-16",
             text="""YAOUNDE - Cameroonian troops killed 17 separatist fighters in a raid on a camp near Batibo in the North-West region on Tuesday, army spokesman Colonel Serge Atangana said.
Atangana said weapons and homemade explosives were recovered at the camp.
Cameroon Pulse | Newsletter"""),
        dict(id="q34-b",
             url="https://ambazoniavoice.example/news/adf-statement-batibo",
             title="ADF statement on Batibo",
             published="2026-04-17",
             text="""A spokesman for the Ambazonia Defence Forces, who gave his name as General Ebube, called the army's toll for the Batibo raid false, saying the fighters had left the camp days earlier.
He said the soldiers had instead burned houses in a nearby village.
Ambazonia Voice - Share this story"""),
    ],
    contradictions=[
        dict(kind="denial", wording="called_false", category="killed",
             a=("q34-a", "Cameroonian troops killed 17 separatist fighters in a raid on a camp near Batibo"),
             b=("q34-b", "called the army's toll for the Batibo raid false")),
    ]),

dict(
    num=35, slug="ss-nasir-killed-vs-wounded", conflict="South Sudan",
    note="Trap: different categories. The Nasir county commissioner says fighting killed 14 people; the UN mission says it helped evacuate 48 people wounded in the same fighting. Killed and wounded are not the same count.",
    tests="trap: killed vs wounded for one clash",
    docs=[
        dict(id="q35-a",
             url="https://juba-monitor-news.example/upper-nile/nasir-fighting-toll",
             title="Fighting in Nasir kills 14, commissioner says",
             published="2026-03-05",
             text="""JUBA - Fighting between the South Sudan People's Defence Forces and White Army militia in Nasir, Upper Nile State, killed 14 people on Tuesday, Nasir county commissioner James Gatluak said.
Gatluak said most of the dead were young men from the militia and that calm had returned by evening.
Juba Monitor News - Read more"""),
        dict(id="q35-b",
             url="https://unmissbriefings.example/briefings/2026-03-05",
             title="UN mission press briefing",
             published="2026-03-05",
             text="""UN mission press briefing | Thursday, 5 March 2026
The mission said its peacekeepers had helped evacuate 48 people wounded in Tuesday's fighting in Nasir to the hospital in Malakal.
The mission urged all parties to respect the ceasefire and allow humanitarian access.
This briefing is published for information and is not an official record."""),
    ],
    contradictions=[]),

dict(
    num=36, slug="iq-khor-mor-different-items", conflict="Iraq",
    note="Trap: different items. After a drone attack on the Khor Mor gas field, the Kurdistan Region's ministry says 2 gas storage tanks were destroyed and the operator says 5 maintenance vehicles were burned.",
    tests="trap: different materiel items for one attack",
    docs=[
        dict(id="q36-a",
             url="https://kurdistanwire.example/energy/khor-mor-drone-attack-ministry",
             title="Drone attack hits Khor Mor gas field",
             published="2026-01-09",
             text="""SULAYMANIYAH - A drone attack on the Khor Mor gas field on Wednesday destroyed 2 gas storage tanks, the Kurdistan Region's Ministry of Natural Resources said.
The ministry said power stations in Erbil and Sulaymaniyah had cut output because of reduced gas supply.
Kurdistan Wire | Energy newsletter"""),
        dict(id="q36-b",
             url="https://iraqenergyreport.example/news/khor-mor-operator-statement",
             title="Khor Mor operator halts production after attack",
             published="2026-01-09T17:00:00+03:00",
             text="""Zagros Gas Consortium, which operates the field, said 5 maintenance vehicles were burned in Wednesday's attack and that production had been halted as a precaution.
No staff were hurt, the consortium said.
Iraq Energy Report | Subscribe"""),
    ],
    contradictions=[]),
]
