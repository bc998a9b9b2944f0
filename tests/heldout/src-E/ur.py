from h import *
DOCS = []
t1 = ("لاہور، 15 اپریل 2021: وفاقی حکومت نے تحریک لبیک پاکستان پر انسداد دہشت گردی ایکٹ کے تحت پابندی عائد کر دی ہے، جبکہ فرانس کے سفارت خانے نے "
"جمعرات کو پاکستان میں مقیم اپنے شہریوں اور فرانسیسی کمپنیوں کو عارضی طور پر ملک چھوڑنے کا مشورہ دیا ہے۔\n\n"
"وفاقی وزیر داخلہ شیخ رشید احمد نے بدھ کو اسلام آباد میں پریس کانفرنس میں اعلان کیا تھا کہ حکومت نے تنظیم پر پابندی لگانے کا فیصلہ کیا ہے، "
"جس کے بعد جمعرات کو وفاقی کابینہ کی منظوری سے وزارت داخلہ نے اس کا نوٹیفکیشن جاری کر دیا۔ "
"شیخ رشید نے کہا کہ یہ فیصلہ سڑکیں بند کرنے اور قانون نافذ کرنے والے اداروں پر حملوں کی وجہ سے کیا گیا۔\n\n"
"تنظیم کے سربراہ سعد حسین رضوی کو پیر کے روز لاہور میں پولیس نے گرفتار کیا تھا، جس کے بعد ان کے حامیوں نے ملک بھر میں احتجاج کرتے ہوئے "
"بڑی شاہراہیں بند کر دیں۔ پولیس سے جھڑپوں میں کم از کم دو پولیس اہلکار ہلاک اور سینکڑوں زخمی ہوئے۔\n\n"
"تحریک لبیک گستاخانہ خاکوں کے معاملے پر فرانسیسی سفیر کی ملک بدری کا مطالبہ کرتی آ رہی ہے۔ حکومت نے نومبر میں تنظیم کے ساتھ ایک معاہدہ کیا تھا "
"جس کے تحت یہ معاملہ 20 اپریل تک پارلیمنٹ میں لایا جانا تھا۔")
DOCS.append(doc("heldoutE-ur-01-tlp-ban", "ur", "2021-04-15", "2021-04-15", t1,
 [E("تحریک لبیک پاکستان","organization","PAK.PTY"), E("فرانس","country","FRA"), E("پاکستان","country","PAK"),
  E("شیخ رشید احمد","person","PAK.GOV"), E("اسلام آباد","place","PAK"), E("وفاقی کابینہ","organization","PAK.GOV"), E("وزارت داخلہ","organization","PAK.GOV"),
  E("سعد حسین رضوی","person","PAK.PTY"), E("لاہور","place","PAK")],
 [ev("ur01-ban", True, ["COERCE","SANCTION"], "PAK.GOV", "PAK", ("2021-04-14","2021-04-15"),
     "وفاقی حکومت نے تحریک لبیک پاکستان پر انسداد دہشت گردی ایکٹ کے تحت پابندی عائد کر دی ہے",
     "Banning a party: COERCE [restrict] (SANCTION accepted). Decision announced Wednesday 14 April, notified Thursday 15 April after cabinet approval."),
  ev("ur01-notification", False, ["COERCE","SANCTION"], "PAK.GOV", "PAK", ("2021-04-15","2021-04-15"),
     "جمعرات کو وفاقی کابینہ کی منظوری سے وزارت داخلہ نے اس کا نوٹیفکیشن جاری کر دیا", "The formal notification of the same ban; optional (same key as ur01-ban when dated the 15th)."),
  ev("ur01-france-advice", False, ["RETREAT","SANCTION"], "FRA", "PAK", ("2021-04-15","2021-04-15"),
     "فرانس کے سفارت خانے نے جمعرات کو پاکستان میں مقیم اپنے شہریوں اور فرانسیسی کمپنیوں کو عارضی طور پر ملک چھوڑنے کا مشورہ دیا ہے",
     "An advisory to nationals to leave: no settled PLOVER reading; RETREAT [withdraw] or SANCTION [withdraw] accepted, coding nothing is also fine."),
  ev("ur01-justify", False, "ACCUSE", "PAK.GOV", "PAK", ("2021-04-14","2021-04-14"),
     "یہ فیصلہ سڑکیں بند کرنے اور قانون نافذ کرنے والے اداروں پر حملوں کی وجہ سے کیا گیا", "Sheikh Rashid's accusation against the TLP (undated: 14 April press conference assumed); optional."),
  ev("ur01-arrest", True, "COERCE", "PAK", "PAK", ("2021-04-12","2021-04-12"),
     "سعد حسین رضوی کو پیر کے روز لاہور میں پولیس نے گرفتار کیا تھا",
     "Passive with agent ('پولیس نے'); pluperfect; Monday = 2021-04-12. Police (PAK.COP) against a party leader (PAK.PTY)."),
  ev("ur01-protest", True, "PROTEST", "PAK", "*", ("2021-04-12","2021-04-14"),
     "ان کے حامیوں نے ملک بھر میں احتجاج کرتے ہوئے بڑی شاہراہیں بند کر دیں", "PROTEST [demo/obstruct] by TLP supporters (PAK.PTY), against the government."),
  ev("ur01-clashes", False, "ASSAULT", "PAK", "PAK", ("2021-04-12","2021-04-14"),
     "پولیس سے جھڑپوں میں کم از کم دو پولیس اہلکار ہلاک اور سینکڑوں زخمی ہوئے", "Clashes, no agent named for the deaths; optional (PROTEST [riot] also covered by ur01-protest)."),
  ev("ur01-demand", False, "REQUEST", "PAK", "FRA", ("2020-11-01","2021-04-15"),
     "تحریک لبیک گستاخانہ خاکوں کے معاملے پر فرانسیسی سفیر کی ملک بدری کا مطالبہ کرتی آ رہی ہے", "Ongoing demand (TLP to its government about France); target PAK.GOV also acceptable.", ),
  ev("ur01-demand-gov", False, "REQUEST", "PAK", "PAK", ("2020-11-01","2021-04-15"), None, "Same demand with the Pakistani government as recipient."),
  sym("ur01-nov-deal", False, ["AGREE","SUPPORT"], "PAK.GOV", "PAK", ("2020-11-01","2020-11-30"),
     "حکومت نے نومبر میں تنظیم کے ساتھ ایک معاہدہ کیا تھا", "History: November 2020 agreement with the TLP."),
 ],
 [F("the November 2020 agreement dated April 2021", "AGREE", "PAK", date_after="2021-01-01"),
  F("the November 2020 agreement (SUPPORT) dated April 2021", "SUPPORT", "PAK", date_after="2021-01-01"),
  F("the Monday arrest dated on the publication day", "COERCE", "PAK.COP", date="2021-04-15")],
 [], "The expulsion of the French ambassador is only demanded (not done): a SANCTION [expel] by Pakistan against France would be wrong, but score_events.py's forbidden rules cannot tell it from the ban (same type and source), so it is not listed as forbidden; a reviewer should treat it as a false positive (it matches no event listed)."))

