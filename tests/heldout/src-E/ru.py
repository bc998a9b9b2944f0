from h import *
DOCS = []
t1 = ("МОСКВА, 1 июля 2025 — МИД России во вторник вызвал посла Азербайджана Рахмана Мустафаева в связи с задержанием в Баку сотрудников агентства "
"«Sputnik Азербайджан». Заместитель министра иностранных дел Михаил Галузин выразил дипломату протест в связи с недружественными действиями Баку "
"и незаконным задержанием российских граждан, а также вручил ноту с требованием немедленно освободить журналистов.\n\n"
"Руководитель агентства Игорь Картавых и главный редактор Евгений Белоусов, граждане России, были задержаны в понедельник в ходе полицейского рейда "
"на офис агентства. В тот же день азербайджанская полиция задержала ещё несколько россиян, которых подозревают в наркоторговле и киберпреступлениях.\n\n"
"Поводом для обострения стали события в Екатеринбурге, где 27 июня силовики провели задержания выходцев из Азербайджана по делу о давних убийствах. "
"Двое задержанных, братья Сафаровы, погибли. Баку потребовал расследовать их гибель и отменил все культурные мероприятия, организуемые российскими ведомствами.\n\n"
"Отношения между странами ухудшились ещё в декабре, когда президент Азербайджана Ильхам Алиев обвинил Россию в гибели пассажирского самолёта AZAL, "
"разбившегося в Казахстане.")
DOCS.append(doc("heldoutE-ru-01-russia-azerbaijan-detentions", "ru", "2025-07-01", "2025-07-01", t1,
 [E("МИД России","organization","RUS.GOV"), E("Азербайджана","country","AZE"), E("Рахмана Мустафаева","person","AZE.GOV"), E("Баку","place","AZE"),
  E("Sputnik Азербайджан","organization","RUS.JRN"), E("Михаил Галузин","person","RUS.GOV"), E("Игорь Картавых","person","RUS.JRN"),
  E("Евгений Белоусов","person","RUS.JRN"), E("Екатеринбурге","place","RUS"), E("Ильхам Алиев","person","AZE.GOV"), E("Россию","country","RUS"),
  E("AZAL","organization","AZE.BUS"), E("Казахстане","place","KAZ")],
 [ev("ru01-summon", True, ["ACCUSE","CONSULT"], "RUS.GOV", "AZE", ("2025-07-01","2025-07-01"),
     "МИД России во вторник вызвал посла Азербайджана Рахмана Мустафаева", "Summons of the ambassador, Tuesday = publication day."),
  ev("ru01-protest-note", False, "ACCUSE", "RUS.GOV", "AZE", ("2025-07-01","2025-07-01"),
     "Михаил Галузин выразил дипломату протест в связи с недружественными действиями Баку", "Second reading of the summons; 'дипломату' refers back to the ambassador."),
  ev("ru01-demand-release", True, "REQUEST", "RUS.GOV", "AZE", ("2025-07-01","2025-07-01"),
     "вручил ноту с требованием немедленно освободить журналистов", "Subject (Galuzin) carried over from the coordinated predicate."),
  ev("ru01-sputnik-arrests", True, "COERCE", "AZE", "RUS", ("2025-06-30","2025-06-30"),
     "Игорь Картавых и главный редактор Евгений Белоусов, граждане России, были задержаны в понедельник в ходе полицейского рейда",
     "Passive, agent only in the nominalisation 'полицейского рейда'; Monday = 2025-06-30. Target RUS.JRN (Russian citizens)."),
  ev("ru01-other-arrests", False, "COERCE", "AZE", "RUS", ("2025-06-30","2025-06-30"),
     "В тот же день азербайджанская полиция задержала ещё несколько россиян", "'В тот же день' = Monday 30 June. Optional only because it shares type, actors and date with ru01-sputnik-arrests (one extracted event per key is enough)."),
  ev("ru01-yekaterinburg", True, "COERCE", "RUS", "AZE", ("2025-06-27","2025-06-27"),
     "в Екатеринбурге, где 27 июня силовики провели задержания выходцев из Азербайджана", "COERCE [arrest] by Russian security forces (RUS.COP) of Azerbaijani-born people (AZE civilians; RUS also plausible for the target, not required)."),
  ev("ru01-deaths", False, "ASSAULT", "RUS", "AZE", ("2025-06-27","2025-06-27"),
     "Двое задержанных, братья Сафаровы, погибли", "Deaths in custody, no agent stated; ASSAULT optional."),
  ev("ru01-baku-demand", True, "REQUEST", "AZE", "RUS", ("2025-06-27","2025-06-30"), "Баку потребовал расследовать их гибель"),
  ev("ru01-cancel", True, "SANCTION", "AZE", "RUS", ("2025-06-28","2025-06-30"),
     "и отменил все культурные мероприятия, организуемые российскими ведомствами", "SANCTION [discontinue]; subject left out after 'и'. Undated: between 28 and 30 June."),
  ev("ru01-aliyev-accuse", False, "ACCUSE", "AZE.GOV", "RUS", ("2024-12-25","2024-12-31"),
     "когда президент Азербайджана Ильхам Алиев обвинил Россию в гибели пассажирского самолёта AZAL", "History: December 2024."),
 ],
 [F("Aliyev's December accusation dated summer 2025", "ACCUSE", "AZE", date_after="2025-06-01"),
  F("Monday's detentions dated on the publication day", "COERCE", "AZE", date="2025-07-01"),
  F("the 27 June Yekaterinburg detentions dated on the publication day", "COERCE", "RUS", date="2025-07-01")],
 [], "The AZAL crash itself is not asserted by the text as a Russian attack (only Aliyev's accusation); an ASSAULT RUS→AZE dated December would match nothing listed."))

