//! Events announced for a day after publication stay in the future, dated forward, with
//! `aux: future` — in languages that mark the future on the verb, with a word, or not at all.

mod common;

use dyad_core::Aux;

/// The date and aux of every event in `text`, published on `published`.
fn dated_events(text: &str, published: &str) -> Vec<(String, Option<Aux>)> {
    common::process(text, published)
        .events
        .iter()
        .map(|e| {
            (
                e.date.map(|d| d.value.to_string()).unwrap_or_default(),
                e.aux,
            )
        })
        .collect()
}

#[test]
fn announced_meetings_are_dated_forward() {
    for (text, want) in [
        // Russian perfective verbs are future without any future word.
        (
            "Министр иностранных дел России Сергей Лавров встретится с министром иностранных дел Китая Ван И 7 октября в Москве.",
            "2025-10-07",
        ),
        (
            "Сергей Лавров посетит Пекин в среду и проведет переговоры с Ван И.",
            "2025-10-08",
        ),
    ] {
        let got = dated_events(text, "2025-10-02");
        assert!(!got.is_empty(), "{text}: no event");
        for (date, aux) in got {
            assert_eq!((date.as_str(), aux), (want, Some(Aux::Future)), "{text}");
        }
    }
}

#[test]
fn reported_meetings_stay_in_the_past() {
    let got = dated_events(
        "Сергей Лавров посетил Пекин в среду и провел переговоры с Ван И.",
        "2025-10-02",
    );
    assert!(!got.is_empty());
    for (date, aux) in got {
        assert_eq!((date.as_str(), aux), ("2025-10-01", None));
    }
}

#[test]
fn weekdays_after_a_future_verb_or_particle_are_forward() {
    // Published on Monday 6 October 2025.
    for (text, want) in [
        // Arabic: the future prefix سـ on the verb before the weekday.
        (
            "قال المتحدث إن وزير الخارجية الروسي سيزور باكستان يوم الأربعاء.",
            "2025-10-08",
        ),
        // Pashto: the particle به before, the weekday in its oblique form (د سه شنبې په ورځ).
        (
            "د روسیې د بهرنیو چارو وزیر به د سه شنبې په ورځ اسلام اباد ته سفر وکړي.",
            "2025-10-07",
        ),
    ] {
        let got = dated_events(text, "2025-10-06");
        assert!(!got.is_empty(), "{text}: no event");
        for (date, aux) in got {
            assert_eq!((date.as_str(), aux), (want, Some(Aux::Future)), "{text}");
        }
    }
}

#[test]
fn a_pashto_weekday_in_its_oblique_form_is_read_in_the_past() {
    // Published on Wednesday 8 October 2025: "met on Tuesday".
    let got = dated_events(
        "د پاکستان پلاوي د سه شنبې په ورځ له روسي چارواکو سره وکتل.",
        "2025-10-08",
    );
    assert!(!got.is_empty());
    for (date, aux) in got {
        assert_eq!((date.as_str(), aux), ("2025-10-07", None));
    }
}

#[test]
fn a_first_act_since_a_date_is_dated_now_an_ongoing_one_from_it() {
    // "since 2019" bounds the stretch before a first visit: the visit is of its own day.
    for text in [
        "Narendra Modi arrived in Moscow on Monday on his first visit to Russia since 2019.",
        "Нарендра Моди прибыл в Москву в понедельник; это его первый визит в Россию с 2019 года.",
    ] {
        let got = dated_events(text, "2024-07-09");
        assert!(!got.is_empty(), "{text}: no event");
        for (date, aux) in got {
            assert_eq!((date.as_str(), aux), ("2024-07-08", None), "{text}");
        }
    }
    // Without a first, "since" dates the start of what is still going on: background.
    let got = dated_events(
        "Саудовская коалиция с марта 2015 года наносит удары по хуситам в Йемене.",
        "2024-07-09",
    );
    assert_eq!(got, vec![("2015-03".to_string(), Some(Aux::Historical))]);
}

#[test]
fn a_deadline_does_not_date_the_agreement_that_sets_it() {
    let got = dated_events(
        "On Tuesday Russia and India agreed to raise their trade to 100 billion dollars by 2030.",
        "2024-07-10",
    );
    assert!(!got.is_empty());
    for (date, _) in got {
        assert_eq!(date, "2024-07-09");
    }
}
