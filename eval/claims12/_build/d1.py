from common import doc, U
SR=("saf","rsf")
doc("ev12-01", "https://www.example-wire.com/world/africa/sudan-el-obeid-drone-2025-11-18", "Drone strike on El Obeid funeral kills 40 as RSF tightens grip on Kordofan", "2025-11-18",
"Sudan", "wire copy with dateline",
"RSF drone strike on a funeral in El Obeid; sieges of Dilling and Kadugli; RSF captured Babanusa garrison claim; SAF denial",
"""
EL OBEID, Sudan, Nov 18 (Wire) - A drone strike on a funeral gathering in El Obeid killed at least 40 people on Monday, local medics said, as the paramilitary Rapid Support Forces pressed their campaign across the Kordofan region.

The Sudan Doctors Network, a medical group that tracks casualties, blamed the RSF for the attack and said 19 of the dead were women. Another 37 mourners were wounded, several of them critically, according to the group.

The RSF did not respond to a request for comment. It has previously rejected responsibility for strikes on civilian targets.

The strike came a day after the army said it had repelled an assault on Dilling, a town in South Kordofan that the RSF and its allies have encircled since the summer. Kadugli, the state capital some 130 km to the south, also remains surrounded, and aid workers say food prices there have tripled.

"Our forces destroyed nine combat vehicles and killed dozens of the militia's fighters at the gates of Dilling," army spokesman Nabil Abdallah said in a statement.

The RSF, for its part, said on Telegram that it had taken full control of the army garrison in Babanusa, West Kordofan, after a siege of nearly two years. The army called the report false and said its 22nd Division was still holding its positions.

The war between the army and the RSF broke out in April 2023. More than 12 million people have been forced from their homes since then, according to United Nations figures, making it the world's largest displacement crisis.

A sack of sorghum in El Obeid now sells for about 90,000 Sudanese pounds, traders said.
""", [
U("killed",40,"obeid",["local medics","medics"],["A drone strike on a funeral gathering in El Obeid killed at least 40 people on Monday"],w="2025-11-17",s=("other","civilian","rsf")),
U("killed",19,"obeid",["Sudan Doctors Network"],"said 19 of the dead were women",w="2025-11-17",s=("other","civilian","rsf")),
U("wounded",37,"obeid",["Sudan Doctors Network"],"Another 37 mourners were wounded",w="2025-11-17",s=("other","civilian","rsf")),
U("wounded",3,"obeid",["Sudan Doctors Network"],"several of them critically",opt=True,w="2025-11-17",s=("other","civilian","rsf"),note="severity subset, 'several' -> 3"),
U("attack",None,"obeid",["Sudan Doctors Network","local medics"],["A drone strike on a funeral gathering in El Obeid","blamed the RSF for the attack"],w="2025-11-17",s=("other","civilian","rsf")),
U("attack",None,"dilling",["army","army spokesman Nabil Abdallah","Nabil Abdallah"],"it had repelled an assault on Dilling",w="2025-11-16",s=("saf","saf","rsf")),
U("territory",None,"dilling",None,"that the RSF and its allies have encircled since the summer",s=(None,"saf","rsf"),sc="cumulative"),
U("territory",None,"kadugli",None,"Kadugli, the state capital some 130 km to the south, also remains surrounded",s=(None,"saf","rsf"),sc="cumulative"),
U("materiel_lost",9,"dilling",["Nabil Abdallah","army spokesman Nabil Abdallah"],"Our forces destroyed nine combat vehicles",w="2025-11-16",s=("saf","rsf","saf")),
U("killed",12,"dilling",["Nabil Abdallah","army spokesman Nabil Abdallah"],"killed dozens of the militia's fighters at the gates of Dilling",w="2025-11-16",s=("saf","rsf","saf"),note="dozens -> 12"),
U("territory",None,"babanusa",["RSF","Rapid Support Forces"],["it had taken full control of the army garrison in Babanusa","The army called the report false"],s=("rsf","saf","rsf"),note="army denies; one unit, claimant is the asserting side"),
U("displaced",12000000,"sudan",["United Nations"],"More than 12 million people have been forced from their homes since then",s=("other","civilian",None),sc="cumulative",w="2025-11",prec="month"),
])

