from h import *
DOCS = []
t1 = ("ঢাকা, ৩ ডিসেম্বর ২০২৪ — আগরতলায় বাংলাদেশের সহকারী হাইকমিশনে হামলার ঘটনায় ভারতের হাইকমিশনার প্রণয় ভার্মাকে আজ মঙ্গলবার পররাষ্ট্র মন্ত্রণালয়ে "
"তলব করা হয়েছে। ভারপ্রাপ্ত পররাষ্ট্রসচিব রিয়াজ হামিদুল্লাহ তাঁর কাছে কড়া প্রতিবাদ জানান।\n\n"
"গতকাল সোমবার হিন্দু সংঘর্ষ সমিতির ব্যানারে একদল বিক্ষোভকারী আগরতলায় মিশন প্রাঙ্গণে ঢুকে পড়ে, বাংলাদেশের জাতীয় পতাকা নামিয়ে ফেলে এবং ভাঙচুর চালায়। "
"ঘটনার পর মিশনটি ভিসা ও কনস্যুলার সেবা অনির্দিষ্টকালের জন্য বন্ধ রেখেছে।\n\n"
"ভারতের পররাষ্ট্র মন্ত্রণালয় ঘটনাটিকে 'গভীরভাবে দুঃখজনক' বলে অভিহিত করে জানিয়েছে, কোনো অবস্থাতেই কূটনৈতিক স্থাপনাকে লক্ষ্যবস্তু করা উচিত নয়। "
"ত্রিপুরা পুলিশ এ ঘটনায় সাতজনকে গ্রেপ্তার করেছে এবং দায়িত্বে অবহেলার অভিযোগে তিন পুলিশ কর্মকর্তাকে সাময়িক বরখাস্ত করেছে।\n\n"
"গত ২৫ নভেম্বর হিন্দু সন্ন্যাসী চিন্ময় কৃষ্ণ দাসকে রাষ্ট্রদ্রোহের মামলায় গ্রেপ্তারের পর থেকে দুই দেশের সম্পর্কে টানাপোড়েন বাড়ছে।")
DOCS.append(doc("heldoutE-bn-01-agartala-mission", "bn", "2024-12-03", "2024-12-03", t1,
 [E("আগরতলায়","place","IND"), E("বাংলাদেশের সহকারী হাইকমিশনে","organization","BGD.GOV"), E("ভারতের","country","IND"), E("প্রণয় ভার্মাকে","person","IND.GOV"),
  E("রিয়াজ হামিদুল্লাহ","person","BGD.GOV"), E("হিন্দু সংঘর্ষ সমিতির","organization","IND.CVL"), E("ভারতের পররাষ্ট্র মন্ত্রণালয়","organization","IND.GOV"),
  E("ত্রিপুরা পুলিশ","organization","IND.COP"), E("চিন্ময় কৃষ্ণ দাসকে","person","BGD.REL")],
 [ev("bn01-summon", True, ["ACCUSE","CONSULT"], "BGD.GOV", "IND", ("2024-12-03","2024-12-03"),
     "ভারতের হাইকমিশনার প্রণয় ভার্মাকে আজ মঙ্গলবার পররাষ্ট্র মন্ত্রণালয়ে তলব করা হয়েছে", "Agentless passive summons ('তলব করা হয়েছে'); ACCUSE [disapprove] or CONSULT."),
  ev("bn01-protest-note", False, "ACCUSE", "BGD.GOV", "IND", ("2024-12-03","2024-12-03"),
     "রিয়াজ হামিদুল্লাহ তাঁর কাছে কড়া প্রতিবাদ জানান", "'তাঁর' refers back to Verma; the protest lodged at the summons, a second reading of the same act."),
  ev("bn01-attack", True, ["PROTEST","ASSAULT"], "IND", "BGD", ("2024-12-02","2024-12-02"),
     "গতকাল সোমবার হিন্দু সংঘর্ষ সমিতির ব্যানারে একদল বিক্ষোভকারী আগরতলায় মিশন প্রাঙ্গণে ঢুকে পড়ে, বাংলাদেশের জাতীয় পতাকা নামিয়ে ফেলে এবং ভাঙচুর চালায়",
     "PROTEST [vandalize] by Indian protesters (IND.CVL) against Bangladesh's mission; ASSAULT accepted. 'গতকাল সোমবার' = 2024-12-02."),
  ev("bn01-suspend-services", False, "SANCTION", "BGD", "IND", ("2024-12-02","2024-12-03"),
     "মিশনটি ভিসা ও কনস্যুলার সেবা অনির্দিষ্টকালের জন্য বন্ধ রেখেছে", "SANCTION [discontinue]; optional."),
  ev("bn01-mea", False, ["ACCUSE","CONCEDE"], "IND.GOV", "*", ("2024-12-02","2024-12-03"),
     "ভারতের পররাষ্ট্র মন্ত্রণালয় ঘটনাটিকে 'গভীরভাবে দুঃখজনক' বলে অভিহিত করে", "Disapproval of the attack (no named target) or an expression of regret toward Bangladesh."),
  ev("bn01-arrests", True, "COERCE", "IND.COP", "IND", ("2024-12-02","2024-12-03"),
     "ত্রিপুরা পুলিশ এ ঘটনায় সাতজনকে গ্রেপ্তার করেছে", "COERCE [arrest] of Indian protesters."),
  ev("bn01-police-suspended", False, ["SANCTION","COERCE"], "IND", "IND.COP", ("2024-12-02","2024-12-03"),
     "দায়িত্বে অবহেলার অভিযোগে তিন পুলিশ কর্মকর্তাকে সাময়িক বরখাস্ত করেছে", "Subject left out after 'এবং'; disciplinary suspension, optional."),
  ev("bn01-chinmoy", False, "COERCE", "BGD", "BGD", ("2024-11-25","2024-11-25"),
     "গত ২৫ নভেম্বর হিন্দু সন্ন্যাসী চিন্ময় কৃষ্ণ দাসকে রাষ্ট্রদ্রোহের মামলায় গ্রেপ্তারের", "Nominalised arrest, history: 2024-11-25."),
 ],
 [F("Monday's attack dated Tuesday", "PROTEST", "IND", date="2024-12-03"),
  F("the 25 November arrest dated December", "COERCE", "BGD", date_after="2024-12-01")],
 [Q("ভারতের পররাষ্ট্র মন্ত্রণালয়", "গভীরভাবে দুঃখজনক")], "Dateline in Bengali digits. Entity names are given as inflected surface forms (case endings -কে, -এর, -য়)."))

