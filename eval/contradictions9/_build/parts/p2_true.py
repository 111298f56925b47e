# True contradictions, scenarios 12-21.
SCENARIOS = [
{
 "n": 12, "slug": "suwayda-clashes-toll", "conflict": "Syria",
 "note": "Figure dispute on Monday 26 January's clashes in Suwayda province: a monitoring group says 53 killed, the interior ministry gives a toll of 21. Same event, place and day, different claimants.",
 "tests": "figure dispute, killed, 'a toll of'",
 "docs": [
  {"x": "a", "url": "https://levantmonitor.example/reports/suwayda-2026-01-27", "title": "Suwayda: 53 dead in a day of clashes",
   "published": "2026-01-27", "weekdays": {"Monday": "2026-01-26"},
   "text": """
   Levant Monitor for Human Rights - daily documentation
   Suwayda: a day of clashes
   The Levant Monitor for Human Rights documented 53 people killed in clashes between local Druze gunmen and tribal fighters backed by government forces in Suwayda province on Monday.
   The dead include fighters on both sides and civilians caught in the fighting in the western countryside, around al-Mazraa and Tha'la.
   The Monitor relies on a network of sources inside the province.
   Support independent documentation - Donate
   """},
  {"x": "b", "url": "https://syria-news-agency.example/en/interior-suwayda-statement", "title": "Interior ministry: security restored in Suwayda countryside",
   "published": "2026-01-27T11:00:00+03:00", "weekdays": {"Monday": "2026-01-26"},
   "text": """
   DAMASCUS - The Interior Ministry said security forces had restored calm in the western countryside of Suwayda province after clashes that left a toll of 21 dead on Monday.
   Ministry spokesman Nour al-Din Baba-Omar said internal security units had deployed between al-Mazraa and Tha'la to separate the armed groups.
   He called on residents to hand in unlicensed weapons.
   All rights reserved. Reproduction without permission prohibited.
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "killed",
   "a": ("a", "documented 53 people killed in clashes between local Druze gunmen and tribal fighters"),
   "b": ("b", "after clashes that left a toll of 21 dead on Monday")},
 ]},
{
 "n": 13, "slug": "kyaukphyu-rejected", "conflict": "Myanmar",
 "note": "The Arakan Army says it took full control of Kyaukphyu; the military government, in a second document, rejects reports that the town had fallen. Denial (rejected) of a territory claim; the reported claim inside the denial sentence is the target, not the junta's assertion.",
 "tests": "denial 'rejected reports that ... had fallen', territory, second document",
 "docs": [
  {"x": "a", "url": "https://rakhine-watch.example/news/aa-kyaukphyu-control", "title": "Arakan Army says it controls Kyaukphyu",
   "published": "2026-02-24", "weekdays": {"Sunday": "2026-02-22"},
   "text": """
   Rakhine Watch
   Arakan Army says it controls Kyaukphyu
   The Arakan Army said its troops had taken full control of Kyaukphyu town on Sunday after weeks of fighting around the deep-sea port project.
   An AA spokesman, U Khaing Thu Ya, said hundreds of regime soldiers had withdrawn towards the naval base on Ramree island.
   Internet and phone lines in the township remain cut.
   Read more: Why Kyaukphyu matters to Beijing | Share
   """},
  {"x": "b", "url": "https://naypyitaw-herald.example/en/spokesperson-kyaukphyu", "title": "Spokesperson: Kyaukphyu under Tatmadaw control",
   "published": "2026-02-24T18:00:00+06:30",
   "text": """
   Naypyitaw Herald
   Spokesperson: Kyaukphyu under Tatmadaw control
   Military government spokesman Major General Kyaw Zin Htet rejected reports that Kyaukphyu had fallen to the Arakan Army, saying security forces were defending the town and its port.
   He said the reports were spread by "terrorist media" to frighten investors.
   Copyright 2026 Naypyitaw Herald
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "rejected", "category": "territory",
   "a": ("a", "said its troops had taken full control of Kyaukphyu town on Sunday"),
   "b": ("b", "rejected reports that Kyaukphyu had fallen to the Arakan Army")},
 ]},
{
 "n": 14, "slug": "uvira-displaced-since", "conflict": "DR Congo",
 "note": "Figure dispute on the number displaced by fighting around Uvira (South Kivu) since 2 March: OCHA says some 85,000, the provincial government 140,000. Both running totals for the same period, so they are comparable and disagree.",
 "tests": "figure dispute, displaced, two running totals for the same period",
 "docs": [
  {"x": "a", "url": "https://ocha-bulletins.example/drc/south-kivu-flash-update-3", "title": "DR Congo: South Kivu flash update no. 3",
   "published": "2026-03-13",
   "text": """
   UN Office for the Coordination of Humanitarian Affairs (OCHA)
   Democratic Republic of the Congo: South Kivu - Flash Update No. 3 (13 March 2026)
   HIGHLIGHTS
   Since fighting resumed around Uvira on 2 March, some 85,000 people have fled their homes, most of them towards Baraka and Fizi.
   Partners report acute needs in shelter, water and cholera prevention.
   Humanitarian access on the Uvira-Fizi road remains restricted.
   Download PDF | Subscribe to OCHA updates
   """},
  {"x": "b", "url": "https://kivu-matin.example/sud-kivu/deplaces-uvira-gouvernement", "title": "South Kivu government raises alarm over Uvira displaced",
   "published": "2026-03-13T16:00:00+02:00",
   "text": """
   Kivu Matin (English edition)
   The South Kivu provincial government put the number of people displaced by the fighting around Uvira since 2 March at 140,000, its spokesman Jean-Pierre Mukendi said.
   Mukendi accused the AFC/M23 of targeting civilians and called for a humanitarian corridor.
   ADVERTISEMENT
   Also read: Lake Tanganyika boats ferry families to Kalemie
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "displaced",
   "a": ("a", "Since fighting resumed around Uvira on 2 March, some 85,000 people have fled their homes"),
   "b": ("b", "put the number of people displaced by the fighting around Uvira since 2 March at 140,000")},
 ]},
{
 "n": 15, "slug": "boulkessi-said-no-denied", "conflict": "Sahel",
 "note": "JNIM says it killed 30 soldiers and captured six at the Boulkessi post (Mali) on Sunday; the army, in a second document, says no soldiers were killed and denies that any were taken prisoner. Two denials: said_no (killed) and denied (captured).",
 "tests": "denials 'said no soldiers were killed' and 'denied that any soldier had been taken prisoner', killed and captured",
 "docs": [
  {"x": "a", "url": "https://sahel-monitor.example/mali/jnim-boulkessi-claim", "title": "JNIM claims deadly attack on Boulkessi post",
   "published": "2026-04-28", "weekdays": {"Sunday": "2026-04-26"},
   "text": """
   Sahel Monitor
   JNIM claims deadly attack on Boulkessi post
   The al-Qaeda-linked JNIM said in a statement on its az-Zallaqa channel that its fighters killed 30 soldiers in an attack on the army post at Boulkessi on Sunday.
   The group also said it captured six soldiers and seized weapons and vehicles.
   Boulkessi, near the border with Burkina Faso, has been attacked repeatedly since 2019.
   Sahel Monitor is supported by readers. Become a member
   """},
  {"x": "b", "url": "https://bamako-info.example/securite/fama-communique-boulkessi", "title": "FAMa: Boulkessi attack repelled",
   "published": "2026-04-28T20:00:00Z", "weekdays": {"Sunday": "2026-04-26"},
   "text": """
   Bamako Info
   FAMa: Boulkessi attack repelled
   In a communique, the general staff of the Malian Armed Forces said no soldiers were killed in Sunday's attack on the Boulkessi post, which it said had been repelled.
   The general staff also denied that any soldier had been taken prisoner and called the jihadist statement psychological warfare.
   It said several assailants were "neutralised" during a sweep of the area.
   Cookies | Terms | Contact
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "said_no", "category": "killed",
   "a": ("a", "its fighters killed 30 soldiers in an attack on the army post at Boulkessi"),
   "b": ("b", "said no soldiers were killed in Sunday's attack on the Boulkessi post")},
  {"kind": "denial", "wording": "denied", "category": "captured",
   "a": ("a", "The group also said it captured six soldiers"),
   "b": ("b", "denied that any soldier had been taken prisoner")},
 ]},
{
 "n": 16, "slug": "kasuwan-magani-abduction-denied", "conflict": "Nigeria",
 "note": "Residents say gunmen abducted 38 worshippers from a church in Kasuwan Magani (Kaduna state); in the same article the state government denies any abduction took place. Denial (denied) of an abduction, same document.",
 "tests": "denial 'denied that any abduction had taken place', abducted, same document",
 "docs": [
  {"x": "a", "url": "https://northernpulse.example/kaduna/kasuwan-magani-church", "title": "Kaduna: residents report church abduction, government denies",
   "published": "2026-02-03", "weekdays": {"Sunday": "2026-02-01"},
   "text": """
   Northern Pulse
   Kaduna: residents report church abduction, government denies
   KADUNA - Residents said gunmen abducted 38 worshippers from a church in Kasuwan Magani, Kajuru local government area, during the Sunday service.
   A community leader, Elder Yakubu Danjuma, said the attackers arrived on motorcycles and marched the worshippers into the bush.
   The Kaduna state commissioner for internal security, Samuel Aruwa-Garba, denied that any abduction had taken place in Kasuwan Magani, saying security agencies had found no report of it.
   Police did not respond to calls.
   Sponsored | Join our WhatsApp channel for breaking news
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "denied", "category": "abducted",
   "a": ("a", "Residents said gunmen abducted 38 worshippers from a church in Kasuwan Magani"),
   "b": ("a", "denied that any abduction had taken place in Kasuwan Magani")},
 ]},
{
 "n": 17, "slug": "moqokori-fabricated", "conflict": "Somalia",
 "note": "Al-Shabaab says it killed 47 soldiers and overran the army base at Moqokori (Hiiraan); the government, in a second document, dismisses the toll as fabricated and rejects the claim that the base was overrun. Two denials: dismissed_as (killed) and rejected (territory).",
 "tests": "denials 'dismissed ... as fabricated' and 'rejected the claim that the base had been overrun'",
 "docs": [
  {"x": "a", "url": "https://hiiraan-daily.example/news/moqokori-attack-claim", "title": "Al-Shabaab claims Moqokori base attack",
   "published": "2026-03-17", "weekdays": {"Monday": "2026-03-16"},
   "text": """
   Hiiraan Daily
   Al-Shabaab claims Moqokori base attack
   Al-Shabaab said on its radio station that its fighters killed 47 soldiers in a dawn attack on the army base at Moqokori on Monday.
   The group said its fighters overran the base and seized two armed pickup trucks.
   Moqokori, in Hiiraan region, was retaken from the militants in a government offensive.
   Share | Print | Comments (12)
   """},
  {"x": "b", "url": "https://sonna-news.example/en/government-moqokori", "title": "Government: Moqokori attack repulsed",
   "published": "2026-03-17T15:30:00+03:00",
   "text": """
   Somali National News
   Government: Moqokori attack repulsed
   Deputy information minister Abdirahman Yusuf Omar dismissed the al-Shabaab toll as fabricated, saying the attack on Moqokori had been repulsed with the help of local clan militia.
   He also rejected the claim that the base had been overrun and said troops remained in their positions.
   Follow SONNA on X and Facebook.
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "dismissed_as", "category": "killed",
   "a": ("a", "its fighters killed 47 soldiers in a dawn attack on the army base at Moqokori"),
   "b": ("b", "dismissed the al-Shabaab toll as fabricated")},
  {"kind": "denial", "wording": "rejected", "category": "territory",
   "a": ("a", "The group said its fighters overran the base"),
   "b": ("b", "rejected the claim that the base had been overrun")},
 ]},
{
 "n": 18, "slug": "liancourt-massacre-toll", "conflict": "Haiti",
 "note": "Figure dispute on the Gran Grif gang attack on Liancourt (Artibonite) on Saturday 16 May: a human rights group says more than 60 killed, the police put the toll at 23. Same event, different claimants.",
 "tests": "figure dispute, killed, 'more than' vs 'put the toll at'",
 "docs": [
  {"x": "a", "url": "https://ayiti-droits.example/en/statements/liancourt", "title": "Liancourt: a massacre that must not be forgotten",
   "published": "2026-05-18", "weekdays": {"Saturday": "2026-05-16"},
   "text": """
   Centre for Human Rights Monitoring (CHRM) - Statement
   CHRM has established that gunmen of the Gran Grif gang killed more than 60 people in Liancourt, in the Artibonite department, on Saturday.
   Survivors told CHRM that houses were set on fire and that residents who tried to flee across the Artibonite river were shot.
   CHRM calls on the authorities to open an investigation without delay.
   Port-au-Prince, 18 May 2026
   """},
  {"x": "b", "url": "https://haiti-flash.example/securite/liancourt-pnh-bilan", "title": "Police give toll for Liancourt attack",
   "published": "2026-05-18T14:00:00-04:00", "weekdays": {"Saturday": "2026-05-16"},
   "text": """
   Haiti Flash
   Police give toll for Liancourt attack
   The Haitian National Police put the toll from Saturday's gang attack on Liancourt at 23 dead, police spokesman Inspector Garry Desrosiers said.
   Desrosiers said reinforcements had been sent from Saint-Marc.
   Newsletter: Haiti Flash in your inbox every morning | Cookie settings
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "killed",
   "a": ("a", "killed more than 60 people in Liancourt"),
   "b": ("b", "put the toll from Saturday's gang attack on Liancourt at 23 dead")},
 ]},
{
 "n": 19, "slug": "gondar-airport-not-attacked", "conflict": "Ethiopia",
 "note": "Fano militia say they shelled Gondar airport; the government communication service, in a second document, says the airport had not been attacked. Denial (had_not) of an attack.",
 "tests": "denial 'said the airport had not been attacked', attack, second document",
 "docs": [
  {"x": "a", "url": "https://amhara-dispatch.example/news/fano-gondar-airport", "title": "Fano says it shelled Gondar airport",
   "published": "2026-01-13", "weekdays": {"Sunday": "2026-01-11"},
   "text": """
   Amhara Dispatch
   Fano says it shelled Gondar airport
   A Fano commander in North Gondar, who gave his name as Tewodros Alemu, said his fighters shelled the Gondar airport on Sunday night to stop flights carrying troops.
   Residents of the Azezo neighbourhood near the airport said they heard several loud explosions.
   Ethiopian Airlines did not comment. | Read more | Share
   """},
  {"x": "b", "url": "https://addis-standard-news.example/government-gondar-airport", "title": "Government: Gondar airport operating normally",
   "published": "2026-01-13T12:00:00+03:00",
   "text": """
   Addis Current
   Government: Gondar airport operating normally
   The Government Communication Service said Gondar airport had not been attacked and that flights were operating normally.
   The service called the reports "the work of extremist networks on social media".
   Subscribe | Advertise | © 2026 Addis Current
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "had_not", "category": "attack",
   "a": ("a", "said his fighters shelled the Gondar airport on Sunday night"),
   "b": ("b", "said Gondar airport had not been attacked")},
 ]},
{
 "n": 20, "slug": "barmal-strike-false", "conflict": "Pakistan",
 "note": "The Afghan Taliban say Pakistani aircraft bombed homes in Barmal district (Paktika); Pakistan's military spokesman, in a second document, calls the claim false. Denial (called_false) of an attack.",
 "tests": "denial 'called the Afghan claim false', cross-border air strike, second document",
 "docs": [
  {"x": "a", "url": "https://kabul-now-daily.example/en/paktika-barmal-airstrike", "title": "Taliban say Pakistani jets bombed homes in Paktika",
   "published": "2026-02-12", "weekdays": {"Wednesday": "2026-02-11"},
   "text": """
   Kabul Daily
   Taliban say Pakistani jets bombed homes in Paktika
   Taliban government spokesman Hamdullah Zahid said Pakistani aircraft bombed homes in the Barmal district of Paktika province on Wednesday night, killing civilians.
   He warned that Afghanistan would respond "at a time of its choosing".
   Cookie preferences | Newsletter
   """},
  {"x": "b", "url": "https://rawalpindi-tribune.example/national/ispr-paktika-claim", "title": "Military rejects Kabul's air strike allegation",
   "published": "2026-02-12T21:00:00+05:00",
   "text": """
   Rawalpindi Tribune
   Military rejects Kabul's air strike allegation
   Pakistan's military spokesman Lieutenant General Asim Raza called the Afghan claim false, saying no Pakistani aircraft had operated over Afghan territory.
   He said Pakistan would continue to act against militants who attack its soldiers in Khyber Pakhtunkhwa.
   ADVERTISEMENT
   Read more: Border crossings at Torkham and Chaman remain shut
   """},
 ],
 "pairs": [
  {"kind": "denial", "wording": "called_false", "category": "attack",
   "a": ("a", "said Pakistani aircraft bombed homes in the Barmal district of Paktika province"),
   "b": ("b", "called the Afghan claim false")},
 ]},
{
 "n": 21, "slug": "tame-soldiers-captured", "conflict": "Colombia",
 "note": "Figure dispute on soldiers seized by the ELN near Tame (Arauca) on Thursday 9 April: the ELN says it captured nine, the army says four soldiers are being held. Same event, different claimants.",
 "tests": "figure dispute, captured, number words vs digits",
 "docs": [
  {"x": "a", "url": "https://llanos-noticias.example/en/arauca/eln-communique-tame", "title": "ELN says it holds soldiers captured near Tame",
   "published": "2026-04-11", "weekdays": {"Thursday": "2026-04-09"},
   "text": """
   Llanos Noticias
   ELN says it holds soldiers captured near Tame
   In a communique, the ELN's Eastern War Front said its fighters captured nine soldiers of the army's 18th Brigade in a rural area of Tame, Arauca, on Thursday.
   The group said the soldiers would be released to a humanitarian commission "when conditions allow".
   Share on WhatsApp | Read more from Arauca
   """},
  {"x": "b", "url": "https://bogota-wire.example/colombia/army-tame-soldiers", "title": "Army says four soldiers held by ELN in Arauca",
   "published": "2026-04-11T18:20:00-05:00", "weekdays": {"Thursday": "2026-04-09"},
   "text": """
   BOGOTA, April 11 (Bogota Wire) - Colombia's army said four soldiers seized by the ELN near Tame on Thursday were being held by the guerrillas, and called for their immediate release.
   Army commander General Luis Fernando Quintero said the soldiers had been on a patrol protecting an oil pipeline.
   © 2026 Bogota Wire. All rights reserved.
   """},
 ],
 "pairs": [
  {"kind": "figure", "wording": None, "category": "captured",
   "a": ("a", "said its fighters captured nine soldiers of the army's 18th Brigade"),
   "b": ("b", "four soldiers seized by the ELN near Tame on Thursday were being held")},
 ]},
]
