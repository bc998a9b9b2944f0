//! Meetings and their participants in every language: a meeting, session, talks or agreement
//! noun (or a reciprocal verb) whose parties are named by "between X and Y", by a coordinated
//! subject, by a hyphenated pair ("Russian-Pakistani"), or by a group qualifying the body that
//! met. A mutual act (data/dedup/symmetric.tsv) makes one event per pair. Sentences written for
//! dyad about real events; each case lists every event of its text, exactly, so a case with
//! nothing to code checks that nothing is coded.

#[macro_use]
mod common;

// "between" stands before its noun in verb-final languages, and after a pair joined by ile.
exact_events!(
    tr_between_before_the_noun,
    "2019-10-22",
    "Türkiye ile Rusya arasında görüşme yapıldı.",
    ["CONSULT TUR.GOV RUS 2019-10-22"]
);

// A signing with no subject: the parties are those between whom it was signed.
exact_events!(
    ur_signed_between_the_parties,
    "2020-02-29",
    "امریکہ اور طالبان کے درمیان دوحہ میں امن معاہدے پر دستخط ہو گئے۔",
    ["SUPPORT USA.GOV AFG.REB 2020-02-29"]
);

// 之间 closes the pair before the noun in Chinese too.
exact_events!(
    zh_between_before_the_noun,
    "2024-05-16",
    "俄罗斯和中国之间的会谈在北京举行。",
    ["CONSULT RUS.GOV CHN 2024-05-16"]
);

// A hyphen joins two countries into the pair that met.
exact_events!(
    en_hyphenated_pair,
    "2021-09-30",
    "The Russian-Pakistani talks were held in Islamabad on Wednesday.",
    ["CONSULT RUS.GOV PAK 2021-09-29"]
);

// The one who held the session meets the other side of the joint committee, not his own.
exact_events!(
    ru_session_of_a_joint_committee,
    "2021-09-29",
    "Александр Фомин провёл в Исламабаде заседание российско-пакистанского комитета.",
    ["CONSULT RUS.MIL PAK 2021-09-29"]
);

// Arabic nisba adjectives side by side, each with its article, are the pair (ال between
// them: words.pair_joiners); جلستها is the committee's session.
exact_events!(
    ar_committee_of_two_adjectives_held_its_session,
    "2025-08-28",
    "عقدت اللجنة العسكرية الروسية الباكستانية جلستها السادسة في موسكو يوم الأربعاء.",
    ["CONSULT RUS.GOV PAK 2025-08-27"]
);

// A group of three doing something together: one event per pair.
exact_events!(
    fa_joint_drill_of_three,
    "2019-12-27",
    "رزمایش مشترک دریایی ایران، روسیه و چین از امروز جمعه در شمال اقیانوس هند آغاز شد.",
    [
        "COOPERATE IRN.GOV RUS 2019-12-27",
        "COOPERATE IRN.GOV CHN 2019-12-27",
        "COOPERATE RUS.GOV CHN 2019-12-27",
    ]
);

exact_events!(
    en_three_leaders_held_talks,
    "2024-10-23",
    "Putin, Xi and Modi held talks on Wednesday.",
    [
        "CONSULT RUS.GOV CHN.GOV 2024-10-23",
        "CONSULT RUS.GOV IND.GOV 2024-10-23",
        "CONSULT CHN.GOV IND.GOV 2024-10-23",
    ]
);

// Negative: a hyphenated compound of one country is one actor, not a pair that meets.
exact_events!(
    de_one_country_compound_is_one_actor,
    "2018-07-17",
    "US-Präsident Donald Trump traf am Montag den russischen Präsidenten Wladimir Putin.",
    ["CONSULT USA.GOV RUS.GOV 2018-07-16"]
);

// Negative: a body's session with nobody else named is no dyad.
exact_events!(
    ar_parliament_session_is_no_meeting,
    "2024-01-10",
    "عقد البرلمان اللبناني جلسته الأسبوعية يوم الثلاثاء.",
    []
);

// Negative: a directed act keeps its direction; coordinated subjects act each, not on each
// other.
exact_events!(
    en_coordinated_attackers_act_each,
    "2024-01-10",
    "Russia and China attacked the Taliban on Tuesday.",
    [
        "ASSAULT RUS.MIL AFG.GOV 2024-01-09",
        "ASSAULT CHN.MIL AFG.GOV 2024-01-09"
    ]
);

// A comitative governs its noun across a relative clause closed by 的 (grammar.modifier_close).
exact_events!(
    zh_with_across_a_relative_clause,
    "2024-05-16",
    "习近平同来访的俄罗斯总统普京举行会谈。",
    ["CONSULT CHN.GOV RUS.GOV 2024-05-16"]
);