t2 = ("অন্তর্বর্তী সরকার সন্ত্রাসবিরোধী আইনে আওয়ামী লীগের সব ধরনের কার্যক্রম নিষিদ্ধ করার সিদ্ধান্ত নিয়েছে। শনিবার রাতে উপদেষ্টা পরিষদের বিশেষ বৈঠক শেষে "
"আইন উপদেষ্টা আসিফ নজরুল সাংবাদিকদের জানান, আন্তর্জাতিক অপরাধ ট্রাইব্যুনালে দল ও এর নেতাদের বিচার শেষ না হওয়া পর্যন্ত এই নিষেধাজ্ঞা বহাল থাকবে। "
"বৈঠকে ট্রাইব্যুনাল আইন সংশোধন করে কোনো রাজনৈতিক দল বা সংগঠনের বিচারের বিধানও অনুমোদন করা হয়।\n\n"
"বৃহস্পতিবার রাত থেকে জাতীয় নাগরিক পার্টি (এনসিপি)সহ বিভিন্ন দলের নেতা-কর্মীরা প্রধান উপদেষ্টার বাসভবন যমুনার সামনে অবস্থান নিয়ে দলটিকে নিষিদ্ধের দাবি জানিয়ে আসছিলেন।\n\n"
"আওয়ামী লীগ এক বিবৃতিতে এই সিদ্ধান্ত প্রত্যাখ্যান করেছে। গত বছরের ৫ আগস্ট গণ-অভ্যুত্থানের মুখে দলটির সভাপতি শেখ হাসিনা "
"পদত্যাগ করে ভারতে চলে যান। অক্টোবরে দলটির ছাত্রসংগঠন ছাত্রলীগকেও একই আইনে নিষিদ্ধ করা হয়েছিল।")
DOCS.append(doc("heldoutE-bn-02-awami-league-ban", "bn", "2025-05-11", None, t2,
 [E("অন্তর্বর্তী সরকার","organization","BGD.GOV"), E("আওয়ামী লীগের","organization","BGD.PTY"), E("আসিফ নজরুল","person","BGD.GOV"),
  E("আন্তর্জাতিক অপরাধ ট্রাইব্যুনালে","organization","BGD.JUD"), E("জাতীয় নাগরিক পার্টি","organization","BGD.PTY"),
  E("যমুনার","place","BGD"), E("শেখ হাসিনা","person","BGD.PTY"), E("ভারতে","country","IND"), E("ছাত্রলীগকেও","organization","BGD.PTY")],
 [ev("bn02-ban", True, ["COERCE","SANCTION"], "BGD.GOV", "BGD", ("2025-05-10","2025-05-11"),
     "অন্তর্বর্তী সরকার সন্ত্রাসবিরোধী আইনে আওয়ামী লীগের সব ধরনের কার্যক্রম নিষিদ্ধ করার সিদ্ধান্ত নিয়েছে",
     "Banning a party's activities: COERCE [restrict] (SANCTION accepted); decided Saturday night 2025-05-10."),
  ev("bn02-protest", True, "PROTEST", "BGD", "BGD.GOV", ("2025-05-08","2025-05-10"),
     "বৃহস্পতিবার রাত থেকে জাতীয় নাগরিক পার্টি (এনসিপি)সহ বিভিন্ন দলের নেতা-কর্মীরা প্রধান উপদেষ্টার বাসভবন যমুনার সামনে অবস্থান নিয়ে",
     "Sit-in (PROTEST [demo]) from Thursday night 8 May; target the interim government (or none)."),
  ev("bn02-protest-any", False, "PROTEST", "BGD", "*", ("2025-05-08","2025-05-10"), None, "Same sit-in without a recipient."),
  ev("bn02-demand", False, "REQUEST", "BGD", "BGD.GOV", ("2025-05-08","2025-05-10"), "দলটিকে নিষিদ্ধের দাবি জানিয়ে আসছিলেন"),
  ev("bn02-al-reject", True, ["REJECT","ACCUSE"], "BGD", "BGD.GOV", ("2025-05-10","2025-05-11"),
     "আওয়ামী লীগ এক বিবৃতিতে এই সিদ্ধান্ত প্রত্যাখ্যান করেছে"),
  ev("bn02-hasina-resign", False, "RETREAT", "BGD", "*", ("2024-08-05","2024-08-05"),
     "গত বছরের ৫ আগস্ট গণ-অভ্যুত্থানের মুখে দলটির সভাপতি শেখ হাসিনা পদত্যাগ করে ভারতে চলে যান", "History: RETREAT [resign], 2024-08-05."),
  ev("bn02-uprising", False, "PROTEST", "BGD", "BGD", ("2024-07-01","2024-08-05"), "গণ-অভ্যুত্থানের মুখে", "History, nominalised; optional."),
  ev("bn02-bcl-ban", False, ["COERCE","SANCTION"], "BGD", "BGD", ("2024-10-01","2024-10-31"),
     "অক্টোবরে দলটির ছাত্রসংগঠন ছাত্রলীগকেও একই আইনে নিষিদ্ধ করা হয়েছিল", "History, agentless passive: October 2024 (the government's ban of the Chhatra League)."),
 ],
 [F("Hasina's August 2024 resignation dated 2025", "RETREAT", "BGD", date_after="2025-01-01"),
  F("the 2024 uprising dated May 2025", "PROTEST", "BGD", date_after="2025-05-11")],
 [], "No dateline; published Sunday 2025-05-11. The protest forbidden rule uses date_after 2025-05-11 so that the May 8–10 sit-in is not caught. The tribunal-law amendment is domestic legislation with no target and is not coded."))
