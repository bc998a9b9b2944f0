from lib import *
DOCS = []

t1 = ("WASHINGTON, Aug. 30, 2021 — The United States completed its withdrawal from Afghanistan on Monday, ending nearly 20 years of war, the head of U.S. Central Command said. "
      "Gen. Kenneth McKenzie told reporters at the Pentagon that the last C-17 transport plane lifted off from Kabul's airport one minute before midnight local time, carrying the U.S. ambassador, Ross Wilson. "
      "More than 123,000 people had been flown out since Aug. 14, he said, but some Americans who wanted to leave were left behind. "
      "Secretary of State Antony Blinken said the U.S. had suspended its diplomatic presence in Kabul and would handle its Afghan affairs from Doha, Qatar. "
      "Earlier in the day the U.N. Security Council adopted a resolution calling on the Taliban to let Afghans and foreigners leave the country safely and to keep Afghan territory from being used by terrorists. "
      "Thirteen members voted in favor; Russia and China abstained. "
      "In Kabul, Taliban fighters fired their guns into the air to celebrate. "
      "U.S. forces invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks.")
DOCS.append(D("dev2-en-01-us-withdrawal", "en", "2021-08-30", "2021-08-30", t1,
 [N("WASHINGTON","place","USA"), N("United States","country","USA"), N("Afghanistan","country","AFG"), N("U.S. Central Command","organization","USA.MIL"),
  N("Kenneth McKenzie","person","USA.MIL"), N("Pentagon","organization","USA.MIL"), N("Kabul","place","AFG"), N("Ross Wilson","person","USA.GOV"),
  N("Antony Blinken","person","USA.GOV"), N("Doha","place","QAT"), N("Qatar","country","QAT"), N("U.N. Security Council","organization","UNO"),
  N("Taliban","organization","AFG.GOV"), N("Russia","country","RUS"), N("China","country","CHN")],
 [E("en01-withdrawal", True, "RETREAT", "USA", "AFG", "2021-08-30", date="2021-08-30",
    ev="The United States completed its withdrawal from Afghanistan on Monday",
    notes="Monday 2021-08-30 (Washington); one minute before midnight Kabul time, i.e. still 30 August in Kabul too. RETREAT [withdraw]."),
  E("en01-last-flight", False, "RETREAT", "USA.MIL", "AFG", "2021-08-30", ev="the last C-17 transport plane lifted off from Kabul's airport one minute before midnight local time"),
  E("en01-evacuation", False, ["AID","RETREAT","COOPERATE"], "USA", "*", ["2021-08-14","2021-08-30"], ev="More than 123,000 people had been flown out since Aug. 14",
    notes="Agentless passive; the evacuation from 14 August."),
  E("en01-embassy", True, ["SANCTION","RETREAT"], "USA.GOV", "AFG", "2021-08-30", ev="the U.S. had suspended its diplomatic presence in Kabul",
    notes="Suspension of the embassy: SANCTION [reduce relations] or RETREAT."),
  E("en01-unsc", True, "REQUEST", "UNO", "AFG", "2021-08-30", ev="the U.N. Security Council adopted a resolution calling on the Taliban to let Afghans and foreigners leave the country safely",
    notes="Resolution 2593 (30 Aug 2021). The Taliban after 2021-08-15 are AFG.GOV; target AFG accepts any sector."),
  E("en01-2001", False, "ASSAULT", "USA", "AFG", ["2001-10-01","2001-10-31"], ev="U.S. forces invaded Afghanistan in October 2001",
    notes="History: only with its 2001 date."),
  E("en01-911", False, "ASSAULT", "*", "USA", "2001-09-11", ev="the Sept. 11 attacks")],
 [F("the 2001 invasion dated 2021", "ASSAULT", "USA", after="2021-01-01"),
  F("celebratory gunfire coded as an attack", "ASSAULT", "AFG"),
  F("Russia's abstention coded as support", "SUPPORT", "RUS", unless="negated"),
  F("China's abstention coded as support", "SUPPORT", "CHN", unless="negated")],
 notes="Dateline Monday 2021-08-30. Running Afghan affairs from Doha is future; Qatar is not an actor here. Abstentions are not events. 'some Americans ... were left behind' is not coded."))