doc("ev12-02", "https://reliefweb.example.org/report/sudan/sudan-flash-update-no-7-kordofan-displacement", "Sudan: Kordofan Displacement - Flash Update No. 7 (as of 2 December 2025)", "2025-12-03",
"Sudan", "UN/OCHA flash update",
"displacement from Babanusa, En Nahud, Kadugli; cumulative toll; funding figures (not units)",
"""
SUDAN: Kordofan Displacement
Flash Update No. 7 | As of 2 December 2025

HIGHLIGHTS
• Some 41,000 people have fled En Nahud and surrounding villages since fighting reached the town on 24 November, IOM's Displacement Tracking Matrix (DTM) estimates.
• At least 2,300 families arrived in Kosti over the past week, most of them women and children.
• Humanitarian partners report that a convoy of 16 trucks carrying food was looted near Bara on 29 November; two drivers are missing.
• The 2025 Humanitarian Response Plan for Sudan, which seeks US$4.2 billion, is 28 per cent funded.

SITUATION OVERVIEW
Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) have shifted west and south across the three Kordofan states. Following the RSF takeover of El Fasher in late October, fighting intensified around Babanusa and En Nahud, and shelling was reported in Kadugli and Dilling, where an estimated 180,000 civilians are trapped with dwindling supplies.

According to local authorities, at least 23 civilians, including seven children, were killed when artillery shells hit the main market in Kadugli on 30 November. OCHA has not been able to verify the figures independently.

Since the start of the Kordofan escalation in October, DTM has recorded the displacement of more than 96,000 people across North, South and West Kordofan.

HUMANITARIAN RESPONSE
Partners distributed 1,250 tonnes of food and screened 8,400 children for malnutrition. Water trucking reaches some 15,000 people a day in Kosti.

For further information, please contact: ochasudan@example.org
""", [
U("displaced",41000,"nahud",["IOM's Displacement Tracking Matrix","DTM","IOM"],"Some 41,000 people have fled En Nahud and surrounding villages",s=("other","civilian",None),sc="cumulative",w="2025-12-02",prec="day",note="since 24 November; dated as of the update"),
U("displaced",2300,"kosti",None,"At least 2,300 families arrived in Kosti over the past week",s=(None,"civilian",None),opt=True,sc="cumulative",w="2025-12-02",note="counts families, not people"),
U("missing",2,"bara",["Humanitarian partners"],"two drivers are missing",w="2025-11-29",s=("other","other",None)),
U("attack",None,"bara",["Humanitarian partners"],"a convoy of 16 trucks carrying food was looted near Bara",opt=True,w="2025-11-29",s=("other","other",None),note="looting, not a strike: optional"),
U("materiel_lost",16,"bara",["Humanitarian partners"],"a convoy of 16 trucks carrying food was looted near Bara",opt=True,w="2025-11-29",s=("other","other",None),note="looted aid trucks: not military materiel; optional"),
U("territory",None,"fasher",None,"Following the RSF takeover of El Fasher in late October",w="2025-10",prec="month",s=(None,"saf","rsf")),
U("attack",None,"kadugli",["local authorities"],["shelling was reported in Kadugli and Dilling","when artillery shells hit the main market in Kadugli on 30 November"],w="2025-11-30",s=("other","civilian",None)),
U("attack",None,"dilling",None,"shelling was reported in Kadugli and Dilling",s=(None,"civilian",None)),
U("affected",180000,"kadugli",None,"where an estimated 180,000 civilians are trapped",s=(None,"civilian",None),sc="cumulative",note="trapped in Kadugli and Dilling together"),
U("killed",23,"kadugli",["local authorities"],"at least 23 civilians, including seven children, were killed",w="2025-11-30",s=("other","civilian",None)),
U("killed",7,"kadugli",["local authorities"],"including seven children",w="2025-11-30",s=("other","civilian",None)),
U("displaced",96000,"kordofan",["DTM","IOM's Displacement Tracking Matrix"],"DTM has recorded the displacement of more than 96,000 people",s=("other","civilian",None),sc="cumulative"),
U("territory",None,"nahud",None,"since fighting reached the town on 24 November",opt=True,w="2025-11-24",s=(None,None,None),note="fighting reached, not a capture"),
])

