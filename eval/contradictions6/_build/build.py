#!/usr/bin/env python3
"""Generate eval/contradictions6 (standard library only).

Every scenario is held below as data. Running this script checks the data (ids, dates,
weekdays, evidence fragments, disputed figures) and, if all is well, writes
scenarios/NN-name/docs.jsonl, scenarios/NN-name/gold.json and README.md.

Usage: python3 _build/build.py          (writes)
       python3 _build/build.py --check  (checks only, writes nothing)
"""
import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCEN_DIR = os.path.join(ROOT, "scenarios")

SCENARIOS = []


def D(doc_id, url, title, published, *paras):
    """A document: paragraphs are joined by blank lines; each paragraph is one line."""
    for p in paras:
        assert "\n" not in p, (doc_id, p)
    return {"id": doc_id, "url": url, "title": title, "published": published,
            "text": "\n\n".join(paras)}


def P(kind, wording, category, a, b, fig=None):
    """A true pair. a, b = (doc_id, verbatim fragment). fig = (figure in a, figure in b)."""
    return {"kind": kind, "wording": wording, "category": category,
            "a": {"doc_id": a[0], "evidence": a[1]},
            "b": {"doc_id": b[0], "evidence": b[1]}, "_fig": fig}


def S(num, slug, conflict, note, docs, pairs, true_desc, kind_desc, traps_desc):
    SCENARIOS.append({"num": num, "slug": slug, "conflict": conflict, "note": note,
                      "docs": docs, "pairs": pairs, "true_desc": true_desc,
                      "kind_desc": kind_desc, "traps_desc": traps_desc})


COOKIE = "We use cookies to improve your experience and to show you relevant advertising. By continuing to browse you accept our cookie policy. [Accept all] [Manage settings]"
COOKIE2 = "This site uses cookies. Read our privacy notice to find out more. [OK]"
SHARE = "Share this article: Facebook | X | WhatsApp | Telegram | Copy link"
AD = "ADVERTISEMENT"
NEWS = "Sign up for our morning newsletter and get the day's essential stories in your inbox. [Subscribe]"

# ---------------------------------------------------------------------------
# Russia-Ukraine
# ---------------------------------------------------------------------------
S(1, "ukr-kostiantynivka-denied", "Russia-Ukraine",
  "A Russian ministry claim that a town was captured, denied by Ukraine's General Staff the next day in another outlet; the denial names the town. Unrelated drone and shelling claims sit around it.",
  [D("h01-a", "https://www.eastline-news.com/world/2026/02/10/russia-ministry-donetsk-statement",
     "Russian defence ministry issues statement on Donetsk front", "2026-02-10",
     "MOSCOW, Feb 10 (Eastline) - Russia's defence ministry said on Tuesday that its forces had taken full control of Kostiantynivka in the Donetsk region after weeks of street fighting.",
     "The ministry credited assault units of its Southern group of forces. Eastline could not independently verify the battlefield report.",
     "In a separate part of the statement, the ministry said air defence units had destroyed 63 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions.",
     "There was no immediate comment from Kyiv.",
     "(Reporting by Eastline's Moscow bureau; editing by Nadia Ferrer)",
     "© 2026 Eastline News Agency. All rights reserved."),
   D("h01-b", "https://frontline-review.com.ua/en/news/general-staff-kostiantynivka-response",
     "General Staff responds to Moscow's statement on Donetsk town", "2026-02-11",
     COOKIE,
     "KRAMATORSK — Ukraine's General Staff on Wednesday denied that Russian forces had captured Kostiantynivka, saying Ukrainian units continued to hold defensive positions inside the town.",
     "In its morning update, the General Staff listed 174 combat engagements along the front line over the previous day, the highest number this month.",
     "Regional governor Vadym Lysenko said Russian shelling of Druzhkivka had wounded two civilians on Tuesday evening.",
     NEWS,
     SHARE,
     "Read more: How drone crews keep the supply roads open in Donetsk region")],
  [P("denial", "denied", "territory",
     ("h01-a", "its forces had taken full control of Kostiantynivka in the Donetsk region"),
     ("h01-b", "denied that Russian forces had captured Kostiantynivka"))],
  "1", "denial / denied (territory, other doc, names the town)",
  "drone tally and a shelling of a nearby town are not part of the dispute")

S(2, "ukr-mod-bulletin-figures", "Russia-Ukraine",
  "One Russian ministry bulletin makes two figure claims; Ukraine's Ground Forces answer the training-ground toll and a brigade answers the armour loss, each in its own document. The brigade's own tank claim is about the other side's losses; the wounded figure has no counterpart.",
  [D("h02-a", "https://severnyvestnik.ru/en/defence/2026/03/12/ministry-daily-summary",
     "Defence ministry daily summary", "2026-03-12",
     "The Russian Defence Ministry said in its daily summary on Thursday that an Iskander missile strike on a Ukrainian training ground near Pavlohrad in the Dnipropetrovsk region on Wednesday had killed more than 150 servicemen.",
     "Near Dobropillia, units of the Centre group of forces destroyed nine Ukrainian armoured vehicles as they attempted a counterattack on Wednesday, the ministry said.",
     "Air defence crews shot down 48 fixed-wing drones over Russian regions overnight, according to the summary.",
     "The ministry did not provide evidence for its figures, which could not be independently verified.",
     "Subscribe to Severny Vestnik on Telegram for breaking defence news.",
     "© Severny Vestnik, 2026"),
   D("h02-b", "https://kyivmorning.com.ua/en/2026/03/12/ground-forces-training-area-strike",
     "Ground Forces command gives account of missile strike on training area", "2026-03-12",
     "KYIV — Ukraine's Ground Forces command said on Thursday that 12 soldiers were killed and 31 wounded when a Russian ballistic missile struck a training area in the Pavlohrad district of the Dnipropetrovsk region on Wednesday.",
     "The command said it had opened an inquiry into why personnel had been assembled in the open despite standing orders, and that the unit's commander had been suspended pending the investigation.",
     "Lawmakers on parliament's national security committee called for the findings to be made public.",
     AD,
     "Related: Families of the fallen demand answers over strikes on training sites"),
   D("h02-c", "https://dnipro-week.com.ua/news/2026/03/13/brigade-dobropillia-account",
     "Brigade gives its account of fighting near Dobropillia", "2026-03-13",
     "The 149th Separate Mechanised Brigade said on Friday that it had lost two armoured vehicles in Wednesday's fighting near Dobropillia and that the Russian assault on its positions had been halted.",
     "In a post on its Telegram channel, the brigade said its drone operators had destroyed four Russian tanks during the same engagement.",
     "The brigade did not give casualty figures for its soldiers.",
     "Get Dnipro Week in your inbox every Friday. [Subscribe]",
     "© 2026 Dnipro Week")],
  [P("figure", None, "killed",
     ("h02-a", "had killed more than 150 servicemen"),
     ("h02-b", "12 soldiers were killed and 31 wounded when a Russian ballistic missile struck a training area"),
     fig=("150", "12")),
   P("figure", None, "materiel_lost",
     ("h02-a", "destroyed nine Ukrainian armoured vehicles"),
     ("h02-c", "it had lost two armoured vehicles in Wednesday's fighting near Dobropillia"),
     fig=("nine", "two"))],
  "2", "figure: killed (more than 150 vs 12); materiel_lost (9 vs 2 armoured vehicles)",
  "wounded figure alone; brigade's Russian-tank claim is other victims; drone tally")

S(3, "ukr-morozovsk-aircraft", "Russia-Ukraine",
  "Ukraine's SBU says drones destroyed bombers at an air base; Russia's ministry says no aircraft were lost in the attack, without naming the base in that sentence. A governor's debris report agrees that something happened and is not a denial.",
  [D("h03-a", "https://kyivmorning.com.ua/en/2026/01/20/sbu-drones-rostov-airfield",
     "SBU says long-range drones reached Rostov region airfield", "2026-01-20",
     "KYIV — Ukraine's Security Service (SBU) said on Tuesday its long-range drones had struck the Morozovsk air base in Russia's Rostov region overnight, destroying four Su-34 bombers.",
     "A source in the service said the aircraft had been used to drop guided bombs on front-line towns in the Zaporizhzhia region.",
     "The claim could not be independently verified. Satellite imagery of the base was not immediately available.",
     SHARE),
   D("h03-b", "https://severnyvestnik.ru/en/defence/2026/01/20/overnight-drone-attack-south",
     "Overnight drone attack on southern regions repelled, ministry says", "2026-01-20",
     "The Russian Defence Ministry said on Tuesday that air defences had intercepted 57 Ukrainian drones overnight, 22 of them over the Rostov region.",
     "Rostov region governor Pavel Gorelov said falling debris had damaged a warehouse roof in the Morozovsk district.",
     "The ministry said no aircraft were lost in the overnight attack.",
     "Read more: Regional authorities review air-raid warning system",
     "© Severny Vestnik, 2026")],
  [P("denial", "said_no", "materiel_lost",
     ("h03-a", "destroying four Su-34 bombers"),
     ("h03-b", "The ministry said no aircraft were lost in the overnight attack"))],
  "1", "denial / said_no (materiel_lost, other doc, names only the event)",
  "drone interception tally; debris damage in the same district is compatible")

S(4, "ukr-orikhiv-not-fallen", "Russia-Ukraine",
  "Russia's ministry says it captured a town; a Ukrainian live blog (newest entry first) carries the army spokesman saying the town had not fallen. Other live-blog entries are unrelated strikes.",
  [D("h04-a", "https://www.eastline-news.com/world/2026/04/07/russia-ministry-zaporizhzhia-statement",
     "Russian ministry statement on Zaporizhzhia front", "2026-04-07",
     "MOSCOW, April 7 (Eastline) - Russia's defence ministry said on Tuesday that its troops had captured the town of Orikhiv in Ukraine's Zaporizhzhia region, a claim that could not be independently verified.",
     "The ministry said units of the Dnipro group of forces had carried out the operation and thanked the commanders involved.",
     "Russian state television broadcast footage it said was recorded in the area but did not say when it was filmed.",
     "(Reporting by Eastline's Moscow bureau)",
     "© 2026 Eastline News Agency"),
   D("h04-b", "https://frontline-review.com.ua/en/live/2026/04/08/war-live-wednesday",
     "Russia-Ukraine war live: Wednesday's updates", "2026-04-08T19:00:00+03:00",
     COOKIE2,
     "LIVE — Updates are in reverse chronological order, newest first.",
     "18:42 — A Russian drone hit a bus stop in Kherson's Dniprovskyi district, wounding three people, the city military administration said.",
     "15:10 — Col. Andriy Kovalyk, spokesman for Ukraine's Southern Defence Forces, said Orikhiv had not fallen and that Ukrainian troops were still holding positions in its northern districts.",
     "11:25 — Zaporizhzhia regional governor Serhii Mazur said Russian guided bombs had damaged an industrial site on the outskirts of Zaporizhzhia city overnight. Rescuers were working at the scene.",
     "08:05 — Good morning and welcome to our live coverage. Ukraine's air force said it had shot down 41 of 56 drones launched by Russia overnight.",
     SHARE)],
  [P("denial", "had_not", "territory",
     ("h04-a", "its troops had captured the town of Orikhiv in Ukraine's Zaporizhzhia region"),
     ("h04-b", "said Orikhiv had not fallen"))],
  "1", "denial / had_not: 'had not fallen' (territory, other doc, live blog, names the town)",
  "live-blog entries on Kherson and Zaporizhzhia city strikes")

