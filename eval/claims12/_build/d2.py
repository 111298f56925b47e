from common import doc, U
doc("ev12-07", "https://www.example-wire.com/world/middle-east/lebanon-israel-strikes-2024-10-09", "Israeli strikes across southern Lebanon kill 22; Hezbollah rockets hit Kiryat Shmona", "2024-10-09",
"Israel-Lebanon", "wire copy with dateline",
"Israeli strikes on Nabatieh, Bint Jbeil, Khiam; Hezbollah rockets on Kiryat Shmona; ministry cumulative toll; launch count",
"""
BEIRUT, Oct 9 (Wire) - Israeli warplanes pounded towns across southern Lebanon overnight, killing 22 people, Lebanon's health ministry said on Wednesday, while Hezbollah fired rockets at the northern Israeli town of Kiryat Shmona.

The ministry said strikes on Nabatieh, Bint Jbeil and the outskirts of Khiam killed 22 and wounded 65. In Nabatieh alone, a strike on a residential building killed seven members of one family, the state news agency NNA reported.

Israel's military said it had struck about 120 Hezbollah targets in the previous 24 hours, including rocket launchers and weapons depots in the Bekaa Valley. It said two of its soldiers were killed in fighting in southern Lebanon on Tuesday, bringing the number of troops killed in the ground operation to 11.

Hezbollah said it had fired "a barrage of 85 rockets" at Kiryat Shmona and at army positions in the Galilee. Israeli police said two people were lightly injured by shrapnel. The group also claimed to have destroyed three Merkava tanks near the border village of Maroun al-Ras, which the Israeli military said was "not true".

Since Israel escalated its campaign on Sept 23, more than 1,200,000 people have fled their homes in Lebanon, the government says. The ministry's cumulative toll since October 2023 stands at 2,141 dead.

Brent crude rose 1.2% to $77.80 a barrel on concerns about the wider region.
""", [
U("attack",None,"southleb",["Lebanon's health ministry"],"Israeli warplanes pounded towns across southern Lebanon overnight",s=("other",None,"israel")),
U("killed",22,"southleb",["Lebanon's health ministry","The ministry"],["killing 22 people, Lebanon's health ministry said","killed 22 and wounded 65"],s=("other",None,"israel")),
U("wounded",65,"southleb",["The ministry","Lebanon's health ministry"],"killed 22 and wounded 65",s=("other",None,"israel")),
U("attack",None,"nabatieh",["The ministry","NNA"],["strikes on Nabatieh, Bint Jbeil and the outskirts of Khiam","a strike on a residential building killed seven"],s=("other","civilian","israel")),
U("attack",None,"bintjbeil",["The ministry"],"strikes on Nabatieh, Bint Jbeil and the outskirts of Khiam",s=("other",None,"israel")),
U("attack",None,"khiam",["The ministry"],"strikes on Nabatieh, Bint Jbeil and the outskirts of Khiam",s=("other",None,"israel")),
U("killed",7,"nabatieh",["NNA","the state news agency NNA"],"killed seven members of one family",s=("other","civilian","israel"),note="state news agency -> other"),
U("attack",None,"bekaa",["Israel's military"],"weapons depots in the Bekaa Valley",s=("israel","hezbollah","israel"),note="120 targets is a count of targets, not a unit"),
U("killed",2,"southleb",["Israel's military"],"two of its soldiers were killed in fighting in southern Lebanon on Tuesday",w="2024-10-08",s=("israel","israel","hezbollah")),
U("killed",11,"southleb",["Israel's military"],"bringing the number of troops killed in the ground operation to 11",s=("israel","israel","hezbollah"),sc="cumulative"),
U("attack",None,"kiryat",["Hezbollah"],["Hezbollah fired rockets at the northern Israeli town of Kiryat Shmona","had fired \"a barrage of 85 rockets\" at Kiryat Shmona"],s=("hezbollah","israel","hezbollah"),note="85 rockets is a launch count, not a unit"),
U("attack",None,"galilee",["Hezbollah"],"army positions in the Galilee",opt=True,s=("hezbollah","israel","hezbollah")),
U("wounded",2,"kiryat",["Israeli police"],"two people were lightly injured by shrapnel",s=("israel","civilian","hezbollah"),note="Israeli police: an Israeli state body -> israel"),
U("materiel_lost",3,"southleb",["Hezbollah"],["claimed to have destroyed three Merkava tanks near the border village of Maroun al-Ras","the Israeli military said was \"not true\""],s=("hezbollah","israel","hezbollah"),note="Maroun al-Ras approximate via southern Lebanon; Israel denies"),
U("displaced",1200000,"lebanon",["the government"],"more than 1,200,000 people have fled their homes in Lebanon",s=("other","civilian","israel"),sc="cumulative"),
U("killed",2141,"lebanon",["The ministry"],"The ministry's cumulative toll since October 2023 stands at 2,141 dead",s=("other",None,"israel"),sc="cumulative"),
])

