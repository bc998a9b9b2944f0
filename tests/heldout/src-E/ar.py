from h import *
DOCS = []
t1 = ("احتجزت القوات البحرية في الحرس الثوري الإيراني، أمس الاثنين، ناقلة كيميائيات ترفع علم كوريا الجنوبية في مياه الخليج، "
"واقتادتها إلى ميناء بندر عباس بدعوى انتهاكها قوانين حماية البيئة البحرية. وكانت الناقلة «هانكوك كيمي» قد أبحرت من ميناء الجبيل السعودي "
"متجهة إلى الفجيرة في الإمارات، وعلى متنها عشرون بحاراً من كوريا الجنوبية وإندونيسيا وفيتنام وميانمار.\n\n"
"وطالبت وزارة الخارجية الكورية الجنوبية بالإفراج السريع عن السفينة وطاقمها واستدعت السفير الإيراني، فيما أرسلت سيول وحدة «تشونغهاي» البحرية لمكافحة القرصنة "
"إلى مضيق هرمز، وقالت إنها ستوفد وفداً دبلوماسياً إلى طهران لبحث القضية.\n\n"
"في المقابل، نفى المتحدث باسم الحكومة الإيرانية علي ربيعي اليوم الثلاثاء أن تكون طهران قد احتجزت رهائن، وقال إن الحكومة الكورية "
"هي التي تحتجز نحو سبعة مليارات دولار من الأموال الإيرانية المجمدة في مصارفها منذ أن أعادت واشنطن فرض العقوبات على إيران عام 2018.")
DOCS.append(doc("heldoutE-ar-01-hankuk-chemi", "ar", "2021-01-05", None, t1,
 [E("الحرس الثوري الإيراني","organization","IRN.MIL"), E("كوريا الجنوبية","country","KOR"), E("بندر عباس","place","IRN"),
  E("الجبيل","place","SAU"), E("الفجيرة","place","ARE"), E("الإمارات","country","ARE"), E("إندونيسيا","country","IDN"),
  E("فيتنام","country","VNM"), E("ميانمار","country","MMR"), E("وزارة الخارجية الكورية الجنوبية","organization","KOR.GOV"),
  E("سيول","place","KOR"), E("طهران","place","IRN"), E("علي ربيعي","person","IRN.GOV"), E("واشنطن","place","USA"), E("إيران","country","IRN")],
 [ev("ar01-seize", True, "COERCE", "IRN", "KOR", ("2021-01-04","2021-01-04"),
     "احتجزت القوات البحرية في الحرس الثوري الإيراني، أمس الاثنين، ناقلة كيميائيات ترفع علم كوريا الجنوبية",
     "COERCE [seize]. The IRGC navy is IRN.MIL; any Iranian actor accepted. 'أمس الاثنين' against a 5 January publication = 4 January."),
  ev("ar01-demand", True, "REQUEST", "KOR", "IRN", ("2021-01-04","2021-01-05"),
     "وطالبت وزارة الخارجية الكورية الجنوبية بالإفراج السريع عن السفينة وطاقمها"),
  ev("ar01-summon", True, ["ACCUSE","CONSULT"], "KOR", "IRN", ("2021-01-04","2021-01-05"),
     "واستدعت السفير الإيراني", "Subject (the ministry) carried over after 'و'; summons in protest."),
  ev("ar01-cheonghae", True, "MOBILIZE", "KOR", "*", ("2021-01-04","2021-01-05"),
     "أرسلت سيول وحدة «تشونغهاي» البحرية لمكافحة القرصنة إلى مضيق هرمز", "MOBILIZE [troops]; the unit was sent toward the strait, no recipient named (IRN also acceptable as target)."),
  ev("ar01-delegation-plan", False, "AGREE", "KOR", "IRN", ("2021-01-04","2021-01-05"),
     "وقالت إنها ستوفد وفداً دبلوماسياً إلى طهران لبحث القضية", "An announced future visit: AGREE (offer to meet) is acceptable; the visit itself is future."),
  ev("ar01-rabiei", True, ["ACCUSE","REJECT"], "IRN.GOV", "KOR", ("2021-01-05","2021-01-05"),
     "نفى المتحدث باسم الحكومة الإيرانية علي ربيعي اليوم الثلاثاء أن تكون طهران قد احتجزت رهائن، وقال إن الحكومة الكورية هي التي تحتجز",
     "Denial of hostage-taking plus counter-accusation: ACCUSE (core reading) or REJECT."),
  ev("ar01-frozen-funds", False, ["COERCE","SANCTION"], "KOR", "IRN", ("2018-05-08","2021-01-05"),
     "الحكومة الكورية هي التي تحتجز نحو سبعة مليارات دولار من الأموال الإيرانية المجمدة", "Iran's accusation, reported as Iran's claim; optional, ongoing since 2018."),
  ev("ar01-us-sanctions-2018", False, "SANCTION", "USA", "IRN", ("2018-05-08","2018-12-31"),
     "أعادت واشنطن فرض العقوبات على إيران عام 2018", "History, dated in 2018 (year precision)."),
 ],
 [F("the 2018 US sanctions dated 2021", "SANCTION", "USA", date_after="2020-01-01"),
  F("the Monday seizure dated on the publication day (Tuesday)", "COERCE", "IRN", date="2021-01-05"),
  F("the planned delegation coded as a visit that took place", "CONSULT", "KOR", date_after="2021-01-04", unless="future"),
  F("the denied hostage-taking coded as an Iranian abduction", "ASSAULT", "IRN", date_after="2021-01-04")],
 [], "No dateline; the seizure is 'yesterday Monday' (2021-01-04) and Rabiei's statement 'today Tuesday' (2021-01-05)."))

