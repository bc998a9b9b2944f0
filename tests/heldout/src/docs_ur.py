from common import *

T1 = ("اسلام آباد، 22 اپریل 2024: ایران کے صدر ابراہیم رئیسی تین روزہ سرکاری دورے پر آج پاکستان پہنچ گئے، جہاں نور خان ایئربیس پر وفاقی وزیر "
"ریاض حسین پیرزادہ نے ان کا استقبال کیا۔ وزیر اعظم ہاؤس میں وزیر اعظم شہباز شریف سے ملاقات کے بعد دونوں ممالک نے سلامتی، تجارت، سائنس و ٹیکنالوجی، "
"ویٹرنری صحت، ثقافت اور عدالتی امور سمیت مختلف شعبوں میں تعاون کی آٹھ مفاہمتی یادداشتوں پر دستخط کیے۔ دونوں رہنماؤں نے دوطرفہ تجارت کو "
"آئندہ پانچ برسوں میں دس ارب ڈالر تک بڑھانے پر اتفاق کیا۔ ایرانی صدر اپنے دورے کے دوران لاہور اور کراچی بھی جائیں گے۔ فروری کے عام انتخابات کے بعد "
"یہ کسی غیر ملکی سربراہ مملکت کا پاکستان کا پہلا دورہ ہے۔ واضح رہے کہ جنوری میں دونوں ہمسایہ ممالک نے ایک دوسرے کی سرزمین پر عسکریت پسندوں کے "
"مبینہ ٹھکانوں پر حملے کیے تھے، جس کے بعد پاکستان نے تہران سے اپنا سفیر واپس بلا لیا تھا۔")

D1 = doc("heldout-ur-01-raisi-islamabad", "ur", "2024-04-22", "2024-04-22", T1,
 [E("ایران","country","IRN"), E("ابراہیم رئیسی","person","IRN.GOV"), E("پاکستان","country","PAK"),
  E("نور خان ایئربیس","place","PAK"), E("ریاض حسین پیرزادہ","person","PAK.GOV"), E("شہباز شریف","person","PAK.GOV"),
  E("لاہور","place","PAK"), E("کراچی","place","PAK")],
 [ev("ur01-visit", True, "CONSULT", "IRN.GOV", "PAK", ["2024-04-22","2024-04-22"],
     "ابراہیم رئیسی تین روزہ سرکاری دورے پر آج پاکستان پہنچ گئے"),
  sym("ur01-mous", True, ["SUPPORT","AGREE","COOPERATE"], "IRN", "PAK", ["2024-04-22","2024-04-22"],
     "تعاون کی آٹھ مفاہمتی یادداشتوں پر دستخط کیے"),
  sym("ur01-trade-target", True, ["AGREE","COOPERATE"], "IRN", "PAK", ["2024-04-22","2024-04-22"],
     "دوطرفہ تجارت کو آئندہ پانچ برسوں میں دس ارب ڈالر تک بڑھانے پر اتفاق کیا"),
  sym("ur01-meeting", False, "CONSULT", "PAK", "IRN", ["2024-04-22","2024-04-22"], "وزیر اعظم شہباز شریف سے ملاقات"),
  sym("ur01-january-strikes", False, "ASSAULT", "IRN", "PAK", ["2024-01-16","2024-01-18"],
     "جنوری میں دونوں ہمسایہ ممالک نے ایک دوسرے کی سرزمین پر ... حملے کیے تھے",
     "History (16 and 18 January 2024): acceptable only if dated 16-18 January (or January at month precision)."),
  ev("ur01-january-recall", False, "SANCTION", "PAK.GOV", "IRN", ["2024-01-17","2024-01-17"],
     "جس کے بعد پاکستان نے تہران سے اپنا سفیر واپس بلا لیا تھا", "History (17 January 2024): acceptable only if dated 17 January (or January at month precision)."),
 ],
 [F("Raisi's planned Lahore and Karachi stops coded as held on the day of arrival", "CONSULT", "IRN", date="2024-04-23", unless_aux="future"),
  F("the January strikes dated April (Iran)", "ASSAULT", "IRN", date_after="2024-04-01"),
  F("the January strikes dated April (Pakistan)", "ASSAULT", "PAK", date_after="2024-04-01"),
  F("the January recall of the ambassador dated April", "SANCTION", "PAK", date_after="2024-04-01")],
 [],
 "The Lahore and Karachi stops (23 April) are future at the time of writing.")

