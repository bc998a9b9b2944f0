from common import *
DOCS = []
t = ("ANKARA, 23 Ekim 2018 — Cumhurbaşkanı Recep Tayyip Erdoğan, Suudi gazeteci Cemal Kaşıkçı'nın İstanbul'daki Suudi Arabistan Başkonsolosluğunda öldürülmesinin "
"önceden planlanmış vahşi bir cinayet olduğunu söyledi. AK Parti TBMM Grup Toplantısı'nda konuşan Erdoğan, olayla bağlantılı olarak Suudi Arabistan'da gözaltına alınan "
"18 kişinin İstanbul'da yargılanmasını istedi ve cesedin nerede olduğunu sordu. Erdoğan, olayı birkaç güvenlik ve istihbarat görevlisine yüklemenin ne Türkiye'yi ne de uluslararası kamuoyunu tatmin edeceğini söyledi.\n"
"Erdoğan, 15 kişilik bir ekibin, Kaşıkçı'nın 2 Ekim'de konsolosluğa girmesinden önce İstanbul'a geldiğini ve konsolosluktaki güvenlik kameralarının sabit diskinin söküldüğünü anlattı.\n"
"Suudi Arabistan cumartesi günü yaptığı açıklamada, gazetecinin konsoloslukta çıkan bir kavgada hayatını kaybettiğini ilk kez kabul etmişti. "
"Riyad yönetimi aynı açıklamada olayla ilgili 18 Suudi vatandaşının gözaltına alındığını duyurmuştu.")
DOCS.append(D("heldout-tr-01-erdogan-khashoggi", "tr", "2018-10-23", "2018-10-23", t,
 ents(("Recep Tayyip Erdoğan","person","TUR.GOV"),("Cemal Kaşıkçı","person","SAU.JRN"),("İstanbul","place","TUR"),("Suudi Arabistan Başkonsolosluğu","organization","SAU.GOV"),
      ("AK Parti","organization","TUR.PTY"),("Suudi Arabistan","country","SAU"),("Riyad","place","SAU"),("Türkiye","country","TUR")),
 [E("tr01-accuse",True,"ACCUSE","TUR.GOV","SAU",["2018-10-23","2018-10-23"],
    "öldürülmesinin önceden planlanmış vahşi bir cinayet olduğunu söyledi"),
  E("tr01-demand-trial",True,"REQUEST","TUR.GOV","SAU",["2018-10-23","2018-10-23"],
    "18 kişinin İstanbul'da yargılanmasını istedi","Also asking where the body is (same REQUEST)."),
  E("tr01-not-satisfied",False,["ACCUSE","REJECT"],"TUR.GOV","SAU",["2018-10-23","2018-10-23"],
    "olayı birkaç güvenlik ve istihbarat görevlisine yüklemenin ne Türkiye'yi ne de uluslararası kamuoyunu tatmin edeceğini söyledi",
    "Rejection of the Saudi account; same speech as tr01-accuse."),
  E("tr01-killing",False,"ASSAULT","SAU","SAU",["2018-10-02","2018-10-02"],"Kaşıkçı'nın 2 Ekim'de konsolosluğa girmesinden",
    "The killing (ASSAULT [targeted]) happened on 2018-10-02 inside the consulate; acceptable only with that date. Target: Khashoggi (SAU.JRN)."),
  E("tr01-saudi-admits",False,["CONCEDE","SUPPORT"],"SAU","*",["2018-10-19","2018-10-20"],
    "gazetecinin konsoloslukta çıkan bir kavgada hayatını kaybettiğini ilk kez kabul etmişti",
    "Admission of the death, 'cumartesi' = 2018-10-20 (announced in the early hours, Riyadh time). An admission is a verbal concession; optional."),
  E("tr01-saudi-arrests",False,"COERCE","SAU","SAU",["2018-10-19","2018-10-20"],"olayla ilgili 18 Suudi vatandaşının gözaltına alındığını duyurmuştu",
    "COERCE [arrest], announced 2018-10-20."),
 ],
 [F("the 2 October killing dated on the day of the speech","ASSAULT","SAU",date_after="2018-10-15"),
  F("the Saudi arrests of last weekend dated on the day of the speech","COERCE","SAU",date="2018-10-23")],
 [],
 "The 15-man team's arrival and the removal of the hard disk are allegations inside Erdoğan's accusation, not separate events."))

