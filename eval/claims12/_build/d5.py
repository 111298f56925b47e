from common import doc, U
doc("ev12-13", "https://www.example-wire.com/world/africa/congo-m23-walikale-2025-03-20", "Congo: M23 rebels seize Walikale, push west toward mining hub", "2025-03-20",
"DR Congo", "wire copy with dateline",
"M23 seizure of Walikale; army/Wazalendo positions; displaced; civilians killed; Kinshasa denial; background Goma/Bukavu",
"""
KINSHASA, March 20 (Wire) - Rwanda-backed M23 rebels entered the town of Walikale in eastern Congo on Wednesday, residents and a local official said, extending their offensive further west than at any time since the conflict reignited in 2021.

The capture of Walikale, some 125 km west of Goma, puts the rebels within reach of the Bisie tin mine, one of the world's richest. Alphamin Resources, which runs it, said it had evacuated staff and suspended production.

Residents said the rebels met little resistance after Congolese troops and allied Wazalendo militiamen pulled out of the town overnight. At least six civilians were killed by stray bullets and shelling on the outskirts, said a civil society leader, Fiston Misona, who put the number of residents who had fled into the forest at "tens of thousands".

Congo's army spokesman, General Sylvain Ekenge, denied that Walikale had fallen, saying troops had "repositioned" and remained in control of the airstrip.

The rebel alliance AFC/M23 captured Goma, the main city in the east, in late January in fighting that the UN says killed some 3,000 people, and took Bukavu, capital of South Kivu, in mid-February. The UN refugee agency says more than 80,000 Congolese have fled into Burundi and Uganda since January.

The US dollar bought about 2,850 Congolese francs on Thursday.
""", [
U("territory",None,"walikale",["residents","a local official"],["Rwanda-backed M23 rebels entered the town of Walikale in eastern Congo on Wednesday","The capture of Walikale, some 125 km west of Goma","denied that Walikale had fallen","pulled out of the town overnight"],w="2025-03-19",s=("other","drc_army","m23"),note="army denies; one unit"),
U("killed",6,"walikale",["Fiston Misona","a civil society leader"],"At least six civilians were killed by stray bullets and shelling on the outskirts",w="2025-03-19",s=("other","civilian",None)),
U("attack",None,"walikale",["Fiston Misona"],"killed by stray bullets and shelling on the outskirts",opt=True,w="2025-03-19",s=("other","civilian",None),note="shelling implied on outskirts"),
U("displaced",1000,"walikale",["Fiston Misona"],"\"tens of thousands\"",opt=True,w="2025-03-19",s=("other","civilian","m23"),note="tens of thousands -> optional 1000"),
U("territory",None,"goma",None,["captured Goma, the main city in the east, in late January","some 125 km west of Goma"],w="2025-01",prec="month",s=(None,"drc_army","m23")),
U("killed",3000,"goma",["the UN","UN"],"the UN says killed some 3,000 people",w="2025-01",prec="month",s=("other",None,None)),
U("territory",None,"bukavu",None,"took Bukavu, capital of South Kivu, in mid-February",w="2025-02",prec="month",s=(None,"drc_army","m23")),
U("displaced",80000,"burundi",["The UN refugee agency","UN refugee agency","UNHCR"],"more than 80,000 Congolese have fled into Burundi and Uganda since January",sc="cumulative",s=("other","civilian",None)),
])

doc("ev12-14", "https://www.example-un.org/press/2025/02/monusco-goma-hospitals-patients-taken", "UN rights office alarmed at abductions of patients from Goma hospitals", "2025-03-04",
"DR Congo", "UN press briefing notes (scraped, glued words)",
"abductions from Goma hospitals; bodies buried; Bukavu killings; Uvira; protests in Kinshasa; background",
"""
Press briefing notes on the Democratic Republic of the Congo
Spokesperson for the UN High Commissioner for Human Rights | Geneva | 4 March 2025

Skip to main content    Español | Français

We are gravely concerned by reports that M23 fighters raided two hospitals in Gomain the east of the country on 28 February and took away at least 130 sick and wounded patients, whom they accuse of being government soldiers or members of the Wazalendo militias. Their whereabouts remain unknown.

Since the fall of Goma, authorities and humanitarian partners have buried nearly 2,900 bodies. Many more are believed to be in the morgues or not yet recovered.

In Bukavu, which M23 entered on 14 February, we have verified the summary executions of at least three children who had reportedly refused to join the group after picking up weapons left behind by the army. We have also received reports of the rebels shelling Kavumu on 22 February.

In Uvira, retreating Congolese soldiers and allied militias looted shops and killed at least 12 people before the town's streets were brought back under army control, local sources told us. We have also documented 8 cases of sexual violence there.

On 10 February, thousands of people protested outside several Western embassies in Kinshasa, accusing the international community of failing to act.

UN Human Rights has 42 staff in eastern DRC. Donations can be made through the OHCHR appeal (target US$ 3.5 million).

Share this page: Facebook | X | Email
""", [
U("abducted",130,"goma",["UN High Commissioner for Human Rights","UN Human Rights","Spokesperson for the UN High Commissioner for Human Rights"],["M23 fighters raided two hospitals in Gomain the east of the country on 28 February and took away at least 130 sick and wounded patients","Their whereabouts remain unknown."],w="2025-02-28",s=("other",None,"m23"),note="'Gomain' = Goma in (glued words)"),
U("attack",None,"goma",["UN Human Rights"],"M23 fighters raided two hospitals in Gomain the east",opt=True,w="2025-02-28",s=("other",None,"m23"),note="raid on hospitals; debatable as attack"),
U("killed",2900,"goma",["UN Human Rights"],"have buried nearly 2,900 bodies",sc="cumulative",s=("other",None,None)),
U("territory",None,"goma",["UN Human Rights"],"Since the fall of Goma",opt=True,w="2025-01",prec="month",s=("other","drc_army","m23"),note="history mention"),
U("territory",None,"bukavu",["UN Human Rights"],"In Bukavu, which M23 entered on 14 February",w="2025-02-14",s=("other","drc_army","m23")),
U("killed",3,"bukavu",["UN Human Rights"],"the summary executions of at least three children",s=("other","civilian","m23")),
U("attack",None,"kavumu",["UN Human Rights"],"reports of the rebels shelling Kavumu on 22 February",w="2025-02-22",s=("other",None,"m23")),
U("killed",12,"uvira",["local sources"],"killed at least 12 people",s=("other","civilian","drc_army")),
U("territory",None,"uvira",["local sources"],"before the town's streets were brought back under army control",opt=True,s=("other",None,"drc_army")),
U("protest",None,"kinshasa",["UN Human Rights"],"thousands of people protested outside several Western embassies in Kinshasa",w="2025-02-10",s=("other",None,None)),
])
