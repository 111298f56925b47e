"""Documents ev22-16 .. ev22-20, written from scratch for eval/claims22."""
from common import U

DOCS = []

# ------------------------------------------------------------------ ev22-16 Ethiopia
T16 = """Addis Horizon | Regions | Amhara

Drone strike on Finote Selam market kills 21, residents say

29 June 2026 | By Yonas Tesfaye Alemu | 6 min read

A drone strike on a crowded market in Finote Selam on Saturday killed at least 21 civilians and injured more than 30, residents and a health official in the town told Addis Horizon.

The strike hit the livestock section of the Saturday market at around 11 a.m., when it was busiest. "I counted the bodies myself. Most of them were farmers who came from the surrounding villages to sell goats," said a resident who helped carry the wounded to the town's hospital. A health official said 11 of the injured were in critical condition.

The government communication service said in a statement on Sunday that the air force had "conducted a precise operation against an extremist armed group" in the area and that reports of civilian casualties were "fabricated propaganda". It did not say what was hit.

The strike came after days of fighting between federal troops and Fano militias in West Gojjam and East Gojjam zones. A Fano commander, who goes by the nom de guerre Abba Tatek, told Addis Horizon by phone that his fighters had driven the Ethiopian National Defence Force (ENDF) out of Motta on Thursday and were now in full control of the town. Government officials in the zone said federal forces remained in Motta and described the claim as "a lie circulated on social media". Local officials estimated that around 4,500 people had fled Motta for Debre Markos since the fighting began.

Fano's commander also said his fighters had ambushed an army convoy near Bahir Dar on Wednesday, killing 31 soldiers and capturing 13. The claim could not be verified, and the army has not commented.

Near Debre Markos, gunmen stopped a minibus on Friday and abducted 17 passengers, among them a doctor and two students, relatives said.

In Debre Birhan, hundreds of university students protested on Friday against the killing of a lecturer at a checkpoint last week.

At least 1,300 civilians have been killed in the Amhara region since the conflict began in August 2023, according to a tally compiled by the regional health bureau.

Lalibela, home to 11 rock-hewn churches and a UNESCO World Heritage site, has seen tourism collapse since the fighting began.

Read next: Fuel rationing extended in Bahir Dar for another 30 days
"""

RES16 = ["residents", "a health official", "health official"]
FANO = ["Abba Tatek", "Fano commander", "Fano"]