t = ("Türk Silahlı Kuvvetleri, Suriye'nin kuzeyindeki Afrin bölgesinde PYD/YPG ve DEAŞ mensuplarına yönelik \"Zeytin Dalı Harekâtı\"nı başlattı. "
"Genelkurmay Başkanlığı'nın cumartesi akşamı yaptığı açıklamada, harekâtın saat 17.00 itibarıyla hava harekâtıyla başladığı bildirildi.\n"
"Başbakan Binali Yıldırım, bu sabah kara harekâtının da başladığını açıkladı; Türk birliklerinin sınırı geçerek Afrin'e doğru ilerlediği bildirildi. "
"Rusya Savunma Bakanlığı, bölgedeki askeri personelini güvenlik gerekçesiyle başka bir bölgeye çektiğini duyurdu. "
"Şam yönetimi ise harekâtı \"Türk saldırganlığı\" olarak nitelendirerek kınadı. Cumhurbaşkanı Recep Tayyip Erdoğan, cumartesi günü Kütahya'da yaptığı konuşmada Afrin'den sonra sıranın Münbiç'e geleceğini söylemişti.\n"
"Ankara, YPG'yi terör örgütü PKK'nın Suriye uzantısı olarak görüyor. Türkiye, Ağustos 2016'da başlattığı Fırat Kalkanı Harekâtı'nda da sınır hattındaki DEAŞ mevzilerini hedef almıştı.")
DOCS.append(D("heldout-tr-02-olive-branch", "tr", "2018-01-21", None, t,
 ents(("Türk Silahlı Kuvvetleri","organization","TUR.MIL"),("Suriye","country","SYR"),("Afrin","place","SYR"),("PYD/YPG","organization","SYR.REB"),
      ("DEAŞ","organization","IMG"),("Genelkurmay Başkanlığı","organization","TUR.MIL"),("Binali Yıldırım","person","TUR.GOV"),
      ("Rusya Savunma Bakanlığı","organization","RUS.MIL"),("Şam","place","SYR"),("Ankara","place","TUR"),("PKK","organization","TUR.REB"),("Recep Tayyip Erdoğan","person","TUR.GOV"),("Kütahya","place","TUR"),("Münbiç","place","SYR"),("Türkiye","country","TUR")),
 [E("tr02-air-operation",True,"ASSAULT","TUR.MIL","SYR",["2018-01-20","2018-01-20"],
    "harekâtın saat 17.00 itibarıyla hava harekâtıyla başladığı bildirildi",
    "ASSAULT [aerial] against the YPG in Afrin, 'cumartesi' = 2018-01-20. Target SYR (SYR.REB); IMG (ISIS) also named as target, see tr02-isis-target. The lead sentence ('başlattı') reports the same event."),
  E("tr02-isis-target",False,"ASSAULT","TUR.MIL","IMG",["2018-01-20","2018-01-21"],"PYD/YPG ve DEAŞ mensuplarına yönelik"),
  E("tr02-ground",False,["ASSAULT","MOBILIZE"],"TUR.MIL","SYR",["2018-01-21","2018-01-21"],
    "Türk birliklerinin sınırı geçerek Afrin'e doğru ilerlediği bildirildi","Ground incursion of Sunday 2018-01-21 ('bu sabah')."),
  E("tr02-russia-withdraws",True,"RETREAT","RUS.MIL","SYR",["2018-01-20","2018-01-21"],
    "Rusya Savunma Bakanlığı, bölgedeki askeri personelini güvenlik gerekçesiyle başka bir bölgeye çektiğini duyurdu",
    "RETREAT [withdraw] from the Afrin area; the Russian announcement came on 2018-01-20. Target SYR or '*' both defensible; SYR given."),
  E("tr02-syria-condemns",True,"ACCUSE","SYR.GOV","TUR",["2018-01-20","2018-01-21"],"harekâtı \"Türk saldırganlığı\" olarak nitelendirerek kınadı"),
  E("tr02-manbij-threat",False,"THREATEN","TUR.GOV","SYR",["2018-01-20","2018-01-20"],
    "Afrin'den sonra sıranın Münbiç'e geleceğini söylemişti","Threat of a further operation (Manbij), Saturday 2018-01-20."),
  E("tr02-euphrates-shield",False,"ASSAULT","TUR","IMG",["2016-08-01","2016-08-31"],"Türkiye, Ağustos 2016'da başlattığı Fırat Kalkanı Harekâtı'nda da sınır hattındaki DEAŞ mevzilerini hedef almıştı",
    "History: launched 2016-08-24; acceptable only dated August 2016."),
 ],
 [],
 [("Şam","Türk saldırganlığı")],
 "No dateline (publication 2018-01-21): 'cumartesi' = 20 January, 'bu sabah' = 21 January. 'Ankara sees the YPG as the Syrian branch of the PKK' is a standing position, not an event. The Manbij threat gets no forbidden rule (an operation there coded as done would be ASSAULT by TUR on 20-21 January, indistinguishable from Afrin by type, source and date). No forbidden rule for Euphrates Shield: the present operation is ASSAULT by TUR too; an Euphrates Shield event dated 2018 with target IMG would match tr02-isis-target, which is the scorer's limit, not an endorsement."))
