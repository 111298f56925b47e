from common import doc, U
doc("ev12-17", "https://www.example-ng.com/news/2025/03/iswap-overruns-malam-fatori-base", "ISWAP fighters overrun army base in Malam Fatori; Borno residents flee", "2025-03-26",
"Nigeria (Borno)", "Nigerian newspaper page with web noise",
"ISWAP overran base at Malam Fatori; soldiers killed; army account; Wajiroko; abducted; displaced; background",
"""
ISWAP fighters overrun army base in Malam Fatori; Borno residents flee

By Our Correspondent, Maiduguri | March 26, 2025 | 5:47 am

ADVERTISEMENT

Fighters of the Islamic State West Africa Province (ISWAP) on Monday night overran a military base in Malam Fatori, the headquarters of Abadam local government area near the border with Niger, killing at least five soldiers, military and local sources said.

The insurgents, who arrived in gun trucks and on motorcycles, torched the base's armoury and carted away weapons. Residents said the attack lasted nearly five hours before the troops pulled out toward Damasak.

"We lost five of our men and three others are missing; the camp has since been recaptured," a senior officer said, speaking on condition of anonymity. A statement by the army's spokesman, Onyema Nwachukwu, said troops, supported by the air component, had "neutralised scores of terrorists" and denied that any equipment had been lost.

Separately, Boko Haram gunmen abducted 11 women who had gone to collect firewood near Gwoza on Sunday, according to a local vigilante leader. In Wajiroko village, in Damboa, suspected insurgents killed a farmer and set fire to houses.

Some 1,500 residents of Malam Fatori and surrounding villages have since fled to Damasak and Monguno, the state emergency agency said.

Borno has been at the heart of the insurgency since 2009. The UN estimates that the conflict has killed more than 40,000 people and displaced about two million in the north-east.

Click here to join our WhatsApp channel
Related: Super Eagles beat Rwanda 2-0 in Uyo
""", [
U("territory",None,"malamfatori",["military and local sources","Residents"],["overran a military base in Malam Fatori","before the troops pulled out toward Damasak","the camp has since been recaptured"],w="2025-03-24",s=("other","other","armed_groups"),note="ISWAP -> armed_groups; Nigerian army -> other; recapture claim in same unit"),
U("killed",5,"malamfatori",["military and local sources","a senior officer"],["killing at least five soldiers","We lost five of our men"],w="2025-03-24",s=("other","other","armed_groups")),
U("attack",None,"malamfatori",["Residents"],["torched the base's armoury","the attack lasted nearly five hours"],w="2025-03-24",s=("other","other","armed_groups")),
U("missing",3,"malamfatori",["a senior officer"],"three others are missing",w="2025-03-24",s=("other","other","armed_groups")),
U("killed",20,"malamfatori",["Onyema Nwachukwu","the army's spokesman"],"\"neutralised scores of terrorists\"",opt=True,w="2025-03-24",s=("other","armed_groups","other"),note="scores -> optional 20"),
U("abducted",11,"gwoza",["a local vigilante leader"],"Boko Haram gunmen abducted 11 women who had gone to collect firewood near Gwoza on Sunday",w="2025-03-23",s=("other","civilian","armed_groups"),note="Boko Haram -> armed_groups"),
U("killed",1,"damboa",None,"suspected insurgents killed a farmer and set fire to houses",s=(None,"civilian","armed_groups"),note="Wajiroko approximate via Damboa"),
U("attack",None,"damboa",None,"In Wajiroko village, in Damboa, suspected insurgents killed a farmer",s=(None,"civilian","armed_groups")),
U("displaced",1500,"malamfatori",["the state emergency agency"],"Some 1,500 residents of Malam Fatori and surrounding villages have since fled to Damasak and Monguno",sc="cumulative",s=("other","civilian","armed_groups")),
U("killed",40000,"borno",["The UN"],"the conflict has killed more than 40,000 people",sc="cumulative",s=("other",None,None)),
U("displaced",2000000,"borno",["The UN"],"displaced about two million in the north-east",sc="cumulative",s=("other","civilian",None)),
])

