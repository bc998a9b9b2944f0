from common import *
DOCS = []
t = ("الرياض، 30 أكتوبر 2021 - استدعت المملكة العربية السعودية أمس الجمعة سفيرها لدى لبنان للتشاور، وأمهلت السفير اللبناني في الرياض 48 ساعة لمغادرة أراضيها، "
"وقررت وقف جميع الواردات اللبنانية إلى المملكة. وجاءت الخطوة على خلفية تصريحات لوزير الإعلام اللبناني جورج قرداحي وصف فيها الحرب في اليمن بأنها \"عبثية\"، "
"وقال إن الحوثيين \"يدافعون عن أنفسهم في وجه اعتداء خارجي\".\n"
"وقالت وزارة الخارجية السعودية في بيان إن هذه التصريحات المسيئة حلقة جديدة في سلسلة من المواقف المستهجنة، مشيرة إلى هيمنة حزب الله على قرار الدولة اللبنانية. "
"وفي وقت لاحق من اليوم نفسه، طلبت مملكة البحرين من السفير اللبناني لديها مغادرة البلاد.\n"
"ودعا رئيس الحكومة اللبنانية نجيب ميقاتي الوزير قرداحي إلى تقدير المصلحة الوطنية واتخاذ القرار المناسب، فيما لم يعلن قرداحي استقالته حتى الآن. "
"وكانت المقابلة التي أدلى فيها بتصريحاته قد سُجّلت في أغسطس الماضي، قبل أن يتولى منصبه الوزاري.")
DOCS.append(D("heldout-ar-01-saudi-lebanon-kordahi", "ar", "2021-10-30", "2021-10-30", t,
 ents(("المملكة العربية السعودية","country","SAU"),("لبنان","country","LBN"),("الرياض","place","SAU"),("جورج قرداحي","person","LBN.GOV"),
      ("اليمن","country","YEM"),("الحوثيين","organization","YEM.REB"),("وزارة الخارجية السعودية","organization","SAU.GOV"),("حزب الله","organization","LBN"),
      ("مملكة البحرين","country","BHR"),("نجيب ميقاتي","person","LBN.GOV")),
 [E("ar01-saudi-recall-expel",True,"SANCTION","SAU","LBN",["2021-10-29","2021-10-29"],
    "استدعت المملكة العربية السعودية أمس الجمعة سفيرها لدى لبنان للتشاور، وأمهلت السفير اللبناني في الرياض 48 ساعة لمغادرة أراضيها",
    "Recall of the Saudi envoy and expulsion of the Lebanese envoy: one SANCTION [withdraw/expel] is required; a second SANCTION by Saudi Arabia the same day is acceptable (ar01-saudi-expel). 'أمس الجمعة' = 2021-10-29."),
  E("ar01-saudi-expel",False,["SANCTION","COERCE"],"SAU","LBN",["2021-10-29","2021-10-29"],"وأمهلت السفير اللبناني في الرياض 48 ساعة لمغادرة أراضيها"),
  E("ar01-import-ban",False,["COERCE","SANCTION"],"SAU","LBN",["2021-10-29","2021-10-29"],"وقررت وقف جميع الواردات اللبنانية إلى المملكة",
    "Import ban: COERCE [restrict] or SANCTION; optional because it shares actors and date with ar01-saudi-recall-expel."),
  E("ar01-saudi-accuses",True,"ACCUSE","SAU.GOV","LBN",["2021-10-29","2021-10-29"],
    "هذه التصريحات المسيئة حلقة جديدة في سلسلة من المواقف المستهجنة","Target LBN (the Lebanese state, its minister, or Hezbollah)."),
  E("ar01-bahrain-expels",True,["SANCTION","COERCE"],"BHR","LBN",["2021-10-29","2021-10-29"],"طلبت مملكة البحرين من السفير اللبناني لديها مغادرة البلاد"),
  E("ar01-mikati-urges",False,"REQUEST","LBN.GOV","LBN.GOV",["2021-10-29","2021-10-30"],
    "ودعا رئيس الحكومة اللبنانية نجيب ميقاتي الوزير قرداحي إلى تقدير المصلحة الوطنية"),
  E("ar01-kordahi-remarks",False,"ACCUSE","LBN","SAU",["2021-08-01","2021-08-31"],
    "وصف فيها الحرب في اليمن بأنها \"عبثية\"",
    "Criticism of the Saudi-led war, made in an interview recorded in August 2021 (before Kordahi was minister: LBN, sector MED or GOV). Target SAU or '*'; optional."),
 ],
 [F("Kordahi's resignation, which has not happened, coded as RETREAT","RETREAT","LBN",unless_aux="negated"),
  F("the August interview remarks dated October","ACCUSE","LBN",date_after="2021-10-01")],
 [("جورج قرداحي","عبثية"),("جورج قرداحي","يدافعون عن أنفسهم في وجه اعتداء خارجي")],
 "The forbidden ACCUSE by LBN after 1 October: nothing in the text is a Lebanese accusation in October (Mikati's call is a REQUEST). The Yemen war itself is not dated in the text and is not an event here."))