doc("ev12-03", "https://t.me/s/example_saf_media/4412", "Sudan Armed Forces statement on Bara; RSF reply", "2025-09-11",
"Sudan", "translated armed-group/ministry statements (Telegram)",
"SAF says it retook Bara; materiel list; captured fighters; RSF dismisses as propaganda; RSF claims drone downing",
"""
[Translated from Arabic]

Official Spokesman of the Sudanese Armed Forces — Statement No. 311
Thursday, 11 September 2025

In the name of God, the Most Gracious. Our heroic forces, supported by the Popular Resistance, today stormed the town of Bara in North Kordofan and cleansed it of the remnants of the terrorist Dagalo militia. During the battle the enemy lost 14 Land Cruiser combat vehicles, two armoured personnel carriers and a fuel truck, and 61 of its mercenaries were captured alive. More than 200 rebels were killed. Our forces lost nine martyrs, may God have mercy on them, and 31 were wounded.

Our forces will continue their advance until El Obeid road is fully secured and the siege of El Fasher is lifted.

Victory to the armed forces.

---

Rapid Support Forces — Media Office
Thursday, 11 September 2025

The claims of the Port Sudan army about Bara are cheap propaganda. Our forces withdrew tactically from some positions east of the town to spare civilians and remain in control of its western districts. Our air defences downed a Turkish-made Bayraktar drone over Um Sumeima this morning. The Burhan army's aircraft bombed the Bara market last week, killing 17 civilians, a crime we hold the Islamist leadership responsible for.

👁 18.4K   ↗ 212
""", [
U("territory",None,"bara",["Sudanese Armed Forces","Official Spokesman of the Sudanese Armed Forces"],["today stormed the town of Bara in North Kordofan","The claims of the Port Sudan army about Bara are cheap propaganda","Our forces withdrew tactically from some positions east of the town"],w="2025-09-11",s=("saf","rsf","saf"),note="RSF dismisses as propaganda but concedes a partial withdrawal; one unit, claimant the asserting side"),
U("materiel_lost",14,"bara",["Sudanese Armed Forces"],"the enemy lost 14 Land Cruiser combat vehicles",w="2025-09-11",s=("saf","rsf","saf")),
U("materiel_lost",2,"bara",["Sudanese Armed Forces"],"two armoured personnel carriers",w="2025-09-11",s=("saf","rsf","saf")),
U("materiel_lost",1,"bara",["Sudanese Armed Forces","Rapid Support Forces","RSF"],["and a fuel truck","Our air defences downed a Turkish-made Bayraktar drone"],w="2025-09-11",s=("saf","rsf","saf"),note="fuel truck (SAF claim) and the drone (RSF claim, victim saf) share the value 1: one unit"),
U("captured",61,"bara",["Sudanese Armed Forces"],"61 of its mercenaries were captured alive",w="2025-09-11",s=("saf","rsf","saf")),
U("killed",200,"bara",["Sudanese Armed Forces"],"More than 200 rebels were killed",w="2025-09-11",s=("saf","rsf","saf")),
U("killed",9,"bara",["Sudanese Armed Forces"],"Our forces lost nine martyrs",w="2025-09-11",s=("saf","saf","rsf")),
U("wounded",31,"bara",["Sudanese Armed Forces"],"and 31 were wounded",w="2025-09-11",s=("saf","saf","rsf")),
U("territory",None,"fasher",["Sudanese Armed Forces"],"until El Obeid road is fully secured and the siege of El Fasher is lifted",opt=True,s=("saf","saf","rsf"),mod="warned",note="future goal; siege implied"),
U("attack",None,"bara",["Rapid Support Forces","RSF"],"The Burhan army's aircraft bombed the Bara market last week",w="2025-09",prec="month",s=("rsf","civilian","saf"),note="'last week' -> early September; merges with Bara unit place-wise"),
U("killed",17,"bara",["Rapid Support Forces","RSF"],"killing 17 civilians",w="2025-09",prec="month",s=("rsf","civilian","saf")),
])

