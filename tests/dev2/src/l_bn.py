from lib import *
DOCS = []

t1 = ("ঢাকা, ১৭ নভেম্বর ২০২৫ — জুলাই-আগস্টের গণ-অভ্যুত্থান দমনে মানবতাবিরোধী অপরাধের দায়ে ক্ষমতাচ্যুত প্রধানমন্ত্রী শেখ হাসিনাকে তাঁর অনুপস্থিতিতে মৃত্যুদণ্ড দিয়েছেন আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১। "
      "সোমবার ঘোষিত রায়ে সাবেক স্বরাষ্ট্রমন্ত্রী আসাদুজ্জামান খান কামালকেও মৃত্যুদণ্ড দেওয়া হয়। রাজসাক্ষী হওয়া সাবেক পুলিশপ্রধান চৌধুরী আবদুল্লাহ আল-মামুনকে পাঁচ বছরের কারাদণ্ড দেওয়া হয়েছে। "
      "রায়ের পর পররাষ্ট্র মন্ত্রণালয় দুই দেশের প্রত্যর্পণ চুক্তির আওতায় দণ্ডিত দুজনকে অবিলম্বে হস্তান্তরের জন্য ভারতের প্রতি আহ্বান জানায়। "
      "নয়াদিল্লিতে ভারতের পররাষ্ট্র মন্ত্রণালয় জানায়, তারা রায়টি লক্ষ করেছে এবং বাংলাদেশের জনগণের স্বার্থের প্রতি অঙ্গীকারবদ্ধ। "
      "ভারতে অবস্থানরত হাসিনা এক বিবৃতিতে রায়কে 'পক্ষপাতদুষ্ট ও রাজনৈতিক উদ্দেশ্যপ্রণোদিত' বলে প্রত্যাখ্যান করেন। "
      "গত বছরের ৫ আগস্ট পদত্যাগ করে তিনি ভারতে চলে যান। জাতিসংঘের হিসাবে ওই আন্দোলন দমনে প্রায় ১ হাজার ৪০০ মানুষ নিহত হয়েছিল।")
