# Scenario data, part 2 (scenarios 13-24). Imported by build.py.
from part1 import T

S = []

S.append(dict(
name="13-biranit-propaganda", conflict="Israel-Lebanon",
note="Hezbollah says its drones hit the Biranit barracks; the Israeli military dismisses 'the group's claim' as propaganda without naming the place. Israel's retaliatory strike at Aita al-Shaab is a different place.",
traps="a different strike the same day (Aita al-Shaab)",
docs=[
("i13-a", "https://www.lebanonlive.net/en/south/hezbollah-drones-biranit", "Hezbollah says drones hit border barracks", "2026-04-17",
T("""
Lebanon Live
Hezbollah said in a statement on Friday that it had launched a squadron of attack drones at the Israeli army's Biranit barracks on the border and hit its command building.
The group said the attack was a response to Israeli strikes on southern Lebanese villages earlier in the week.
Read more: Tyre fishermen kept ashore by patrol boats
We value your privacy. Manage cookies
"""), {"Friday": "2026-04-17"}),
("i13-b", "https://www.jerusalemdaily.co.il/news/idf-intercepts-drones-galilee", "IDF says drones from Lebanon intercepted", "2026-04-17",
T("""
Jerusalem Daily
An Israeli military spokesperson dismissed the group's claim as propaganda, saying two drones that crossed from Lebanon on Friday were intercepted and caused no damage.
The military said its aircraft later struck a launcher in Aita al-Shaab from which the drones had been fired.
Sirens sounded in several communities in the Upper Galilee during the incident.
ADVERTISEMENT
Newsletter: Morning headlines | Sign up
"""), {"Friday": "2026-04-17"}),
],
gold=[("denial", "dismissed_as", "attack",
       ("i13-a", "launched a squadron of attack drones at the Israeli army's Biranit barracks"),
       ("i13-b", "dismissed the group's claim as propaganda"))],
))

S.append(dict(
name="14-nabatieh-anniversary", conflict="Israel-Lebanon",
note="Trap: a strike on a car in Nabatieh this week (3 killed) and an anniversary feature recalling a 2025 strike on Nabatieh's market (11 killed).",
traps="anniversary/recap of an earlier event in the same town",
docs=[
("i14-a", "https://www.lebanonlive.net/en/south/nabatieh-car-strike", "Israeli strike on car in Nabatieh", "2026-03-10",
T("""
Lebanon Live
Lebanon's health ministry said an Israeli drone strike on a car in Nabatieh on Tuesday killed 3 people.
The Israeli military said it had targeted a Hezbollah operative involved in rebuilding the group's weapons stores.
Share | Comment
"""), {"Tuesday": "2026-03-10"}),
("i14-b", "https://www.beirutweekly.com/features/nabatieh-one-year-on", "One year on, Nabatieh's market remembers", "2026-03-11",
T("""
Beirut Weekly - Features
One year on, Nabatieh's market remembers
It was a busy morning in March 2025 when an Israeli strike flattened a row of shops in Nabatieh's old market and killed 11 people, most of them traders and shoppers.
A year later, three of the shops have reopened; the others remain shuttered behind green tarpaulins.
"We sweep the street every morning as if customers were coming," said one fruit seller.
Subscribe to Beirut Weekly | Share this story
(c) Beirut Weekly 2026
"""), {}),
],
gold=[],
))

S.append(dict(
name="15-kyaukphyu-captured-said-no", conflict="Myanmar",
note="The Arakan Army says it captured 140 junta soldiers at Kyaukphyu; the junta spokesman says no soldiers had been taken prisoner there. The AA's weapons haul pairs with nothing.",
traps="unrelated materiel figure",
docs=[
("i15-a", "https://www.rakhinevoice.org/en/news/aa-kyaukphyu-battalion-base", "Arakan Army says it overran battalion base at Kyaukphyu", "2026-02-12",
T("""
Rakhine Voice
The Arakan Army said on Thursday it had captured 140 junta soldiers, including a battalion commander, when it overran the Light Infantry Battalion 542 base on the outskirts of Kyaukphyu on Wednesday.
The group said it also seized more than 300 rifles and large stocks of ammunition.
Kyaukphyu hosts a Chinese-backed deep-sea port and oil and gas terminals.
Support independent Rakhine journalism - Donate
"""), {"Thursday": "2026-02-12", "Wednesday": "2026-02-11"}),
("i15-b", "https://www.myanmarnowdaily.com/news/junta-kyaukphyu-response", "Junta says troops relocated near Kyaukphyu", "2026-02-13",
T("""
Myanmar Now Daily
Junta spokesman Major General Kyaw Zin Htet told state media on Friday that no soldiers had been taken prisoner at Kyaukphyu and that troops had relocated in an orderly manner to stronger positions.
He accused the Arakan Army of spreading false news to undermine morale.
Cookie notice: this site uses cookies. Continue
"""), {"Friday": "2026-02-13"}),
],
gold=[("denial", "said_no", "captured",
       ("i15-a", "it had captured 140 junta soldiers"),
       ("i15-b", "no soldiers had been taken prisoner at Kyaukphyu"))],
))

