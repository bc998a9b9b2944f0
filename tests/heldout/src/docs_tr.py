from common import *

T1 = ("ANKARA, 24 Kasım 2021 — Abu Dabi Veliaht Prensi Şeyh Muhammed bin Zayed Al Nahyan, bugün Ankara'ya gelerek Cumhurbaşkanı "
"Recep Tayyip Erdoğan tarafından Cumhurbaşkanlığı Külliyesi'nde resmi törenle karşılandı. İki lider, baş başa ve heyetlerarası "
"görüşmelerin ardından ticaret, enerji, çevre ve finans gibi alanlarda 10 işbirliği anlaşmasının imza törenine katıldı. "
"Birleşik Arap Emirlikleri (BAE), Türkiye'deki yatırımlar için 10 milyar dolarlık bir fon ayırdığını açıkladı. "
"Ziyaret, Libya'dan Doğu Akdeniz'e kadar pek çok dosyada karşı saflarda yer alan iki ülke arasında yıllardır süren gerginliğin "
"ardından yumuşama sürecinin en somut adımı olarak değerlendiriliyor. Muhammed bin Zayed, Türkiye'yi en son 2012 yılında ziyaret etmişti. "
"Erdoğan, ağustos ayında da BAE Ulusal Güvenlik Danışmanı Şeyh Tahnun bin Zayed'i Ankara'da kabul etmişti.")

D1 = doc("heldout-tr-01-mbz-ankara", "tr", "2021-11-24", "2021-11-24", T1,
 [E("Muhammed bin Zayed Al Nahyan","person","ARE.GOV"), E("Abu Dabi","place","ARE"), E("Ankara","place","TUR"),
  E("Recep Tayyip Erdoğan","person","TUR.GOV"), E("Cumhurbaşkanlığı Külliyesi","place","TUR"),
  E("Birleşik Arap Emirlikleri","country","ARE"), E("BAE","country","ARE"), E("Türkiye","country","TUR"),
  E("Libya","country","LBY"), E("Tahnun bin Zayed","person","ARE.GOV")],
 [ev("tr01-visit", True, "CONSULT", "ARE.GOV", "TUR", ["2021-11-24","2021-11-24"],
     "Muhammed bin Zayed Al Nahyan, bugün Ankara'ya gelerek ... resmi törenle karşılandı"),
  sym("tr01-agreements", True, ["SUPPORT","AGREE","COOPERATE"], "ARE", "TUR", ["2021-11-24","2021-11-24"],
     "10 işbirliği anlaşmasının imza törenine katıldı"),
  ev("tr01-fund", True, ["COOPERATE","AGREE","AID"], "ARE", "TUR", ["2021-11-24","2021-11-24"],
     "Türkiye'deki yatırımlar için 10 milyar dolarlık bir fon ayırdığını açıkladı",
     "An investment pledge: COOPERATE [economic], AGREE (promise) or AID accepted."),
  sym("tr01-talks", False, "CONSULT", "ARE", "TUR", ["2021-11-24","2021-11-24"], "baş başa ve heyetlerarası görüşmelerin"),
  ev("tr01-visit-2012", False, "CONSULT", "ARE.GOV", "TUR", ["2012-01-01","2012-12-31"],
     "Muhammed bin Zayed, Türkiye'yi en son 2012 yılında ziyaret etmişti", "History: acceptable only if dated 2012."),
  ev("tr01-tahnoun", False, "CONSULT", "ARE.GOV", "TUR", ["2021-08-01","2021-08-31"],
     "Erdoğan, ağustos ayında da BAE Ulusal Güvenlik Danışmanı Şeyh Tahnun bin Zayed'i Ankara'da kabul etmişti",
     "History (18 August 2021): acceptable only if dated August 2021."),
 ],
 [],
 [],
 "The years of tension (Libya, Eastern Mediterranean) are too vague to code. The 2012 visit and Tahnoun's August visit share type and actors with today's visit, so they are optional with their own windows rather than forbidden.")

