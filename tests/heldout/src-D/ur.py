from common import *
DOCS = []
t = ("وزیراعظم عمران خان نے جمعرات کو ماسکو میں روسی صدر ولادیمیر پیوٹن سے ملاقات کی۔ کریملن میں ہونے والی یہ ملاقات تقریباً تین گھنٹے جاری رہی "
"جس میں دوطرفہ تعلقات، توانائی کے شعبے میں تعاون اور پاکستان اسٹریم گیس پائپ لائن منصوبے پر بات چیت کی گئی۔\n"
"یہ ملاقات ایسے وقت ہوئی جب روس نے اسی روز علی الصبح یوکرین پر فوجی حملہ شروع کیا تھا۔ دفتر خارجہ کے بیان کے مطابق وزیراعظم نے روس اور یوکرین کے درمیان تازہ صورتحال پر افسوس کا اظہار کیا "
"اور کہا کہ پاکستان کو امید تھی کہ سفارت کاری کے ذریعے فوجی تصادم سے بچا جا سکتا تھا۔\n"
"عمران خان بدھ کی شام دو روزہ دورے پر ماسکو پہنچے تھے۔ یہ 23 برس میں کسی پاکستانی وزیراعظم کا پہلا دورۂ روس ہے۔ وزیر خارجہ شاہ محمود قریشی بھی ان کے ہمراہ ہیں۔")
DOCS.append(D("heldout-ur-01-imran-khan-moscow", "ur", "2022-02-25", None, t,
 ents(("عمران خان","person","PAK.GOV"),("ماسکو","place","RUS"),("ولادیمیر پیوٹن","person","RUS.GOV"),("کریملن","organization","RUS.GOV"),("روس","country","RUS"),
      ("یوکرین","country","UKR"),("دفتر خارجہ","organization","PAK.GOV"),("پاکستان","country","PAK"),("شاہ محمود قریشی","person","PAK.GOV")),
 [E("ur01-meeting",True,"CONSULT","PAK.GOV","RUS.GOV",["2022-02-24","2022-02-24"],"وزیراعظم عمران خان نے جمعرات کو ماسکو میں روسی صدر ولادیمیر پیوٹن سے ملاقات کی",
    "CONSULT [visit]; 'جمعرات' = 2022-02-24 (published Friday 2022-02-25). Reverse order accepted (ur01-meeting-sym)."),
  S("ur01-meeting-sym",False,"CONSULT",["RUS.GOV","PAK.GOV"],["2022-02-24","2022-02-24"]),
  E("ur01-arrival",False,"CONSULT","PAK.GOV","RUS",["2022-02-23","2022-02-23"],"عمران خان بدھ کی شام دو روزہ دورے پر ماسکو پہنچے تھے",
    "Start of the visit, 'بدھ کی شام' = 2022-02-23."),
  E("ur01-invasion",True,"ASSAULT","RUS","UKR",["2022-02-24","2022-02-24"],"روس نے اسی روز علی الصبح یوکرین پر فوجی حملہ شروع کیا تھا"),
  E("ur01-regret",False,"ACCUSE","PAK.GOV","*",["2022-02-24","2022-02-24"],"وزیراعظم نے روس اور یوکرین کے درمیان تازہ صورتحال پر افسوس کا اظہار کیا",
    "Mild disapproval with no explicit target; optional."),
 ],
 [F("the invasion dated on the publication day (Friday)","ASSAULT","RUS",date="2022-02-25")],
 [],
 "No dateline. 'پاکستان کو امید تھی کہ ... بچا جا سکتا تھا' is counterfactual, not an event. The gas pipeline is a topic of the meeting, not a separate event."))

