from lib import *
DOCS = []

t1 = ("Toshkent, 2021-yil 30-iyul — Rossiya Markaziy harbiy okrugi bo‘linmalari O‘zbekiston qurolli kuchlari bilan qo‘shma mashg‘ulotlarda qatnashish uchun juma kuni Afg‘oniston chegarasi yaqinidagi Termiz poligoniga yetib keldi, deb xabar berdi okrug matbuot xizmati. "
      "Harbiy xizmatchilar va qurol-aslaha Samaradan Il-76 harbiy transport samolyotida olib kelindi. "
      "30-iyuldan 10-avgustgacha rejalashtirilgan mashqlarda ikki davlatning 1500 ga yaqin harbiy xizmatchisi va 200 ga yaqin texnika, jumladan aviatsiya ishtirok etadi. "
      "Avgust boshida esa Tojikistonning Xarb-Maydon poligonida Rossiya, O‘zbekiston va Tojikiston ishtirokida uch tomonlama mashqlar o‘tkazilishi kutilmoqda. "
      "Mashqlar Tolibon harakati Afg‘oniston shimolidagi ko‘plab tumanlarni egallab, qo‘shni davlatlar chegaralariga yaqinlashib kelayotgan bir paytda bo‘lib o‘tmoqda. "
      "Iyul oyi boshida mingdan ortiq afg‘on askari tolibonlar hujumidan qochib, Tojikiston hududiga o‘tgan edi. "
      "Moskva Markaziy Osiyodagi ittifoqchilariga, zarurat tug‘ilsa, harbiy yordam berishga tayyorligini bildirib kelmoqda.")
DOCS.append(D("dev2-uz-01-termez-drills", "uz", "2021-07-30", "2021-07-30", t1,
 [N("Toshkent","place","UZB"), N("O‘zbekiston","country","UZB"), N("Rossiya","country","RUS"), N("Afg‘oniston","country","AFG"),
  N("Termiz","place","UZB"), N("Samaradan","place","RUS"), N("Rossiya Markaziy harbiy okrugi","organization","RUS.MIL"), N("Tojikiston","country","TJK"), N("Xarb-Maydon","place","TJK"), N("Tolibon","organization","AFG.REB"), N("Moskva","place","RUS")],
 [E("uz01-deploy", True, ["MOBILIZE","COOPERATE"], "RUS.MIL", "UZB", "2021-07-30", date="2021-07-30",
    ev="Rossiya Markaziy harbiy okrugi bo‘linmalari O‘zbekiston qurolli kuchlari bilan qo‘shma mashg‘ulotlarda qatnashish uchun juma kuni Afg‘oniston chegarasi yaqinidagi Termiz poligoniga yetib keldi",
    notes="Troops moved to an ally's territory for a joint exercise: MOBILIZE [troops] or COOPERATE [military]. Friday 2021-07-30 = the dateline."),
  E("uz01-airlift", False, ["MOBILIZE","COOPERATE"], "RUS.MIL", "UZB", "2021-07-30", ev="Harbiy xizmatchilar va qurol-aslaha Samaradan Il-76 harbiy transport samolyotida olib kelindi",
    notes="Agentless passive; the same deployment."),
  E("uz01-drill", False, ["COOPERATE","MOBILIZE"], actors=["UZB","RUS"], win="2021-07-30", ev="30-iyuldan 10-avgustgacha rejalashtirilgan mashqlarda ikki davlatning 1500 ga yaqin harbiy xizmatchisi",
    notes="The exercise itself, scheduled from 30 July (its start day is the only acceptable date; the rest is future)."),
  E("uz01-taliban-advance", False, ["ASSAULT","COERCE"], "AFG.REB", "AFG", ["2021-05-01","2021-07-30"], ev="Tolibon harakati Afg‘oniston shimolidagi ko‘plab tumanlarni egallab",
    notes="Ongoing seizure of districts (spring-summer 2021); AFG.REB in July 2021."),
  E("uz01-soldiers-flee", False, "RETREAT", "AFG", "*", ["2021-07-01","2021-07-10"], ev="Iyul oyi boshida mingdan ortiq afg‘on askari tolibonlar hujumidan qochib, Tojikiston hududiga o‘tgan edi",
    notes="History: 5 July 2021, over 1,000 Afghan soldiers crossed into Tajikistan."),
  E("uz01-russia-offer", False, "AGREE", "RUS", "*", ["2021-07-01","2021-07-30"], ev="Moskva Markaziy Osiyodagi ittifoqchilariga, zarurat tug‘ilsa, harbiy yordam berishga tayyorligini bildirib kelmoqda",
    notes="Offer of conditional military help (AGREE, offer to cooperate); the help itself is hypothetical.")],
 [F("the planned trilateral exercise in Tajikistan coded as held (Tajik side)", "COOPERATE", "TJK", unless="future"),
  F("the planned trilateral exercise coded as held (MOBILIZE)", "MOBILIZE", "TJK", unless="future"),
  F("the early-July flight of Afghan soldiers dated 30 July", "RETREAT", "AFG", date="2021-07-30"),
  F("the exercise's later phases coded as held (dated after the report)", "COOPERATE", "UZB", after="2021-07-31", unless="future"),
  F("Russia's offered military help coded as aid given", "AID", "RUS", unless="hypothetical")],
 notes="Dateline Friday 2021-07-30. Afghanistan is the border mentioned, not a participant. The exercise runs to 10 August (future beyond the dateline); the trilateral exercise at Harb-Maidon (5-10 Aug) is future. Samara is where the airlift started."))

