"""Documents ev22-11 .. ev22-15, written from scratch for eval/claims22."""
from common import U

DOCS = []

# ------------------------------------------------------------------ ev22-11 DR Congo
T11 = """PRESS RELEASE

North Kivu: hospital in Rutshuru overwhelmed after two days of fighting; massacre in Mangina

Goma / Geneva, 10 September 2026 - Kivu Emergency Health Alliance (KEHA)

Our teams at Rutshuru General Hospital received 46 wounded people, 19 of them children, after two days of fighting between the AFC/M23 and Wazalendo militias in and around the town on 6 and 7 September. Three patients died shortly after arrival.

On the afternoon of 7 September, two shells landed inside the hospital compound, damaging the maternity ward and the generator house. Nobody was hurt by the impacts, but staff had to move newborns and their mothers into a corridor for the night.

"We were operating while the walls were shaking," said Dr Amani Bisimwa, who coordinates KEHA's surgical team in Rutshuru. "A hospital must never be a target."

Further north, in Lubero territory, fighters of the Allied Democratic Forces (ADF) attacked a funeral wake in Mangina on the night of 4 September, killing at least 38 people, according to local civil society leaders. Our mobile clinic treated 12 survivors with machete wounds the next morning. Local leaders said the attackers also abducted an unknown number of people, among them teenagers, and took them into the forest.

Fighting has also spread along the main road. Residents told our staff that AFC/M23 fighters had entered Kirumba on 8 September. A Congolese army spokesman for the area said government troops and allied Wazalendo groups still held the town. In the past two weeks some 27,000 people have fled northwards to Kanyabayonga, according to local authorities, where our team is setting up a cholera treatment unit.

The Congolese army said on 9 September that it had carried out drone strikes on M23 positions near Walikale.

Since January, KEHA teams have treated 2,814 people for weapon wounds in North Kivu.

KEHA calls on all parties to respect medical facilities and to allow the wounded safe passage.

About KEHA: Founded in 2009, KEHA supports 14 health facilities in North and South Kivu. A gift of $50 pays for a week of wound dressings for one patient. Donate now.

Media contact: press@keha-relief.example | +243 000 000 000
"""

DOCS.append(dict(
    id="ev22-11", url="https://keha-relief.example/press/2026-09-10-rutshuru-mangina",
    title="North Kivu: hospital in Rutshuru overwhelmed after two days of fighting; massacre in Mangina",
    published="2026-09-10", conflict="DR Congo",
    form="NGO press release in its own voice, quote, donation appeal and media contact",
    text=T11,
    units=[
        U("wounded", 46, "rutshuru", None, ["Our teams at Rutshuru General Hospital received 46 wounded people"],
          "2026-09-07", (None, None, None), note="Fighting between two parties: actor null."),
        U("wounded", 19, "rutshuru", None, ["19 of them children"],
          "2026-09-07", (None, "civilian", None), note="Numbered subgroup of the 46."),
        U("killed", 3, "rutshuru", None, ["Three patients died shortly after arrival"],
          "2026-09-07", (None, None, None)),
        U("attack", None, "rutshuru", None,
          ["two shells landed inside the hospital compound, damaging the maternity ward and the generator house",
           "A hospital must never be a target"],
          "2026-09-07", (None, "civilian", None), note="Hospital in Rutshuru; nobody hurt by the impacts."),
        U("attack", None, "mangina", ["local civil society leaders", "civil society leaders"],
          ["attacked a funeral wake in Mangina on the night of 4 September", "massacre in Mangina"],
          "2026-09-04", ("other", "civilian", "armed_groups")),
        U("killed", 38, "mangina", ["local civil society leaders", "civil society leaders"],
          ["killing at least 38 people"],
          "2026-09-04", ("other", "civilian", "armed_groups")),
        U("wounded", 12, "mangina", None, ["Our mobile clinic treated 12 survivors with machete wounds"],
          "2026-09-04", (None, "civilian", "armed_groups"), note="Treated 'the next morning'; injured in the 4 September attack."),
        U("abducted", None, "mangina", ["Local leaders", "local civil society leaders"],
          ["the attackers also abducted an unknown number of people"],
          "2026-09-04", ("other", "civilian", "armed_groups")),
        U("territory", None, "kirumba", ["Residents"],
          ["AFC/M23 fighters had entered Kirumba on 8 September",
           "government troops and allied Wazalendo groups still held the town"],
          "2026-09-08", ("other", "drc_army", "m23"), modality="denied",
          note="Army spokesman says government troops still hold the town."),
        U("displaced", 27000, "kanyabayonga", ["local authorities"],
          ["some 27,000 people have fled northwards to Kanyabayonga"],
          "P", ("drc_army", "civilian", "m23"), scope="cumulative", note="Two-week period total."),
        U("attack", None, "walikale", ["Congolese army", "army"],
          ["it had carried out drone strikes on M23 positions near Walikale"],
          "2026-09-09", ("drc_army", "m23", "drc_army")),
        U("wounded", 2814, "north_kivu", None,
          ["KEHA teams have treated 2,814 people for weapon wounds in North Kivu"],
          "P", (None, None, None), scope="cumulative", note="'14 health facilities', '$50' and 2009 are not claims."),
    ]))

