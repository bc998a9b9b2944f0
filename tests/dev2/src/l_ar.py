from lib import *
DOCS = []

t1 = ("بدأ مساء اليوم السبت سريان هدنة مدتها شهران في اليمن، هي الأولى على مستوى البلاد منذ عام 2016، بعدما أعلن المبعوث الأممي الخاص هانس غروندبرغ أمس الجمعة أن أطراف النزاع وافقت عليها. "
      "وتنص الهدنة على وقف جميع العمليات العسكرية الهجومية الجوية والبرية والبحرية داخل اليمن وعبر حدوده، والسماح بدخول سفن الوقود إلى ميناء الحديدة، واستئناف رحلات تجارية من مطار صنعاء إلى عمّان والقاهرة. "
      "ورحّب التحالف بقيادة السعودية بالإعلان، كما رحّب به رئيس وفد الحوثيين المفاوض محمد عبد السلام، الذي قال إن جماعته ستلتزم بها ما دام الطرف الآخر ملتزماً. "
      "وأشاد الرئيس الأمريكي جو بايدن بالاتفاق، داعياً الأطراف إلى احترامه. "
      "وكان التحالف قد أعلن يوم الثلاثاء وقفاً أحادياً لعملياته العسكرية خلال شهر رمضان، بعد أيام من هجوم بالصواريخ والمسيّرات تبنّاه الحوثيون على منشأة لشركة أرامكو في جدة. "
      "ويشهد اليمن حرباً منذ أن تدخّل التحالف عسكرياً في مارس 2015 لدعم الحكومة المعترف بها دولياً.")
