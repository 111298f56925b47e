"""ev14-08 .. ev14-14: Syria, Myanmar, DR Congo, Mali, Burkina Faso, Nigeria, Somalia."""
from lib import P, U
from docs_a import doc

# ---------------------------------------------------------------- places
Sweida = P("Sweida", 32.70896, 36.56951, geoname="As-Suwayda", aliases=["Suwayda", "As-Suwayda", "Sweida province"], region=True, radius=40)
SweidaCity = P("Sweida", 32.70896, 36.56951, geoname="As-Suwayda", aliases=["Suwayda", "As-Suwayda", "Sweida city"])
Highway = P("Damascus-Sweida highway", 33.1, 36.4, aliases=["Sweida", "Damascus"], region=True, radius=50)
Damascus = P("Damascus", 33.5102, 36.29128, geoname="Damascus")
Mazraa = P("al-Mazraa", 32.78152, 36.47838, geoname="Al Mazra‘ah", aliases=["Mazraa", "Al Mazra'ah", "Walgha"])
SweidaTrib = P("Sweida", 32.70896, 36.56951, geoname="As-Suwayda", aliases=["Suwayda"], region=True, radius=40)

MraukU = P("Mrauk-U", 20.59, 93.19062, geoname="Mrauk U", aliases=["Mrauk U", "Myohaung"])
Rakhine = P("Rakhine State", 20.0, 93.5, aliases=["Rakhine"], region=True, radius=250)
Kyaukphyu = P("Kyaukphyu", 19.42793, 93.55134, geoname="Kyaukpyu", aliases=["Kyaukpyu"])
Bhamo = P("Bhamo", 24.25256, 97.23357, geoname="Bhamo")
Myanmar = P("Myanmar", 21.0, 96.0, aliases=["Myanmar", "Burma"], region=True, radius=900)
Mogok = P("Mogok", 22.91766, 96.50982, geoname="Mogok")
Kyaukme = P("Kyaukme", 22.5392, 97.03434, geoname="Kyaukme")

Komanda = P("Komanda", 1.365, 29.765, aliases=["Ituri"])
Lubero = P("Lubero", -0.15837, 29.23859, geoname="Lubero", aliases=["Lubero territory"], region=True, radius=60)
Goma = P("Goma", -1.67409, 29.22845, geoname="Goma")
Bukavu = P("Bukavu", -2.49077, 28.84281, geoname="Bukavu")
Walungu = P("Walungu", -2.63, 28.67, aliases=["South Kivu"])
Rutshuru = P("Rutshuru", -1.18666, 29.44669, geoname="Rutshuru")
DRC = P("DR Congo", -2.5, 23.5, aliases=["Congo", "Democratic Republic of Congo"], region=True, radius=1000)

Diboli = P("Diboli", 14.47, -12.18, aliases=["Kayes", "Kayes-Diboli road"])
Dioura = P("Dioura", 14.85, -5.35, aliases=["Diura"])
KayesReg = P("Kayes region", 14.0, -10.5, aliases=["Kayes", "Nioro", "Bamako"], region=True, radius=250)
WMali = P("western Mali", 13.5, -9.5, aliases=["Mali"], region=True, radius=350)

Djibo = P("Djibo", 14.09864, -1.62665, geoname="Djibo")
Diapaga = P("Diapaga", 12.0729, 1.78835, geoname="Diapaga")
Namponkore = P("Namponkoré", 11.73748, 1.77718, geoname="Namponkoré", aliases=["Namponkore"])
Burkina = P("Burkina Faso", 12.3, -1.6, aliases=["Burkina Faso", "Burkina"], region=True, radius=450)

Papiri = P("Papiri", 10.62, 4.63, aliases=["Agwara", "Niger State"])
Maga = P("Maga", 11.4, 5.15, aliases=["Kebbi State", "Kebbi"])
MalamFatori = P("Malam Fatori", 13.6746, 13.33952, geoname="Mallam Fatori", aliases=["Mallam Fatori"])
Konduga = P("Konduga", 11.65331, 13.41787, geoname="Konduga")
Nigeria = P("Nigeria", 9.6, 8.1, aliases=["Nigeria"], region=True, radius=600)
Chibok = P("Chibok", 10.87, 12.85, aliases=["Borno"])

AdanYabaal = P("Adan Yabaal", 3.35, 45.9, aliases=["Aden Yabaal", "Adan Yabal", "Middle Shabelle"])
Moqokori = P("Moqokori", 4.05, 45.75, aliases=["Moqokorey", "Hiiraan"])
Sabiid = P("Sabiid", 2.08, 45.03, aliases=["Anole", "Sabid"])
Shabelle = P("Shabelle", 2.6, 45.2, aliases=["Middle Shabelle", "Lower Shabelle"], region=True, radius=150)
Mogadishu = P("Mogadishu", 2.03711, 45.34375, geoname="Mogadishu", aliases=["Aden Adde international airport"])
Bay = P("Bay region", 3.11383, 43.6498, aliases=["Bay", "Baidoa"], region=True, radius=120)
Golis = P("Golis mountains", 10.8, 49.6, aliases=["Golis", "Cal Miskaad", "Puntland"], region=True, radius=80)

