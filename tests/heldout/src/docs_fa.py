from common import *

T1 = ("تهران، ۷ بهمن ۱۴۰۱ — یک فرد مسلح صبح امروز جمعه با حمله به سفارت جمهوری آذربایجان در تهران، رئیس بخش امنیت سفارت را به قتل رساند "
"و دو نگهبان دیگر را زخمی کرد. به گفته رئیس پلیس پایتخت، ضارب بلافاصله بازداشت شد و انگیزه اولیه او «مسائل شخصی و خانوادگی» بوده است. "
"الهام علی‌اف، رئیس‌جمهوری آذربایجان، این حمله را «اقدام تروریستی» خواند و خواستار تحقیق فوری و مجازات عامل آن شد. "
"وزارت خارجه آذربایجان نیز کارزار ضدآذربایجانی اخیر در ایران را زمینه‌ساز این حمله دانست و اعلام کرد کارکنان سفارت و خانواده‌هایشان "
"از ایران خارج می‌شوند. ناصر کنعانی، سخنگوی وزارت امور خارجه ایران، حمله را محکوم کرد و گفت ابعاد آن با جدیت در دست بررسی است. "
"روابط تهران و باکو از زمان جنگ قره‌باغ در پاییز ۲۰۲۰ رو به سردی گذاشته است.")

D1 = doc("heldout-fa-01-azerbaijan-embassy", "fa", "2023-01-27", "2023-01-27", T1,
 [E("تهران","place","IRN"), E("جمهوری آذربایجان","country","AZE"), E("الهام علی‌اف","person","AZE.GOV"),
  E("وزارت خارجه آذربایجان","organization","AZE.GOV"), E("ایران","country","IRN"), E("ناصر کنعانی","person","IRN.GOV"),
  E("وزارت امور خارجه ایران","organization","IRN.GOV"), E("باکو","place","AZE"), E("قره‌باغ","place","AZE")],
 [ev("fa01-attack", True, "ASSAULT", "*", "AZE", ["2023-01-27","2023-01-27"],
     "یک فرد مسلح صبح امروز جمعه با حمله به سفارت جمهوری آذربایجان در تهران، رئیس بخش امنیت سفارت را به قتل رساند",
     "7 Bahman 1401 = 2023-01-27. ASSAULT [firearms] by an individual gunman (IRN.CVL/UNK); any source accepted."),
  ev("fa01-arrest", True, "COERCE", "IRN", "*", ["2023-01-27","2023-01-27"], "ضارب بلافاصله بازداشت شد",
     "COERCE [arrest] by Iranian police (passive, agent from context)."),
  ev("fa01-aliyev-condemns", True, "ACCUSE", "AZE.GOV", "*", ["2023-01-27","2023-01-27"],
     "الهام علی‌اف ... این حمله را «اقدام تروریستی» خواند"),
  ev("fa01-aze-blames-iran", True, "ACCUSE", "AZE.GOV", "IRN", ["2023-01-27","2023-01-27"],
     "وزارت خارجه آذربایجان نیز کارزار ضدآذربایجانی اخیر در ایران را زمینه‌ساز این حمله دانست"),
  ev("fa01-kanaani-condemns", True, "ACCUSE", "IRN.GOV", "*", ["2023-01-27","2023-01-27"],
     "ناصر کنعانی ... حمله را محکوم کرد"),
  ev("fa01-aliyev-demands", False, "REQUEST", "AZE.GOV", "IRN", ["2023-01-27","2023-01-27"],
     "خواستار تحقیق فوری و مجازات عامل آن شد"),
  ev("fa01-evacuation", False, ["SANCTION","RETREAT"], "AZE.GOV", "IRN", ["2023-01-27","2023-01-27"],
     "اعلام کرد کارکنان سفارت و خانواده‌هایشان از ایران خارج می‌شوند",
     "The decision to evacuate the embassy, announced on Friday (SANCTION [reduce relations] or RETREAT [withdraw]); the evacuation itself took place on 29 January; marked future it is simply not scored."),
  ev("fa01-investigation", False, "ACCUSE", "IRN.GOV", "*", ["2023-01-27","2023-01-27"],
     "ابعاد آن با جدیت در دست بررسی است", "ACCUSE [investigate]."),
  sym("fa01-karabakh-war", False, "ASSAULT", "AZE", "ARM", ["2020-09-01","2020-11-30"],
     "جنگ قره‌باغ در پاییز ۲۰۲۰", "History: the 2020 war (Armenia not named in the text); acceptable only if dated autumn 2020."),
 ],
 [F("the 2020 Karabakh war dated 2023 (Armenia)", "ASSAULT", "ARM", date_after="2023-01-01"),
  F("the 2020 Karabakh war dated 2023 (Azerbaijan)", "ASSAULT", "AZE", date_after="2023-01-01")],
 [Q("رئیس پلیس پایتخت", "مسائل شخصی و خانوادگی"), Q("الهام علی‌اف", "اقدام تروریستی")],
 "The cooling of relations since 2020 is a state, not an event.")

