"""Documents ev13-09 .. ev13-16 (DR Congo, Burkina Faso, Niger, Nigeria, Somalia, Haiti, Syria, Ethiopia)."""
from common import Doc, S, R

DOCS = []

# ---------------------------------------------------------------- ev13-09 DR Congo, M23/AFC communique (own voice)
S_KIVU = R("South Kivu", -3.0, 28.3, 200, aliases=["South Kivu", "Sud-Kivu"])
KAMANYOLA = S("Kamanyola", -2.757, 29.003, aliases=["Luvungi", "Katogota", "Kamanyola, Luvungi and Katogota"], approx=True)
UVIRA = S("Uvira", -3.39534, 29.13779, "Uvira")
KAVUMU = S("Kavumu airport", -2.3089, 28.8088, aliases=["Kavumu", "Kavumu airport"], approx=True)

d = Doc("ev13-09", "https://afc-m23-communiques-example.org/2025/12/communique-119",
        "Communiqué No. 119/AFC-M23/2025 (unofficial English translation)",
        "2025-12-12T16:00:00+02:00", """ALLIANCE FLEUVE CONGO / MOUVEMENT DU 23 MARS
COMMUNIQUE No. 119/AFC-M23/2025
(unofficial English translation)

1. The Alliance Fleuve Congo / M23 informs national and international opinion that since 4 December 2025 the coalition of the Kinshasa regime, the genocidal FDLR forces, Burundian troops and Wazalendo militias has not stopped bombarding densely populated areas of South Kivu, in flagrant violation of the Doha framework.

2. On 9 and 10 December, drones and Sukhoi fighter jets of the coalition bombed the localities of Kamanyola, Luvungi and Katogota, killing 17 civilians, among them 6 children, and wounding 23 others.

3. Faced with these attacks, our forces were compelled to neutralise the sources of the threat. On 10 December 2025, the AFC/M23 liberated the town of Uvira and its surroundings. Calm has returned and the population is going about its activities normally.

4. During these operations our forces captured 412 coalition soldiers, 37 of them Burundian soldiers, and seized 9 armoured vehicles as well as a large quantity of ammunition.

5. The AFC/M23 categorically rejects the allegations spread by the Kinshasa regime and its allies that our forces killed 52 civilians in Luvungi. They are pure fabrication.

6. The AFC/M23 warns the coalition that any new attack on the liberated zones will be met with an appropriate response, and reserves the right to neutralise Kavumu airport, from which the drones take off.

Done at Goma, 12 December 2025
Lawrence Kanyuka
Political Spokesperson of the AFC/M23""", "DR Congo", "armed group's own communiqué (translated)", issuer_side="m23")
d.u("attack", None, S_KIVU, None, "has not stopped bombarding densely populated areas of South Kivu", date="2025-12-12",
    sides=(None, "civilian", "drc_army"), scope="cumulative", note="Own voice of the issuer (M23): claimant null, claimant side m23.")
d.u("attack", None, KAMANYOLA, None, "drones and Sukhoi fighter jets of the coalition bombed the localities of Kamanyola, Luvungi and Katogota",
    date="2025-12-09", sides=(None, "civilian", "drc_army"),
    note="Three localities within 15 km of one another: one unit with aliases (the 25 km rule merges them). Coordinates approximate.")
d.u("killed", 17, KAMANYOLA, None, "killing 17 civilians, among them 6 children", date="2025-12-09", sides=(None, "civilian", "drc_army"))
d.u("killed", 6, KAMANYOLA, None, "among them 6 children", date="2025-12-09", sides=(None, "civilian", "drc_army"))
d.u("wounded", 23, KAMANYOLA, None, "wounding 23 others", date="2025-12-09", sides=(None, "civilian", "drc_army"))
d.u("territory", None, UVIRA, None, "the AFC/M23 liberated the town of Uvira and its surroundings", date="2025-12-10",
    sides=(None, "drc_army", "m23"))
d.u("captured", 412, UVIRA, None, "our forces captured 412 coalition soldiers", date="2025-12-10", sides=(None, "drc_army", "m23"))
d.u("captured", 37, UVIRA, None, "37 of them Burundian soldiers", date="2025-12-10", sides=(None, "other", "m23"),
    note="Stated subgroup; Burundi is 'other'.")
d.u("materiel_lost", 9, UVIRA, None, "seized 9 armoured vehicles", date="2025-12-10", sides=(None, "drc_army", "m23"))
d.u("killed", 52, KAMANYOLA, ["Kinshasa regime"], "the allegations spread by the Kinshasa regime and its allies that our forces killed 52 civilians in Luvungi",
    date="2025-12-10", sides=("drc_army", "civilian", "m23"), mod="denied",
    note="Kinshasa's accusation, denied in the issuer's own voice: modality denied, claimant the asserting side.")