// Negative: a setting is not read across a modifier (正在 holds 在): Putin, who is on leave,
// is the subject.
exact_events!(
    zh_setting_not_read_across_a_modifier,
    "2024-05-16",
    "正在休假的普京会见了习近平。",
    ["CONSULT RUS.GOV CHN.GOV 2024-05-16"]
);

// The country whose situation is discussed is the topic, not a party to the talks (Urdu کی
// صورتحال, Hindi की स्थिति, as "the situation in" elsewhere).
exact_events!(
    ur_the_situation_of_a_country_is_a_topic,
    "2021-09-29",
    "اجلاس میں افغانستان کی صورتحال پر تبادلہ خیال کیا گیا۔",
    []
);

exact_events!(
    hi_the_situation_of_a_country_is_a_topic,
    "2021-09-29",
    "बैठक में अफगानिस्तान की स्थिति पर चर्चा की गई।",
    []
);

exact_events!(
    ur_the_parties_discuss_a_situation,
    "2021-09-29",
    "روس اور پاکستان نے افغانستان کی صورتحال پر تبادلہ خیال کیا۔",
    ["CONSULT RUS.GOV PAK 2021-09-29"]
);

exact_events!(
    hi_the_parties_discuss_a_situation,
    "2021-09-29",
    "रूस और पाकिस्तान ने अफगानिस्तान की स्थिति पर चर्चा की।",
    ["CONSULT RUS.GOV PAK 2021-09-29"]
);

// Arabic recognition governs its object with ب, written onto it like the place prefix: the
// recognised government is the target, as a verb or as a noun.
exact_events!(
    ar_recognised_with_the_preposition_on_the_object,
    "2025-07-04",
    "اعترفت روسيا يوم الخميس رسميا بحكومة طالبان.",
    ["SUPPORT RUS.GOV AFG.GOV 2025-07-03"]
);

// Negative: an admission of a deed names no one recognised.
exact_events!(
    ar_admitting_a_deed_is_no_recognition,
    "2025-07-04",
    "اعترف المتهم بارتكاب الجريمة.",
    []
);