DOCS.append(dict(
    id="ev22-16", url="https://addishorizon.example/regions/amhara/2026/06/29/finote-selam-drone-strike",
    title="Drone strike on Finote Selam market kills 21, residents say",
    published="2026-06-29", conflict="Ethiopia (Amhara)",
    form="regional news site with section breadcrumb, byline, read-next teaser",
    text=T16,
    units=[
        U("attack", None, "finote_selam", RES16,
          ["A drone strike on a crowded market in Finote Selam on Saturday",
           "The strike hit the livestock section of the Saturday market",
           'the air force had "conducted a precise operation against an extremist armed group" in the area'],
          "2026-06-27", ("other", "civilian", "other"),
          note="Government confirms an 'operation' but denies civilian casualties."),
        U("killed", 21, "finote_selam", RES16,
          ["killed at least 21 civilians and injured more than 30", "Drone strike on Finote Selam market kills 21"],
          "2026-06-27", ("other", "civilian", "other"), modality="denied",
          note="Government calls civilian casualty reports 'fabricated propaganda'."),
        U("wounded", 30, "finote_selam", RES16, ["killed at least 21 civilians and injured more than 30"],
          "2026-06-27", ("other", "civilian", "other"), modality="denied"),
        U("wounded", 11, "finote_selam", ["health official", "a health official"],
          ["11 of the injured were in critical condition"],
          "2026-06-27", ("other", "civilian", "other"), optional=True, note="Severity class of the wounded."),
        U("territory", None, "motta", FANO,
          ["his fighters had driven the Ethiopian National Defence Force (ENDF) out of Motta on Thursday",
           "federal forces remained in Motta"],
          "2026-06-25", ("armed_groups", "other", "armed_groups"), modality="denied",
          note="Government officials deny; federal forces say they remain in Motta."),
        U("displaced", 4500, "motta", ["Local officials"],
          ["around 4,500 people had fled Motta for Debre Markos since the fighting began"],
          "P", ("other", "civilian", None), scope="cumulative"),
        U("attack", None, "bahir_dar", FANO, ["his fighters had ambushed an army convoy near Bahir Dar on Wednesday"],
          "2026-06-24", ("armed_groups", "other", "armed_groups")),
        U("killed", 31, "bahir_dar", FANO, ["killing 31 soldiers and capturing 13"],
          "2026-06-24", ("armed_groups", "other", "armed_groups")),
        U("captured", 13, "bahir_dar", FANO, ["killing 31 soldiers and capturing 13"],
          "2026-06-24", ("armed_groups", "other", "armed_groups")),
        U("abducted", 17, "debre_markos", ["relatives"],
          ["gunmen stopped a minibus on Friday and abducted 17 passengers"],
          "2026-06-26", ("other", "civilian", None)),
        U("protest", 100, "debre_birhan", None,
          ["hundreds of university students protested on Friday against the killing of a lecturer"],
          "2026-06-26", (None, None, None), note="Vague 'hundreds'."),
        U("killed", 1300, "amhara", ["regional health bureau"],
          ["At least 1,300 civilians have been killed in the Amhara region since the conflict began in August 2023"],
          "P", ("other", "civilian", None), scope="cumulative",
          note="'11 rock-hewn churches' and '30 days' are not claims."),
        U("killed", 1, "debre_birhan", None, ["the killing of a lecturer at a checkpoint last week"],
          "2026-06", (None, "civilian", None),
          note="Nominalised single death ('the killing of a lecturer'), background to the protest; 'last week' -> month precision."),
    ]))

# ------------------------------------------------------------------ ev22-17 Colombia
T17 = """Colombia: bomb in Jamundí kills two as Catatumbo fighting drives 11,000 from homes

BOGOTA, Aug 25 (Andes Wire) -- A motorcycle packed with explosives blew up near the municipal market in Jamundí, south of Cali, on Monday, killing two people and wounding 17, the mayor's office said, as violence linked to armed groups surged in several regions of Colombia.

Police blamed the Jaime Martínez front, a faction of dissidents who rejected the 2016 peace deal with the FARC guerrillas. The group did not comment.

In the north-eastern Catatumbo region, on the border with Venezuela, about 11,000 people have fled their homes since fighting between the National Liberation Army (ELN) and FARC dissident fronts resumed in July, the ombudsman's office said on Tuesday.

A drone attack on a police station in Tibú on Sunday wounded five officers, police said. The ELN denied any role in a statement posted on social media, calling the accusation "a smear to justify militarisation".

Near El Tarra, soldiers found the bodies of eight men on a rural road on Monday. Local officials said they appeared to have been executed.

In Cauca province, residents of El Plateado surrounded a unit of 28 soldiers on Saturday and held them for two days before letting them go on Monday, the army said, calling the incident a kidnapping instigated by the dissidents. Community leaders said the protest was spontaneous.

An army helicopter was hit by rifle fire while landing at a base in Suárez, also in Cauca, on Sunday. Nobody was hurt and the aircraft returned to Cali, the army said.

So far this year, 92 members of the security forces have been killed in attacks by armed groups, according to the defence ministry.

The 2016 accord demobilised about 13,000 FARC fighters, but several thousand have since returned to arms. Peace talks with the ELN have been frozen since January 2025.

(Reporting by Catalina Ruiz in Bogota and Jorge Palacios in Cali; Writing by Mateo Lindqvist; Editing by Ruth Kagame)
"""

