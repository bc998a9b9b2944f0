from h import *
DOCS = []
t1 = ("Toshkent, 31-may 2019-yil — O'zbekiston hukumati Suriyadagi qurolli to'qnashuvlar hududidan 156 nafar fuqarosini, asosan ayollar va bolalarni, "
"vataniga qaytardi. Tashqi ishlar vazirligi ma'lumotiga ko'ra, «Mehr» deb nomlangan insonparvarlik operatsiyasi payshanba kuni yakunlandi va fuqarolar "
"maxsus reys bilan Toshkentga olib kelindi.\n\n"
"Vazirlik bayonotida aytilishicha, qaytarilganlar tibbiy ko'rikdan o'tkaziladi, ularga uy-joy, ta'lim va ish topishda yordam ko'rsatiladi. "
"Operatsiya Prezident Shavkat Mirziyoyevning topshirig'i bilan o'tkazilgan; vazirlikka ko'ra, unga Xalqaro Qizil Xoch qo'mitasi va UNICEF ko'mak bergan. "
"Bundan bir kun oldin Suriya shimoli-sharqidagi kurd ma'muriyati 148 nafar o'zbekistonlik ayol va bolani O'zbekiston diplomatlariga topshirganini ma'lum qilgan edi. "
"Ayollarning aksariyati bir necha yil avval erlari bilan birga "
"«Islomiy davlat» guruhi nazoratidagi hududlarga ketgan, bolalarning ko'pchiligi esa o'sha yerda tug'ilgan.\n\n"
"Qo'shni Qozog'iston ham shu yilning yanvar va may oylarida «Jusan» operatsiyasi doirasida Suriyadan yuzlab fuqarolarini, "
"jumladan ko'plab bolalarni olib chiqqan edi.")
DOCS.append(doc("heldoutE-uz-01-mehr-repatriation", "uz", "2019-05-31", "2019-05-31", t1,
 [E("O'zbekiston hukumati","organization","UZB.GOV"), E("Suriyadagi","country","SYR"), E("Tashqi ishlar vazirligi","organization","UZB.GOV"),
  E("Toshkentga","place","UZB"), E("O'zbekiston diplomatlariga","organization","UZB.GOV"), E("Shavkat Mirziyoyevning","person","UZB.GOV"), E("«Islomiy davlat»","organization","IMG"),
  E("Qozog'iston","country","KAZ"), E("Xalqaro Qizil Xoch qo'mitasi","organization","NGO"), E("UNICEF","organization","UNO"), E("Suriyadan","country","SYR")],
 [ev("uz01-mehr", True, ["AID","COOPERATE"], "UZB", "*", ("2019-05-30","2019-05-31"),
     "O'zbekiston hukumati Suriyadagi qurolli to'qnashuvlar hududidan 156 nafar fuqarosini, asosan ayollar va bolalarni, vataniga qaytardi",
     "Humanitarian repatriation of its own citizens: AID [humanitarian] with the returnees (UZB civilians) or no recipient; COOPERATE accepted. Completed Thursday 30 May."),
  ev("uz01-icrc-unicef", False, ["AID","COOPERATE"], "NGO", "UZB", ("2019-05-01","2019-05-30"),
     "unga Xalqaro Qizil Xoch qo'mitasi va UNICEF ko'mak bergan", "Support by the ICRC (NGO) and UNICEF (UNO) as reported by the ministry; optional."),
  ev("uz01-unicef", False, ["AID","COOPERATE"], "UNO", "UZB", ("2019-05-01","2019-05-30"), "UNICEF ko'mak bergan"),
  ev("uz01-kurd-handover", True, ["COOPERATE","RETREAT"], "SYR", "UZB", ("2019-05-29","2019-05-29"),
     "Bundan bir kun oldin Suriya shimoli-sharqidagi kurd ma'muriyati 148 nafar o'zbekistonlik ayol va bolani O'zbekiston diplomatlariga topshirganini ma'lum qilgan edi",
     "Handover to Uzbek diplomats by the Kurdish-led administration (SYR, non-state: SYR.REB/GOV not settled; country level). 'Bundan bir kun oldin' = the day before Thursday 30 May = 2019-05-29. COOPERATE, or RETREAT [release]."),
  ev("uz01-kaz-jusan", False, ["AID","COOPERATE"], "KAZ", "*", ("2019-01-01","2019-05-30"),
     "Qo'shni Qozog'iston ham shu yilning yanvar va may oylarida «Jusan» operatsiyasi doirasida Suriyadan yuzlab fuqarolarini ... olib chiqqan edi",
     "History: Kazakhstan's January and May 2019 operations."),
 ],
 [F("Kazakhstan's January/May operations dated on the publication day", "AID", "KAZ", date="2019-05-31"),
  F("Kazakhstan's January/May operations (COOPERATE) dated on the publication day", "COOPERATE", "KAZ", date="2019-05-31")],
 [], "The promised rehabilitation ('o'tkaziladi', 'ko'rsatiladi') is future; it shares type and source with the core repatriation, so no forbidden rule can separate it. Syria is named only as a place."))