# ------------------------------------------------------------------ ev22-12 Sahel
T12 = """Sahel Security Brief No. 37 - September 2026

Centre for Sahelian Conflict Analysis (CSCA) | Analysts: Aminata Diallo-Kern, Thomas Verbeke | 2 October 2026

Reading time: 9 minutes | Download as PDF

Overview

September confirmed that the jihadist insurgencies in the central Sahel are widening rather than contracting. Our dataset records 1,940 fatalities from political violence in Burkina Faso in the third quarter of 2026, the highest quarterly figure since we began collecting data in 2017. This brief looks at three theatres: northern Burkina Faso, the fuel war in western Mali and the Tillabéri region of Niger.

1. Djibo: a garrison overrun

On 21 September, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) overran the army base in Djibo after a dawn assault with motorcycles and at least two car bombs. Local sources told us at least 60 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed. JNIM's media arm put the toll at 114 and published images of weapons it said it had seized. The army's statement, read on state television two days later, said troops had "repelled a terrorist attack" and "neutralised dozens of assailants", without giving its own losses.

Djibo, a town of some 60,000 people that has been under JNIM blockade since 2022, is supplied almost entirely by air. The base's fall, if it is lasting, would leave the town exposed.

2. Western Mali: the fuel war

JNIM's blockade of fuel imports into Mali is now in its second year. To date, by our count, the group has torched at least 130 fuel tankers on the roads linking Kayes and Nioro du Sahel with Bamako since September 2025. The most serious incident this month came on 25 September, when an ambush on a convoy near Nioro du Sahel destroyed 17 tankers and killed six drivers; JNIM later released a video showing four other drivers it had abducted.

3. Niger: Tillabéri

In Niger, militants believed to belong to Islamic State Sahel attacked the weekly market in Ouallam on 12 September, killing 27 people, according to a local official. Further north, across the Malian border, Islamic State Sahel fighters have encircled Ménaka since early August, cutting the road to Gao.

Back in Burkina Faso, residents of Diapaga told us that an air force drone strike on 16 September killed 18 civilians at a cattle market; the army said it had targeted "terrorists" gathering in the area.

Outlook

We expect further pressure on isolated garrisons in the dry season. Burkina Faso's displaced population, officially 2.1 million when the government last published figures in 2023, is almost certainly larger today.

CSCA is funded by a consortium of foundations. Our quarterly data are available to researchers on request.
"""