doc("ev12-18", "https://www.example-horn.com/somalia/2025/04/shabaab-adan-yabaal", "Al-Shabaab retakes Adan Yabaal as Somali offensive unravels", "2025-04-17",
"Somalia", "news analysis with history paragraph",
"al-Shabaab takes Adan Yabaal and Moqokori; government claims; AU/US strikes; Mogadishu mortar; history 2022-23 offensive",
"""
Al-Shabaab retakes Adan Yabaal as Somali offensive unravels

MOGADISHU — Al-Shabaab fighters seized the town of Adan Yabaal in Middle Shabelle on Wednesday, two years after government troops and clan militias drove them out in what was billed as a turning point in the war.

Government forces withdrew before dawn after a suicide car bomb hit their forward base, residents said. The militant group's Radio Andalus claimed its fighters killed 46 soldiers and seized four military vehicles. The information ministry rejected that account, saying the withdrawal was "tactical" and that 70 militants had been killed in "heavy battles" on the outskirts.

The fall of Adan Yabaal follows the loss of Moqokori, in Hiiraan, which al-Shabaab stormed in March, and a string of villages along the Shabelle river. The group's fighters are now some 50 km from Jowhar, the state capital.

On Monday, mortar shells fired at Mogadishu's Halane airport zone landed in a nearby neighbourhood and wounded four civilians, police said. The US Africa Command said it conducted an air strike near Adan Yabaal in support of Somali forces, and that it assessed no civilians were harmed.

Some history: In August 2022, President Hassan Sheikh Mohamud declared "total war" on the group. By early 2023, government forces and Macawisley militias had retaken more than 200 towns and villages in Hiiraan and Middle Shabelle, including Adan Yabaal in December 2022.

Humanitarian agencies say about 100,000 people have been displaced by the renewed fighting since February.
""", [
U("territory",None,"adanyabaal",None,["Al-Shabaab fighters seized the town of Adan Yabaal in Middle Shabelle on Wednesday","Government forces withdrew before dawn","The fall of Adan Yabaal","Al-Shabaab retakes Adan Yabaal"],w="2025-04-16",s=(None,"other","armed_groups"),note="al-Shabaab -> armed_groups; Somali army -> other"),
U("attack",None,"adanyabaal",["residents"],["after a suicide car bomb hit their forward base","it conducted an air strike near Adan Yabaal"],w="2025-04-16",s=("other","other","armed_groups"),note="the US AFRICOM strike near the town is the same (attack, place) unit"),
U("killed",46,"adanyabaal",["Radio Andalus","al-Shabaab"],"claimed its fighters killed 46 soldiers",w="2025-04-16",s=("armed_groups","other","armed_groups")),
U("materiel_lost",4,"adanyabaal",["Radio Andalus"],"seized four military vehicles",w="2025-04-16",s=("armed_groups","other","armed_groups"),note="information ministry rejects the account"),
U("killed",70,"adanyabaal",["The information ministry","information ministry"],"70 militants had been killed",w="2025-04-16",s=("other","armed_groups","other")),
U("territory",None,"moqokori",None,["the loss of Moqokori, in Hiiraan, which al-Shabaab stormed in March"],w="2025-03",prec="month",s=(None,"other","armed_groups")),
U("territory",None,"shabelle",None,"a string of villages along the Shabelle river",opt=True,s=(None,"other","armed_groups"),note="unnamed villages"),
U("territory",None,"jowhar",None,"The group's fighters are now some 50 km from Jowhar",opt=True,mod="warned",s=(None,"other","armed_groups"),note="threat to Jowhar, not a change of control"),
U("attack",None,"mogadishu",["police"],"mortar shells fired at Mogadishu's Halane airport zone",w="2025-04-14",s=("other","civilian","armed_groups")),
U("wounded",4,"mogadishu",["police"],"wounded four civilians",w="2025-04-14",s=("other","civilian","armed_groups")),
U("territory",None,"hiiraan",None,"had retaken more than 200 towns and villages in Hiiraan and Middle Shabelle",opt=True,w="2023",prec="year",s=(None,"armed_groups","other"),note="history 2022-23"),
U("displaced",100000,"shabelle",["Humanitarian agencies"],"about 100,000 people have been displaced by the renewed fighting since February",sc="cumulative",s=("other","civilian",None)),
])

