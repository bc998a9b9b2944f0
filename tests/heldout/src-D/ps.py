from common import *
DOCS = []
t = ("کابل، د ۱۴۰۰ لمریز کال د وږي ۵مه — پرون د کابل د حامد کرزي نړیوال هوايي ډګر ته نږدې په یوه ځانمرګي برید کې لسګونه افغانان او ۱۳ امریکايي سرتېري ووژل شول. "
"د داعش خراسان ډلې د برید مسؤلیت ومانه.\n"
"د امریکا ولسمشر جو بایډن په یوه وینا کې برید کوونکو ته خبرداری ورکړ او ویې ویل: «موږ به یې نه بښو او نه به یې هېر کړو. موږ به تاسو پسې ګرځو او تاوان به درنه اخلو.»\n"
"د طالبانو ویاند ذبیح الله مجاهد برید وغانده او ویې ویل چې چاودنه په هغه سیمه کې شوې چې د امریکايي ځواکونو تر کنټرول لاندې ده.\n"
"د برید پر مهال په زرګونو خلک د هېواد څخه د وتلو په هیله د هوايي ډګر دروازو ته راټول شوي وو. طالبانو د زمري په ۲۴مه کابل ونیو او له هغې ورځې راهیسې بهرني هېوادونه خپل اتباع او همکاران له افغانستانه باسي.")
DOCS.append(D("heldout-ps-01-kabul-airport-bombing", "ps", "2021-08-27", "2021-08-27", t,
 ents(("کابل","place","AFG"),("حامد کرزي نړیوال هوايي ډګر","place","AFG"),("داعش خراسان","organization","IMG"),("امریکا","country","USA"),
      ("جو بایډن","person","USA.GOV"),("طالبانو","organization","AFG"),("ذبیح الله مجاهد","person","AFG"),("افغانستان","country","AFG")),
 [E("ps01-bombing",True,"ASSAULT","IMG","*",["2021-08-26","2021-08-26"],
    "پرون د کابل د حامد کرزي نړیوال هوايي ډګر ته نږدې په یوه ځانمرګي برید کې لسګونه افغانان او ۱۳ امریکايي سرتېري ووژل شول",
    "ASSAULT [suicide-attack] by ISIS-K (IMG, named in the next sentence); victims US troops (USA.MIL) and Afghan civilians: target '*'. 'پرون' = 2021-08-26 against the Solar Hijri dateline ۵ وږی ۱۴۰۰ = 2021-08-27."),
  E("ps01-biden-threat",True,"THREATEN","USA.GOV","IMG",["2021-08-26","2021-08-27"],"موږ به تاسو پسې ګرځو او تاوان به درنه اخلو",
    "Biden spoke on the evening of 26 August in Washington (early 27th in Kabul). Target IMG or '*'."),
  E("ps01-taliban-condemn",True,"ACCUSE","AFG","*",["2021-08-26","2021-08-27"],"ذبیح الله مجاهد برید وغانده",
    "Taliban after 2021-08-15: AFG.GOV (sector not required). Target: the attackers (IMG) or '*'."),
  E("ps01-taliban-blames-us",False,"ACCUSE","AFG","USA",["2021-08-26","2021-08-27"],"چاودنه په هغه سیمه کې شوې چې د امریکايي ځواکونو تر کنټرول لاندې ده"),
  E("ps01-kabul-fall",False,["COERCE","ASSAULT"],"AFG","AFG",["2021-08-15","2021-08-15"],"طالبانو د زمري په ۲۴مه کابل ونیو",
    "History: ۲۴ زمری (Asad) ۱۴۰۰ = 2021-08-15 (COERCE [seize]); the Taliban were AFG.REB on that day."),
  E("ps01-evacuations",False,["RETREAT","AID"],"*","AFG",["2021-08-15","2021-08-27"],"بهرني هېوادونه خپل اتباع او همکاران له افغانستانه باسي",
    "Evacuation of foreign nationals; optional."),
 ],
 [F("the fall of Kabul dated on the day of the bombing or later (COERCE)","COERCE","AFG",date_after="2021-08-20"),
  F("the fall of Kabul dated on the day of the bombing or later (ASSAULT)","ASSAULT","AFG",date_after="2021-08-20")],
 [("جو بایډن","موږ به یې نه بښو او نه به یې هېر کړو")],
 "Solar Hijri dateline (وږی = Sunbula/Shahrivar). ISIS-K's claim of responsibility is not itself an event."))

