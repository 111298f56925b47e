from lib import G, A, R, U, PUB, text

ID = "ev16-11"
URL = "https://www.aljazeera.com/news/liveblog/2026/1/19/live-israeli-strikes-kill-nine-across-gaza-as-ceasefire-toll-climbs"
TITLE = "Live: Israeli attacks kill nine across Gaza as ceasefire death toll passes 440"
PUBLISHED = "2026-01-19T17:10:00Z"
CONFLICT = "Gaza"
FORM = "live blog, newest entry first"

TEXT = text(
"Live: Israeli attacks kill nine across Gaza as ceasefire death toll passes 440",
"Tents and a neighbourhood in Gaza City hit as Israel's defence minister threatens to return to 'full-force' war.",
"By Al Jazeera Staff | Published On 19 Jan 2026",
"Save",
"Here's what we know:",
"- At least nine Palestinians have been killed in Israeli attacks across Gaza since dawn, including four members of one family in al-Mawasi.",
"- Gaza's Health Ministry says 447 people have been killed and 1,246 wounded since the October 10 ceasefire took effect.",
"- Israel's military says militants fired an anti-tank missile at troops in Rafah; Hamas's armed wing denies any involvement.",
"19 Jan 2026 - 18:40 (GMT)",
"Health ministry updates ceasefire toll",
"Gaza's Ministry of Health says 447 people have been killed and 1,246 wounded by Israeli fire since the October 10 ceasefire took effect. The ministry says the total toll since October 2023 has risen to 71,390 killed and 171,264 wounded.",
"19 Jan 2026 - 17:25 (GMT)",
"Hamas's armed wing denies Rafah incident",
"The Qassam Brigades have denied any involvement in what the Israeli military described as an anti-tank missile attack on its troops in Rafah earlier today, calling the Israeli account \"a pretext to continue the aggression\".",
"The Israeli army said no soldiers were hurt and that it had responded by striking \"terror targets\" in the area.",
"19 Jan 2026 - 16:50 (GMT)",
"Four from one family killed in al-Mawasi",
"An Israeli strike on a tent in al-Mawasi, west of Khan Younis, has killed four members of the Abu Shamala family, two of them children, according to medical sources at Nasser Hospital.",
"The area was designated a \"humanitarian zone\" by the Israeli military during the war and still shelters tens of thousands of displaced people.",
"19 Jan 2026 - 15:30 (GMT)",
"Three killed in drone strike on Gaza City's Zeitoun",
"Gaza's Civil Defence says an Israeli drone strike on a group of people in the Zeitoun neighbourhood of Gaza City killed three and wounded eight others.",
"19 Jan 2026 - 11:15 (GMT)",
"Israel threatens to return to 'full-force' war",
"Israeli Defence Minister Israel Katz has threatened that the army will resume \"full-force\" operations in Gaza City if Hamas does not disarm, in a post on X.",
"19 Jan 2026 - 09:00 (GMT)",
"UNRWA: Nine in 10 Gazans displaced",
"The UN agency for Palestinian refugees, UNRWA, says about 1.9 million people — roughly 90 percent of Gaza's population — have been displaced at least once since October 2023, many of them repeatedly.",
"Keep reading",
"list of 3 items",
"Gaza families search for relatives under rubble as winter storms hit",
"end of list",
)