t2 = ("بلوچستان کے سرحدی شہر چمن میں اتوار کو افغان بارڈر فورسز کی گولہ باری سے کم از کم چھ شہری جاں بحق اور 17 زخمی ہو گئے۔ "
"پاک فوج کے شعبہ تعلقات عامہ (آئی ایس پی آر) کے مطابق افغان فورسز نے توپخانے اور مارٹر سمیت بھاری ہتھیاروں سے شہری آبادی پر "
"'بلااشتعال اور اندھا دھند' فائرنگ کی، جس کا پاکستانی دستوں نے بھرپور جواب دیا۔\n\n"
"وزیر اعظم شہباز شریف نے واقعے کی شدید مذمت کی اور کہا کہ افغان عبوری حکومت کو یقینی بنانا چاہیے کہ ایسے واقعات دوبارہ نہ ہوں۔ "
"واقعے کے بعد باب دوستی کی گزرگاہ آمدورفت اور تجارت کے لیے بند کر دی گئی۔\n\n"
"گزشتہ ماہ بھی اسی گزرگاہ پر افغان جانب سے ایک مسلح شخص کی فائرنگ سے ایک پاکستانی سپاہی جاں بحق ہو گیا تھا، جس کے بعد سرحد کئی روز تک بند رہی۔")
DOCS.append(doc("heldoutE-ur-02-chaman-shelling", "ur", "2022-12-12", None, t2,
 [E("بلوچستان","place","PAK"), E("چمن","place","PAK"), E("افغان بارڈر فورسز","organization","AFG.MIL"),
  E("پاک فوج","organization","PAK.MIL"), E("آئی ایس پی آر","organization","PAK.MIL"), E("شہباز شریف","person","PAK.GOV"),
  E("افغان عبوری حکومت","organization","AFG.GOV"), E("باب دوستی","place","PAK")],
 [ev("ur02-shelling", True, "ASSAULT", "AFG", "PAK", ("2022-12-11","2022-12-11"),
     "چمن میں اتوار کو افغان بارڈر فورسز کی گولہ باری سے کم از کم چھ شہری جاں بحق",
     "ASSAULT [heavy-weapons] by Afghan (Taliban-era, AFG.MIL) border forces on Pakistani civilians; Sunday = 2022-12-11."),
  ev("ur02-response", True, "ASSAULT", "PAK", "AFG", ("2022-12-11","2022-12-11"),
     "جس کا پاکستانی دستوں نے بھرپور جواب دیا", "Return fire, in a relative clause."),
  ev("ur02-ispr", False, "ACCUSE", "PAK.MIL", "AFG", ("2022-12-11","2022-12-12"),
     "(آئی ایس پی آر) کے مطابق افغان فورسز نے ... 'بلااشتعال اور اندھا دھند' فائرنگ کی", "The ISPR's characterisation; optional ACCUSE."),
  ev("ur02-condemn", True, "ACCUSE", "PAK.GOV", "AFG", ("2022-12-11","2022-12-12"),
     "وزیر اعظم شہباز شریف نے واقعے کی شدید مذمت کی"),
  ev("ur02-request", False, "REQUEST", "PAK.GOV", "AFG.GOV", ("2022-12-11","2022-12-12"),
     "افغان عبوری حکومت کو یقینی بنانا چاہیے کہ ایسے واقعات دوبارہ نہ ہوں"),
  ev("ur02-closure", False, ["COERCE","SANCTION"], "*", "*", ("2022-12-11","2022-12-12"),
     "باب دوستی کی گزرگاہ آمدورفت اور تجارت کے لیے بند کر دی گئی", "Agentless passive: COERCE [restrict] with any or no actor."),
  ev("ur02-nov-soldier", False, "ASSAULT", "AFG", "PAK", ("2022-11-01","2022-11-30"),
     "گزشتہ ماہ بھی اسی گزرگاہ پر افغان جانب سے ایک مسلح شخص کی فائرنگ سے ایک پاکستانی سپاہی جاں بحق ہو گیا تھا", "History: 'last month' = November 2022."),
 ],
 [F("Sunday's shelling dated on the publication day (Monday)", "ASSAULT", "AFG", date="2022-12-12"),
  F("Pakistan's return fire dated Monday", "ASSAULT", "PAK", date="2022-12-12")],
 [], "No dateline; published Monday 2022-12-12. The November killing of a soldier (ASSAULT AFG→PAK) dated in December would be an error, but it shares type and source with the core shelling, so it cannot be a forbidden rule."))
