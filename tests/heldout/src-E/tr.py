from h import *
DOCS = []
C10 = [("ABD","USA"),("Almanya","DEU"),("Fransa","FRA"),("Hollanda","NLD"),("Kanada","CAN"),("Danimarka","DNK"),("İsveç","SWE"),("Finlandiya","FIN"),("Norveç","NOR"),("Yeni Zelanda","NZL")]
t1 = ("ANKARA, 24 Ekim 2021 — Cumhurbaşkanı Recep Tayyip Erdoğan, iş insanı Osman Kavala'nın serbest bırakılması çağrısında bulunan 10 ülkenin büyükelçilerinin "
"\"istenmeyen kişi\" ilan edilmesi için Dışişleri Bakanlığına talimat verdiğini açıkladı. Erdoğan cumartesi günü Eskişehir'de yaptığı konuşmada, "
"\"Dışişleri bakanımıza gerekli talimatı verdim. Bu 10 büyükelçinin istenmeyen adam ilan edilmesini hemen halledeceksiniz dedim\" ifadelerini kullandı.\n\n"
"ABD, Almanya, Fransa, Hollanda, Kanada, Danimarka, İsveç, Finlandiya, Norveç ve Yeni Zelanda büyükelçilikleri 18 Ekim'de yayımladıkları ortak açıklamada, "
"2017'den bu yana tutuklu bulunan Kavala'nın davasının adil ve hızlı bir şekilde sonuçlandırılmasını ve serbest bırakılmasını istemişti. "
"Büyükelçiler ertesi gün Dışişleri Bakanlığına çağrılmıştı.\n\n"
"Almanya Dışişleri Bakanlığı, diğer dokuz ülkeyle yoğun istişare içinde olduklarını bildirdi. Kararın büyükelçilere henüz resmen tebliğ edilmediği öğrenildi.")
evs = [
  ev("tr01-order", True, "THREATEN", "TUR.GOV", "*", ("2021-10-23","2021-10-23"),
     "Erdoğan ... 10 ülkenin büyükelçilerinin \"istenmeyen kişi\" ilan edilmesi için Dışişleri Bakanlığına talimat verdiğini açıkladı",
     "THREATEN [expel]: an order announced on Saturday 23 October, not yet carried out ('henüz resmen tebliğ edilmediği'). Target: the ten countries (any of them, or none)."),
  ev("tr01-erdogan-accuse", False, "ACCUSE", "TUR.GOV", "*", ("2021-10-23","2021-10-23"), "Erdoğan cumartesi günü Eskişehir'de yaptığı konuşmada", "The speech as criticism of the ten; optional."),
  ev("tr01-joint-usa", True, "REQUEST", "USA", "TUR", ("2021-10-18","2021-10-18"),
     "ABD, Almanya, Fransa, Hollanda, Kanada, Danimarka, İsveç, Finlandiya, Norveç ve Yeni Zelanda büyükelçilikleri 18 Ekim'de yayımladıkları ortak açıklamada ... serbest bırakılmasını istemişti",
     "Ten coordinated subjects; the first-named (USA) is the core entry, the nine others optional entries (tr01-joint-*)."),
]
for name, code in C10[1:]:
    evs.append(ev("tr01-joint-"+code.lower(), False, "REQUEST", code, "TUR", ("2021-10-18","2021-10-18")))
evs.append(ev("tr01-summon", True, ["ACCUSE","CONSULT"], "TUR", "*", ("2021-10-19","2021-10-19"),
     "Büyükelçiler ertesi gün Dışişleri Bakanlığına çağrılmıştı", "Agentless passive summons; 'ertesi gün' = the day after 18 October = 2021-10-19. Target any of the ten (or none)."))
evs.append(sym("tr01-germany-consult", False, "CONSULT", "DEU", "*", ("2021-10-23","2021-10-24"), "diğer dokuz ülkeyle yoğun istişare içinde olduklarını bildirdi"))
evs.append(ev("tr01-kavala-detention", False, "COERCE", "TUR", "TUR", ("2017-10-18","2017-11-01"), "2017'den bu yana tutuklu bulunan Kavala'nın", "History: Kavala detained in October and remanded on 1 November 2017."))
DOCS.append(doc("heldoutE-tr-01-ten-ambassadors", "tr", "2021-10-24", "2021-10-24", t1,
 [E("Recep Tayyip Erdoğan","person","TUR.GOV"), E("Osman Kavala","person","TUR.CVL"), E("Dışişleri Bakanlığına","organization","TUR.GOV"),
  E("Eskişehir","place","TUR"), E("Almanya Dışişleri Bakanlığı","organization","DEU.GOV")] + [E(n,"country",c) for n,c in C10],
 evs,
 [F("the ordered (not yet carried out) expulsion coded as done", "SANCTION", "TUR", unless="future"),
  F("the 19 October summons dated on publication day", "CONSULT", "TUR", date="2021-10-24"),
  F("the 18 October joint call dated October 24", "REQUEST", "USA", date_after="2021-10-20")],
 [Q("Recep Tayyip Erdoğan", "Dışişleri bakanımıza gerekli talimatı verdim.")],
 "'İstenmeyen kişi' (persona non grata) was ordered, not executed at publication time (the decision was dropped on 25 October): THREATEN, and SANCTION [expel] is forbidden unless marked future."))

