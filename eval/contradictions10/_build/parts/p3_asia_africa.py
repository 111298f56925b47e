# Myanmar, DR Congo, Sahel, Nigeria, Somalia, Haiti: scenarios 16-26. All invented.

SCENARIOS = [
dict(
    num=16, slug="mm-kyaukphyu-dismissed", conflict="Myanmar",
    note="Denial of a capture in a second document: the Arakan Army says it seized full control of Kyaukphyu; the military government's information team dismisses reports that Kyaukphyu had fallen as propaganda.",
    tests="denial (dismissed_as) of a territory claim, second doc, names the town",
    docs=[
        dict(id="q16-a",
             url="https://rakhinetoday.example/en/arakan-army-says-kyaukphyu-seized",
             title="Arakan Army says it has seized Kyaukphyu",
             published="2026-01-27",
             text="""The Arakan Army said on Monday that it had seized full control of Kyaukphyu town after a two-month offensive, in what would be its most significant gain in Rakhine State in a year.
AA spokesman U Khaing Thu Zan said the last regime battalion in the town had surrendered and that its troops were clearing mines from the roads around the deep-sea port project.
Residents who fled to nearby islands said they could hear sporadic gunfire.
Rakhine Today - please support independent media in Rakhine
Read more: Who controls Rakhine now?"""),
        dict(id="q16-b",
             url="https://myanmarstatepress.example/news/information-team-kyaukphyu-statement",
             title="Information team: security forces in full control of Kyaukphyu",
             published="2026-01-28",
             text="""NAY PYI TAW - The military government's information team dismissed reports that Kyaukphyu had fallen as propaganda spread by terrorist groups, saying security forces were carrying out their duties in the town as normal.
The team said the navy and air force were supporting ground troops in the area and urged residents not to believe rumours on social media.
Myanmar State Press"""),
    ],
    contradictions=[
        dict(kind="denial", wording="dismissed_as", category="territory",
             a=("q16-a", "it had seized full control of Kyaukphyu town after a two-month offensive"),
             b=("q16-b", "dismissed reports that Kyaukphyu had fallen as propaganda")),
    ]),

dict(
    num=17, slug="mm-depayin-syndicated", conflict="Myanmar",
    note="Trap: a syndicated copy. The same wire story (air strike on a monastery in Depayin, 16 killed per a local resistance official) appears on the wire's site and on a partner outlet with its own header, note and noise. Same claim twice, nothing disputed.",
    tests="trap: syndicated copy of one report",
    docs=[
        dict(id="q17-a",
             url="https://ayeyarwire.example/2026/03/17/air-strike-depayin-monastery",
             title="Air strike on Depayin monastery kills villagers sheltering inside",
             published="2026-03-17T07:00:00+06:30",
             text="""MANDALAY, March 17 (Ayeyar Wire) - An air strike by the military on a monastery in Sagaing region's Depayin township killed 16 people on Sunday, a local resistance official said.
Ko Zaw Lin Htet, an administrator with the local People's Defence Force, said villagers had been sheltering in the monastery compound after fighting nearby.
The military did not respond to requests for comment.
(c) Ayeyar Wire 2026"""),
        dict(id="q17-b",
             url="https://myanmarvoicesdaily.example/news/air-strike-on-depayin-monastery",
             title="Air strike on Depayin monastery kills villagers sheltering inside",
             published="2026-03-17T14:00:00+06:30",
             text="""Home > News > Sagaing
This story was originally published by Ayeyar Wire and is republished under a content-sharing agreement.
MANDALAY, March 17 (Ayeyar Wire) - An air strike by the military on a monastery in Sagaing region's Depayin township killed 16 people on Sunday, a local resistance official said.
Ko Zaw Lin Htet, an administrator with the local People's Defence Force, said villagers had been sheltering in the monastery compound after fighting nearby.
The military did not respond to requests for comment.
Like this story? Share it: Facebook | Viber | Telegram
Myanmar Voices Daily uses cookies. Accept"""),
    ],
    contradictions=[]),

dict(
    num=18, slug="cd-kyeshero-abduction-rejected", conflict="DR Congo",
    note="Denial by the armed group of an abduction, second document: the Congolese army says M23 fighters abducted 31 wounded patients from Kyeshero hospital in Goma; the M23-led alliance rejects accusations that its fighters had taken patients from the hospital.",
    tests="denial (rejected) of an abduction, second doc, armed group",
    docs=[
        dict(id="q18-a",
             url="https://kinshasamatin.example/securite/fardc-m23-patients-kyeshero",
             title="Army accuses M23 of abducting patients in Goma",
             published="2026-02-04",
             text="""KINSHASA - Fighters of the M23 rebel group abducted 31 wounded patients from Kyeshero hospital in Goma on Monday night, Congolese army spokesman Colonel Jean-Pierre Mbala said.
Mbala said the patients, most of them young men treated for gunshot wounds, had been taken away in trucks to an unknown destination and accused the rebels of treating them as suspected government soldiers.
The hospital's management could not be reached.
Kinshasa Matin - Abonnez-vous a notre newsletter"""),
        dict(id="q18-b",
             url="https://kivuecho.example/en/m23-alliance-rejects-hospital-accusation",
             title="M23 alliance rejects hospital accusation",
             published="2026-02-05",
             text="""GOMA - The M23-led Congo River Alliance rejected accusations that its fighters had taken patients from Kyeshero hospital, saying its police had only checked identity papers at the gate.
Alliance spokesman Aimable Ngabo told reporters in Goma that the government was trying to discredit the rebels before talks in Doha.
Kivu Echo | Newsletter | Donate"""),
    ],
    contradictions=[
        dict(kind="denial", wording="rejected", category="abducted",
             a=("q18-a", "abducted 31 wounded patients from Kyeshero hospital in Goma"),
             b=("q18-b", "rejected accusations that its fighters had taken patients from Kyeshero hospital")),
    ]),

dict(
    num=19, slug="cd-south-kivu-two-periods", conflict="DR Congo",
    note="Trap: two running totals for different periods. The UN refugee agency counts 214,000 people displaced in South Kivu since January 1; an NGO bulletin counts 58,000 newly displaced since late February.",
    tests="trap: two cumulative totals, different periods",
    docs=[
        dict(id="q19-a",
             url="https://greatlakesnews.example/2026/03/10/unhcr-south-kivu-displacement",
             title="UN agency warns of growing displacement in South Kivu",
             published="2026-03-10",
             text="""Fighting in South Kivu has displaced 214,000 people since January 1, the UN refugee agency said, as clashes between M23 and Wazalendo militias spread south toward Uvira.
Agency spokeswoman Claire Moukoko said most of the displaced were staying with host families or in schools and churches.
Great Lakes News - Read more regional news"""),
        dict(id="q19-b",
             url="https://kivureliefalliance.example/bulletins/south-kivu-bulletin-11-march-2026",
             title="South Kivu humanitarian bulletin",
             published="2026-03-11",
             text="""South Kivu humanitarian bulletin | Wednesday, 11 March 2026
Since late February, 58,000 people have been newly displaced across South Kivu province, the Kivu Relief Alliance said.
Partners have distributed household kits in Uvira and Fizi territories, but needs far outstrip supplies.
To receive this bulletin by email, sign up here."""),
    ],
    contradictions=[]),

dict(
    num=20, slug="sh-boulkessi-soldiers-toll", conflict="Sahel",
    note="Figure dispute over one attack on the Boulkessi army camp in Mali: JNIM claims 64 soldiers killed, the Malian army says 11. The army's figure for killed assailants is the other side's losses and has no counterpart.",
    tests="killed toll, armed group vs army, second doc",
    docs=[
        dict(id="q20-a",
             url="https://sahelinfo.example/mali/jnim-claims-attack-boulkessi",
             title="JNIM claims attack on Boulkessi army camp",
             published="2026-04-28",
             text="""BAMAKO - The al-Qaeda-linked group JNIM said its fighters killed 64 Malian soldiers in an assault on the army camp at Boulkessi on Sunday, according to a statement from its media arm.
The group published photos of weapons and vehicles it said had been seized. The claim could not be verified; the area near the Burkina Faso border is largely closed to journalists.
Sahel Info - Suivez-nous"""),
        dict(id="q20-b",
             url="https://bamakoreporter.example/securite/fama-communique-boulkessi",
             title="FAMa communique on Boulkessi attack",
             published="2026-04-29",
             text="""The Malian Armed Forces said 11 soldiers were killed when terrorists attacked the Boulkessi camp on Sunday, and that the attack was repelled.
The army said more than 40 assailants were neutralised during the fighting and in air strikes on their retreating columns.
Bamako Reporter | Publicite"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q20-a", "killed 64 Malian soldiers in an assault on the army camp at Boulkessi"),
             b=("q20-b", "said 11 soldiers were killed when terrorists attacked the Boulkessi camp")),
    ]),

dict(
    num=21, slug="sh-djibo-market-called-false", conflict="Sahel",
    note="Denial by the government in a second document: a rights group says an army drone struck the weekly market in Djibo, killing civilians; Burkina Faso's government spokesman calls reports that an army drone had struck the Djibo market false.",
    tests="denial (called_false) of an attack, second doc, names the place",
    docs=[
        dict(id="q21-a",
             url="https://droitsausahel.example/en/reports/djibo-market-drone-strike",
             title="Drone strike on Djibo market: first findings",
             published="2026-02-26",
             text="""A Burkinabe army drone struck the weekly market in Djibo on Monday, killing at least 23 civilians, according to the rights group Collectif Sahel Droits.
The group said it had interviewed eight witnesses by phone, who described two explosions a few minutes apart as traders were setting up stalls.
It called for an independent investigation.
Collectif Sahel Droits | Donate | Contact"""),
        dict(id="q21-b",
             url="https://ouagaactu.example/politique/gouvernement-djibo-marche",
             title="Government rejects Djibo market reports",
             published="2026-02-27",
             text="""OUAGADOUGOU - Government spokesman Issouf Kabore called reports that an army drone had struck the Djibo market false and accused foreign-funded groups of serving terrorist propaganda.
Kabore said the army had carried out operations against "terrorist positions" in the Soum province in recent days, without giving details.
Ouaga Actu - Tous droits reserves"""),
    ],
    contradictions=[
        dict(kind="denial", wording="called_false", category="attack",
             a=("q21-a", "A Burkinabe army drone struck the weekly market in Djibo on Monday"),
             b=("q21-b", "called reports that an army drone had struck the Djibo market false")),
    ]),

dict(
    num=22, slug="ng-maru-pupils-said-no", conflict="Nigeria",
    note="Denial of an abduction in the same document: a village head says gunmen abducted at least 40 pupils from a school in Maru; the state police command says no pupils had been abducted.",
    tests="denial (said_no) of an abduction, same doc, police",
    docs=[
        dict(id="q22-a",
             url="https://northernherald.example/news/zamfara-maru-school-attack",
             title="Gunmen attack school in Zamfara's Maru",
             published="2026-01-20",
             text="""Gunmen abducted at least 40 pupils from a government secondary school in Maru, Zamfara State, on Sunday night, the village head, Alhaji Sani Dankolo, told our correspondent.
Dankolo said the attackers arrived on motorcycles and fired into the air before forcing their way into the boys' hostel.
But the Zamfara state police command said no pupils had been abducted, saying the attackers were repelled by police and vigilantes before they reached the dormitories.
Parents gathered at the school to check on their children.
Northern Herald - Get our daily headlines on WhatsApp
ADVERTISEMENT"""),
    ],
    contradictions=[
        dict(kind="denial", wording="said_no", category="abducted",
             a=("q22-a", "Gunmen abducted at least 40 pupils from a government secondary school in Maru"),
             b=("q22-a", "the Zamfara state police command said no pupils had been abducted")),
    ]),

dict(
    num=23, slug="ng-yelwata-zike-same-day", conflict="Nigeria",
    note="Trap: different places, same day. Gunmen killed 12 people in Yelwata (Benue State) and 31 in Zike (Plateau State) on the same Sunday, reported by different claimants.",
    tests="trap: two attacks on different places the same day",
    docs=[
        dict(id="q23-a",
             url="https://middlebeltpost.example/benue/yelwata-attack",
             title="Gunmen kill villagers in Benue's Yelwata",
             published="2026-06-16",
             text="""Gunmen killed 12 people in an attack on Yelwata in Guma local government area of Benue State on Sunday, Benue state police spokeswoman Grace Ikyaa said.
She said officers had been deployed to the area and that several suspects had been arrested.
Middle Belt Post - Read more from Benue"""),
        dict(id="q23-b",
             url="https://josreporter.example/news/zike-bassa-killings",
             title="Armed men kill residents of Zike in Bassa",
             published="2026-06-16",
             text="""Armed men killed 31 residents of Zike in Bassa local government area of Plateau State on Sunday, a community leader, Da Yakubu Gyang, said.
Gyang said the attackers struck while residents were asleep and burned dozens of houses.
Jos Reporter | Subscribe"""),
    ],
    contradictions=[]),

dict(
    num=24, slug="so-el-dher-had-not-fallen", conflict="Somalia",
    note="Denial of a capture in a second document: al-Shabaab says its fighters captured El Dher in Galgaduud; the government's deputy information minister says El Dher had not fallen.",
    tests="denial (had_not) of a territory claim, second doc, names the town",
    docs=[
        dict(id="q24-a",
             url="https://hornobserver.example/somalia/al-shabaab-claims-el-dher",
             title="Al-Shabaab claims capture of El Dher",
             published="2026-03-31",
             text="""MOGADISHU - Al-Shabaab said on Monday its fighters captured the town of El Dher in Galgaduud region after government troops withdrew overnight.
The claim was broadcast on the group's radio station. Residents reached by phone said many families had fled toward the coast.
Horn Observer | Newsletter"""),
        dict(id="q24-b",
             url="https://mogadishutimes.example/news/government-el-dher-statement",
             title="Government says El Dher remains under army control",
             published="2026-04-01",
             text="""Deputy information minister Abdirahman Yusuf Warsame said El Dher had not fallen and that Somali National Army troops, backed by local clan militia, remained in control of the town.
He said reinforcements had arrived from Dhusamareb.
Mogadishu Times - all rights reserved"""),
    ],
    contradictions=[
        dict(kind="denial", wording="had_not", category="territory",
             a=("q24-a", "its fighters captured the town of El Dher in Galgaduud region"),
             b=("q24-b", "said El Dher had not fallen")),
    ]),

dict(
    num=25, slug="so-jilib-two-strikes", conflict="Somalia",
    note="Trap: same place, different dates. An air strike near Jilib on Tuesday February 3 killed 8 fighters (US command), another near Jilib on Wednesday February 11 killed 15 (Somali ministry). Two strikes, not one disputed toll.",
    tests="trap: same place, two strikes eight days apart",
    docs=[
        dict(id="q25-a",
             url="https://eastafricawire.example/somalia/us-strike-near-jilib",
             title="US says strike near Jilib killed al-Shabaab fighters",
             published="2026-02-05",
             text="""NAIROBI - A US air strike near Jilib in Somalia's Middle Juba region on Tuesday killed 8 al-Shabaab fighters, US Africa Command said.
The command said it had assessed that no civilians were harmed and that the strike was carried out at the request of the Somali government.
East Africa Wire"""),
        dict(id="q25-b",
             url="https://mogadishutimes.example/news/second-jilib-strike-february",
             title="Ministry: air strike near Jilib kills militants",
             published="2026-02-13",
             text="""An air strike near Jilib on Wednesday killed 15 al-Shabaab militants, including two commanders, Somalia's Ministry of Information said.
It was the second strike near the town this month, after one on February 3.
Mogadishu Times - all rights reserved"""),
    ],
    contradictions=[]),

dict(
    num=26, slug="ht-mirebalais-compatible", conflict="Haiti",
    note="Trap: compatible figures. The UN office in Haiti says gangs killed more than 20 people in Mirebalais; the national police say 23 were killed in the same attack. 23 is more than 20: no contradiction.",
    tests="trap: compatible figures (more than 20 vs 23)",
    docs=[
        dict(id="q26-a",
             url="https://caribbeanbrief.example/haiti/un-office-mirebalais-attack",
             title="UN office condemns gang attack on Mirebalais",
             published="2026-04-07",
             text="""Gang members from the Viv Ansanm coalition killed more than 20 people in an attack on Mirebalais on Sunday, the UN integrated office in Haiti said.
The office said the gangs also set fire to homes and a police station, and called for the Gang Suppression Force to be deployed to the Centre department.
Caribbean Brief | Sign up"""),
        dict(id="q26-b",
             url="https://haitiexpress.example/en/police-toll-mirebalais",
             title="Police give toll for Mirebalais attack",
             published="2026-04-08",
             text="""The Haitian National Police said 23 people were killed in Sunday's gang attack on Mirebalais, among them two police officers.
Police spokesman Gary Desrosiers said reinforcements had been sent from Port-au-Prince to secure the road to Hinche.
Haiti Express - Lire en francais"""),
    ],
    contradictions=[]),
]
