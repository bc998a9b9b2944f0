from lib import *
DOCS = []

t1 = ("تهران - ۲۴ دی ۱۴۰۱: خبرگزاری میزان، وابسته به قوه قضاییه، امروز شنبه اعلام کرد علیرضا اکبری، معاون پیشین وزیر دفاع که تابعیت بریتانیا را نیز داشت، به اتهام «افساد فی‌الارض» و جاسوسی برای سرویس اطلاعاتی بریتانیا اعدام شده است. "
      "زمان اجرای حکم اعلام نشد. اکبری در سال ۱۳۹۸ بازداشت شده بود و حکم او در دیوان عالی کشور تأیید شده بود. "
      "ریشی سوناک، نخست‌وزیر بریتانیا، اعدام را اقدامی «بی‌رحمانه و بزدلانه» از سوی حکومتی «وحشی» خواند. "
      "جیمز کلورلی، وزیر امور خارجه این کشور، نیز از تحریم محمدجعفر منتظری، دادستان کل ایران، خبر داد و گفت سفیر بریتانیا در تهران برای رایزنی موقتاً فراخوانده شده است. "
      "فرانسه و ایالات متحده هم این اعدام را محکوم کردند. "
      "وزارت امور خارجه ایران نیز سایمون شرکلیف، سفیر بریتانیا، را در اعتراض به آنچه دخالت لندن در امور امنیتی ایران خواند احضار کرد. "
      "مقام‌های ایرانی پیش‌تر درخواست‌های لندن برای توقف اجرای حکم را دخالت در امور داخلی کشور خوانده بودند.")
