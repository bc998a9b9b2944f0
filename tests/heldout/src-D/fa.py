from common import *
DOCS = []
t = ("تهران، ۲۱ دی ۱۳۹۸ - ستاد کل نیروهای مسلح جمهوری اسلامی ایران صبح امروز شنبه در بیانیه‌ای اعلام کرد هواپیمای مسافربری اوکراینی بر اثر «خطای انسانی» و به‌طور غیرعمدی هدف قرار گرفته است. "
"به گفته ستاد کل، هواپیما در شرایط آمادگی کامل پدافندی به یک مرکز حساس نظامی نزدیک شده بود.\n"
"حسن روحانی، رئیس‌جمهور، این حادثه را «فاجعه‌ای بزرگ و اشتباهی نابخشودنی» خواند. محمدجواد ظریف، وزیر امور خارجه، نیز ضمن عذرخواهی از مردم ایران و خانواده‌های قربانیان، "
"ماجراجویی آمریکا را زمینه‌ساز این فاجعه دانست.\n"
"هواپیمای بوئینگ ۷۳۷ هواپیمایی بین‌المللی اوکراین بامداد چهارشنبه ۱۸ دی، دقایقی پس از برخاستن از فرودگاه امام خمینی سقوط کرد و همه ۱۷۶ سرنشین آن جان باختند. "
"ولودیمیر زلنسکی، رئیس‌جمهور اوکراین، از ایران خواست مسئولان را به دست عدالت بسپارد و به خانواده‌ها غرامت بپردازد.")
DOCS.append(D("heldout-fa-01-ps752-admission", "fa", "2020-01-11", "2020-01-11", t,
 ents(("ستاد کل نیروهای مسلح","organization","IRN.MIL"),("جمهوری اسلامی ایران","country","IRN"),("حسن روحانی","person","IRN.GOV"),("محمدجواد ظریف","person","IRN.GOV"),
      ("آمریکا","country","USA"),("هواپیمایی بین‌المللی اوکراین","organization","UKR.BUS"),("فرودگاه امام خمینی","place","IRN"),("ولودیمیر زلنسکی","person","UKR.GOV"),
      ("اوکراین","country","UKR")),
 [E("fa01-admission",True,"CONCEDE","IRN.MIL","*",["2020-01-11","2020-01-11"],
    "ستاد کل نیروهای مسلح جمهوری اسلامی ایران صبح امروز شنبه در بیانیه‌ای اعلام کرد هواپیمای مسافربری اوکراینی بر اثر «خطای انسانی» و به‌طور غیرعمدی هدف قرار گرفته است",
    "Admission of responsibility (CONCEDE). Target UKR (the airline) or '*'. Dateline ۲۱ دی ۱۳۹۸ = 2020-01-11."),
  E("fa01-shootdown",True,"ASSAULT","IRN.MIL","UKR",["2020-01-08","2020-01-08"],
    "هواپیمای بوئینگ ۷۳۷ هواپیمایی بین‌المللی اوکراین بامداد چهارشنبه ۱۸ دی، دقایقی پس از برخاستن از فرودگاه امام خمینی سقوط کرد",
    "The shoot-down, admitted today, happened on ۱۸ دی = 2020-01-08; acceptable only with that date (the admission sentence reports the same act in the passive)."),
  E("fa01-rouhani",False,["CONCEDE","ACCUSE"],"IRN.GOV","*",["2020-01-11","2020-01-11"],"این حادثه را «فاجعه‌ای بزرگ و اشتباهی نابخشودنی» خواند"),
  E("fa01-zarif-apology",False,["CONCEDE","SUPPORT"],"IRN.GOV","*",["2020-01-11","2020-01-11"],"ضمن عذرخواهی از مردم ایران و خانواده‌های قربانیان",
    "An apology: CONCEDE (verbal concession)."),
  E("fa01-zarif-blames-us",True,"ACCUSE","IRN.GOV","USA",["2020-01-11","2020-01-11"],"ماجراجویی آمریکا را زمینه‌ساز این فاجعه دانست"),
  E("fa01-zelensky-demands",True,"REQUEST","UKR.GOV","IRN",["2020-01-11","2020-01-11"],
    "ولودیمیر زلنسکی، رئیس‌جمهور اوکراین، از ایران خواست مسئولان را به دست عدالت بسپارد"),
 ],
 [F("the 18 Dey shoot-down dated on the day of the admission","ASSAULT","IRN",date="2020-01-11")],
 [("حسن روحانی","فاجعه‌ای بزرگ و اشتباهی نابخشودنی")],
 "Solar Hijri dateline. The compensation Zelensky asks for is part of the REQUEST, not an event."))