d.u("attack", None, KAVUMU, None, "reserves the right to neutralise Kavumu airport", opt=True, sides=(None, "drc_army", "m23"),
    mod="warned", note="Threat.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-10 Burkina Faso, wire copy
DJIBO = S("Djibo", 14.09864, -1.62665, "Djibo")
DIAPAGA = S("Diapaga", 12.0729, 1.78835, "Diapaga")
BF_NORTH = R("Burkina Faso-Mali border area", 14.4, -2.0, 80, aliases=["Malian border", "Mali border", "border with Mali"])
BURKINA = R("Burkina Faso", 12.3, -1.6, 400, aliases=["Burkina Faso", "Burkina"])

d = Doc("ev13-10", "https://www.sahelwire-example.com/burkina-faso/djibo-attack-base-overrun-20250513",
        "Jihadists overrun army base in Burkina Faso's Djibo, scores feared dead",
        "2025-05-13T14:05:00Z", """OUAGADOUGOU, May 13 (Sahel Wire) - Jihadist fighters overran an army base and several security posts in Djibo, in northern Burkina Faso, in a dawn assault on Sunday that killed more than 100 people, most of them soldiers, two security sources and a local aid worker said.

Al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said in a statement from its media arm that it had taken control of the town's military camp and killed 200 soldiers and members of the VDP civilian auxiliaries. Sahel Wire could not verify the figure.

Residents said the attackers held parts of the town for several hours, torching the police station and looting shops before they withdrew. One security source said 35 soldiers were unaccounted for.

The army did not comment on the toll but said on Monday that air strikes on the fighters' retreat routes towards the Malian border had killed dozens of terrorists.

On the same day, militants attacked a gendarmerie post in Diapaga, in the east of the country, killing nine gendarmes, a local official said.

Djibo, a town of several hundred thousand people swollen by displaced families, has been under a JNIM blockade since 2022. More than 2 million people have been displaced by the conflict in Burkina Faso, according to the United Nations.

The military junta of Captain Ibrahim Traore, which seized power in 2022, has promised to retake control of the national territory.""", "Sahel (Burkina Faso)", "wire copy with dateline")
d.u("attack", None, DJIBO, ["security sources", "local aid worker", "Residents"],
    ["Jihadist fighters overran an army base and several security posts in Djibo", "a dawn assault on Sunday",
     "torching the police station and looting shops"], date="2025-05-11", sides=("other", "other", "armed_groups"),
    note="Burkina army and VDP: 'other'.")
d.u("killed", 100, DJIBO, ["security sources", "local aid worker"], "killed more than 100 people, most of them soldiers",
    date="2025-05-11", sides=("other", "other", "armed_groups"))
d.u("territory", None, DJIBO, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Residents"],
    ["it had taken control of the town's military camp", "the attackers held parts of the town for several hours",
     "has been under a JNIM blockade since 2022"], date="2025-05-11", sides=("armed_groups", "other", "armed_groups"))
d.u("killed", 200, DJIBO, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], "killed 200 soldiers and members of the VDP civilian auxiliaries",
    date="2025-05-11", sides=("armed_groups", "other", "armed_groups"))
d.u("missing", 35, DJIBO, ["security source"], "35 soldiers were unaccounted for", date="2025-05-11", sides=("other", "other", "armed_groups"))
d.u("attack", None, BF_NORTH, ["army"], "air strikes on the fighters' retreat routes towards the Malian border", date="2025-05-12",
    sides=("other", "armed_groups", "other"), note="No settlement named; region place with aliases.")
d.u("killed", 12, BF_NORTH, ["army"], "had killed dozens of terrorists", date="2025-05-12", sides=("other", "armed_groups", "other"),
    note="vague 'dozens' -> 12")
d.u("attack", None, DIAPAGA, ["local official"], "militants attacked a gendarmerie post in Diapaga", date="2025-05-11",
    sides=("other", "other", "armed_groups"))