DOCS.append(dict(
    id="ev22-12", url="https://csca-sahel.example/briefs/sahel-security-brief-37-september-2026",
    title="Sahel Security Brief No. 37 - September 2026",
    published="2026-10-02", conflict="Sahel (Burkina Faso, Mali, Niger)",
    form="think-tank brief with numbered sections and own dataset totals",
    text=T12,
    units=[
        U("killed", 1940, "burkina_faso", None,
          ["Our dataset records 1,940 fatalities from political violence in Burkina Faso in the third quarter of 2026"],
          "2026-09", (None, None, None), scope="cumulative", note="Period total (quarter). 2017 is a year, not a claim."),
        U("attack", None, "djibo", None,
          ["overran the army base in Djibo after a dawn assault with motorcycles and at least two car bombs",
           'troops had "repelled a terrorist attack"'],
          "2026-09-21", (None, "other", "armed_groups"), note="'at least two car bombs' is not a loss count."),
        U("territory", None, "djibo", None,
          ["overran the army base in Djibo", "The base's fall, if it is lasting",
           "has been under JNIM blockade since 2022"],
          "2026-09-21", (None, "other", "armed_groups"),
          note="Capture of the army base in Djibo ('overran', 'the base's fall'); the JNIM blockade since 2022 is background on the same place."),
        U("killed", 60, "djibo", ["Local sources"],
          ["at least 60 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed"],
          "2026-09-21", ("other", "other", "armed_groups"), note="Population 60,000 is background; different sentence."),
        U("killed", 114, "djibo", ["JNIM's media arm", "JNIM"], ["JNIM's media arm put the toll at 114"],
          "2026-09-21", ("armed_groups", "other", "armed_groups")),
        U("killed", 12, "djibo", ["The army's statement", "army", "Burkina Faso army"],
          ['"neutralised dozens of assailants"'],
          "2026-09-21", ("other", "armed_groups", "other"), note="Vague 'dozens' -> 12."),
        U("materiel_lost", 130, "western_mali", None,
          ["the group has torched at least 130 fuel tankers on the roads linking Kayes and Nioro du Sahel with Bamako"],
          "2026-09", (None, "other", "armed_groups"), scope="cumulative", note="Item fuel_tank; total since September 2025."),
        U("attack", None, "nioro", None,
          ["an ambush on a convoy near Nioro du Sahel destroyed 17 tankers and killed six drivers"],
          "2026-09-25", (None, "civilian", "armed_groups")),
        U("materiel_lost", 17, "nioro", None, ["destroyed 17 tankers"],
          "2026-09-25", (None, "other", "armed_groups")),
        U("killed", 6, "nioro", None, ["killed six drivers"],
          "2026-09-25", (None, "civilian", "armed_groups")),
        U("abducted", 4, "nioro", ["JNIM"], ["showing four other drivers it had abducted"],
          "2026-09-25", ("armed_groups", "civilian", "armed_groups")),
        U("attack", None, "ouallam", ["a local official", "local official"],
          ["attacked the weekly market in Ouallam on 12 September"],
          "2026-09-12", ("other", "civilian", "armed_groups")),
        U("killed", 27, "ouallam", ["a local official", "local official"], ["killing 27 people"],
          "2026-09-12", ("other", "civilian", "armed_groups")),
        U("territory", None, "menaka", None,
          ["Islamic State Sahel fighters have encircled Ménaka since early August"],
          "2026-08", (None, "other", "armed_groups")),
        U("attack", None, "diapaga", ["residents of Diapaga", "residents"],
          ["an air force drone strike on 16 September killed 18 civilians at a cattle market",
           'the army said it had targeted "terrorists" gathering in the area'],
          "2026-09-16", ("other", "civilian", "other"), note="Army says it targeted 'terrorists'."),
        U("killed", 18, "diapaga", ["residents of Diapaga", "residents"], ["killed 18 civilians at a cattle market"],
          "2026-09-16", ("other", "civilian", "other")),
        U("displaced", 2100000, "burkina_faso", ["the government", "Burkina Faso government"],
          ["officially 2.1 million when the government last published figures in 2023"],
          "2023", ("other", "civilian", None), scope="cumulative", note="Last official figure (2023)."),
    ]))