DOCS.append(D("dev2-fa-01-akbari-execution", "fa", "2023-01-14", "2023-01-14", t1,
 [N("تهران","place","IRN"), N("میزان","organization","IRN.JUD"), N("قوه قضاییه","organization","IRN.JUD"), N("علیرضا اکبری","person","GBR"),
  N("بریتانیا","country","GBR"), N("دیوان عالی کشور","organization","IRN.JUD"), N("ریشی سوناک","person","GBR.GOV"),
  N("جیمز کلورلی","person","GBR.GOV"), N("محمدجعفر منتظری","person","IRN.JUD"), N("ایران","country","IRN"),
  N("فرانسه","country","FRA"), N("ایالات متحده","country","USA"), N("لندن","place","GBR"),
  N("وزارت امور خارجه ایران","organization","IRN.GOV"), N("سایمون شرکلیف","person","GBR.GOV")],
 [E("fa01-execution", True, ["ASSAULT","SANCTION","COERCE"], "IRN", "*", ["2023-01-11","2023-01-14"],
    ev="علیرضا اکبری، معاون پیشین وزیر دفاع که تابعیت بریتانیا را نیز داشت، به اتهام «افساد فی‌الارض» و جاسوسی برای سرویس اطلاعاتی بریتانیا اعدام شده است",
    notes="Agentless passive; the judiciary (IRN.JUD) carried it out. The date of execution was not given ('زمان اجرای حکم اعلام نشد'); announced Saturday 24 Dey 1401 = 2023-01-14, hence a window ending that day. Target: Akbari (a dual national; GBR or IRN or none accepted via '*')."),
  E("fa01-accuse-spy", False, "ACCUSE", "IRN", "GBR", ["2023-01-11","2023-01-14"], ev="جاسوسی برای سرویس اطلاعاتی بریتانیا",
    notes="The charge implicates British intelligence."),
  E("fa01-sunak", True, "ACCUSE", "GBR.GOV", "IRN", "2023-01-14", ev="ریشی سوناک، نخست‌وزیر بریتانیا، اعدام را اقدامی «بی‌رحمانه و بزدلانه» از سوی حکومتی «وحشی» خواند"),
  E("fa01-sanction-montazeri", True, ["SANCTION","COERCE"], "GBR.GOV", "IRN.JUD", "2023-01-14", ev="از تحریم محمدجعفر منتظری، دادستان کل ایران، خبر داد",
    notes="Nominalisation ('تحریم'). Prosecutor-general: IRN.JUD (IRN.GOV not accepted by the code; country-level scoring would need IRN)."),
  E("fa01-recall", True, "SANCTION", "GBR.GOV", "IRN", "2023-01-14", ev="سفیر بریتانیا در تهران برای رایزنی موقتاً فراخوانده شده است",
    notes="Agentless passive: the UK recalled its own ambassador (SANCTION [reduce relations])."),
  E("fa01-france", True, "ACCUSE", "FRA", "IRN", "2023-01-14", ev="فرانسه و ایالات متحده هم این اعدام را محکوم کردند"),
  E("fa01-us", True, "ACCUSE", "USA", "IRN", "2023-01-14", ev="فرانسه و ایالات متحده هم این اعدام را محکوم کردند",
    notes="Coordinated subject: France and the US each condemned (two events)."),
  E("fa01-iran-summons", True, ["ACCUSE","CONSULT"], "IRN.GOV", "GBR", "2023-01-14",
    ev="وزارت امور خارجه ایران نیز سایمون شرکلیف، سفیر بریتانیا، را در اعتراض به آنچه دخالت لندن در امور امنیتی ایران خواند احضار کرد",
    notes="Summoning an ambassador in protest: ACCUSE [disapprove] (CONSULT accepted). Same day, 14 Jan 2023."),
  E("fa01-arrest-2019", False, ["COERCE"], "IRN", "*", ["2019-03-21","2020-03-19"], ev="اکبری در سال ۱۳۹۸ بازداشت شده بود",
    notes="History: the arrest in Solar Hijri 1398 (2019-03-21..2020-03-19)."),
  E("fa01-supreme-court", False, ["SANCTION","COERCE"], "IRN.JUD", "*", ["2019-03-21","2023-01-14"], ev="حکم او در دیوان عالی کشور تأیید شده بود",
    notes="Upholding of the sentence, date not given (pluperfect: before the execution)."),
  E("fa01-iran-rejects", False, ["REJECT","ACCUSE"], "IRN", "GBR", ["2022-12-01","2023-01-14"], ev="درخواست‌های لندن برای توقف اجرای حکم را دخالت در امور داخلی کشور خوانده بودند",
    notes="Earlier Iranian rejection, date not given ('پیش‌تر'); acceptable only with a window up to the publication date."),
  E("fa01-uk-request", False, "REQUEST", "GBR", "IRN", ["2022-12-01","2023-01-14"], ev="درخواست‌های لندن برای توقف اجرای حکم")],
 [],
 [("ریشی سوناک", "بی‌رحمانه و بزدلانه")],
 notes="Solar Hijri dateline: 24 Dey 1401 = Saturday 2023-01-14. The 1398 arrest has no forbidden twin because the execution may also be coded COERCE by IRN on the publication day. Mizan is the reporting outlet (the judiciary's agency), not an actor of the execution except as IRN.JUD."))

t2 = ("ناصر کنعانی، سخنگوی وزارت امور خارجه، امروز دوشنبه در نشست خبری هفتگی خود گفت مهلتی که برای خلع سلاح گروه‌های مسلح مخالف مستقر در اقلیم کردستان عراق تعیین شده، یعنی ۲۸ شهریور، تمدید نخواهد شد. "
      "به گفته او، دولت عراق متعهد شده است این گروه‌ها را خلع سلاح و از نوار مرزی به اردوگاه‌هایی دور از مرز منتقل کند و اگر بغداد به این تعهد عمل نکند، جمهوری اسلامی برای تأمین امنیت مرزهای خود به مسئولیتش عمل خواهد کرد. "
      "این تعهد بخشی از توافق‌نامه امنیتی دو کشور است که اسفند سال گذشته در بغداد به امضای علی شمخانی، دبیر وقت شورای عالی امنیت ملی، و قاسم الاعرجی، مشاور امنیت ملی عراق، رسید. "
      "سپاه پاسداران پاییز گذشته چند بار مقرهای این گروه‌ها را در شمال عراق با موشک و پهپاد هدف قرار داده و آن‌ها را به دست داشتن در ناآرامی‌های داخل ایران متهم کرده بود.")
