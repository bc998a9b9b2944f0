from common import *
DOCS = []
t = ("ঢাকা, ৫ আগস্ট ২০২৪ — ব্যাপক গণবিক্ষোভের মুখে প্রধানমন্ত্রী শেখ হাসিনা সোমবার পদত্যাগ করে দেশ ছেড়েছেন। "
"সেনাপ্রধান জেনারেল ওয়াকার-উজ-জামান বিকেলে জাতির উদ্দেশে দেওয়া ভাষণে এ কথা জানান এবং বলেন, একটি অন্তর্বর্তীকালীন সরকার গঠন করা হবে। তিনি জানান, রাজনৈতিক দলগুলোর নেতাদের সঙ্গে বৈঠক করেছেন এবং প্রতিটি হত্যাকাণ্ডের বিচার করা হবে। তিনি বিক্ষোভকারীদের শান্ত থাকার আহ্বান জানান।\n"
"সংবাদমাধ্যমের খবর অনুযায়ী, শেখ হাসিনা একটি সামরিক উড়োজাহাজে করে ভারতে পৌঁছেছেন। এদিকে হাজারো মানুষ প্রধানমন্ত্রীর সরকারি বাসভবন গণভবনে ঢুকে পড়ে।\n"
"রাতে রাষ্ট্রপতি মো. সাহাবুদ্দিন বিএনপি চেয়ারপারসন খালেদা জিয়াকে মুক্তি দেওয়ার সিদ্ধান্তের কথা জানান। "
"সরকারি চাকরিতে কোটা সংস্কারের দাবিতে জুলাই মাসে শুরু হওয়া ছাত্র আন্দোলন দমনে সরকারের অভিযানে কয়েকশ মানুষ নিহত হন।")
DOCS.append(D("heldout-bn-01-hasina-resigns", "bn", "2024-08-05", "2024-08-05", t,
 ents(("ঢাকা","place","BGD"),("শেখ হাসিনা","person","BGD.GOV"),("ওয়াকার-উজ-জামান","person","BGD.MIL"),("ভারতে","country","IND"),("গণভবনে","place","BGD"),
      ("মো. সাহাবুদ্দিন","person","BGD.GOV"),("বিএনপি","organization","BGD.OPP"),("খালেদা জিয়াকে","person","BGD.OPP")),
 [E("bn01-resign",True,"RETREAT","BGD.GOV","BGD",["2024-08-05","2024-08-05"],"প্রধানমন্ত্রী শেখ হাসিনা সোমবার পদত্যাগ করে দেশ ছেড়েছেন",
    "RETREAT [resign]. Dateline in Bengali digits (৫ আগস্ট ২০২৪); 'সোমবার' = the same day. Target BGD or '*'."),
  E("bn01-protests",True,"PROTEST","BGD","BGD.GOV",["2024-08-05","2024-08-05"],"ব্যাপক গণবিক্ষোভের মুখে",
    "PROTEST [demo] against the government on the day of the resignation (the movement ran since July, see bn01-movement)."),
  E("bn01-storm-ganabhaban",False,"PROTEST","BGD","BGD.GOV",["2024-08-05","2024-08-05"],"হাজারো মানুষ প্রধানমন্ত্রীর সরকারি বাসভবন গণভবনে ঢুকে পড়ে",
    "Crowd entering the PM's residence: PROTEST [riot/obstruct]."),
  E("bn01-army-appeal",False,"REQUEST","BGD.MIL","BGD",["2024-08-05","2024-08-05"],"তিনি বিক্ষোভকারীদের শান্ত থাকার আহ্বান জানান"),
  E("bn01-khaleda-release",False,["RETREAT","CONCEDE","AGREE"],"BGD.GOV","BGD.OPP",["2024-08-05","2024-08-06"],
    "খালেদা জিয়াকে মুক্তি দেওয়ার সিদ্ধান্তের কথা জানান",
    "A decision to release (the release took effect on 6 August): RETREAT [release] or a promise (CONCEDE/AGREE)."),
  E("bn01-flight-india",False,["RETREAT","CONSULT"],"BGD.GOV","IND",["2024-08-05","2024-08-05"],"শেখ হাসিনা একটি সামরিক উড়োজাহাজে করে ভারতে পৌঁছেছেন",
    "Flight into exile: no clean PLOVER type; optional."),
  E("bn01-movement",False,"PROTEST","BGD","BGD.GOV",["2024-07-01","2024-07-31"],"সরকারি চাকরিতে কোটা সংস্কারের দাবিতে জুলাই মাসে শুরু হওয়া ছাত্র আন্দোলন",
    "History: the quota-reform student movement began in July 2024."),
  E("bn01-crackdown",False,["ASSAULT","COERCE"],"BGD.GOV","BGD",["2024-07-01","2024-08-05"],"ছাত্র আন্দোলন দমনে সরকারের অভিযানে কয়েকশ মানুষ নিহত হন",
    "The crackdown of July-August 2024; window through 5 August."),
  S("bn01-army-parties",False,"CONSULT",["BGD.MIL","BGD"],["2024-08-05","2024-08-05"],"রাজনৈতিক দলগুলোর নেতাদের সঙ্গে বৈঠক করেছেন",
    "The army chief's meeting with party leaders (BGD.PTY / BGD.OPP) before his address."),
  E("bn01-army-promise",False,"AGREE","BGD.MIL","BGD",["2024-08-05","2024-08-05"],"প্রতিটি হত্যাকাণ্ডের বিচার করা হবে","Promises of trials and of an interim government (AGREE); the interim government itself is future and not an event."),
 ],
 [],
 [],
 "The army chief's announcement of the resignation is a report, not a separate event."))

