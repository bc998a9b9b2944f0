from h import *
DOCS = []
t1 = ("新华社北京12月13日电 外交部发言人汪文斌13日在例行记者会上说，阿富汗首都喀布尔一家中国公民常住的酒店12日遭恐怖袭击，"
"造成5名中国公民受伤，另有几名阿富汗军警遇难。他说，中国驻阿富汗使馆已向阿富汗临时政府提出严肃交涉，要求阿方全力救治伤员，彻查事件，"
"将暴恐分子绳之以法，并采取进一步措施保护在阿中国公民安全。\n\n"
"鉴于当前安全形势，外交部再次提醒在阿中国公民和机构尽快撤离。\n\n"
"12日下午，数名武装分子闯入位于喀布尔市中心的这家酒店并开枪射击。阿富汗塔利班发言人穆贾希德说，三名袭击者已被击毙。"
"极端组织“伊斯兰国”呼罗珊分支随后宣称制造了这起袭击。\n\n"
"本月2日，巴基斯坦驻喀布尔使馆也曾遭到枪击，该馆临时代办险些遇害。")
DOCS.append(doc("heldoutE-zh-01-kabul-hotel-attack", "zh", "2022-12-13", "2022-12-13", t1,
 [E("外交部","organization","CHN.GOV"), E("汪文斌","person","CHN.GOV"), E("阿富汗","country","AFG"), E("喀布尔","place","AFG"),
  E("阿富汗临时政府","organization","AFG.GOV"), E("中国驻阿富汗使馆","organization","CHN.GOV"), E("阿富汗塔利班","organization","AFG.GOV"),
  E("穆贾希德","person","AFG.GOV"), E("“伊斯兰国”呼罗珊分支","organization","IMG"), E("巴基斯坦驻喀布尔使馆","organization","PAK.GOV")],
 [ev("zh01-attack", True, "ASSAULT", "*", "CHN", ("2022-12-12","2022-12-12"),
     "喀布尔一家中国公民常住的酒店12日遭恐怖袭击，造成5名中国公民受伤", "Attack on a hotel used by Chinese nationals (CHN civilians); attackers IMG (ISIS-K, claimed) or unnamed. 5 Chinese injured."),
  ev("zh01-attack-afg", False, "ASSAULT", "*", "AFG", ("2022-12-12","2022-12-12"),
     "12日下午，数名武装分子闯入位于喀布尔市中心的这家酒店并开枪射击", "The same attack with the hotel/Afghanistan as target."),
  ev("zh01-representations", False, "ACCUSE", "CHN.GOV", "AFG.GOV", ("2022-12-12","2022-12-13"),
     "中国驻阿富汗使馆已向阿富汗临时政府提出严肃交涉", "'Serious representations' (严肃交涉): ACCUSE [disapprove]; optional."),
  ev("zh01-demand", True, "REQUEST", "CHN.GOV", "AFG.GOV", ("2022-12-12","2022-12-13"),
     "要求阿方全力救治伤员，彻查事件，将暴恐分子绳之以法，并采取进一步措施保护在阿中国公民安全", "Demands through the embassy, reported by the spokesman; undated (12–13 December)."),
  ev("zh01-evacuate", False, ["RETREAT","SANCTION"], "CHN.GOV", "AFG", ("2022-12-13","2022-12-13"),
     "外交部再次提醒在阿中国公民和机构尽快撤离", "Advice to leave the country; RETREAT [withdraw] or SANCTION [withdraw] accepted, coding nothing also fine."),
  ev("zh01-attackers-killed", False, "ASSAULT", "AFG.GOV", "IMG", ("2022-12-12","2022-12-12"),
     "三名袭击者已被击毙", "Agentless passive in reported speech (Taliban forces); optional."),
  ev("zh01-pak-embassy", False, "ASSAULT", "*", "PAK", ("2022-12-02","2022-12-02"),
     "本月2日，巴基斯坦驻喀布尔使馆也曾遭到枪击", "History: 2 December 2022."),
 ],
 [F("the 12 December attack dated on the publication day", "ASSAULT", date="2022-12-13")],
 [], "Xinhua-style dateline (北京12月13日电). '本月2日' = 2022-12-02. ISIS-K's claim of responsibility is not itself an event."))