S(5, "ukr-kharkiv-revision", "Russia-Ukraine",
  "Trap: the regional governor revises his own toll for one strike from 'at least six' in the morning to 14 in the evening. A different body's wounded figure (37) is compatible with the governor's 'more than 20'.",
  [D("h05-a", "https://kharkiv-today.com.ua/en/news/2026/05/14/guided-bomb-saltivskyi",
     "Guided bomb hits apartment block in Kharkiv", "2026-05-14T09:40:00+03:00",
     "KHARKIV — A Russian guided bomb struck an apartment block in Kharkiv's Saltivskyi district on Thursday morning, killing at least six people, regional governor Oleh Syniavskyi said.",
     "More than 20 people were injured, he said, and rescuers from the State Emergency Service were searching the collapsed sections.",
     "Stay informed: follow Kharkiv Today on Telegram.",
     AD),
   D("h05-b", "https://kharkiv-today.com.ua/en/news/2026/05/14/saltivskyi-rescue-ends",
     "Rescue operation ends at Saltivskyi apartment block", "2026-05-14T21:15:00+03:00",
     "KHARKIV — The death toll from Thursday morning's guided bomb strike on an apartment block in Kharkiv's Saltivskyi district has risen to 14, regional governor Oleh Syniavskyi said in the evening, as rescuers finished clearing the rubble.",
     "The State Emergency Service said 37 people had been wounded, among them five children.",
     "The city declared Friday a day of mourning.",
     "Read more: Kharkiv's schools move classes underground",
     SHARE)],
  [],
  "0", "—", "revision by one claimant (6 then 14); compatible wounded (more than 20 vs 37); subset (five children)")

S(6, "ukr-odesa-zaporizhzhia", "Russia-Ukraine",
  "Trap: two strikes on the same day in different cities (Odesa port overnight, Zaporizhzhia in the afternoon) with different tolls. The Zaporizhzhia story mentions the Odesa attack without a figure.",
  [D("h06-a", "https://odesa-port-news.com.ua/en/2026/06/02/drone-attack-port-infrastructure",
     "Drone attack on Odesa port overnight", "2026-06-02",
     COOKIE,
     "ODESA — Russian drones struck port infrastructure in Odesa overnight into Tuesday, killing four people and wounding seven, the regional military administration said.",
     "Fires broke out at two grain terminals and were put out by morning, it said.",
     NEWS),
   D("h06-b", "https://www.eastline-news.com/world/2026/06/02/zaporizhzhia-missile-strike",
     "Missile strike on Zaporizhzhia", "2026-06-02",
     "ZAPORIZHZHIA, Ukraine, June 2 (Eastline) - A Russian missile strike on an industrial area of Zaporizhzhia on Tuesday afternoon killed nine people and wounded 22, regional governor Serhii Mazur said.",
     "Overnight, drones had also targeted the Odesa region, Ukrainian officials said.",
     "© 2026 Eastline News Agency")],
  [],
  "0", "—", "different cities, same day (4 killed in Odesa vs 9 in Zaporizhzhia)")

S(7, "ukr-daily-losses-sides", "Russia-Ukraine",
  "Trap: each side's daily bulletin gives the other side's losses (different victims), and Ukraine's also gives a running total since 2022 next to the one-day figure (cumulative vs daily). Published on the fourth anniversary of the invasion.",
  [D("h07-a", "https://frontline-review.com.ua/en/news/2026/02/24/general-staff-daily-figures",
     "General Staff publishes daily figures", "2026-02-24",
     "KYIV — Russia lost 1,070 troops killed or wounded over the past day, bringing its total personnel losses since the start of the full-scale invasion to 1,262,940, Ukraine's General Staff said on Tuesday, the fourth anniversary of the invasion.",
     "The General Staff said Ukrainian forces had destroyed six Russian tanks and 21 artillery systems over the same period.",
     "The figures could not be independently verified.",
     NEWS,
     SHARE),
   D("h07-b", "https://severnyvestnik.ru/en/defence/2026/02/24/ministry-daily-summary",
     "Defence ministry daily summary", "2026-02-24",
     "The Ukrainian armed forces lost up to 1,240 servicemen over the past day along the entire line of contact, the Russian Defence Ministry said on Tuesday.",
     "Russian forces also destroyed five Ukrainian tanks and 17 field artillery pieces, according to the ministry.",
     "© Severny Vestnik, 2026")],
  [],
  "0", "—", "different victims (Russian vs Ukrainian losses, same day); cumulative vs daily; anniversary mention")

# ---------------------------------------------------------------------------
# Gaza
# ---------------------------------------------------------------------------
S(8, "gaza-nasser-hospital-denied", "Israel-Gaza",
  "One wire story: the health ministry reports a strike on a hospital courtyard, and the Israeli military denies carrying out the strike in the same document; the denial names only the event. A separate toll east of Gaza City is another incident.",
  [D("h08-a", "https://www.levantwire.com/gaza/2026/01/27/khan-younis-hospital-blast",
     "Blast at Khan Younis hospital; Israeli military responds", "2026-01-27",
     "KHAN YOUNIS, Gaza Strip, Jan 27 (Levant Wire) - An air strike hit the courtyard of Nasser Hospital in Khan Younis on Tuesday, killing four people including a paramedic, the Gaza Health Ministry said.",
     "Hospital staff said the blast shattered windows in the emergency ward and set fire to ambulances parked near the entrance.",
     "The Israeli military denied carrying out the strike and said it was reviewing whether a rocket fired by militants had fallen short.",
     "Separately, the ministry said three people were killed by Israeli fire east of Gaza City's Shujaiya neighbourhood.",
     "Levant Wire's correspondents are working under severe restrictions; figures from all sides could not be independently verified.",
     "© 2026 Levant Wire. Republication without permission prohibited.")],
  [P("denial", "denied", "attack",
     ("h08-a", "An air strike hit the courtyard of Nasser Hospital in Khan Younis on Tuesday"),
     ("h08-a", "The Israeli military denied carrying out the strike"))],
  "1", "denial / denied (attack, same doc, names only the event)",
  "a separate toll in Shujaiya, Gaza City")

S(9, "gaza-khan-younis-displaced", "Israel-Gaza",
  "Two running totals of displacement from the same area over the same period (since Sunday's evacuation orders): OCHA 85,000, COGAT about 30,000. COGAT's militant toll is another category.",
  [D("h09-a", "https://www.unocha-opt.org/flash-update/2026/04/15/eastern-khan-younis",
     "Flash Update: displacement from eastern Khan Younis", "2026-04-15",
     "Flash Update — Wednesday, 15 April 2026",
     "KEY POINTS",
     "• Since the evacuation orders for eastern Khan Younis issued on Sunday, an estimated 85,000 people have been displaced, according to OCHA and its partners.",
     "• Partners report that about 40 per cent of water points in the affected area are out of service.",
     "• Humanitarian access to the Bani Suheila area remains restricted.",
     "The figures above are preliminary and will be revised as site assessments continue.",
     "Subscribe to OCHA oPt updates | Contact the office | Privacy"),
   D("h09-b", "https://www.jerusalem-ledger.co.il/defense/2026/04/15/cogat-khan-younis-movement",
     "COGAT gives figures on movement from eastern Khan Younis", "2026-04-15",
     "COGAT, the Israeli defence body that coordinates civilian matters in Gaza, said on Wednesday that about 30,000 residents had moved out of eastern Khan Younis since Sunday's evacuation orders, most of them to the al-Mawasi area.",
     "The military said the orders were issued ahead of operations against Hamas infrastructure in the area.",
     "It said troops had killed 14 militants in eastern Khan Younis since Sunday.",
     NEWS,
     "© The Jerusalem Ledger 2026")],
  [P("figure", None, "displaced",
     ("h09-a", "an estimated 85,000 people have been displaced"),
     ("h09-b", "about 30,000 residents had moved out of eastern Khan Younis since Sunday's evacuation orders"),
     fig=("85,000", "30,000"))],
  "1", "figure: displaced, running totals for the same period (85,000 vs about 30,000)",
  "militant toll since Sunday (other category and victims)")

S(10, "gaza-mawasi-compatible", "Israel-Gaza",
  "Trap: compatible figures. Civil Defence says at least 12 killed in a strike on tents; the hospital the next day says 18. 'Dozens wounded' has no counterpart.",
  [D("h10-a", "https://gaza-now.ps/en/2026/05/06/mawasi-tents-strike",
     "Strike on tents in al-Mawasi", "2026-05-06",
     COOKIE2,
     "Gaza's Civil Defence said at least 12 people were killed when an Israeli strike hit tents sheltering displaced families in al-Mawasi, west of Khan Younis, on Wednesday.",
     "Civil Defence spokesman Khaled Abu Jamous said crews were still searching the site after dark.",
     SHARE),
   D("h10-b", "https://www.levantwire.com/gaza/2026/05/07/mawasi-strike-hospital-toll",
     "Al-Mawasi strike: hospital gives toll", "2026-05-07",
     "KHAN YOUNIS, Gaza Strip, May 7 (Levant Wire) - An Israeli strike on a tent encampment in al-Mawasi on Wednesday killed 18 people, officials at Nasser Hospital said on Thursday.",
     "The Israeli military said it had targeted a senior Hamas operative in the area and was reviewing reports of civilian casualties.",
     "Dozens of people were wounded, the hospital officials said.",
     "© 2026 Levant Wire")],
  [],
  "0", "—", "compatible figures (at least 12 vs 18)")

