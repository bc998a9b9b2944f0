from lib import *
DOCS = []

t1 = ("پاکستان اور افغانستان کے درمیان مصروف ترین گزرگاہ طورخم بدھ کے روز دونوں ممالک کی سرحدی فورسز کے درمیان فائرنگ کے تبادلے کے بعد ہر قسم کی آمدورفت اور تجارت کے لیے بند کر دی گئی، جس کے باعث سرحد کے دونوں جانب مال بردار ٹرکوں کی طویل قطاریں لگ گئیں۔ "
      "دفتر خارجہ کی ترجمان ممتاز زہرہ بلوچ نے جمعرات کو ہفتہ وار بریفنگ میں کہا کہ سرحد پر ایک متنازع چوکی کی تعمیر روکے جانے پر افغان فورسز نے اندھا دھند فائرنگ کی، جو کسی صورت قابل قبول نہیں۔ "
      "حکام کے مطابق افغان جانب سے داغے گئے مارٹر گولے کسٹمز اور ایف آئی اے کے دفاتر کے قریب گرے اور فائرنگ میں فرنٹیئر کور کا ایک اہلکار زخمی ہوا۔ "
      "دوسری جانب طالبان انتظامیہ کے ایک سرحدی عہدیدار نے الزام لگایا کہ فائرنگ پاکستانی فورسز نے شروع کی تھی۔ "
      "طورخم رواں سال فروری میں بھی ایک جھڑپ کے بعد تقریباً ایک ہفتے تک بند رہی تھی۔")
DOCS.append(D("dev2-ur-01-torkham-clash", "ur", "2023-09-07", None, t1,
 [N("پاکستان","country","PAK"), N("افغانستان","country","AFG"), N("طورخم","place","PAK"), N("دفتر خارجہ","organization","PAK.GOV"),
  N("ممتاز زہرہ بلوچ","person","PAK.GOV"), N("افغان فورسز","organization","AFG"), N("طالبان","organization","AFG.GOV"),
  N("ایف آئی اے","organization","PAK.COP"), N("فرنٹیئر کور","organization","PAK.MIL")],
 [E("ur01-exchange-fire", True, "ASSAULT", actors=["PAK","AFG"], win="2023-09-06", date="2023-09-06",
    ev="بدھ کے روز دونوں ممالک کی سرحدی فورسز کے درمیان فائرنگ کے تبادلے",
    notes="'بدھ' = 2023-09-06 (published Thursday 2023-09-07). Exchange of fire: symmetric. Border forces: MIL (or country only)."),
  E("ur01-closure", True, ["COERCE","SANCTION"], "*", "*", "2023-09-06", ev="طورخم بدھ کے روز ... ہر قسم کی آمدورفت اور تجارت کے لیے بند کر دی گئی",
    notes="Agentless passive: who closed the crossing is not said (COERCE [restrict])."),
  E("ur01-fo-accuse", True, "ACCUSE", "PAK.GOV", "AFG", "2023-09-07", ev="ممتاز زہرہ بلوچ نے جمعرات کو ہفتہ وار بریفنگ میں کہا کہ ... افغان فورسز نے اندھا دھند فائرنگ کی"),
  E("ur01-afghan-fire", False, "ASSAULT", "AFG", "PAK", "2023-09-06", ev="افغان جانب سے داغے گئے مارٹر گولے کسٹمز اور ایف آئی اے کے دفاتر کے قریب گرے اور فائرنگ میں فرنٹیئر کور کا ایک اہلکار زخمی ہوا",
    notes="Pakistan's version of the same clash, directed (mortar shells, one FC soldier wounded)."),
  E("ur01-taliban-accuse", True, "ACCUSE", "AFG", "PAK", ["2023-09-06","2023-09-07"], ev="طالبان انتظامیہ کے ایک سرحدی عہدیدار نے الزام لگایا کہ فائرنگ پاکستانی فورسز نے شروع کی تھی"),
  E("ur01-pak-fire", False, "ASSAULT", "PAK", "AFG", "2023-09-06", ev="فائرنگ پاکستانی فورسز نے شروع کی تھی", notes="The Afghan version, directed."),
  E("ur01-feb-closure", False, ["COERCE","SANCTION","ASSAULT"], "*", "*", ["2023-02-01","2023-02-28"], ev="طورخم رواں سال فروری میں بھی ایک جھڑپ کے بعد تقریباً ایک ہفتے تک بند رہی تھی",
    notes="History: the February 2023 clash and closure (19-26 Feb).")],
 [F("Wednesday's clash dated Thursday (Pakistan as source)", "ASSAULT", "PAK", date="2023-09-07"),
  F("Wednesday's clash dated Thursday (Afghanistan as source)", "ASSAULT", "AFG", date="2023-09-07"),
  F("the disputed post's construction coded as seizure of territory", "COERCE", "AFG", date="2023-09-07")],
 notes="No dateline: published Thursday 2023-09-07. Which side's territory the disputed post stood on is contested in the reports, so the text leaves it open. 'قابل قبول نہیں' is part of the accusation."))

