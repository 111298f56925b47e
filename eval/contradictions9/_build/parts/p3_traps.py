# Traps (no contradiction), scenarios 22-36.
SCENARIOS = [
{
 "n": 22, "slug": "kramatorsk-governor-revision", "conflict": "Russia-Ukraine",
 "note": "Trap: the Donetsk regional governor first says six were killed in a guided-bomb strike on Kramatorsk, then raises the toll to 11 (live blog, newest first), and a wire repeats the revised figure. One claimant revising its own figure: a revision, not a contradiction.",
 "tests": "trap: revision by one claimant (live blog, newest first)",
 "docs": [
  {"x": "a", "url": "https://donbas-live.example/live/2026-02-26", "title": "Live: guided bombs hit Kramatorsk",
   "published": "2026-02-26T19:00:00+02:00",
   "text": """
   Donbas Live - updates from the front-line region (newest first)
   18:30 - Governor Vadym Fylyk says the toll from this morning's guided-bomb strike on Kramatorsk has risen to 11, after two bodies were found under the rubble and one of the wounded died in hospital.
   14:10 - Utilities have restored water to most of the Sotsmisto neighbourhood.
   10:15 - Governor Vadym Fylyk: six people were killed when two guided aerial bombs hit a street of low-rise homes in Kramatorsk this morning.
   09:50 - Air raid alert in Donetsk region. Stay in shelters.
   This page updates automatically. | Share | Report an error
   """},
  {"x": "b", "url": "https://eastlinewire.example/world/europe/kramatorsk-bombs", "title": "Guided bombs kill 11 in east Ukrainian city",
   "published": "2026-02-27T07:30:00+02:00", "weekdays": {"Thursday": "2026-02-26"},
   "text": """
   KRAMATORSK, Feb 27 (Eastline Wire) - Russian guided aerial bombs killed 11 people in Kramatorsk on Thursday, regional governor Vadym Fylyk said, revising an earlier toll.
   Kramatorsk, one of the last large cities in Donetsk region under Ukrainian control, has been hit with growing frequency.
   © 2026 Eastline Wire
   """},
 ],
 "pairs": []},
{
 "n": 23, "slug": "overnight-drones-both-sides", "conflict": "Russia-Ukraine",
 "note": "Trap: on the same night Russia says it destroyed 112 Ukrainian drones, and Ukraine's air force says it downed 97 of 139 Russian drones. One side's losses against the other side's (and launched vs downed): different victims, no contradiction.",
 "tests": "trap: one side's losses vs the other's",
 "docs": [
  {"x": "a", "url": "https://rusnews-digest.example/en/mod-drones-overnight-0108", "title": "MoD: 112 Ukrainian drones destroyed overnight",
   "published": "2026-01-08T08:00:00+03:00",
   "text": """
   RusNews Digest
   Russian air defence systems intercepted and destroyed 112 Ukrainian fixed-wing drones overnight over Bryansk, Kursk, Oryol and Moscow regions, the Defence Ministry said.
   Flights at two Moscow airports were briefly restricted.
   Subscribe to our Telegram channel
   """},
  {"x": "b", "url": "https://kyiv-evening.example/en/air-force-overnight-attack", "title": "Air force: 97 of 139 Russian drones downed",
   "published": "2026-01-08T09:15:00+02:00",
   "text": """
   Kyiv Evening
   Russia attacked Ukraine overnight with 139 Shahed-type and decoy drones, Ukraine's air force said, adding that 97 of them were shot down or jammed.
   Hits were recorded in Odesa and Sumy regions, where energy facilities were damaged.
   ADVERTISEMENT | Most read | Newsletter
   """},
 ],
 "pairs": []},
{
 "n": 24, "slug": "north-darfur-total-vs-day", "conflict": "Sudan",
 "note": "Trap: an OCHA bulletin gives a running total of at least 460 civilians killed in North Darfur since 1 January; a local outlet reports 19 killed in a drone strike on Tawila on Wednesday. A running total against one day's figure: no contradiction.",
 "tests": "trap: running total vs one day's figure",
 "docs": [
  {"x": "a", "url": "https://ocha-bulletins.example/sudan/north-darfur-situation-6-march", "title": "Sudan: North Darfur situation report",
   "published": "2026-03-06",
   "text": """
   OCHA - Sudan: North Darfur Situation Report (6 March 2026)
   KEY FIGURES
   Since 1 January, at least 460 civilians have been killed in North Darfur, according to partners and local authorities.
   Tawila continues to host the largest concentration of displaced people in the state.
   Funding: the Sudan appeal is 9 per cent funded.
   """},
  {"x": "b", "url": "https://darfur24-news.example/en/tawila-drone-strike", "title": "Drone strike on Tawila kills 19",
   "published": "2026-03-06T10:00:00+02:00", "weekdays": {"Wednesday": "2026-03-04"},
   "text": """
   Darfur 24 News
   Drone strike on Tawila kills 19
   A drone strike on a market in Tawila killed 19 people on Wednesday, the General Coordination for Displaced Persons and Refugees said.
   The coordination blamed the Rapid Support Forces. The RSF did not comment.
   Share | Donate to independent journalism
   """},
 ],
 "pairs": []},
{
 "n": 25, "slug": "gaza-two-running-totals", "conflict": "Israel-Gaza",
 "note": "Trap: the Gaza health ministry's total of Palestinians killed since the October 2025 ceasefire (512) and an OCHA total since 1 January 2026 (190). Two running totals for different periods: no contradiction.",
 "tests": "trap: two running totals for different periods",
 "docs": [
  {"x": "a", "url": "https://gaza-today.example/en/health-ministry-daily-report-0415", "title": "Health ministry daily report",
   "published": "2026-04-15",
   "text": """
   Gaza Today
   The Ministry of Health in Gaza said 512 Palestinians had been killed by Israeli fire since the ceasefire took effect on 10 October 2025.
   The ministry said two bodies had reached hospitals in the past 24 hours.
   Read more | Share
   """},
  {"x": "b", "url": "https://ocha-bulletins.example/opt/humanitarian-situation-update-april", "title": "Gaza humanitarian situation update",
   "published": "2026-04-15T12:00:00Z",
   "text": """
   OCHA - Humanitarian Situation Update, Gaza Strip
   Between 1 January and 14 April 2026, 190 Palestinians were reported killed in the Gaza Strip, according to the Ministry of Health.
   Restrictions on the entry of shelter materials continue.
   Subscribe to updates | Download PDF
   """},
 ],
 "pairs": []},
{
 "n": 26, "slug": "tyre-baalbek-different-places", "conflict": "Israel-Lebanon",
 "note": "Trap: two Israeli strikes on Wednesday 1 April, one on a car near Tyre (two killed) and one in Baalbek (five killed). Same day, different places: no contradiction.",
 "tests": "trap: different places, same day",
 "docs": [
  {"x": "a", "url": "https://beirut-observer.example/en/south/tyre-car-strike", "title": "Israeli strike on car near Tyre kills two",
   "published": "2026-04-02", "weekdays": {"Wednesday": "2026-04-01"},
   "text": """
   Beirut Observer
   An Israeli drone strike on a car on the road between Tyre and Burj al-Shimali killed two people on Wednesday, Lebanon's health ministry said.
   The Israeli military said it had targeted a Hezbollah operative.
   We value your privacy. Accept cookies
   """},
  {"x": "b", "url": "https://bekaa-news.example/en/baalbek-strike", "title": "Five killed in strike on Baalbek",
   "published": "2026-04-02T09:00:00+03:00", "weekdays": {"Wednesday": "2026-04-01"},
   "text": """
   Bekaa News
   Five people were killed in an Israeli air strike on a building on the southern edge of Baalbek on Wednesday, the state news agency reported.
   Civil defence teams searched the rubble into the night.
   ADVERTISEMENT | Read more from the Bekaa
   """},
 ],
 "pairs": []},
{
 "n": 27, "slug": "hodeidah-different-days", "conflict": "Yemen-Red Sea",
 "note": "Trap: strikes on Hodeidah port on Monday 1 June (six killed) and on Thursday 4 June (14 killed), in documents from different days; the later one recalls Monday's toll with the same figure. Different days: no contradiction.",
 "tests": "trap: same place, different days",
 "docs": [
  {"x": "a", "url": "https://yemen-monitor.example/hodeidah-port-strikes-monday", "title": "Strikes on Hodeidah port kill six",
   "published": "2026-06-02", "weekdays": {"Monday": "2026-06-01"},
   "text": """
   Yemen Monitor
   Air strikes on Hodeidah port killed six workers on Monday, the Houthi-run health ministry said.
   The port, Yemen's main entry point for food and fuel, was closed for several hours.
   Newsletter | Share
   """},
  {"x": "b", "url": "https://yemen-monitor.example/hodeidah-port-strikes-thursday", "title": "Second round of strikes hits Hodeidah port",
   "published": "2026-06-05", "weekdays": {"Thursday": "2026-06-04", "Monday": "2026-06-01"},
   "text": """
   Yemen Monitor
   New air strikes on Hodeidah port killed 14 people on Thursday, the Houthi-run health ministry said, days after an earlier round of strikes.
   Monday's strikes on the port killed six workers, the ministry had said.
   Shipping agents said two cranes were destroyed.
   Newsletter | Share
   """},
 ],
 "pairs": []},
{
 "n": 28, "slug": "lubero-killed-vs-wounded", "conflict": "DR Congo",
 "note": "Trap: an ADF attack on a funeral in Ntoyo (Lubero territory): civil society says 22 killed, the Red Cross says at least 35 wounded. Killed against wounded: different categories, no contradiction.",
 "tests": "trap: killed vs wounded",
 "docs": [
  {"x": "a", "url": "https://beni-lubero-info.example/ntoyo-adf-attack", "title": "ADF attack on funeral in Ntoyo",
   "published": "2026-05-26", "weekdays": {"Sunday": "2026-05-24"},
   "text": """
   Beni-Lubero Info
   Suspected ADF rebels killed 22 people at a funeral gathering in Ntoyo, Lubero territory, on Sunday night, the local civil society coordinator, Kambale Mbusa, said.
   Mbusa said the attackers used machetes and set homes on fire.
   Follow us | Cookies
   """},
  {"x": "b", "url": "https://kivu-matin.example/nord-kivu/ntoyo-croix-rouge", "title": "Red Cross evacuates wounded from Ntoyo",
   "published": "2026-05-26T15:00:00+02:00", "weekdays": {"Sunday": "2026-05-24"},
   "text": """
   Kivu Matin (English edition)
   The Red Cross said it had evacuated at least 35 people wounded in Sunday's attack in Ntoyo to hospitals in Butembo and Lubero.
   A Red Cross official said the teams had travelled under army escort.
   Also read: Beni-Butembo road reopens
   """},
 ],
 "pairs": []},
{
 "n": 29, "slug": "djibo-same-figure", "conflict": "Sahel",
 "note": "Trap: the army and a local association both say 18 civilians were killed in an attack on Djibo market (Burkina Faso) on Friday. Two claimants giving the same figure agree: no contradiction.",
 "tests": "trap: same figure from two claimants (agreement)",
 "docs": [
  {"x": "a", "url": "https://faso-actu.example/securite/djibo-marche-attaque", "title": "Djibo: army gives toll for market attack",
   "published": "2026-03-01", "weekdays": {"Friday": "2026-02-27"},
   "text": """
   Faso Actu
   The army said 18 civilians were killed when armed men attacked the market in Djibo on Friday, and that its units had pursued the assailants.
   Traders said the market would not reopen this week.
   Read more | Share on Facebook
   """},
  {"x": "b", "url": "https://sahel-monitor.example/burkina/djibo-association", "title": "Djibo association counts the dead",
   "published": "2026-03-01T18:00:00Z", "weekdays": {"Friday": "2026-02-27"},
   "text": """
   Sahel Monitor
   A Djibo residents' association said 18 civilians died in Friday's attack on the town's market and urged authorities to reinforce the convoy escort to Ouagadougou.
   Djibo has been under blockade for years.
   Sahel Monitor is supported by readers. Become a member
   """},
 ],
 "pairs": []},
{
 "n": 30, "slug": "myaing-denial-of-other", "conflict": "Myanmar",
 "note": "Trap: a local outlet reports an air strike on Myaing market that killed 14; the junta, in a second document, denies that its troops withdrew from the Myaing police station. The denial concerns a different thing (territory at a police station, not the market strike): no contradiction.",
 "tests": "trap: a denial of something different from the claim",
 "docs": [
  {"x": "a", "url": "https://magway-post.example/news/myaing-market-airstrike", "title": "Air strike on Myaing market kills 14",
   "published": "2026-02-16", "weekdays": {"Saturday": "2026-02-14"},
   "text": """
   Magway Post
   A junta air strike on the morning market in Myaing town killed 14 people on Saturday, residents and a local rescue group said.
   The strike hit stalls selling vegetables and cooking oil. Most of the dead were women.
   Support our reporting | Share
   """},
  {"x": "b", "url": "https://naypyitaw-herald.example/en/myaing-police-station", "title": "Spokesperson: security forces remain in Myaing",
   "published": "2026-02-16T17:00:00+06:30",
   "text": """
   Naypyitaw Herald
   Military government spokesman Major General Kyaw Zin Htet denied that security forces had withdrawn from the Myaing police station, saying the station was operating normally.
   He said "terrorist groups" had spread false news about the town.
   Copyright 2026 Naypyitaw Herald
   """},
 ],
 "pairs": []},
{
 "n": 31, "slug": "bilohorivka-quoted-claim", "conflict": "Russia-Ukraine",
 "note": "Trap: Ukraine's General Staff rejects Russian claims that Bilohorivka was captured, and another Ukrainian outlet says Ukrainian troops hold the village. The reported claim inside the denial sentence is the denial's target, not Ukraine's assertion, and no document states the capture in its own voice or as a separate claim: no contradiction.",
 "tests": "trap: reported claim quoted inside a denial sentence",
 "docs": [
  {"x": "a", "url": "https://kyiv-evening.example/en/general-staff-bilohorivka", "title": "General Staff rejects Russian claim on Bilohorivka",
   "published": "2026-03-04", "weekdays": {"Tuesday": "2026-03-03"},
   "text": """
   Kyiv Evening
   Ukraine's General Staff rejected Russian claims that its forces had captured the village of Bilohorivka in Luhansk region, saying Ukrainian units had repelled assaults near the village on Tuesday.
   The General Staff said fighting continued along the Siverskyi Donets river.
   ADVERTISEMENT | Newsletter
   """},
  {"x": "b", "url": "https://luhansk-today.example/front/bilohorivka-holds", "title": "Bilohorivka: brigade says positions held",
   "published": "2026-03-04T16:00:00+02:00",
   "text": """
   Luhansk Today
   Ukrainian troops continue to hold Bilohorivka, a spokesman for the brigade defending the village, Lieutenant Maksym Horbach, said.
   He said Russian troops attacked in small groups on motorcycles.
   Share | Read more
   """},
 ],
 "pairs": []},
{
 "n": 32, "slug": "beledweyne-undated-explainer", "conflict": "Somalia",
 "note": "Trap: an explainer published 15 January with no event dates says a truck bomb at a checkpoint killed 30 people; a news report says a car bomb at a checkpoint killed 13 on Tuesday 10 March. The undated claim has no time of its own and its document predates the dated attack: no contradiction.",
 "tests": "trap: undated claim in a document with no useful date vs a dated one",
 "docs": [
  {"x": "a", "url": "https://horn-explainers.example/places/beledweyne", "title": "Beledweyne: a town on the front line",
   "published": "2026-01-15",
   "text": """
   Horn Explainers
   Beledweyne: a town on the front line
   Beledweyne sits on the Shabelle river, close to the Ethiopian border, and is the capital of Hiiraan region.
   The town has repeatedly been targeted by al-Shabaab. A truck bomb at a checkpoint on its northern edge killed 30 people.
   Floods regularly displace much of the population.
   Related explainers: Jowhar | Baidoa | Kismayo
   """},
  {"x": "b", "url": "https://hiiraan-daily.example/news/beledweyne-checkpoint-bomb", "title": "Car bomb kills 13 at Beledweyne checkpoint",
   "published": "2026-03-11", "weekdays": {"Tuesday": "2026-03-10"},
   "text": """
   Hiiraan Daily
   A suicide car bomb at a checkpoint on the northern edge of Beledweyne killed 13 people on Tuesday, a local police commander, Major Hassan Dhuhulow, said.
   Al-Shabaab said it carried out the attack.
   Share | Print
   """},
 ],
 "pairs": []},
{
 "n": 33, "slug": "pont-sonde-background-recap", "conflict": "Haiti",
 "note": "Trap: reports of a 2026 gang attack on Pont-Sonde (16 killed, the same figure in both documents) recall the October 2024 massacre in the town with earlier-year tolls (more than 100; 115). Background recap of an earlier year is not the same event: no contradiction.",
 "tests": "trap: background recap of an earlier year's toll",
 "docs": [
  {"x": "a", "url": "https://haiti-flash.example/securite/pont-sonde-attaque", "title": "Pont-Sonde attacked again",
   "published": "2026-02-10", "weekdays": {"Sunday": "2026-02-08"},
   "text": """
   Haiti Flash
   Gunmen killed 16 people in Pont-Sonde on Sunday, the mayor of Saint-Marc, Frantz Bellegarde, said.
   The town was the scene of a massacre in October 2024 in which more than 100 people were killed.
   Newsletter: Haiti Flash in your inbox every morning | Cookie settings
   """},
  {"x": "b", "url": "https://caribbean-desk.example/haiti/pont-sonde-gangs-return", "title": "Gangs return to Pont-Sonde",
   "published": "2026-02-10T20:00:00-05:00", "weekdays": {"Sunday": "2026-02-08"},
   "text": """
   Caribbean Desk
   Sixteen people were killed in Sunday's gang attack on Pont-Sonde, local officials said.
   In October 2024 the Gran Grif gang killed 115 people in the same town, one of the deadliest massacres in Haiti's recent history.
   ADVERTISEMENT
   """},
 ],
 "pairs": []},
{
 "n": 34, "slug": "nasir-syndicated-copies", "conflict": "South Sudan",
 "note": "Trap: the same wire story about clashes in Nasir (Upper Nile) that killed 27 runs on two outlets with identical text. Syndicated copies agree: no contradiction.",
 "tests": "trap: syndicated copies of one story",
 "docs": [
  {"x": "a", "url": "https://juba-echo.example/news/nasir-clashes", "title": "Clashes in Nasir kill 27",
   "published": "2026-05-20", "weekdays": {"Tuesday": "2026-05-19"},
   "text": """
   Juba Echo
   JUBA, May 20 (Nile Wire) - Clashes between the army and armed youth in Nasir, Upper Nile state, killed 27 people on Tuesday, county commissioner James Gatluak Ruei said.
   The fighting forced families to flee across the Sobat river, he said.
   (c) 2026 Nile Wire
   Share | Comments
   """},
  {"x": "b", "url": "https://eastafrica-today.example/south-sudan/nasir-clashes-kill-27", "title": "South Sudan: clashes in Nasir kill 27",
   "published": "2026-05-20T11:00:00+03:00", "weekdays": {"Tuesday": "2026-05-19"},
   "text": """
   EastAfrica Today | We use cookies. OK
   JUBA, May 20 (Nile Wire) - Clashes between the army and armed youth in Nasir, Upper Nile state, killed 27 people on Tuesday, county commissioner James Gatluak Ruei said.
   The fighting forced families to flee across the Sobat river, he said.
   (c) 2026 Nile Wire
   More from South Sudan | Newsletter
   """},
 ],
 "pairs": []},
{
 "n": 35, "slug": "daquq-toll-revised", "conflict": "Iraq",
 "note": "Trap: Iraq's Security Media Cell first says three police were killed in an attack on a checkpoint in Daquq (Kirkuk), then raises the toll to five. One claimant revising its own figure: no contradiction.",
 "tests": "trap: revision by one claimant across two documents",
 "docs": [
  {"x": "a", "url": "https://kirkuk-now-news.example/en/daquq-checkpoint-attack", "title": "Three police killed in Daquq attack",
   "published": "2026-01-22T08:00:00+03:00", "weekdays": {"Wednesday": "2026-01-21"},
   "text": """
   Kirkuk Now News
   Three policemen were killed when Islamic State militants attacked a checkpoint in Daquq district late on Wednesday, the Security Media Cell said.
   Security forces launched a search of the surrounding villages.
   Read more | Share
   """},
  {"x": "b", "url": "https://baghdad-post-wire.example/iraq/daquq-toll-rises", "title": "Toll in Daquq checkpoint attack rises to five",
   "published": "2026-01-22T17:30:00+03:00", "weekdays": {"Wednesday": "2026-01-21"},
   "text": """
   BAGHDAD, Jan 22 (Baghdad Post Wire) - The Security Media Cell raised the toll from Wednesday's Islamic State attack on a police checkpoint in Daquq to five, after two wounded officers died in hospital.
   © 2026 Baghdad Post Wire
   """},
 ],
 "pairs": []},
{
 "n": 36, "slug": "deir-hafer-both-sides-losses", "conflict": "Syria",
 "note": "Trap: after clashes near Deir Hafer, the SDF says 19 government fighters were killed, and the defence ministry says 12 SDF fighters were killed. Each side reports the other side's losses: different victims, no contradiction.",
 "tests": "trap: one side's losses vs the other's",
 "docs": [
  {"x": "a", "url": "https://north-press-today.example/en/sdf-deir-hafer", "title": "SDF says it repelled attack near Deir Hafer",
   "published": "2026-05-07", "weekdays": {"Wednesday": "2026-05-06"},
   "text": """
   North Press Today
   The Syrian Democratic Forces said 19 fighters of government-affiliated factions were killed when the SDF repelled an attack near Deir Hafer on Wednesday.
   The SDF accused Damascus of violating the integration agreement.
   Cookies | Newsletter
   """},
  {"x": "b", "url": "https://syria-news-agency.example/en/defence-deir-hafer", "title": "Defence ministry: SDF attack on army positions repelled",
   "published": "2026-05-07T12:00:00+03:00", "weekdays": {"Wednesday": "2026-05-06"},
   "text": """
   DAMASCUS - The Defence Ministry said 12 SDF fighters were killed when army units repelled an SDF attack on positions near Deir Hafer on Wednesday.
   The ministry said it remained committed to the agreement with the SDF.
   All rights reserved.
   """},
 ],
 "pairs": []},
]