# ---------------------------------------------------------------- ev14-08 Syria, analysis
doc(8, "https://www.levantreview.example.com/analysis/2025/07/24/sweida-after-the-ceasefire",
    "After Sweida, can Damascus hold the south together?", "2025-07-24", """
ANALYSIS | SYRIA

After Sweida, can Damascus hold the south together?

The week of killing in Syria's Druze heartland has exposed how thin the new government's authority remains, and how far Israel is prepared to go

By Leila Haddad, Middle East correspondent
24 July 2025 | 8 min read

The ceasefire that took hold in Sweida on Sunday has, so far, held. But the fighting that preceded it has left the mainly Druze province traumatised, its capital scarred and its relationship with the authorities in Damascus in ruins.

It began on 13 July with the abduction of a Druze vegetable trader on the highway between Damascus and Sweida, which set off a chain of tit-for-tat kidnappings between Druze militias and Bedouin clans. When government troops were sent in two days later, officially to separate the two sides, many of them were accused of executing Druze civilians in the city and in surrounding villages.

The Syrian Observatory for Human Rights, a UK-based monitor, said on Wednesday that it had documented 1,311 deaths since the fighting began, among them 196 Druze civilians it said were summarily executed by members of the security forces. The interior ministry has given no overall toll, though it said on Tuesday that 24 of its personnel had been killed.

Israel, which says it is protecting the Druze, intervened forcefully. Its jets pounded government tanks on the approaches to Sweida and, on 16 July, struck the defence ministry headquarters and an area near the presidential palace in Damascus. Syria's health ministry said three people were killed and 34 wounded in the Damascus strikes.

Government forces pulled out of Sweida city on 17 July under a US-brokered arrangement, only for Bedouin tribal fighters to storm villages on the province's western edge the next day. Tribal leaders claimed to have taken al-Mazraa and Walgha; Druze factions said they had retaken both by the weekend.

The humanitarian toll is heavy. The International Organization for Migration estimates that 145,000 people have been displaced within the province and into neighbouring Daraa and rural Damascus since 13 July. Some 1,500 Bedouin families were bussed out of the city under the truce, according to the state news agency SANA.

A province apart

For most of the civil war that began in 2011, Sweida was spared the worst. Its Druze community, around 700,000 people, negotiated a measure of autonomy and refused to let its young men be conscripted into Bashar al-Assad's army. An Islamic State raid in July 2018, which killed more than 200 people in the province, remains the bloodiest single day in its recent history.

When rebels led by Hayat Tahrir al-Sham swept into Damascus in December 2024, ending more than five decades of Assad family rule, Sweida's leaders welcomed the change but balked at handing over their weapons. Distrust deepened after the sectarian killings on the Alawite coast in March.

What happens next depends partly on Israel. Its officials say they will not allow government heavy weapons south of Damascus, and Defence Minister Israel Katz warned on Wednesday that the army would strike Sweida again "with full force" if government troops returned.

For President Ahmed al-Sharaa, the choice is stark: negotiate a form of self-rule with Sweida's religious leaders, or risk a permanent Israeli veto over what his army can do in the south.
""", [
    U("abducted", None, Highway, None,
      "the abduction of a Druze vegetable trader on the highway between Damascus and Sweida",
      "2025-07-13", "-/civilian/-", note="Place is a highway: region with aliases."),
    U("killed", 1311, Sweida, ["Syrian Observatory for Human Rights", "SOHR"],
      "it had documented 1,311 deaths since the fighting began", "2025-07-23", "other/-/-", scope="cumulative"),
    U("killed", 196, Sweida, ["Syrian Observatory for Human Rights", "SOHR"],
      "among them 196 Druze civilians it said were summarily executed by members of the security forces",
      "2025-07-23", "other/civilian/other", scope="cumulative"),
    U("killed", 24, Sweida, ["interior ministry"], "it said on Tuesday that 24 of its personnel had been killed",
      "2025-07-22", "other/other/-", scope="cumulative"),
    U("attack", None, SweidaTrib, None,
      ["Its jets pounded government tanks on the approaches to Sweida",
       'the army would strike Sweida again "with full force" if government troops returned'],
      "2025-07", "-/other/israel", note="The Katz threat is the same place unit (warned record)."),
    U("attack", None, Damascus, None,
      "struck the defence ministry headquarters and an area near the presidential palace in Damascus",
      "2025-07-16", "-/other/israel"),
    U("killed", 3, Damascus, ["Syria's health ministry", "health ministry"],
      "three people were killed and 34 wounded in the Damascus strikes", "2025-07-16", "other/-/israel"),
    U("wounded", 34, Damascus, ["Syria's health ministry", "health ministry"],
      "three people were killed and 34 wounded in the Damascus strikes", "2025-07-16", "other/-/israel"),
    U("territory", None, SweidaCity, None, "Government forces pulled out of Sweida city on 17 July",
      "2025-07-17", "-/other/-"),
    U("territory", None, Mazraa, ["Tribal leaders", "Druze factions"],
      ["Tribal leaders claimed to have taken al-Mazraa and Walgha",
       "Druze factions said they had retaken both by the weekend"],
      "2025-07-18", "armed_groups/armed_groups/armed_groups",
      note="Walgha lies a few km from al-Mazraa: one unit. Both sides' claims share it."),
    U("displaced", 145000, Sweida, ["International Organization for Migration", "IOM"],
      "145,000 people have been displaced within the province and into neighbouring Daraa and rural Damascus since 13 July",
      "2025-07-24", "other/-/-", scope="cumulative", basis="published"),
    U("displaced", 1500, Sweida, ["SANA", "state news agency"],
      "Some 1,500 Bedouin families were bussed out of the city under the truce", "2025-07", "other/civilian/-",
      opt=True, note="Counts families, not people."),
    U("killed", 200, Sweida, None, "An Islamic State raid in July 2018, which killed more than 200 people in the province",
      "2018-07", "-/-/armed_groups", opt=True, note="History paragraph."),
    U("territory", None, Damascus, None, "When rebels led by Hayat Tahrir al-Sham swept into Damascus in December 2024",
      "2024-12", "-/other/armed_groups", opt=True, note="History paragraph."),
])

