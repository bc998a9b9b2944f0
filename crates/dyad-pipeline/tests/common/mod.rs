//! What the integration tests share: one built-in context, and a document from a sentence.

use dyad_core::{Document, RawDocument};
use dyad_pipeline::Context;
use std::sync::OnceLock;

pub fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(|| Context::builtin().expect("built-in data loads"))
}

/// Runs the whole pipeline over `text` published on `published`.
pub fn process(text: &str, published: &str) -> Document {
    ctx().process(RawDocument {
        id: "t".into(),
        hash: "t".into(),
        text: text.into(),
        published: Some(published.into()),
        ..Default::default()
    })
}

/// An event in the fixtures' notation: "TYPE SOURCE TARGET DATE" with the aux mode as a fifth
/// field; "-" for no target or no date.
#[allow(dead_code)] // not every test binary that includes this module prints events
pub fn event_line(e: &dyad_core::Event) -> String {
    let side = |s: &Option<dyad_core::Side>| {
        s.as_ref()
            .map_or_else(|| "-".into(), |s| s.actor().to_string())
    };
    let mut s = format!(
        "{} {} {} {}",
        e.kind,
        side(&e.source),
        side(&e.target),
        e.date.map_or_else(|| "-".into(), |d| d.value.to_string())
    );
    if let Some(a) = e.aux {
        s.push(' ');
        s.push_str(a.as_str());
    }
    s
}

/// The events of `text` as "TYPE SOURCE TARGET DATE[ AUX]", as a set.
#[allow(dead_code)] // only the exact-event test binaries use it
pub fn event_set(text: &str, published: &str) -> std::collections::BTreeSet<String> {
    process(text, published)
        .events
        .iter()
        .map(event_line)
        .collect()
}

/// A test that `$text`, published on `$published`, gives exactly these events (none when the
/// list is empty): a wrong actor, a missing event or an extra one fails it.
#[allow(unused_macros)]
macro_rules! exact_events {
    ($name:ident, $published:expr, $text:expr, [$($event:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: std::collections::BTreeSet<String> =
                [$($event),*].iter().map(|s: &&str| s.to_string()).collect();
            assert_eq!(crate::common::event_set($text, $published), want, "{}", $text);
        }
    };
}

/// Checks each `(text, published, expected)` case against `events`, the lines a test prints
/// for a text (sorted), and fails once with every case that differs.
#[allow(dead_code)] // not every test binary that includes this module checks cases
pub fn check_cases(cases: &[(&str, &str, &[&str])], events: impl Fn(&str, &str) -> Vec<String>) {
    let mut bad = Vec::new();
    for (text, published, want) in cases {
        let got = events(text, published);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            bad.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The events of `text` published on `published` as "TYPE SOURCE-COUNTRY REST" ("-" for no
/// source), sorted, `rest` saying what the test is about (the date, its aux).
#[allow(dead_code)] // only the dating tests print events this way
pub fn by_source(
    text: &str,
    published: &str,
    rest: impl Fn(&dyad_core::Event) -> String,
) -> Vec<String> {
    let mut v: Vec<String> = process(text, published)
        .events
        .iter()
        .map(|e| {
            let source = e
                .source
                .as_ref()
                .map_or_else(|| "-".to_string(), |s| s.country.to_string());
            format!("{} {source} {}", e.kind, rest(e))
        })
        .collect();
    v.sort();
    v
}