doc("ev12-04", "https://www.example-news.com/live/2025/jul/22/gaza-live-updates", "Gaza live: strikes on Gaza City and Nuseirat; health ministry toll passes 59,000", "2025-07-22",
"Gaza", "live blog, newest first",
"timestamped entries: strikes, aid-site shooting, cumulative toll, Israeli military statement, off-topic figures",
"""
Gaza live: strikes on Gaza City and Nuseirat
Updated 22 July 2025

16:42 BST
The Israeli military says one of its soldiers was killed and two others were seriously wounded by an explosive device in Khan Younis on Monday. An army spokesperson said troops were "operating against terrorist infrastructure" in the area.

15:10 BST
More on the strike in Nuseirat: civil defence crews pulled 11 bodies from the rubble of a three-storey house in the central camp, among them four children, spokesman Mahmoud Basal said. Rescuers believe several more people are still under the debris.

13:55 BST
Gaza's health ministry says the death toll in the territory since October 2023 has risen to 59,106, with 142,511 people wounded. In the past 24 hours, hospitals received 87 bodies, it said.

12:20 BST
Witnesses say Israeli fire killed at least 15 people who were waiting for food trucks near the Zikim crossing in the north of the strip. The Israeli military said it fired "warning shots" at a crowd that approached its forces and said it was not aware of any casualties.

10:05 BST
Overnight, Israeli aircraft pounded Gaza City's Shejaiya and Zeitoun neighbourhoods, residents told us. The Shifa hospital director said 21 people, including a family of six, were brought in dead.

09:30 BST
Welcome to our live coverage. A reminder that our reporters cannot enter Gaza independently; figures from both sides cannot be verified.

Advertisement
Sign up for the morning briefing — 250,000 readers already do.
""", [
U("killed",1,"khanyounis",["Israeli military","An army spokesperson"],"one of its soldiers was killed",w="2025-07-21",s=("israel","israel","hamas")),
U("wounded",2,"khanyounis",["Israeli military"],"two others were seriously wounded by an explosive device in Khan Younis",w="2025-07-21",s=("israel","israel","hamas")),
U("attack",None,"khanyounis",["Israeli military"],"an explosive device in Khan Younis",opt=True,w="2025-07-21",s=("israel","israel","hamas"),note="IED, debatable as attack"),
U("killed",11,"nuseirat",["civil defence","Mahmoud Basal"],"civil defence crews pulled 11 bodies from the rubble",s=("hamas","civilian","israel")),
U("killed",4,"nuseirat",["civil defence","Mahmoud Basal"],"among them four children",s=("hamas","civilian","israel")),
U("attack",None,"nuseirat",["civil defence","Mahmoud Basal"],["More on the strike in Nuseirat","strikes on Gaza City and Nuseirat"],s=("hamas","civilian","israel")),
U("missing",3,"nuseirat",["Rescuers"],"several more people are still under the debris",opt=True,s=("hamas","civilian","israel"),note="several -> 3; belief of rescuers"),
U("killed",59106,"gaza",["Gaza's health ministry"],"the death toll in the territory since October 2023 has risen to 59,106",s=("hamas",None,"israel"),sc="cumulative"),
U("wounded",142511,"gaza",["Gaza's health ministry"],"with 142,511 people wounded",s=("hamas",None,"israel"),sc="cumulative"),
U("killed",87,"gaza",["Gaza's health ministry"],"hospitals received 87 bodies",s=("hamas",None,"israel"),sc="cumulative",note="past 24 hours"),
U("killed",15,"gaza",["Witnesses"],["Israeli fire killed at least 15 people who were waiting for food trucks near the Zikim crossing"],s=("other","civilian","israel"),note="Zikim crossing, northern Gaza; approximate via Gaza Strip region"),
U("attack",None,"gaza",["Witnesses"],"Israeli fire killed at least 15 people who were waiting for food trucks",opt=True,s=("other","civilian","israel"),note="shooting near Zikim crossing; Israeli military says warning shots"),
U("attack",None,"gazacity",["residents"],["Israeli aircraft pounded Gaza City's Shejaiya and Zeitoun neighbourhoods","strikes on Gaza City and Nuseirat"],s=("other","civilian","israel")),
U("killed",21,"gazacity",["The Shifa hospital director","Shifa hospital director"],"said 21 people, including a family of six, were brought in dead",s=("hamas","civilian","israel")),
U("killed",6,"gazacity",["The Shifa hospital director"],"including a family of six",opt=True,s=("hamas","civilian","israel"),note="implicit subgroup"),
])