t = ("مسعود پزشکیان، رئیس‌جمهور ایران، روز چهارشنبه در نخستین سفر خارجی خود پس از آغاز به کار دولت چهاردهم وارد بغداد شد و مورد استقبال رسمی محمد شیاع السودانی، نخست‌وزیر عراق، قرار گرفت. "
"در جریان این سفر، ۱۴ سند همکاری در حوزه‌هایی از جمله کشاورزی، تجارت، ارتباطات و آموزش میان دو کشور به امضا رسید.\n"
"پزشکیان در نشست خبری مشترک با السودانی بر ضرورت گسترش روابط اقتصادی و همکاری‌های دو کشور تأکید کرد. "
"قرار است رئیس‌جمهور در ادامه این سفر به اربیل و بصره نیز برود.\n"
"تهران و بغداد پیش‌تر در اسفند ۱۴۰۱ توافقنامه‌ای امنیتی امضا کرده بودند که بر اساس آن گروه‌های مخالف کُرد ایرانی مستقر در اقلیم کردستان عراق باید خلع سلاح شوند.")
DOCS.append(D("heldout-fa-02-pezeshkian-baghdad", "fa", "2024-09-12", None, t,
 ents(("مسعود پزشکیان","person","IRN.GOV"),("ایران","country","IRN"),("بغداد","place","IRQ"),("محمد شیاع السودانی","person","IRQ.GOV"),("عراق","country","IRQ"),
      ("بصره","place","IRQ"),("اربیل","place","IRQ"),("تهران","place","IRN"),("اقلیم کردستان عراق","place","IRQ")),
 [E("fa02-visit",True,"CONSULT","IRN.GOV","IRQ",["2024-09-11","2024-09-11"],"روز چهارشنبه در نخستین سفر خارجی خود پس از آغاز به کار دولت چهاردهم وارد بغداد شد",
    "CONSULT [visit]: visitor as actor. 'روز چهارشنبه' = 2024-09-11 (publication Thursday 2024-09-12)."),
  S("fa02-sudani-meets",False,"CONSULT",["IRQ.GOV","IRN.GOV"],["2024-09-11","2024-09-11"],"مورد استقبال رسمی محمد شیاع السودانی، نخست‌وزیر عراق، قرار گرفت"),
  S("fa02-mous",True,["AGREE","SUPPORT","COOPERATE"],["IRN","IRQ"],["2024-09-11","2024-09-11"],"۱۴ سند همکاری در حوزه‌هایی از جمله کشاورزی، تجارت، ارتباطات و آموزش میان دو کشور به امضا رسید",
    "Passive signing of memoranda: SUPPORT (signing) or AGREE; COOPERATE accepted."),
  E("fa02-pledge",False,["AGREE","SUPPORT"],"IRN.GOV","IRQ",["2024-09-11","2024-09-11"],"بر ضرورت گسترش روابط اقتصادی و همکاری‌های دو کشور تأکید کرد"),
  S("fa02-security-2023",False,["AGREE","SUPPORT"],["IRN","IRQ"],["2023-02-20","2023-03-20"],"تهران و بغداد پیش‌تر در اسفند ۱۴۰۱ توافقنامه‌ای امنیتی امضا کرده بودند",
    "History: Esfand 1401 = 2023-02-20..2023-03-20 (signed 2023-03-19). No forbidden rule possible (same type and actors as fa02-mous)."),
 ],
 [F("the planned Erbil and Basra legs coded as visits already made","CONSULT","IRN",date_after="2024-09-12",unless_aux="future"),
  F("the disarmament required by the 2023 agreement coded as done","RETREAT",None,unless_aux="future")],
 [],
 "No dateline; the press conference is part of the visit (fa02-visit / fa02-sudani-meets)."))