DOCS.append(D("dev2-ar-01-yemen-truce", "ar", "2022-04-02", None, t1,
 [N("هانس غروندبرغ","person","UNO"), N("اليمن","country","YEM"), N("الحديدة","place","YEM"), N("صنعاء","place","YEM"),
  N("عمّان","place","JOR"), N("القاهرة","place","EGY"), N("السعودية","country","SAU"), N("الحوثيين","organization","YEM"),
  N("محمد عبد السلام","person","YEM"), N("جو بايدن","person","USA.GOV"), N("أرامكو","organization","SAU.BUS"), N("جدة","place","SAU")],
 [E("ar01-truce", True, ["AGREE","CONCEDE","RETREAT"], actors=["YEM","SAU"], win=["2022-04-01","2022-04-02"],
    ev="أعلن المبعوث الأممي الخاص هانس غروندبرغ أمس الجمعة أن أطراف النزاع وافقت عليها",
    notes="The parties (the Houthis and the Saudi-led coalition with the Yemeni government) agreed to a truce announced Friday 2022-04-01, in force Saturday 2022-04-02 19:00. AGREE (the agreement), CONCEDE or RETREAT [ceasefire] (the truce) all accepted; Houthis are coded YEM (YEM.REB accepted)."),
  E("ar01-truce-yemgov", False, ["AGREE","CONCEDE","RETREAT"], actors=["YEM","YEM"], win=["2022-04-01","2022-04-02"],
    ev="بدأ مساء اليوم السبت سريان هدنة مدتها شهران في اليمن", notes="The same truce read as between the Houthis and the Yemeni government."),
  E("ar01-un-broker", False, ["CONSULT","SUPPORT","AGREE"], "UNO", "*", ["2022-04-01","2022-04-01"],
    ev="أعلن المبعوث الأممي الخاص هانس غروندبرغ أمس الجمعة", notes="The UN envoy's mediation/announcement."),
  E("ar01-coalition-welcomes", True, "SUPPORT", "SAU", "*", ["2022-04-01","2022-04-02"], ev="ورحّب التحالف بقيادة السعودية بالإعلان",
    notes="Coalition coded SAU (SAU.MIL accepted); target the UN envoy or none."),
  E("ar01-houthi-welcomes", True, "SUPPORT", "YEM", "*", ["2022-04-01","2022-04-02"], ev="كما رحّب به رئيس وفد الحوثيين المفاوض محمد عبد السلام"),
  E("ar01-houthi-conditional", False, ["AGREE","CONCEDE"], "YEM", "SAU", ["2022-04-01","2022-04-02"], ev="قال إن جماعته ستلتزم بها ما دام الطرف الآخر ملتزماً",
    notes="Conditional commitment to the truce: verbal cooperation."),
  E("ar01-biden-praise", True, "SUPPORT", "USA.GOV", "*", ["2022-04-01","2022-04-02"], ev="وأشاد الرئيس الأمريكي جو بايدن بالاتفاق"),
  E("ar01-biden-appeal", False, "REQUEST", "USA.GOV", "*", ["2022-04-01","2022-04-02"], ev="داعياً الأطراف إلى احترامه"),
  E("ar01-unilateral", False, ["CONCEDE","RETREAT"], "SAU", "YEM", ["2022-03-29","2022-03-30"], ev="وكان التحالف قد أعلن يوم الثلاثاء وقفاً أحادياً لعملياته العسكرية",
    notes="'يوم الثلاثاء' = 2022-03-29 (the coalition's unilateral halt from 30 March for Ramadan)."),
  E("ar01-jeddah-attack", False, "ASSAULT", "YEM", "SAU", ["2022-03-20","2022-03-28"], ev="هجوم بالصواريخ والمسيّرات تبنّاه الحوثيون على منشأة لشركة أرامكو في جدة",
    notes="The attack on the Aramco depot in Jeddah was on 2022-03-25 ('بعد أيام من')."),
  E("ar01-intervention-2015", False, "ASSAULT", "SAU", "YEM", ["2015-03-01","2015-03-31"], ev="منذ أن تدخّل التحالف عسكرياً في مارس 2015",
    notes="History: only with its 2015 date."),
  E("ar01-support-govt-2015", False, ["AID","SUPPORT","COOPERATE"], "SAU", "YEM", ["2015-03-01","2015-03-31"], ev="لدعم الحكومة المعترف بها دولياً",
    notes="The same 2015 intervention read as support for the Yemeni government.")],
 [F("the Jeddah attack (25 March) dated at the truce", "ASSAULT", "YEM", after="2022-03-31"),
  F("the 2015 intervention dated 2022", "ASSAULT", "SAU", after="2022-01-01"),
  F("the truce's provision on fuel ships/flights coded as done", "COOPERATE", None, after="2022-04-01", unless="future")],
 notes="No dateline: published Saturday 2022-04-02; 'أمس الجمعة' = 2022-04-01. The truce's terms (halt of offensive operations, fuel ships, flights from Sanaa) are future provisions, not events. Amman and Cairo are flight destinations, not actors."))

t2 = ("مسقط - 12 أبريل 2025: أجرى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي الخاص إلى الشرق الأوسط ستيف ويتكوف اليوم السبت في العاصمة العُمانية جولة أولى من المحادثات حول البرنامج النووي الإيراني، هي الأرفع مستوى بين البلدين منذ سنوات. "
      "وجرت المحادثات بصورة غير مباشرة، إذ تنقّل وزير الخارجية العُماني بدر البوسعيدي بين الوفدين اللذين جلسا في قاعتين منفصلتين، قبل أن يتحدث عراقجي وويتكوف مباشرة لبضع دقائق في ختامها بحضور الوزير العُماني، بحسب المتحدث باسم الخارجية الإيرانية إسماعيل بقائي. "
      "ووصف عراقجي أجواء اللقاء بأنها هادئة وبنّاءة، وقال إن الجانبين اتفقا على عقد جولة ثانية السبت المقبل. "
      "من جهته، قال البيت الأبيض في بيان إن المحادثات كانت \"إيجابية وبنّاءة للغاية\". "
      "وكان الرئيس الأمريكي دونالد ترامب قد حذّر يوم الاثنين من أن إيران ستكون في \"خطر كبير\" إذا لم تنجح المفاوضات، فيما لوّح علي شمخاني، مستشار المرشد الإيراني، يوم الخميس بطرد مفتشي الوكالة الدولية للطاقة الذرية إذا استمرت التهديدات.")
