//! A past act carries its own date, not the day of publication: an act told in the pluperfect
//! takes the background time of its passage, else no day; an event an expression is measured
//! from ("two days after the talks") takes that expression's date. And what must not move: a
//! simple past or present perfect stays on the publication day, an act with its own date keeps
//! it, a backshifted pluperfect in reported speech is left as it was.

mod common;

/// The events of `text` published on `published` as "TYPE SOURCE-COUNTRY DATE" ("-" for no
/// date), sorted: the date is what these tests are about.
fn events(text: &str, published: &str) -> Vec<String> {
    common::by_source(text, published, |e| {
        e.date.map_or_else(|| "-".into(), |d| d.value.to_string())
    })
}

fn check(cases: &[(&str, &str, &[&str])]) {
    common::check_cases(cases, events);
}

#[test]
fn a_pluperfect_act_takes_its_passages_background_time_else_no_day() {
    check(&[
        // English: no time anywhere: undated, not 22 April.
        (
            "Pakistan had recalled its ambassador from Tehran.",
            "2024-04-22",
            &["SANCTION PAK -"],
        ),
        // The paragraph's background time (January) carries to the pluperfect.
        (
            "In January, Iran struck targets in Balochistan. Pakistan had recalled its ambassador from Tehran.",
            "2024-04-22",
            &["ASSAULT IRN 2024-01", "SANCTION PAK 2024-01"],
        ),
        // German Plusquamperfekt, the auxiliary far before its participle.
        (
            "Deutschland hatte den Botschafter aus Teheran zurückgerufen.",
            "2024-10-31",
            &["SANCTION DEU -"],
        ),
        // Hindi: the perfect with था; the first sentence's April carries to the second.
        (
            "अप्रैल में पाकिस्तान ने भारत पर हमला किया था। भारत ने पाकिस्तान पर हमला किया था।",
            "2025-06-26",
            &["ASSAULT IND 2025-04", "ASSAULT PAK 2025-04"],
        ),
        // Urdu: the perfect with تھا.
        (
            "پاکستان نے تہران سے اپنا سفیر واپس بلا لیا تھا۔",
            "2024-04-22",
            &["SANCTION PAK -"],
        ),
        // Turkish -mIştI on the verb; the year before carries.
        (
            "Erdoğan 2020 yılında Katar'ı ziyaret etmişti. Erdoğan Katar'ı ziyaret etmişti.",
            "2021-11-24",
            &["CONSULT TUR 2020", "CONSULT TUR 2020"],
        ),
        // Bengali -ছিল on the verb.
        ("ভারত পাকিস্তানে হামলা করেছিল।", "2024-08-06", &["ASSAULT IND -"]),
        // Russian has no pluperfect: «ранее» says it.
        (
            "Ранее Россия выслала британских дипломатов.",
            "2023-03-21",
            &["SANCTION RUS -"],
        ),
    ]);
}

#[test]
fn what_is_not_told_as_earlier_keeps_its_date() {
    check(&[
        // The simple past and the present perfect are the news: publication day.
        (
            "Pakistan recalled its ambassador from Tehran.",
            "2024-04-22",
            &["SANCTION PAK 2024-04-22"],
        ),
        (
            "پاکستان نے تہران سے اپنا سفیر واپس بلا لیا۔",
            "2024-04-22",
            &["SANCTION PAK 2024-04-22"],
        ),
        // A pluperfect in reported speech backshifts the speaker's past: left as it was.
        (
            "Pakistan had recalled its ambassador from Tehran, the foreign ministry said.",
            "2024-04-22",
            &["SANCTION PAK 2024-04-22"],
        ),
        // An act with its own date keeps it.
        (
            "Im Juni hatten Israel und die USA iranische Atomanlagen bombardiert.",
            "2024-10-31",
            &["ASSAULT ISR 2024-06", "ASSAULT USA 2024-06"],
        ),
    ]);
}

#[test]
fn an_event_measured_from_takes_the_measured_date() {
    check(&[
        // Published on Thursday 18 September 2025; "a week after" dates the strike.
        (
            "The accord comes a week after Israel struck Hamas leaders in Doha.",
            "2025-09-18",
            &["ASSAULT ISR 2025-09-11"],
        ),
        // Measured from the day the sentence is told at ("este martes"), not publication.
        (
            "KATMANDÚ, 9 de septiembre de 2025 — El primer ministro dimitió este martes, un día después de que la policía matara a 19 manifestantes.",
            "2025-09-09",
            &["ASSAULT NPL 2025-09-08"],
        ),
        (
            "TACHKENT, 2 juillet 2022 — Le président a renoncé samedi à modifier la constitution, au lendemain de manifestations à Noukous.",
            "2022-07-02",
            &["PROTEST UZB 2022-07-01"],
        ),
        (
            "Визит проходит через неделю после того, как Международный уголовный суд выдал ордер на арест Путина.",
            "2023-03-21",
            &["ACCUSE IGO 2023-03-14"],
        ),
        // Persian: the attack measured from is dated; the main clause is not moved.
        (
            "پاکستان دو روز پس از حمله ایران به خاک این کشور، مواضعی در ایران را هدف قرار داد.",
            "2024-01-18",
            &["ASSAULT IRN 2024-01-16", "ASSAULT PAK 2024-01-18"],
        ),
        // With nothing after it, "two days after" is "two days later": the previous time's.
        (
            "Iran struck Pakistan on Tuesday. Two days later Pakistan attacked Iran.",
            "2024-01-18",
            &["ASSAULT IRN 2024-01-16", "ASSAULT PAK 2024-01-18"],
        ),
    ]);
}
