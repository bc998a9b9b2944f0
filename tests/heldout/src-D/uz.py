from common import *
DOCS = []
t = ("DUSHANBE, 2018-yil 9-mart — O'zbekiston Prezidenti Shavkat Mirziyoyev bugun Tojikistonga davlat tashrifi bilan keldi. "
"Millat saroyida uni Tojikiston Prezidenti Emomali Rahmon rasmiy kutib oldi. Bu O'zbekiston rahbarining qo'shni respublikaga so'nggi qariyb yigirma yildagi ilk davlat tashrifidir.\n"
"Ikki davlat rahbarlari avval yakkama-yakka, so'ng delegatsiyalar ishtirokida muzokaralar o'tkazdi. Muzokaralar yakunida jami 27 ta hujjat imzolandi, jumladan, "
"davlat chegarasining ayrim uchastkalari to'g'risidagi shartnoma hamda fuqarolarga bir-birining hududida 30 kungacha vizasiz bo'lish imkonini beruvchi kelishuv.\n"
"Mirziyoyev Rahmonni O'zbekistonga javob davlat tashrifi bilan kelishga taklif qildi. "
"Tashrif arafasida, 8-mart kuni, ikki davlat chegarasidagi yillar davomida yopiq turgan to'qqizta nazorat-o'tkazish punkti qayta ochildi. "
"O'tgan yili esa Toshkent va Dushanbe o'rtasida qariyb chorak asr to'xtab qolgan muntazam aviaqatnovlar tiklangan edi.")
DOCS.append(D("heldout-uz-01-mirziyoyev-dushanbe", "uz", "2018-03-09", "2018-03-09", t,
 ents(("O'zbekiston","country","UZB"),("Shavkat Mirziyoyev","person","UZB.GOV"),("Tojikiston","country","TJK"),("Millat saroyi","place","TJK"),("Emomali Rahmon","person","TJK.GOV"),
      ("Toshkent","place","UZB"),("Dushanbe","place","TJK")),
 [E("uz01-visit",True,"CONSULT","UZB.GOV","TJK",["2018-03-09","2018-03-09"],"Shavkat Mirziyoyev bugun Tojikistonga davlat tashrifi bilan keldi",
    "CONSULT [visit], visitor as actor; 'bugun' = dateline day 2018-03-09."),
  S("uz01-talks",False,"CONSULT",["TJK.GOV","UZB.GOV"],["2018-03-09","2018-03-09"],"Ikki davlat rahbarlari avval yakkama-yakka, so'ng delegatsiyalar ishtirokida muzokaralar o'tkazdi",
    "The talks and the welcome ceremony; either order."),
  S("uz01-agreements",True,["SUPPORT","AGREE","COOPERATE"],["UZB","TJK"],["2018-03-09","2018-03-09"],"Muzokaralar yakunida jami 27 ta hujjat imzolandi",
    "Passive signing of 27 documents (border-section treaty, visa-free travel agreement...): SUPPORT (signing) or AGREE; COOPERATE accepted."),
  S("uz01-visa",False,["SUPPORT","AGREE","COOPERATE"],["UZB","TJK"],["2018-03-09","2018-03-09"],
    "fuqarolarga bir-birining hududida 30 kungacha vizasiz bo'lish imkonini beruvchi kelishuv","Same pair and day as uz01-agreements; a second event is acceptable."),
  E("uz01-invitation",False,["REQUEST","AGREE"],"UZB.GOV","TJK.GOV",["2018-03-09","2018-03-09"],"Mirziyoyev Rahmonni O'zbekistonga javob davlat tashrifi bilan kelishga taklif qildi",
    "An invitation: REQUEST [meet] (or an offer, AGREE)."),
  S("uz01-checkpoints",False,["COOPERATE","RETREAT"],["UZB","TJK"],["2018-03-08","2018-03-08"],
    "8-mart kuni, ikki davlat chegarasidagi yillar davomida yopiq turgan to'qqizta nazorat-o'tkazish punkti qayta ochildi",
    "Reopening of border crossings the day before (RETREAT [access] or COOPERATE); dated 2018-03-08 only."),
  S("uz01-flights-2017",False,"COOPERATE",["UZB","TJK"],["2017-01-01","2017-12-31"],
    "O'tgan yili esa Toshkent va Dushanbe o'rtasida qariyb chorak asr to'xtab qolgan muntazam aviaqatnovlar tiklangan edi",
    "History: flights resumed in April 2017 ('o'tgan yili'); dated 2017 only."),
 ],
 [],
 [],
 "Uzbek Latin script, dateline 9 March 2018. No forbidden rule for the 2017 flights or the 8 March checkpoints: the agreements of 9 March may be read as COOPERATE by the same pair. The Strategic Partnership Treaty was signed later (August 2018, Tashkent) and is deliberately not mentioned."))