t2 = ("巴勒斯坦14个派别23日在北京签署《关于结束分裂加强巴勒斯坦民族团结的北京宣言》。外交部长王毅出席闭幕式并表示，和解是巴勒斯坦各派的内部事务，"
"但同时离不开国际社会的支持。\n\n"
"根据宣言，各方同意围绕加沙战后治理组建临时民族和解政府。此次和解对话于21日在北京开幕，法塔赫和哈马斯等派别均派代表出席。\n\n"
"以色列外长卡茨随后在社交媒体上发文，批评巴勒斯坦民族权力机构主席阿巴斯领导的法塔赫“拥抱”哈马斯。\n\n"
"今年4月底，法塔赫与哈马斯已在北京举行过一轮会谈。自2007年哈马斯夺取加沙地带控制权以来，两派一直处于分裂状态。")
DOCS.append(doc("heldoutE-zh-02-beijing-declaration", "zh", "2024-07-24", None, t2,
 [E("巴勒斯坦","country","PSE"), E("北京","place","CHN"), E("王毅","person","CHN.GOV"), E("加沙","place","PSE"), E("法塔赫","organization","PSE.PTY"),
  E("哈马斯","organization","PSE.REB"), E("以色列","country","ISR"), E("卡茨","person","ISR.GOV"), E("巴勒斯坦民族权力机构","organization","PSE.GOV"),
  E("阿巴斯","person","PSE.GOV")],
 [sym("zh02-declaration", True, ["SUPPORT","AGREE"], "PSE", "*", ("2024-07-23","2024-07-23"),
     "巴勒斯坦14个派别23日在北京签署《关于结束分裂加强巴勒斯坦民族团结的北京宣言》",
     "Signing: SUPPORT/AGREE between Palestinian factions (Fatah PSE.PTY, Hamas PSE.REB), or with China as host, or with no recipient."),
  sym("zh02-wangyi", True, "CONSULT", "CHN.GOV", "PSE", ("2024-07-23","2024-07-23"), "外交部长王毅出席闭幕式",
     "China's mediation: CONSULT [third-party/multilateral]."),
  ev("zh02-wangyi-support", False, "SUPPORT", "CHN.GOV", "PSE", ("2024-07-23","2024-07-23"), "和解是巴勒斯坦各派的内部事务，但同时离不开国际社会的支持"),
  sym("zh02-unity-gov", False, "AGREE", "PSE", "*", ("2024-07-23","2024-07-23"), "各方同意围绕加沙战后治理组建临时民族和解政府", "A second AGREE reading of the declaration's content."),
  sym("zh02-talks", False, "CONSULT", "PSE", "*", ("2024-07-21","2024-07-23"), "此次和解对话于21日在北京开幕，法塔赫和哈马斯等派别均派代表出席"),
  ev("zh02-katz", True, "ACCUSE", "ISR.GOV", "PSE", ("2024-07-23","2024-07-24"),
     "以色列外长卡茨随后在社交媒体上发文，批评巴勒斯坦民族权力机构主席阿巴斯领导的法塔赫“拥抱”哈马斯"),
  sym("zh02-april-talks", False, "CONSULT", "PSE", "*", ("2024-04-20","2024-04-30"), "今年4月底，法塔赫与哈马斯已在北京举行过一轮会谈", "History: late April 2024."),
  ev("zh02-gaza-2007", False, ["COERCE","ASSAULT"], "PSE", "PSE", ("2007-01-01","2007-12-31"), "2007年哈马斯夺取加沙地带控制权", "History, nominalised: Hamas's 2007 takeover of Gaza."),
 ],
 [F("Hamas's 2007 takeover dated 2024 (COERCE)", "COERCE", "PSE", date_after="2024-01-01"),
  F("Hamas's 2007 takeover dated 2024 (ASSAULT)", "ASSAULT", "PSE", date_after="2024-01-01"),
  F("the future unity government coded as formed (agreement taken as done cooperation)", "COOPERATE", "PSE", unless="future")],
 [Q("卡茨", "拥抱")], "No dateline; published 2024-07-24, '23日' = 2024-07-23, '21日' = 2024-07-21."))