DOCS.append(D("dev2-bn-01-hasina-verdict", "bn", "2025-11-17", "2025-11-17", t1,
 [N("ঢাকা","place","BGD"), N("শেখ হাসিনা","person","BGD"), N("আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১","organization","BGD.JUD"),
  N("আসাদুজ্জামান খান কামাল","person","BGD"), N("চৌধুরী আবদুল্লাহ আল-মামুন","person","BGD"), N("পররাষ্ট্র মন্ত্রণালয়","organization","BGD.GOV"),
  N("ভারতের","country","IND"), N("নয়াদিল্লিতে","place","IND"), N("বাংলাদেশের","country","BGD"), N("জাতিসংঘের","organization","UNO")],
 [E("bn01-verdict", True, ["SANCTION","COERCE"], "BGD.JUD", "BGD", "2025-11-17", date="2025-11-17",
    ev="শেখ হাসিনাকে তাঁর অনুপস্থিতিতে মৃত্যুদণ্ড দিয়েছেন আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল-১",
    notes="Conviction in absentia: SANCTION [convict] (COERCE accepted). Target: the former prime minister (BGD, sector PRE/OPP; any BGD accepted). Object-first word order, court as subject at the end."),
  E("bn01-verdict-kamal", False, ["SANCTION","COERCE"], "BGD.JUD", "BGD", "2025-11-17", ev="সাবেক স্বরাষ্ট্রমন্ত্রী আসাদুজ্জামান খান কামালকেও মৃত্যুদণ্ড দেওয়া হয়",
    notes="Agentless passive; the same court. A separate conviction with the same actors and date as bn01-verdict."),
  E("bn01-verdict-mamun", False, ["SANCTION","COERCE"], "BGD.JUD", "BGD", "2025-11-17", ev="চৌধুরী আবদুল্লাহ আল-মামুনকে পাঁচ বছরের কারাদণ্ড দেওয়া হয়েছে"),
  E("bn01-extradition-request", True, "REQUEST", "BGD.GOV", "IND", "2025-11-17", ev="পররাষ্ট্র মন্ত্রণালয় দুই দেশের প্রত্যর্পণ চুক্তির আওতায় দণ্ডিত দুজনকে অবিলম্বে হস্তান্তরের জন্য ভারতের প্রতি আহ্বান জানায়"),
  E("bn01-india-response", False, ["SUPPORT","AGREE"], "IND.GOV", "BGD", "2025-11-17", ev="তারা রায়টি লক্ষ করেছে এবং বাংলাদেশের জনগণের স্বার্থের প্রতি অঙ্গীকারবদ্ধ",
    notes="Non-committal: 'noted' the verdict; a pledge of commitment to Bangladesh's people is at most verbal support. The phrase 'ভারতের পররাষ্ট্র মন্ত্রণালয়' shows the ministry is India's (IND.GOV), not Bangladesh's."),
  E("bn01-hasina-rejects", True, ["REJECT","ACCUSE"], "BGD", "BGD.JUD", "2025-11-17", ev="হাসিনা এক বিবৃতিতে রায়কে 'পক্ষপাতদুষ্ট ও রাজনৈতিক উদ্দেশ্যপ্রণোদিত' বলে প্রত্যাখ্যান করেন"),
  E("bn01-resignation", False, "RETREAT", "BGD", "*", "2024-08-05", ev="গত বছরের ৫ আগস্ট পদত্যাগ করে", notes="History: resignation on 2024-08-05."),
  E("bn01-crackdown", False, ["ASSAULT","COERCE"], "BGD", "BGD", ["2024-07-01","2024-08-05"], ev="ওই আন্দোলন দমনে প্রায় ১ হাজার ৪০০ মানুষ নিহত হয়েছিল",
    notes="History: the July-August 2024 crackdown (the UN figure is from February 2025 but refers to 2024).")],
 [F("the August 2024 resignation dated 2025", "RETREAT", "BGD", after="2025-01-01"),
  F("the 2024 crackdown dated 2025", "ASSAULT", "BGD", after="2025-01-01"),
  F("the requested handover coded as done", "COERCE", "IND", unless="future")],
 [("শেখ হাসিনা", "পক্ষপাতদুষ্ট ও রাজনৈতিক উদ্দেশ্যপ্রণোদিত")],
 notes="Dateline in Bengali digits: 17 November 2025 (Monday). Two foreign ministries appear: Bangladesh's (first) and India's ('ভারতের পররাষ্ট্র মন্ত্রণালয়')."))

t2 = ("কক্সবাজারের শিবির থেকে এক হাজার ৬৪২ জন রোহিঙ্গা শরণার্থীর প্রথম দলটিকে শুক্রবার নোয়াখালীর ভাসানচরে স্থানান্তর করা হয়েছে। "
      "চট্টগ্রাম থেকে নৌবাহিনী ও সেনাবাহিনীর সাতটি জাহাজে করে তাঁদের দ্বীপটিতে নেওয়া হয়। "
      "সরকারের পক্ষ থেকে বলা হয়েছে, কাউকে জোর করে পাঠানো হয়নি, সবাই স্বেচ্ছায় গেছেন। "
      "তবে জাতিসংঘ এক বিবৃতিতে জানিয়েছে, শরণার্থী বাছাই বা স্থানান্তরের প্রস্তুতিতে সংস্থাটি যুক্ত ছিল না। "
      "হিউম্যান রাইটস ওয়াচ ও অ্যামনেস্টি ইন্টারন্যাশনাল স্থানান্তর বন্ধের আহ্বান জানিয়ে অভিযোগ করেছে, কয়েকজনকে চাপ দিয়ে রাজি করানো হয়েছে। "
      "প্রায় এক লাখ মানুষের থাকার জন্য নৌবাহিনী দ্বীপটিতে আবাসন গড়ে তুলেছে, এবং সরকার পর্যায়ক্রমে আরও শরণার্থীকে সেখানে পাঠাতে চায়। "
      "২০১৭ সালের আগস্টে মিয়ানমারের রাখাইনে সেনা অভিযানের পর সাত লাখের বেশি রোহিঙ্গা বাংলাদেশে পালিয়ে আসে।")