// A meeting named with one participant only (issue 13): the participant meets the hosts of
// the foreign town it is held in. The SCO summit opened in Samarkand on Thursday 15 September
// 2022, with Turkey's president among its guests.
exact_events!(
    en_participant_taking_part_meets_the_hosts,
    "2022-09-16",
    "The Shanghai Cooperation Organisation summit opened in Samarkand on Thursday, with Turkish President Recep Tayyip Erdogan taking part.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    en_participation_of_one_guest_meets_the_hosts,
    "2022-09-16",
    "Talks were held in Samarkand on Thursday with the participation of Recep Tayyip Erdogan.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    ru_participation_phrase_meets_the_hosts,
    "2022-09-16",
    "В Самарканде в четверг прошла встреча с участием президента Турции Реджепа Тайипа Эрдогана.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
// «принять участие» takes no object: with nothing before it, its subject follows it.
exact_events!(
    ru_took_part_with_the_subject_after_the_verb,
    "2022-09-16",
    "В Самарканде во встрече в четверг принял участие президент Турции Реджеп Тайип Эрдоган.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    en_attended_a_meeting_abroad,
    "2022-09-16",
    "Recep Tayyip Erdogan attended the summit meeting in Samarkand on Thursday.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);

// Negative: one participant and no place names nobody met; at home, nobody hosts him.
exact_events!(
    en_one_participant_and_no_place_is_no_event,
    "2023-09-29",
    "The talks opened on Friday, with Amir Khan Muttaqi taking part.",
    []
);
exact_events!(
    en_one_participant_at_home_is_no_event,
    "2022-09-16",
    "The conference opened in Ankara on Thursday, with Recep Tayyip Erdogan taking part.",
    []
);
// Negative: taking part in drills is no meeting.
exact_events!(
    ru_taking_part_in_drills_is_no_meeting,
    "2021-09-17",
    "Российские военные приняли участие в учениях в Белоруссии.",
    []
);

// The participation phrase and the participation verb with its meeting, in other languages
// (language.toml `with` markers; events.tsv rows): the guest meets the hosts.
exact_events!(
    fr_participation_phrase_meets_the_hosts,
    "2022-09-16",
    "Une réunion s'est tenue jeudi à Samarcande avec la participation du président turc Recep Tayyip Erdogan.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    es_participation_phrase_meets_the_hosts,
    "2022-09-16",
    "Una reunión se celebró el jueves en Samarcanda con la participación del presidente turco Recep Tayyip Erdogan.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    de_participation_phrase_meets_the_hosts,
    "2022-09-16",
    "In Samarkand fand am Donnerstag ein Treffen unter Beteiligung des türkischen Präsidenten Recep Tayyip Erdogan statt.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    fa_took_part_in_the_meeting_meets_the_hosts,
    "2022-09-16",
    "رجب طیب اردوغان، رئیس جمهور ترکیه، روز پنجشنبه در نشست سمرقند شرکت کرد.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);
exact_events!(
    tr_took_part_in_the_summit_meets_the_hosts,
    "2022-09-16",
    "Cumhurbaşkanı Recep Tayyip Erdoğan perşembe günü Semerkant'taki zirveye katıldı.",
    ["CONSULT TUR.GOV UZB.GOV 2022-09-15"]
);

// Negative: a meeting told as to come is no meeting held, whoever its with-phrase names.
exact_events!(
    en_talks_with_one_side_to_be_held_are_no_meeting,
    "2024-05-07",
    "Talks with Iran will be held in Vienna next week.",
    []
);

// A list of participants ends where its grammar ends it, never at a count: the five countries
// whose envoys met are each a party, and Turkey, the speaker of a clause of its own after the
// list, is none. (They met in Moscow: each guest is the source of its pair with Russia, the host.)
#[test]
fn a_list_of_five_is_not_cut() {
    let want: std::collections::BTreeSet<String> =
        FIVE_IN_MOSCOW.iter().map(|s| s.to_string()).collect();
    for text in [
        "Envoys of Russia, China, Iran, India and Pakistan met in Moscow on Tuesday, the foreign ministry of Turkey said.",
        // Arabic joins every conjunct with و written onto it.
        "اجتمع وزراء خارجية روسيا والصين وإيران والهند وباكستان في موسكو يوم الثلاثاء.",
    ] {
        assert_eq!(common::event_set(text, "2024-05-15"), want, "{text}");
    }
}

/// The ten pairs of five envoys who met in Moscow on 14 May 2024: each guest is the source of
/// its pair with Russia, the host.
const FIVE_IN_MOSCOW: [&str; 10] = [
    "CONSULT CHN RUS.GOV 2024-05-14",
    "CONSULT IRN RUS.GOV 2024-05-14",
    "CONSULT IND RUS.GOV 2024-05-14",
    "CONSULT PAK RUS.GOV 2024-05-14",
    "CONSULT CHN.GOV IRN 2024-05-14",
    "CONSULT CHN.GOV IND 2024-05-14",
    "CONSULT CHN.GOV PAK 2024-05-14",
    "CONSULT IRN.GOV IND 2024-05-14",
    "CONSULT IRN.GOV PAK 2024-05-14",
    "CONSULT IND.GOV PAK 2024-05-14",
];

// Five envoys and, joined by «а также», the acting foreign minister of Afghanistan, the sixth:
// «исполняющий обязанности» (acting) is part of his title, so the conjunction joins him.
exact_events!(
    ru_a_list_of_six_ends_with_an_acting_minister,
    "2023-09-30",
    "В нём приняли участие спецпредставители России, Китая, Пакистана, Ирана и Индии, а также исполняющий обязанности министра иностранных дел Афганистана Амир Хан Муттаки.",
    [
        "CONSULT RUS.GOV CHN 2023-09-30",
        "CONSULT RUS.GOV PAK 2023-09-30",
        "CONSULT RUS.GOV IRN 2023-09-30",
        "CONSULT RUS.GOV IND 2023-09-30",
        "CONSULT RUS.GOV AFG.GOV 2023-09-30",
        "CONSULT CHN.GOV PAK 2023-09-30",
        "CONSULT CHN.GOV IRN 2023-09-30",
        "CONSULT CHN.GOV IND 2023-09-30",
        "CONSULT CHN.GOV AFG.GOV 2023-09-30",
        "CONSULT PAK.GOV IRN 2023-09-30",
        "CONSULT PAK.GOV IND 2023-09-30",
        "CONSULT PAK.GOV AFG.GOV 2023-09-30",
        "CONSULT IRN.GOV IND 2023-09-30",
        "CONSULT IRN.GOV AFG.GOV 2023-09-30",
        "CONSULT IND.GOV AFG.GOV 2023-09-30",
    ]
);

// Chinese lists with 、 and closes with 和.
exact_events!(
    zh_five_foreign_ministers_held_talks,
    "2024-05-15",
    "俄罗斯、中国、伊朗、印度和巴基斯坦外长14日在莫斯科举行会谈。",
    [
        "CONSULT CHN RUS.GOV 2024-05-14",
        "CONSULT IRN RUS.GOV 2024-05-14",
        "CONSULT IND RUS.GOV 2024-05-14",
        "CONSULT PAK.GOV RUS.GOV 2024-05-14",
        "CONSULT CHN.GOV IRN 2024-05-14",
        "CONSULT CHN.GOV IND 2024-05-14",
        "CONSULT CHN.GOV PAK.GOV 2024-05-14",
        "CONSULT IRN.GOV IND 2024-05-14",
        "CONSULT IRN.GOV PAK.GOV 2024-05-14",
        "CONSULT IND.GOV PAK.GOV 2024-05-14",
    ]
);