DOCS.append(dict(
    id="ev22-17", url="https://andeswire.example/americas/colombia-jamundi-bomb-catatumbo-2026-08-25",
    title="Colombia: bomb in Jamundí kills two as Catatumbo fighting drives 11,000 from homes",
    published="2026-08-25", conflict="Colombia",
    form="wire copy, capital dateline with month abbreviation, reporting credits",
    text=T17,
    units=[
        U("attack", None, "jamundi", ["mayor's office"],
          ["A motorcycle packed with explosives blew up near the municipal market in Jamundí",
           "bomb in Jamundí kills two"],
          "2026-08-24", ("other", "civilian", "armed_groups")),
        U("killed", 2, "jamundi", ["mayor's office"], ["killing two people and wounding 17", "bomb in Jamundí kills two"],
          "2026-08-24", ("other", "civilian", "armed_groups")),
        U("wounded", 17, "jamundi", ["mayor's office"], ["killing two people and wounding 17"],
          "2026-08-24", ("other", "civilian", "armed_groups")),
        U("displaced", 11000, "catatumbo", ["ombudsman's office", "ombudsman"],
          ["about 11,000 people have fled their homes since fighting between the National Liberation Army (ELN) and FARC dissident fronts resumed in July",
           "Catatumbo fighting drives 11,000 from homes"],
          "P", ("other", "civilian", "armed_groups"), scope="cumulative"),
        U("attack", None, "tibu", ["police"], ["A drone attack on a police station in Tibú on Sunday", "The ELN denied any role"],
          "2026-08-23", ("other", "other", "armed_groups"), modality="denied", note="The ELN denies a role."),
        U("wounded", 5, "tibu", ["police"], ["wounded five officers"],
          "2026-08-23", ("other", "other", "armed_groups"), modality="denied"),
        U("killed", 8, "el_tarra", ["soldiers", "Local officials"], ["soldiers found the bodies of eight men on a rural road on Monday"],
          "2026-08-24", ("other", None, None), note="Bodies found: killed."),
        U("abducted", 28, "el_plateado", ["the army", "army"],
          ["residents of El Plateado surrounded a unit of 28 soldiers on Saturday and held them for two days"],
          "2026-08-22", ("other", "other", "armed_groups"),
          note="The army calls it a kidnapping; community leaders call it a protest."),
        U("protest", None, "el_plateado", ["Community leaders"], ["Community leaders said the protest was spontaneous"],
          "2026-08-22", ("other", None, None), optional=True, note="Same incident framed as a protest."),
        U("attack", None, "suarez", ["the army", "army"],
          ["An army helicopter was hit by rifle fire while landing at a base in Suárez"],
          "2026-08-23", ("other", "other", None)),
        U("killed", 92, "colombia", ["defence ministry"],
          ["So far this year, 92 members of the security forces have been killed in attacks by armed groups"],
          "P", ("other", "other", "armed_groups"), scope="cumulative",
          note="'about 13,000 FARC fighters' demobilised is background, not a claim."),
    ]))

