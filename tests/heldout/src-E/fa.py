from h import *
DOCS = []
t1 = ("تهران، ۳ مهر ۱۴۰۱ — وزارت امور خارجه ایران اعلام کرد سفیران بریتانیا و نروژ را احضار کرده است. به گزارش ایرنا، "
"سایمون شرکلیف، سفیر بریتانیا، روز شنبه در اعتراض به آنچه تهران «فضاسازی خصمانه» رسانه‌های فارسی‌زبان مستقر در لندن درباره ناآرامی‌های اخیر خواند، "
"به وزارت خارجه فراخوانده شد. سفیر نروژ نیز به دلیل اظهارات «مداخله‌جویانه» مسعود قره‌خانی، رئیس پارلمان این کشور، احضار شد.\n\n"
"اعتراض‌ها پس از درگذشت مهسا امینی، زن ۲۲ ساله‌ای که ۲۲ شهریور از سوی گشت ارشاد در تهران بازداشت شده بود، آغاز شد و به ده‌ها شهر کشیده شد. "
"تلویزیون دولتی شمار کشته‌شدگان را تاکنون ۴۱ نفر اعلام کرده است.\n\n"
"حسین امیرعبداللهیان، وزیر امور خارجه، نیز امروز در نیویورک آمریکا را به حمایت از آشوبگران و دخالت در امور داخلی ایران متهم کرد. "
"وزارت خزانه‌داری آمریکا پنجشنبه گذشته پلیس امنیت اخلاقی ایران و چند مقام ارشد امنیتی را تحریم کرده بود.")
DOCS.append(doc("heldoutE-fa-01-envoys-summoned-protests", "fa", "2022-09-25", "2022-09-25", t1,
 [E("وزارت امور خارجه ایران","organization","IRN.GOV"), E("بریتانیا","country","GBR"), E("نروژ","country","NOR"),
  E("سایمون شرکلیف","person","GBR.GOV"), E("لندن","place","GBR"), E("مسعود قره‌خانی","person","NOR.LEG"),
  E("مهسا امینی","person","IRN.CVL"), E("گشت ارشاد","organization","IRN.COP"), E("تهران","place","IRN"),
  E("حسین امیرعبداللهیان","person","IRN.GOV"), E("نیویورک","place","USA"), E("آمریکا","country","USA"), E("وزارت خزانه‌داری آمریکا","organization","USA.GOV"),
  E("پلیس امنیت اخلاقی ایران","organization","IRN.COP")],
 [ev("fa01-summon-uk", True, ["ACCUSE","CONSULT"], "IRN.GOV", "GBR", ("2022-09-24","2022-09-24"),
     "سایمون شرکلیف، سفیر بریتانیا، روز شنبه ... به وزارت خارجه فراخوانده شد",
     "Summoning an envoy in protest: ACCUSE [disapprove]; CONSULT accepted. Passive without agent ('فراخوانده شد'); Saturday = 2022-09-24 (announced Sunday)."),
  ev("fa01-summon-nor", True, ["ACCUSE","CONSULT"], "IRN.GOV", "NOR", ("2022-09-24","2022-09-25"),
     "سفیر نروژ نیز ... احضار شد", "Coordinated object in the lead ('سفیران بریتانیا و نروژ') and a passive: a second event with Norway as target; day not stated (24–25)."),
  ev("fa01-announce", False, ["ACCUSE","CONSULT"], "IRN.GOV", "*", ("2022-09-24","2022-09-25"),
     "وزارت امور خارجه ایران اعلام کرد سفیران بریتانیا و نروژ را احضار کرده است", "The lead sentence reporting both summonses; optional extra reading."),
  ev("fa01-nor-speaker", False, "ACCUSE", "NOR.LEG", "IRN", ("2022-09-16","2022-09-25"),
     "اظهارات «مداخله‌جویانه» مسعود قره‌خانی، رئیس پارلمان این کشور", "The Norwegian speaker's criticism of Iran, undated, only referred to; optional."),
  ev("fa01-amini-arrest", False, "COERCE", "IRN.COP", "IRN", ("2022-09-13","2022-09-13"),
     "مهسا امینی، زن ۲۲ ساله‌ای که ۲۲ شهریور از سوی گشت ارشاد در تهران بازداشت شده بود",
     "History in a relative clause and a passive with agent: COERCE [arrest], 22 Shahrivar 1401 = 2022-09-13."),
  ev("fa01-protests", False, "PROTEST", "IRN", "*", ("2022-09-16","2022-09-25"),
     "اعتراض‌ها پس از درگذشت مهسا امینی ... آغاز شد و به ده‌ها شهر کشیده شد", "Protesters (IRN civilians) against the government (IRN.GOV) or no recipient; optional background."),
  ev("fa01-accuse-us", True, "ACCUSE", "IRN.GOV", "USA", ("2022-09-25","2022-09-25"),
     "حسین امیرعبداللهیان، وزیر امور خارجه، نیز امروز در نیویورک آمریکا را به حمایت از آشوبگران و دخالت در امور داخلی ایران متهم کرد"),
  ev("fa01-us-sanctions", False, "SANCTION", "USA", "IRN", ("2022-09-22","2022-09-22"),
     "وزارت خزانه‌داری آمریکا پنجشنبه گذشته پلیس امنیت اخلاقی ایران و چند مقام ارشد امنیتی را تحریم کرده بود",
     "'Last Thursday' against Sunday 25 September = 22 September 2022."),
 ],
 [F("last Thursday's US sanctions dated on the publication day", "SANCTION", "USA", date="2022-09-25"),
  F("Amini's 13 September arrest dated on the publication day", "COERCE", "IRN", date="2022-09-25")],
 [], "Solar Hijri dateline: 3 Mehr 1401 = 2022-09-25 (Sunday); 22 Shahrivar 1401 = 2022-09-13. The state-TV death toll names no perpetrator and is not coded. Amir-Abdollahian spoke in New York (a place, not an actor)."))

