from common import *

T1 = ("جدة، 19 مايو 2023 — شارك الرئيس السوري بشار الأسد اليوم الجمعة في القمة العربية الثانية والثلاثين التي تستضيفها المملكة العربية السعودية في جدة، "
"في أول حضور له لقمة عربية منذ تعليق عضوية سوريا في جامعة الدول العربية عام 2011. "
"واستقبل ولي العهد السعودي الأمير محمد بن سلمان، رئيس القمة، الأسد لدى وصوله إلى مقر الاجتماع وصافحه بحرارة، ورحب في كلمته الافتتاحية بعودة سوريا إلى الجامعة، "
"معرباً عن أمله في أن تسهم في دعم استقرارها. وقال الأسد في كلمته إن القمة «فرصة تاريخية» لإعادة ترتيب الشؤون العربية بأقل قدر من التدخل الخارجي. "
"وكان وزراء الخارجية العرب قد قرروا في اجتماع طارئ بالقاهرة في السابع من مايو الجاري استئناف مشاركة وفود الحكومة السورية في اجتماعات الجامعة. "
"وحضر القمة أيضاً الرئيس الأوكراني فولوديمير زيلينسكي بدعوة من الرياض، واتهم في كلمته بعض الحاضرين بغض الطرف عن الحرب الروسية على بلاده.")

D1 = doc("heldout-ar-01-assad-jeddah", "ar", "2023-05-19", "2023-05-19", T1,
 [E("بشار الأسد","person","SYR.GOV"), E("المملكة العربية السعودية","country","SAU"), E("جدة","place","SAU"),
  E("سوريا","country","SYR"), E("جامعة الدول العربية","organization","IGO"), E("محمد بن سلمان","person","SAU.GOV"),
  E("القاهرة","place","EGY"), E("فولوديمير زيلينسكي","person","UKR.GOV"), E("الرياض","place","SAU")],
 [ev("ar01-assad-attends", True, "CONSULT", "SYR.GOV", "*", ["2023-05-19","2023-05-19"],
     "شارك الرئيس السوري بشار الأسد اليوم الجمعة في القمة العربية الثانية والثلاثين التي تستضيفها المملكة العربية السعودية في جدة",
     "CONSULT [multilateral/visit]: target the host (SAU) or the Arab League (IGO); any target accepted."),
  ev("ar01-mbs-welcomes", True, "SUPPORT", "SAU.GOV", "SYR", ["2023-05-19","2023-05-19"],
     "ورحب في كلمته الافتتاحية بعودة سوريا إلى الجامعة"),
  ev("ar01-cairo-decision", True, ["SUPPORT","CONCEDE","RETREAT"], "IGO", "SYR", ["2023-05-07","2023-05-07"],
     "وكان وزراء الخارجية العرب قد قرروا في اجتماع طارئ بالقاهرة في السابع من مايو الجاري استئناف مشاركة وفود الحكومة السورية",
     "Readmission after a suspension: SUPPORT (recognition), CONCEDE or RETREAT (easing a sanction) accepted. The Arab League ministers as IGO; ARB-style regional codes are not used in this set."),
  ev("ar01-zelensky-attends", True, "CONSULT", "UKR.GOV", "*", ["2023-05-19","2023-05-19"],
     "وحضر القمة أيضاً الرئيس الأوكراني فولوديمير زيلينسكي بدعوة من الرياض"),
  ev("ar01-zelensky-accuses", True, "ACCUSE", "UKR.GOV", "*", ["2023-05-19","2023-05-19"],
     "واتهم في كلمته بعض الحاضرين بغض الطرف عن الحرب الروسية على بلاده",
     "Target: unnamed Arab participants; any target accepted (RUS also acceptable as the object of the disapproval)."),
  sym("ar01-mbs-receives", False, "CONSULT", "SAU", "SYR", ["2023-05-19","2023-05-19"],
     "واستقبل ولي العهد السعودي الأمير محمد بن سلمان ... الأسد لدى وصوله إلى مقر الاجتماع وصافحه بحرارة"),
  ev("ar01-assad-speech", False, "SUPPORT", "SYR.GOV", "*", ["2023-05-19","2023-05-19"],
     "وقال الأسد في كلمته إن القمة «فرصة تاريخية»"),
  ev("ar01-invitation", False, ["REQUEST","CONSULT"], "SAU", "UKR", ["2023-05-01","2023-05-19"],
     "بدعوة من الرياض", "The invitation's date is not given; any date in May up to the summit accepted."),
  ev("ar01-suspension-2011", False, "SANCTION", "IGO", "SYR", ["2011-01-01","2011-12-31"],
     "منذ تعليق عضوية سوريا في جامعة الدول العربية عام 2011", "History (12 November 2011): acceptable only if dated 2011."),
  ev("ar01-russian-war", False, "ASSAULT", "RUS", "UKR", ["2022-02-24","2023-05-19"], "الحرب الروسية على بلاده",
     "Background reference to the ongoing war."),
 ],
 [F("the 2011 suspension dated 2023", "SANCTION", "IGO", date_after="2023-01-01"),
  F("the 7 May Cairo decision dated on the day of the summit", "SUPPORT", "IGO", date="2023-05-19")],
 [Q("بشار الأسد", "فرصة تاريخية")],
 "Assad arrived in Jeddah on Thursday 18 May; the summit was on Friday 19 May. Crown Prince Mohammed bin Salman chaired it.")