t2 = ("Toshkentda juma kuni yakunlangan «Markaziy va Janubiy Osiyo: mintaqaviy bog'liqlik» xalqaro konferensiyasida Afg'oniston prezidenti Ashraf G'ani "
"Pokistonni Tolibonga yordam berishda aybladi. G'anining so'zlariga ko'ra, razvedka ma'lumotlari o'tgan bir oy davomida Pokiston va boshqa joylardan "
"10 mingdan ortiq jihodchi jangari Afg'onistonga kirganini ko'rsatmoqda. U Islomobod Tolibonni muzokaralarga jalb qilish uchun o'z ta'siridan "
"foydalanmayotganini ham ta'kidladi.\n\n"
"Anjumanda qatnashgan Pokiston bosh vaziri Imron Xon bu ayblovlarni rad etdi. «Afg'onistondagi notinchlikdan eng ko'p zarar ko'radigan davlat Pokistondir. "
"Pokistonni ayblash nohaqlikdir», dedi u.\n\n"
"Konferensiyani Prezident Shavkat Mirziyoyev ochdi, unda Rossiya tashqi ishlar vaziri Sergey Lavrov ham ishtirok etdi. Shu kuni AQSH, Afg'oniston, "
"Pokiston va O'zbekiston mintaqaviy bog'liqlikni rivojlantirish bo'yicha to'rt tomonlama diplomatik platforma tuzishga kelishib olgani e'lon qilindi.\n\n"
"Tolibon may oyidan buyon mamlakat bo'ylab o'nlab tumanlarni egallab oldi.")
DOCS.append(doc("heldoutE-uz-02-tashkent-ghani-imran", "uz", "2021-07-17", None, t2,
 [E("Toshkentda","place","UZB"), E("Afg'oniston","country","AFG"), E("Ashraf G'ani","person","AFG.GOV"), E("Pokistonni","country","PAK"),
  E("Tolibonga","organization","AFG.REB"), E("Islomobod","place","PAK"), E("Imron Xon","person","PAK.GOV"), E("Shavkat Mirziyoyev","person","UZB.GOV"),
  E("Rossiya","country","RUS"), E("Sergey Lavrov","person","RUS.GOV"), E("AQSH","country","USA"), E("O'zbekiston","country","UZB")],
 [ev("uz02-ghani-accuse", True, "ACCUSE", "AFG.GOV", "PAK", ("2021-07-16","2021-07-16"),
     "Afg'oniston prezidenti Ashraf G'ani Pokistonni Tolibonga yordam berishda aybladi", "Friday 16 July 2021 (published Saturday)."),
  ev("uz02-ghani-influence", False, "ACCUSE", "AFG.GOV", "PAK", ("2021-07-16","2021-07-16"),
     "U Islomobod Tolibonni muzokaralarga jalb qilish uchun o'z ta'siridan foydalanmayotganini ham ta'kidladi", "A second accusation in the same speech; 'U' refers back to Ghani."),
  ev("uz02-imran-reject", True, ["REJECT","ACCUSE"], "PAK.GOV", "AFG", ("2021-07-16","2021-07-16"),
     "Pokiston bosh vaziri Imron Xon bu ayblovlarni rad etdi", "Rejecting the accusation (REJECT); 'unfair to blame Pakistan' also read as ACCUSE."),
  ev("uz02-ghani-visit", False, "CONSULT", "AFG.GOV", "UZB", ("2021-07-15","2021-07-16"), "Toshkentda ... konferensiyasida", "Attending a conference hosted by Uzbekistan."),
  ev("uz02-imran-visit", False, "CONSULT", "PAK.GOV", "UZB", ("2021-07-15","2021-07-16"), "Anjumanda qatnashgan Pokiston bosh vaziri Imron Xon"),
  ev("uz02-lavrov-visit", False, "CONSULT", "RUS.GOV", "UZB", ("2021-07-15","2021-07-16"), "unda Rossiya tashqi ishlar vaziri Sergey Lavrov ham ishtirok etdi"),
  sym("uz02-ghani-imran", False, "CONSULT", "AFG.GOV", "PAK.GOV", ("2021-07-16","2021-07-16"), None, "Both at the same conference; optional."),
  sym("uz02-quad-usa", True, "AGREE", "USA", "*", ("2021-07-15","2021-07-16"),
     "AQSH, Afg'oniston, Pokiston va O'zbekiston ... to'rt tomonlama diplomatik platforma tuzishga kelishib olgani e'lon qilindi",
     "Coordinated subjects, agentless passive 'e'lon qilindi': any AGREE pairing two of the four (USA, AFG, PAK, UZB) satisfies the core reading; the USA pairing is the core entry, the others optional."),
  sym("uz02-quad-afg", False, "AGREE", "AFG", "*", ("2021-07-15","2021-07-16")),
  sym("uz02-quad-pak", False, "AGREE", "PAK", "*", ("2021-07-15","2021-07-16")),
  sym("uz02-quad-uzb", False, "AGREE", "UZB", "*", ("2021-07-15","2021-07-16")),
  ev("uz02-taliban-offensive", False, ["ASSAULT","COERCE"], "AFG.REB", "AFG", ("2021-05-01","2021-07-16"),
     "Tolibon may oyidan buyon mamlakat bo'ylab o'nlab tumanlarni egallab oldi", "Ongoing offensive since May (Taliban = AFG.REB before 2021-08-15)."),
 ],
 [F("Ghani's claim of fighters arriving from Pakistan coded as a Pakistani attack", "ASSAULT", "PAK"),
  F("Ghani's claim coded as Pakistani mobilisation", "MOBILIZE", "PAK")],
 [Q("Imron Xon", "Pokistonni ayblash nohaqlikdir")], "No dateline; published Saturday 2021-07-17. Imran Khan's quotation is a translation of his publicly reported words ('the country most affected...', 'extremely unfair to blame Pakistan')."))
