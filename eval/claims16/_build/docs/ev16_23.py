from lib import G, A, R, U, PUB, text

ID = "ev16-23"
URL = "https://www.hopeafricarelief.org/news/cabo-delgado-emergency-bulletin-7"
TITLE = "Cabo Delgado Emergency Bulletin #7: new attacks in Chiúre uproot 46,000; children abducted"
PUBLISHED = "2025-10-03"
CONFLICT = "Mozambique"
FORM = "NGO emergency bulletin (own-voice figures plus partner figures)"

TEXT = text(
"Hope Africa Relief",
"Donate now",
"Cabo Delgado Emergency Bulletin #7: new attacks in Chiúre uproot 46,000; children abducted",
"3 October 2025 | Mozambique | Emergency response",
"Situation",
"Armed men linked to the Islamic State's Mozambique province attacked Mazeze and several neighbouring villages in Chiúre district on 22 and 23 September, burning homes, a health post and a church. Community leaders told our teams that four people were beheaded and that at least 18 children were abducted, some of them as young as nine.",
"According to IOM's Displacement Tracking Matrix, some 46,000 people fled Chiúre and neighbouring Ancuabe district in the week after the attacks, most of them towards Pemba, Metuge and the Lúrio river. Many walked for three days without food.",
"Our mobile clinic in Mazeze treated 27 people with wounds from machetes and gunshots between 23 and 28 September.",
"Further north, three fishermen were killed on 29 September when insurgents attacked a fishing camp near Mucojo, on the Macomia coast, local sources said.",
"Rwandan forces deployed in the province said on 30 September that they had killed 11 insurgents during an operation in the forests west of Mocímboa da Praia.",
"Since the conflict began in October 2017, more than 6,200 people have been killed, according to ACLED. Over 600,000 people remain displaced in northern Mozambique.",
"Our response",
"• 3,400 households reached with emergency food and hygiene kits in Chiúre and Pemba",
"• 2 child-friendly spaces opened in displacement sites in Metuge",
"• Psychosocial support for 540 children",
"What we need",
"Our Cabo Delgado appeal is only 22% funded. US$ 45 gives a displaced family a hygiene kit for one month.",
"Media contact: press@hopeafricarelief.org",
"Sign up for our newsletter",
)

CHIURE = A("Mazeze, Chiúre district", -13.20, 39.60, aliases=["Chiúre", "Chiure", "Mazeze", "Chiúre district"])
CHIURE_ANC = R("Chiúre and Ancuabe districts", -13.1, 39.7, 60, aliases=["Chiúre", "Chiure", "Ancuabe"])
MUCOJO = A("Mucojo", -12.07, 40.47, aliases=["Macomia coast", "Macomia"])
MOCIMBOA = G("Mocímboa da Praia", "MZ")
CABO = R("northern Mozambique", -12.3, 39.8, 250, aliases=["Cabo Delgado", "Mozambique"])
COMM = ["Community leaders"]
UNITS = [
    U("attack", None, CHIURE, None,
      ["new attacks in Chiúre uproot 46,000",
       "attacked Mazeze and several neighbouring villages in Chiúre district on 22 and 23 September"],
      "2025-09-22", "-/civilian/armed_groups",
      note="The attack itself is in the NGO's own voice; the casualty details come from community leaders."),
    U("killed", 4, CHIURE, COMM, ["four people were beheaded"], "2025-09-22", "other/civilian/armed_groups"),
    U("abducted", 18, CHIURE, COMM, ["children abducted", "at least 18 children were abducted"], "2025-09-22",
      "other/civilian/armed_groups"),
    U("displaced", 46000, CHIURE_ANC, ["IOM's Displacement Tracking Matrix", "IOM"],
      ["new attacks in Chiúre uproot 46,000", "some 46,000 people fled Chiúre and neighbouring Ancuabe district in the week after the attacks"],
      "2025-09-30", "other/civilian/armed_groups"),
    U("wounded", 27, CHIURE, None,
      ["Our mobile clinic in Mazeze treated 27 people with wounds from machetes and gunshots"], "2025-09-28",
      "-/civilian/armed_groups", note="The NGO's own figure: own voice."),
    U("attack", None, MUCOJO, ["local sources"],
      ["insurgents attacked a fishing camp near Mucojo, on the Macomia coast"], "2025-09-29", "other/civilian/armed_groups"),
    U("killed", 3, MUCOJO, ["local sources"], ["three fishermen were killed on 29 September"], "2025-09-29", "other/civilian/armed_groups"),
    U("attack", None, MOCIMBOA, ["Rwandan forces"],
      ["an operation in the forests west of Mocímboa da Praia"], "2025-09-30", "other/armed_groups/other",
      note="Rwanda: 'other' per world README"),
    U("killed", 11, MOCIMBOA, ["Rwandan forces"], ["they had killed 11 insurgents"], "2025-09-30", "other/armed_groups/other"),
    U("killed", 6200, CABO, ["ACLED"], ["more than 6,200 people have been killed, according to ACLED"], PUB, "other/-/-",
      scope="cumulative"),
    U("displaced", 600000, CABO, None, ["Over 600,000 people remain displaced in northern Mozambique."], PUB,
      "-/civilian/armed_groups", scope="cumulative"),
]