# ------------------------------------------------------------------ ev22-13 Nigeria
T13 = """ZAMFARA STATE POLICE COMMAND
PRESS RELEASE

POLICE NEUTRALISE FOUR BANDITS, RESCUE 17 KIDNAPPED PASSENGERS ALONG TSAFE-GUSAU ROAD

The Zamfara State Police Command wishes to inform the general public that on Saturday 28/03/2026 at about 0630hrs, armed bandits in large numbers stormed Tsafe town, shooting sporadically, and blocked the Tsafe-Gusau highway. The hoodlums abducted 23 passengers from two commercial vehicles travelling to Gusau.

On receipt of the distress call, the Commissioner of Police, CP Abdulkadir Yakubu Dangana, immediately deployed tactical teams of the Command in conjunction with the Community Protection Guards (CPG) to the area. The teams trailed the bandits to a forest along the road and engaged them in a fierce gun duel. Four of the bandits were neutralised, while 17 of the kidnapped passengers were rescued unhurt. Efforts are ongoing to rescue the remaining victims.

Sadly, one police inspector paid the supreme price during the operation, while another officer sustained a gunshot injury and is receiving treatment at the Federal Medical Centre, Gusau.

In a separate incident on the same day, bandits attacked worshippers at a mosque in Maru during the early morning prayer, killing 12 persons and injuring seven others. The injured were taken to the General Hospital in Maru.

Also on 28/03/2026, bandits opened fire on a Joint Task Force patrol near Shinkafi and set one of the patrol vans ablaze. No life was lost in the attack.

Furthermore, the Command's operatives arrested nine suspected collaborators and informants of the bandits in Gusau and Kaura Namoda. Items recovered from them include two AK-47 rifles and 146 rounds of 7.62mm ammunition.

On Sunday, residents of Gusau staged a peaceful protest over the Tsafe abductions and blocked the Sokoto road for three hours. The Commissioner addressed the protesters and assured them of the Command's commitment to securing the highway.

Since January 2026, the Command has neutralised 57 bandits and rescued 312 kidnapped victims across the state.

The Commissioner of Police urges members of the public to continue to support the police with timely information. Distress line: 0800 000 0000 or 112.

Signed:
SP Yazid Abubakar Rabiu
Police Public Relations Officer
for: Commissioner of Police, Zamfara State Command
29th March, 2026
"""

DOCS.append(dict(
    id="ev22-13", url="https://zamfarapolice.example/press/2026/03/neutralise-four-bandits-tsafe-gusau",
    title="POLICE NEUTRALISE FOUR BANDITS, RESCUE 17 KIDNAPPED PASSENGERS ALONG TSAFE-GUSAU ROAD",
    published="2026-03-30", conflict="Nigeria (north-west banditry)",
    form="police press release in its own voice, capitalised headline, numeric dates, signature block",
    text=T13,
    units=[
        U("attack", None, "tsafe", None,
          ["armed bandits in large numbers stormed Tsafe town, shooting sporadically"],
          "2026-03-28", (None, "civilian", "armed_groups"), note="'in large numbers' is not a number."),
        U("abducted", 23, "tsafe", None,
          ["The hoodlums abducted 23 passengers from two commercial vehicles travelling to Gusau",
           "RESCUE 17 KIDNAPPED PASSENGERS ALONG TSAFE-GUSAU ROAD"],
          "2026-03-28", (None, "civilian", "armed_groups"),
          note="Rescued passengers (17) are not a claim category; 'two commercial vehicles' is not a loss."),
        U("killed", 4, "tsafe", None,
          ["Four of the bandits were neutralised", "POLICE NEUTRALISE FOUR BANDITS"],
          "2026-03-28", (None, "armed_groups", "other")),
        U("killed", 1, "tsafe", None, ["one police inspector paid the supreme price"],
          "2026-03-28", (None, "other", "armed_groups")),
        U("wounded", 1, "tsafe", None, ["another officer sustained a gunshot injury"],
          "2026-03-28", (None, "other", "armed_groups")),
        U("attack", None, "maru", None, ["bandits attacked worshippers at a mosque in Maru"],
          "2026-03-28", (None, "civilian", "armed_groups")),
        U("killed", 12, "maru", None, ["killing 12 persons and injuring seven others"],
          "2026-03-28", (None, "civilian", "armed_groups")),
        U("wounded", 7, "maru", None, ["killing 12 persons and injuring seven others"],
          "2026-03-28", (None, "civilian", "armed_groups")),
        U("attack", None, "shinkafi", None,
          ["bandits opened fire on a Joint Task Force patrol near Shinkafi"],
          "2026-03-28", (None, "other", "armed_groups")),
        U("materiel_lost", 1, "shinkafi", None, ["set one of the patrol vans ablaze"],
          "2026-03-28", (None, "other", "armed_groups"), note="Item vehicle."),
        U("captured", 9, "gusau", None,
          ["the Command's operatives arrested nine suspected collaborators and informants of the bandits"],
          "P", (None, "armed_groups", "other"), optional=True, note="Arrests by a state's own police."),
        U("materiel_lost", 2, "gusau", None, ["two AK-47 rifles"],
          "P", (None, "armed_groups", "other"), optional=True,
          note="Weapons recovered from arrested suspects; 146 rounds not a unit."),
        U("protest", None, "gusau", None,
          ["residents of Gusau staged a peaceful protest over the Tsafe abductions"],
          "2026-03-29", (None, None, None)),
        U("killed", 57, "zamfara", None, ["the Command has neutralised 57 bandits"],
          "P", (None, "armed_groups", "other"), scope="cumulative", note="312 rescued victims is not a claim category."),
    ]))