DOCS.append(D("dev2-bn-02-bhasan-char", "bn", "2020-12-05", None, t2,
 [N("কক্সবাজারের","place","BGD"), N("নোয়াখালীর","place","BGD"), N("ভাসানচরে","place","BGD"), N("চট্টগ্রাম","place","BGD"),
  N("নৌবাহিনী","organization","BGD.MIL"), N("সেনাবাহিনীর","organization","BGD.MIL"), N("জাতিসংঘ","organization","UNO"),
  N("হিউম্যান রাইটস ওয়াচ","organization","NGO"), N("অ্যামনেস্টি ইন্টারন্যাশনাল","organization","NGO"),
  N("মিয়ানমারের","country","MMR"), N("রাখাইনে","place","MMR"), N("বাংলাদেশে","country","BGD")],
 [E("bn02-relocation", True, ["COERCE","AID","MOBILIZE"], "BGD", "*", "2020-12-04", date="2020-12-04",
    ev="এক হাজার ৬৪২ জন রোহিঙ্গা শরণার্থীর প্রথম দলটিকে শুক্রবার নোয়াখালীর ভাসানচরে স্থানান্তর করা হয়েছে",
    notes="Agentless passive; the government/navy moved the refugees. Contested relocation: COERCE (the rights groups' reading) or AID (the government's); MOBILIZE accepted for the navy ships. Target: the Rohingya refugees (MMR.REF) or none."),
  E("bn02-govt-denial", False, ["REJECT","ACCUSE"], "BGD.GOV", "*", ["2020-12-03","2020-12-05"], ev="সরকারের পক্ষ থেকে বলা হয়েছে, কাউকে জোর করে পাঠানো হয়নি, সবাই স্বেচ্ছায় গেছেন",
    notes="A denial of coercion (rejecting the allegation)."),
  E("bn02-un", False, ["ACCUSE","REJECT"], "UNO", "BGD", ["2020-11-30","2020-12-05"], ev="জাতিসংঘ এক বিবৃতিতে জানিয়েছে, শরণার্থী বাছাই বা স্থানান্তরের প্রস্তুতিতে সংস্থাটি যুক্ত ছিল না",
    notes="A distancing statement (of Wednesday 2 Dec 2020, undated in the text); at most implicit disapproval."),
  E("bn02-ngos", True, ["REQUEST","ACCUSE"], "NGO", "BGD", ["2020-12-01","2020-12-05"], ev="হিউম্যান রাইটস ওয়াচ ও অ্যামনেস্টি ইন্টারন্যাশনাল স্থানান্তর বন্ধের আহ্বান জানিয়ে অভিযোগ করেছে",
    notes="Coordinated subject, both NGO; appeal and allegation."),
  E("bn02-2017", False, "ASSAULT", "MMR.MIL", "*", ["2017-08-01","2017-08-31"], ev="২০১৭ সালের আগস্টে মিয়ানমারের রাখাইনে সেনা অভিযানের পর",
    notes="History: the August 2017 military operation in Rakhine.")],
 [F("the 2017 Rakhine operation dated 2020", "ASSAULT", "MMR", after="2020-01-01"),
  F("the UN's non-involvement coded as cooperation", "COOPERATE", "UNO", unless="negated"),
  F("the planned further transfers dated on a later day", "COERCE", "BGD", after="2020-12-05", unless="future")],
 notes="No dateline: published Saturday 2020-12-05; 'শুক্রবার' = 2020-12-04. The navy's construction of housing (undated) is not coded. Fleeing refugees are not an actor's event."))