S(11, "gaza-nuseirat-subset", "Israel-Gaza",
  "Trap: a figure and a subset of it. The ministry says 34 killed, 11 of them children; UNICEF says at least 11 children were among the dead.",
  [D("h11-a", "https://gaza-now.ps/en/2026/06/09/nuseirat-house-strike",
     "Nuseirat: family home destroyed", "2026-06-09",
     "An Israeli strike on a house in the Nuseirat refugee camp on Monday night killed 34 people, 11 of them children, the Health Ministry in Gaza said on Tuesday.",
     "Neighbours said the house belonged to the Abu Sitta family and was sheltering relatives displaced from the north.",
     AD,
     SHARE),
   D("h11-b", "https://www.unicef-mena-updates.org/press/2026/06/09/statement-nuseirat",
     "Statement on children killed in Nuseirat", "2026-06-09",
     "Statement attributed to Leila Haddad, UNICEF Regional Director for the Middle East and North Africa",
     "AMMAN, 9 June 2026 — At least 11 children were among those killed in Monday night's strike on a residential building in Nuseirat.",
     "Children in Gaza cannot wait any longer for a lasting ceasefire. Every party must protect civilians and civilian infrastructure.",
     "Media contacts | Donate | Privacy policy")],
  [],
  "0", "—", "figure and subset (34 killed vs at least 11 children)")

# ---------------------------------------------------------------------------
# Israel-Lebanon
# ---------------------------------------------------------------------------
S(12, "lebanon-merkava-said-no", "Israel-Lebanon",
  "One wire story: Hezbollah claims three tanks destroyed near a border village; the Israeli military says no tanks were lost (same document, names only the incident). Israel's count of Hezbollah fighters killed is other victims; a Bint Jbeil toll is another place.",
  [D("h12-a", "https://www.levantwire.com/lebanon/2026/02/18/aita-al-shaab-border-clash",
     "Border clash near Aita al-Shaab", "2026-02-18",
     "BEIRUT, Feb 18 (Levant Wire) - Hezbollah said its fighters destroyed three Merkava tanks with guided missiles near the border village of Aita al-Shaab on Wednesday.",
     "The Israeli military said no tanks were lost in the incident.",
     "It said its troops had killed five Hezbollah fighters who fired anti-tank missiles at forces operating along the border.",
     "Lebanon's health ministry said an Israeli drone strike on a car in Bint Jbeil killed two people.",
     "Levant Wire could not independently verify the accounts.",
     "© 2026 Levant Wire")],
  [P("denial", "said_no", "materiel_lost",
     ("h12-a", "destroyed three Merkava tanks with guided missiles near the border village of Aita al-Shaab"),
     ("h12-a", "The Israeli military said no tanks were lost in the incident"))],
  "1", "denial / said_no (materiel_lost, same doc, names only the event)",
  "other victims (Hezbollah fighters killed); a strike in Bint Jbeil")

S(13, "lebanon-kiryat-shmona-wounded", "Israel-Lebanon",
  "Wounded in one rocket strike: Magen David Adom says seven, the municipality says 15 the next day. The hospital's four is a subset.",
  [D("h13-a", "https://galilnews.co.il/en/2026/02/20/kiryat-shmona-rocket-impact",
     "Rocket hits residential street in Kiryat Shmona", "2026-02-20",
     "Magen David Adom said seven people were wounded when a Hezbollah rocket hit a residential street in Kiryat Shmona on Friday afternoon.",
     "Sirens sounded across the Upper Galilee shortly before the impact, the Home Front Command said.",
     NEWS,
     SHARE),
   D("h13-b", "https://kiryat-shmona-local.co.il/news/2026/02/21/friday-rocket-impact-update",
     "Municipality update on Friday's rocket impact", "2026-02-21",
     COOKIE2,
     "The Kiryat Shmona municipality said on Saturday that 15 residents were wounded in Friday's rocket strike on the city, most of them by shrapnel and flying glass.",
     "Ziv Medical Center in Safed said four of the wounded remained in hospital.",
     "Residents whose homes were damaged can register with the municipal hotline.")],
  [P("figure", None, "wounded",
     ("h13-a", "seven people were wounded when a Hezbollah rocket hit a residential street in Kiryat Shmona"),
     ("h13-b", "15 residents were wounded in Friday's rocket strike on the city"),
     fig=("seven", "15"))],
  "1", "figure: wounded, single incident (7 vs 15)",
  "subset (four still in hospital)")

S(14, "lebanon-tyre-syndicated", "Israel-Lebanon",
  "Trap: syndicated copies. One wire story about a strike in Tyre carried verbatim by two partner sites with their own page furniture; the figures agree everywhere.",
  [D("h14-a", "https://www.levantwire.com/lebanon/2026/03/09/tyre-building-strike",
     "Israeli strike hits Tyre building", "2026-03-09",
     "TYRE, Lebanon, March 9 (Levant Wire) - An Israeli air strike on a building in the southern city of Tyre on Monday killed five people and wounded 11, Lebanon's health ministry said.",
     "The Israeli military said it had struck a Hezbollah weapons depot in the building and had warned residents to leave beforehand.",
     "Hezbollah said it fired a salvo of rockets at an army base near Nahariya in response.",
     "(Reporting by Levant Wire's Beirut bureau; editing by Tom Okafor)",
     "© 2026 Levant Wire"),
   D("h14-b", "https://www.cedar-daily.com.lb/world/2026/03/09/israeli-strike-tyre-building",
     "Israeli strike hits Tyre building", "2026-03-09",
     COOKIE,
     "TYRE, Lebanon, March 9 (Levant Wire) - An Israeli air strike on a building in the southern city of Tyre on Monday killed five people and wounded 11, Lebanon's health ministry said.",
     "The Israeli military said it had struck a Hezbollah weapons depot in the building and had warned residents to leave beforehand.",
     "Hezbollah said it fired a salvo of rockets at an army base near Nahariya in response.",
     "This article was syndicated from Levant Wire.",
     AD,
     "Most read: Beirut port reconstruction enters second phase"),
   D("h14-c", "https://www.gulfmorning.ae/middle-east/2026/03/09/tyre-building-strike",
     "Lebanon: Israeli strike hits building in Tyre", "2026-03-09",
     "TYRE, Lebanon, March 9 (Levant Wire) - An Israeli air strike on a building in the southern city of Tyre on Monday killed five people and wounded 11, Lebanon's health ministry said.",
     "The Israeli military said it had struck a Hezbollah weapons depot in the building and had warned residents to leave beforehand.",
     "Hezbollah said it fired a salvo of rockets at an army base near Nahariya in response.",
     "Source: Levant Wire",
     SHARE,
     "Copyright © 2026 Gulf Morning. All rights reserved.")],
  [],
  "0", "—", "syndicated copies of one story (three outlets)")

# ---------------------------------------------------------------------------
# Sudan
# ---------------------------------------------------------------------------
S(15, "sudan-babanusa-propaganda", "Sudan",
  "The RSF claims to have seized a town; the army spokesman, in another outlet the next day, dismisses the announcement on the town as propaganda. The army's own vehicle tally is about the other side's losses.",
  [D("h15-a", "https://sudanmirror-news.com/en/2026/01/13/rsf-west-kordofan-statement",
     "RSF statement on West Kordofan", "2026-01-13",
     "The Rapid Support Forces said on Tuesday they had seized full control of Babanusa in West Kordofan, including the headquarters of the army's 22nd Infantry Division.",
     "In a video released by the group, fighters were seen cheering outside a gate bearing the division's insignia. The footage could not be verified.",
     NEWS,
     "© 2026 Sudan Mirror"),
   D("h15-b", "https://portsudan-tribune.com/news/2026/01/14/army-responds-rsf-statement",
     "Army responds to RSF statement", "2026-01-14",
     COOKIE,
     "PORT SUDAN — Army spokesman Brig. Gen. Khalid Osman on Wednesday dismissed the RSF's announcement on Babanusa as propaganda, saying the division's garrison was intact and had repelled the assault.",
     "The army said its aircraft had destroyed 40 RSF combat vehicles in West Kordofan over the past two days.",
     "Read more: Port Sudan airport resumes night flights")],
  [P("denial", "dismissed_as", "territory",
     ("h15-a", "they had seized full control of Babanusa in West Kordofan"),
     ("h15-b", "dismissed the RSF's announcement on Babanusa as propaganda"))],
  "1", "denial / dismissed_as: 'as propaganda' (territory, other doc, names the town)",
  "army's tally of RSF vehicles (other victims, two-day total)")

S(16, "sudan-kadugli-siege-toll", "Sudan",
  "Two running totals of civilians killed in one city over the same period (since January 5): a doctors' network says at least 212, the state government 86. A single market strike is a one-day figure.",
  [D("h16-a", "https://sudandoctorsnetwork-statements.org/2026/03/25/kadugli",
     "Statement on the situation in Kadugli", "2026-03-25",
     "At least 212 civilians have been killed in attacks on Kadugli since January 5, when the RSF and its SPLM-N allies tightened their siege of the city, the Sudan Doctors Network said in a statement on Wednesday.",
     "The network said the city's only functioning hospital was running out of anaesthetics and blood bags.",
     "Follow us on X and Facebook for updates."),
   D("h16-b", "https://sudanmirror-news.com/en/2026/03/26/south-kordofan-government-figures",
     "South Kordofan government gives casualty figures", "2026-03-26",
     "KADUGLI — The South Kordofan state government said on Thursday that 86 civilians had been killed in attacks on Kadugli since January 5.",
     "A drone strike on the city's main market on Tuesday killed six people, the state health ministry added.",
     "Sudan Mirror could not reach RSF representatives for comment.",
     AD,
     "© 2026 Sudan Mirror")],
  [P("figure", None, "killed",
     ("h16-a", "At least 212 civilians have been killed in attacks on Kadugli since January 5"),
     ("h16-b", "86 civilians had been killed in attacks on Kadugli since January 5"),
     fig=("212", "86"))],
  "1", "figure: killed, running totals for the same period (at least 212 vs 86)",
  "one-day market toll inside the period (event vs cumulative)")