doc("ev12-08", "https://www.example-levant.net/en/news/2025/11/24/idf-strike-beirut-suburb", "IDF says it killed Hezbollah commander in Beirut strike; Lebanon says 5 dead", "2025-11-24",
"Israel-Lebanon", "news page with translated IDF and ministry statements, web noise",
"strike on Beirut southern suburbs; denial wording; Baalbek strike; threats",
"""
Subscribe to our newsletter | Log in | العربية

IDF says it killed Hezbollah commander in Beirut strike; Lebanon says 5 dead

Posted: November 24, 2025 · 4 min read · 3,418 views

An Israeli airstrike on a building in Haret Hreik, in Beirut's southern suburbs, killed five people and wounded 28 on Sunday, Lebanon's health ministry said, in the first such attack on the capital in months.

The Israeli military said in a statement that it had "eliminated" Haytham Ali Tabatabai, whom it described as Hezbollah's acting chief of staff. Hezbollah later confirmed his death.

"The IDF will continue to act against any attempt by Hezbollah to rebuild, anywhere in Lebanon," the statement added, warning that further strikes on Dahiyeh were possible.

Separately, an Israeli drone struck a car on the road between Baalbek and Hermel, killing one man, the state news agency said. In the south, the army said it had hit a Hezbollah weapons depot in the village of Yanouh near Tyre.

A Hezbollah official dismissed Israeli reports that a Hezbollah drone had targeted an army base near Metula on Saturday, saying the group "has not fired a single bullet" since the ceasefire. The Israeli military said the base had not been hit in any case.

Since the November 2024 truce took effect, Israeli strikes have killed more than 330 people in Lebanon, according to a tally by the health ministry.

READ MORE:
→ Lebanese pound steady at 89,500 to the dollar
→ Football: Nejmeh beat Ansar 2-1 in Beirut derby
""", [
U("attack",None,"beirut",["Lebanon's health ministry","Israeli military"],["An Israeli airstrike on a building in Haret Hreik, in Beirut's southern suburbs","the first such attack on the capital in months"],s=("other",None,"israel"),w="2025-11-23",note="Haret Hreik merges with Beirut under the 25 km rule"),
U("killed",5,"beirut",["Lebanon's health ministry"],["killed five people and wounded 28 on Sunday","Lebanon says 5 dead"],w="2025-11-23",s=("other",None,"israel")),
U("wounded",28,"beirut",["Lebanon's health ministry"],"killed five people and wounded 28 on Sunday",w="2025-11-23",s=("other",None,"israel")),
U("killed",1,"beirut",["The Israeli military","Israeli military","Hezbollah"],["it had \"eliminated\" Haytham Ali Tabatabai","Hezbollah later confirmed his death","killing one man, the state news agency said"],w="2025-11-23",s=("israel","hezbollah","israel"),note="the commander and the man in the Baalbek-Hermel car share (killed,1)"),
U("attack",None,"baalbek",["the state news agency"],"an Israeli drone struck a car on the road between Baalbek and Hermel",s=("other",None,"israel")),
U("attack",None,"tyre",["the army","Israeli military"],"it had hit a Hezbollah weapons depot in the village of Yanouh near Tyre",s=("israel","hezbollah","israel"),note="Yanouh approximate via Tyre"),
U("attack",None,"galilee",["Israeli reports"],["a Hezbollah drone had targeted an army base near Metula on Saturday","the base had not been hit in any case"],opt=True,w="2025-11-22",mod="denied",s=("israel","israel","hezbollah"),note="Hezbollah denies; Israeli military says not hit; Metula approximate via northern Israel"),
U("killed",330,"lebanon",["the health ministry"],"Israeli strikes have killed more than 330 people in Lebanon",s=("other",None,"israel"),sc="cumulative"),
])