t2 = ("Россия в четверг заблокировала в Совете Безопасности ООН проект резолюции о продлении на год мандата группы экспертов, следящей за соблюдением "
"санкций против КНДР. За документ проголосовали 13 членов Совбеза, Китай воздержался, а российская делегация воспользовалась правом вето. "
"Таким образом, работа группы завершится 30 апреля.\n\n"
"Постоянный представитель России при ООН Василий Небензя заявил, что западные страны стремятся задушить КНДР, а санкционный режим утратил связь "
"с реальностью. По его словам, Москва предлагала ограничить срок действия санкций, однако это предложение было отвергнуто.\n\n"
"Представители США обвинили Россию в стремлении скрыть закупки северокорейского оружия в нарушение санкций. Посол Южной Кореи Хван Джун Гук сравнил "
"вето с уничтожением камеры видеонаблюдения, чтобы не быть пойманным с поличным.\n\n"
"В сентябре прошлого года лидер КНДР Ким Чен Ын посетил Россию и провёл переговоры с Владимиром Путиным на космодроме Восточный.")
DOCS.append(doc("heldoutE-ru-02-dprk-panel-veto", "ru", "2024-03-29", None, t2,
 [E("Россия","country","RUS"), E("Совете Безопасности ООН","organization","UNO"), E("КНДР","country","PRK"), E("Китай","country","CHN"),
  E("Василий Небензя","person","RUS.GOV"), E("Москва","place","RUS"), E("США","country","USA"), E("Южной Кореи","country","KOR"),
  E("Хван Джун Гук","person","KOR.GOV"), E("Ким Чен Ын","person","PRK.GOV"), E("Владимиром Путиным","person","RUS.GOV"), E("Восточный","place","RUS")],
 [ev("ru02-veto", True, "REJECT", "RUS", "*", ("2024-03-28","2024-03-28"),
     "Россия в четверг заблокировала в Совете Безопасности ООН проект резолюции", "Veto: REJECT; recipient the Council/the draft's sponsors (UNO, USA) or none. Thursday = 2024-03-28."),
  ev("ru02-nebenzia", True, "ACCUSE", "RUS.GOV", "*", ("2024-03-28","2024-03-28"),
     "Василий Небензя заявил, что западные страны стремятся задушить КНДР", "Accusation of 'Western countries' (USA or none)."),
  ev("ru02-proposal", False, "REQUEST", "RUS", "UNO", ("2024-03-01","2024-03-28"), "Москва предлагала ограничить срок действия санкций"),
  ev("ru02-proposal-rejected", False, "REJECT", "*", "RUS", ("2024-03-01","2024-03-28"), "это предложение было отвергнуто", "Agentless passive; optional."),
  ev("ru02-us-accuse", True, "ACCUSE", "USA", "RUS", ("2024-03-28","2024-03-28"),
     "Представители США обвинили Россию в стремлении скрыть закупки северокорейского оружия"),
  ev("ru02-kor-accuse", True, "ACCUSE", "KOR", "RUS", ("2024-03-28","2024-03-28"),
     "Посол Южной Кореи Хван Джун Гук сравнил вето с уничтожением камеры видеонаблюдения"),
  ev("ru02-kim-visit", False, "CONSULT", "PRK.GOV", "RUS", ("2023-09-01","2023-09-30"),
     "В сентябре прошлого года лидер КНДР Ким Чен Ын посетил Россию", "History: September 2023."),
  sym("ru02-kim-putin", False, "CONSULT", "PRK.GOV", "RUS.GOV", ("2023-09-01","2023-09-30"), "провёл переговоры с Владимиром Путиным на космодроме Восточный"),
 ],
 [F("Kim's 2023 visit dated 2024", "CONSULT", "PRK", date_after="2024-01-01"),
  F("Thursday's veto dated on the publication day (Friday)", "REJECT", "RUS", date="2024-03-29"),
  F("the alleged arms purchases coded as Russian–North Korean cooperation", "COOPERATE", "RUS")],
 [], "No dateline; published Friday 2024-03-29. China's abstention and the 13 votes in favour are not coded (a SUPPORT reading for the 13 is not listed). The arms purchases are only an American allegation."))