DOCS.append(D("dev2-fa-02-kurdish-groups-deadline", "fa", "2023-08-28", None, t2,
 [N("ناصر کنعانی","person","IRN.GOV"), N("وزارت امور خارجه","organization","IRN.GOV"), N("اقلیم کردستان عراق","place","IRQ"),
  N("عراق","country","IRQ"), N("بغداد","place","IRQ"), N("جمهوری اسلامی","country","IRN"), N("علی شمخانی","person","IRN.GOV"),
  N("شورای عالی امنیت ملی","organization","IRN.GOV"), N("قاسم الاعرجی","person","IRQ.GOV"), N("سپاه پاسداران","organization","IRN.MIL"), N("ایران","country","IRN")],
 [E("fa02-ultimatum", True, "THREATEN", "IRN.GOV", "IRQ", "2023-08-28", date="2023-08-28",
    ev="اگر بغداد به این تعهد عمل نکند، جمهوری اسلامی برای تأمین امنیت مرزهای خود به مسئولیتش عمل خواهد کرد",
    notes="Ultimatum: deadline 28 Shahrivar 1402 = 2023-09-19. Target Iraq (the Kurdish groups, IRQ-based, also acceptable under IRQ)."),
  E("fa02-no-extension", False, ["REJECT","THREATEN"], "IRN.GOV", "IRQ", "2023-08-28", ev="تمدید نخواهد شد"),
  E("fa02-demand", False, "REQUEST", "IRN.GOV", "IRQ", "2023-08-28", ev="مهلتی که برای خلع سلاح گروه‌های مسلح مخالف مستقر در اقلیم کردستان عراق تعیین شده",
    notes="The demand that Iraq disarm the groups."),
  E("fa02-iraq-commitment", False, "AGREE", "IRQ.GOV", "IRN", ["2023-03-19","2023-08-28"], ev="دولت عراق متعهد شده است این گروه‌ها را خلع سلاح و از نوار مرزی به اردوگاه‌هایی دور از مرز منتقل کند",
    notes="Iraq's commitment, date not given (made in or after the March agreement). The disarmament and relocation themselves are future."),
  E("fa02-agreement-march", False, ["SUPPORT","AGREE","COOPERATE"], actors=["IRN","IRQ"], win=["2023-02-20","2023-03-20"],
    ev="توافق‌نامه امنیتی دو کشور است که اسفند سال گذشته در بغداد به امضای علی شمخانی، دبیر وقت شورای عالی امنیت ملی، و قاسم الاعرجی، مشاور امنیت ملی عراق، رسید",
    notes="History: signed 2023-03-19 (28 Esfand 1401); Esfand 1401 = 2023-02-20..2023-03-20."),
  E("fa02-irgc-strikes", False, "ASSAULT", "IRN.MIL", "IRQ", ["2022-09-23","2022-12-21"], ev="سپاه پاسداران پاییز گذشته چند بار مقرهای این گروه‌ها را در شمال عراق با موشک و پهپاد هدف قرار داده",
    notes="History: autumn 1401 (strikes of 28 Sept and November 2022)."),
  E("fa02-irgc-accuse", False, "ACCUSE", "IRN.MIL", "*", ["2022-09-23","2022-12-21"], ev="آن‌ها را به دست داشتن در ناآرامی‌های داخل ایران متهم کرده بود")],
 [F("the March agreement dated August (SUPPORT)", "SUPPORT", "IRN", after="2023-04-01"),
  F("the March agreement dated August (AGREE)", "AGREE", "IRN", after="2023-04-01"),
  F("the autumn 2022 strikes dated 2023", "ASSAULT", "IRN", after="2023-01-01"),
  F("Iraq's promised disarmament/relocation coded as done", "COERCE", "IRQ", unless="future")],
 notes="No dateline: published Monday 2023-08-28 ('امروز دوشنبه'). The Kurdish opposition groups are not named and not entities of their own; Iran's possible action after the deadline is hypothetical."))