T2 = ("سید عباس عراقچی، وزیر امور خارجه ایران، روز یکشنبه در سفری یک‌روزه وارد کابل شد و با ملا محمد حسن آخوند، رئیس‌الوزرای حکومت طالبان، "
"و امیرخان متقی، سرپرست وزارت خارجه این حکومت، دیدار و گفت‌وگو کرد. به گفته وزارت امور خارجه ایران، حقابه ایران از رود هیرمند، "
"وضعیت مهاجران افغان در ایران و گسترش تجارت و ترانزیت از محورهای اصلی این دیدارها بود. عراقچی گفت تهران آماده گسترش همکاری‌های "
"اقتصادی با افغانستان است. مقام‌های طالبان نیز از ایران خواستند با مهاجران افغان رفتاری انسانی داشته باشد و بازگرداندن آنان را تدریجی انجام دهد. "
"این نخستین سفر یک وزیر خارجه ایران به افغانستان از زمان به قدرت رسیدن طالبان در اوت ۲۰۲۱ است. "
"ایران تاکنون حکومت طالبان را به رسمیت نشناخته، اما سفارت افغانستان در تهران را به نمایندگان این گروه سپرده است.")

D2 = doc("heldout-fa-02-araghchi-kabul", "fa", "2025-01-26", None, T2,
 [E("سید عباس عراقچی","person","IRN.GOV"), E("ایران","country","IRN"), E("کابل","place","AFG"),
  E("ملا محمد حسن آخوند","person","AFG.GOV"), E("طالبان","organization","AFG.GOV"), E("امیرخان متقی","person","AFG.GOV"),
  E("وزارت امور خارجه ایران","organization","IRN.GOV"), E("رود هیرمند","place","AFG"), E("تهران","place","IRN"),
  E("افغانستان","country","AFG")],
 [ev("fa02-visit", True, "CONSULT", "IRN.GOV", "AFG", ["2025-01-26","2025-01-26"],
     "عراقچی ... روز یکشنبه در سفری یک‌روزه وارد کابل شد",
     "Published Sunday 2025-01-26 (7 Bahman 1403). The Taliban are AFG.GOV after 2021-08-15."),
  ev("fa02-taliban-request", True, "REQUEST", "AFG.GOV", "IRN", ["2025-01-26","2025-01-26"],
     "مقام‌های طالبان نیز از ایران خواستند با مهاجران افغان رفتاری انسانی داشته باشد"),
  sym("fa02-talks", False, "CONSULT", "IRN", "AFG", ["2025-01-26","2025-01-26"],
     "با ملا محمد حسن آخوند ... و امیرخان متقی ... دیدار و گفت‌وگو کرد"),
  ev("fa02-offer", False, "AGREE", "IRN.GOV", "AFG", ["2025-01-26","2025-01-26"],
     "تهران آماده گسترش همکاری‌های اقتصادی با افغانستان است"),
  ev("fa02-takeover", False, ["ASSAULT","COERCE"], "AFG.REB", "AFG", ["2021-08-01","2021-08-31"],
     "به قدرت رسیدن طالبان در اوت ۲۰۲۱", "History: acceptable only if dated August 2021 (the Taliban then AFG.REB)."),
  ev("fa02-embassy-handover", False, "COOPERATE", "IRN", "AFG", ["2021-08-15","2025-01-26"],
     "سفارت افغانستان در تهران را به نمایندگان این گروه سپرده است",
     "Undated background (the handover was in 2023); any date since the takeover accepted; a coder may also code nothing."),
 ],
 [F("Iran's non-recognition coded as recognition", "SUPPORT", "IRN", unless_aux="negated"),
  F("the August 2021 takeover dated 2025 (ASSAULT)", "ASSAULT", "AFG", date_after="2025-01-01"),
  F("the August 2021 takeover dated 2025 (COERCE)", "COERCE", "AFG", date_after="2025-01-01")],
 [],
 "The handover of the Afghan embassy (February 2023) is optional COOPERATE only: as SUPPORT it would read as the recognition the text denies. Water rights, migrants and trade are topics of the talks, not separate events.")

DOCS = [D1, D2]