t = ("Rossiya Prezidenti Vladimir Putin davlat tashrifi bilan O'zbekistonda bo'lib turibdi. Putin yakshanba kuni Toshkentga yetib keldi.\n"
"Dushanba kuni Prezident Shavkat Mirziyoyev bilan o'tkazilgan muzokaralardan so'ng ikki davlat rahbarlari ishtirokida Jizzax viloyatida kichik atom elektr stansiyasi "
"qurish to'g'risidagi hujjat imzolandi. Loyihani «Rosatom» davlat korporatsiyasi amalga oshiradi. Shuningdek, savdo, energetika va ta'lim sohalariga oid 20 dan ortiq hujjat qabul qilindi.\n"
"Mirziyoyev Putinning tashrifini «tarixiy» deb atadi. Putin esa Rossiya O'zbekistonga tabiiy gaz yetkazib berishni ko'paytirishga tayyor ekanini ma'lum qildi.\n"
"Bu Putinning may oyi boshida yangi muddatga qasamyod qilganidan keyingi uchinchi xorijiy safari. U shu oy Xitoy va Belarusga ham tashrif buyurgan edi.")
DOCS.append(D("heldout-uz-02-putin-tashkent", "uz", "2024-05-27", None, t,
 ents(("Rossiya","country","RUS"),("Vladimir Putin","person","RUS.GOV"),("O'zbekiston","country","UZB"),("Toshkent","place","UZB"),("Shavkat Mirziyoyev","person","UZB.GOV"),
      ("Jizzax viloyati","place","UZB"),("Rosatom","organization","RUS.BUS"),("Xitoy","country","CHN"),("Belarus","country","BLR")),
 [E("uz02-talks",True,"CONSULT","RUS.GOV","UZB.GOV",["2024-05-27","2024-05-27"],"Dushanba kuni Prezident Shavkat Mirziyoyev bilan o'tkazilgan muzokaralardan so'ng",
    "CONSULT [visit], visitor as actor; 'Dushanba' = 2024-05-27 (publication the same day). Reverse order accepted (uz02-talks-sym)."),
  S("uz02-talks-sym",False,"CONSULT",["UZB.GOV","RUS.GOV"],["2024-05-27","2024-05-27"]),
  E("uz02-arrival",False,"CONSULT","RUS.GOV","UZB",["2024-05-26","2024-05-27"],"Putin yakshanba kuni Toshkentga yetib keldi",
    "Start of the state visit, Sunday 2024-05-26; the lead ('bo'lib turibdi', present) reports the same visit."),
  S("uz02-npp",True,["SUPPORT","AGREE","COOPERATE"],["RUS","UZB"],["2024-05-27","2024-05-27"],
    "Jizzax viloyatida kichik atom elektr stansiyasi qurish to'g'risidagi hujjat imzolandi",
    "Passive signing of the small nuclear plant agreement (Rosatom): SUPPORT/AGREE, or COOPERATE [economic]."),
  S("uz02-other-docs",False,["SUPPORT","AGREE","COOPERATE"],["RUS","UZB"],["2024-05-27","2024-05-27"],"20 dan ortiq hujjat qabul qilindi"),
  E("uz02-praise",False,"SUPPORT","UZB.GOV","RUS.GOV",["2024-05-27","2024-05-27"],"Mirziyoyev Putinning tashrifini «tarixiy» deb atadi","Praise (SUPPORT)."),
  E("uz02-gas-offer",False,["AGREE","AID","COOPERATE"],"RUS.GOV","UZB",["2024-05-27","2024-05-27"],
    "Rossiya O'zbekistonga tabiiy gaz yetkazib berishni ko'paytirishga tayyor ekanini ma'lum qildi","An offer (AGREE); the deliveries themselves are future."),
  E("uz02-china-visit",False,"CONSULT","RUS.GOV","CHN",["2024-05-01","2024-05-25"],"U shu oy Xitoy va Belarusga ham tashrif buyurgan edi",
    "History in the same month: Beijing 16-17 May 2024."),
  E("uz02-belarus-visit",False,"CONSULT","RUS.GOV","BLR",["2024-05-01","2024-05-25"],"U shu oy Xitoy va Belarusga ham tashrif buyurgan edi",
    "History: Minsk 23-24 May 2024."),
 ],
 [],
 [("Shavkat Mirziyoyev","tarixiy")],
 "No dateline. The inauguration (7 May) is domestic. No forbidden rule: a China/Belarus visit dated 26-27 May cannot be told from the Tashkent visit by type, source and date (it would at least miss the target)."))
