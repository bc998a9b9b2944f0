from common import *
DOCS = []
t = ("Основатель ЧВК «Вагнер» Евгений Пригожин в субботу вечером согласился остановить движение своих колонн на Москву и вернуть бойцов в полевые лагеря. "
"Об этом сообщила пресс-служба президента Белоруссии Александра Лукашенко, который, по её словам, провёл переговоры с Пригожиным по согласованию с Владимиром Путиным. "
"Пресс-секретарь Кремля Дмитрий Песков заявил, что уголовное дело против Пригожина будет прекращено, а сам он уедет в Белоруссию.\n"
"Утром Путин в обращении к нации назвал действия «Вагнера» вооружённым мятежом и предательством и пообещал, что виновные понесут неизбежное наказание. "
"К тому моменту бойцы ЧВК уже заняли военные объекты в Ростове-на-Дону, в том числе штаб Южного военного округа. "
"Уголовное дело о призывах к вооружённому мятежу ФСБ возбудила ещё в пятницу вечером, после того как Пригожин обвинил военное руководство в ударе по лагерю его бойцов. "
"В Минобороны эти обвинения назвали не соответствующими действительности.")
DOCS.append(D("heldout-ru-01-wagner-mutiny", "ru", "2023-06-25", None, t,
 ents(("ЧВК «Вагнер»","organization","RUS"),("Евгений Пригожин","person","RUS"),("Москву","place","RUS"),("Белоруссии","country","BLR"),
      ("Александра Лукашенко","person","BLR.GOV"),("Владимиром Путиным","person","RUS.GOV"),("Кремля","organization","RUS.GOV"),("Дмитрий Песков","person","RUS.GOV"),
      ("Ростове-на-Дону","place","RUS"),("Южного военного округа","organization","RUS.MIL"),("ФСБ","organization","RUS.SPY"),("Минобороны","organization","RUS.MIL")),
 [E("ru01-halt",True,["RETREAT","CONCEDE"],"RUS","RUS",["2023-06-24","2023-06-24"],
    "Евгений Пригожин в субботу вечером согласился остановить движение своих колонн на Москву",
    "Wagner's retreat: RETREAT [withdraw] or CONCEDE. Wagner has no settled sector (UAF, REB, MIL all seen): country only. 'в субботу' = 2023-06-24 (published 2023-06-25)."),
  S("ru01-lukashenko-talks",True,"CONSULT",["BLR.GOV","RUS"],["2023-06-24","2023-06-24"],"провёл переговоры с Пригожиным",
    "Lukashenko's talks with Prigozhin (CONSULT, also readable as third-party mediation)."),
  S("ru01-lukashenko-putin",False,"CONSULT",["BLR.GOV","RUS.GOV"],["2023-06-24","2023-06-24"],"по согласованию с Владимиром Путиным",
    "Coordination with Putin implies contact (a phone call was reported that day)."),
  E("ru01-peskov-drop-case",False,["AGREE","CONCEDE","RETREAT"],"RUS.GOV","RUS",["2023-06-24","2023-06-24"],
    "уголовное дело против Пригожина будет прекращено",
    "The Kremlin's announced concession (promise: AGREE; CONCEDE). Optional: phrased in the future."),
  E("ru01-putin-accuses",True,"ACCUSE","RUS.GOV","RUS",["2023-06-24","2023-06-24"],
    "Путин в обращении к нации назвал действия «Вагнера» вооружённым мятежом и предательством"),
  E("ru01-putin-threatens",False,"THREATEN","RUS.GOV","RUS",["2023-06-24","2023-06-24"],"пообещал, что виновные понесут неизбежное наказание"),
  E("ru01-rostov-seizure",True,["COERCE","ASSAULT"],"RUS","RUS.MIL",["2023-06-24","2023-06-24"],
    "бойцы ЧВК уже заняли военные объекты в Ростове-на-Дону",
    "COERCE [seize] of military facilities (the Southern Military District HQ), early on 2023-06-24."),
  E("ru01-fsb-case",True,"ACCUSE","RUS.SPY","RUS",["2023-06-23","2023-06-24"],
    "Уголовное дело о призывах к вооружённому мятежу ФСБ возбудила ещё в пятницу вечером",
    "ACCUSE [investigate]; 'в пятницу вечером' = 2023-06-23 (announced near midnight)."),
  E("ru01-prigozhin-accuses",False,"ACCUSE","RUS","RUS.MIL",["2023-06-23","2023-06-23"],
    "Пригожин обвинил военное руководство в ударе по лагерю его бойцов"),
  E("ru01-mod-denies",False,["REJECT","ACCUSE"],"RUS.MIL","RUS",["2023-06-23","2023-06-23"],
    "В Минобороны эти обвинения назвали не соответствующими действительности","A denial of the accusation, dated Friday."),
 ],
 [F("the alleged strike on the Wagner camp, denied by the ministry, coded as fact","ASSAULT","RUS.MIL",date="2023-06-23",unless_aux="negated"),
  F("Prigozhin's planned departure to Belarus coded as a visit","CONSULT","RUS",date="2023-06-25",unless_aux="future"),
  F("Friday's FSB case or Prigozhin's accusation dated Sunday","ACCUSE","RUS",date="2023-06-25")],
 [],
 "All Wagner/Prigozhin actors are coded RUS (country only) because the sector of a mutinous private military company is not settled."))

