from lib import G, A, R, U, PUB, text

ID = "ev16-25"
URL = "https://conflictpulse.org/weekly/2026-03-06-colombia-south-sudan-sahel-lake-chad"
TITLE = "Conflict Pulse Weekly: Catatumbo displacement, Upper Nile air strikes, Sahel and Lake Chad — 27 Feb–5 Mar 2026"
PUBLISHED = "2026-03-06"
CONFLICT = "Colombia, South Sudan, Sahel, Lake Chad (digest)"
FORM = "weekly conflict monitor digest"

TEXT = text(
"CONFLICT PULSE",
"Weekly | Country briefs | Data | About",
"Conflict Pulse Weekly: Catatumbo displacement, Upper Nile air strikes, Sahel and Lake Chad — 27 Feb–5 Mar 2026",
"Issue 118 · Published 6 March 2026 · 6-minute read",
"This week in brief: Fighting between armed groups in Colombia's Catatumbo region uprooted another 1,900 people. In South Sudan, local officials accused the army of deadly air strikes in Upper Nile, which the government denied. In the Sahel, JNIM struck a Malian army post in Léré.",
"COLOMBIA",
"Clashes between the ELN and the FARC dissident 33rd Front continued in rural Tibú and El Tarra, Norte de Santander. The Ombudsman's Office said 1,900 people were displaced during the week, bringing the total since the crisis began in January 2025 to more than 92,000.",
"A drone carrying explosives hit an army base on the outskirts of Tibú on 2 March, wounding six soldiers, the army's Second Division said. It blamed the 33rd Front.",
"The ELN warned in a communiqué that any vehicle on the roads of Arauca department during a 72-hour \"armed strike\" starting 9 March would be considered a military target.",
"SOUTH SUDAN",
"Local officials in Upper Nile state said air strikes on Ulang county on 1 March killed 18 civilians, including eight children, and destroyed a clinic run by an international NGO. A government spokesman, Michael Deng, denied that the army had carried out any air strikes in Ulang, calling the reports \"fabricated\".",
"The SPLA-IO, the armed opposition, said its forces and allied White Army youths had recaptured Nasir from government troops on 3 March. The claim could not be verified.",
"The UN refugee agency says more than 120,000 South Sudanese have fled into Ethiopia from Upper Nile since March 2025.",
"SAHEL",
"Mali: JNIM fighters attacked the army post in Léré, in the Timbuktu region, on 28 February, killing at least 10 soldiers, according to local security sources. The army said it had repelled the assault.",
"LAKE CHAD",
"Cameroon: Suspected Boko Haram fighters abducted seven people, including a local chief, in a night raid on a village near Mora in the Far North region on 4 March, local officials said.",
"Data note: Figures in this digest come from the cited sources and have not been independently verified by Conflict Pulse.",
"Subscribe to Conflict Pulse Weekly | Download the dataset (CSV)",
)

CATATUMBO = R("Catatumbo region", 8.6, -72.9, 60, aliases=["Catatumbo", "Tibú", "El Tarra", "Norte de Santander"])
TIBU = G("Tibú", "CO")
EL_TARRA = G("El Tarra", "CO")
ARAUCA = R("Arauca department", 6.6, -71.0, 120, aliases=["Arauca"])
ULANG = A("Ulang county", 8.63, 32.75, aliases=["Ulang", "Upper Nile"])
NASIR = A("Nasir", 8.60, 33.07)
UPPER_NILE = R("Upper Nile state", 9.8, 32.7, 250, aliases=["Upper Nile", "Ethiopia"])
LERE = A("Léré", 15.72, -4.91, aliases=["Lere", "Timbuktu region"])
TILLIA = G("Tillia", "NE")
MORA = G("Mora", "CM", aliases=["Far North region"])
UNITS = [
    U("attack", None, TIBU, ["the army's Second Division", "army"],
      ["Clashes between the ELN and the FARC dissident 33rd Front continued in rural Tibú and El Tarra",
       "A drone carrying explosives hit an army base on the outskirts of Tibú on 2 March"],
      "2026-03-02", "other/other/armed_groups",
      note="Colombian army: 'other'; ELN and FARC dissidents: armed_groups. The clashes are in the outlet's voice."),
    U("attack", None, EL_TARRA, None,
      ["Clashes between the ELN and the FARC dissident 33rd Front continued in rural Tibú and El Tarra"], PUB,
      "-/armed_groups/armed_groups", optional=True,
      note="clashes without a directed assault; El Tarra is within 25 km of Tibú"),
    U("displaced", 1900, CATATUMBO, ["The Ombudsman's Office", "Ombudsman's Office"],
      ["uprooted another 1,900 people", "1,900 people were displaced during the week"], PUB, "other/civilian/armed_groups"),
    U("displaced", 92000, CATATUMBO, ["The Ombudsman's Office", "Ombudsman's Office"],
      ["bringing the total since the crisis began in January 2025 to more than 92,000"], PUB, "other/civilian/armed_groups",
      scope="cumulative"),
    U("wounded", 6, TIBU, ["the army's Second Division"], ["wounding six soldiers"], "2026-03-02", "other/other/armed_groups"),
    U("attack", None, ARAUCA, ["ELN"],
      ["any vehicle on the roads of Arauca department during a 72-hour \"armed strike\" starting 9 March would be considered a military target"],
      PUB, "armed_groups/civilian/armed_groups", modality="warned"),
    U("attack", None, ULANG, ["Local officials in Upper Nile state", "Local officials"],
      ["Upper Nile air strikes",
       "local officials accused the army of deadly air strikes in Upper Nile, which the government denied",
       "air strikes on Ulang county on 1 March",
       "denied that the army had carried out any air strikes in Ulang"],
      "2026-03-01", "other/civilian/other", modality="denied", note="South Sudan army: 'other'"),
    U("killed", 18, ULANG, ["Local officials in Upper Nile state", "Local officials"],
      ["killed 18 civilians, including eight children"], "2026-03-01", "other/civilian/other"),
    U("killed", 8, ULANG, ["Local officials in Upper Nile state", "Local officials"], ["including eight children"],
      "2026-03-01", "other/civilian/other"),
    U("territory", None, NASIR, ["SPLA-IO"],
      ["its forces and allied White Army youths had recaptured Nasir from government troops on 3 March"],
      "2026-03-03", "armed_groups/other/armed_groups", note="SPLA-IO: armed_groups"),
    U("displaced", 120000, UPPER_NILE, ["UN refugee agency", "UNHCR"],
      ["more than 120,000 South Sudanese have fled into Ethiopia from Upper Nile since March 2025"], PUB,
      "other/civilian/-", scope="cumulative"),
    U("attack", None, LERE, ["local security sources", "The army"],
      ["JNIM struck a Malian army post in Léré", "JNIM fighters attacked the army post in Léré, in the Timbuktu region, on 28 February"],
      "2026-02-28", "other/other/armed_groups"),
    U("killed", 10, LERE, ["local security sources"], ["killing at least 10 soldiers"], "2026-02-28", "other/other/armed_groups"),
    U("abducted", 7, MORA, ["local officials"],
      ["Suspected Boko Haram fighters abducted seven people, including a local chief"], "2026-03-04",
      "other/civilian/armed_groups"),
    U("attack", None, MORA, ["local officials"], ["in a night raid on a village near Mora in the Far North region on 4 March"],
      "2026-03-04", "other/civilian/armed_groups"),
]