S(17, "sudan-antonov-baseless", "Sudan",
  "One wire story: the RSF says it shot down an army transport plane; the army spokesman calls the claim baseless in the same document (names only the event). An RSF toll for an earlier air strike has no counterpart.",
  [D("h17-a", "https://khartoum-dispatch.com/news/2026/05/19/nyala-rival-claims-aircraft",
     "Nyala: rival claims over army aircraft", "2026-05-19",
     "NYALA, Sudan, May 19 — The Rapid Support Forces said they shot down a Sudanese army Antonov transport plane over Nyala on Tuesday.",
     "The army's spokesman called the claim baseless and said all of its aircraft had returned safely to base.",
     "The RSF also said nine civilians were killed in an army air strike on a livestock market in southern Nyala on Monday.",
     SHARE,
     "© 2026 Khartoum Dispatch")],
  [P("denial", "called_false", "materiel_lost",
     ("h17-a", "they shot down a Sudanese army Antonov transport plane over Nyala on Tuesday"),
     ("h17-a", "The army's spokesman called the claim baseless"))],
  "1", "denial / called_false: 'baseless' (materiel_lost, same doc, names only the event)",
  "an uncontested air-strike toll from the day before")

S(18, "sudan-en-nahud-anniversary", "Sudan",
  "Trap: an anniversary piece recalls a massacre in May 2025 with its toll; a separate report gives the toll of a new drone strike on the same town in 2026.",
  [D("h18-a", "https://sudanmirror-news.com/en/2026/05/11/en-nahud-one-year-on",
     "En Nahud, one year on", "2026-05-11",
     "EN NAHUD — A year ago this week, Rapid Support Forces fighters stormed En Nahud in West Kordofan and, over two days in May 2025, killed more than 300 people, according to the Sudan Doctors Network.",
     "On Sunday, families gathered at the town's cemetery to read aloud the names of the dead.",
     "Survivors say many of those responsible have never been identified.",
     NEWS,
     "© 2026 Sudan Mirror"),
   D("h18-b", "https://khartoum-dispatch.com/news/2026/05/12/en-nahud-market-drone",
     "Drone strike hits En Nahud market", "2026-05-12",
     "A drone strike on En Nahud's main market on Monday killed eight people, the town's emergency response room said on Tuesday.",
     "The group blamed the Rapid Support Forces, which did not comment.",
     SHARE)],
  [],
  "0", "—", "anniversary recap (2025 toll) vs a new 2026 incident in the same town")

S(19, "sudan-el-obeid-two-strikes", "Sudan",
  "Trap: two different strikes on one city on the same day (a drone on a fuel depot at dawn, shelling of the central market in the afternoon) with different tolls.",
  [D("h19-a", "https://khartoum-dispatch.com/news/2026/02/08/el-obeid-fuel-depot-drone",
     "Drone hits fuel depot in El Obeid", "2026-02-08",
     "EL OBEID — An RSF drone hit a fuel depot on the eastern edge of El Obeid early on Sunday, killing three guards, a local official said.",
     "Plumes of black smoke could be seen across the city for hours.",
     COOKIE2),
   D("h19-b", "https://sudanmirror-news.com/en/2026/02/08/el-obeid-market-shelling",
     "Shelling hits El Obeid central market", "2026-02-08",
     "Shelling hit the central market of El Obeid on Sunday afternoon, killing 17 people and wounding 40, the North Kordofan health ministry said.",
     "Earlier in the day a drone struck a fuel depot on the outskirts of the city, officials said.",
     "© 2026 Sudan Mirror")],
  [],
  "0", "—", "different strikes in one city on the same day (3 vs 17 killed)")

# ---------------------------------------------------------------------------
# Yemen / Red Sea
# ---------------------------------------------------------------------------
S(20, "yemen-marlin-horizon-not-hit", "Yemen-Red Sea",
  "The Houthis say they struck a named tanker; its manager says the next day that the tanker had not been hit. A UKMTO near-miss report is compatible.",
  [D("h20-a", "https://redsea-observer.com/news/2026/03/17/houthi-spokesman-tanker-claim",
     "Houthi spokesman issues statement on Red Sea operation", "2026-03-17",
     "ADEN — The Houthi movement's military spokesman, Brig. Gen. Abdulkarim al-Mahdi, said on Tuesday that Houthi forces had struck the Liberian-flagged tanker Marlin Horizon in the Red Sea with two ballistic missiles and a drone.",
     "Al-Mahdi said the group would keep targeting ships it links to Israel.",
     NEWS),
   D("h20-b", "https://maritime-desk.com/news/2026/03/18/tanker-manager-statement",
     "Tanker manager issues statement after Houthi claim", "2026-03-18",
     COOKIE,
     "ATHENS — Thessaly Tanker Management, the Greek manager of the vessel, said on Wednesday that the Marlin Horizon had not been hit and was continuing its voyage towards Suez with all crew safe.",
     "The UKMTO centre said it had received a report on Tuesday of an explosion in the water about two nautical miles from a vessel west of Hodeidah.",
     "Read more: War-risk premiums for Red Sea transits edge lower",
     SHARE)],
  [P("denial", "had_not", "attack",
     ("h20-a", "had struck the Liberian-flagged tanker Marlin Horizon in the Red Sea"),
     ("h20-b", "the Marlin Horizon had not been hit"))],
  "1", "denial / had_not: 'had not been hit' (attack, other doc, names the vessel)",
  "a UKMTO near-miss report that agrees with the manager")

S(21, "yemen-mq9-rejected", "Yemen-Red Sea",
  "The Houthis say they shot down a US drone over Marib; a US official the next day rejects the claim without naming the place. The Houthis' cumulative count of drones downed has no counterpart.",
  [D("h21-a", "https://yemen-voice.net/en/2026/04/21/air-defence-marib-statement",
     "Armed forces statement on air defence operation in Marib", "2026-04-21",
     "SANAA — Yemeni air defences shot down an American MQ-9 Reaper drone over Marib province on Tuesday while it was carrying out hostile missions, the armed forces spokesman said in a televised statement.",
     "He said it was the 24th such aircraft downed since the start of the aggression.",
     "All rights reserved © Yemen Voice 2026"),
   D("h21-b", "https://www.capitol-defense-brief.com/2026/04/22/us-official-houthi-drone-claim",
     "US official responds to Houthi drone claim", "2026-04-22",
     "WASHINGTON — A US defence official on Wednesday rejected the Houthis' claim to have downed an American drone, saying all US aircraft operating over Yemen were accounted for.",
     "The official, who spoke on condition of anonymity, said US forces had struck two Houthi radar sites near the Red Sea coast on Monday.",
     "Get the Defense Brief newsletter. [Sign up]",
     AD)],
  [P("denial", "rejected", "materiel_lost",
     ("h21-a", "Yemeni air defences shot down an American MQ-9 Reaper drone over Marib province on Tuesday"),
     ("h21-b", "rejected the Houthis' claim to have downed an American drone"))],
  "1", "denial / rejected (materiel_lost, other doc, names only the event)",
  "cumulative drones-downed count; an uncontested US strike on radar sites")

S(22, "yemen-hodeidah-wounded-killed", "Yemen-Red Sea",
  "Trap: wounded vs killed. One outlet gives five killed in strikes on Hodeidah port, another 14 wounded in the same strikes.",
  [D("h22-a", "https://redsea-observer.com/news/2026/01/06/hodeidah-port-strikes",
     "Strikes hit Hodeidah port", "2026-01-06",
     "Israeli air strikes on the port of Hodeidah on Tuesday killed five people, the Houthi-run health ministry said.",
     "The Israeli military said it had hit docks and fuel storage used by the Houthis to bring in weapons.",
     SHARE),
   D("h22-b", "https://www.gulfmorning.ae/middle-east/2026/01/06/hodeidah-hospital-wounded",
     "Hodeidah hospital treats wounded after strikes", "2026-01-06",
     "Fourteen people were wounded in Tuesday's strikes on Hodeidah port, the director of the city's al-Thawra hospital told a local television channel.",
     "He said most of the wounded were port workers.",
     "Copyright © 2026 Gulf Morning. All rights reserved.")],
  [],
  "0", "—", "wounded vs killed for the same strikes")

S(23, "yemen-two-vessels", "Yemen-Red Sea",
  "Trap: different targets. The Houthis claim an attack on a named container ship in the Gulf of Aden on Monday; two days later UKMTO says an unnamed bulk carrier west of Mokha in the Red Sea had not been hit on Tuesday. Different vessel, sea and day.",
  [D("h23-a", "https://redsea-observer.com/news/2026/06/15/houthi-gulf-of-aden-claim",
     "Houthis claim attack in Gulf of Aden", "2026-06-15",
     "The Houthis said on Monday they had targeted the container ship Aster Bay in the Gulf of Aden with an explosive-laden drone boat.",
     "There was no immediate confirmation from the ship's operator.",
     NEWS),
   D("h23-b", "https://maritime-desk.com/news/2026/06/17/ukmto-incident-west-of-mokha",
     "UKMTO reports incident west of Mokha", "2026-06-17",
     "A bulk carrier reported a projectile landing in the water about 40 nautical miles west of Mokha in the Red Sea on Tuesday, the UKMTO centre said, adding that the vessel had not been hit and its crew was safe.",
     "UKMTO advised vessels to transit the area with caution.",
     COOKIE2)],
  [],
  "0", "—", "a 'had not been hit' report about a different vessel, sea and day")

# ---------------------------------------------------------------------------
# Haiti
# ---------------------------------------------------------------------------
S(24, "haiti-kenscoff-no-truth", "Haiti",
  "A gang leader says his fighters took the police station in Kenscoff; the police spokesperson says the next day that there is no truth to the claim that the station has fallen. A residents' displacement figure and two wounded officers have no counterpart.",
  [D("h24-a", "https://port-au-prince-hebdo.ht/en/2026/02/03/gang-leader-video-kenscoff",
     "Gang leader posts video from Kenscoff", "2026-02-03",
     "PORT-AU-PRINCE — In a video posted on social media on Tuesday, a leader of the Viv Ansanm gang coalition said his fighters had taken control of the police station in Kenscoff, in the hills above the capital.",
     "Residents said about 2,300 people had fled Kenscoff's upper neighbourhoods since the weekend.",
     COOKIE2,
     "© 2026 Port-au-Prince Hebdo"),
   D("h24-b", "https://www.caribbean-ledger.com/haiti/2026/02/04/police-kenscoff-statement",
     "Haitian police respond on Kenscoff", "2026-02-04",
     "\"There is no truth to the claim that Kenscoff police station has fallen,\" police spokesperson Marie-Carmel Dorval said on Wednesday, adding that officers backed by the Gang Suppression Force remained inside the building.",
     "She said two officers had been wounded in exchanges of fire on Tuesday.",
     NEWS,
     SHARE)],
  [P("denial", "called_false", "territory",
     ("h24-a", "his fighters had taken control of the police station in Kenscoff"),
     ("h24-b", "There is no truth to the claim that Kenscoff police station has fallen"))],
  "1", "denial / called_false: 'there is no truth to' (territory, other doc, names the place)",
  "displaced and wounded figures with no counterpart")

