//! A stretch of time the text places ("last week", "6–7 April", a Solar Hijri month or year)
//! dates the acts of its clause: the act fell somewhere in it, so the event carries the
//! stretch's first day and its last (`through`), not the day of publication. And what must not
//! change: a duration with no place in time ("a two-day visit") and a period of years
//! ("1979–1989", an era) date nothing, a stretch still to come makes a plan, and the words of a time expression are no mode cue of their own
//! (Arabic «الأسبوع الماضي», last week, holds «ماضي», the past).

mod common;

/// "TYPE SOURCE-COUNTRY FIRST..LAST AUX" of every event ("-" for none).
fn events(text: &str, published: &str) -> Vec<String> {
    common::by_source(text, published, |e| {
        let date = e.date.map_or_else(
            || "-".into(),
            |d| format!("{}..{}", d.first_day(), d.last_day()),
        );
        format!("{date} {}", e.aux.map_or("-", |a| a.as_str()))
    })
}

fn check(cases: &[(&str, &str, &[&str])]) {
    common::check_cases(cases, events);
}

#[test]
fn a_stretch_dates_its_clause() {
    check(&[
        // Last week: Monday to Sunday of the week before the publication's (a Wednesday). (Talks
        // in Moscow are China's visit, so China is the source; in Tehran, Russia's.)
        (
            "Russia and China held talks in Moscow last week.",
            "2025-10-15",
            &["CONSULT CHN 2025-10-06..2025-10-12 -"],
        ),
        (
            "На прошлой неделе Россия и Китай провели переговоры в Москве.",
            "2025-10-15",
            &["CONSULT CHN 2025-10-06..2025-10-12 -"],
        ),
        // The words of "last week" are not the historical cue «ماضي» (the past).
        (
            "أجرت روسيا والصين محادثات في موسكو الأسبوع الماضي.",
            "2025-10-15",
            &["CONSULT CHN 2025-10-06..2025-10-12 -"],
        ),
        // A range of days.
        (
            "On 6-7 April Russian and Chinese ministers met in Beijing.",
            "2025-10-15",
            &["CONSULT RUS 2025-04-06..2025-04-07 -"],
        ),
        // A Solar Hijri month: Mehr 1404 runs from 23 September to 22 October 2025.
        (
            "ایران و روسیه در مهر ۱۴۰۴ در تهران گفتگو کردند.",
            "2025-11-15",
            &["CONSULT RUS 2025-09-23..2025-10-22 -"],
        ),
        // A Solar Hijri year is a year: 1400 ran from 21 March 2021 to 20 March 2022.
        (
            "ایران و روسیه در سال ۱۴۰۰ در تهران گفتگو کردند.",
            "2025-11-15",
            &["CONSULT RUS 2021-03-21..2022-03-20 historical"],
        ),
    ]);
}

#[test]
fn what_a_stretch_does_not_date() {
    check(&[
        // A duration has no place in time: the visit is told on the day of publication.
        (
            "Putin began a two-day visit to China.",
            "2025-10-15",
            &["CONSULT RUS 2025-10-15..2025-10-15 -"],
        ),
        // A period of years tells what a noun is, not when the act was: Moscow's contacts are
        // today's, not the Soviet campaign's.
        (
            "Москва поддерживает контакты с талибами на протяжении многих лет, несмотря на наследие советской военной кампании в Афганистане 1979–1989 годов.",
            "2025-07-04",
            &["SUPPORT RUS 2025-07-04..2025-07-04 -"],
        ),
        // A week still to come is a plan: the intention is the day's news, not next week's.
        (
            "Russia and China will hold talks in Moscow next week.",
            "2025-10-15",
            &["AGREE RUS 2025-10-15..2025-10-15 -"],
        ),
    ]);
}
