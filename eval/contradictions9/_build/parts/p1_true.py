# True contradictions, scenarios 01-11.
SCENARIOS = [
{
 "n": 1, "slug": "kharkiv-saltivka-toll", "conflict": "Russia-Ukraine",
 "note": "Figure dispute on one missile strike on Kharkiv's Saltivskyi district on Tuesday 10 March: the mayor says at least 14 killed and more than two dozen wounded, the State Emergency Service puts the toll at nine dead and 17 injured. Same event, place and day, different claimants: two figure pairs (killed, wounded).",
 "tests": "figure dispute, killed and wounded, 'at least' / 'put the toll at' / 'more than two dozen'",
 "docs": [
  {"x": "a", "url": "https://kharkivnow.example/news/2026/03/11/saltivka-missile", "title": "Missile strike on Saltivka: mayor gives toll",
   "published": "2026-03-11T08:40:00+02:00", "weekdays": {"Tuesday": "2026-03-10"},
   "text": """
   We use cookies to improve your experience on Kharkiv Now. Accept all | Manage settings
   News / City / Security
   Missile strike on Saltivka: mayor gives toll
   A Russian ballistic missile hit a residential block in Kharkiv's Saltivskyi district on Tuesday evening, tearing away the upper floors of the building on Heroiv Pratsi Street.
   Mayor Oleksandr Hnatenko said at least 14 people were killed in the strike, among them a teenage girl.
   Hnatenko added that more than two dozen residents were wounded and taken to city hospitals, several of them in serious condition.
   Rescuers worked through the night with cranes and sniffer dogs. Power was cut to nearby blocks while engineers checked the gas lines.
   ADVERTISEMENT
   Read more: How Saltivka rebuilt its schools after the last winter of strikes
   Share: Facebook | Telegram | X | Copy link
   Subscribe to our morning newsletter for the day's news from Kharkiv.
   """},
  {"x": "b", "url": "https://eastlinewire.example/world/europe/kharkiv-strike-emergency-service", "title": "Ukraine's emergency service gives lower toll for Kharkiv strike",
   "published": "2026-03-11T13:05:00+02:00", "weekdays": {"Tuesday": "2026-03-10"},
   "text": """
   KHARKIV, March 11 (Eastline Wire) - Ukraine's State Emergency Service put the toll from Tuesday's missile strike on the Saltivskyi district at nine dead, a spokeswoman, Iryna Maslak, told reporters in the morning.
   Maslak said 17 people had been injured and that search work at the site had been completed.
   The difference with the figure given overnight by city officials could not be immediately explained. The service said identification of the victims was continuing.
   Russia's defence ministry said it had struck a "temporary deployment point" of Ukrainian units in the city, without giving details.
   (Reporting by Olena Dziuba; Editing by Mark Tillers)
   © 2026 Eastline Wire. All rights reserved.
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "killed",
   "a": ("a", "Mayor Oleksandr Hnatenko said at least 14 people were killed in the strike"),
   "b": ("b", "put the toll from Tuesday's missile strike on the Saltivskyi district at nine dead")},
  {"kind": "figure", "wording": None, "category": "wounded",
   "a": ("a", "more than two dozen residents were wounded"),
   "b": ("b", "Maslak said 17 people had been injured")},
 ]},
{
 "n": 2, "slug": "novopavlivka-denied", "conflict": "Russia-Ukraine",
 "note": "Russia's defence ministry claims the capture of Novopavlivka (Donetsk region); a Ukrainian army spokesman, in a second document, flatly denies that the village had fallen. Denial (denied) of a territory claim across documents.",
 "tests": "denial 'flatly denied that ... had fallen', territory, second document",
 "docs": [
  {"x": "a", "url": "https://frontdigest.example/ru-mod/2026-04-06-novopavlivka", "title": "Russian MoD: Novopavlivka 'liberated'",
   "published": "2026-04-06", "weekdays": {"Sunday": "2026-04-05"},
   "text": """
   Front Digest | daily summaries of official statements
   Russian Defence Ministry, daily briefing, 6 April
   Units of the Tsentr group of forces liberated the settlement of Novopavlivka in the Donetsk People's Republic on Sunday, the ministry said.
   The ministry also said its air defences had shot down a number of Ukrainian drones over Belgorod and Kursk regions overnight.
   Front Digest reproduces statements as issued and does not verify them.
   Newsletter: get the daily digest by email. Sign up
   """},
  {"x": "b", "url": "https://dnipropost.example/en/war/novopavlivka-holds", "title": "Army: Novopavlivka remains under Ukrainian control",
   "published": "2026-04-06T17:20:00+03:00",
   "text": """
   Dnipro Post | English edition
   Army: Novopavlivka remains under Ukrainian control
   A spokesman for the Khortytsia operational-strategic group, Colonel Vitalii Sarapenko, flatly denied that Novopavlivka had fallen, saying Ukrainian units were still holding positions in the centre of the village.
   Sarapenko said Russian infantry groups had tried to enter the village from the east several times over the weekend and had been pushed back.
   Military analysts said the area south-west of Pokrovsk remained under heavy pressure.
   Read more | Share this article
   Cookies help us deliver our services. By using this site you agree to our use of cookies.
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "denied", "category": "territory",
   "a": ("a", "Units of the Tsentr group of forces liberated the settlement of Novopavlivka"),
   "b": ("b", "flatly denied that Novopavlivka had fallen")},
 ]},
{
 "n": 3, "slug": "saky-airfield-not-hit", "conflict": "Russia-Ukraine",
 "note": "Ukraine's navy says its drones struck a radar station at the Saky airfield in Crimea; in the same wire story a Russian-installed official says the airfield had not been hit. Denial (had_not) of an attack, same document.",
 "tests": "denial 'said the airfield had not been hit', attack, same document",
 "docs": [
  {"x": "a", "url": "https://blacksea-wire.example/2026/04/14/crimea-saky-drones", "title": "Ukraine says drones hit radar at Crimean airfield; Russian officials deny",
   "published": "2026-04-14T10:10:00Z", "weekdays": {"Monday": "2026-04-13"},
   "text": """
   KYIV, April 14 (Black Sea Wire) - Ukraine's navy said its long-range drones struck a radar station at the Saky airfield in western Crimea overnight into Monday.
   Navy spokesman Captain Dmytro Pletenchuk-Marko said the strike had been confirmed by aerial reconnaissance, without publishing images.
   Oleg Kryuchenko, an adviser to the Russian-installed administration of Crimea, said the Saky airfield had not been hit and that all the drones had been shot down over the sea.
   Residents of nearby Novofedorivka reported explosions and anti-aircraft fire for about an hour.
   © 2026 Black Sea Wire
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "had_not", "category": "attack",
   "a": ("a", "its long-range drones struck a radar station at the Saky airfield"),
   "b": ("a", "said the Saky airfield had not been hit")},
 ]},
{
 "n": 4, "slug": "morozovsk-aircraft-said-no", "conflict": "Russia-Ukraine",
 "note": "Ukraine's General Staff says it destroyed two Su-34 bombers at the Morozovsk airfield (Rostov region); Russia's defence ministry, in a second document, insists no aircraft had been lost there. Denial (said_no) of materiel losses.",
 "tests": "denial 'insisted that no aircraft had been lost', materiel_lost, second document",
 "docs": [
  {"x": "a", "url": "https://ukrdefence-bulletin.example/general-staff/2026-05-05", "title": "General Staff: two Su-34 destroyed at Morozovsk",
   "published": "2026-05-05T09:00:00+03:00",
   "text": """
   Defence Bulletin
   General Staff of the Armed Forces of Ukraine: operational update, 5 May 2026
   Overnight, units of the Defence Forces struck the Morozovsk military airfield in Rostov region. Two Su-34 fighter-bombers were destroyed and a third was damaged, the General Staff said.
   The results of the strike on fuel storage at the airfield are being clarified.
   Subscribe to the bulletin | Print | Share
   """},
  {"x": "b", "url": "https://rostov-vesti.example/en/region/drones-overnight", "title": "Rostov region: drones downed overnight, ministry says",
   "published": "2026-05-05T14:30:00+03:00",
   "text": """
   Rostov Vesti - English
   Russia's defence ministry said air defences had destroyed 41 Ukrainian drones over Rostov region overnight.
   Ministry spokesman Colonel Andrei Lavrenko insisted that no aircraft had been lost at Morozovsk, calling Ukrainian reports of a successful strike an attempt to mislead.
   Regional governor Yuri Slyusar said debris had damaged a farm building near Morozovsk but that nobody had been hurt.
   ADVERTISEMENT
   Most read: Don river ferry crossing reopens for the spring
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "said_no", "category": "materiel_lost",
   "a": ("a", "Two Su-34 fighter-bombers were destroyed and a third was damaged"),
   "b": ("b", "insisted that no aircraft had been lost at Morozovsk")},
 ]},
{
 "n": 5, "slug": "tripoli-abu-salim-wounded", "conflict": "Libya",
 "note": "Figure dispute on the wounded of Monday 16 February's clashes in Tripoli's Abu Salim district: the Emergency Medicine Centre says 52, the health ministry some 30. Same event, different claimants.",
 "tests": "figure dispute, wounded, exact vs 'some'",
 "docs": [
  {"x": "a", "url": "https://libyaobserver-daily.example/tripoli/abu-salim-clashes-wounded", "title": "Abu Salim clashes: Emergency Medicine Centre gives casualty figures",
   "published": "2026-02-17", "weekdays": {"Monday": "2026-02-16"},
   "text": """
   Libya Daily Observer
   Abu Salim clashes: Emergency Medicine Centre gives casualty figures
   Tripoli - The Emergency Medicine Centre said 52 people were wounded in Monday's fighting between rival armed groups in the Abu Salim district of Tripoli.
   A centre spokesman, Malek al-Mabrouk, said ambulances had been unable to reach parts of the district for several hours because of gunfire.
   Schools in Abu Salim and neighbouring Salah al-Din remained closed.
   Share on Facebook | Share on X
   © 2026 Libya Daily Observer
   """},
  {"x": "b", "url": "https://medwire-news.example/africa/libya-tripoli-clashes", "title": "Calm returns to Tripoli after day of clashes",
   "published": "2026-02-17T15:00:00Z", "weekdays": {"Monday": "2026-02-16"},
   "text": """
   TRIPOLI, Feb 17 (MedWire) - An uneasy calm returned to Tripoli after a day of clashes between armed groups in the capital's south.
   The health ministry of the Tripoli-based government said some 30 people had been wounded in the clashes in Abu Salim on Monday.
   The ministry did not give a death toll. A ceasefire brokered by elders took hold late in the evening.
   Cookie notice: this site uses cookies for analytics. OK
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "wounded",
   "a": ("a", "The Emergency Medicine Centre said 52 people were wounded in Monday's fighting"),
   "b": ("b", "said some 30 people had been wounded in the clashes in Abu Salim on Monday")},
 ]},
{
 "n": 6, "slug": "batibo-captured-rejected", "conflict": "Cameroon",
 "note": "A separatist group says its fighters captured seven soldiers near Batibo; in the same article the army rejects the claim as baseless. Denial (rejected) of a captured claim, same document.",
 "tests": "denial 'rejected the claim as baseless', captured, same document",
 "docs": [
  {"x": "a", "url": "https://mimimefoinfo.example/northwest/batibo-ambush", "title": "Batibo: separatists claim capture of soldiers, army says claim baseless",
   "published": "2026-03-23", "weekdays": {"Saturday": "2026-03-21"},
   "text": """
   Mimi Mefo Info Desk | North West
   Batibo: separatists claim capture of soldiers, army says claim baseless
   A separatist group calling itself the Ambazonia Restoration Forces said its fighters had captured seven soldiers in an ambush near Batibo on Saturday.
   In a video shared on social media, a man presenting himself as the group's spokesman said the soldiers would be "tried".
   Army spokesman Captain Ernest Mbida rejected the claim as baseless and said the patrol had returned to its base in Bamenda.
   The video could not be independently verified.
   Newsletter | Read more from the North West | Advertise with us
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "rejected", "category": "captured",
   "a": ("a", "said its fighters had captured seven soldiers in an ambush near Batibo"),
   "b": ("a", "rejected the claim as baseless")},
 ]},
{
 "n": 7, "slug": "dilling-market-toll", "conflict": "Sudan",
 "note": "Figure dispute on the RSF shelling of Dilling market (South Kordofan) on Monday 19 January: local resistance committees say at least 40 killed, the health ministry puts the toll at 26 (below the 'at least' figure). Same event, different claimants.",
 "tests": "figure dispute, killed, 'at least' vs 'put the toll at'",
 "docs": [
  {"x": "a", "url": "https://kordofan-voice.example/en/dilling-market-shelling", "title": "Dilling: dozens killed as shells hit main market",
   "published": "2026-01-20", "weekdays": {"Monday": "2026-01-19"},
   "text": """
   Kordofan Voice
   Dilling: shells hit main market
   The Dilling Resistance Committees said at least 40 people were killed when Rapid Support Forces shells fell on the town's main market on Monday.
   The committees said the besieged town's only hospital was overwhelmed and short of blood and anaesthetics.
   Dilling has been cut off from El Obeid by the fighting for weeks.
   Donate to our emergency appeal | Follow us on Telegram
   """},
  {"x": "b", "url": "https://nilewire.example/sudan/south-kordofan-health-ministry-toll", "title": "Sudan health ministry gives toll for Dilling shelling",
   "published": "2026-01-20T16:45:00+02:00", "weekdays": {"Monday": "2026-01-19"},
   "text": """
   PORT SUDAN, Jan 20 (Nile Wire) - Sudan's health ministry put the toll from Monday's shelling of the market in Dilling at 26 dead, blaming the Rapid Support Forces.
   The RSF, which has besieged the South Kordofan town together with an allied armed movement, did not respond to a request for comment.
   Aid agencies have warned of famine conditions in the town.
   (c) 2026 Nile Wire
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "killed",
   "a": ("a", "said at least 40 people were killed when Rapid Support Forces shells fell on the town's main market"),
   "b": ("b", "put the toll from Monday's shelling of the market in Dilling at 26 dead")},
 ]},
{
 "n": 8, "slug": "bara-propaganda", "conflict": "Sudan",
 "note": "The Sudanese army says it recaptured Bara (North Kordofan); the RSF, in a second document, dismisses the announcement as cheap propaganda. Denial (dismissed_as) of a territory claim.",
 "tests": "denial 'dismissed ... as cheap propaganda', territory, second document",
 "docs": [
  {"x": "a", "url": "https://saf-statements.example/2026/02/09/bara", "title": "Armed Forces statement on Bara",
   "published": "2026-02-09", "weekdays": {"Sunday": "2026-02-08"},
   "text": """
   Sudanese Armed Forces - Office of the Official Spokesman
   Statement No. 41
   Our heroic forces have completely liberated the town of Bara in North Kordofan state on Sunday after inflicting heavy losses on the terrorist militia.
   The spokesman, Brigadier General Nabil Abdelrahim, called on residents who fled to return.
   Glory to the nation and mercy to the martyrs.
   """},
  {"x": "b", "url": "https://darfur24-news.example/en/bara-rsf-response", "title": "RSF says it still holds Bara",
   "published": "2026-02-09T19:00:00+02:00",
   "text": """
   Darfur 24 News
   RSF says it still holds Bara
   Hamid Osman, an adviser to the Rapid Support Forces commander, dismissed the army's announcement as cheap propaganda and said RSF fighters remained deployed inside Bara.
   Residents reached by phone described sporadic gunfire on the town's southern edge but could not say who controlled the centre.
   ADVERTISEMENT
   Read more: Kordofan front explained
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "dismissed_as", "category": "territory",
   "a": ("a", "Our heroic forces have completely liberated the town of Bara"),
   "b": ("b", "dismissed the army's announcement as cheap propaganda")},
 ]},
{
 "n": 9, "slug": "mawasi-tent-strike-toll", "conflict": "Israel-Gaza",
 "note": "Figure dispute on one Israeli strike on a tent camp in al-Mawasi on Monday 20 April: civil defence says 11 killed, Nasser Hospital says it received six bodies. Same event, different claimants.",
 "tests": "figure dispute, killed, exact vs 'received ... bodies'",
 "docs": [
  {"x": "a", "url": "https://gaza-today.example/en/live/2026-04-21", "title": "Live: strike on Mawasi tents",
   "published": "2026-04-21T09:30:00+03:00", "weekdays": {"Monday": "2026-04-20"},
   "text": """
   Gaza Today - live updates (newest first)
   09:20 - Gaza's civil defence spokesman, Ahmad Radwan, said 11 people were killed in the Israeli strike on a tent camp in al-Mawasi west of Khan Younis late on Monday.
   08:05 - Families displaced from Rafah were sheltering in the tents, Radwan said. Rescue crews used their hands to search the sand.
   07:40 - The Israeli military said it had targeted a militant who posed a threat to its troops, without giving details.
   Refresh for updates | Share this live page
   """},
  {"x": "b", "url": "https://levant-daily.example/gaza/mawasi-strike-hospital", "title": "Nasser Hospital receives bodies after Mawasi strike",
   "published": "2026-04-21T12:00:00+03:00", "weekdays": {"Monday": "2026-04-20"},
   "text": """
   Levant Daily
   KHAN YOUNIS - Nasser Hospital said it had received six bodies from Monday night's strike on a tent camp in al-Mawasi, its director Dr Samir Abu Hatab told Levant Daily.
   Abu Hatab said children were among the wounded and the hospital's generators were running low on fuel.
   The strike came despite the ceasefire in force since October.
   Sign up for our Middle East briefing.
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "killed",
   "a": ("a", "said 11 people were killed in the Israeli strike on a tent camp in al-Mawasi"),
   "b": ("b", "Nasser Hospital said it had received six bodies from Monday night's strike on a tent camp in al-Mawasi")},
 ]},
{
 "n": 10, "slug": "metula-drone-denied", "conflict": "Israel-Lebanon",
 "note": "Hezbollah says its drones struck an Israeli army position at Metula; the Israeli military, in a second document, denies that any drone struck the position. Denial (denied) of an attack.",
 "tests": "denial 'denied that any drone had struck', attack, second document",
 "docs": [
  {"x": "a", "url": "https://south-lebanon-news.example/en/hezbollah-metula", "title": "Hezbollah claims drone attack on Metula position",
   "published": "2026-05-12", "weekdays": {"Monday": "2026-05-11"},
   "text": """
   South Lebanon News
   Hezbollah said in a statement that its fighters struck an Israeli army position in Metula with two attack drones on Monday evening, "scoring direct hits".
   The group said the attack was a response to Israeli strikes on villages in the Marjayoun area earlier in the day.
   Accept cookies to view embedded video.
   """},
  {"x": "b", "url": "https://galilee-times.example/security/metula-drones-intercepted", "title": "IDF: drones from Lebanon intercepted near Metula",
   "published": "2026-05-12T08:15:00+03:00",
   "text": """
   Galilee Times
   IDF: drones from Lebanon intercepted near Metula
   The Israel Defense Forces denied that any drone had struck its position in Metula, saying both aircraft launched from Lebanon were intercepted before crossing the border.
   Sirens sounded in Metula and Kfar Giladi. No injuries were reported.
   Read more: Northern residents weigh return | Newsletter sign-up
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "denied", "category": "attack",
   "a": ("a", "its fighters struck an Israeli army position in Metula with two attack drones"),
   "b": ("b", "denied that any drone had struck its position in Metula")},
 ]},
{
 "n": 11, "slug": "red-sea-tanker-false", "conflict": "Yemen-Red Sea",
 "note": "The Houthis say their missiles hit the tanker Coral Meridian in the Red Sea; in the same article US Central Command calls the claim false. Denial (called_false) of an attack, same document.",
 "tests": "denial 'called the ... claim false', attack at sea, same document",
 "docs": [
  {"x": "a", "url": "https://gulfmaritime.example/news/coral-meridian-houthi-claim", "title": "Houthis claim tanker strike; CENTCOM says claim false",
   "published": "2026-03-31", "weekdays": {"Monday": "2026-03-30"},
   "text": """
   Gulf Maritime Report
   Houthis claim tanker strike; CENTCOM says claim false
   Houthi military spokesman Brigadier General Abdulkarim al-Mahdi said his forces had hit the tanker Coral Meridian in the Red Sea with two ballistic missiles on Monday.
   A US Central Command spokesperson, Commander Lauren Hale, called the Houthi claim false and said the tanker was continuing its voyage to Suez.
   The vessel's manager, a Piraeus-based company, said the crew was safe.
   Subscribe to Gulf Maritime Report for shipping security alerts. | Privacy policy
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "called_false", "category": "attack",
   "a": ("a", "his forces had hit the tanker Coral Meridian in the Red Sea with two ballistic missiles"),
   "b": ("a", "called the Houthi claim false")},
 ]},
]