S(25, "haiti-displaced-periods", "Haiti",
  "Trap: running totals for different periods and areas. IOM gives a national total and the number newly displaced since January 1; civil protection gives displacement from Mirebalais since March 2.",
  [D("h25-a", "https://haiti-displacement-tracker.org/reports/2026/03/31/national-update",
     "Displacement tracking: national update", "2026-03-31",
     "More than 1.4 million people are now internally displaced across Haiti, the International Organization for Migration said in its latest tracking update on Tuesday.",
     "Of these, some 118,000 people were newly displaced between January 1 and March 28, most of them from the Centre and Artibonite departments.",
     "Download the full report (PDF) | Methodology | Contact"),
   D("h25-b", "https://port-au-prince-hebdo.ht/en/2026/04/01/mirebalais-civil-protection",
     "Mirebalais: civil protection gives displacement figure", "2026-04-01",
     "Some 52,000 people have fled Mirebalais and surrounding communes since gangs attacked the town on March 2, Haiti's civil protection directorate said on Wednesday.",
     "Many of them are sheltering in schools in Hinche, it said.",
     AD,
     "© 2026 Port-au-Prince Hebdo")],
  [],
  "0", "—", "running totals for different periods and areas (national total, since January, since March 2)")

# ---------------------------------------------------------------------------
# Myanmar
# ---------------------------------------------------------------------------
S(26, "myanmar-chaung-kwe-never", "Myanmar",
  "Rescue volunteers report a deadly air strike on a village; the junta's information team says the next day that the reported strike on the village never took place.",
  [D("h26-a", "https://irrawaddy-dispatch.com/news/2026/01/15/depayin-village-airstrike",
     "Air strike on Depayin township village", "2026-01-15",
     "A military air strike on Chaung Kwe village in Sagaing Region's Depayin township on Wednesday killed 21 people, including nine students, local rescue volunteers said.",
     "Residents said the victims were buried the same evening.",
     NEWS,
     SHARE),
   D("h26-b", "https://newlight-bulletin.com.mm/en/2026/01/16/information-team-statement",
     "Information team issues statement on media reports", "2026-01-16",
     "NAY PYI TAW, 16 January — The information team of the State Security and Peace Commission said on Friday that the reported air strike on Chaung Kwe village never took place and accused exile media outlets of misleading the public.",
     "The statement said security forces were carrying out operations against terrorist groups in Depayin township.")],
  [P("denial", "had_not", "attack",
     ("h26-a", "A military air strike on Chaung Kwe village in Sagaing Region's Depayin township on Wednesday killed 21 people"),
     ("h26-b", "the reported air strike on Chaung Kwe village never took place"))],
  "1", "denial / had_not: 'never took place' (attack, other doc, names the village)",
  "subset inside the claim (nine students)")

S(27, "myanmar-kyaukphyu-captured", "Myanmar",
  "Prisoners taken when a base fell: the Arakan Army says 112, a junta spokesman 35. Both agree the base was lost.",
  [D("h27-a", "https://rakhine-watch.com/news/2026/04/28/arakan-army-kyaukphyu-statement",
     "Arakan Army statement on Kyaukphyu fighting", "2026-04-28",
     "The Arakan Army said on Tuesday it had captured 112 junta soldiers, including a lieutenant colonel, when it overran a navy base near Kyaukphyu on Sunday.",
     "The group said it had also seized large quantities of weapons and ammunition.",
     COOKIE),
   D("h27-b", "https://irrawaddy-dispatch.com/news/2026/04/29/junta-account-kyaukphyu-base",
     "Junta gives its account of Kyaukphyu base fighting", "2026-04-29",
     "A military spokesman said on Wednesday that 35 personnel had been taken prisoner after the base near Kyaukphyu was lost on Sunday, in a rare admission of a battlefield setback.",
     "He said most of the garrison had been evacuated by sea.",
     SHARE)],
  [P("figure", None, "captured",
     ("h27-a", "it had captured 112 junta soldiers"),
     ("h27-b", "35 personnel had been taken prisoner after the base near Kyaukphyu was lost on Sunday"),
     fig=("112", "35"))],
  "1", "figure: captured, single incident (112 vs 35)",
  "both sides agree on the base's fall (no territory dispute)")

S(28, "myanmar-village-region", "Myanmar",
  "Trap: a village in Sagaing Region and the region itself, from different sources, with different figures for different incidents (a village strike on Monday; a monastery strike somewhere in the region on Thursday).",
  [D("h28-a", "https://sagaing-times.com/2026/03/10/myaung-township-village-airstrike",
     "Air strike on Myaung township village", "2026-03-10",
     "A junta air strike on Nyaung Pin Thar village in Sagaing Region's Myaung township on Monday killed seven people, residents said.",
     "Villagers said they had no warning before the aircraft arrived.",
     AD),
   D("h28-b", "https://irrawaddy-dispatch.com/news/2026/03/13/monastery-airstrike-sagaing",
     "Air strike hits monastery sheltering displaced people", "2026-03-13",
     "A military air strike on a monastery sheltering displaced people in Sagaing Region on Thursday killed 22 people, the National Unity Government said on Friday.",
     "The NUG did not name the village, citing the safety of survivors.",
     NEWS)],
  [],
  "0", "—", "village vs containing region, different sources, incidents and days")

# ---------------------------------------------------------------------------
# DR Congo
# ---------------------------------------------------------------------------
S(29, "drc-uvira-refuted", "DR Congo",
  "AFC/M23 says it took Uvira; the government spokesman categorically refutes it the next day (another document, names the town). The same government document gives a displacement total that UNHCR, in a third document, puts far higher for the same period. The Burundi crossings are a subset.",
  [D("h29-a", "https://kivu-matin.cd/en/2026/02/17/afc-m23-south-kivu-statement",
     "AFC/M23 statement on South Kivu", "2026-02-17",
     "GOMA — The AFC/M23 rebel alliance said on Tuesday its fighters had taken control of Uvira, the last major government-held town in South Kivu.",
     "Alliance spokesman Corneille Habimana told residents to return to their homes and reopen their shops.",
     COOKIE2,
     "© Kivu Matin 2026"),
   D("h29-b", "https://congo-actualite.net/en/2026/02/18/kinshasa-responds-south-kivu",
     "Kinshasa responds on South Kivu", "2026-02-18",
     "KINSHASA — Government spokesman Jean-Paul Mbuyi on Wednesday categorically refuted the rebels' claim to have seized Uvira, saying the army and allied Wazalendo fighters still held the town.",
     "The South Kivu provincial government said 45,000 people had been displaced from Uvira since February 10.",
     NEWS,
     SHARE),
   D("h29-c", "https://unhcr-briefing-notes.org/2026/02/18/displacement-uvira",
     "Briefing note: displacement from Uvira", "2026-02-18",
     "UNHCR estimates that 120,000 people have fled Uvira since fighting reached the town on February 10, spokesperson Amélie Laurent told a press briefing in Geneva on Wednesday.",
     "Some 38,000 of them have crossed into Burundi, she said.",
     "Media contacts | Subscribe to briefing notes")],
  [P("denial", "rejected", "territory",
     ("h29-a", "its fighters had taken control of Uvira"),
     ("h29-b", "categorically refuted the rebels' claim to have seized Uvira")),
   P("figure", None, "displaced",
     ("h29-c", "120,000 people have fled Uvira since fighting reached the town on February 10"),
     ("h29-b", "45,000 people had been displaced from Uvira since February 10"),
     fig=("120,000", "45,000"))],
  "2", "denial / rejected: 'categorically refuted' (territory, other doc, names the town); figure: displaced, same period (120,000 vs 45,000)",
  "subset (38,000 into Burundi)")

S(30, "drc-oicha-live-revision", "DR Congo",
  "Trap: a live blog (newest first) in which the same governor raises his toll for one attack from 18 to 25; a second document reports a different raid, on another day, in the same territory.",
  [D("h30-a", "https://kivu-matin.cd/en/live/2026/05/26/eastern-congo-live",
     "Eastern Congo live: Tuesday", "2026-05-26T19:30:00+02:00",
     COOKIE,
     "LIVE — Latest updates first. Times are local (Goma).",
     "18:50 — North Kivu's military governor, Maj. Gen. Evariste Somo, said the toll from Monday night's ADF attack on Oicha had risen to 25 killed as more bodies were recovered.",
     "16:20 — Aid agencies said health centres in Beni territory were struggling to cope with the wounded.",
     "13:05 — North Kivu's military governor said 18 people were killed in the ADF attack on Oicha, in Beni territory, on Monday night.",
     "09:30 — Residents of Oicha said attackers armed with machetes and guns entered the town's eastern neighbourhoods on Monday night.",
     "09:00 — Good morning. Follow our live coverage of events in eastern Congo.",
     SHARE),
   D("h30-b", "https://congo-actualite.net/en/2026/05/27/mamove-farmers-raid",
     "Farmers killed in Mamove raid", "2026-05-27",
     "Civil society leaders in Beni territory said on Wednesday that ADF fighters killed nine farmers in a raid on fields near Mamove on Sunday.",
     "The attack had gone unreported for days because the area has no phone network, they said.",
     AD)],
  [],
  "0", "—", "revision by one claimant inside a live blog (18 then 25); a different raid nearby on another day")