S.append(dict(
name="16-cabo-delgado-village-region", conflict="Mozambique",
note="Trap: an attack on Chai village (Macomia district) on Tuesday and a different attack elsewhere in Cabo Delgado province (Ancuabe district) on Friday, with different tolls.",
traps="a village and the province containing it, different incidents and days",
docs=[
("i16-a", "https://www.cabonews.co.mz/en/macomia-chai-attack", "Insurgents attack Chai village", "2026-03-25",
T("""
Cabo News
Insurgents attacked the village of Chai in Macomia district on Tuesday night, killing 5 people and burning dozens of homes, residents said.
Survivors fled toward Macomia town.
Newsletter | Facebook | WhatsApp
"""), {"Tuesday": "2026-03-24"}),
("i16-b", "https://www.mozambiquereport.com/conflict/ancuabe-farm-attack", "Farmers killed in Cabo Delgado attack", "2026-03-28",
T("""
Mozambique Report
In Cabo Delgado province, insurgents killed 11 people in an attack on farming plots in Ancuabe district on Friday, local officials said.
The victims were harvesting cassava when the gunmen arrived, a district official said.
ADVERTISEMENT
(c) Mozambique Report 2026
"""), {"Friday": "2026-03-27"}),
],
gold=[],
))

S.append(dict(
name="17-kaura-namoda-no-truth", conflict="Nigeria",
note="A local outlet reports 38 worshippers abducted from a mosque in Kaura Namoda; the state police say there is no truth to the report.",
traps="none besides the pair",
docs=[
("i17-a", "https://www.dailynorthernreport.com.ng/news/kaura-namoda-mosque-abduction", "Gunmen abduct worshippers in Zamfara", "2026-01-17",
T("""
Daily Northern Report
Gunmen on motorcycles abducted 38 worshippers from a mosque in Kaura Namoda, Zamfara State, during Friday prayers, residents told Daily Northern Report.
One resident said the gunmen surrounded the mosque and marched the worshippers into the bush.
Get breaking news alerts on WhatsApp - Subscribe
Read more: Farmers in Zamfara pay levies to bandits to reach their fields
"""), {"Friday": "2026-01-16"}),
("i17-b", "https://www.policewatchng.com/statements/zamfara-command-kaura-namoda", "Zamfara police react to Kaura Namoda report", "2026-01-18",
T("""
Police Watch NG
The Zamfara State Police Command said on Sunday there is no truth to the report that worshippers were abducted in Kaura Namoda, and urged the public to disregard it.
The command's spokesman, Superintendent Yazid Abubakar Gusau, said patrols in the area had been reinforced.
(c) 2026 Police Watch NG
"""), {"Sunday": "2026-01-18"}),
],
gold=[("denial", "called_false", "abducted",
       ("i17-a", "abducted 38 worshippers from a mosque in Kaura Namoda"),
       ("i17-b", "there is no truth to the report that worshippers were abducted in Kaura Namoda"))],
))

S.append(dict(
name="18-marte-base-fabricated", conflict="Nigeria",
note="ISWAP says it overran a military base in Marte; the army dismisses as fabricated reports that the base had been overrun. ISWAP's 20 soldiers killed against the army's 3 wounded is killed vs wounded, not a pair.",
traps="killed vs wounded",
docs=[
("i18-a", "https://www.lakechadmonitor.org/updates/iswap-claims-marte", "ISWAP claims attack on Marte base", "2026-04-29",
T("""
Lake Chad Monitor
ISWAP said in a claim published by its propaganda outlet on Wednesday that its fighters overran a military base in Marte, Borno State, on Tuesday night.
The group said 20 soldiers were killed and that it seized weapons and two armoured vehicles.
Marte has changed hands several times since 2015.
Share | Subscribe to our Lake Chad newsletter
"""), {"Wednesday": "2026-04-29", "Tuesday": "2026-04-28"}),
("i18-b", "https://www.nigeriadefencedigest.com/army-marte-statement", "Army says troops repelled attack in Borno", "2026-04-29",
T("""
Nigeria Defence Digest
Army spokesman Major Ibrahim Dankawu dismissed as fabricated reports that the Marte base had been overrun, saying troops repelled the attackers.
He said 3 soldiers were wounded in the exchange and were in stable condition.
ADVERTISEMENT
(c) Nigeria Defence Digest
"""), {}),
],
gold=[("denial", "dismissed_as", "territory",
       ("i18-a", "its fighters overran a military base in Marte"),
       ("i18-b", "dismissed as fabricated reports that the Marte base had been overrun"))],
))