t = ("وقّعت الإمارات العربية المتحدة ومملكة البحرين أمس الثلاثاء في البيت الأبيض اتفاقيتين لإقامة علاقات دبلوماسية كاملة مع إسرائيل، "
"في مراسم استضافها الرئيس الأمريكي دونالد ترامب. ووقّع الاتفاقيتين وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان ووزير الخارجية البحريني "
"عبد اللطيف الزياني ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.\n"
"وقال ترامب إن الاتفاقيتين تمثلان \"فجر شرق أوسط جديد\". في المقابل، قال الرئيس الفلسطيني محمود عباس إن السلام والأمن لن يتحققا في المنطقة قبل إنهاء الاحتلال الإسرائيلي.\n"
"وأثناء المراسم، أُطلق صاروخان من قطاع غزة باتجاه جنوب إسرائيل، وردّ الجيش الإسرائيلي فجر اليوم بغارات على مواقع لحركة حماس.\n"
"وكانت الإمارات قد أعلنت في ١٣ أغسطس/آب الماضي التوصل إلى اتفاقها مع إسرائيل، لتصبح ثالث دولة عربية تقيم علاقات معها بعد مصر عام ١٩٧٩ والأردن عام ١٩٩٤.")
DOCS.append(D("heldout-ar-02-abraham-accords", "ar", "2020-09-16", None, t,
 ents(("الإمارات","country","ARE"),("مملكة البحرين","country","BHR"),("البيت الأبيض","organization","USA.GOV"),("إسرائيل","country","ISR"),
      ("دونالد ترامب","person","USA.GOV"),("عبدالله بن زايد آل نهيان","person","ARE.GOV"),("عبد اللطيف الزياني","person","BHR.GOV"),
      ("بنيامين نتنياهو","person","ISR.GOV"),("محمود عباس","person","PSE.GOV"),("قطاع غزة","place","PSE"),("الجيش الإسرائيلي","organization","ISR.MIL"),
      ("حماس","organization","PSE"),("مصر","country","EGY"),("الأردن","country","JOR")),
 [S("ar02-uae-israel",True,["SUPPORT","AGREE"],["ARE","ISR"],["2020-09-15","2020-09-15"],
    "وقّعت الإمارات العربية المتحدة ومملكة البحرين أمس الثلاثاء في البيت الأبيض اتفاقيتين لإقامة علاقات دبلوماسية كاملة مع إسرائيل",
    "Signing an agreement: SUPPORT (PLOVER) or AGREE. 'أمس الثلاثاء' = 2020-09-15."),
  S("ar02-bahrain-israel",True,["SUPPORT","AGREE"],["BHR","ISR"],["2020-09-15","2020-09-15"],
    "وقّعت الإمارات العربية المتحدة ومملكة البحرين أمس الثلاثاء في البيت الأبيض اتفاقيتين لإقامة علاقات دبلوماسية كاملة مع إسرائيل"),
  E("ar02-us-host",False,["CONSULT","SUPPORT"],"USA","*",["2020-09-15","2020-09-15"],"في مراسم استضافها الرئيس الأمريكي دونالد ترامب",
    "The US hosting/witnessing the signing (CONSULT [multilateral] or SUPPORT)."),
  E("ar02-trump-praise",False,"SUPPORT","USA.GOV","*",["2020-09-15","2020-09-15"],"وقال ترامب إن الاتفاقيتين تمثلان \"فجر شرق أوسط جديد\""),
  E("ar02-abbas",True,["ACCUSE","REJECT"],"PSE.GOV","*",["2020-09-15","2020-09-16"],
    "قال الرئيس الفلسطيني محمود عباس إن السلام والأمن لن يتحققا في المنطقة قبل إنهاء الاحتلال الإسرائيلي",
    "Disapproval aimed at Israel (occupation) or at the signatories: target '*'."),
  E("ar02-rockets",True,"ASSAULT","*","ISR",["2020-09-15","2020-09-15"],"أُطلق صاروخان من قطاع غزة باتجاه جنوب إسرائيل",
    "Passive, no perpetrator named: source '*' (PSE accepted)."),
  E("ar02-israeli-raids",True,"ASSAULT","ISR.MIL","PSE",["2020-09-15","2020-09-16"],"وردّ الجيش الإسرائيلي فجر اليوم بغارات على مواقع لحركة حماس",
    "'فجر اليوم' = early 2020-09-16."),
  S("ar02-uae-announcement",False,["AGREE","SUPPORT"],["ARE","ISR"],["2020-08-13","2020-08-13"],"أعلنت في ١٣ أغسطس/آب الماضي التوصل إلى اتفاقها مع إسرائيل",
    "History dated 13 August 2020 (Arabic-Indic digits)."),
  S("ar02-egypt-1979",False,["SUPPORT","AGREE"],["EGY","ISR"],["1979-01-01","1979-12-31"],"بعد مصر عام ١٩٧٩"),
  S("ar02-jordan-1994",False,["SUPPORT","AGREE"],["JOR","ISR"],["1994-01-01","1994-12-31"],"والأردن عام ١٩٩٤"),
 ],
 [F("Egypt's 1979 peace dated 2020 (SUPPORT)","SUPPORT","EGY",date_after="2000-01-01"),
  F("Egypt's 1979 peace dated 2020 (AGREE)","AGREE","EGY",date_after="2000-01-01"),
  F("Jordan's 1994 peace dated 2020 (SUPPORT)","SUPPORT","JOR",date_after="2000-01-01"),
  F("Jordan's 1994 peace dated 2020 (AGREE)","AGREE","JOR",date_after="2000-01-01")],
 [("دونالد ترامب","فجر شرق أوسط جديد")],
 "No dateline; 'أمس الثلاثاء' against publication 2020-09-16. The 13 August announcement cannot get a forbidden rule: the signing has the same type and actors."))