# ---------------------------------------------------------------------------
# Sahel
# ---------------------------------------------------------------------------
S(31, "mali-boulkessi-fabricated", "Sahel",
  "Mali: JNIM claims 70 soldiers killed at a camp; the army dismisses the toll as fabricated and gives nine, in separate sentences of one communique. Two true pairs against the same claim; the assailants killed are other victims.",
  [D("h31-a", "https://sahelwatch.net/en/2026/03/05/boulkessi-jnim-statement",
     "Boulkessi: JNIM statement", "2026-03-05",
     "JNIM said in a statement on its az-Zallaqa channel that its fighters killed 70 soldiers in an assault on the army camp at Boulkessi on Wednesday.",
     "The al-Qaeda-linked group also said it had seized vehicles and weapons.",
     NEWS),
   D("h31-b", "https://bamako-echo.ml/en/2026/03/06/army-communique-boulkessi",
     "Army communique on Boulkessi attack", "2026-03-06",
     "BAMAKO — The army general staff dismissed the jihadists' toll as fabricated, in a communique read on state television on Friday.",
     "It said nine soldiers were killed when the camp at Boulkessi came under attack on Wednesday.",
     "The army added that 31 assailants had been neutralised and their weapons seized.",
     COOKIE2,
     "© Bamako Echo 2026")],
  [P("denial", "dismissed_as", "killed",
     ("h31-a", "its fighters killed 70 soldiers"),
     ("h31-b", "dismissed the jihadists' toll as fabricated")),
   P("figure", None, "killed",
     ("h31-a", "killed 70 soldiers in an assault on the army camp at Boulkessi"),
     ("h31-b", "It said nine soldiers were killed when the camp at Boulkessi came under attack on Wednesday"),
     fig=("70", "nine"))],
  "2", "denial / dismissed_as: 'as fabricated' (killed, other doc, names only the toll); figure: killed (70 vs 9)",
  "other victims (31 assailants)")

S(32, "burkina-djibo-compatible", "Sahel",
  "Burkina Faso. Trap: compatible figures. Security sources say more than 30 killed in an attack on a detachment; JNIM says 41.",
  [D("h32-a", "https://sahelwatch.net/en/2026/04/09/djibo-detachment-attack",
     "Attack on Djibo detachment", "2026-04-09",
     "More than 30 soldiers and VDP volunteer fighters were killed when militants attacked a military detachment in Djibo on Tuesday, two security sources told Sahel Watch.",
     "Burkina Faso's government has not commented on the attack.",
     SHARE),
   D("h32-b", "https://www.ouaga-infos.net/en/2026/04/10/jnim-djibo-statement",
     "JNIM issues statement on Djibo attack", "2026-04-10",
     "JNIM said on Friday that it had killed 41 soldiers and VDP auxiliaries in Tuesday's attack in Djibo.",
     "The group also claimed to have seized three armoured vehicles.",
     AD)],
  [],
  "0", "—", "compatible figures (more than 30 vs 41)")

# ---------------------------------------------------------------------------
# Nigeria
# ---------------------------------------------------------------------------
S(33, "nigeria-ochekwu-toll", "Nigeria",
  "One night attack on a village: Amnesty International Nigeria says more than 100 killed, the state police 43. Arrests have no counterpart.",
  [D("h33-a", "https://middlebelt-times.com.ng/news/2026/06/16/agatu-ochekwu-killings",
     "Rights group gives toll from Agatu attack", "2026-06-16",
     "MAKURDI — More than 100 people were killed when gunmen attacked Ochekwu village in the Agatu local government area of Benue State overnight into Saturday, Amnesty International Nigeria said on Tuesday.",
     "Survivors said the attackers set fire to homes and a church.",
     NEWS,
     "© 2026 Middle Belt Times"),
   D("h33-b", "https://www.abuja-ledger.ng/news/2026/06/16/benue-police-ochekwu",
     "Benue police give figures on Ochekwu attack", "2026-06-16",
     "Police in Benue State said on Tuesday that 43 people were killed in Saturday's attack on Ochekwu and that 12 suspects had been arrested.",
     "Police spokeswoman Grace Iorkyaa said patrols had been stepped up across Agatu.",
     COOKIE)],
  [P("figure", None, "killed",
     ("h33-a", "More than 100 people were killed when gunmen attacked Ochekwu village"),
     ("h33-b", "43 people were killed in Saturday's attack on Ochekwu"),
     fig=("100", "43"))],
  "1", "figure: killed, single incident (more than 100 vs 43)",
  "arrests (no counterpart)")

S(34, "nigeria-marte-lies", "Nigeria",
  "ISWAP says it overran an army base in Marte; the army spokesman calls the claim that Marte had been overrun a pack of lies (another document, names the place). The army's toll of attackers is other victims.",
  [D("h34-a", "https://borno-ledger.ng/news/2026/01/31/iswap-marte-statement",
     "ISWAP statement on Marte", "2026-01-31",
     "MAIDUGURI — Islamic State West Africa Province said its fighters overran the army base in Marte, Borno State, on Friday and seized weapons and vehicles, in a statement carried by the group's Amaq news agency.",
     "Residents who fled to Dikwa said they heard heavy gunfire through the night.",
     SHARE),
   D("h34-b", "https://www.abuja-ledger.ng/news/2026/02/01/army-responds-marte",
     "Army responds on Marte", "2026-02-01",
     "Army spokesman Lt. Col. Emeka Adeyemi on Sunday called the claim that Marte had been overrun a pack of lies, saying troops had repelled the attack and remained in full control of the base.",
     "He said troops had killed 28 terrorists during the fighting.",
     NEWS,
     "© 2026 Abuja Ledger")],
  [P("denial", "called_false", "territory",
     ("h34-a", "its fighters overran the army base in Marte, Borno State, on Friday"),
     ("h34-b", "called the claim that Marte had been overrun a pack of lies"))],
  "1", "denial / called_false: 'a pack of lies' (territory, other doc, names the place)",
  "other victims (28 attackers killed)")

S(35, "nigeria-damboa-victims", "Nigeria",
  "Trap: different victims in one attack. The army says it killed 40 ISWAP fighters; ISWAP says it killed 11 soldiers.",
  [D("h35-a", "https://borno-ledger.ng/news/2026/05/02/damboa-base-attack-repelled",
     "Army says attack on Damboa base repelled", "2026-05-02",
     "Troops repelled an attack on a military base in Damboa on Friday night and killed 40 ISWAP fighters, the army said on Saturday.",
     "Residents said shops in the town stayed shut on Saturday morning.",
     COOKIE2),
   D("h35-b", "https://sahelwatch.net/en/2026/05/03/iswap-damboa-statement",
     "ISWAP statement on Damboa attack", "2026-05-03",
     "Islamic State West Africa Province said on Sunday that its fighters killed 11 Nigerian soldiers in Friday night's attack on the army base in Damboa.",
     "The claim could not be independently verified.",
     SHARE)],
  [],
  "0", "—", "different victims in one attack (40 attackers vs 11 soldiers)")

# ---------------------------------------------------------------------------
# Somalia
# ---------------------------------------------------------------------------
S(36, "somalia-moqokori-rejected", "Somalia",
  "One wire story: al-Shabaab says it captured a town and killed 47 soldiers; the army rejects the claim that the town had fallen, and a commander gives seven soldiers killed. Two true pairs in one document; the militants killed are other victims.",
  [D("h36-a", "https://shabelle-dispatch.so/en/2026/04/23/moqokori-fighting",
     "Fighting in Hiiraan's Moqokori", "2026-04-23",
     "MOGADISHU, April 23 — Al-Shabaab said on Thursday its fighters had captured the town of Moqokori in Hiiraan region after overrunning an army base there, killing 47 soldiers.",
     "The Somali National Army rejected the claim that Moqokori had fallen, saying its forces still controlled the town.",
     "A regional commander, Col. Abdirahman Warsame, said seven soldiers were killed in the fighting.",
     "He said 23 militants were also killed.",
     NEWS,
     "© 2026 Shabelle Dispatch")],
  [P("denial", "rejected", "territory",
     ("h36-a", "its fighters had captured the town of Moqokori in Hiiraan region"),
     ("h36-a", "The Somali National Army rejected the claim that Moqokori had fallen")),
   P("figure", None, "killed",
     ("h36-a", "killing 47 soldiers"),
     ("h36-a", "said seven soldiers were killed in the fighting"),
     fig=("47", "seven"))],
  "2", "denial / rejected (territory, same doc, names the town); figure: killed (47 vs 7, same doc)",
  "other victims (23 militants)")

S(37, "somalia-weekly-vs-raid", "Somalia",
  "Trap: cumulative vs event. A ministry's weekly total of fighters killed across a region, and a single raid inside that region and week.",
  [D("h37-a", "https://shabelle-dispatch.so/en/2026/06/03/ministry-weekly-operations",
     "Ministry gives weekly operations figures", "2026-06-03",
     "Somali forces and international partners killed 76 al-Shabaab fighters in operations across Middle Shabelle over the past week, the Ministry of Information said on Wednesday.",
     "The ministry said the operations would continue until the region was cleared.",
     AD),
   D("h37-b", "https://www.horn-observer.com/somalia/2026/06/02/adan-yabaal-raid",
     "Raid near Adan Yabaal", "2026-06-02",
     "Fourteen al-Shabaab fighters were killed in a raid on a militant hideout near Adan Yabaal on Monday, a local army commander said on Tuesday.",
     COOKIE)],
  [],
  "0", "—", "weekly regional total vs one raid inside it")

# ---------------------------------------------------------------------------
# Syria
# ---------------------------------------------------------------------------
S(38, "syria-sweida-toll-denied", "Syria",
  "Clashes in Sweida province: a monitor says 64 killed, the Interior Ministry 27 (another document). In the ministry's document, Druze factions report shelling of a village and the ministry denies it. The security-forces dead are a subset.",
  [D("h38-a", "https://levant-casualty-monitor.org/reports/2026/02/25/sweida-province-daily",
     "Daily report: Sweida province", "2026-02-25",
     "Clashes between government forces and Druze armed groups in Sweida province on Tuesday killed 64 people, the Levant Casualty Monitor said on Wednesday, citing its network of sources on the ground.",
     "The monitor said the dead included fighters on both sides and civilians.",
     "Support independent documentation. [Donate]"),
   D("h38-b", "https://damascus-report.com/en/2026/02/25/interior-ministry-sweida",
     "Interior ministry statement on Sweida", "2026-02-25",
     "DAMASCUS — Syria's Interior Ministry said on Wednesday that 27 people, among them 11 members of the security forces, were killed in Tuesday's clashes in Sweida province.",
     "Local Druze factions said government artillery shelled the village of Walgha on Tuesday evening, wounding five people.",
     "The Interior Ministry denied that its forces had shelled the village.",
     NEWS,
     SHARE)],
  [P("figure", None, "killed",
     ("h38-a", "in Sweida province on Tuesday killed 64 people"),
     ("h38-b", "27 people, among them 11 members of the security forces, were killed in Tuesday's clashes in Sweida province"),
     fig=("64", "27")),
   P("denial", "denied", "attack",
     ("h38-b", "government artillery shelled the village of Walgha on Tuesday evening"),
     ("h38-b", "The Interior Ministry denied that its forces had shelled the village"))],
  "2", "figure: killed (64 vs 27); denial / denied (attack, same doc, names the village only as 'the village')",
  "subset (11 security forces)")