S.append(dict(
name="19-daily-losses-both-sides", conflict="Russia-Ukraine",
note="Trap: each side's figure for the other side's losses over the same day (different victims), plus Ukraine's running total since 2022 (cumulative vs daily).",
traps="different victims; cumulative vs daily",
docs=[
("i19-a", "https://www.ukrwire.com.ua/en/news/general-staff-losses-2026-03-03", "General Staff updates Russian losses", "2026-03-03",
T("""
UkrWire
Russia lost 1,040 troops killed and wounded over the past day, Ukraine's General Staff said on Tuesday.
That brings Russia's total personnel losses since February 24, 2022 to about 1,262,400, according to the General Staff.
The figures cannot be independently verified.
Subscribe to UkrWire on Telegram
"""), {"Tuesday": "2026-03-03"}),
("i19-b", "https://www.rusdefencereview.ru/en/mod-briefing-2026-03-03", "Defence ministry daily briefing", "2026-03-03",
T("""
Russian Defence Review
Russia's defence ministry said on Tuesday that Ukrainian forces had lost up to 1,315 servicemen over the past day across all sectors of the front.
The ministry said its troops had improved their positions in the Kupiansk and Pokrovsk directions.
(c) Russian Defence Review 2026
"""), {"Tuesday": "2026-03-03"}),
],
gold=[],
))

S.append(dict(
name="20-debre-markos-never", conflict="Ethiopia",
note="Fano says it attacked the federal army's camp at Debre Markos; the government says the attack 'never took place' without naming the town in that sentence.",
traps="residents' account of normal life is not a claim",
docs=[
("i20-a", "https://www.amharaweekly.com/news/fano-debre-markos-camp", "Fano says fighters attacked army camp", "2026-05-16",
T("""
Amhara Weekly
The Amhara Fano National Force said in a statement posted on Saturday that its fighters attacked the federal army's camp at Debre Markos at dawn and withdrew after several hours of fighting.
The statement gave no casualty figures.
Follow us on Telegram | Support our work
"""), {"Saturday": "2026-05-16"}),
("i20-b", "https://www.addisdispatch.com/politics/gcs-statement-amhara", "Government says reports of Amhara fighting false", "2026-05-18",
T("""
Addis Dispatch
The Government Communication Service said on Monday that the attack on the army camp that extremist accounts described on social media never took place.
Residents reached by phone in Debre Markos said shops and schools had opened as usual over the weekend.
ADVERTISEMENT
Cookie preferences | Privacy
"""), {"Monday": "2026-05-18"}),
],
gold=[("denial", "called_false", "attack",
       ("i20-a", "its fighters attacked the federal army's camp at Debre Markos"),
       ("i20-b", "the attack on the army camp that extremist accounts described on social media never took place"))],
))

S.append(dict(
name="21-chaman-border-figures", conflict="Pakistan-Afghanistan",
note="Pakistan's military and the Taliban defence ministry give different tolls for the same border clash at Chaman/Spin Boldak, for each side's dead: two figure pairs. Pakistan's figure for Afghan dead is never set against its own soldiers' dead.",
traps="different victims within each document",
docs=[
("i21-a", "https://www.pakobserver-news.com/national/chaman-border-clash", "Troops respond to Afghan fire near Chaman", "2026-02-09",
T("""
Pak Observer News
The military's media wing said on Monday that troops killed 23 Afghan Taliban fighters and destroyed several of their posts after Afghan forces opened unprovoked fire near Chaman on Sunday.
It said 2 Pakistani soldiers were killed in the exchange of fire.
The Chaman crossing remained closed to trade on Monday.
Read more | Share on X
"""), {"Monday": "2026-02-09", "Sunday": "2026-02-08"}),
("i21-b", "https://www.afghanvoiceagency.af/en/spin-boldak-clashes", "Defence ministry gives account of Spin Boldak clashes", "2026-02-09",
T("""
Afghan Voice Agency
Defence ministry spokesman Enayatullah Hamdard said 4 members of the Islamic Emirate's forces were killed in clashes with Pakistani troops in Spin Boldak district on Sunday.
He claimed that Afghan forces killed 15 Pakistani soldiers and took control of two border posts.
(c) AVA 2026
"""), {"Sunday": "2026-02-08"}),
],
gold=[("figure", None, "killed",
       ("i21-a", "troops killed 23 Afghan Taliban fighters"),
       ("i21-b", "4 members of the Islamic Emirate's forces were killed")),
      ("figure", None, "killed",
       ("i21-a", "It said 2 Pakistani soldiers were killed in the exchange of fire"),
       ("i21-b", "Afghan forces killed 15 Pakistani soldiers"))],
))