T2 = ("امریکی صدر ڈونلڈ ٹرمپ نے بدھ کے روز وائٹ ہاؤس میں پاکستان کے آرمی چیف فیلڈ مارشل عاصم منیر کے اعزاز میں ظہرانہ دیا۔ "
"آئی ایس پی آر کے مطابق ملاقات ایک گھنٹے کے لیے طے تھی مگر دو گھنٹے سے زیادہ جاری رہی، جس میں تجارت، معدنیات، مصنوعی ذہانت اور انسداد دہشت گردی "
"میں تعاون کے علاوہ ایران اور اسرائیل کے درمیان کشیدگی پر بھی بات ہوئی۔ فیلڈ مارشل نے مئی میں پاکستان اور بھارت کے درمیان جنگ بندی میں کردار "
"پر صدر ٹرمپ کی تعریف کی۔ صحافیوں سے گفتگو میں صدر ٹرمپ نے کہا کہ وہ جنگ ختم کرنے پر عاصم منیر کا شکریہ ادا کرنا چاہتے تھے، اور کہا: "
"\"مجھے پاکستان سے محبت ہے۔\" دوسری جانب بھارتی سیکریٹری خارجہ وکرم مصری کے مطابق وزیر اعظم نریندر مودی نے منگل کو صدر ٹرمپ سے ٹیلی فون "
"پر گفتگو میں واضح کیا تھا کہ جنگ بندی دونوں ممالک کی افواج کے درمیان براہ راست رابطے سے طے پائی اور بھارت کسی ثالثی کو قبول نہیں کرتا۔")

D2 = doc("heldout-ur-02-munir-white-house", "ur", "2025-06-19", None, T2,
 [E("ڈونلڈ ٹرمپ","person","USA.GOV"), E("وائٹ ہاؤس","organization","USA.GOV"), E("پاکستان","country","PAK"),
  E("عاصم منیر","person","PAK.MIL"), E("آئی ایس پی آر","organization","PAK.MIL"), E("ایران","country","IRN"),
  E("اسرائیل","country","ISR"), E("بھارت","country","IND"), E("وکرم مصری","person","IND.GOV"), E("نریندر مودی","person","IND.GOV")],
 [ev("ur02-lunch", True, "CONSULT", "PAK.MIL", "USA", ["2025-06-18","2025-06-18"],
     "ڈونلڈ ٹرمپ نے بدھ کے روز وائٹ ہاؤس میں ... عاصم منیر کے اعزاز میں ظہرانہ دیا",
     "The visitor (Munir, PAK.MIL) is the actor; Wednesday = 2025-06-18."),
  ev("ur02-trump-thanks", True, "SUPPORT", "USA.GOV", "PAK", ["2025-06-18","2025-06-18"],
     "صدر ٹرمپ نے کہا کہ وہ جنگ ختم کرنے پر عاصم منیر کا شکریہ ادا کرنا چاہتے تھے"),
  sym("ur02-modi-call", True, "CONSULT", "IND.GOV", "USA.GOV", ["2025-06-17","2025-06-17"],
     "نریندر مودی نے منگل کو صدر ٹرمپ سے ٹیلی فون پر گفتگو", "CONSULT [phone]; Tuesday = 2025-06-17."),
  sym("ur02-host", False, "CONSULT", "USA", "PAK", ["2025-06-18","2025-06-18"], "ملاقات ... دو گھنٹے سے زیادہ جاری رہی"),
  ev("ur02-munir-praise", False, "SUPPORT", "PAK.MIL", "USA.GOV", ["2025-06-18","2025-06-18"],
     "فیلڈ مارشل نے ... صدر ٹرمپ کی تعریف کی"),
  ev("ur02-india-rejects-mediation", False, ["REJECT","ACCUSE"], "IND.GOV", "USA", ["2025-06-17","2025-06-18"],
     "بھارت کسی ثالثی کو قبول نہیں کرتا",
     "Said by Modi on Tuesday and reported by Misri (the briefing was late on 17 June / 18 June IST)."),
  sym("ur02-may-ceasefire", False, ["CONCEDE","RETREAT","AGREE"], "IND", "PAK", ["2025-05-01","2025-05-31"],
     "مئی میں پاکستان اور بھارت کے درمیان جنگ بندی", "History (10 May 2025): acceptable only if dated May 2025."),
 ],
 [F("the May ceasefire dated June (India, CONCEDE)", "CONCEDE", "IND", date_after="2025-06-01"),
  F("the May ceasefire dated June (Pakistan, CONCEDE)", "CONCEDE", "PAK", date_after="2025-06-01"),
  F("the May ceasefire dated June (India, RETREAT)", "RETREAT", "IND", date_after="2025-06-01"),
  F("the May ceasefire dated June (Pakistan, RETREAT)", "RETREAT", "PAK", date_after="2025-06-01")],
 [Q("ڈونلڈ ٹرمپ", "مجھے پاکستان سے محبت ہے۔")],
 "Published Thursday 2025-06-19. The Iran-Israel tension is a topic of the talks, not an event here.")

DOCS = [D1, D2]
