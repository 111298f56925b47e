from common import doc, U
doc("ev12-15", "https://www.example-sahel.info/burkina-djibo-attaque-jnim-2025-05", "Burkina Faso: JNIM claims assault on Djibo; junta says attackers 'neutralised'", "2025-05-14",
"Sahel (Burkina Faso)", "news page quoting translated group claim and army statement",
"JNIM assault on Djibo army camp; competing tolls; army denial wording; Diapaga; history 2022 Djibo blockade",
"""
Burkina Faso: JNIM claims assault on Djibo; junta says attackers 'neutralised'

Ouagadougou, 14 May 2025 — Fighters of the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked Djibo in the country's north at dawn on Sunday, overrunning several army posts before withdrawing in the afternoon, according to residents and security sources.

In a message carried by its al-Zallaqa media arm, JNIM said it had killed "more than 100" soldiers and auxiliaries of the Volunteers for the Defence of the Homeland (VDP), seized two armoured vehicles and burned a fuel depot. Two security sources told us that at least 60 soldiers and 40 civilians died, and that the regional command camp was briefly taken.

The army's communications office dismissed the group's figures as "propaganda aimed at demoralising the people" and said "dozens of terrorists were neutralised" by ground and air units. It did not give its own losses.

On the same day, a separate attack targeted Diapaga, in the east, where gunmen freed around 60 prisoners from the local jail, a local official said.

Djibo, a town of some 300,000 people including those displaced, was under a JNIM blockade for much of 2022 and 2023, during which the group cut its roads, blew up bridges and destroyed water points. Convoys carrying food were repeatedly ambushed; in September 2022, an attack on a supply convoy near Gaskindé killed 37 people.

Follow us on WhatsApp · Facebook · TikTok
""", [
U("attack",None,"djibo",["residents","security sources","JNIM"],["Fighters of the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked Djibo in the country's north at dawn on Sunday","JNIM claims assault on Djibo"],w="2025-05-11",s=("other","other","armed_groups")),
U("territory",None,"djibo",["security sources","Two security sources"],["overrunning several army posts before withdrawing in the afternoon","the regional command camp was briefly taken","was under a JNIM blockade for much of 2022 and 2023"],w="2025-05-11",s=("other","other","armed_groups")),
U("killed",100,"djibo",["JNIM","al-Zallaqa"],"it had killed \"more than 100\" soldiers",w="2025-05-11",s=("armed_groups","other","armed_groups"),note="army dismisses as propaganda; still a claimed unit"),
U("materiel_lost",2,"djibo",["JNIM"],"seized two armoured vehicles",w="2025-05-11",s=("armed_groups","other","armed_groups")),
U("materiel_lost",1,"djibo",["JNIM"],"burned a fuel depot",opt=True,w="2025-05-11",s=("armed_groups","other","armed_groups"),note="a depot, not equipment: optional"),
U("killed",60,"djibo",["Two security sources","security sources"],"at least 60 soldiers and 40 civilians died",w="2025-05-11",s=("other","other","armed_groups"),note="the Diapaga jailbreak's 60 freed prisoners is not a unit"),
U("killed",40,"djibo",["Two security sources"],"40 civilians died",w="2025-05-11",s=("other","civilian","armed_groups")),
U("killed",12,"djibo",["The army's communications office","army"],"\"dozens of terrorists were neutralised\"",w="2025-05-11",s=("other","armed_groups","other"),note="dozens -> 12; Burkina army -> other"),
U("attack",None,"diapaga",["a local official"],"a separate attack targeted Diapaga, in the east",w="2025-05-11",s=("other","other","armed_groups")),
U("killed",37,"djibo",None,"an attack on a supply convoy near Gaskindé killed 37 people",opt=True,w="2022-09",prec="month",s=(None,None,"armed_groups"),note="history 2022; Gaskindé approximate via Djibo"),
])

doc("ev12-16", "https://www.example-wire.com/world/africa/mali-fuel-blockade-2025-10-28", "Mali: jihadist fuel blockade tightens around Bamako", "2025-10-28",
"Sahel (Mali)", "wire copy with dateline",
"JNIM blockade; tankers torched; ambush near Kayes; foreigners abducted; army strikes claims",
"""
BAMAKO, Oct 28 (Wire) - Militants linked to al Qaeda have torched at least 40 fuel tankers on roads leading to Mali's capital in the past two months, officials and transport unions say, enforcing a blockade that has emptied petrol stations in Bamako and shut schools nationwide.

On Sunday, fighters of JNIM ambushed a convoy of about 100 trucks escorted by the army near Kati, destroying 15 tankers and killing at least five drivers, a union representative said. The army said in a statement that its escort had "vigorously repelled" the attack and that 12 assailants were killed.

JNIM has also been abducting foreigners. Two Emirati nationals and an Iranian were seized near Kayes in late September, and five Indian workers at an electrification project were kidnapped in the west of the country on 6 October, according to their employer. The group has demanded ransoms in the tens of millions of dollars for some hostages.

The Malian military said on Monday that air strikes near Nioro du Sahel had "neutralised several terrorist leaders".

The blockade started in September, when JNIM declared a ban on fuel imports from Senegal and Ivory Coast. A litre of petrol on the black market now costs up to 2,000 CFA francs, triple the official price.
""", [
U("materiel_lost",40,"bamako",["officials and transport unions","transport unions"],"have torched at least 40 fuel tankers on roads leading to Mali's capital in the past two months",sc="cumulative",s=("other","other","armed_groups"),note="tankers (item fuel_tank); roads to Bamako"),
U("attack",None,"kati",["a union representative"],"ambushed a convoy of about 100 trucks escorted by the army near Kati",w="2025-10-26",s=("other","other","armed_groups")),
U("materiel_lost",15,"kati",["a union representative"],"destroying 15 tankers",w="2025-10-26",s=("other","other","armed_groups")),
U("killed",5,"kati",["a union representative"],"killing at least five drivers",w="2025-10-26",s=("other","civilian","armed_groups")),
U("killed",12,"kati",["The army","army"],"12 assailants were killed",w="2025-10-26",s=("other","armed_groups","other")),
U("abducted",None,"kayes",None,"Two Emirati nationals and an Iranian were seized near Kayes in late September",w="2025-09",prec="month",s=(None,"other","armed_groups")),
U("abducted",None,"mali_west",["their employer"],"five Indian workers at an electrification project were kidnapped in the west of the country on 6 October",opt=True,w="2025-10-06",s=("other","civilian","armed_groups"),note="unnamed place (western Mali region); optional"),
U("attack",None,"nioro",["The Malian military","Malian military"],"air strikes near Nioro du Sahel had \"neutralised several terrorist leaders\"",w="2025-10-27",s=("other","armed_groups","other")),
U("killed",3,"nioro",["The Malian military"],"\"neutralised several terrorist leaders\"",w="2025-10-27",s=("other","armed_groups","other"),note="several -> 3"),
U("territory",None,"bamako",None,"enforcing a blockade that has emptied petrol stations in Bamako",opt=True,sc="cumulative",s=(None,"other","armed_groups"),note="blockade as siege-like control"),
])