t2 = ("مهلت دولت ایران به مهاجران افغانستانیِ فاقد مدرک اقامت، روز یکشنبه ۱۵ تیر به پایان رسید و به گفته شاهدان، مأموران انتظامی از همان روز "
"بازداشت و اخراج این مهاجران را در تهران و چند شهر دیگر شدت بخشیده‌اند. وزارت کشور ایران در خرداد اعلام کرده بود افغان‌هایی که مجوز اقامت ندارند "
"باید تا این تاریخ کشور را ترک کنند.\n\n"
"در روزهای اخیر ده‌ها هزار نفر از گذرگاه اسلام‌قلعه به افغانستان بازگشته‌اند. کمیساریای عالی سازمان ملل در امور پناهندگان از کشورهای میزبان خواسته است "
"بازگرداندن اجباری افغان‌ها را متوقف کنند و هشدار داده که بسیاری از بازگشتگان، از جمله زنان و کودکان، بدون سرپناه مانده‌اند.\n\n"
"حکومت طالبان نیز از تهران خواسته است بازگشت مهاجران را تدریجی و با رعایت کرامت آنان انجام دهد. پس از جنگ دوازده‌روزه ایران و اسرائیل در خرداد، "
"دادستان کل ایران نیز شماری از اتباع افغانستانی را به همکاری با اسرائیل متهم کرده و از برخورد قضایی با کسانی که پس از پایان مهلت بمانند خبر داده بود.")
DOCS.append(doc("heldoutE-fa-02-afghan-returns-deadline", "fa", "2025-07-07", None, t2,
 [E("ایران","country","IRN"), E("تهران","place","IRN"), E("وزارت کشور ایران","organization","IRN.GOV"),
  E("اسلام‌قلعه","place","AFG"), E("افغانستان","country","AFG"),
  E("کمیساریای عالی سازمان ملل در امور پناهندگان","organization","UNO"), E("طالبان","organization","AFG.GOV"),
  E("اسرائیل","country","ISR")],
 [ev("fa02-crackdown", True, "COERCE", "IRN", "AFG", ("2025-07-06","2025-07-07"),
     "مأموران انتظامی از همان روز بازداشت و اخراج این مهاجران را در تهران و چند شهر دیگر شدت بخشیده‌اند",
     "COERCE [arrest/deport] against undocumented Afghans (AFG civilians); from Sunday 15 Tir 1404 = 2025-07-06."),
  ev("fa02-deadline", False, ["THREATEN","COERCE"], "IRN.GOV", "AFG", ("2025-05-22","2025-06-21"),
     "وزارت کشور ایران در خرداد اعلام کرده بود افغان‌هایی که مجوز اقامت ندارند باید تا این تاریخ کشور را ترک کنند",
     "History: the ultimatum of Khordad 1404 (22 May–21 June 2025)."),
  ev("fa02-returns", False, ["SANCTION","COERCE"], "IRN", "AFG", ("2025-06-24","2025-07-07"),
     "در روزهای اخیر ده‌ها هزار نفر از گذرگاه اسلام‌قلعه به افغانستان بازگشته‌اند",
     "Forced departures: SANCTION [expel] by the causing actor, or COERCE [deport]; a coder may also code nothing (the sentence names no agent)."),
  ev("fa02-unhcr", True, "REQUEST", "UNO", "*", ("2025-06-24","2025-07-07"),
     "کمیساریای عالی سازمان ملل در امور پناهندگان از کشورهای میزبان خواسته است بازگرداندن اجباری افغان‌ها را متوقف کنند",
     "Addressed to host countries (Iran among them): IRN or no target."),
  ev("fa02-taliban-request", True, "REQUEST", "AFG.GOV", "IRN", ("2025-06-24","2025-07-07"),
     "حکومت طالبان نیز از تهران خواسته است بازگشت مهاجران را تدریجی و با رعایت کرامت آنان انجام دهد", "Perfect tense, undated: recent days."),
  ev("fa02-prosecutor-accuse", False, "ACCUSE", "IRN", "AFG", ("2025-06-13","2025-07-07"),
     "دادستان کل ایران نیز شماری از اتباع افغانستانی را به همکاری با اسرائیل متهم کرده", "IRN.JUD accusing Afghan nationals (AFG civilians); pluperfect, undated (after the June war)."),
  ev("fa02-prosecutor-threat", False, "THREATEN", "IRN", "AFG", ("2025-06-13","2025-07-07"),
     "از برخورد قضایی با کسانی که پس از پایان مهلت بمانند خبر داده بود", "Threat of prosecution for overstayers: THREATEN [arrest]; optional."),
  ev("fa02-war-isr", False, "ASSAULT", "ISR", "IRN", ("2025-06-13","2025-06-24"), "جنگ دوازده‌روزه ایران و اسرائیل در خرداد", "History: the June 2025 war."),
  ev("fa02-war-irn", False, "ASSAULT", "IRN", "ISR", ("2025-06-13","2025-06-24"), "جنگ دوازده‌روزه ایران و اسرائیل در خرداد", "History: the June 2025 war."),
 ],
 [F("the June war dated July", "ASSAULT", "ISR", date_after="2025-07-01"),
  F("the June war (Iranian side) dated July", "ASSAULT", "IRN", date_after="2025-07-01"),
  F("the Khordad ultimatum dated on publication", "THREATEN", "IRN", date_after="2025-07-01")],
 [], "No dateline; published Monday 2025-07-07. The deadline is given in Solar Hijri only (15 Tir 1404 = Sunday 2025-07-06); Khordad 1404 = 22 May–21 June 2025."))