doc("ev12-19", "https://www.example-caribbean.com/haiti/2025/04/gangs-mirebalais-prison", "Haiti gangs storm Mirebalais, free hundreds of inmates", "2025-04-01",
"Haiti", "scraped news page with web noise",
"Viv Ansanm gangs take Mirebalais, prison break; killed; displaced; Kenscoff attacks; protest in Port-au-Prince; cumulative UN tolls",
"""
Cookie settings | Accept all

Haiti gangs storm Mirebalais, free hundreds of inmates

March 31, 2025 — updated April 1, 2025

+8 View gallery

Smoke rises over Mirebalais on Monday. Photo: handout
Smoke rises over Mirebalais on Monday. Photo: handout

Gunmen from the Viv Ansanm gang coalition stormed the central Haitian town of Mirebalais on Monday, attacking the police station and the civil prison and freeing some 529 inmates, the justice ministry said.

At least 10 people were killed, including two police officers and a nun, local officials said. The gangs torched homes and the town's main market; the UN migration agency IOM said more than 5,000 residents fled toward Lascahobas and the Dominican border on Monday and Tuesday.

Police said on Tuesday that reinforcements had retaken the police station, but gang leaders posted videos from the town's central square. Prime Minister Alix Didier Fils-Aimé said the state "will not abandon Mirebalais" and promised that the town would be freed within days.

The assault came as gangs kept up attacks on Kenscoff, in the hills above Port-au-Prince, where at least 30 homes were burned last week. In the capital, hundreds of residents marched on Wednesday to demand that the government do more to stop gang violence; police fired tear gas outside the prime minister's office.

Gangs now control about 85% of Port-au-Prince, according to the UN. More than 1,500 people were killed across Haiti between January and March, and the number of displaced has passed 1,000,000 for the first time.

ADVERTISEMENT — Send money home to Haiti from $2.99

Most read: 1. Carnival photos  2. Earthquake drill  3. Gas prices hit 600 gourdes
""", [
U("territory",None,"mirebalais",["the justice ministry"],["Gunmen from the Viv Ansanm gang coalition stormed the central Haitian town of Mirebalais on Monday","Haiti gangs storm Mirebalais","reinforcements had retaken the police station"],w="2025-03-31",s=("haiti_government","haiti_government","gangs")),
U("attack",None,"mirebalais",["the justice ministry"],["attacking the police station and the civil prison","The gangs torched homes and the town's main market"],w="2025-03-31",s=("haiti_government","haiti_government","gangs")),
U("displaced",529,"mirebalais",["the justice ministry"],"freeing some 529 inmates",opt=True,w="2025-03-31",s=("haiti_government",None,"gangs"),note="freed prisoners: not displaced in the strict sense; optional"),
U("killed",10,"mirebalais",["local officials"],"At least 10 people were killed, including two police officers and a nun",w="2025-03-31",s=("haiti_government","civilian","gangs"),note="local officials -> haiti_government"),
U("killed",2,"mirebalais",["local officials"],"including two police officers",w="2025-03-31",s=("haiti_government","haiti_government","gangs")),
U("displaced",5000,"mirebalais",["the UN migration agency IOM","IOM"],"more than 5,000 residents fled toward Lascahobas and the Dominican border",w="2025-04-01",s=("other","civilian","gangs")),
U("attack",None,"kenscoff",None,"gangs kept up attacks on Kenscoff, in the hills above Port-au-Prince",s=(None,"civilian","gangs")),
U("materiel_lost",30,"kenscoff",None,"at least 30 homes were burned last week",opt=True,s=(None,"civilian","gangs"),note="houses are not military materiel; optional"),
U("protest",None,"pap",None,"hundreds of residents marched on Wednesday to demand that the government do more to stop gang violence",w="2025-03-26",s=(None,None,None),note="'Wednesday' before a Monday 31 March event read as 26 March"),
U("territory",None,"pap",["the UN"],"Gangs now control about 85% of Port-au-Prince",opt=True,sc="cumulative",s=("other","haiti_government","gangs"),note="control share"),
U("killed",1500,"haiti",["the UN"],"More than 1,500 people were killed across Haiti between January and March",w="2025-03",prec="month",sc="cumulative",s=("other",None,"gangs")),
U("displaced",1000000,"haiti",["the UN"],"the number of displaced has passed 1,000,000 for the first time",sc="cumulative",s=("other","civilian","gangs")),
])