DOCS.append(D("dev2-ar-02-muscat-talks", "ar", "2025-04-12", "2025-04-12", t2,
 [N("مسقط","place","OMN"), N("عباس عراقجي","person","IRN.GOV"), N("ستيف ويتكوف","person","USA.GOV"), N("بدر البوسعيدي","person","OMN.GOV"),
  N("إسماعيل بقائي","person","IRN.GOV"), N("البيت الأبيض","organization","USA.GOV"), N("دونالد ترامب","person","USA.GOV"),
  N("إيران","country","IRN"), N("علي شمخاني","person","IRN.GOV"), N("الوكالة الدولية للطاقة الذرية","organization","IGO")],
 [E("ar02-talks", True, "CONSULT", actors=["IRN.GOV","USA.GOV"], win="2025-04-12", date="2025-04-12",
    ev="أجرى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي الخاص إلى الشرق الأوسط ستيف ويتكوف اليوم السبت في العاصمة العُمانية جولة أولى من المحادثات",
    notes="Coordinated subject: one symmetric meeting. Indirect talks with a brief direct exchange."),
  E("ar02-oman-iran", False, "CONSULT", actors=["OMN.GOV","IRN"], win="2025-04-12", ev="تنقّل وزير الخارجية العُماني بدر البوسعيدي بين الوفدين",
    notes="Oman as mediator (CONSULT, third-party)."),
  E("ar02-oman-usa", False, "CONSULT", actors=["OMN.GOV","USA"], win="2025-04-12", ev="تنقّل وزير الخارجية العُماني بدر البوسعيدي بين الوفدين"),
  E("ar02-next-round", False, "AGREE", actors=["IRN","USA"], win="2025-04-12", ev="اتفقا على عقد جولة ثانية السبت المقبل",
    notes="Agreeing to meet again is AGREE today; the second round itself (19 April) is future."),
  E("ar02-araghchi-praise", False, "SUPPORT", "IRN.GOV", "USA", "2025-04-12", ev="ووصف عراقجي أجواء اللقاء بأنها هادئة وبنّاءة"),
  E("ar02-wh-praise", False, "SUPPORT", "USA.GOV", "IRN", "2025-04-12", ev="قال البيت الأبيض في بيان إن المحادثات كانت \"إيجابية وبنّاءة للغاية\""),
  E("ar02-trump-threat", True, "THREATEN", "USA.GOV", "IRN", "2025-04-07", ev="حذّر يوم الاثنين من أن إيران ستكون في \"خطر كبير\" إذا لم تنجح المفاوضات",
    notes="'يوم الاثنين' before Saturday 12 April = 2025-04-07."),
  E("ar02-shamkhani-threat", False, "THREATEN", "IRN", "*", "2025-04-10", ev="لوّح علي شمخاني، مستشار المرشد الإيراني، يوم الخميس بطرد مفتشي الوكالة الدولية للطاقة الذرية",
    notes="'يوم الخميس' = 2025-04-10. Conditional threat to expel IAEA inspectors (THREATEN [expel]); target IGO or none.")],
 [F("Trump's Monday warning dated on the day of the talks", "THREATEN", "USA", date="2025-04-12"),
  F("Shamkhani's Thursday warning dated on the day of the talks", "THREATEN", "IRN", date="2025-04-12"),
  F("the threatened expulsion of inspectors coded as done", "SANCTION", "IRN", unless="hypothetical"),
  F("the planned second round (19 April) coded as held", "CONSULT", "IRN", date="2025-04-19", unless="future")],
 [("البيت الأبيض", "إيجابية وبنّاءة للغاية"), ("دونالد ترامب", "خطر كبير")],
 notes="Muscat is the venue; Oman acts only as mediator. Inspectors would be expelled only if threats continue (hypothetical)."))