d.u("killed", 9, DIAPAGA, ["local official"], "killing nine gendarmes", date="2025-05-11", sides=("other", "other", "armed_groups"))
d.u("displaced", 2000000, BURKINA, ["United Nations", "UN"], "More than 2 million people have been displaced by the conflict in Burkina Faso",
    sides=("other", "civilian", None), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-11 Niger, defence ministry communique (own voice)
BANIBANGOU = S("Banibangou", 15.0416, 2.7037, "Bani Bangou", aliases=["Bani Bangou", "Banibangou"])
TILLIA = S("Tillia", 16.13, 4.79, aliases=["Tilia"], approx=True)
FAMBITA = S("Fambita", 14.20, 0.95, aliases=["Kokorou", "Fambita mosque"], approx=True)

d = Doc("ev13-11", "https://www.defense-niger-example.ne/communiques/2025-06-22-banibangou",
        "Communiqué of the Ministry of National Defence on the Banibangou attack",
        "2025-06-22T19:30:00+01:00", """REPUBLIC OF NIGER
MINISTRY OF NATIONAL DEFENCE
COMMUNIQUE

On Friday 20 June 2025, at about 11:00, a unit of the Defence and Security Forces on a security mission in the area of Banibangou, in the Tillaberi region, was attacked by more than a hundred terrorists on motorcycles and in vehicles.

The vigorous reaction of our forces made it possible to neutralise 41 terrorists and to recover 28 motorcycles together with weapons and ammunition.

Unfortunately, we deplore on our side 34 killed and 14 wounded, who were evacuated to Niamey. Search operations are continuing to find five soldiers who are missing.

During the night of 21 June, our air force struck a gathering of terrorists near Tillia, in the Tahoua region, destroying 6 vehicles.

The Ministry also informs the public that the cowardly attack on the mosque of Fambita, in the commune of Kokorou, on 21 March 2025, which killed 44 worshippers, has been claimed by the so-called Islamic State in the Sahel. Its perpetrators will be hunted down.

The Minister of National Defence presents his condolences to the families of the fallen and wishes a speedy recovery to the wounded.

Niamey, 22 June 2025""", "Sahel (Niger)", "ministry's own communiqué", issuer_side="other")
d.u("attack", None, BANIBANGOU, None, "was attacked by more than a hundred terrorists on motorcycles and in vehicles", date="2025-06-20",
    sides=(None, "other", "armed_groups"), note="Niger army: 'other'. Own voice of the ministry: claimant null.")
d.u("killed", 41, BANIBANGOU, None, "neutralise 41 terrorists", date="2025-06-20", sides=(None, "armed_groups", "other"))
d.u("materiel_lost", 28, BANIBANGOU, None, "recover 28 motorcycles", date="2025-06-20", sides=(None, "armed_groups", "other"),
    note="item vehicle")
d.u("killed", 34, BANIBANGOU, None, "we deplore on our side 34 killed and 14 wounded", date="2025-06-20", sides=(None, "other", "armed_groups"))
d.u("wounded", 14, BANIBANGOU, None, "we deplore on our side 34 killed and 14 wounded", date="2025-06-20", sides=(None, "other", "armed_groups"))
d.u("missing", 5, BANIBANGOU, None, "five soldiers who are missing", date="2025-06-22", sides=(None, "other", "armed_groups"))
d.u("attack", None, TILLIA, None, "our air force struck a gathering of terrorists near Tillia", date="2025-06-21",
    sides=(None, "armed_groups", "other"), note="Tillia coordinates approximate.")
d.u("materiel_lost", 6, TILLIA, None, "destroying 6 vehicles", date="2025-06-21", sides=(None, "armed_groups", "other"))
d.u("attack", None, FAMBITA, None, "the cowardly attack on the mosque of Fambita, in the commune of Kokorou, on 21 March 2025",
    date="2025-03-21", sides=(None, "civilian", "armed_groups"), note="Fambita/Kokorou coordinates approximate.")
d.u("killed", 44, FAMBITA, None, "which killed 44 worshippers", date="2025-03-21", sides=(None, "civilian", "armed_groups"))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-12 Nigeria, scraped local news page with noise
MAGA = S("Maga", 11.47, 4.92, aliases=["Maga, Kebbi", "Danko-Wasagu"], approx=True)
BIRNIN_KEBBI = S("Birnin Kebbi", 12.45389, 4.1975, "Birnin Kebbi")
DAMBOA = S("Damboa", 11.155, 12.756, aliases=["Damboa"], approx=True)
CHIBOK = S("Chibok", 10.87, 12.84, aliases=["Chibok"], approx=True)

d = Doc("ev13-12", "https://www.northernherald-example.ng/news/2025/11/19/gunmen-abduct-25-schoolgirls-in-kebbi",
        "Gunmen abduct 25 schoolgirls in Kebbi; ISWAP raids Damboa base",
        "2025-11-19T08:30:00+01:00", """Northern Herald
Home | News | Politics | Security | Sports | Opinion
BREAKING: Gunmen abduct 25 schoolgirls in Kebbi; ISWAP raids Damboa base
November 19, 2025 | 12,904 reads
Listen to this article 00:00
Gunmen on motorcycles stormed the Government Girls Comprehensive Secondary School in Maga, Kebbi State, in the early hours of Monday and abducted 25 students from their hostel, the state police command said.
The vice-principal, Hassan Yakubu, was shot dead as he tried to stop the attackers, and a security guard was wounded in the arm, police spokesman Nafiu Abubakar said.
ADVERTISEMENT
Two of the abducted girls escaped on Tuesday and walked back to the school, a parent told the Northern Herald.
Dozens of parents and students protested in Birnin Kebbi on Tuesday, blocking the road to Government House and demanding the girls' rescue.
READ ALSO: Senate summons security chiefs over insecurity in the North-West
In Borno State, fighters of the Islamic State West Africa Province (ISWAP) raided a military base in Damboa on Sunday night. Military sources said at least 12 soldiers were killed. ISWAP claimed in a statement that its fighters burned four armoured vehicles.
The Kebbi abduction revives memories of Chibok, where Boko Haram seized 276 schoolgirls in 2014. Since then, more than 1,500 students have been kidnapped from schools across Nigeria, according to Amnesty International.
Click here to join our WhatsApp channel for breaking news
Comments (38) | Share""", "Nigeria", "scraped local news page with web noise")
d.u("abducted", 25, MAGA, ["state police command", "police", "Nafiu Abubakar"],
    ["Gunmen on motorcycles stormed the Government Girls Comprehensive Secondary School in Maga", "abducted 25 students from their hostel",
     "Gunmen abduct 25 schoolgirls in Kebbi"], date="2025-11-17", sides=("other", "civilian", "armed_groups"),
    note="Nigerian police: 'other'; bandits: armed_groups. Maga coordinates approximate.")
d.u("killed", 1, MAGA, ["Nafiu Abubakar", "police spokesman", "police"], "The vice-principal, Hassan Yakubu, was shot dead",
    date="2025-11-17", sides=("other", "civilian", "armed_groups"))
d.u("wounded", 1, MAGA, ["Nafiu Abubakar", "police spokesman", "police"], "a security guard was wounded in the arm",
    date="2025-11-17", sides=("other", "civilian", "armed_groups"))
d.u("attack", None, MAGA, ["state police command", "police"], "Gunmen on motorcycles stormed the Government Girls Comprehensive Secondary School in Maga",
    opt=True, date="2025-11-17", sides=("other", "civilian", "armed_groups"), note="Raid on a school; 'attack' debatable.")
d.u("protest", 12, BIRNIN_KEBBI, None, "Dozens of parents and students protested in Birnin Kebbi on Tuesday", date="2025-11-18",
    sides=(None, "civilian", None))
d.u("attack", None, DAMBOA, None, ["raided a military base in Damboa on Sunday night", "ISWAP raids Damboa base"], date="2025-11-16",
    sides=(None, "other", "armed_groups"), note="Damboa coordinates approximate.")
d.u("killed", 12, DAMBOA, ["Military sources"], "at least 12 soldiers were killed", date="2025-11-16", sides=("other", "other", "armed_groups"),
    note="Same value 12 as the vague 'dozens' of protesters, which is a protest size, not a killed unit.")
d.u("materiel_lost", 4, DAMBOA, ["ISWAP", "Islamic State West Africa Province"], "its fighters burned four armoured vehicles",
    date="2025-11-16", sides=("armed_groups", "other", "armed_groups"))
d.u("abducted", 276, CHIBOK, None, "Boko Haram seized 276 schoolgirls in 2014", date="2014", sides=(None, "civilian", "armed_groups"),
    note="History paragraph, asserted by the outlet.")
d.u("abducted", 1500, R("Nigeria", 9.08, 8.68, 600, aliases=["Nigeria"]), ["Amnesty International"],
    "more than 1,500 students have been kidnapped from schools across Nigeria", opt=True,
    sides=("other", "civilian", "armed_groups"), scope="cumulative", note="Country-wide running total; no place beyond the country.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-13 Somalia, wire copy
ADAN_YABAAL = S("Adan Yabaal", 3.43, 46.03, aliases=["Adan Yabal", "Aden Yabal"], approx=True)
MOGADISHU = S("Mogadishu", 2.03711, 45.34375, "Mogadishu")
MOQOKORI = S("Moqokori", 4.05, 45.18, aliases=["Mooqokori"], approx=True)
M_SHABELLE = R("Middle Shabelle", 2.9, 45.6, 120, aliases=["Middle Shabelle", "Middle Shabelle region"])

d = Doc("ev13-13", "https://www.hornwire-example.com/somalia/al-shabaab-seizes-adan-yabaal-20250417",
        "Al Shabaab seizes Somali town of Adan Yabaal as government forces pull out",
        "2025-04-17T12:20:00Z", """MOGADISHU, April 17 (Horn Wire) - Al Shabaab militants captured the central Somali town of Adan Yabaal on Wednesday after government troops and allied clan fighters withdrew overnight, residents and a regional official said, the Islamist group's biggest gain in several years.

"We pulled out to avoid civilian casualties," the official said, asking not to be named. The defence ministry disputed that the town had fallen, saying its forces had "repositioned" and would return.

Al Shabaab said in a statement on its radio station that it had killed 37 soldiers and seized five pick-up trucks mounted with machine guns. The army said more than 30 militants were killed in air strikes on fighters near the town carried out with international partners.

In Mogadishu, a suicide bomber blew himself up on Tuesday among young men queuing outside a military recruitment centre, killing 13 recruits and wounding 21, police said. Al Shabaab claimed the attack.

The militants have been on the offensive since February. Earlier this year they retook Moqokori and a string of villages in Hiiraan that the army had captured in 2022, and they have carried out raids within 40 km of the capital. The UN says fighting in Middle Shabelle has displaced 100,000 people since February.

Somalia's government has asked for more support from the African Union mission, whose funding is still uncertain.""", "Somalia", "wire copy with dateline")
d.u("territory", None, ADAN_YABAAL, ["residents", "regional official", "Al Shabaab"],
    ["Al Shabaab militants captured the central Somali town of Adan Yabaal", "We pulled out to avoid civilian casualties",
     "The defence ministry disputed that the town had fallen"], date="2025-04-16", sides=("other", "other", "armed_groups"),
    note="Capture asserted by residents and an official, disputed by the defence ministry (same unit). Coordinates approximate.")
d.u("killed", 37, ADAN_YABAAL, ["Al Shabaab"], "it had killed 37 soldiers", date="2025-04-16", sides=("armed_groups", "other", "armed_groups"))
d.u("materiel_lost", 5, ADAN_YABAAL, ["Al Shabaab"], "seized five pick-up trucks mounted with machine guns", date="2025-04-16",
    sides=("armed_groups", "other", "armed_groups"), note="item vehicle")
d.u("killed", 30, ADAN_YABAAL, ["army"], "more than 30 militants were killed in air strikes", date="2025-04-16",
    sides=("other", "armed_groups", "other"))
d.u("attack", None, ADAN_YABAAL, ["army"], "air strikes on fighters near the town", date="2025-04-16", sides=("other", "armed_groups", "other"))
d.u("attack", None, MOGADISHU, ["police"], ["a suicide bomber blew himself up on Tuesday among young men queuing outside a military recruitment centre",
                                           "Al Shabaab claimed the attack", "they have carried out raids within 40 km of the capital"], date="2025-04-15", sides=("other", "other", "armed_groups"))
d.u("killed", 13, MOGADISHU, ["police"], "killing 13 recruits and wounding 21", date="2025-04-15", sides=("other", "other", "armed_groups"))
d.u("wounded", 21, MOGADISHU, ["police"], "killing 13 recruits and wounding 21", date="2025-04-15", sides=("other", "other", "armed_groups"))
d.u("territory", None, MOQOKORI, None, ["they retook Moqokori and a string of villages in Hiiraan", "that the army had captured in 2022"],
    date="2025", sides=(None, "other", "armed_groups"),
    note="Moqokori coordinates approximate; the army's 2022 capture of the same place is the same unit.")
d.u("displaced", 100000, M_SHABELLE, ["UN"], "fighting in Middle Shabelle has displaced 100,000 people since February",
    sides=("other", "civilian", None), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-14 Haiti, UN situation report (bullets)
MIREBALAIS = S("Mirebalais", 18.83455, -72.1048, "Mirebalais")
KENSCOFF = S("Kenscoff", 18.44773, -72.28398, "Kenscoff")
CROIX = S("Croix-des-Bouquets", 18.5769, -72.2267, aliases=["Croix des Bouquets"], approx=True)
HAITI = R("Haiti", 18.9, -72.5, 200, aliases=["Haiti"])

d = Doc("ev13-14", "https://response.humanitarian-example.org/haiti/situation-report-12-april-2025",
        "Haiti: Humanitarian Situation Report No. 12 (5 April 2025)",
        "2025-04-05", """HAITI
Humanitarian Situation Report No. 12
Reporting period: 24 March - 4 April 2025

KEY DEVELOPMENTS
• On 31 March, gangs of the Viv Ansanm coalition stormed Mirebalais, in the Centre department, freeing more than 500 inmates from the town's prison and setting fire to homes and the police station. Gangs have controlled most of the town since then.
• At least 15 people were killed in Mirebalais, among them two religious sisters, according to local authorities.
• IOM recorded more than 6,000 people fleeing Mirebalais for Lascahobas, Saut-d'Eau and Hinche within three days.
• Repeated gang raids on Kenscoff since late January have displaced 3,200 people; a further assault on the commune on 1 April burned 40 houses.

CONTEXT
Between January and March 2025, at least 1,520 people were killed and 572 injured in gang-related violence across Haiti, according to the UN Integrated Office in Haiti (BINUH). In the same period, 185 people were kidnapped for ransom.

FIGURES
Internally displaced persons: 1,041,000 (IOM, March 2025)
People in sites: 207,000

FUNDING
The 2025 Humanitarian Response Plan is 6 per cent funded.""", "Haiti", "UN situation report (bullets)", issuer_side="other")
d.u("attack", None, MIREBALAIS, None, ["gangs of the Viv Ansanm coalition stormed Mirebalais",
                                       "setting fire to homes and the police station"], date="2025-03-31", sides=(None, "haiti_government", "gangs"))
d.u("territory", None, MIREBALAIS, None, "Gangs have controlled most of the town since then", date="2025-03-31",
    sides=(None, "haiti_government", "gangs"))
d.u("killed", 15, MIREBALAIS, ["local authorities"], "At least 15 people were killed in Mirebalais", date="2025-03-31",
    sides=("haiti_government", None, "gangs"))
d.u("killed", 2, MIREBALAIS, ["local authorities"], "among them two religious sisters", date="2025-03-31", sides=("haiti_government", "civilian", "gangs"))
d.u("displaced", 6000, MIREBALAIS, ["IOM"], "IOM recorded more than 6,000 people fleeing Mirebalais", date="2025-04-03",
    sides=("other", "civilian", "gangs"))
d.u("displaced", 3200, KENSCOFF, None, "Repeated gang raids on Kenscoff since late January have displaced 3,200 people", date="2025-04-05",
    sides=(None, "civilian", "gangs"), scope="cumulative")
d.u("attack", None, KENSCOFF, None, ["Repeated gang raids on Kenscoff", "a further assault on the commune on 1 April burned 40 houses"],
    date="2025-04-01", sides=(None, "civilian", "gangs"))
d.u("killed", 1520, HAITI, ["UN Integrated Office in Haiti", "BINUH"], "at least 1,520 people were killed and 572 injured",
    date="2025-03", sides=("other", None, "gangs"), scope="cumulative")
d.u("wounded", 572, HAITI, ["UN Integrated Office in Haiti", "BINUH"], "at least 1,520 people were killed and 572 injured",
    date="2025-03", sides=("other", None, "gangs"), scope="cumulative")
d.u("abducted", 185, HAITI, ["UN Integrated Office in Haiti", "BINUH"], "185 people were kidnapped for ransom", date="2025-03",
    sides=("other", "civilian", "gangs"), scope="cumulative", note="Country-wide quarterly total; region place.")
d.u("displaced", 1041000, HAITI, ["IOM"], "Internally displaced persons: 1,041,000 (IOM, March 2025)", date="2025-03",
    sides=("other", "civilian", None), scope="cumulative")
d.u("displaced", 207000, HAITI, None, "People in sites: 207,000", opt=True, sides=(None, "civilian", None), scope="cumulative",
    note="Subset of the displaced living in sites; could read as 'affected'.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-15 Syria, live blog
DAMASCUS = S("Damascus", 33.5102, 36.29128, "Damascus")
SWEIDA = S("Sweida", 32.70896, 36.56951, "As-Suwayda", aliases=["As-Suwayda", "Suwayda", "Sweida city"])
S_SYRIA = R("southern Syria", 32.75, 36.45, 60, aliases=["southern Syria", "Sweida province", "Suwayda province"])
DARAA_PROV = R("Daraa province", 32.75, 36.1, 50, aliases=["Daraa", "Daraa province", "Dar‘ā"])
MAJDAL = S("Majdal Shams", 33.2688, 35.7699, aliases=["Majdal Shams"], approx=True)

d = Doc("ev13-15", "https://www.eastmedtimes-example.com/live/syria-sweida-israel-strikes-damascus-16-july-2025",
        "Syria live: Israel strikes Damascus as Sweida death toll climbs",
        "2025-07-16T20:05:00+03:00", """Syria live: Israel strikes Damascus as Sweida death toll climbs
Live updates - last update 16 July 2025, 20:05 Damascus time

19:40
Israeli strikes hit the entrance of the defence ministry compound in central Damascus and an area close to the presidential palace, Syrian state media report. The Syrian health ministry says three people were killed and 34 wounded in the capital.

17:15
The Israeli military says it has struck dozens of targets in southern Syria since Monday, including several tanks and rocket launchers it says were moving towards Sweida, to protect the Druze population there.

15:02
The Syrian Observatory for Human Rights, a UK-based war monitor, says the death toll from four days of fighting in Sweida province has risen to 248. The dead include 92 Druze fighters and 21 civilians who it says were shot dead by government-affiliated gunmen.

12:30
Syria's interior ministry says government forces will pull out of the city of Sweida under a new ceasefire, handing security to local Druze factions and clerics.

10:05
Residents tell us about 2,000 people have fled villages west of Sweida towards Daraa province over the past two days.

08:20
Hundreds of Druze protesters rallied in Majdal Shams, in the Israeli-annexed Golan Heights, calling on Israel to intervene. Some crossed the fence into Syria, according to Israeli media.

Good morning and welcome to our live coverage of the crisis in southern Syria.""", "Syria", "live blog (timestamps, newest first)", date="2025-07-16")
d.u("attack", None, DAMASCUS, ["Syrian state media", "state media", "health ministry"],
    "Israeli strikes hit the entrance of the defence ministry compound in central Damascus", sides=("other", "other", "israel"),
    note="Syrian transitional government: 'other'.")
d.u("killed", 3, DAMASCUS, ["Syrian health ministry", "health ministry"], "three people were killed and 34 wounded in the capital",
    sides=("other", None, "israel"))
d.u("wounded", 34, DAMASCUS, ["Syrian health ministry", "health ministry"], "three people were killed and 34 wounded in the capital",
    sides=("other", None, "israel"))
d.u("attack", None, S_SYRIA, ["Israeli military"], "it has struck dozens of targets in southern Syria since Monday", date="2025-07-14",
    sides=("israel", "other", "israel"), scope="cumulative")
d.u("materiel_lost", 3, S_SYRIA, ["Israeli military"], "including several tanks and rocket launchers", sides=("israel", "other", "israel"),
    note="vague 'several' tanks -> 3")
d.u("killed", 248, S_SYRIA, ["Syrian Observatory for Human Rights", "SOHR"], "the death toll from four days of fighting in Sweida province has risen to 248",
    sides=("other", None, None), scope="cumulative")
d.u("killed", 92, S_SYRIA, ["Syrian Observatory for Human Rights", "SOHR"], "The dead include 92 Druze fighters", sides=("other", "armed_groups", "other"),
    scope="cumulative", note="Druze factions: armed_groups; government-affiliated gunmen: other.")
d.u("killed", 21, S_SYRIA, ["Syrian Observatory for Human Rights", "SOHR"], "21 civilians who it says were shot dead by government-affiliated gunmen",
    sides=("other", "civilian", "other"), scope="cumulative")
d.u("territory", None, SWEIDA, ["Syria's interior ministry", "interior ministry"], "government forces will pull out of the city of Sweida",
    sides=("other", "other", "armed_groups"), opt=True, mod="warned", note="Announced (future) withdrawal: hypothetical, optional.")
d.u("displaced", 2000, SWEIDA, ["Residents"], "about 2,000 people have fled villages west of Sweida towards Daraa province",
    date="2025-07-15", sides=("other", "civilian", None))
d.u("protest", 100, MAJDAL, None, "Hundreds of Druze protesters rallied in Majdal Shams", sides=(None, None, None))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-16 Ethiopia (Amhara), analysis
LALIBELA = S("Lalibela", 12.03219, 39.04756, "Lalibela")
GONDAR = S("Gondar", 12.6, 37.46667, "Gonder", aliases=["Gonder", "Gondar"])
DEBRE_TABOR = S("Debre Tabor", 11.85, 38.01667, "Debre Tabor")
DANGILA = S("Dangila", 11.2667, 36.8333, aliases=["Dangla"], approx=True)
GOJJAM = R("Gojjam", 10.6, 37.6, 120, aliases=["Gojjam", "East Gojjam", "West Gojjam"])
DEBRE_BIRHAN = S("Debre Birhan", 9.68, 39.53, aliases=["Debre Berhan"], approx=True)
AMHARA = R("Amhara", 11.6, 38.0, 300, aliases=["Amhara", "Amhara region"])
BAHIR_DAR = S("Bahir Dar", 11.59364, 37.39077, "Bahir Dar")

d = Doc("ev13-16", "https://www.africaaffairs-example.com/analysis/ethiopia-amhara-fano-insurgency-two-years",
        "Two years on, Ethiopia's war in Amhara has no end in sight",
        "2025-10-02T07:00:00Z", """ANALYSIS | Ethiopia

Two years on, Ethiopia's war in Amhara has no end in sight

When Fano militiamen rode into Lalibela in August 2023 and briefly held the town and its rock-hewn churches, many in Addis Ababa assumed the uprising would burn out within months. Days later they also fought their way into parts of Gondar, before federal troops drove them back with air power.

More than two years later the insurgency has instead spread across most of the region. Fano, a loose network of Amhara nationalist militias that once fought beside the federal army against Tigrayan forces, now controls much of the countryside, while the army holds the towns.

The government's answer has relied heavily on drones. In August a strike on a minibus on the road outside Debre Tabor killed 11 passengers, residents said; the army said it had hit a Fano vehicle. The UN human rights office says it has documented at least 690 civilian deaths in Amhara since the start of the year, many of them in drone strikes.

Fighting has also come to the towns. Last month Fano units claimed to have seized Dangila, west of Bahir Dar, for a day and freed prisoners from the local jail. The government said its forces had "cleared" the town within hours. The army said in September that it had killed 316 Fano fighters and captured 82 in operations across Gojjam.

Kidnappings have become a business. In July, gunmen abducted 32 bus passengers near Debre Birhan, on the main road north from the capital, local officials said; families were asked for ransoms.

Regional officials say more than 300,000 people have been displaced by the conflict. Fano commanders have threatened to march on Bahir Dar, the regional capital, though few analysts think they have the weapons to do so.""", "Ethiopia (Amhara)", "analysis piece with history paragraphs")
d.u("territory", None, LALIBELA, None, "When Fano militiamen rode into Lalibela in August 2023 and briefly held the town", date="2023-08",
    sides=(None, "other", "armed_groups"), note="History paragraph. Fano: armed_groups; federal army: other.")
d.u("territory", None, GONDAR, None, ["they also fought their way into parts of Gondar", "before federal troops drove them back"], date="2023-08",
    sides=(None, "other", "armed_groups"))
d.u("attack", None, GONDAR, None, "before federal troops drove them back with air power", opt=True, date="2023-08", sides=(None, "armed_groups", "other"),
    note="Air power implied; no strike named.")
d.u("attack", None, DEBRE_TABOR, ["residents"], ["a strike on a minibus on the road outside Debre Tabor", "the army said it had hit a Fano vehicle"],
    date="2025-08", sides=("other", "civilian", "other"))
d.u("killed", 11, DEBRE_TABOR, ["residents"], "killed 11 passengers", date="2025-08", sides=("other", "civilian", "other"))
d.u("killed", 690, AMHARA, ["UN human rights office"], "at least 690 civilian deaths in Amhara since the start of the year",
    sides=("other", "civilian", None), scope="cumulative")
d.u("territory", None, DANGILA, ["Fano units", "Fano", "government"], ["Fano units claimed to have seized Dangila",
                                                                     "its forces had \"cleared\" the town within hours"],
    date="2025-09", sides=("armed_groups", "other", "armed_groups"), note="Dangila coordinates approximate; government retakes it (same unit).")
d.u("killed", 316, GOJJAM, ["army"], "it had killed 316 Fano fighters and captured 82", date="2025-09", sides=("other", "armed_groups", "other"))
d.u("captured", 82, GOJJAM, ["army"], "it had killed 316 Fano fighters and captured 82", date="2025-09", sides=("other", "armed_groups", "other"))
d.u("abducted", 32, DEBRE_BIRHAN, ["local officials"], "gunmen abducted 32 bus passengers near Debre Birhan", date="2025-07",
    sides=("other", "civilian", None), note="Debre Birhan coordinates approximate.")
d.u("displaced", 300000, AMHARA, ["Regional officials"], "more than 300,000 people have been displaced by the conflict",
    sides=("other", "civilian", None), scope="cumulative")
d.u("territory", None, BAHIR_DAR, ["Fano commanders"], "Fano commanders have threatened to march on Bahir Dar", opt=True,
    sides=("armed_groups", "other", "armed_groups"), mod="warned", note="Threat.")
DOCS.append(d)