t = ("گوا، 5 مئی 2023 — وزیر خارجہ بلاول بھٹو زرداری نے شنگھائی تعاون تنظیم کے وزرائے خارجہ کی کونسل کے اجلاس سے خطاب کرتے ہوئے کہا کہ سفارتی پوائنٹ اسکورنگ کے لیے دہشت گردی کو ہتھیار نہ بنایا جائے۔ "
"2011 کے بعد یہ کسی پاکستانی وزیر خارجہ کا پہلا دورۂ بھارت ہے۔\n"
"اجلاس کے بعد پریس کانفرنس میں بھارتی وزیر خارجہ ایس جے شنکر نے بلاول کو \"دہشت گردی کی صنعت کا پروموٹر، جواز پیش کرنے والا اور ترجمان\" قرار دیا۔ "
"دونوں وزرا کے درمیان کوئی دوطرفہ ملاقات نہیں ہوئی۔\n"
"بلاول نے جمعرات کو گوا پہنچنے کے بعد روسی وزیر خارجہ سرگئی لاوروف اور ازبک وزیر خارجہ بختیار سعیدوف سے الگ الگ ملاقاتیں کیں۔ "
"اپنے خطاب میں انہوں نے بین الاقوامی قانون اور سلامتی کونسل کی قراردادوں کے منافی یکطرفہ اقدامات پر بھی تنقید کی۔ دونوں ملکوں کے تعلقات اگست 2019 سے کشیدہ ہیں، جب بھارت نے کشمیر کی خصوصی آئینی حیثیت ختم کر دی تھی۔")
DOCS.append(D("heldout-ur-02-bilawal-goa", "ur", "2023-05-05", "2023-05-05", t,
 ents(("گوا","place","IND"),("بلاول بھٹو زرداری","person","PAK.GOV"),("شنگھائی تعاون تنظیم","organization","IGO"),("بھارت","country","IND"),
      ("ایس جے شنکر","person","IND.GOV"),("سرگئی لاوروف","person","RUS.GOV"),("بختیار سعیدوف","person","UZB.GOV"),("کشمیر","place","IND")),
 [E("ur02-bilawal-speech",True,["ACCUSE","REQUEST"],"PAK.GOV","*",["2023-05-05","2023-05-05"],
    "سفارتی پوائنٹ اسکورنگ کے لیے دہشت گردی کو ہتھیار نہ بنایا جائے",
    "An implicit rebuke (ACCUSE) or appeal (REQUEST); the target is implicit (India): '*'."),
  S("ur02-sco-meeting",True,"CONSULT",["PAK","*"],["2023-05-04","2023-05-05"],
    "بلاول بھٹو زرداری نے شنگھائی تعاون تنظیم کے وزرائے خارجہ کی کونسل کے اجلاس سے خطاب کرتے ہوئے",
    "Participation in the SCO ministerial (CONSULT [multilateral]) or the visit to India (CONSULT [visit], PAK->IND): any partner accepted."),
  S("ur02-india-hosts",False,"CONSULT",["IND","*"],["2023-05-04","2023-05-05"],"وزرائے خارجہ کی کونسل کے اجلاس"),
  E("ur02-jaishankar",True,"ACCUSE","IND.GOV","PAK.GOV",["2023-05-05","2023-05-05"],
    "ایس جے شنکر نے بلاول کو \"دہشت گردی کی صنعت کا پروموٹر، جواز پیش کرنے والا اور ترجمان\" قرار دیا"),
  S("ur02-lavrov",True,"CONSULT",["PAK.GOV","RUS.GOV"],["2023-05-04","2023-05-04"],"روسی وزیر خارجہ سرگئی لاوروف",
    "'جمعرات' = 2023-05-04."),
  S("ur02-saidov",True,"CONSULT",["PAK.GOV","UZB.GOV"],["2023-05-04","2023-05-04"],"ازبک وزیر خارجہ بختیار سعیدوف سے الگ الگ ملاقاتیں کیں"),
  E("ur02-unilateral-criticism",False,"ACCUSE","PAK.GOV","*",["2023-05-05","2023-05-05"],
    "بین الاقوامی قانون اور سلامتی کونسل کی قراردادوں کے منافی یکطرفہ اقدامات پر بھی تنقید کی","Implicit criticism of India (Kashmir): target '*' (IND accepted)."),
  E("ur02-article370",False,"COERCE","IND.GOV","IND",["2019-08-01","2019-08-31"],"جب بھارت نے کشمیر کی خصوصی آئینی حیثیت ختم کر دی تھی",
    "History: the revocation of Article 370 (2019-08-05), a domestic act; acceptable only dated August 2019."),
 ],
 [F("the August 2019 Kashmir decision dated 2023","COERCE","IND",date_after="2023-01-01")],
 [("ایس جے شنکر","دہشت گردی کی صنعت کا پروموٹر، جواز پیش کرنے والا اور ترجمان")],
 "'دونوں وزرا کے درمیان کوئی دوطرفہ ملاقات نہیں ہوئی' is a negated meeting; it gets no forbidden rule because CONSULT by IND/PAK on these dates is legitimate (the SCO meeting itself). An extractor that codes a bilateral IND-PAK meeting matches ur02-sco-meeting only by the scorer's leniency."))