# ------------------------------------------------------------------ ev22-18 Pakistan
T18 = """Suicide attack on Bannu cantonment kills 15; border clashes flare at Chaman

PESHAWAR, Pakistan, October 21 (Indus Wire Service) - A suicide bomber rammed an explosives-laden car into the outer wall of the Bannu cantonment on Tuesday evening and gunmen then stormed the compound, killing 11 soldiers and four civilians, the military's media wing said on Wednesday.

All six attackers were killed in a gunfight that lasted several hours, the Inter-Services Public Relations (ISPR) said in a statement. Hospital officials in Bannu said 32 people were being treated for wounds, most of them residents of houses near the wall, which partly collapsed in the blast.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed responsibility in a message to journalists and said its fighters had killed "more than 40" soldiers. The group frequently exaggerates its claims.

Separately, the military said security forces had killed 19 militants in an intelligence-based operation near Mir Ali in North Waziristan on Monday night.

In southwestern Balochistan province, gunmen stopped a passenger bus on the highway near Kalat late on Monday, checked the passengers' identity cards and shot dead nine men from Punjab, police said. The outlawed Balochistan Liberation Army said it carried out the attack.

Pakistani and Afghan forces exchanged heavy fire across the border at Chaman overnight, the second clash in a week. Pakistan's military said its troops had destroyed seven Afghan Taliban posts in response to "unprovoked firing". A spokesman for the Taliban administration in Kabul said Pakistani shelling had hit homes in Spin Boldak, on the Afghan side of the crossing, killing three civilians.

Trade through the Chaman and Torkham crossings has been suspended for the 12th day, leaving hundreds of trucks stranded.

At least 1,058 people, most of them members of the security forces, have been killed in militant attacks in Khyber Pakhtunkhwa so far this year, according to the Islamabad-based Centre for Conflict and Peace Research.

Islamabad accuses Kabul of harbouring TTP fighters, a charge the Taliban administration denies.

Copyright 2026 Indus Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""

ISPR = ["Inter-Services Public Relations", "ISPR", "military's media wing", "Pakistani military", "Pakistan's military"]

DOCS.append(dict(
    id="ev22-18", url="https://induswire.example/pakistan/2026/10/21/bannu-cantonment-attack-chaman-clashes",
    title="Suicide attack on Bannu cantonment kills 15; border clashes flare at Chaman",
    published="2026-10-21", conflict="Pakistan (TTP, Balochistan, Afghan border)",
    form="wire copy, city-country-date dateline, copyright footer",
    text=T18,
    units=[
        U("attack", None, "bannu", ISPR,
          ["A suicide bomber rammed an explosives-laden car into the outer wall of the Bannu cantonment on Tuesday evening",
           "Suicide attack on Bannu cantonment kills 15"],
          "2026-10-20", ("other", "other", "armed_groups")),
        U("killed", 15, "bannu", None, ["Suicide attack on Bannu cantonment kills 15"],
          "2026-10-20", (None, None, "armed_groups"),
          note="Headline sum of 11 soldiers and four civilians; stated as a number in the outlet's voice."),
        U("killed", 11, "bannu", ISPR, ["killing 11 soldiers and four civilians"],
          "2026-10-20", ("other", "other", "armed_groups")),
        U("killed", 4, "bannu", ISPR, ["killing 11 soldiers and four civilians"],
          "2026-10-20", ("other", "civilian", "armed_groups")),
        U("killed", 6, "bannu", ISPR, ["All six attackers were killed in a gunfight"],
          "2026-10-20", ("other", "armed_groups", "other")),
        U("wounded", 32, "bannu", ["Hospital officials in Bannu", "Hospital officials"],
          ["32 people were being treated for wounds"],
          "2026-10-20", ("other", "civilian", "armed_groups")),
        U("killed", 40, "bannu", ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"],
          ['its fighters had killed "more than 40" soldiers'],
          "2026-10-20", ("armed_groups", "other", "armed_groups")),
        U("killed", 19, "mir_ali", ISPR + ["the military"],
          ["security forces had killed 19 militants in an intelligence-based operation near Mir Ali"],
          "2026-10-19", ("other", "armed_groups", "other")),
        U("attack", None, "kalat", ["police", "Balochistan Liberation Army"],
          ["gunmen stopped a passenger bus on the highway near Kalat late on Monday"],
          "2026-10-19", ("other", "civilian", "armed_groups")),
        U("killed", 9, "kalat", ["police"], ["shot dead nine men from Punjab"],
          "2026-10-19", ("other", "civilian", "armed_groups")),
        U("attack", None, "chaman", ISPR + ["Taliban administration"],
          ["Pakistani and Afghan forces exchanged heavy fire across the border at Chaman overnight",
           "Pakistani shelling had hit homes in Spin Boldak", "border clashes flare at Chaman"],
          "2026-10-21", ("other", "other", "other"),
          note="Both sides of the crossing (Chaman, Spin Boldak, about 11 km apart) form one unit under the 25 km rule."),
        U("materiel_lost", 7, "chaman", ISPR, ["its troops had destroyed seven Afghan Taliban posts"],
          "2026-10-21", ("other", "other", "other"), note="Item other (border posts)."),
        U("killed", 3, "spin_boldak", ["Taliban administration", "spokesman for the Taliban administration"],
          ["killing three civilians"],
          "2026-10-21", ("other", "civilian", "other")),
        U("killed", 1058, "khyber_pakhtunkhwa", ["Centre for Conflict and Peace Research"],
          ["At least 1,058 people, most of them members of the security forces, have been killed in militant attacks in Khyber Pakhtunkhwa so far this year"],
          "P", ("other", None, "armed_groups"), scope="cumulative",
          note="'12th day' and 'hundreds of trucks' are not claims."),
    ]))

# ------------------------------------------------------------------ ev22-19 Mozambique
T19 = """MOZAMBIQUE - Cabo Delgado: Humanitarian Situation Report No. 22
Reporting period: 1 - 31 October 2026 | Issued: 11 November 2026
Northern Mozambique Humanitarian Coordination Forum