t2 = ("الكويت، 21 يوليو 2017 - قررت الكويت خفض عدد الدبلوماسيين العاملين في السفارة الإيرانية لديها، وإغلاق المكاتب الفنية التابعة لها، "
"وذلك على خلفية إدانة أعضاء في ما يُعرف بـ«خلية العبدلي» بالتخابر مع إيران و«حزب الله» اللبناني. وأفادت وزارة الخارجية الكويتية، أمس الخميس، "
"بأنها أبلغت السفير الإيراني علي رضا عنايتي بالقرار، الذي يقضي بتقليص عدد أعضاء البعثة وإغلاق المكتب الثقافي والملحقية العسكرية والمكتب التجاري "
"ووقف أنشطة اللجان المشتركة بين البلدين.\n\n"
"في المقابل، استدعت وزارة الخارجية الإيرانية، في اليوم نفسه، القائم بأعمال السفارة الكويتية في طهران احتجاجاً على الخطوة، ونفت أي صلة لها بالخلية، "
"ووصفت الاتهامات بأنها لا أساس لها.\n\n"
"وكانت السلطات الكويتية قد ضبطت في أغسطس 2015 كميات كبيرة من الأسلحة والمتفجرات في مزرعة بمنطقة العبدلي قرب الحدود مع العراق، "
"واعتقلت عدداً من المتهمين. وأيّدت محكمة التمييز الشهر الماضي أحكاماً بسجنهم، غير أن عدداً منهم فرّوا قبل تنفيذها.")
DOCS.append(doc("heldoutE-ar-02-kuwait-iran-diplomats", "ar", "2017-07-21", "2017-07-21", t2,
 [E("الكويت","country","KWT"), E("إيران","country","IRN"), E("حزب الله","organization","LBN.REB"), E("وزارة الخارجية الكويتية","organization","KWT.GOV"),
  E("علي رضا عنايتي","person","IRN.GOV"), E("وزارة الخارجية الإيرانية","organization","IRN.GOV"), E("طهران","place","IRN"),
  E("العبدلي","place","KWT"), E("العراق","country","IRQ"), E("محكمة التمييز","organization","KWT.JUD")],
 [ev("ar02-expel", True, "SANCTION", "KWT", "IRN", ("2017-07-20","2017-07-21"),
     "قررت الكويت خفض عدد الدبلوماسيين العاملين في السفارة الإيرانية لديها، وإغلاق المكاتب الفنية التابعة لها",
     "SANCTION [expel] (reduction of the mission from 19 to 4, closure of offices); decided/announced Thursday 20 July."),
  ev("ar02-suspend-committees", False, "SANCTION", "KWT", "IRN", ("2017-07-20","2017-07-21"),
     "ووقف أنشطة اللجان المشتركة بين البلدين", "SANCTION [discontinue]; same decision, a second event is optional."),
  ev("ar02-inform-ambassador", False, "CONSULT", "KWT.GOV", "IRN.GOV", ("2017-07-20","2017-07-20"),
     "أبلغت السفير الإيراني علي رضا عنايتي بالقرار", "Informing the ambassador (a summons in effect); optional."),
  ev("ar02-accuse-cell", False, "ACCUSE", "KWT", "IRN", ("2017-07-20","2017-07-21"),
     "على خلفية إدانة أعضاء في ما يُعرف بـ«خلية العبدلي» بالتخابر مع إيران", "The decision's stated reason; optional ACCUSE."),
  ev("ar02-summon", True, ["CONSULT","ACCUSE"], "IRN.GOV", "KWT", ("2017-07-20","2017-07-20"),
     "استدعت وزارة الخارجية الإيرانية، في اليوم نفسه، القائم بأعمال السفارة الكويتية في طهران احتجاجاً على الخطوة",
     "Summoning an envoy in protest: ACCUSE [disapprove] in PLOVER; CONSULT also accepted. 'في اليوم نفسه' = Thursday 20 July."),
  ev("ar02-deny", True, ["REJECT","ACCUSE"], "IRN.GOV", "KWT", ("2017-07-20","2017-07-21"),
     "ونفت أي صلة لها بالخلية، ووصفت الاتهامات بأنها لا أساس لها"),
  ev("ar02-seizure-2015", False, "COERCE", "KWT", "*", ("2015-08-01","2015-08-31"),
     "ضبطت في أغسطس 2015 كميات كبيرة من الأسلحة والمتفجرات", "History: COERCE [seize] against the cell; target unnamed (the cell, or KWT)."),
  ev("ar02-arrests-2015", False, "COERCE", "KWT", "*", ("2015-08-01","2015-08-31"),
     "واعتقلت عدداً من المتهمين", "History, COERCE [arrest]; the subject is carried over from the previous clause."),
  ev("ar02-verdict", False, "SANCTION", "KWT.JUD", "*", ("2017-06-01","2017-06-30"),
     "وأيّدت محكمة التمييز الشهر الماضي أحكاماً بسجنهم", "SANCTION [convict]; 'last month' = June 2017."),
 ],
 [F("the August 2015 arms seizure dated 2017", "COERCE", "KWT", date_after="2017-01-01"),
  F("the June verdict dated on publication day", "SANCTION", "KWT.JUD", date_after="2017-07-01"),
  F("Iran's Thursday summons dated Friday", "CONSULT", "IRN", date="2017-07-21")],
 [], "Iran's summons of Kuwait's chargé d'affaires is 'the same day' (Thursday 20 July); dating it on the publication day (21st) is a relative-date error. The convicted men's escape is an act of no state actor and is not coded."))