# ---------------------------------------------------------------- ev14-09 Myanmar, scraped page
doc(9, "https://www.ayeyarpost.example.com/news/burma/rakhine/air-strike-on-rakhine-hospital-kills-31",
    "Air strike on Rakhine hospital kills 31, Arakan Army says", "2025-12-11T09:30:00Z", """
Skip to main content
Menu | Search | Subscribe | Burmese edition
We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. [Accept all] [Manage preferences]
NEWS  >  BURMA  >  RAKHINE
Air strike on Rakhine hospital kills 31, Arakan Army says
By Ayeyar Post reporters | 11 December 2025
+12 View gallery
Rescuers search the ruins of the general hospital in Mrauk-U on Thursday. (Photo: AA Info Desk)
Rescuers search the ruins of the general hospital in Mrauk-U on Thursday. (Photo: AA Info Desk)
A military jet bombed the general hospital in Mrauk-U late on Wednesday, killing 31 people, including patients and two nurses, and injuring 68 others, according to the Arakan Army (AA), which has controlled the town since February 2024.
Share: Facebook | X | Telegram | Copy link
The AA's information desk said two 500-pound bombs struck the main ward at around 11pm, when about 300 patients and relatives were inside. A local rescue worker told the Ayeyar Post that volunteers had pulled 29 bodies from the rubble by Thursday noon and that the toll was likely to rise.
The junta's information team did not answer questions. State media made no mention of the hospital but reported that the air force had "carried out precision strikes on terrorist targets" in Rakhine State.
Read more: Junta steps up air raids ahead of December poll
The hospital was the only one still functioning in Mrauk-U and the neighbouring townships of Minbya and Kyauktaw, residents said.
▶ Watch: Drone footage of the aftermath   00:00 / 02:13   Loading video player...
Elsewhere in Rakhine, the AA said its fighters had surrounded the last army positions around the deep-sea port town of Kyaukphyu, where China is building an oil and gas terminal, and had seized 14 military vehicles and an artillery piece in fighting since late November. The claims could not be independently confirmed.
In Kachin State, the Kachin Independence Army (KIA) said its siege of Bhamo, which began in November 2024, was continuing and that junta aircraft had bombed the town's northern wards three times this week. The KIA says more than 2,000 regime soldiers have been killed or captured around Bhamo since its offensive began.
More than 3.6 million people are now internally displaced across Myanmar, according to the UN refugee agency, most of them uprooted since the military seized power in a coup in February 2021.
The junta is holding a phased general election starting on 28 December, which opposition groups and many Western governments have dismissed as a sham. Voting will not take place in large parts of Rakhine, Kachin and Sagaing.
Advertisement
RELATED STORIES
• TNLA agrees to hand back Mogok under China-brokered deal
• Kyaukme retaken by junta after months of fighting
• Families of Sagaing air strike victims still waiting for answers
Support independent journalism from Myanmar. Become a member from $5 a month. [Join now]
© 2025 Ayeyar Post. All rights reserved. | Privacy | Terms
""", [
    U("killed", 31, MraukU, ["Arakan Army", "AA"],
      ["killing 31 people, including patients and two nurses, and injuring 68 others",
       "Air strike on Rakhine hospital kills 31, Arakan Army says"],
      "2025-12-10", "resistance/civilian/myanmar_junta", note="Headline repeats the toll; AA counted as 'resistance'."),
    U("killed", 2, MraukU, ["Arakan Army", "AA"], "including patients and two nurses", "2025-12-10",
      "resistance/civilian/myanmar_junta"),
    U("wounded", 68, MraukU, ["Arakan Army", "AA"], "and injuring 68 others", "2025-12-10",
      "resistance/civilian/myanmar_junta"),
    U("attack", None, MraukU, ["Arakan Army", "AA", "AA's information desk"],
      ["A military jet bombed the general hospital in Mrauk-U late on Wednesday",
       "two 500-pound bombs struck the main ward at around 11pm",
       "Air strike on Rakhine hospital kills 31",
       "Rescuers search the ruins of the general hospital in Mrauk-U on Thursday"],
      "2025-12-10", "resistance/civilian/myanmar_junta", note="Caption printed twice; kept as evidence."),
    U("affected", 300, MraukU, ["AA's information desk", "Arakan Army", "AA"],
      "when about 300 patients and relatives were inside", "2025-12-10", "resistance/civilian/myanmar_junta"),
    U("killed", 29, MraukU, ["local rescue worker", "rescue worker"],
      "volunteers had pulled 29 bodies from the rubble by Thursday noon", "2025-12-10",
      "other/civilian/myanmar_junta"),
    U("territory", None, MraukU, None, "which has controlled the town since February 2024", "2024-02",
      "-/myanmar_junta/resistance", opt=True, note="Standing control, background."),
    U("attack", None, Rakhine, ["State media"],
      'the air force had "carried out precision strikes on terrorist targets" in Rakhine State',
      "2025-12-11", "myanmar_junta/resistance/myanmar_junta", opt=True, basis="published",
      note="Unnamed targets across a state."),
    U("territory", None, Kyaukphyu, ["Arakan Army", "AA"],
      "its fighters had surrounded the last army positions around the deep-sea port town of Kyaukphyu",
      "2025-12-11", "resistance/myanmar_junta/resistance", basis="published"),
    U("materiel_lost", 14, Kyaukphyu, ["Arakan Army", "AA"],
      "had seized 14 military vehicles and an artillery piece in fighting since late November",
      "2025-12-11", "resistance/myanmar_junta/resistance", scope="cumulative", basis="published",
      note="item vehicle"),
    U("materiel_lost", 1, Kyaukphyu, ["Arakan Army", "AA"], "an artillery piece in fighting since late November",
      "2025-12-11", "resistance/myanmar_junta/resistance", scope="cumulative", basis="published", opt=True,
      note="item artillery; implicit count of one."),
    U("territory", None, Bhamo, ["Kachin Independence Army", "KIA"],
      "its siege of Bhamo, which began in November 2024, was continuing", "2025-12-11",
      "resistance/myanmar_junta/resistance", basis="published"),
    U("attack", None, Bhamo, ["Kachin Independence Army", "KIA"],
      "junta aircraft had bombed the town's northern wards three times this week", "2025-12-11",
      "resistance/resistance/myanmar_junta"),
    U("killed", 2000, Bhamo, ["Kachin Independence Army", "KIA"],
      "more than 2,000 regime soldiers have been killed or captured around Bhamo", "2025-12-11",
      "resistance/myanmar_junta/resistance", opt=True, scope="cumulative", basis="published",
      note="Killed and captured combined."),
    U("captured", 2000, Bhamo, ["Kachin Independence Army", "KIA"],
      "more than 2,000 regime soldiers have been killed or captured around Bhamo", "2025-12-11",
      "resistance/myanmar_junta/resistance", opt=True, scope="cumulative", basis="published",
      note="Killed and captured combined."),
    U("displaced", 3600000, Myanmar, ["UN refugee agency", "UNHCR"],
      "More than 3.6 million people are now internally displaced across Myanmar", "2025-12-11",
      "other/-/-", scope="cumulative", basis="published"),
    U("attack", None, P("Sagaing", 21.87944, 95.97972, aliases=["Sagaing Region"], region=True, radius=150), None,
      "Families of Sagaing air strike victims still waiting for answers", "2025", "-/civilian/myanmar_junta",
      opt=True, note="Related-stories link (page noise)."),
    U("territory", None, Mogok, None, "TNLA agrees to hand back Mogok under China-brokered deal", "2025",
      "-/resistance/myanmar_junta", opt=True, note="Related-stories link (page noise)."),
    U("territory", None, Kyaukme, None, "Kyaukme retaken by junta after months of fighting", "2025",
      "-/resistance/myanmar_junta", opt=True, note="Related-stories link (page noise)."),
])