KEY FIGURES
730,000 people remain internally displaced in northern Mozambique
21,400 people displaced in Chiúre district, 20-27 October
37 attacks by non-state armed groups recorded in October

SITUATION OVERVIEW
Violence by non-state armed groups (NSAGs) intensified in October, with 37 attacks recorded across seven districts of Cabo Delgado, compared with 22 in September.

On 12 October, NSAG fighters attacked the Milamba neighbourhood of Mocímboa da Praia at night, killing six civilians, three of whom were beheaded. Several houses were burned.

On 19 October, fighters raided Macomia town for the second time this year, looting the health centre and setting fire to 45 houses. Two humanitarian workers were injured on 21 October when their vehicle struck an improvised explosive device on the road north of the town.

Attacks on villages along the Lúrio river in Chiúre district displaced an estimated 21,400 people between 20 and 27 October, according to IOM's Displacement Tracking Matrix. More than half of them are children. Most of the newly displaced have moved to host families in Chiúre town or to the sites around Metuge, where partners registered 3,900 new arrivals during the period.

Protection partners received reports that at least 14 children were abducted in Muidumbe district during the month; some were later seen carrying weapons.

The Rwanda Defence Force said its troops, operating alongside Mozambican forces, had killed 23 insurgents in the Messalo river valley in the last week of October. The figure could not be verified.

On 28 October, a Catholic church and a primary school were burned in an attack on the outskirts of Montepuez, a town that had previously been spared.

Since the conflict began in October 2017, more than 6,200 people have been killed in Cabo Delgado, according to conflict monitors cited by the Forum.

FUNDING
The 2026 Mozambique Humanitarian Needs and Response Plan requires US$182 million for the north; as of 31 October it was 31 per cent funded.

For more information: coordination@nmhcf.example
"""

DOCS.append(dict(
    id="ev22-19", url="https://nmhcf.example/reports/cabo-delgado-sitrep-22-october-2026",
    title="MOZAMBIQUE - Cabo Delgado: Humanitarian Situation Report No. 22",
    published="2026-11-11", conflict="Mozambique (Cabo Delgado)",
    form="humanitarian situation report: key figures box, overview, funding",
    text=T19,
    units=[
        U("displaced", 730000, "cabo_delgado", None,
          ["730,000 people remain internally displaced in northern Mozambique"],
          "P", (None, "civilian", None), scope="cumulative"),
        U("displaced", 21400, "chiure", ["IOM's Displacement Tracking Matrix", "IOM", "Displacement Tracking Matrix"],
          ["displaced an estimated 21,400 people between 20 and 27 October",
           "21,400 people displaced in Chiúre district, 20-27 October"],
          "2026-10-27", ("other", "civilian", "armed_groups"), note="'37 attacks' and '22 in September' count attacks, not units."),
        U("attack", None, "mocimboa", None,
          ["NSAG fighters attacked the Milamba neighbourhood of Mocímboa da Praia at night"],
          "2026-10-12", (None, "civilian", "armed_groups")),
        U("killed", 6, "mocimboa", None, ["killing six civilians, three of whom were beheaded"],
          "2026-10-12", (None, "civilian", "armed_groups")),
        U("killed", 3, "mocimboa", None, ["three of whom were beheaded"],
          "2026-10-12", (None, "civilian", "armed_groups"), note="Numbered subgroup of the six."),
        U("attack", None, "macomia", None,
          ["fighters raided Macomia town for the second time this year",
           "their vehicle struck an improvised explosive device on the road north of the town"],
          "2026-10-19", (None, "civilian", "armed_groups"),
          note="Raid on 19 October and IED on 21 October near the same town: one Macomia unit. '45 houses' is not a unit."),
        U("wounded", 2, "macomia", None, ["Two humanitarian workers were injured on 21 October"],
          "2026-10-21", (None, "other", "armed_groups")),
        U("displaced", 3900, "metuge", None, ["partners registered 3,900 new arrivals during the period"],
          "P", (None, "civilian", "armed_groups"), scope="cumulative", note="Arrivals at sites around Metuge."),
        U("abducted", 14, "muidumbe", ["Protection partners"],
          ["at least 14 children were abducted in Muidumbe district during the month"],
          "2026-10", ("other", "civilian", "armed_groups")),
        U("killed", 23, "messalo", ["Rwanda Defence Force"],
          ["had killed 23 insurgents in the Messalo river valley in the last week of October"],
          "2026-10", ("other", "armed_groups", "other")),
        U("attack", None, "montepuez", None,
          ["a Catholic church and a primary school were burned in an attack on the outskirts of Montepuez"],
          "2026-10-28", (None, "civilian", "armed_groups")),
        U("killed", 6200, "cabo_delgado", ["conflict monitors"],
          ["more than 6,200 people have been killed in Cabo Delgado"],
          "P", ("other", None, None), scope="cumulative", note="US$182 million and 31 per cent are funding figures, not claims."),
    ]))

# ------------------------------------------------------------------ ev22-20 South Sudan
T20 = """Sobat Radio Online