t2 = ("A Chinese research and survey vessel docked at Sri Lanka's southern port of Hambantota on Tuesday, days after Colombo had asked Beijing to put off the visit amid security concerns raised by India. "
      "The Yuan Wang 5, which India regards as a spy ship able to track satellites and missiles, was cleared on Saturday on condition that it keeps its identification system switched on and does no research in Sri Lankan waters, officials said. "
      "It is due to stay until Aug. 22 to take on supplies. "
      "China's ambassador, Qi Zhenhong, attended a welcoming ceremony at the port. "
      "Last week China's foreign ministry said it was \"completely unjustified\" for certain countries to cite security concerns to pressure Sri Lanka, while India's foreign ministry rejected what it called insinuations that New Delhi had pressured Colombo, saying Sri Lanka was a sovereign country that made its own decisions. "
      "The port was leased to a Chinese state company for 99 years in 2017 after Sri Lanka struggled to repay Chinese loans.")
DOCS.append(D("dev2-en-02-yuan-wang-5", "en", "2022-08-16", None, t2,
 [N("Sri Lanka","country","LKA"), N("Hambantota","place","LKA"), N("Colombo","place","LKA"), N("Beijing","place","CHN"), N("India","country","IND"),
  N("Qi Zhenhong","person","CHN.GOV"), N("China","country","CHN"), N("New Delhi","place","IND")],
 [E("en02-docking", True, ["CONSULT","COOPERATE","MOBILIZE"], "CHN", "LKA", "2022-08-16", date="2022-08-16",
    ev="A Chinese research and survey vessel docked at Sri Lanka's southern port of Hambantota on Tuesday",
    notes="A port call by a Chinese (PLA-operated) vessel: a visit (CONSULT) or material cooperation/deployment; the sector is left open."),
  E("en02-clearance", True, ["AGREE","COOPERATE","CONCEDE"], "LKA", "CHN", ["2022-08-12","2022-08-13"], ev="was cleared on Saturday on condition that it keeps its identification system switched on",
    notes="Agentless passive: Sri Lanka's government cleared the visit, announced Saturday 2022-08-13 (some reports date the decision to the 12th)."),
  E("en02-deferral", False, "REQUEST", "LKA", "CHN", ["2022-08-01","2022-08-12"], ev="Colombo had asked Beijing to put off the visit",
    notes="The request of 5 August 2022 ('days after', undated in the text)."),
  E("en02-india-concern", False, "ACCUSE", "IND", "CHN", ["2022-07-15","2022-08-16"], ev="security concerns raised by India"),
  E("en02-ambassador", False, "CONSULT", "CHN.GOV", "LKA", "2022-08-16", ev="Qi Zhenhong, attended a welcoming ceremony at the port"),
  E("en02-china-accuses", True, "ACCUSE", "CHN.GOV", "*", ["2022-08-08","2022-08-14"], ev="Last week China's foreign ministry said it was \"completely unjustified\" for certain countries to cite security concerns to pressure Sri Lanka",
    notes="'certain countries' is India by implication; target IND or none. 'Last week' = 8-14 Aug 2022 (the statement was of 8 August)."),
  E("en02-india-rejects", True, ["REJECT","ACCUSE"], "IND.GOV", "*", ["2022-08-08","2022-08-14"], ev="India's foreign ministry rejected what it called insinuations that New Delhi had pressured Colombo",
    notes="Target: China or the media (unstated); the statement was of Friday 12 August 2022."),
  E("en02-lease-2017", False, ["AGREE","COOPERATE","SUPPORT"], actors=["LKA","CHN"], win=["2017-01-01","2017-12-31"], ev="The port was leased to a Chinese state company for 99 years in 2017",
    notes="History: the 2017 lease.")],
 [F("last week's Chinese statement dated Tuesday", "ACCUSE", "CHN", date="2022-08-16"),
  F("Colombo's deferral request dated Tuesday", "REQUEST", "LKA", date="2022-08-16"),
  F("India's denial coded as pressure on Sri Lanka", "COERCE", "IND", unless="negated")],
 [("China's foreign ministry", "completely unjustified")],
 notes="No dateline: published Tuesday 2022-08-16. 'It is due to stay until Aug. 22' is future. Pronoun 'It' refers back to the vessel."))