S(39, "syria-manbij-homs", "Syria",
  "Trap: different cities on the same day (a car bomb in Manbij, an explosion at a checkpoint near Homs).",
  [D("h39-a", "https://damascus-report.com/en/2026/05/20/manbij-car-bomb",
     "Car bomb in Manbij", "2026-05-20",
     "A car bomb exploded near a vegetable market in Manbij on Wednesday, killing eight people, the local civil defence said.",
     "Civil defence teams cordoned off the area.",
     SHARE),
   D("h39-b", "https://www.levantwire.com/syria/2026/05/20/homs-checkpoint-blast",
     "Blast at Homs checkpoint", "2026-05-20",
     "HOMS, Syria, May 20 (Levant Wire) - An explosion at a checkpoint on the outskirts of Homs on Wednesday killed three members of the security forces, the state news agency reported.",
     "© 2026 Levant Wire")],
  [],
  "0", "—", "different cities, same day (8 vs 3 killed)")

# ---------------------------------------------------------------------------
# Ethiopia
# ---------------------------------------------------------------------------
S(40, "ethiopia-finote-selam-denied", "Ethiopia",
  "Hospital staff and residents report a drone strike on a market; the government denies the next day that the air force struck the market (names the town). The government's weekly tally of fighters killed is other victims and cumulative.",
  [D("h40-a", "https://amhara-voice.net/en/2026/03/19/finote-selam-market-drone",
     "Drone strike on Finote Selam market", "2026-03-19",
     "BAHIR DAR — A drone strike on a busy market in Finote Selam, in the Amhara region's West Gojjam zone, on Wednesday killed 26 people, a health official at the town's hospital and residents said.",
     "The official, who asked not to be named for fear of reprisals, said many more were being treated for injuries.",
     NEWS),
   D("h40-b", "https://addis-chronicle.et/news/2026/03/20/government-west-gojjam-statement",
     "Government statement on West Gojjam operations", "2026-03-20",
     "ADDIS ABABA — The Government Communication Service on Friday denied that the air force had struck Finote Selam market, saying its operations targeted only armed extremists in rural areas.",
     "It said security forces had killed 60 Fano fighters in the zone this week.",
     COOKIE2,
     "© 2026 Addis Chronicle")],
  [P("denial", "denied", "attack",
     ("h40-a", "A drone strike on a busy market in Finote Selam"),
     ("h40-b", "denied that the air force had struck Finote Selam market"))],
  "1", "denial / denied (attack, other doc, names the town)",
  "weekly tally of Fano fighters (other victims, cumulative)")

S(41, "ethiopia-displaced-periods", "Ethiopia",
  "Trap: running totals for different periods and areas (one zone since January 1 vs the whole region since 2023).",
  [D("h41-a", "https://www.unocha-ethiopia-updates.org/sitrep/2026/01/22/amhara-update",
     "Amhara: situation update", "2026-01-22",
     "Situation Update — Thursday, 22 January 2026",
     "Fighting in the North Wollo zone of Amhara has displaced some 48,000 people since January 1, according to local authorities and partners.",
     "Humanitarian partners report shortages of shelter materials in Woldia.",
     "Subscribe to updates | Contact"),
   D("h41-b", "https://addis-chronicle.et/news/2026/01/23/amhara-commission-displacement",
     "Regional commission gives displacement figures", "2026-01-23",
     "More than 600,000 people remain displaced across the Amhara region since the conflict with Fano militias began in 2023, the regional disaster risk management commission said on Friday.",
     AD)],
  [],
  "0", "—", "running totals for different periods and areas")

# ---------------------------------------------------------------------------
# Pakistan
# ---------------------------------------------------------------------------
S(42, "pakistan-kalat-propaganda", "Pakistan",
  "One wire story: the BLA claims 40 soldiers killed in a convoy attack; ISPR dismisses the group's claim as propaganda (same document, names only the claim) and gives a toll of attackers, which is other victims.",
  [D("h42-a", "https://quetta-tribune.pk/news/2026/02/12/kalat-fc-convoy-attack",
     "Attack on FC convoy near Kalat", "2026-02-12",
     "QUETTA, Pakistan — The Baloch Liberation Army said its fighters killed 40 soldiers in an attack on a Frontier Corps convoy near Kalat on Wednesday.",
     "The military's media wing, ISPR, dismissed the group's claim as propaganda.",
     "ISPR said 12 attackers were killed in the ensuing clash.",
     SHARE,
     "© 2026 Quetta Tribune")],
  [P("denial", "dismissed_as", "killed",
     ("h42-a", "killed 40 soldiers in an attack on a Frontier Corps convoy near Kalat"),
     ("h42-a", "dismissed the group's claim as propaganda"))],
  "1", "denial / dismissed_as: 'as propaganda' (killed, same doc, names only the claim)",
  "other victims (12 attackers)")

S(43, "pakistan-bannu-mir-ali", "Pakistan",
  "Trap: two different attacks in one province on the same day (the Bannu cantonment and a police checkpoint in Mir Ali), different victims and tolls.",
  [D("h43-a", "https://frontierpost-news.pk/2026/03/24/bannu-cantonment-attack",
     "Militants attack Bannu cantonment", "2026-03-24",
     "PESHAWAR — Militants attacked the cantonment in Bannu on Tuesday, killing five soldiers, the military's media wing ISPR said.",
     "It said all six attackers were killed.",
     COOKIE),
   D("h43-b", "https://peshawar-daily.pk/news/2026/03/24/mir-ali-checkpoint-bombing",
     "Suicide bombing at Mir Ali checkpoint", "2026-03-24",
     "A suicide bomber struck a police checkpoint in Mir Ali, North Waziristan, on Tuesday, killing 11 policemen, the district police officer said.",
     NEWS)],
  [],
  "0", "—", "different attacks, same day (5 soldiers vs 11 policemen)")

# ---------------------------------------------------------------------------
# Mozambique
# ---------------------------------------------------------------------------
S(44, "mozambique-macomia-said-no", "Mozambique",
  "Islamic State claims 12 soldiers killed in an ambush; the defence ministry says the next day that no soldiers were killed in the ambush (names only the event).",
  [D("h44-a", "https://cabo-delgado-monitor.org/en/2026/04/14/islamic-state-macomia-claim",
     "Islamic State claim on Macomia ambush", "2026-04-14",
     "Islamic State said in a claim published by its Amaq agency that its fighters killed 12 Mozambican soldiers in an ambush near Macomia on Sunday.",
     "The claim was accompanied by photographs of weapons said to have been seized.",
     SHARE),
   D("h44-b", "https://maputo-diario.co.mz/en/2026/04/15/defence-ministry-ambush-response",
     "Defence ministry responds on Cabo Delgado ambush", "2026-04-15",
     "MAPUTO — A defence ministry spokesman, Col. Armando Cossa, said on Wednesday that no soldiers were killed in Sunday's ambush, adding that two were lightly wounded.",
     COOKIE2,
     "© Maputo Diário 2026")],
  [P("denial", "said_no", "killed",
     ("h44-a", "its fighters killed 12 Mozambican soldiers in an ambush near Macomia on Sunday"),
     ("h44-b", "no soldiers were killed in Sunday's ambush"))],
  "1", "denial / said_no (killed, other doc, names only the event)",
  "wounded figure with no counterpart")

S(45, "mozambique-mucojo-revision", "Mozambique",
  "Trap: the district administrator revises his own toll for one attack from four to nine the next day. An aid worker's displacement figure has no counterpart.",
  [D("h45-a", "https://cabo-delgado-monitor.org/en/2026/06/23/mucojo-attack",
     "Attack on Mucojo", "2026-06-23",
     "Insurgents killed four civilians in an attack on Mucojo on Monday, the Macomia district administrator, Tomás Ussene, said on Tuesday.",
     NEWS),
   D("h45-b", "https://maputo-diario.co.mz/en/2026/06/24/mucojo-toll-update",
     "Mucojo toll update", "2026-06-24",
     "The number of civilians killed in Monday's attack on Mucojo has risen to nine after more bodies were found in the bush, the Macomia district administrator, Tomás Ussene, said on Wednesday.",
     "About 1,200 people fled to Macomia town, a local aid worker said.",
     "© Maputo Diário 2026")],
  [],
  "0", "—", "revision by one claimant across documents (4 then 9)")


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
          "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MON_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WD_RE = "|".join(WEEKDAYS)
RE_WD_MD = re.compile(rf"\b({WD_RE}),? ({MON_RE})\.? (\d{{1,2}})\b(?:,? (\d{{4}}))?")
RE_WD_DM = re.compile(rf"\b({WD_RE}),? (\d{{1,2}}) ({MON_RE})\b(?: (\d{{4}}))?")
RE_MD = re.compile(rf"\b({MON_RE})\.? (\d{{1,2}})\b(?:,? (\d{{4}}))?")
RE_DM = re.compile(rf"\b(\d{{1,2}}) ({MON_RE})\b(?: (\d{{4}}))?")
RE_WD = re.compile(rf"\b({WD_RE})\b")

problems = []


def bad(msg):
    problems.append(msg)


def pub_date(s):
    if len(s) == 10:
        return datetime.date.fromisoformat(s)
    return datetime.datetime.fromisoformat(s).date()


def resolve_weekday(name, pub):
    """Most recent date on or before pub that falls on this weekday."""
    delta = (pub.weekday() - WEEKDAYS.index(name)) % 7
    return pub - datetime.timedelta(days=delta)