# ---------------------------------------------------------------- ev14-10 DR Congo, wire
doc(10, "https://equatorwire.example.com/world/africa/congo-komanda-church-attack-adf",
    "Rebels kill dozens at church vigil in eastern Congo", "2025-07-28T11:10:00Z", """
KINSHASA, July 28 (Equator Wire) - Fighters from the Allied Democratic Forces (ADF) stormed a Catholic church in Komanda, in eastern Congo's Ituri province, during an overnight prayer vigil early on Sunday, killing at least 38 worshippers, a civil society leader said.

Dieudonné Duranthabo, the civil society coordinator in Komanda, told Equator Wire that survivors had counted 38 bodies inside and around the church compound and that several nearby houses and shops had been burnt. "We are still looking for people," he said, adding that 12 parishioners were unaccounted for.

The army's spokesman in Ituri, Lieutenant Jules Ngongo, put the death toll at 21. He said the attackers had come from a stronghold about 12 km from Komanda and had fled before troops arrived. The UN peacekeeping mission, MONUSCO, said in a statement that it had recorded 43 deaths, including nine children, and that at least 15 injured people had been taken to hospital in Bunia.

The ADF, a Ugandan rebel group that pledged allegiance to Islamic State in 2019, has killed thousands of civilians in Ituri and North Kivu over the past decade. Earlier this month, at least 66 people were killed in raids on villages in the Lubero area of North Kivu, the United Nations said.

The attack came as Kinshasa tries to end a separate war with the M23 rebels, who seized Gomain January and Bukavu in February. The Congolese government and the M23 signed a declaration of principles in Doha on July 19, but fighting has continued in the hills of South Kivu.

On Sunday, the M23 said it had repelled an attack by the Congolese army and allied Wazalendo militias on its positions around Walungu, south-west of Bukavu, and had captured 17 soldiers. The army did not comment. Wazalendo commanders said they had driven the rebels back from two villages, which they did not name.

The government's human rights ministry said on Saturday that M23 fighters had abducted 11 health workers from a clinic in Rutshuru this month. The rebels rejected the accusation as "pure fabrication".

Congo's government accuses Rwanda of backing the M23 with troops and weapons, a charge Kigali denies.
""", [
    U("killed", 38, Komanda, ["civil society leader", "Dieudonné Duranthabo", "civil society coordinator"],
      ["killing at least 38 worshippers", "survivors had counted 38 bodies inside and around the church compound"],
      "2025-07-27", "other/civilian/armed_groups", note="ADF counted as armed_groups. Coordinates approximate."),
    U("attack", None, Komanda, ["civil society leader", "Dieudonné Duranthabo", "MONUSCO", "army"],
      ["Fighters from the Allied Democratic Forces (ADF) stormed a Catholic church in Komanda",
       "the attackers had come from a stronghold about 12 km from Komanda"],
      "2025-07-27", "other/civilian/armed_groups"),
    U("missing", 12, Komanda, ["Dieudonné Duranthabo", "civil society coordinator"],
      "12 parishioners were unaccounted for", "2025-07-27", "other/civilian/armed_groups"),
    U("killed", 21, Komanda, ["Jules Ngongo", "army's spokesman", "army"], "put the death toll at 21",
      "2025-07-27", "drc_army/civilian/armed_groups"),
    U("killed", 43, Komanda, ["MONUSCO", "UN peacekeeping mission"], "it had recorded 43 deaths, including nine children",
      "2025-07-27", "other/civilian/armed_groups"),
    U("killed", 9, Komanda, ["MONUSCO", "UN peacekeeping mission"], "including nine children", "2025-07-27",
      "other/civilian/armed_groups"),
    U("wounded", 15, Komanda, ["MONUSCO", "UN peacekeeping mission"],
      "at least 15 injured people had been taken to hospital in Bunia", "2025-07-27",
      "other/civilian/armed_groups", note="The only wounded figure given."),
    U("killed", 1000, P("eastern Congo", 0.5, 29.5, aliases=["Ituri", "North Kivu"], region=True, radius=250), None,
      "has killed thousands of civilians in Ituri and North Kivu over the past decade", "2025-07-28",
      "-/civilian/armed_groups", opt=True, scope="cumulative", basis="published", note="Vague 'thousands', background."),
    U("killed", 66, Lubero, ["United Nations", "UN"],
      "at least 66 people were killed in raids on villages in the Lubero area of North Kivu", "2025-07",
      "other/-/armed_groups"),
    U("attack", None, Lubero, ["United Nations", "UN"], "raids on villages in the Lubero area of North Kivu",
      "2025-07", "other/civilian/armed_groups"),
    U("territory", None, Goma, None, "who seized Gomain January and Bukavu in February", "2025-01",
      "-/drc_army/m23", note="'Gomain' is 'Goma in' with the space lost."),
    U("territory", None, Bukavu, None, "who seized Gomain January and Bukavu in February", "2025-02",
      "-/drc_army/m23"),
    U("attack", None, Walungu, ["M23"],
      "it had repelled an attack by the Congolese army and allied Wazalendo militias on its positions around Walungu",
      "2025-07-27", "m23/m23/drc_army", note="Coordinates approximate."),
    U("captured", 17, Walungu, ["M23"], "had captured 17 soldiers", "2025-07-27", "m23/drc_army/m23"),
    U("territory", None, P("South Kivu villages", -2.63, 28.67, aliases=["Walungu"], region=True, radius=30),
      ["Wazalendo commanders", "Wazalendo"], "they had driven the rebels back from two villages", "2025-07-27",
      "other/m23/other", opt=True, note="Villages not named."),
    U("abducted", None, Rutshuru, ["human rights ministry", "government's human rights ministry"],
      ["M23 fighters had abducted 11 health workers from a clinic in Rutshuru this month",
       'The rebels rejected the accusation as "pure fabrication"'],
      "2025-07", "drc_army/civilian/m23", mod="denied"),
])