doc("ev12-05", "https://www.example-daily.co.uk/news/world/article-1452210/rafah-aid-site-shooting.html", "At least 27 killed near aid site in Rafah, say Gaza officials", "2025-06-03",
"Gaza", "scraped news page with web noise",
"aid distribution shooting near Rafah; Israeli military account; earlier incidents; cookie banner, gallery, related links",
"""
We use cookies to improve your experience. By continuing you accept our Privacy Policy. ACCEPT

HOME | NEWS | WORLD | SPORT | MONEY

At least 27 killed near aid site in Rafah, say Gaza officials

By Foreign Staff | Updated: 09:14 BST, 3 June 2025 | Comments (342)

+12 View gallery

Palestinians carry aid parcels along the coastal road near Rafah on Tuesday
Palestinians carry aid parcels along the coastal road near Rafah on Tuesday

At least 27 Palestinians were killed and more than 90 were wounded when Israeli troops opened fire near a food distribution hub west of Rafah early on Tuesday, Gaza's health ministry said.

It was the third deadly incident near the US-backed sites in as many days. On Sunday, 31 people were killed on the road to the same hub, according to the civil defence agency.

The Israeli military said its soldiers fired at "several suspects" who had left the designated route and advanced toward troops, and that it was reviewing reports of casualties. It dismissed the earlier Sunday figures as "false claims by Hamas".

ADVERTISEMENT

The Gaza Humanitarian Foundation, which runs the hubs, said it had handed out 2.1 million meals by Monday and insisted there had been no violence inside its perimeter.

Elsewhere, an airstrike on a tent in al-Mawasi killed a mother and her three children, Nasser hospital in Khan Younis said.

RELATED ARTICLES
Previous 1 2 3 Next
Aid ship nears Gaza coast as activists vow to break blockade
Hostage families rally in Tel Aviv for the 600th day

Share or comment on this article: 1.2k shares
""", [
U("killed",27,"rafah",["Gaza's health ministry","Gaza officials"],["At least 27 Palestinians were killed","At least 27 killed near aid site in Rafah"],s=("hamas",None,"israel")),
U("wounded",90,"rafah",["Gaza's health ministry"],"more than 90 were wounded",s=("hamas",None,"israel")),
U("attack",None,"rafah",["Gaza's health ministry"],"Israeli troops opened fire near a food distribution hub west of Rafah",s=("hamas",None,"israel")),
U("killed",31,"rafah",["civil defence agency","the civil defence agency"],["On Sunday, 31 people were killed on the road to the same hub","It dismissed the earlier Sunday figures"],w="2025-06-01",s=("hamas",None,"israel"),note="Israeli military rejects the figure; one unit"),
U("protest",None,"telaviv",None,"Hostage families rally in Tel Aviv for the 600th day",opt=True,s=(None,None,None),note="related-links headline (page noise); optional"),
U("killed",4,"mawasi",["Nasser hospital"],"killed a mother and her three children",opt=True,s=("hamas","civilian","israel"),note="implicit count 1+3"),
U("killed",3,"mawasi",["Nasser hospital"],"her three children",s=("hamas","civilian","israel")),
U("attack",None,"mawasi",["Nasser hospital"],"an airstrike on a tent in al-Mawasi",s=("hamas","civilian","israel")),
])

