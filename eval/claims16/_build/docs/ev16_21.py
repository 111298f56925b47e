from lib import G, A, R, U, PUB, text

ID = "ev16-21"
URL = "https://www.dawn-daily.pk/news/1948321/seven-soldiers-martyred-in-mir-ali-convoy-attack-19-terrorists-killed-in-bajaur"
TITLE = "Seven soldiers martyred in Mir Ali convoy attack; 19 terrorists killed in Bajaur operation, says ISPR"
PUBLISHED = "2025-11-21T09:00:00+05:00"
CONFLICT = "Pakistan"
FORM = "local outlet story (Khyber Pakhtunkhwa, Balochistan, Afghan border) with comment prompt"

TEXT = text(
"DAWN DAILY",
"Home | Pakistan | World | Business | Opinion | Epaper",
"Seven soldiers martyred in Mir Ali convoy attack; 19 terrorists killed in Bajaur operation, says ISPR",
"Our Correspondent | Tahir Khan Wazir | Published November 21, 2025 | Updated about 2 hours ago",
"A suicide bomber rammed an explosives-laden vehicle into a security forces convoy in North Waziristan's Mir Ali area on Thursday, martyring seven soldiers, the military's media wing said.",
"According to a statement by the Inter-Services Public Relations (ISPR), the attack was carried out by \"Indian-sponsored khwarij\", the term the state uses for militants of the banned Tehreek-i-Taliban Pakistan (TTP).",
"The TTP claimed responsibility in a message to journalists, saying 16 soldiers had been killed. A security official dismissed the militants' figure as \"exaggerated propaganda\".",
"In a separate statement, the ISPR said security forces had killed 19 khwarij in an intelligence-based operation in Bajaur district on Wednesday night, and that weapons and ammunition were recovered.",
"Bus passengers abducted in Kalat",
"In Balochistan, gunmen stopped a Quetta-bound passenger bus on the N-25 highway near Kalat on Wednesday evening and took away nine passengers after checking their identity cards, Kalat Deputy Commissioner Jamil Ahmed Baloch told Dawn Daily. The bodies of four of them were found near the highway on Thursday morning, he said. No group claimed responsibility, but the banned Balochistan Liberation Army has carried out similar abductions.",
"Border tensions",
"The Afghan Taliban's spokesman, Abdul Qahar Zadran, alleged that Pakistani drones had struck houses in the Barmal district of Afghanistan's Paktika province overnight, killing 10 civilians. The Foreign Office in Islamabad rejected the allegation, saying Pakistan \"has not carried out any strike inside Afghan territory\".",
"Deadliest year",
"According to the Pakistan Institute for Conflict and Security Studies (PICSS), militant attacks killed 1,034 security personnel and 618 civilians in the first ten months of 2025, making it the deadliest year for security forces in over a decade.",
"Published in Dawn Daily, November 21st, 2025",
"Comments (14) — Closed",
"Read more: KP police seek drones and armoured vehicles",
)

MIR_ALI = A("Mir Ali", 32.97, 70.27, aliases=["North Waziristan"])
BAJAUR = R("Bajaur district", 34.78, 71.50, 40, aliases=["Bajaur", "Khar"])
KALAT = G("Kalat", "PK")
QUETTA = G("Quetta", "PK")
BARMAL = A("Barmal district", 32.70, 69.30, aliases=["Barmal", "Paktika", "Paktika province"])
PAKISTAN = R("Pakistan", 30.4, 69.3, 800)
ISPR = ["Inter-Services Public Relations", "ISPR", "military's media wing"]
UNITS = [
    U("attack", None, MIR_ALI, ISPR + ["TTP"],
      ["Seven soldiers martyred in Mir Ali convoy attack",
       "A suicide bomber rammed an explosives-laden vehicle into a security forces convoy in North Waziristan's Mir Ali area on Thursday"],
      "2025-11-20", "other/other/armed_groups", note="Pakistani military: 'other'; TTP: armed_groups"),
    U("killed", 7, MIR_ALI, ISPR,
      ["Seven soldiers martyred in Mir Ali convoy attack", "martyring seven soldiers"], "2025-11-20", "other/other/armed_groups"),
    U("killed", 16, MIR_ALI, ["TTP", "Tehreek-i-Taliban Pakistan"],
      ["saying 16 soldiers had been killed", "A security official dismissed the militants' figure as \"exaggerated propaganda\"."],
      "2025-11-20", "armed_groups/other/armed_groups", modality="denied"),
    U("attack", None, BAJAUR, ISPR,
      ["19 terrorists killed in Bajaur operation", "an intelligence-based operation in Bajaur district on Wednesday night"],
      "2025-11-19", "other/armed_groups/other"),
    U("killed", 19, BAJAUR, ISPR,
      ["19 terrorists killed in Bajaur operation", "security forces had killed 19 khwarij"], "2025-11-19", "other/armed_groups/other"),
    U("abducted", 9, KALAT, ["Jamil Ahmed Baloch", "Kalat Deputy Commissioner"],
      ["Bus passengers abducted in Kalat", "took away nine passengers after checking their identity cards"],
      "2025-11-19", "other/civilian/armed_groups"),
    U("killed", 4, KALAT, ["Jamil Ahmed Baloch", "Kalat Deputy Commissioner"],
      ["The bodies of four of them were found near the highway on Thursday morning"], "2025-11-20", "other/civilian/armed_groups"),
    U("attack", None, BARMAL, ["Abdul Qahar Zadran", "Afghan Taliban's spokesman", "Afghan Taliban"],
      ["Pakistani drones had struck houses in the Barmal district of Afghanistan's Paktika province overnight",
       "The Foreign Office in Islamabad rejected the allegation"],
      PUB, "other/civilian/other", modality="denied", note="Afghan Taliban government and Pakistan both 'other'"),
    U("killed", 10, BARMAL, ["Abdul Qahar Zadran", "Afghan Taliban's spokesman"], ["killing 10 civilians"], PUB,
      "other/civilian/other", modality="denied", note="the strike (and so its toll) is denied by Islamabad"),
    U("killed", 1034, PAKISTAN, ["Pakistan Institute for Conflict and Security Studies", "PICSS"],
      ["militant attacks killed 1,034 security personnel and 618 civilians in the first ten months of 2025"],
      "2025-10", "other/other/armed_groups", scope="cumulative"),
    U("killed", 618, PAKISTAN, ["Pakistan Institute for Conflict and Security Studies", "PICSS"],
      ["1,034 security personnel and 618 civilians in the first ten months of 2025"],
      "2025-10", "other/civilian/armed_groups", scope="cumulative"),
]