t2 = ("Rossiya tabiiy gazini Qozog‘iston hududi orqali O‘zbekistonga yetkazib berish shanba kuni rasman boshlandi. "
      "Moskva yaqinidagi Novo-Ogaryovo qarorgohida bo‘lib o‘tgan marosimda Prezident Shavkat Mirziyoyev, Rossiya Prezidenti Vladimir Putin va Qozog‘iston Prezidenti Qasim-Jomart To‘qayev ishtirok etdi. "
      "Gaz «Markaziy Osiyo – Markaz» quvuri orqali teskari yo‘nalishda uzatiladi. "
      "Tegishli shartnoma iyun oyida Sankt-Peterburg xalqaro iqtisodiy forumida «Gazprom» rahbari Aleksey Miller va O‘zbekiston energetika vaziri Jo‘rabek Mirzamahmudov tomonidan imzolangan edi. "
      "Mirziyoyev loyiha uch davlat o‘rtasidagi ko‘p qirrali munosabatlarni yanada mustahkamlashini aytdi. "
      "Putinning so‘zlariga ko‘ra, Qozog‘iston ham bu orqali o‘zining shimoliy va sharqiy hududlarini gazlashtirish masalasini hal qila oladi. "
      "O‘tgan yilning noyabrida Putin Qozog‘iston va O‘zbekistonga uch tomonlama «gaz ittifoqi» tuzishni taklif qilgan, biroq rasmiy Toshkent gaz bo‘yicha hamkorlik siyosiy shartlarsiz bo‘lishi kerakligini ta’kidlagan edi. "
      "Joriy yil yanvarida qattiq sovuqlar mamlakatda jiddiy gaz tanqisligiga olib kelgan edi.")
