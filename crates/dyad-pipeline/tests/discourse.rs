//! Actors from earlier sentences (events/discourse): a subject left out in a language whose
//! verbs need none, a pronoun, a bare role. Each case is a short report written for dyad about
//! real events, with the exact events an analyst would code and the path that gave their roles
//! (the rule id's second field: `drop>src`, `pron>src`, `it>src`, `role>src`, `conj>tgt`…),
//! including what must not be carried: a reference too far back, across a paragraph, a quote's
//! "we", a title nobody named before held.

mod common;

use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    published: String,
    text: String,
    /// Every event, as "TYPE SOURCE TARGET DATE [aux] | path" ("subj>src,with>tgt").
    events: Vec<String>,
}

/// An event in the fixtures' notation, with the path that gave its roles.
fn line(e: &dyad_core::Event) -> String {
    let how = e.rule.split('|').nth(1).unwrap_or("");
    format!("{} | {how}", common::event_line(e))
}

fn check(code: &str) {
    let path = format!(
        "{}/tests/fixtures/discourse/{code}.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let contents = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: File = toml::from_str(&contents).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(!file.case.is_empty(), "{path}: no cases");
    let mut failures = Vec::new();
    for c in &file.case {
        let doc = common::process(&c.text, &c.published);
        let got: BTreeSet<String> = doc.events.iter().map(line).collect();
        let want: BTreeSet<String> = c.events.iter().cloned().collect();
        if got != want {
            failures.push(format!(
                "{code}/{}:\n  want {want:?}\n   got {got:?}",
                c.name
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

macro_rules! languages {
    ($($code:ident),* $(,)?) => {
        $(
            #[test]
            fn $code() {
                check(stringify!($code));
            }
        )*
    };
}

languages!(en, ru, es, zh, tr, fa, hi, ur);