t = ("রোহিঙ্গা শরণার্থীদের ফেরত পাঠানোর বিষয়ে বাংলাদেশ ও মিয়ানমার বৃহস্পতিবার নেপিদোতে একটি সমঝোতা দলিলে সই করেছে। "
"বাংলাদেশের পক্ষে পররাষ্ট্রমন্ত্রী আবুল হাসান মাহমুদ আলী এবং মিয়ানমারের পক্ষে স্টেট কাউন্সেলরের দপ্তরের মন্ত্রী কিয়াও তিন্ত সোয়ে দলিলে সই করেন। "
"এর আগে মাহমুদ আলী মিয়ানমারের নেত্রী অং সান সু চির সঙ্গে বৈঠক করেন।\n"
"সমঝোতা অনুযায়ী দুই মাসের মধ্যে প্রত্যাবাসন শুরু হওয়ার কথা। তবে জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর বলেছে, রাখাইনে এখনো নিরাপদ প্রত্যাবর্তনের পরিবেশ তৈরি হয়নি।\n"
"গত ২৫ আগস্ট রাখাইনে পুলিশ চৌকিতে হামলার পর দেশটির সেনাবাহিনী অভিযান শুরু করলে ছয় লাখের বেশি রোহিঙ্গা বাংলাদেশে পালিয়ে আসে। "
"যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী রেক্স টিলারসন বুধবার এ অভিযানকে \"জাতিগত নির্মূল\" বলে অভিহিত করেন।")
DOCS.append(D("heldout-bn-02-rohingya-arrangement", "bn", "2017-11-24", None, t,
 ents(("বাংলাদেশ","country","BGD"),("মিয়ানমার","country","MMR"),("নেপিদোতে","place","MMR"),("আবুল হাসান মাহমুদ আলী","person","BGD.GOV"),("কিয়াও তিন্ত সোয়ে","person","MMR.GOV"),
      ("অং সান সু চির","person","MMR.GOV"),("ইউএনএইচসিআর","organization","UNO"),("রাখাইনে","place","MMR"),("যুক্তরাষ্ট্রের","country","USA"),("রেক্স টিলারসন","person","USA.GOV")),
 [S("bn02-signing",True,["SUPPORT","AGREE"],["BGD","MMR"],["2017-11-23","2017-11-23"],"বাংলাদেশ ও মিয়ানমার বৃহস্পতিবার নেপিদোতে একটি সমঝোতা দলিলে সই করেছে",
    "Signing the repatriation arrangement; 'বৃহস্পতিবার' = 2017-11-23 (publication Friday 2017-11-24)."),
  E("bn02-suu-kyi",True,"CONSULT","BGD.GOV","MMR.GOV",["2017-11-23","2017-11-23"],"মাহমুদ আলী মিয়ানমারের নেত্রী অং সান সু চির সঙ্গে বৈঠক করেন",
    "CONSULT [visit]; reverse order accepted (bn02-suu-kyi-sym)."),
  S("bn02-suu-kyi-sym",False,"CONSULT",["MMR.GOV","BGD.GOV"],["2017-11-22","2017-11-23"]),
  E("bn02-unhcr",False,["ACCUSE","REJECT"],"UNO","MMR",["2017-11-23","2017-11-24"],"রাখাইনে এখনো নিরাপদ প্রত্যাবর্তনের পরিবেশ তৈরি হয়নি",
    "UNHCR's reservation: a mild criticism; optional."),
  E("bn02-police-posts",False,"ASSAULT","*","MMR.COP",["2017-08-25","2017-08-25"],"গত ২৫ আগস্ট রাখাইনে পুলিশ চৌকিতে হামলার পর",
    "History: ARSA attacks (MMR.REB, unnamed here), 2017-08-25."),
  E("bn02-army-operation",False,["ASSAULT","COERCE"],"MMR.MIL","MMR",["2017-08-25","2017-09-30"],"দেশটির সেনাবাহিনী অভিযান শুরু করলে",
    "History: the operation began on or just after 25 August 2017."),
  E("bn02-exodus",False,["SANCTION","COERCE"],"MMR","MMR",["2017-08-25","2017-11-23"],"ছয় লাখের বেশি রোহিঙ্গা বাংলাদেশে পালিয়ে আসে",
    "Flight forced by the army operation: SANCTION [expel] by the causative agent (dev-set convention), optional."),
  E("bn02-tillerson",True,"ACCUSE","USA.GOV","MMR",["2017-11-22","2017-11-22"],"রেক্স টিলারসন বুধবার এ অভিযানকে \"জাতিগত নির্মূল\" বলে অভিহিত করেন",
    "'বুধবার' = 2017-11-22."),
 ],
 [F("the August army operation dated November","ASSAULT","MMR",date_after="2017-11-01"),
  F("Tillerson's Wednesday statement dated Thursday or Friday","ACCUSE","USA",date_after="2017-11-23"),
  F("the repatriation, due within two months, coded as begun","RETREAT","MMR",unless_aux="future")],
 [("রেক্স টিলারসন","জাতিগত নির্মূল")],
 "No dateline. The repatriation is planned ('শুরু হওয়ার কথা'), not an event."))