GAZA = R("Gaza Strip", 31.42, 34.38, 30, aliases=["Gaza", "across Gaza"])
MAWASI = A("al-Mawasi", 31.36, 34.26, aliases=["Mawasi", "Khan Younis"])
RAFAH = G("Rafah", "PS", geoname="Rafah")
ZEITOUN = A("Zeitoun", 31.495, 34.455, aliases=["Zeitoun neighbourhood", "Gaza City"])
NUSEIRAT = G("Nuseirat", "PS")
KHAN_YOUNIS = G("Khan Younis", "PS", geoname="Khan Yunis")
GAZA_CITY = G("Gaza City", "PS", geoname="Gaza")
JABALIA = G("Jabalia", "PS")
D = "2026-01-19"
MOH = ["Gaza's Ministry of Health", "Gaza's Health Ministry", "Health Ministry", "Ministry of Health"]
UNITS = [
    U("killed", 9, GAZA, None,
      ["Israeli attacks kill nine across Gaza",
       "At least nine Palestinians have been killed in Israeli attacks across Gaza since dawn"],
      D, "-/-/israel", note="headline and summary; the outlet's own count"),
    U("killed", 447, GAZA, MOH,
      ["ceasefire death toll passes 440",
       "Gaza's Health Ministry says 447 people have been killed and 1,246 wounded since the October 10 ceasefire took effect",
       "Gaza's Ministry of Health says 447 people have been killed and 1,246 wounded by Israeli fire"],
      D, "hamas/-/israel", scope="cumulative", note="headline gives 'passes 440'"),
    U("killed", 440, GAZA, None, ["ceasefire death toll passes 440"], D, "-/-/israel", scope="cumulative",
      optional=True, note="rounded headline figure"),
    U("wounded", 1246, GAZA, MOH,
      ["447 people have been killed and 1,246 wounded"], D, "hamas/-/israel", scope="cumulative"),
    U("killed", 71390, GAZA, MOH, ["the total toll since October 2023 has risen to 71,390 killed and 171,264 wounded"],
      D, "hamas/-/israel", scope="cumulative"),
    U("wounded", 171264, GAZA, MOH, ["71,390 killed and 171,264 wounded"], D, "hamas/-/israel", scope="cumulative"),
    U("attack", None, RAFAH, ["Israel's military", "Israeli military", "Israeli army"],
      ["militants fired an anti-tank missile at troops in Rafah",
       "Hamas's armed wing denies any involvement",
       "The Qassam Brigades have denied any involvement in what the Israeli military described as an anti-tank missile attack on its troops in Rafah",
       "it had responded by striking \"terror targets\" in the area"],
      D, "israel/israel/hamas", modality="denied",
      note="Israeli claim of a militant attack, denied by the Qassam Brigades; Israel's own retaliatory strikes 'in the area' share the (attack, Rafah) unit."),
    U("attack", None, MAWASI, ["medical sources at Nasser Hospital"],
      ["An Israeli strike on a tent in al-Mawasi, west of Khan Younis", "Tents and a neighbourhood in Gaza City hit"],
      D, "hamas/civilian/israel",
      note="al-Mawasi is within 25 km of Khan Younis."),
    U("killed", 4, MAWASI, ["medical sources at Nasser Hospital"],
      ["including four members of one family in al-Mawasi", "Four from one family killed in al-Mawasi",
       "has killed four members of the Abu Shamala family"],
      D, "hamas/civilian/israel"),
    U("killed", 2, MAWASI, ["medical sources at Nasser Hospital"], ["two of them children"], D, "hamas/civilian/israel"),
    U("affected", 10000, MAWASI, None, ["still shelters tens of thousands of displaced people"], D, "-/civilian/-",
      optional=True, note="vague 'tens of thousands'"),
    U("attack", None, ZEITOUN, ["Gaza's Civil Defence", "Civil Defence"],
      ["Three killed in drone strike on Gaza City's Zeitoun",
       "an Israeli drone strike on a group of people in the Zeitoun neighbourhood of Gaza City",
       "Tents and a neighbourhood in Gaza City hit"],
      D, "hamas/civilian/israel"),
    U("killed", 3, ZEITOUN, ["Gaza's Civil Defence", "Civil Defence"],
      ["Three killed in drone strike on Gaza City's Zeitoun", "killed three and wounded eight others"], D, "hamas/civilian/israel"),
    U("wounded", 8, ZEITOUN, ["Gaza's Civil Defence", "Civil Defence"], ["killed three and wounded eight others"], D, "hamas/civilian/israel"),
    U("attack", None, GAZA_CITY, ["Israel Katz", "Israeli Defence Minister"],
      ["the army will resume \"full-force\" operations in Gaza City if Hamas does not disarm",
       "Israel threatens to return to 'full-force' war",
       "Israel's defence minister threatens to return to 'full-force' war"], D, "israel/hamas/israel",
      modality="warned"),
    U("displaced", 1900000, GAZA, ["UNRWA"],
      ["about 1.9 million people — roughly 90 percent of Gaza's population — have been displaced at least once since October 2023"],
      D, "other/civilian/israel", scope="cumulative"),
]