t = ("МОСКВА, 10 октября 2022 — Владимир Путин заявил в понедельник, что подрыв Крымского моста был терактом, организованным и осуществлённым спецслужбами Украины. "
"Выступая на оперативном совещании с постоянными членами Совета безопасности, президент сообщил, что утром по предложению Минобороны и по плану Генштаба "
"был нанесён массированный удар высокоточным оружием по объектам энергетики, военного управления и связи Украины. "
"Путин предупредил, что в случае продолжения попыток совершить теракты на российской территории ответные меры будут жёсткими.\n"
"Украинские власти сообщили о погибших и раненых в Киеве и других городах страны.\n"
"Взрыв на мосту, соединяющем Крым с Краснодарским краем, произошёл в субботу утром; по данным Следственного комитета, погибли три человека. "
"Мост был открыт в 2018 году, через четыре года после присоединения Крыма к России.")
DOCS.append(D("heldout-ru-02-crimea-bridge-strikes", "ru", "2022-10-10", "2022-10-10", t,
 ents(("Владимир Путин","person","RUS.GOV"),("Крымского моста","place","UKR"),("Украины","country","UKR"),("Совета безопасности","organization","RUS.GOV"),
      ("Минобороны","organization","RUS.MIL"),("Генштаба","organization","RUS.MIL"),("Киеве","place","UKR"),("Крым","place","UKR"),
      ("Краснодарским краем","place","RUS"),("Следственного комитета","organization","RUS.JUD"),("России","country","RUS")),
 [E("ru02-accuse",True,"ACCUSE","RUS.GOV","UKR",["2022-10-10","2022-10-10"],
    "подрыв Крымского моста был терактом, организованным и осуществлённым спецслужбами Украины","Target UKR (UKR.SPY)."),
  E("ru02-strikes",True,"ASSAULT","RUS.MIL","UKR",["2022-10-10","2022-10-10"],
    "был нанесён массированный удар высокоточным оружием по объектам энергетики, военного управления и связи Украины",
    "Passive; the agent is the Russian military (Defence Ministry / General Staff). RUS.GOV as source also acceptable at country level."),
  E("ru02-threat",True,"THREATEN","RUS.GOV","UKR",["2022-10-10","2022-10-10"],
    "в случае продолжения попыток совершить теракты на российской территории ответные меры будут жёсткими"),
  S("ru02-security-council",False,"CONSULT",["RUS.GOV","RUS.GOV"],["2022-10-10","2022-10-10"],"на оперативном совещании с постоянными членами Совета безопасности",
    "A domestic meeting; optional."),
  E("ru02-bridge-blast",False,"ASSAULT","*","RUS",["2022-10-08","2022-10-08"],"Взрыв на мосту, соединяющем Крым с Краснодарским краем, произошёл в субботу утром",
    "'в субботу' = 2022-10-08. The perpetrator is only alleged (by Putin): source '*' (UKR accepted)."),
  E("ru02-annexation",False,["COERCE","ASSAULT"],"RUS","UKR",["2014-02-20","2014-03-31"],"присоединения Крыма к России",
    "History: the 2014 annexation (COERCE [seize] territory), dated 2014 only."),
 ],
 [F("the 2014 annexation dated 2022","COERCE","RUS",date_after="2015-01-01"),
  F("the threatened harsh response coded as carried out","ASSAULT","RUS.GOV",date_after="2022-10-11")],
 [("Владимир Путин","терактом, организованным и осуществлённым спецслужбами Украины")],
 "Quote is paraphrastic (Putin's words, reported as his). The Saturday bridge blast cannot get a date-based forbidden rule (it would also hit the Monday strikes, ASSAULT on 10-10); dated on Monday it simply matches nothing."))