t2 = ("Irak'ın kuzeyindeki Duhok iline bağlı Zaho ilçesinde bir turistik tesise dün düzenlenen topçu saldırısında, aralarında çocukların da bulunduğu 9 turist "
"hayatını kaybetti, 20'yi aşkın kişi yaralandı. Irak hükümeti saldırıdan Türkiye'yi sorumlu tuttu. Başbakan Mustafa Kazımi saldırının Irak egemenliğinin "
"açık bir ihlali olduğunu söyledi; Bağdat, Türkiye'nin büyükelçisini Dışişleri Bakanlığına çağırdı, Ankara'daki maslahatgüzarını istişare için geri çağırdı "
"ve BM Güvenlik Konseyine şikâyette bulunma kararı aldı.\n\n"
"Türkiye Dışişleri Bakanlığı ise yaptığı açıklamada iddiaları reddederek saldırının terör örgütü PKK tarafından gerçekleştirildiğini belirtti ve Irak makamlarını "
"terör örgütünün propagandasının etkisinde açıklama yapmamaya çağırdı. Bakanlık, gerçeklerin ortaya çıkarılması için her türlü işbirliğine hazır olduğunu da bildirdi.\n\n"
"Bağdat'ta dün akşam yüzlerce kişi Türk vize merkezinin önünde protesto gösterisi düzenledi. Türkiye, nisan ayında bölgede PKK'ya yönelik Pençe-Kilit operasyonunu başlatmıştı.")
DOCS.append(doc("heldoutE-tr-02-zakho-shelling", "tr", "2022-07-21", None, t2,
 [E("Irak","country","IRQ"), E("Duhok","place","IRQ"), E("Zaho","place","IRQ"), E("Irak hükümeti","organization","IRQ.GOV"), E("Türkiye","country","TUR"),
  E("Mustafa Kazımi","person","IRQ.GOV"), E("Bağdat","place","IRQ"), E("Ankara","place","TUR"), E("BM Güvenlik Konseyine","organization","UNO"),
  E("Türkiye Dışişleri Bakanlığı","organization","TUR.GOV"), E("PKK","organization","TUR.REB")],
 [ev("tr02-shelling", True, "ASSAULT", "*", "IRQ", ("2022-07-20","2022-07-20"),
     "Zaho ilçesinde bir turistik tesise dün düzenlenen topçu saldırısında, aralarında çocukların da bulunduğu 9 turist hayatını kaybetti",
     "Attacker disputed (Iraq blames Turkey, Turkey blames the PKK): any source or none. 'dün' = 2022-07-20."),
  ev("tr02-blame", True, "ACCUSE", "IRQ.GOV", "TUR", ("2022-07-20","2022-07-21"), "Irak hükümeti saldırıdan Türkiye'yi sorumlu tuttu"),
  ev("tr02-kadhimi", False, "ACCUSE", "IRQ.GOV", "TUR", ("2022-07-20","2022-07-21"),
     "Başbakan Mustafa Kazımi saldırının Irak egemenliğinin açık bir ihlali olduğunu söyledi", "A second ACCUSE by the prime minister; optional."),
  ev("tr02-summon", True, ["ACCUSE","CONSULT"], "IRQ", "TUR", ("2022-07-20","2022-07-21"), "Bağdat, Türkiye'nin büyükelçisini Dışişleri Bakanlığına çağırdı"),
  ev("tr02-recall", True, "SANCTION", "IRQ", "TUR", ("2022-07-20","2022-07-21"),
     "Ankara'daki maslahatgüzarını istişare için geri çağırdı", "SANCTION [withdraw] (recall of the chargé); subject 'Bağdat' left out in the coordinated predicate."),
  ev("tr02-unsc", False, "ACCUSE", "IRQ", "TUR", ("2022-07-20","2022-07-21"),
     "BM Güvenlik Konseyine şikâyette bulunma kararı aldı", "A decision to complain (the complaint itself followed); optional ACCUSE."),
  ev("tr02-turkey-reject", True, ["REJECT","ACCUSE"], "TUR.GOV", "IRQ", ("2022-07-20","2022-07-21"),
     "Türkiye Dışişleri Bakanlığı ise yaptığı açıklamada iddiaları reddederek"),
  ev("tr02-turkey-pkk", False, "ACCUSE", "TUR.GOV", "*", ("2022-07-20","2022-07-21"),
     "saldırının terör örgütü PKK tarafından gerçekleştirildiğini belirtti", "Accusation of the PKK (TUR.REB or IMG)."),
  ev("tr02-turkey-request", False, "REQUEST", "TUR.GOV", "IRQ", ("2022-07-20","2022-07-21"),
     "Irak makamlarını terör örgütünün propagandasının etkisinde açıklama yapmamaya çağırdı"),
  ev("tr02-turkey-offer", False, "AGREE", "TUR.GOV", "IRQ", ("2022-07-20","2022-07-21"),
     "gerçeklerin ortaya çıkarılması için her türlü işbirliğine hazır olduğunu da bildirdi", "Offer to cooperate in the investigation: AGREE."),
  ev("tr02-protest", True, "PROTEST", "IRQ", "TUR", ("2022-07-20","2022-07-20"),
     "Bağdat'ta dün akşam yüzlerce kişi Türk vize merkezinin önünde protesto gösterisi düzenledi"),
  ev("tr02-claw-lock", False, "ASSAULT", "TUR", "*", ("2022-04-01","2022-04-30"),
     "Türkiye, nisan ayında bölgede PKK'ya yönelik Pençe-Kilit operasyonunu başlatmıştı", "History: Operation Claw-Lock, April 2022 (target PKK, TUR.REB, in Iraq)."),
 ],
 [F("the shelling dated on the publication day", "ASSAULT", date="2022-07-21"),
  F("last night's protest dated on the publication day", "PROTEST", "IRQ", date="2022-07-21")],
 [], "No dateline; published Thursday 2022-07-21, the attack and protests 'dün' (Wednesday 2022-07-20). Claw-Lock dated July would be an error, but a forbidden rule (ASSAULT, TUR, after July) would also catch an extractor that follows Iraq's blame for the shelling, which the annotation accepts (source '*'); not listed."))
