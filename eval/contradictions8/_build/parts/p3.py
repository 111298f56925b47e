"""Scenarios 23-37: traps (no contradiction may be reported)."""
from common import D, S

SCENARIOS = [
S(23, "kyiv-toll-revision-live-blog", "Russia-Ukraine",
  "Live blog (newest entry first): the Kyiv City Military Administration raises its own toll for the overnight attack from eight to 13. A revision by one claimant, not a contradiction.",
  "trap: revision by the same claimant in a live blog",
  [D("k23-a", "https://kyiv-live24.com.ua/en/live/2026-02-09-missile-attack",
     "LIVE: Russia launches massive missile and drone attack on Kyiv", "2026-02-09", """
     LIVE: Russia launches massive missile and drone attack on Kyiv
     Updated 11:05

     11:05 - The death toll from the overnight missile attack on Kyiv has risen to 13, the Kyiv City Military Administration said, as rescuers recovered more bodies from the damaged apartment block in the Darnytskyi district.
     09:30 - Metro stations that served as shelters during the night have resumed normal service, the city's transport department said.
     07:40 - Eight people were killed in the overnight attack on Kyiv, the head of the Kyiv City Military Administration said on Telegram.
     06:15 - The air raid alert in the capital has been lifted after nearly five hours.

     Refresh the page for the latest updates
     Support our newsroom | Subscribe
     """)]),

S(24, "zaporizhzhia-different-days", "Russia-Ukraine",
  "A guided-bomb strike on Zaporizhzhia on Monday killed four; a drone attack on the city on Wednesday killed two. Same city, different days and different attacks.",
  "trap: same city, different days",
  [D("k24-a", "https://zp-today.com.ua/en/news/guided-bomb-shevchenkivskyi",
     "Guided bomb strike on Zaporizhzhia kills four", "2026-03-20", """
     Guided bomb strike on Zaporizhzhia kills four

     ZAPORIZHZHIA - A Russian guided bomb strike on the Shevchenkivskyi district of Zaporizhzhia on Monday killed four people, regional governor Oleksandr Tkachuk said.
     The bomb hit a courtyard between residential buildings, blowing out windows in several blocks.

     Read more: Power restored to most of the city after Monday's strike
     """, {"Monday": "2026-03-16"}),
   D("k24-b", "https://east-ukraine-wire.com/2026/03/20/zaporizhzhia-drone-attack",
     "Drone attack on Zaporizhzhia kills two", "2026-03-20", """
     Drone attack on Zaporizhzhia kills two

     ZAPORIZHZHIA (EUW) - A Russian drone attack on Zaporizhzhia on Wednesday killed two people and set fire to a warehouse in the Oleksandrivskyi district, governor Oleksandr Tkachuk said.
     It was the second deadly attack on the city this week.

     Cookie settings | Accept all
     """, {"Wednesday": "2026-03-18"})]),

S(25, "el-obeid-kadugli-different-places", "Sudan",
  "On the same Sunday an RSF drone strike near El Obeid kills six and shelling of a Kadugli market kills nine, reported by different claimants. Different places, hundreds of kilometres apart.",
  "trap: same day, different towns",
  [D("k25-a", "https://sudanpress-daily.com/en/kordofan/el-obeid-drone",
     "RSF drone strike near El Obeid fuel depot", "2026-04-14", """
     RSF drone strike near El Obeid fuel depot

     EL OBEID - An RSF drone strike near a fuel depot on the outskirts of El Obeid killed six people on Sunday, the North Kordofan state government said.
     The state's emergency committee said fire crews contained the blaze by evening.
     """, {"Sunday": "2026-04-12"}),
   D("k25-b", "https://nuba-mountains-news.org/kadugli-market-shelling",
     "Shelling hits Kadugli market", "2026-04-14", """
     Shelling hits Kadugli market

     Shelling of the main market in Kadugli killed nine people on Sunday, a local health official told Nuba Mountains News.
     Residents blamed the fighters besieging the town; no group commented.

     Help us keep reporting from South Kordofan - donate
     """, {"Sunday": "2026-04-12"})]),

S(26, "gaza-cumulative-vs-daily", "Israel-Gaza",
  "Gaza's health ministry gives a 24-hour toll (27) and a running total since October 2023; a UN bulletin restates the same running total. A daily figure is never set against a cumulative one, and the same total restated is no dispute.",
  "trap: cumulative total vs daily figure, same total restated",
  [D("k26-a", "https://gazahealth-updates.ps/en/daily-report/2026-05-12",
     "Daily report of the Ministry of Health", "2026-05-12", """
     Ministry of Health - Gaza - Daily report

     Hospitals in the Gaza Strip received 27 people killed by Israeli strikes in the past 24 hours, the ministry said.
     This brings the number of people killed since 7 October 2023 to 72,940, the ministry said, adding that many victims remain under the rubble.
     """),
   D("k26-b", "https://humanitarian-snapshot.org/opt/gaza-snapshot-12-may",
     "Gaza humanitarian snapshot", "2026-05-12", """
     Gaza Strip - Humanitarian snapshot

     According to the Ministry of Health in Gaza, 72,940 people have been killed since 7 October 2023.
     Fuel deliveries into the Strip remained below the minimum needed to run water desalination plants.

     This snapshot is published by humanitarian partners. Figures are as reported by the sources cited.
     """)]),

S(27, "south-lebanon-subset-vs-total", "Israel-Lebanon",
  "Lebanon's health ministry says Saturday's Israeli strikes across the south killed 12, including four in Nabatieh; a Nabatieh outlet reports four killed in a strike there. A subset matching a total, not a dispute.",
  "trap: subset vs total",
  [D("k27-a", "https://beirut-bulletin.com/lebanon/south-strikes-saturday",
     "Israeli strikes across south Lebanon kill 12, ministry says", "2026-06-14", """
     Israeli strikes across south Lebanon kill 12, ministry says

     BEIRUT - Israeli strikes across southern Lebanon on Saturday killed 12 people, including four in the city of Nabatieh, the Lebanese Health Ministry said.
     Strikes also hit villages in the Tyre and Marjayoun districts, the ministry said.

     Subscribe to The Beirut Bulletin
     """, {"Saturday": "2026-06-13"}),
   D("k27-b", "https://nabatieh-news.lb/local/car-strike",
     "Four killed in strike on car in Nabatieh", "2026-06-14", """
     Four killed in strike on car in Nabatieh

     Four people were killed when an Israeli drone struck a car on the main road into Nabatieh on Saturday, the municipality said.
     Civil defence teams took the bodies to the government hospital.
     """, {"Saturday": "2026-06-13"})]),

S(28, "hodeidah-killed-vs-wounded", "Yemen/Red Sea",
  "The Houthi health ministry says Thursday's strikes on Hodeidah port killed six; a hospital official says 14 wounded were brought in. Figures of different categories.",
  "trap: killed vs wounded figures for one strike",
  [D("k28-a", "https://yemen-front.net/en/hodeidah-port-strikes",
     "Strikes on Hodeidah port kill workers", "2026-01-09", """
     Strikes on Hodeidah port kill workers

     HODEIDAH - Air strikes on Hodeidah port on Thursday killed six port workers, the health ministry in Sanaa said.
     The ministry blamed Israel for the strikes, which hit fuel tanks and a crane.
     """, {"Thursday": "2026-01-08"}),
   D("k28-b", "https://tihama-news.net/hodeidah-hospital-wounded",
     "Hospital receives wounded from port strikes", "2026-01-09", """
     Hospital receives wounded from port strikes

     Fourteen people wounded in the strikes on Hodeidah port on Thursday were brought to al-Thawra hospital, its director Dr Fuad al-Absi said.
     He said several were in serious condition with burns.

     ADVERTISEMENT
     """, {"Thursday": "2026-01-08"})]),

S(29, "jaramana-clashes-same-and-compatible", "Syria",
  "A monitor and the interior ministry both say 19 were killed in Tuesday's clashes in Jaramana; a wire story cites a medical source saying at least 15. The same figure restated and a compatible lower bound, no dispute.",
  "trap: same figure restated, compatible 'at least' figure",
  [D("k29-a", "https://syrian-monitor-hr.org/en/jaramana-clashes",
     "Monitor: clashes in Jaramana", "2026-02-26", """
     Syrian Monitor for Human Rights

     Clashes between local gunmen and security forces in Jaramana, south-east of Damascus, on Tuesday killed 19 people, the monitor's network of sources reported.
     Shops in the town remained closed on the following day.
     """, {"Tuesday": "2026-02-24"}),
   D("k29-b", "https://damascus-today.sy/en/interior-ministry-jaramana",
     "Interior ministry: calm restored in Jaramana", "2026-02-26", """
     Interior ministry: calm restored in Jaramana

     The Interior Ministry said 19 people were killed in the clashes in Jaramana on Tuesday, including members of the security forces, and that calm had been restored.
     A curfew imposed on the town was lifted in the morning.

     Follow us on Telegram
     """, {"Tuesday": "2026-02-24"}),
   D("k29-c", "https://levant-wire.com/syria/2026/02/26/jaramana",
     "Calm returns to Damascus suburb after deadly clashes", "2026-02-26", """
     Calm returns to Damascus suburb after deadly clashes

     DAMASCUS (Levant Wire) - At least 15 people were killed in Tuesday's clashes in Jaramana, a medical source at the town's hospital told Levant Wire.
     Community leaders met security officials to discuss the deployment of local police.

     Copyright 2026 Levant Wire
     """, {"Tuesday": "2026-02-24"})]),

S(30, "kyaukphyu-outpost-compatible", "Myanmar",
  "The Arakan Army says more than 20 junta soldiers were captured when it overran an outpost near Kyaukphyu; a local outlet's residents say 26 surrendered. Compatible figures, no dispute.",
  "trap: compatible 'more than' figure",
  [D("k30-a", "https://arakan-today.org/news/aa-kyaukphyu-outpost",
     "Arakan Army overruns outpost near Kyaukphyu", "2026-03-30", """
     Arakan Army overruns outpost near Kyaukphyu

     The Arakan Army said it captured more than 20 junta soldiers when it overran an army outpost near Kyaukphyu on Friday.
     The group said it also seized weapons and ammunition.

     Share | Print
     """, {"Friday": "2026-03-27"}),
   D("k30-b", "https://rakhine-eyes.com/kyaukphyu-surrender",
     "Residents describe surrender at Kyaukphyu outpost", "2026-03-30", """
     Residents describe surrender at Kyaukphyu outpost

     Residents of a village near Kyaukphyu said 26 soldiers surrendered to the Arakan Army at the outpost on Friday after two days of fighting.
     The soldiers were led away towards the hills, one resident said.
     """, {"Friday": "2026-03-27"})]),

S(31, "minova-different-victims", "DR Congo",
  "M23 says it killed 40 army soldiers in Minova on Thursday; the army says it killed 70 M23 fighters there. Same place and day, but each side counts the other's losses: different victims.",
  "trap: different victim sides, same place and day",
  [D("k31-a", "https://kivu-regard.net/m23-minova-bilan",
     "M23 claims heavy army losses in Minova", "2026-06-05", """
     M23 claims heavy army losses in Minova

     GOMA - The M23 said its fighters killed 40 army soldiers during fighting in Minova on Thursday, and accused the army of using drones against civilian areas.
     The rebels posted photographs of seized weapons.
     """, {"Thursday": "2026-06-04"}),
   D("k31-b", "https://kinshasa-matin.cd/actualite/fardc-minova-bilan",
     "FARDC: rebels suffer heavy losses at Minova", "2026-06-05", """
     FARDC: rebels suffer heavy losses at Minova

     The army said its troops killed 70 M23 fighters who tried to enter Minova on Thursday, and that the town remained under government control.
     A military spokesman said the rebels had been pushed back towards the hills.

     © Kinshasa Matin 2026
     """, {"Thursday": "2026-06-04"})]),

S(32, "zurmi-syndicated-copy", "Nigeria",
  "The same wire story (18 villagers killed in Zurmi, Zamfara) syndicated by two outlets under different headlines and page furniture. Copies of one claim, no dispute.",
  "trap: syndicated copies of one wire story",
  [D("k32-a", "https://northernstar-ng.com/news/zamfara-zurmi-attack",
     "Bandits kill villagers in Zamfara", "2026-04-28", """
     Bandits kill villagers in Zamfara

     GUSAU, April 28 (NAW) - Armed bandits killed 18 villagers in an attack on a community in Zurmi local government area of Zamfara state on Saturday night, police said.
     Police spokesman Yazid Abubakar Kwatarkwashi said the attackers also burned houses and rustled cattle.
     Troops have been deployed to the area, he said.

     (Nigeria Agency Wire)
     Read more: Zamfara farmers return to fields after peace deal
     """, {"Saturday": "2026-04-25"}),
   D("k32-b", "https://lagos-daily-record.com/nation/zurmi-bandits-attack",
     "18 killed as bandits attack Zurmi community", "2026-04-28", """
     We value your privacy. By clicking Accept you agree to our use of cookies.

     NATION
     GUSAU, April 28 (NAW) - Armed bandits killed 18 villagers in an attack on a community in Zurmi local government area of Zamfara state on Saturday night, police said.
     Police spokesman Yazid Abubakar Kwatarkwashi said the attackers also burned houses and rustled cattle.
     Troops have been deployed to the area, he said.

     ADVERTISEMENT
     Copyright 2026 Lagos Daily Record
     """, {"Saturday": "2026-04-25"})]),

S(33, "mogadishu-anniversary", "Somalia",
  "An anniversary piece recalls the Zoobe junction bombing of 14 October 2017 (more than 500 killed); a same-day story reports a car bomb in Hodan district that killed nine on Tuesday. Different events years apart.",
  "trap: anniversary figure vs a new attack in the same city",
  [D("k33-a", "https://horn-observer.com/somalia/2026/10/14/zoobe-anniversary",
     "Mogadishu remembers the Zoobe bombing", "2026-10-14", """
     Mogadishu remembers the Zoobe bombing

     MOGADISHU - Families gathered at the Zoobe junction to mark the anniversary of the truck bombing of 14 October 2017, which killed more than 500 people in Somalia's deadliest attack.
     A memorial wall with the names of the victims is still unfinished, relatives said.

     Most read | Opinion
     """),
   D("k33-b", "https://somali-national-news.so/en/hodan-car-bomb",
     "Car bomb hits checkpoint in Hodan district", "2026-10-14", """
     Car bomb hits checkpoint in Hodan district

     A car bomb at a checkpoint in Mogadishu's Hodan district killed nine people on Tuesday, police said.
     Al-Shabaab said it carried out the attack.
     """, {"Tuesday": "2026-10-13"})]),

S(34, "dangila-toll-correction", "Ethiopia",
  "The Amhara Regional Health Bureau gives 14 killed in a drone strike on a minibus near Dangila, then corrects its own toll to 11 the next day. A correction by the same source, not a contradiction.",
  "trap: correction by the same claimant in a later document",
  [D("k34-a", "https://ethio-herald.et/news/dangila-minibus-strike",
     "Drone strike on minibus near Dangila", "2026-05-07", """
     Drone strike on minibus near Dangila

     BAHIR DAR - A drone strike on a minibus near Dangila on Wednesday killed 14 passengers, the Amhara Regional Health Bureau said.
     The wounded were taken to Felege Hiwot hospital in Bahir Dar, the bureau said.
     """, {"Wednesday": "2026-05-06"}),
   D("k34-b", "https://ethio-herald.et/news/dangila-toll-corrected",
     "Health bureau corrects Dangila toll", "2026-05-08", """
     Health bureau corrects Dangila toll

     The Amhara Regional Health Bureau corrected its toll for Wednesday's drone strike near Dangila to 11 dead, saying three victims had been counted twice by two hospitals.
     Correction: an earlier version of our report gave the bureau's first figure without noting that it had been revised.

     © Ethio Herald
     """, {"Wednesday": "2026-05-06"})]),

S(35, "haiti-totals-different-periods", "Haiti",
  "A UN human rights office counts 1,520 killed in gang violence in January-March 2026; a Haitian rights network counts more than 1,900 since 1 January (to mid-April). Running totals for different periods, no dispute.",
  "trap: two cumulative totals for different periods",
  [D("k35-a", "https://un-rights-haiti.org/reports/q1-2026",
     "Quarterly report on gang violence, January-March 2026", "2026-04-15", """
     Quarterly human rights report - Haiti

     At least 1,520 people were killed in gang-related violence across Haiti between January and March 2026, the office said in its quarterly report.
     Most of the killings took place in the West and Artibonite departments.
     """),
   D("k35-b", "https://haiti-express.ht/en/rights-network-toll",
     "Rights network: violence has killed more than 1,900 this year", "2026-04-16", """
     Rights network: violence has killed more than 1,900 this year

     PORT-AU-PRINCE - More than 1,900 people have been killed in gang violence in Haiti since 1 January, the National Network for the Defence of Rights said on Wednesday.
     The network said the pace of killings had accelerated in the first half of April.

     Abonnez-vous / Subscribe
     """, {"Wednesday": "2026-04-15"})]),

S(36, "quetta-two-blasts", "Pakistan",
  "On the same Monday in Quetta a suicide bombing at a police checkpoint on Sariab Road killed three policemen and a blast in a vegetable market killed seven civilians. Different attacks and victims.",
  "trap: two different attacks in one city on one day",
  [D("k36-a", "https://quetta-times.pk/news/sariab-checkpoint-bombing",
     "Suicide bomber hits police checkpoint in Quetta", "2026-06-02", """
     Suicide bomber hits police checkpoint in Quetta

     QUETTA - A suicide bomber attacked a police checkpoint on Sariab Road in Quetta on Monday, killing three policemen, the provincial police chief said.
     No group immediately claimed the attack.
     """, {"Monday": "2026-06-01"}),
   D("k36-b", "https://balochistan-post-daily.com/2026/06/02/quetta-market-blast",
     "Blast in Quetta vegetable market", "2026-06-02", """
     Blast in Quetta vegetable market

     A bomb hidden in a cart exploded in a vegetable market in Quetta on Monday evening, killing seven civilians, hospital officials said.
     The market was crowded with shoppers buying food for the evening meal.

     ADVERTISEMENT
     """, {"Monday": "2026-06-01"})]),

S(37, "catatumbo-warning-vs-displacement", "Colombia",
  "The Ombudsman warns that fighting could displace up to 10,000 people in Catatumbo; a local outlet reports about 3,000 people fled rural Tibú on Friday. A warned (future) figure against a reported one, no dispute.",
  "trap: a warning about a future figure vs an actual figure",
  [D("k37-a", "https://catatumbo-hoy.co/orden-publico/alerta-temprana",
     "Ombudsman issues early warning for Catatumbo", "2026-02-02", """
     Ombudsman issues early warning for Catatumbo

     CUCUTA - The Ombudsman's office warned that continued fighting between armed groups could displace up to 10,000 people in the Catatumbo region in the coming weeks.
     The early warning asks local authorities to prepare shelters in Tibú and Ocaña.
     """),
   D("k37-b", "https://norte-noticias.co/region/tibu-desplazados",
     "Families flee rural Tibu", "2026-02-02", """
     Families flee rural Tibu

     About 3,000 people fled rural Tibú on Friday after armed men ordered them to leave their farms, the town's mayor said.
     Many of the families were staying in a sports centre in the town.

     Politica de cookies | Aceptar
     """, {"Friday": "2026-01-30"})]),
]