doc("ev12-06", "https://www.example-review.org/analysis/2025/03/west-bank-camps-emptied", "Analysis: Why the northern West Bank camps are emptying", "2025-03-10",
"West Bank", "analysis piece with history paragraphs",
"Israeli operation in Jenin, Tulkarm, Nur Shams; displacement; demolition; history (2002 Jenin battle)",
"""
Analysis: Why the northern West Bank camps are emptying

Seven weeks into the Israeli military's largest operation in the occupied West Bank in two decades, three refugee camps stand almost deserted.

The army launched the offensive, which it calls Iron Wall, with a raid on Jenin camp on 21 January. Within days bulldozers had moved into Tulkarm camp and, soon after, into nearby Nur Shams. UNRWA says about 40,000 Palestinians have been driven out of the three camps so far, the biggest displacement in the territory since 1967.

The Palestinian health ministry in Ramallah says at least 59 people have been killed in the northern West Bank since the operation began. Israel says most were militants; among the dead the ministry lists a two-year-old girl shot in her home in Jenin and a pregnant woman killed in Nur Shams.

Israeli officials say troops have killed more than 50 "terrorists" and detained 380 wanted men, and have destroyed roughly 100 buildings they said were used by armed groups. Defence Minister Israel Katz has said forces will stay in the camps "for the coming year" and that residents will not be allowed back.

History weighs heavily here. In April 2002, during the second intifada, a ten-day battle in Jenin camp left 52 Palestinians and 23 Israeli soldiers dead, according to a later UN report. Much of the camp's centre was levelled then, too.

Protesters marched through central Ramallah on Saturday demanding that the Palestinian Authority do more for the displaced families; several hundred took part.

On the economy, the closure of checkpoints has cost Palestinian businesses an estimated $1.6 million a day, according to the chamber of commerce.
""", [
U("attack",None,"jenin",None,["with a raid on Jenin camp on 21 January","a ten-day battle in Jenin camp"],w="2025-01-21",s=(None,None,"israel"),note="the 2002 battle in Jenin camp (history) falls in the same (attack, Jenin) unit"),
U("territory",None,"tulkarm",None,"bulldozers had moved into Tulkarm camp",opt=True,w="2025-01",prec="month",s=(None,None,"israel"),note="incursion; debatable territory"),
U("territory",None,"nurshams",None,"soon after, into nearby Nur Shams",opt=True,w="2025-02",prec="month",s=(None,None,"israel")),
U("displaced",40000,"westbank",["UNRWA"],"about 40,000 Palestinians have been driven out of the three camps so far",s=("other",None,"israel"),sc="cumulative"),
U("killed",59,"westbank",["The Palestinian health ministry","Palestinian health ministry"],"at least 59 people have been killed in the northern West Bank since the operation began",s=("other",None,"israel"),sc="cumulative",note="PA health ministry: no PA id in the allowed list -> other"),
U("killed",1,"jenin",["the ministry","Palestinian health ministry"],["a two-year-old girl shot in her home in Jenin","a pregnant woman killed in Nur Shams"],s=("other","civilian","israel"),note="two single deaths (Jenin, Nur Shams) collapse into one (killed,1) unit"),
U("killed",50,"westbank",["Israeli officials"],"troops have killed more than 50 \"terrorists\"",s=("israel","armed_groups","israel"),sc="cumulative",note="Palestinian armed groups in the West Bank -> armed_groups"),
U("materiel_lost",100,"westbank",["Israeli officials"],"have destroyed roughly 100 buildings they said were used by armed groups",opt=True,sc="cumulative",s=("israel","armed_groups","israel"),note="buildings, not equipment; optional"),
U("captured",380,"westbank",["Israeli officials"],"detained 380 wanted men",s=("israel",None,"israel"),sc="cumulative"),
U("territory",None,"jenin",["Israel Katz","Defence Minister Israel Katz"],"forces will stay in the camps \"for the coming year\"",opt=True,s=("israel",None,"israel"),mod="warned",note="threat/plan; place is the camps"),
U("killed",52,"jenin",["UN report","a later UN report"],"left 52 Palestinians and 23 Israeli soldiers dead",opt=True,w="2002-04",prec="month",s=("other",None,"israel"),note="history 2002"),
U("killed",23,"jenin",["UN report"],"23 Israeli soldiers dead",opt=True,w="2002-04",prec="month",s=("other","israel",None),note="history 2002"),
U("protest",None,"ramallah",None,["Protesters marched through central Ramallah on Saturday","several hundred took part"],w="2025-03-08",s=(None,None,None),note="crowd size is not a unit"),
])