# ------------------------------------------------------------------ ev22-14 Somalia
T14 = """Al-Shabaab says it killed 47 soldiers in raid on Mahaday base; government puts toll at nine

Horn Dispatch | Mogadishu | 24 February 2026

Al-Shabaab said on Tuesday that its fighters had stormed a military base in Mahaday, in the Middle Shabelle region, killing 47 Somali soldiers and seizing six military vehicles.

In a statement carried by a radio station affiliated with the group, al-Shabaab said the attack began before dawn on Monday with a suicide car bomb at the base's main gate, followed by an assault by "hundreds of mujahideen". The group claimed its fighters had overrun the base and now controlled the town. Horn Dispatch could not independently verify the claims, and al-Shabaab often inflates casualty figures.

The information minister, Abdirahman Yusuf Warsame, rejected the group's account. Nine soldiers were killed and 14 wounded in the fighting, he said, adding that troops backed by local clan militias had driven the attackers out of the base within hours. "More than 70 terrorists were eliminated," Warsame told reporters in Mogadishu, and 11 fighters were captured.

Residents reached by phone said government troops were patrolling the town on Tuesday morning, and that the market had partly reopened.

Separately, the US Africa Command said it had carried out an airstrike against al-Shabaab near Jilib, in the Middle Juba region, on Sunday, killing eight militants. It said no civilians were harmed.

In the capital, mortar rounds landed near the airport compound on Monday evening, wounding four people, police said. No group claimed responsibility, though al-Shabaab has fired mortars at the area before.

The government says its forces and allied clan militias have killed more than 400 al-Shabaab fighters in Hiiraan and Middle Shabelle since the start of the year. Al-Shabaab briefly held Wanlaweyn in January before withdrawing after three days.

Mahaday lies about 110 km north of Mogadishu on the road to Jowhar, on the Shabelle river.

Comments are closed. | 2,541 views
"""

AS = ["Al-Shabaab", "al-Shabaab"]
SOM_GOV = ["Abdirahman Yusuf Warsame", "Warsame", "information minister"]