T2 = ("İstanbul'un Beyoğlu ilçesindeki İstiklal Caddesi'nde pazar günü meydana gelen bombalı saldırıda 6 kişi hayatını kaybetti, 81 kişi yaralandı. "
"İçişleri Bakanı Süleyman Soylu, bombayı bıraktığı belirlenen Suriye uyruklu Ahlam Albashir isimli kadının gece saatlerinde "
"bir evde yakalandığını açıkladı. Soylu, saldırı talimatının Suriye'nin kuzeyindeki Kobani'den verildiğini belirterek terör örgütü "
"PKK/YPG'yi sorumlu tuttu. Bakan, ABD Büyükelçiliği'nin yayımladığı taziye mesajı için ise \"Kabul etmiyoruz, reddediyoruz\" dedi. "
"Emniyet yetkilileri, soruşturma kapsamında şüpheli kadın dahil 46 kişinin gözaltına alındığını bildirdi. "
"PKK ve Suriyeli Kürt güçleri ise saldırıyla hiçbir bağlarının olmadığını öne sürdü. "
"Cumhurbaşkanı Recep Tayyip Erdoğan, pazar günü Endonezya'daki G20 zirvesine hareket etmeden önce yaptığı açıklamada "
"saldırıyı \"alçakça\" diye nitelendirmişti.")

D2 = doc("heldout-tr-02-istiklal-bombing", "tr", "2022-11-14", None, T2,
 [E("İstanbul","place","TUR"), E("Beyoğlu","place","TUR"), E("İstiklal Caddesi","place","TUR"),
  E("Süleyman Soylu","person","TUR.GOV"), E("Suriye","country","SYR"), E("Ahlam Albashir","person","SYR"),
  E("Kobani","place","SYR"), E("PKK","organization","TUR.REB"), E("YPG","organization","SYR.REB"),
  E("ABD Büyükelçiliği","organization","USA.GOV"), E("Emniyet","organization","TUR.COP"),
  E("Recep Tayyip Erdoğan","person","TUR.GOV"), E("Endonezya","country","IDN"), E("G20","organization","IGO")],
 [ev("tr02-bombing", True, "ASSAULT", "*", "TUR", ["2022-11-13","2022-11-13"],
     "İstiklal Caddesi'nde pazar günü meydana gelen bombalı saldırıda 6 kişi hayatını kaybetti",
     "ASSAULT [explosives]; 'pazar günü' = 2022-11-13. Perpetrator per Turkey: a Syrian woman acting for the PKK/YPG; any source accepted."),
  ev("tr02-arrest", True, "COERCE", "TUR", "*", ["2022-11-13","2022-11-14"],
     "Ahlam Albashir isimli kadının gece saatlerinde bir evde yakalandığını; 46 kişinin gözaltına alındığını",
     "COERCE [arrest]: the suspect's arrest in the night of 13/14 November and the 46 detentions, one event."),
  ev("tr02-soylu-blames", True, "ACCUSE", "TUR.GOV", "*", ["2022-11-14","2022-11-14"],
     "Soylu, saldırı talimatının ... Kobani'den verildiğini belirterek terör örgütü PKK/YPG'yi sorumlu tuttu",
     "Target PKK (TUR.REB) or YPG (SYR.REB); any target accepted."),
  ev("tr02-rejects-condolences", True, ["REJECT","ACCUSE"], "TUR.GOV", "USA", ["2022-11-14","2022-11-14"],
     "ABD Büyükelçiliği'nin yayımladığı taziye mesajı için ise \"Kabul etmiyoruz, reddediyoruz\" dedi"),
  ev("tr02-us-condolences", False, "SUPPORT", "USA", "TUR", ["2022-11-13","2022-11-14"],
     "ABD Büyükelçiliği'nin yayımladığı taziye mesajı"),
  ev("tr02-denial", False, ["REJECT","ACCUSE"], "*", "TUR", ["2022-11-13","2022-11-14"],
     "PKK ve Suriyeli Kürt güçleri ise saldırıyla hiçbir bağlarının olmadığını öne sürdü"),
  ev("tr02-erdogan-condemns", False, "ACCUSE", "TUR.GOV", "*", ["2022-11-13","2022-11-13"],
     "saldırıyı \"alçakça\" diye nitelendirmişti"),
  ev("tr02-g20", False, "CONSULT", "TUR.GOV", "*", ["2022-11-13","2022-11-16"],
     "Endonezya'daki G20 zirvesine hareket etmeden önce",
     "Departure for the Bali summit (15-16 November); a coder may code the trip, or nothing."),
 ],
 [F("Sunday's bombing dated Monday", "ASSAULT", date="2022-11-14")],
 [Q("Süleyman Soylu", "Kabul etmiyoruz, reddediyoruz"), Q("Recep Tayyip Erdoğan", "alçakça")],
 "Published Monday 2022-11-14. The arrest was made overnight and announced on Monday morning.")

DOCS = [D1, D2]