def check():
    ids = {}
    nums = set()
    for sc in SCENARIOS:
        num, slug = sc["num"], sc["slug"]
        name = f"{num:02d}-{slug}"
        if num in nums:
            bad(f"{name}: duplicate number")
        nums.add(num)
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", slug):
            bad(f"{name}: bad slug")
        if not 1 <= len(sc["docs"]) <= 4:
            bad(f"{name}: {len(sc['docs'])} docs")
        docs = {}
        for d in sc["docs"]:
            did = d["id"]
            if not re.match(rf"^h{num:02d}-[a-z]$", did):
                bad(f"{name}: id {did} does not match scenario number")
            if did in ids:
                bad(f"{name}: id {did} also in {ids[did]}")
            ids[did] = name
            docs[did] = d
            for k in ("id", "url", "title", "published", "text"):
                if not d[k].strip():
                    bad(f"{did}: empty {k}")
            if not re.match(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$", d["url"]):
                bad(f"{did}: url {d['url']}")
            pub = pub_date(d["published"])
            if pub.year != 2026:
                bad(f"{did}: published not in 2026")
            text = d["text"]
            # weekday + date must agree (year 2026 unless stated)
            for m in RE_WD_MD.finditer(text):
                y = int(m.group(4)) if m.group(4) else 2026
                dt = datetime.date(y, MONTHS[m.group(2)], int(m.group(3)))
                if WEEKDAYS[dt.weekday()] != m.group(1):
                    bad(f"{did}: '{m.group(0)}' is a {WEEKDAYS[dt.weekday()]}")
            for m in RE_WD_DM.finditer(text):
                y = int(m.group(4)) if m.group(4) else 2026
                dt = datetime.date(y, MONTHS[m.group(3)], int(m.group(2)))
                if WEEKDAYS[dt.weekday()] != m.group(1):
                    bad(f"{did}: '{m.group(0)}' is a {WEEKDAYS[dt.weekday()]}")
            # every day-month date lies in 2026 (or a stated year) and not after publication
            for m in list(RE_MD.finditer(text)) + list(RE_DM.finditer(text)):
                g = m.groups()
                if g[0].isdigit():
                    day, mon, yr = int(g[0]), MONTHS[g[1]], g[2]
                else:
                    mon, day, yr = MONTHS[g[0]], int(g[1]), g[2]
                y = int(yr) if yr else 2026
                try:
                    dt = datetime.date(y, mon, day)
                except ValueError:
                    bad(f"{did}: impossible date '{m.group(0)}'")
                    continue
                if dt > pub:
                    bad(f"{did}: date '{m.group(0)}' after publication {pub}")
            # the published date's weekday, if the text names 'today' with a weekday and date
        for i, p in enumerate(sc["pairs"]):
            where = f"{name} pair {i}"
            if p["kind"] == "figure" and p["wording"] is not None:
                bad(f"{where}: figure with wording")
            if p["kind"] == "denial" and p["wording"] not in (
                    "denied", "rejected", "dismissed_as", "called_false", "said_no", "had_not"):
                bad(f"{where}: wording {p['wording']}")
            if p["a"] == p["b"]:
                bad(f"{where}: a == b")
            for side in ("a", "b"):
                did, ev = p[side]["doc_id"], p[side]["evidence"]
                if did not in docs:
                    bad(f"{where}.{side}: doc {did} not in scenario")
                    continue
                text = docs[did]["text"]
                if "\n" in ev:
                    bad(f"{where}.{side}: evidence spans lines")
                n = text.count(ev)
                if n != 1:
                    bad(f"{where}.{side}: evidence occurs {n} times in {did}: {ev!r}")
            fig = p["_fig"]
            if p["kind"] == "figure":
                if not fig:
                    bad(f"{where}: figure pair without _fig")
                else:
                    for side, f in zip(("a", "b"), fig):
                        did, ev = p[side]["doc_id"], p[side]["evidence"]
                        if did not in docs:
                            continue
                        rx = re.compile(rf"(?<![\w,]){re.escape(f)}(?![\w]|,\d)", re.I)
                        if not rx.search(ev):
                            bad(f"{where}.{side}: figure {f!r} not in evidence")
                        k = len(rx.findall(docs[did]["text"]))
                        if k != 1:
                            bad(f"{where}.{side}: figure {f!r} occurs {k} times in {did}")
                    if fig[0] == fig[1]:
                        bad(f"{where}: figures agree")
    return ids


def report_dates():
    """Print, for each true pair, the dates its evidence lines resolve to (for review)."""
    for sc in SCENARIOS:
        docs = {d["id"]: d for d in sc["docs"]}
        for p in sc["pairs"]:
            out = []
            for side in ("a", "b"):
                d = docs[p[side]["doc_id"]]
                pub = pub_date(d["published"])
                line = next(l for l in d["text"].split("\n") if p[side]["evidence"] in l)
                wds = sorted({str(resolve_weekday(w, pub)) for w in RE_WD.findall(line)})
                out.append(f"{side}:{d['id']} pub {pub} -> {','.join(wds) or '-'}")
            print(f"  {sc['num']:02d} {p['kind']:7s} {p['category']:13s} " + " | ".join(out))


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
README_HEAD = """# Blind contradiction set 6

{n} scenarios ({nt} with at least one true contradiction, {np} traps) over {nc} conflicts, for judging
sitrep's contradiction report: {npairs} true pairs ({nfig} figure, {nden} denial). Validate with
`python3 ../contradictions/check.py .` from this folder (standard library only; prints counts,
exits 1 on any problem). The documents and gold files are generated by `_build/build.py`, which
holds every scenario as data and checks ids, dates, weekdays and evidence fragments before it
writes anything (`python3 _build/build.py --check` checks without writing).

## How it was written

Blind. The writer (a helper session) read only `../shared/spec/claims.md` (categories, claim
record fields, scope, modality, input format), the output of `issues show 12` (what counts as a
contradiction, which denial wordings and traps to include), `eval/contradictions/README.md` up to
but not including its `## Scenarios` heading (introduction, layout, file format), and
`eval/contradictions/check.py` (the validator), and listed the folder names in `eval/` once. No
scenario of any `eval/contradictions*` folder was read, nor anything under `src/`, `tests/`,
`bench/`, other `eval/` folders, `/tmp`, other worktrees or the shared document texts. sitrep was
never run and git was not used. The set was fixed before any score was taken.

Every document is invented and written for this set in the writer's own words: real towns,
regions and armed groups; fictional officials, spokespeople, vessels and outlets on
realistic-looking domains; events dated 2026, with every weekday agreeing with its date (checked
by the generator). Documents take the forms of wire copy with datelines, ministry, army and
armed-group statements, live blogs (newest entry first), UN and NGO bulletins and local outlets;
many carry web noise (cookie notices, newsletter prompts, "Read more" links, ADVERTISEMENT
markers, share bars, copyright lines). Each disputed figure or event is stated once per
document, so a scenario holds only the pairs its gold lists. Titles never restate a disputed
figure.

## Layout

- `scenarios/NN-short-name/docs.jsonl` — 1 to 4 documents, one JSON object a line:
  `{{"id", "url", "title", "published", "text"}}`; `published` is an ISO date or date-time; ids
  (`hNN-x`) are unique across the whole set and distinct from the other sets' ids.
- `scenarios/NN-short-name/gold.json`:

```json
{{"scenario": "NN-short-name", "conflict": "...", "note": "what this tests",
 "contradictions": [
   {{"kind": "figure | denial",
    "wording": "denied | rejected | dismissed_as | called_false | said_no | had_not (denials), else null",
    "category": "spec category of the disputed claim",
    "a": {{"doc_id": "...", "evidence": "verbatim fragment of the first claim's sentence"}},
    "b": {{"doc_id": "...", "evidence": "verbatim fragment of the second claim's sentence"}}}}]}}
```

  A trap scenario has `"contradictions": []`. A scenario with a true contradiction may also
  hold trap pairs; only the true pairs are listed, so any other reported pair is a false
  positive. For a denial, `a` is the claim denied and `b` the denial sentence (both may be in
  one document). For a figure pair, `a` and `b` are the two claimants' figures, in no
  particular order. Every evidence fragment is verbatim, on one line of its document's text and
  occurs exactly once in it; matching a reported contradiction to a gold one should use overlap
  of the reported evidence sentences with these fragments (in either order of a and b).

  The validator knows six wording labels; wordings outside them are filed under the nearest
  one: "categorically refuted" under `rejected`; "baseless", "there is no truth to" and "a pack
  of lies" under `called_false`; "had not fallen", "had not been hit" and "never took place"
  under `had_not`; "as propaganda" and "as fabricated" under `dismissed_as`. The table below
  gives each denial's actual wording.

Scenarios are independent: run sitrep on each `docs.jsonl` separately. (The set was also written
so that no cross-scenario pair is meant as a contradiction.)

## Scenarios

| scenario | conflict | true pairs | kind / wording | what the traps test |
|---|---|---|---|---|
"""


def write(ids):
    if os.path.isdir(SCEN_DIR):
        shutil.rmtree(SCEN_DIR)
    os.makedirs(SCEN_DIR)
    rows = []
    for sc in SCENARIOS:
        name = f"{sc['num']:02d}-{sc['slug']}"
        os.makedirs(os.path.join(SCEN_DIR, name))
        with open(os.path.join(SCEN_DIR, name, "docs.jsonl"), "w", encoding="utf-8") as f:
            for d in sc["docs"]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        gold = {"scenario": name, "conflict": sc["conflict"], "note": sc["note"],
                "contradictions": [{k: v for k, v in p.items() if k != "_fig"} for p in sc["pairs"]]}
        with open(os.path.join(SCEN_DIR, name, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows.append(f"| {name} | {sc['conflict']} | {sc['true_desc']} | {sc['kind_desc']} | {sc['traps_desc']} |")
    pairs = [p for sc in SCENARIOS for p in sc["pairs"]]
    nt = sum(1 for sc in SCENARIOS if sc["pairs"])
    head = README_HEAD.format(
        n=len(SCENARIOS), nt=nt, np=len(SCENARIOS) - nt,
        nc=len({sc["conflict"].split(" (")[0] for sc in SCENARIOS}),
        npairs=len(pairs), nfig=sum(p["kind"] == "figure" for p in pairs),
        nden=sum(p["kind"] == "denial" for p in pairs))
    tail = "\n\nScored: not yet\n"
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + tail)


def main():
    ids = check()
    report_dates()
    from collections import Counter
    pairs = [p for sc in SCENARIOS for p in sc["pairs"]]
    print(f"scenarios {len(SCENARIOS)}  true scenarios {sum(1 for s in SCENARIOS if s['pairs'])}  "
          f"pairs {len(pairs)}  docs {len(ids)}")
    print("kinds", dict(Counter(p["kind"] for p in pairs)))
    print("wordings", dict(Counter(p["wording"] for p in pairs if p["kind"] == "denial")))
    print("categories", dict(Counter((p["kind"], p["category"]) for p in pairs)))
    print("conflicts", dict(Counter(s["conflict"] for s in SCENARIOS)))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    if "--check" not in sys.argv:
        write(ids)
        print("written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
