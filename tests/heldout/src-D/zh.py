from common import *
DOCS = []
t = ("巴基斯坦卡拉奇大学孔子学院26日遭遇自杀式爆炸袭击，造成3名中国公民和1名巴方司机遇难。巴基斯坦分裂组织“俾路支解放军”宣称对袭击负责。\n"
"外交部发言人汪文斌27日在例行记者会上表示，中方对这一恐怖袭击表示强烈谴责和愤慨，中国人的血不能白流，肇事者必将付出代价。"
"他说，中方要求巴方彻查事件，全力追捕并严惩凶手，并采取切实措施保障在巴中国公民、机构和项目安全。\n"
"据巴警方介绍，一名女子在孔子学院通勤车驶近学院入口时引爆了身上的炸弹。巴基斯坦总理夏巴兹·谢里夫当天前往中国驻巴使馆吊唁，表示巴方将尽快把凶手绳之以法。\n"
"近年来，巴基斯坦境内多次发生针对中国人员和机构的袭击。2018年11月，中国驻卡拉奇总领馆曾遭武装分子袭击。")
DOCS.append(D("heldout-zh-01-karachi-confucius", "zh", "2022-04-27", None, t,
 ents(("巴基斯坦","country","PAK"),("卡拉奇大学孔子学院","place","PAK"),("中国","country","CHN"),("俾路支解放军","organization","PAK.REB"),
      ("外交部","organization","CHN.GOV"),("汪文斌","person","CHN.GOV"),("夏巴兹·谢里夫","person","PAK.GOV"),("中国驻巴使馆","organization","CHN.GOV"),
      ("中国驻卡拉奇总领馆","organization","CHN.GOV")),
 [E("zh01-bombing",True,"ASSAULT","PAK","CHN",["2022-04-26","2022-04-26"],
    "巴基斯坦卡拉奇大学孔子学院26日遭遇自杀式爆炸袭击，造成3名中国公民和1名巴方司机遇难",
    "ASSAULT [suicide-attack]; the perpetrator named in the next sentence is the BLA (PAK.REB; any PAK actor accepted). '26日' = 2022-04-26."),
  E("zh01-condemn",True,"ACCUSE","CHN.GOV","*",["2022-04-27","2022-04-27"],"中方对这一恐怖袭击表示强烈谴责和愤慨",
    "Condemnation of the attackers (BLA) or the attack: target '*'."),
  E("zh01-demand",True,"REQUEST","CHN.GOV","PAK",["2022-04-27","2022-04-27"],"中方要求巴方彻查事件，全力追捕并严惩凶手"),
  E("zh01-threat",False,"THREATEN","CHN.GOV","*",["2022-04-27","2022-04-27"],"中国人的血不能白流，肇事者必将付出代价"),
  E("zh01-pm-condolence",False,"CONSULT","PAK.GOV","CHN",["2022-04-26","2022-04-26"],"巴基斯坦总理夏巴兹·谢里夫当天前往中国驻巴使馆吊唁",
    "A visit to the embassy: CONSULT [visit] with the visitor as actor. Optional (embassy as host). '当天' = the day of the attack, 26 April."),
  E("zh01-pm-promise",False,"AGREE","PAK.GOV","CHN",["2022-04-26","2022-04-26"],"表示巴方将尽快把凶手绳之以法"),
  E("zh01-consulate-2018",False,"ASSAULT","*","CHN",["2018-11-01","2018-11-30"],"2018年11月，中国驻卡拉奇总领馆曾遭武装分子袭击",
    "History, 2018-11-23; dated November 2018 only."),
 ],
 [F("the 2018 consulate attack dated 2022 (unnamed attackers, no source)","ASSAULT",None,date_after="2022-04-27")],
 [("汪文斌","中国人的血不能白流，肇事者必将付出代价")],
 "No dateline: '26日' and '27日' are days of April 2022 (publication 2022-04-27). The BLA's claim of responsibility is not itself an event. The forbidden rule carries no source, so it only hits ASSAULT events dated after the 27th (the bombing is on the 26th)."))

t = ("国家主席习近平16日在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。两国元首签署并发表《中华人民共和国和俄罗斯联邦在两国建交75周年之际关于深化新时代全面战略协作伙伴关系的联合声明》，"
"并共同见证了多项合作文件的签署。\n"
"习近平表示，中方愿同俄方一道，坚持不结盟、不对抗、不针对第三方，推动两国关系持续健康稳定发展。普京说，俄方愿同中方深化各领域务实合作。"
"双方还就乌克兰危机交换了意见，习近平重申，政治解决是正确方向。\n"
"这是普京本月7日宣誓就任新一届总统后的首次出访。按照日程，普京17日将前往哈尔滨，出席第八届中俄博览会开幕式。"
"1949年10月2日，苏联成为第一个承认新中国的国家，两国于当天建立外交关系。")
DOCS.append(D("heldout-zh-02-putin-beijing-2024", "zh", "2024-05-16", None, t,
 ents(("习近平","person","CHN.GOV"),("人民大会堂","place","CHN"),("俄罗斯","country","RUS"),("普京","person","RUS.GOV"),("中华人民共和国","country","CHN"),
      ("俄罗斯联邦","country","RUS"),("乌克兰","country","UKR"),("哈尔滨","place","CHN"),("苏联","country","SUN"),("新中国","country","CHN")),
 [E("zh02-talks",True,"CONSULT","RUS.GOV","CHN.GOV",["2024-05-16","2024-05-16"],"国家主席习近平16日在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈",
    "CONSULT [visit]: the visitor (Putin) is the actor; the reverse order (Xi met Putin) is also accepted, see zh02-talks-sym."),
  S("zh02-talks-sym",False,"CONSULT",["CHN.GOV","RUS.GOV"],["2024-05-16","2024-05-16"]),
  S("zh02-joint-statement",True,["SUPPORT","AGREE"],["CHN","RUS"],["2024-05-16","2024-05-16"],"两国元首签署并发表《中华人民共和国和俄罗斯联邦在两国建交75周年之际关于深化新时代全面战略协作伙伴关系的联合声明》"),
  S("zh02-cooperation-docs",False,["SUPPORT","AGREE","COOPERATE"],["CHN","RUS"],["2024-05-16","2024-05-16"],"共同见证了多项合作文件的签署"),
  E("zh02-xi-pledge",False,"AGREE","CHN.GOV","RUS",["2024-05-16","2024-05-16"],"中方愿同俄方一道，坚持不结盟、不对抗、不针对第三方"),
  E("zh02-putin-pledge",False,"AGREE","RUS.GOV","CHN",["2024-05-16","2024-05-16"],"俄方愿同中方深化各领域务实合作"),
  E("zh02-recognition-1949",False,["SUPPORT","AGREE"],"SUN","CHN",["1949-10-02","1949-10-02"],"1949年10月2日，苏联成为第一个承认新中国的国家",
    "History: diplomatic recognition (SUPPORT), dated 1949-10-02 only."),
 ],
 [F("the planned Harbin trip of the 17th coded as happened","CONSULT","RUS",date="2024-05-17",unless_aux="future"),
  F("the 1949 recognition dated 2024","SUPPORT","SUN",date_after="1950-01-01"),
  F("the 1949 recognition dated 2024 (any Russian source)","SUPPORT","RUS",date="1949-10-02")],
 [],
 "No dateline; '16日' = 2024-05-16 (publication the same day), '本月7日' = 2024-05-07 (inauguration: a domestic act, not coded). Exchanging views on Ukraine is part of the talks (zh02-talks), not a separate event. The third forbidden entry catches the 1949 recognition attributed to Russia instead of the Soviet Union."))