t = ("د امریکا ولسمشر جو بایډن اعلان کړی چې د القاعدې مشر ایمن الظواهري د کابل په یوه کور کې د امریکا د بې پیلوټه الوتکې په برید کې وژل شوی دی. "
"بایډن د دوشنبې په ماښام په واشنګټن کې وویل چې برید د یکشنبې په ورځ ترسره شوی او د الظواهري د کورنۍ هېڅ غړی په کې نه دی ټپي شوی. هغه وویل: «عدالت ترسره شو.»\n"
"د طالبانو د حکومت ویاند ذبیح الله مجاهد نن سهار په یوه بیان کې ومنله چې د کابل د شېرپور سیمې په یوه استوګنځي کور هوايي برید شوی، "
"خو دا یې د نړیوالو اصولو او د دوحې تړون څرګنده سرغړونه وبلله او په کلکه یې وغانده.\n"
"د امریکا د بهرنیو چارو وزیر انتوني بلینکن وویل چې طالبانو د الظواهري په کوربه توب سره د دوحې تړون سرغړونه کړې ده. "
"الظواهري په ۲۰۱۱ کال کې د اسامه بن لادن له وژل کېدو وروسته د القاعدې مشري په غاړه واخیسته.")
DOCS.append(D("heldout-ps-02-zawahiri-strike", "ps", "2022-08-02", None, t,
 ents(("امریکا","country","USA"),("جو بایډن","person","USA.GOV"),("القاعدې","organization","IMG"),("ایمن الظواهري","person","IMG"),("کابل","place","AFG"),
      ("واشنګټن","place","USA"),("طالبانو","organization","AFG.GOV"),("ذبیح الله مجاهد","person","AFG.GOV"),("شېرپور","place","AFG"),("دوحې","place","QAT"),
      ("انتوني بلینکن","person","USA.GOV"),("اسامه بن لادن","person","IMG")),
 [E("ps02-drone-strike",True,"ASSAULT","USA","IMG",["2022-07-31","2022-07-31"],
    "ایمن الظواهري د کابل په یوه کور کې د امریکا د بې پیلوټه الوتکې په برید کې وژل شوی دی",
    "ASSAULT [drone]; 'د یکشنبې په ورځ' = 2022-07-31 (publication Tuesday 2022-08-02). Source USA (USA.MIL/SPY)."),
  E("ps02-taliban-condemn",True,"ACCUSE","AFG.GOV","USA",["2022-08-01","2022-08-02"],
    "دا یې د نړیوالو اصولو او د دوحې تړون څرګنده سرغړونه وبلله او په کلکه یې وغانده","'نن سهار' = 2022-08-02 (Kabul)."),
  E("ps02-blinken",True,"ACCUSE","USA.GOV","AFG.GOV",["2022-08-01","2022-08-02"],
    "طالبانو د الظواهري په کوربه توب سره د دوحې تړون سرغړونه کړې ده"),
  E("ps02-binladen",False,"ASSAULT","USA","IMG",["2011-05-01","2011-05-02"],"د اسامه بن لادن له وژل کېدو وروسته",
    "History: bin Laden was killed by US forces on 2011-05-02 (the text does not name the killer; optional)."),
 ],
 [F("the Sunday strike dated on Biden's announcement (Monday)","ASSAULT","USA",date="2022-08-01"),
  F("the Sunday strike dated on the publication day","ASSAULT","USA",date="2022-08-02")],
 [("جو بایډن","عدالت ترسره شو.")],
 "No dateline. Biden's announcement itself is not coded (a report of one's own action); Mujahid's acknowledgement is part of his statement."))