# ---------------------------------------------------------------- ev14-11 Mali, translated JNIM post
doc(11, "https://sahelmonitor.example.org/translations/2025-09-19-jnim-diboli-dioura",
    "JNIM claims ambush on fuel convoy near Diboli and capture of Dioura post (translation)", "2025-09-20", """
SAHEL MONITOR | Translations

[Translation from Arabic of a statement released by the az-Zallaqa media foundation of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) on 19 September 2025. Formatting follows the original. Translated by Sahel Monitor staff.]

Jama'at Nusrat al-Islam wal-Muslimin
Az-Zallaqa Foundation for Media Production

News of victory from the land of Mali

By the grace of Allah, on Thursday, 26 Rabi' al-Awwal 1447, the mujahideen of the Jama'at ambushed a convoy of fuel tankers escorted by the army of the Bamako junta and the Russian mercenaries on the road between Kayes and Diboli, close to the border with Senegal.

The brothers burned 42 tankers and set fire to 9 military vehicles of the escort, and killed 16 apostate soldiers, while the rest fled in disgrace. Two of our brothers were martyred in the operation; we ask Allah to accept them.

The brothers also seized as booty 3 pickup trucks mounted with heavy machine guns, and a quantity of ammunition.

On the same day, the mujahideen stormed the military post in Dioura and took full control of it after the apostates fled, capturing 4 soldiers.

We renew our warning to drivers and transport companies: any tanker carrying fuel for the junta towards Bamako will be a target, and no truck will travel the roads of Kayes and Nioro until the siege is complete.

Praise be to Allah, Lord of the Worlds.

---
Translator's note: Mali's armed forces (FAMa) said in a communiqué on Friday that a convoy had been "attacked near Diboli" and that its escort "repelled the terrorists", killing "about 20 assailants". The army said it had lost no soldiers and made no mention of tankers. Neither account could be verified independently. Since JNIM announced a blockade of fuel imports in early September, Sahel Monitor has counted at least 110 tankers destroyed on roads in western Mali.

Related: JNIM's fuel blockade, explained | Map: attacks on the Dakar-Bamako corridor
""", [
    U("attack", None, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa", "FAMa", "Mali's armed forces"],
      ["the mujahideen of the Jama'at ambushed a convoy of fuel tankers escorted by the army of the Bamako junta and the Russian mercenaries on the road between Kayes and Diboli",
       'a convoy had been "attacked near Diboli"'],
      "2025-09-18", "armed_groups/other/armed_groups",
      note="Statement presented by a monitor: attributed to JNIM. Coordinates approximate."),
    U("materiel_lost", 42, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      "The brothers burned 42 tankers", "2025-09-18", "armed_groups/other/armed_groups", note="item fuel_tank"),
    U("materiel_lost", 9, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      "set fire to 9 military vehicles of the escort", "2025-09-18", "armed_groups/other/armed_groups"),
    U("killed", 16, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      ["killed 16 apostate soldiers", "The army said it had lost no soldiers"],
      "2025-09-18", "armed_groups/other/armed_groups", mod="denied", note="FAMa says it lost no soldiers."),
    U("killed", 2, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      "Two of our brothers were martyred in the operation", "2025-09-18", "armed_groups/armed_groups/other"),
    U("materiel_lost", 3, Diboli, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      "seized as booty 3 pickup trucks mounted with heavy machine guns", "2025-09-18",
      "armed_groups/other/armed_groups", note="Captured materiel."),
    U("territory", None, Dioura, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"],
      "the mujahideen stormed the military post in Dioura and took full control of it", "2025-09-18",
      "armed_groups/other/armed_groups", note="Coordinates approximate."),
    U("attack", None, Dioura, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"],
      "the mujahideen stormed the military post in Dioura", "2025-09-18", "armed_groups/other/armed_groups",
      opt=True, note="Ground assault."),
    U("captured", 4, Dioura, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"], "capturing 4 soldiers",
      "2025-09-18", "armed_groups/other/armed_groups"),
    U("attack", None, KayesReg, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"],
      "any tanker carrying fuel for the junta towards Bamako will be a target", "2025-09-19",
      "armed_groups/other/armed_groups", mod="warned", opt=True, note="Threat."),
    U("killed", 20, Diboli, ["FAMa", "Mali's armed forces", "army"], 'killing "about 20 assailants"',
      "2025-09-18", "other/armed_groups/other"),
    U("territory", None, WMali, ["JNIM"], "JNIM announced a blockade of fuel imports in early September", "2025-09",
      "armed_groups/other/armed_groups", opt=True, note="Blockade over a region."),
    U("materiel_lost", 110, WMali, ["Sahel Monitor"],
      "Sahel Monitor has counted at least 110 tankers destroyed on roads in western Mali", "2025-09-20",
      "other/other/armed_groups", scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-12 Burkina Faso, army communique (own voice)
doc(12, "https://www.defense-bf.example.gov/communiques/2025/047-djibo",
    "Communiqué No. 047/2025 of the Armed Forces General Staff", "2025-05-14", """
BURKINA FASO
Ministry of Defence and Veterans Affairs
Armed Forces General Staff

COMMUNIQUÉ No. 047/2025/FABF/EMG
(Unofficial English translation)

Ouagadougou, 14 May 2025

The Chief of the General Staff of the Armed Forces informs national and international opinion of the following.

On Sunday 11 May 2025, from the early hours of the morning, hordes of terrorists numbering several hundred launched a coordinated assault on the town of Djibo, aimed in particular at the detachment of the 14th Rapid Intervention Battalion and the positions of the Volunteers for the Defence of the Homeland (VDP).

Thanks to the courage of the men on the ground and the decisive support of the air component, the assault was contained and then repelled. The enemy suffered heavy losses: more than 200 terrorists were neutralised, and 23 motorcycles and 4 pick-up vehicles were recovered or destroyed, along with a large quantity of weapons.

Regrettably, we mourn the loss of 17 of our valiant soldiers and VDP, while 31 others were wounded and are receiving appropriate care. The General Staff bows before the memory of the fallen.

At the same time, another armed group tried to attack the town of Diapaga in the East region. It was scattered by air strikes near Namponkoré, some 35 km to the south, where dozens of terrorist bodies were counted.

The General Staff formally denies the images and figures spread on social networks by so-called propaganda channels, which falsely claim that the town of Djibo has fallen and that more than 100 soldiers were killed. These are pure lies intended to demoralise the population. Djibo remains under the full control of the Defence and Security Forces.

Since the start of the year, operations by our forces have neutralised more than 1,800 terrorists and freed 312 hostages held in various localities.

The Chief of the General Staff calls on the population to remain vigilant and to report any suspicious movement by calling the free number 1010.

Homeland or death, we shall overcome!
""", [
    U("attack", None, Djibo, None,
      ["launched a coordinated assault on the town of Djibo", "the assault was contained and then repelled"],
      "2025-05-11", "-/other/armed_groups", note="Own-voice communique; Burkina army is 'other'."),
    U("killed", 200, Djibo, None, "more than 200 terrorists were neutralised", "2025-05-11",
      "-/armed_groups/other"),
    U("materiel_lost", 23, Djibo, None, "23 motorcycles and 4 pick-up vehicles were recovered or destroyed",
      "2025-05-11", "-/armed_groups/other", note="item vehicle"),
    U("materiel_lost", 4, Djibo, None, "4 pick-up vehicles were recovered or destroyed", "2025-05-11",
      "-/armed_groups/other", note="item vehicle"),
    U("killed", 17, Djibo, None, "we mourn the loss of 17 of our valiant soldiers and VDP", "2025-05-11",
      "-/other/armed_groups"),
    U("wounded", 31, Djibo, None, "31 others were wounded and are receiving appropriate care", "2025-05-11",
      "-/other/armed_groups"),
    U("attack", None, Diapaga, None, "another armed group tried to attack the town of Diapaga", "2025-05-11",
      "-/other/armed_groups", opt=True, note="Attempted attack, dispersed before reaching the town."),
    U("attack", None, Namponkore, None, "It was scattered by air strikes near Namponkoré", "2025-05-11",
      "-/armed_groups/other"),
    U("killed", 12, Namponkore, None, "dozens of terrorist bodies were counted", "2025-05-11",
      "-/armed_groups/other", note="vague 'dozens' -> 12"),
    U("territory", None, Djibo, ["propaganda channels", "so-called propaganda channels", "social networks"],
      ["falsely claim that the town of Djibo has fallen",
       "Djibo remains under the full control of the Defence and Security Forces"],
      "2025-05-11", "armed_groups/other/armed_groups", mod="denied",
      note="Claim attributed to 'propaganda channels', denied by the General Staff."),
    U("killed", 100, Djibo, ["propaganda channels", "so-called propaganda channels", "social networks"],
      "more than 100 soldiers were killed", "2025-05-11", "armed_groups/other/armed_groups", mod="denied"),
    U("killed", 1800, Burkina, None, "operations by our forces have neutralised more than 1,800 terrorists",
      "2025-05-14", "-/armed_groups/other", scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-13 Nigeria, wire
doc(13, "https://westafricawire.example.com/nigeria/papiri-school-abduction-niger-state",
    "Gunmen seize pupils from Catholic school in Nigeria's Niger State", "2025-11-22T14:00:00Z", """
MINNA, Nigeria, Nov 22 (West Africa Wire) - Gunmen abducted 215 pupils and 12 teachers from a Catholic boarding school in Papiri, a remote farming community in Nigeria's Niger State, before dawn on Friday, the Christian Association of Nigeria (CAN) said, the second mass school kidnapping in the country in a week.

Niger State police said in a statement that the attackers had stormed St Mary's school at around 2 a.m. and that a security guard had been shot and badly wounded. Police gave a lower figure, saying 52 pupils had been taken, and said tactical units were combing nearby forests.

Bishop Bulus Yohanna, who oversees the school, told reporters on Saturday that 50 of the children had escaped on their own and had been reunited with their families.

On Monday, gunmen raided a government girls' secondary school in Maga, in neighbouring Kebbi State, killing the vice-principal and seizing 25 schoolgirls. The army said on Thursday it had rescued nine of them.

In the northeast, Islamic State West Africa Province (ISWAP) fighters overran a military base in Malam Fatori, near the border with Niger, on Wednesday night, two soldiers told West Africa Wire, saying at least 11 troops had been killed and the base commander was missing. The army said its troops had "strategically repositioned" and later retook the base with air support, killing "scores of terrorists".

Separately, a suicide bomber killed four people at a crowded market in Konduga, near the Borno state capital Maiduguri, on Thursday evening, police said, adding that 16 others were wounded.

Kidnapping for ransom has become an industry across north-west and north-central Nigeria. SBM Intelligence, a Lagos-based consultancy, recorded 4,722 people abducted in 997 incidents between July 2024 and June 2025, with ransom demands totalling more than 2.5 billion naira.

The kidnappings revive memories of the 2014 abduction of 276 schoolgirls from Chibok by Boko Haram. Around 90 of them are still missing, according to Amnesty International.
""", [
    U("abducted", None, Papiri, ["Christian Association of Nigeria", "CAN", "Niger State police", "police"],
      ["Gunmen abducted 215 pupils and 12 teachers from a Catholic boarding school in Papiri",
       "52 pupils had been taken"],
      "2025-11-21", "other/civilian/-", note="Coordinates approximate (near Agwara)."),
    U("attack", None, Papiri, ["Niger State police", "police"], "the attackers had stormed St Mary's school at around 2 a.m.",
      "2025-11-21", "other/civilian/-", opt=True, note="Raid for the abduction."),
    U("wounded", 1, Papiri, ["Niger State police", "police"], "a security guard had been shot and badly wounded",
      "2025-11-21", "other/civilian/-", opt=True, note="Implicit count of one."),
    U("abducted", None, Maga, None,
      "gunmen raided a government girls' secondary school in Maga, in neighbouring Kebbi State, killing the vice-principal and seizing 25 schoolgirls",
      "2025-11-17", "-/civilian/-", note="Coordinates approximate."),
    U("killed", 1, Maga, None, "killing the vice-principal", "2025-11-17", "-/civilian/-"),
    U("territory", None, MalamFatori, ["two soldiers", "soldiers", "army"],
      ["Islamic State West Africa Province (ISWAP) fighters overran a military base in Malam Fatori",
       "later retook the base with air support"],
      "2025-11-19", "other/other/armed_groups", note="Base overrun, then retaken by the army (same place unit)."),
    U("attack", None, MalamFatori, ["two soldiers", "soldiers"],
      "fighters overran a military base in Malam Fatori", "2025-11-19", "other/other/armed_groups", opt=True),
    U("killed", 11, MalamFatori, ["two soldiers", "soldiers"], "at least 11 troops had been killed",
      "2025-11-19", "other/other/armed_groups"),
    U("missing", 1, MalamFatori, ["two soldiers", "soldiers"], "the base commander was missing", "2025-11-19",
      "other/other/armed_groups"),
    U("killed", 20, MalamFatori, ["army"], 'killing "scores of terrorists"', "2025-11-19",
      "other/armed_groups/other", opt=True, note="vague 'scores'"),
    U("killed", 4, Konduga, ["police"], "a suicide bomber killed four people at a crowded market in Konduga",
      "2025-11-20", "other/-/-"),
    U("wounded", 16, Konduga, ["police"], "adding that 16 others were wounded", "2025-11-20", "other/-/-"),
    U("attack", None, Konduga, ["police"], "a suicide bomber killed four people at a crowded market in Konduga",
      "2025-11-20", "other/civilian/-"),
    U("abducted", None, Nigeria, ["SBM Intelligence"],
      "recorded 4,722 people abducted in 997 incidents between July 2024 and June 2025", "2025-06",
      "other/-/-", opt=True, scope="cumulative", note="Countrywide count."),
    U("abducted", None, Chibok, None, "the 2014 abduction of 276 schoolgirls from Chibok by Boko Haram", "2014",
      "-/civilian/armed_groups", opt=True, note="History."),
    U("missing", 90, Chibok, ["Amnesty International"], "Around 90 of them are still missing", "2025-11-22",
      "other/civilian/armed_groups", opt=True, scope="cumulative", basis="published", note="History."),
])

# ---------------------------------------------------------------- ev14-14 Somalia, wire
doc(14, "https://hornwire.example.com/somalia/al-shabaab-adan-yabaal-2025-04-17",
    "Al-Shabaab seizes central Somali town of Adan Yabaal", "2025-04-17T16:25:00Z", """
MOGADISHU, April 17 (Horn Wire) - Al-Shabaab militants captured the strategic town of Adan Yabaal in central Somalia on Wednesday after government troops and allied clan militias pulled out, residents and a military officer said, the group's biggest gain in a renewed offensive.

The town in Middle Shabelle region had served as a forward base for Somali forces since they drove al-Shabaab out in December 2022 during a government offensive backed by US air power and African Union troops.

"We withdrew after fighting for hours. They came with hundreds of fighters and two car bombs," said an officer who asked not to be named. He said at least nine soldiers had been killed.

Al-Shabaab said in a statement carried by its Andalus radio that it had killed 47 soldiers and seized six armoured vehicles and a large amount of weapons. The group warned that Jowhar, the regional capital, would be its next target. Information Minister Daud Aweis called the figures "lies" and said troops had made a "tactical withdrawal" to spare civilians.

The fall of Adan Yabaal follows the militants' capture of Moqokori in Hiiraan region last month and of a string of villages along the Shabelle river, including Sabiid and Anole, less than 50 km from the capital.

Residents of Adan Yabaal said hundreds of families had fled towards Mahaday and Jowhar. The UN humanitarian office says about 73,000 people have been displaced in Middle and Lower Shabelle since Feb. 20.

In Mogadishu, mortar rounds fired by the militants struck near Aden Adde international airport on Tuesday, wounding three people, police said. Al-Shabaab said it had targeted a base of the African Union mission, AUSSOM, inside the airport zone.

The Somali military said on Thursday it had carried out an operation with "international partners" in the Bay region, killing 30 al-Shabaab fighters, including a senior commander. Separately, U.S. Africa Command said it had conducted an air strike against Islamic State fighters in the Golis mountains of Puntland on Monday, and that no civilians were hurt.

Somalia has been mired in conflict since the collapse of Siad Barre's government in 1991. The African Union has about 11,000 troops in the country under AUSSOM, which replaced a previous mission in January.
""", [
    U("territory", None, AdanYabaal, ["residents", "military officer", "officer"],
      ["Al-Shabaab militants captured the strategic town of Adan Yabaal in central Somalia on Wednesday",
       "The fall of Adan Yabaal",
       'troops had made a "tactical withdrawal" to spare civilians',
       "We withdrew after fighting for hours",
       "since they drove al-Shabaab out in December 2022"],
      "2025-04-16", "other/other/armed_groups",
      note="Coordinates approximate. The 2022 recapture (background) falls in the same place unit."),
    U("attack", None, AdanYabaal, ["officer", "military officer"],
      "They came with hundreds of fighters and two car bombs", "2025-04-16", "other/other/armed_groups"),
    U("killed", 9, AdanYabaal, ["officer", "military officer"], "at least nine soldiers had been killed",
      "2025-04-16", "other/other/armed_groups"),
    U("killed", 47, AdanYabaal, ["Al-Shabaab", "Andalus radio"], "it had killed 47 soldiers", "2025-04-16",
      "armed_groups/other/armed_groups", mod="denied", note="Minister calls the figures lies."),
    U("materiel_lost", 6, AdanYabaal, ["Al-Shabaab", "Andalus radio"], "seized six armoured vehicles",
      "2025-04-16", "armed_groups/other/armed_groups", mod="denied", note="item armoured_vehicle"),
    U("attack", None, P("Jowhar", 2.78087, 45.50048, geoname="Jawhar", aliases=["Jawhar"]), ["Al-Shabaab", "The group"],
      "The group warned that Jowhar, the regional capital, would be its next target", "2025-04-17",
      "armed_groups/other/armed_groups", mod="warned", basis="published", note="Threat after the claimed toll."),
    U("territory", None, Moqokori, None, "the militants' capture of Moqokori in Hiiraan region last month",
      "2025-03", "-/other/armed_groups", note="Coordinates approximate."),
    U("territory", None, Sabiid, None,
      "a string of villages along the Shabelle river, including Sabiid and Anole", "2025-04-17",
      "-/other/armed_groups", basis="published", note="Anole lies next to Sabiid: one unit. Coordinates approximate."),
    U("displaced", 100, AdanYabaal, ["Residents"], "hundreds of families had fled towards Mahaday and Jowhar",
      "2025-04-16", "other/civilian/armed_groups", opt=True, note="Families, vague."),
    U("displaced", 73000, Shabelle, ["UN humanitarian office"],
      "about 73,000 people have been displaced in Middle and Lower Shabelle since Feb. 20", "2025-04-17",
      "other/-/-", scope="cumulative", basis="published"),
    U("attack", None, Mogadishu, ["police", "Al-Shabaab"],
      ["mortar rounds fired by the militants struck near Aden Adde international airport on Tuesday",
       "Al-Shabaab said it had targeted a base of the African Union mission, AUSSOM, inside the airport zone"],
      "2025-04-15", "other/other/armed_groups"),
    U("wounded", 3, Mogadishu, ["police"], "wounding three people, police said", "2025-04-15", "other/-/armed_groups"),
    U("killed", 30, Bay, ["Somali military"], "killing 30 al-Shabaab fighters, including a senior commander",
      "2025-04-17", "other/armed_groups/other"),
    U("killed", 1, Bay, ["Somali military"], "including a senior commander", "2025-04-17", "other/armed_groups/other",
      opt=True, note="Implicit count of one, subset of the 30."),
    U("attack", None, Golis, ["U.S. Africa Command", "Africa Command", "AFRICOM"],
      "it had conducted an air strike against Islamic State fighters in the Golis mountains of Puntland on Monday",
      "2025-04-14", "united_states/armed_groups/united_states", note="Mountain range: region, approximate."),
])