DOCS.append(dict(
    id="ev22-14", url="https://horndispatch.example/2026/02/24/al-shabaab-mahaday-base-raid",
    title="Al-Shabaab says it killed 47 soldiers in raid on Mahaday base; government puts toll at nine",
    published="2026-02-24", conflict="Somalia",
    form="local outlet relaying an armed group's statement, with the government's rebuttal",
    text=T14,
    units=[
        U("attack", None, "mahaday", AS,
          ["its fighters had stormed a military base in Mahaday",
           "the attack began before dawn on Monday with a suicide car bomb at the base's main gate",
           "in raid on Mahaday base"],
          "2026-02-23", ("armed_groups", "other", "armed_groups"),
          note="Both sides agree the attack happened; claimant the group's statement."),
        U("killed", 47, "mahaday", AS, ["killing 47 Somali soldiers", "Al-Shabaab says it killed 47 soldiers"],
          "2026-02-23", ("armed_groups", "other", "armed_groups")),
        U("materiel_lost", 6, "mahaday", AS, ["seizing six military vehicles"],
          "2026-02-23", ("armed_groups", "other", "armed_groups"), note="Item vehicle (captured)."),
        U("territory", None, "mahaday", AS,
          ["The group claimed its fighters had overrun the base and now controlled the town",
           "troops backed by local clan militias had driven the attackers out of the base within hours",
           "government troops were patrolling the town on Tuesday morning"],
          "2026-02-23", ("armed_groups", "other", "armed_groups"), modality="denied",
          note="Government says attackers were driven out; residents see government troops in the town."),
        U("killed", 9, "mahaday", SOM_GOV, ["Nine soldiers were killed and 14 wounded in the fighting",
                                              "government puts toll at nine"],
          "2026-02-23", ("other", "other", "armed_groups")),
        U("wounded", 14, "mahaday", SOM_GOV, ["Nine soldiers were killed and 14 wounded in the fighting"],
          "2026-02-23", ("other", "other", "armed_groups")),
        U("killed", 70, "mahaday", SOM_GOV, ["More than 70 terrorists were eliminated"],
          "2026-02-23", ("other", "armed_groups", "other")),
        U("captured", 11, "mahaday", SOM_GOV, ["11 fighters were captured"],
          "2026-02-23", ("other", "armed_groups", "other")),
        U("attack", None, "jilib", ["US Africa Command", "Africa Command", "AFRICOM"],
          ["it had carried out an airstrike against al-Shabaab near Jilib"],
          "2026-02-22", ("united_states", "armed_groups", "united_states")),
        U("killed", 8, "jilib", ["US Africa Command", "Africa Command", "AFRICOM"], ["killing eight militants"],
          "2026-02-22", ("united_states", "armed_groups", "united_states")),
        U("attack", None, "mogadishu", ["police"], ["mortar rounds landed near the airport compound on Monday evening"],
          "2026-02-23", ("other", "other", None), note="'In the capital' names Mogadishu indirectly."),
        U("wounded", 4, "mogadishu", ["police"], ["wounding four people"],
          "2026-02-23", ("other", None, None)),
        U("killed", 400, "hiiraan_shabelle", ["The government", "government"],
          ["have killed more than 400 al-Shabaab fighters in Hiiraan and Middle Shabelle since the start of the year"],
          "P", ("other", "armed_groups", "other"), scope="cumulative"),
        U("territory", None, "wanlaweyn", None,
          ["Al-Shabaab briefly held Wanlaweyn in January before withdrawing after three days"],
          "2026-01", (None, "other", "armed_groups"), note="Background capture and withdrawal, one unit. '110 km' is a distance."),
    ]))

# ------------------------------------------------------------------ ev22-15 Haiti
T15 = """Transcript: press briefing by the spokesperson of the UN mission in Haiti, Port-au-Prince, 6 May 2026

[Unofficial transcript prepared by the mission's communications unit. Check against delivery.]

SPOKESPERSON (Léa Fontaine-Ibekwe): Good morning, everyone, and thank you for coming. I will start with the situation in the Centre department.

Yesterday, members of the Viv Ansanm gang coalition attacked Mirebalais again. According to information gathered by our human rights service, at least 15 people were killed, two of them police officers, and the town's prison was set on fire. Our colleagues from IOM tell us that about 6,300 people fled Mirebalais and nearby Saut-d'Eau towards Lascahobas and Hinche over the past week.

Nationwide, the number of internally displaced people now stands at 1.4 million, again according to IOM.

In the hills above the capital, the Haitian National Police, with the support of the Gang Suppression Force, retook control of the Belot area of Kenscoff on Sunday after several weeks of gang presence.

Our quarterly report, which will be published on Friday, shows that between January and March at least 1,617 people were killed and 580 injured in gang-related violence across the country.

I'll take your questions.

QUESTION (Radio Tèt Ansanm): Thank you. There are reports that 40 people were killed in Arcahaie over the weekend. Can you confirm that figure?

SPOKESPERSON: I cannot confirm that number. Our teams are trying to verify what happened in Arcahaie, and I will share information once we have it.

QUESTION (Le Quotidien du Sud): What about the drone strikes in Cité Soleil?

SPOKESPERSON: We are aware of the operation carried out by the police task force in Cité Soleil on Monday. Our information is that at least nine alleged gang members were killed in drone strikes. We continue to remind the authorities that the use of force must respect international human rights law.

QUESTION (Haïti Express): Two nurses were kidnapped in Pétion-Ville this week. Is the mission following that case?

SPOKESPERSON: Yes. The two nurses were kidnapped on Monday in Pétion-Ville, as you said, and we call for their immediate release. Kidnappings of health workers are unacceptable.

QUESTION (Haïti Express): And the demonstration yesterday?

SPOKESPERSON: Several hundred people demonstrated peacefully in downtown Port-au-Prince yesterday to demand more security. We welcome the fact that it passed without incident.

Finally, a reminder that the humanitarian response plan for Haiti, which seeks $908 million this year, is only 8 per cent funded.

Thank you. [End of briefing: 11:47]
"""