DOCS.append(D("dev2-uz-02-russian-gas", "uz", "2023-10-07", None, t2,
 [N("Rossiya","country","RUS"), N("Qozog‘iston","country","KAZ"), N("O‘zbekistonga","country","UZB"), N("Shavkat Mirziyoyev","person","UZB.GOV"),
  N("Vladimir Putin","person","RUS.GOV"), N("Qasim-Jomart To‘qayev","person","KAZ.GOV"), N("Sankt-Peterburg","place","RUS"),
  N("Gazprom","organization","RUS.BUS"), N("Aleksey Miller","person","RUS.BUS"), N("Jo‘rabek Mirzamahmudov","person","UZB.GOV"),
  N("Moskva","place","RUS"), N("Novo-Ogaryovo","place","RUS"), N("Toshkent","place","UZB")],
 [E("uz02-supplies", True, "COOPERATE", actors=["RUS","UZB"], win="2023-10-07", date="2023-10-07",
    ev="Rossiya tabiiy gazini Qozog‘iston hududi orqali O‘zbekistonga yetkazib berish shanba kuni rasman boshlandi",
    notes="Nominalisation ('yetkazib berish ... boshlandi'); economic cooperation. Published Saturday 2023-10-07."),
  E("uz02-transit-kaz", False, "COOPERATE", actors=["KAZ","UZB"], win="2023-10-07", ev="Qozog‘iston hududi orqali", notes="Kazakhstan as transit country."),
  E("uz02-transit-kaz-rus", False, "COOPERATE", actors=["KAZ","RUS"], win="2023-10-07", ev="Qozog‘iston hududi orqali"),
  E("uz02-visit-uzb", True, "CONSULT", actors=["UZB.GOV","RUS"], win="2023-10-07", ev="Moskva yaqinidagi Novo-Ogaryovo qarorgohida bo‘lib o‘tgan marosimda Prezident Shavkat Mirziyoyev",
    notes="Mirziyoyev on a visit to Russia (the visitor is the source; symmetric accepted)."),
  E("uz02-visit-kaz", False, "CONSULT", actors=["KAZ.GOV","RUS"], win="2023-10-07", ev="Qozog‘iston Prezidenti Qasim-Jomart To‘qayev ishtirok etdi"),
  E("uz02-meet-uzb-kaz", False, "CONSULT", actors=["UZB.GOV","KAZ.GOV"], win="2023-10-07", ev="marosimda Prezident Shavkat Mirziyoyev, Rossiya Prezidenti Vladimir Putin va Qozog‘iston Prezidenti Qasim-Jomart To‘qayev ishtirok etdi"),
  E("uz02-mirziyoyev-praise", False, "SUPPORT", "UZB.GOV", "*", "2023-10-07", ev="Mirziyoyev loyiha uch davlat o‘rtasidagi ko‘p qirrali munosabatlarni yanada mustahkamlashini aytdi"),
  E("uz02-contract", False, ["SUPPORT","AGREE","COOPERATE"], actors=["RUS","UZB"], win=["2023-06-01","2023-06-30"],
    ev="Tegishli shartnoma iyun oyida Sankt-Peterburg xalqaro iqtisodiy forumida «Gazprom» rahbari Aleksey Miller va O‘zbekiston energetika vaziri Jo‘rabek Mirzamahmudov tomonidan imzolangan edi",
    notes="History: signed in June 2023 at SPIEF (passive with agent 'tomonidan'). Gazprom: RUS.BUS; the Uzbek energy ministry: UZB.GOV."),
  E("uz02-gas-union", False, ["AGREE","REQUEST"], "RUS.GOV", "UZB", ["2022-11-01","2022-11-30"], ev="O‘tgan yilning noyabrida Putin Qozog‘iston va O‘zbekistonga uch tomonlama «gaz ittifoqi» tuzishni taklif qilgan",
    notes="History: proposal of November 2022 (offer = AGREE, or REQUEST)."),
  E("uz02-gas-union-kaz", False, ["AGREE","REQUEST"], "RUS.GOV", "KAZ", ["2022-11-01","2022-11-30"], ev="Putin Qozog‘iston va O‘zbekistonga uch tomonlama «gaz ittifoqi» tuzishni taklif qilgan"),
  E("uz02-tashkent-cautious", False, "REJECT", "UZB", "RUS", ["2022-11-01","2023-10-07"], ev="rasmiy Toshkent gaz bo‘yicha hamkorlik siyosiy shartlarsiz bo‘lishi kerakligini ta’kidlagan edi",
    notes="The energy minister's answer of 7-8 December 2022 (undated in the text); REJECT, with a window up to publication.")],
 [F("the June contract dated October (SUPPORT)", "SUPPORT", "RUS", after="2023-07-01"),
  F("the June contract dated October (AGREE)", "AGREE", "RUS", after="2023-07-01"),
  F("Kazakhstan's future gasification coded as done", "AID", "RUS", unless="future")],
 notes="No dateline: published Saturday 2023-10-07. The ceremony was held in person at Novo-Ogaryovo near Moscow. Tashkent's guarded response is listed only as an optional REJECT; the January 2023 shortage is a natural cause, not an event. Kazakhstan's gasification is future."))