SPLA-IO says it retook Nasir; air raid on Ulang market kills 16

Upper Nile | Thursday, 3 December 2026 | 1,874 reads

Listen live: Sobat Radio 98.4 FM | Download our app

The SPLM/A-In Opposition (SPLA-IO) said on Wednesday that its forces had recaptured Nasir town on Monday after two days of heavy fighting with the South Sudan People's Defence Forces (SSPDF).

SPLA-IO deputy spokesman Col. Gatwech Lam Kuol told Sobat Radio that the army had "pulled out of Nasir in disorder, leaving weapons and vehicles behind". Kuol said 40 government soldiers had been killed in the battle for Nasir, and warned that the opposition would march on Malakal if air strikes on its areas continued. The SSPDF spokesman, Maj. Gen. Deng Mabior Akol, dismissed the statement, saying Nasir "remains under the full control of our gallant forces".

On Tuesday, an aircraft dropped bombs on the main market in Ulang, killing 16 people and wounding 29, according to the Ulang county commissioner, who is aligned with the opposition. The army denied carrying out any air strikes in the county.

In Ayod, in neighbouring Jonglei state, a nurse and two patients were killed when a clinic run by a local charity was hit during fighting on Sunday, the charity said.

Some 3,000 people who fled Nasir and Ulang have arrived at the protection of civilians site in Malakal in the past week, humanitarian workers said. The site already shelters about 37,000 people.

Across the border, more than 12,500 South Sudanese have crossed into Ethiopia's Gambela region since the fighting flared in October, according to the UN refugee agency.

In Jonglei, armed youth raided cattle camps near Bor on Saturday, killing 24 people and abducting nine women and children, state officials said. Officials blamed youths from a neighbouring county and said around 3,000 head of cattle were taken.

In Juba, dozens of women marched to the national parliament on Wednesday, carrying placards that read "Stop the war in Upper Nile".

The United Nations Mission in South Sudan says at least 913 civilians were killed in violence across the country between January and September.

Share on WhatsApp | Facebook | X