S.append(dict(
name="22-jilib-baseless-lies", conflict="Somalia",
note="One wire story: the government's 47 al-Shabaab fighters killed near Jilib and al-Shabaab's radio calling that figure baseless lies (same-document denial naming only 'the government's figure'). A roadside bomb in Lower Shabelle is a different incident and victims.",
traps="different place and victims in the same story",
docs=[
("i22-a", "https://www.hornwire.com/africa/somalia-jilib-airstrike", "Somalia says air strike kills militants near Jilib", "2026-03-19",
T("""
MOGADISHU, March 19 (Horn Wire) - Somalia's information ministry said on Thursday that an air strike carried out with international partners near Jilib in Middle Juba on Wednesday killed 47 al-Shabaab fighters, including two commanders.
An al-Shabaab-run radio station described the government's figure as baseless lies, saying the strike had hit empty farmland.
In a separate incident, 4 soldiers were killed by a roadside bomb in Lower Shabelle, a military officer said.
(Reporting by Hodan Warsame; editing by Peter Lunde)
(c) Horn Wire 2026
"""), {"Thursday": "2026-03-19", "Wednesday": "2026-03-18"}),
],
gold=[("denial", "called_false", "killed",
       ("i22-a", "killed 47 al-Shabaab fighters, including two commanders"),
       ("i22-a", "described the government's figure as baseless lies"))],
))

S.append(dict(
name="23-haiti-period-totals", conflict="Haiti",
note="Trap: running totals for different periods: the UN's first-quarter 2026 toll, March alone, and an NGO's toll for all of 2025.",
traps="running totals for different periods; a month inside a quarter",
docs=[
("i23-a", "https://binuh-reports.org/quarterly/2026-q1-human-rights", "Quarterly human rights report, January-March 2026", "2026-04-30",
T("""
United Nations Integrated Office in Haiti (BINUH) - Quarterly report
At least 1,380 people were killed in gang-related violence in Haiti between January and March 2026, the report found.
In March alone, 512 people were killed, most of them in the Centre and Artibonite departments.
Download the full report (PDF)
"""), {}),
("i23-b", "https://www.haitiinfodirect.com/actualites/bilan-2025-violences", "NGO publishes 2025 toll of gang violence", "2026-01-15",
T("""
Haiti Info Direct
A Port-au-Prince rights group said 5,600 people were killed in gang violence in Haiti in 2025, the deadliest year it has recorded.
The group said kidnappings fell slightly compared with the previous year.
Read also: Schools reopen in Delmas
(c) Haiti Info Direct
"""), {}),
],
gold=[],
))

S.append(dict(
name="24-amhara-different-towns", conflict="Ethiopia",
note="Trap: drone strikes on the same Tuesday in two different Amhara towns, Bure and Lalibela, with different tolls.",
traps="different towns, same day",
docs=[
("i24-a", "https://www.amharaweekly.com/news/bure-market-drone-strike", "Drone strike hits market in Bure", "2026-05-06",
T("""
Amhara Weekly
A drone strike on the market in Bure, in West Gojjam, on Tuesday killed 14 people, a local health worker said.
The federal government did not comment.
Follow us on Telegram | Support our work
"""), {"Tuesday": "2026-05-05"}),
("i24-b", "https://www.ethiorights.org/alerts/lalibela-drone-strike", "Alert: drone strike near Lalibela", "2026-05-06",
T("""
EthioRights - Urgent alert
Six civilians were killed when a drone struck a minibus on the outskirts of Lalibela, North Wollo, on Tuesday, according to witnesses.
EthioRights calls for an independent investigation.
"""), {"Tuesday": "2026-05-05"}),
],
gold=[],
))