SPOX = ["Léa Fontaine-Ibekwe", "Fontaine-Ibekwe", "spokesperson", "UN mission in Haiti"]

DOCS.append(dict(
    id="ev22-15", url="https://un-haiti-mission.example/briefings/2026-05-06-transcript",
    title="Transcript: press briefing by the spokesperson of the UN mission in Haiti, Port-au-Prince, 6 May 2026",
    published="2026-05-06", conflict="Haiti",
    form="press-briefing transcript (statement, then questions and answers)",
    text=T15,
    units=[
        U("attack", None, "mirebalais", SPOX,
          ["members of the Viv Ansanm gang coalition attacked Mirebalais again",
           "the town's prison was set on fire"],
          "2026-05-05", ("other", "civilian", "gangs"), note="Prison in the town: same unit."),
        U("killed", 15, "mirebalais", SPOX + ["human rights service"], ["at least 15 people were killed"],
          "2026-05-05", ("other", "civilian", "gangs")),
        U("killed", 2, "mirebalais", SPOX + ["human rights service"], ["two of them police officers"],
          "2026-05-05", ("other", "haiti_government", "gangs"), note="Numbered subgroup of the 15."),
        U("displaced", 6300, "mirebalais", ["IOM"] + SPOX,
          ["about 6,300 people fled Mirebalais and nearby Saut-d'Eau towards Lascahobas and Hinche"],
          "P", ("other", "civilian", "gangs"), scope="cumulative", note="Week total; Saut-d'Eau is near Mirebalais."),
        U("displaced", 1400000, "haiti", ["IOM"] + SPOX,
          ["the number of internally displaced people now stands at 1.4 million"],
          "P", ("other", "civilian", "gangs"), scope="cumulative"),
        U("territory", None, "kenscoff", SPOX,
          ["retook control of the Belot area of Kenscoff on Sunday"],
          "2026-05-03", ("other", "gangs", "haiti_government"), note="Gang Suppression Force support; actor the Haitian police."),
        U("killed", 1617, "haiti", SPOX, ["at least 1,617 people were killed and 580 injured in gang-related violence"],
          "2026-03", ("other", None, "gangs"), scope="cumulative", note="Period total January-March."),
        U("wounded", 580, "haiti", SPOX, ["at least 1,617 people were killed and 580 injured in gang-related violence"],
          "2026-03", ("other", None, "gangs"), scope="cumulative"),
        U("attack", None, "cite_soleil", SPOX,
          ["the operation carried out by the police task force in Cité Soleil on Monday",
           "What about the drone strikes in Cité Soleil?"],
          "2026-05-04", ("other", "gangs", "haiti_government"), note="The reporter's question alone would not be a claim."),
        U("killed", 9, "cite_soleil", SPOX, ["at least nine alleged gang members were killed in drone strikes"],
          "2026-05-04", ("other", "gangs", "haiti_government")),
        U("abducted", 2, "petionville", SPOX, ["The two nurses were kidnapped on Monday in Pétion-Ville"],
          "2026-05-04", ("other", "civilian", "gangs"), note="Reporter's question states it first; the spokesperson confirms."),
        U("killed", 40, "arcahaie", ["Radio Tèt Ansanm", "reports"],
          ["There are reports that 40 people were killed in Arcahaie over the weekend"],
          "2026-05-03", ("other", None, "gangs"), optional=True,
          note="Figure raised in a reporter's question; the spokesperson cannot confirm it."),
        U("protest", 100, "port_au_prince", SPOX,
          ["Several hundred people demonstrated peacefully in downtown Port-au-Prince yesterday"],
          "2026-05-05", ("other", None, None), note="'Several hundred' -> 100 (hundreds)."),
    ]))