More from Sobat Radio: Juba fuel prices rise 15% in a week | Football: Malakal Stars win 2-1
"""

DOCS.append(dict(
    id="ev22-20", url="https://sobatradio.example/news/2026/12/03/spla-io-nasir-ulang-air-raid",
    title="SPLA-IO says it retook Nasir; air raid on Ulang market kills 16",
    published="2026-12-03", conflict="South Sudan",
    form="local radio website: read count, live-stream bar, share line, unrelated teasers with numbers",
    text=T20,
    units=[
        U("territory", None, "nasir", ["SPLM/A-In Opposition", "SPLA-IO", "Gatwech Lam Kuol"],
          ["its forces had recaptured Nasir town on Monday", "the army had \"pulled out of Nasir in disorder",
           "SPLA-IO says it retook Nasir", "remains under the full control of our gallant forces"],
          "2026-11-30", ("armed_groups", "other", "armed_groups"), modality="denied",
          note="The SSPDF spokesman denies; SSPDF is 'other', SPLA-IO 'armed_groups'."),
        U("killed", 40, "nasir", ["Gatwech Lam Kuol", "Kuol", "SPLA-IO"],
          ["Kuol said 40 government soldiers had been killed in the battle for Nasir"],
          "2026-11-30", ("armed_groups", "other", "armed_groups"), modality="denied",
          note="The SSPDF spokesman dismisses the statement."),
        U("territory", None, "malakal", ["Gatwech Lam Kuol", "Kuol", "SPLA-IO"],
          ["warned that the opposition would march on Malakal if air strikes on its areas continued"],
          "P", ("armed_groups", "other", "armed_groups"), modality="warned", optional=True,
          note="Conditional threat beside a past figure; no event."),
        U("attack", None, "ulang", ["Ulang county commissioner", "county commissioner"],
          ["an aircraft dropped bombs on the main market in Ulang", "air raid on Ulang market kills 16",
           "The army denied carrying out any air strikes in the county"],
          "2026-12-01", ("armed_groups", "civilian", "other"), modality="denied",
          note="Commissioner aligned with the opposition; the army denies air strikes."),
        U("killed", 16, "ulang", ["Ulang county commissioner", "county commissioner"],
          ["killing 16 people and wounding 29", "air raid on Ulang market kills 16"],
          "2026-12-01", ("armed_groups", "civilian", "other"), modality="denied"),
        U("wounded", 29, "ulang", ["Ulang county commissioner", "county commissioner"],
          ["killing 16 people and wounding 29"],
          "2026-12-01", ("armed_groups", "civilian", "other"), modality="denied"),
        U("attack", None, "ayod", ["the charity", "local charity"],
          ["a clinic run by a local charity was hit during fighting on Sunday"],
          "2026-11-29", ("other", "civilian", None)),
        U("killed", 3, "ayod", ["the charity", "local charity"], ["a nurse and two patients were killed"],
          "2026-11-29", ("other", "civilian", None), optional=True, note="Implicit count (a nurse and two patients)."),
        U("displaced", 3000, "malakal", ["humanitarian workers"],
          ["Some 3,000 people who fled Nasir and Ulang have arrived at the protection of civilians site in Malakal"],
          "P", ("other", "civilian", None), scope="cumulative", note="Week total. '3,000 head of cattle' is not a unit."),
        U("affected", 37000, "malakal", ["humanitarian workers"], ["The site already shelters about 37,000 people"],
          "P", ("other", "civilian", None), optional=True, scope="cumulative",
          note="Standing camp population: background more than a conflict event."),
        U("displaced", 12500, "gambela", ["UN refugee agency", "UNHCR"],
          ["more than 12,500 South Sudanese have crossed into Ethiopia's Gambela region"],
          "P", ("other", "civilian", None), scope="cumulative"),
        U("attack", None, "bor", ["state officials"], ["armed youth raided cattle camps near Bor on Saturday"],
          "2026-11-28", ("other", "civilian", "armed_groups")),
        U("killed", 24, "bor", ["state officials"], ["killing 24 people and abducting nine women and children"],
          "2026-11-28", ("other", "civilian", "armed_groups")),
        U("abducted", 9, "bor", ["state officials"], ["killing 24 people and abducting nine women and children"],
          "2026-11-28", ("other", "civilian", "armed_groups")),
        U("protest", 12, "juba", None, ["dozens of women marched to the national parliament on Wednesday"],
          "2026-12-02", (None, None, None), note="Vague 'dozens' -> 12."),
        U("killed", 913, "south_sudan", ["United Nations Mission in South Sudan"],
          ["at least 913 civilians were killed in violence across the country between January and September"],
          "2026-09", ("other", "civilian", None), scope="cumulative", note="Period total."),
    ]))