t2 = ("اسلام آباد، 10 فروری 2024: دفتر خارجہ نے ہفتے کو امریکہ، برطانیہ اور یورپی یونین کی جانب سے عام انتخابات پر تشویش کے اظہار کو مسترد کرتے ہوئے کہا کہ ان بیانات کا منفی لہجہ حیران کن ہے، جن میں کروڑوں پاکستانیوں کی جانب سے ووٹ کے پرامن استعمال کا اعتراف نہیں کیا گیا۔ "
      "امریکی محکمہ خارجہ کے ترجمان میتھیو ملر نے جمعے کو کہا تھا کہ مداخلت اور دھاندلی کے دعوؤں کی مکمل تحقیقات ہونی چاہییں، جبکہ برطانوی وزیر خارجہ ڈیوڈ کیمرون نے انتخابات کی شفافیت اور شمولیت کے فقدان پر سنگین خدشات ظاہر کیے۔ "
      "یورپی یونین نے بھی یکساں مواقع نہ ملنے کی نشاندہی کرتے ہوئے بے ضابطگیوں کی تحقیقات کا مطالبہ کیا۔ "
      "جمعرات کو پولنگ کے دن وزارت داخلہ نے سیکیورٹی خدشات کے باعث ملک بھر میں موبائل فون سروس معطل کر دی تھی۔ "
      "اب تک کے نتائج کے مطابق پاکستان تحریک انصاف کے حمایت یافتہ آزاد امیدواروں نے سب سے زیادہ نشستیں حاصل کی ہیں، جبکہ مسلم لیگ (ن) کے قائد نواز شریف نے جمعے کو دیگر جماعتوں کو مخلوط حکومت بنانے کی دعوت دی۔")
DOCS.append(D("dev2-ur-02-election-reactions", "ur", "2024-02-10", "2024-02-10", t2,
 [N("اسلام آباد","place","PAK"), N("دفتر خارجہ","organization","PAK.GOV"), N("امریکہ","country","USA"), N("برطانیہ","country","GBR"),
  N("یورپی یونین","organization","EUR"), N("میتھیو ملر","person","USA.GOV"), N("ڈیوڈ کیمرون","person","GBR.GOV"),
  N("وزارت داخلہ","organization","PAK.GOV"), N("پاکستان تحریک انصاف","organization","PAK.OPP"), N("مسلم لیگ (ن)","organization","PAK.PTY"), N("نواز شریف","person","PAK")],
 [E("ur02-fo-rejects-us", True, ["REJECT","ACCUSE"], "PAK.GOV", "USA", "2024-02-10", date="2024-02-10",
    ev="دفتر خارجہ نے ہفتے کو امریکہ، برطانیہ اور یورپی یونین کی جانب سے عام انتخابات پر تشویش کے اظہار کو مسترد کرتے ہوئے",
    notes="Coordinated objects: one rejection per critic (USA, GBR, EUR)."),
  E("ur02-fo-rejects-uk", True, ["REJECT","ACCUSE"], "PAK.GOV", "GBR", "2024-02-10", ev="امریکہ، برطانیہ اور یورپی یونین کی جانب سے عام انتخابات پر تشویش کے اظہار کو مسترد"),
  E("ur02-fo-rejects-eu", True, ["REJECT","ACCUSE"], "PAK.GOV", "EUR", "2024-02-10", ev="امریکہ، برطانیہ اور یورپی یونین کی جانب سے عام انتخابات پر تشویش کے اظہار کو مسترد"),
  E("ur02-us-demand", True, ["REQUEST","ACCUSE"], "USA.GOV", "PAK", "2024-02-09", ev="میتھیو ملر نے جمعے کو کہا تھا کہ مداخلت اور دھاندلی کے دعوؤں کی مکمل تحقیقات ہونی چاہییں",
    notes="'جمعے کو' = 2024-02-09. A call for an investigation: REQUEST (ACCUSE also accepted)."),
  E("ur02-uk-concern", True, "ACCUSE", "GBR.GOV", "PAK", ["2024-02-09","2024-02-10"], ev="ڈیوڈ کیمرون نے انتخابات کی شفافیت اور شمولیت کے فقدان پر سنگین خدشات ظاہر کیے",
    notes="Same sentence as Friday's US statement; Cameron's statement was of 9 Feb."),
  E("ur02-eu-demand", True, ["REQUEST","ACCUSE"], "EUR", "PAK", ["2024-02-09","2024-02-10"], ev="یورپی یونین نے بھی یکساں مواقع نہ ملنے کی نشاندہی کرتے ہوئے بے ضابطگیوں کی تحقیقات کا مطالبہ کیا"),
  E("ur02-mobile-suspension", True, "COERCE", "PAK.GOV", "PAK", "2024-02-08", ev="جمعرات کو پولنگ کے دن وزارت داخلہ نے ... ملک بھر میں موبائل فون سروس معطل کر دی تھی",
    notes="'جمعرات' = polling day 2024-02-08. COERCE [censor/restrict]."),
  E("ur02-nawaz-invite", False, ["REQUEST","AGREE","CONSULT"], "PAK", "PAK", "2024-02-09", ev="نواز شریف نے جمعے کو دیگر جماعتوں کو مخلوط حکومت بنانے کی دعوت دی",
    notes="Domestic invitation to form a coalition.")],
 [F("polling-day mobile shutdown dated on publication", "COERCE", "PAK", date="2024-02-10"),
  F("Friday's US call dated Saturday", "REQUEST", "USA", date="2024-02-10")],
 [("دفتر خارجہ", "ان بیانات کا منفی لہجہ حیران کن ہے")],
 notes="Dateline Saturday 2024-02-10. Winning seats is not a PLOVER event. The FO quote is indirect speech; listed as a quote because analysts want it."))