T2 = ("احتجزت القوات البحرية للجيش الإيراني أمس الخميس ناقلة نفط ترفع علم جزر مارشال في خليج عمان، وفق ما أعلن الجيش الإيراني، "
"الذي قال إن الناقلة «أدفانتج سويت» اصطدمت بقارب إيراني ما أدى إلى فقدان اثنين من أفراد طاقمه وإصابة آخرين. "
"وقالت البحرية الأمريكية إن الناقلة كانت تعبر المياه الدولية متجهة إلى هيوستن عندما أُجبرت على التوجه إلى ميناء إيراني، "
"ودعت طهران إلى الإفراج عنها فوراً، معتبرة أن احتجازها «مخالف للقانون الدولي» ويقوض الأمن في المنطقة. "
"وكانت الناقلة تنقل شحنة من النفط الكويتي استأجرتها شركة شيفرون الأمريكية، ويضم طاقمها 24 بحاراً معظمهم من الهند. "
"ويأتي الحادث بعد نحو عام من احتجاز إيران ناقلتين يونانيتين في مايو 2022، رداً على مصادرة الولايات المتحدة شحنة نفط إيرانية كانت على متن ناقلة قبالة السواحل اليونانية.")

D2 = doc("heldout-ar-02-advantage-sweet", "ar", "2023-04-28", None, T2,
 [E("الجيش الإيراني","organization","IRN.MIL"), E("جزر مارشال","country","MHL"), E("البحرية الأمريكية","organization","USA.MIL"),
  E("هيوستن","place","USA"), E("طهران","place","IRN"), E("شيفرون","organization","USA.BUS"), E("الهند","country","IND"),
  E("إيران","country","IRN"), E("الولايات المتحدة","country","USA")],
 [ev("ar02-seizure", True, "COERCE", "IRN.MIL", "*", ["2023-04-27","2023-04-27"],
     "احتجزت القوات البحرية للجيش الإيراني أمس الخميس ناقلة نفط ترفع علم جزر مارشال في خليج عمان",
     "COERCE [seize]. 'أمس الخميس' = 2023-04-27. The target (Marshall Islands flag, Chevron cargo, the ship's owners) is open; any target accepted."),
  ev("ar02-us-demand", True, "REQUEST", "USA.MIL", "IRN", ["2023-04-27","2023-04-28"],
     "ودعت طهران إلى الإفراج عنها فوراً"),
  ev("ar02-us-accuse", False, "ACCUSE", "USA.MIL", "IRN", ["2023-04-27","2023-04-28"],
     "معتبرة أن احتجازها «مخالف للقانون الدولي» ويقوض الأمن في المنطقة",
     "Core-worthy but folded with ar02-us-demand (same sentence, same speaker); optional so a single-event reading is not penalised."),
  ev("ar02-iran-accuses-ship", False, "ACCUSE", "IRN.MIL", "*", ["2023-04-27","2023-04-27"],
     "قال إن الناقلة «أدفانتج سويت» اصطدمت بقارب إيراني"),
  ev("ar02-greek-tankers", False, "COERCE", "IRN", "GRC", ["2022-05-01","2022-05-31"],
     "احتجاز إيران ناقلتين يونانيتين في مايو 2022", "History (27 May 2022): acceptable only if dated May 2022."),
  ev("ar02-us-oil-seizure", False, "COERCE", "USA", "IRN", ["2022-04-01","2022-05-31"],
     "مصادرة الولايات المتحدة شحنة نفط إيرانية كانت على متن ناقلة قبالة السواحل اليونانية",
     "History (spring 2022): acceptable only if dated April-May 2022."),
 ],
 [F("the 2022 US oil seizure dated 2023", "COERCE", "USA", date_after="2023-01-01")],
 [Q("البحرية الأمريكية", "مخالف للقانون الدولي")],
 "The May 2022 seizure of the Greek tankers has the same type and source as Thursday's seizure, so it cannot carry a forbidden rule; it is optional with its May 2022 window. Publication 2023-04-28 (Friday).")

DOCS = [D1, D2]
