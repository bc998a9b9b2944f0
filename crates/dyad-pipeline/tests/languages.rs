//! One test per language, run by one macro over `fixtures/lang/<code>.toml`: sentences written
//! for dyad about real events, each with the exact entities and the exact events an analyst
//! would code from it — including what must not be coded (false-friend words, datelines,
//! locatives, topics, plans and denials). Every language with data under `data/lang/` must have
//! a fixture file.
//!
//! A case the engine cannot do yet carries `xfail = "why"`; the test fails if such a case
//! starts to pass, so the mark is removed when the engine catches up.
//!
//! `fixtures/discourse/<code>.toml` holds short reports whose actors are named in an earlier
//! sentence (events/discourse): their events also say the path that gave the roles
//! ("CONSULT RUS.GOV PAK.GOV 2021-04-07 | drop>src,with>tgt"), and their entities are not
//! listed.

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
    /// Every entity linked in the text, as "CODE Name" ("RUS.GOV Sergey Lavrov"), or "- Name"
    /// for one with no actor code (a place's name is its place); unchecked when left out.
    #[serde(default)]
    entities: Option<Vec<String>>,
    /// Every event, as "TYPE SOURCE TARGET DATE" with an optional fifth field, the aux mode
    /// ("future", "negated", "hypothetical", "historical"); "-" for no target or no date; and
    /// after " | " the path that gave its roles, where the fixture states it.
    events: Vec<String>,
    #[serde(default)]
    xfail: Option<String>,
}

/// What the pipeline makes of one case: (entities, events) in the fixture's notation.
fn run(c: &Case) -> (BTreeSet<String>, BTreeSet<String>) {
    let doc = common::process(&c.text, &c.published);
    let day = doc.published_day();
    let entities = doc
        .entities
        .iter()
        .map(|e| {
            let code = match e.kind {
                dyad_core::EntityKind::Place => "-".to_string(),
                _ => e.actor_on(day).map_or("-".into(), |a| a.to_string()),
            };
            format!("{code} {}", e.name)
        })
        .collect();
    let with_path = c.events.iter().any(|e| e.contains(" | "));
    let events = doc
        .events
        .iter()
        .map(|e| {
            let line = common::event_line(e);
            if with_path {
                format!("{line} | {}", e.rule.split('|').nth(1).unwrap_or(""))
            } else {
                line
            }
        })
        .collect();
    (entities, events)
}

fn check(code: &str) {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    check_file(code, &format!("{dir}/lang/{code}.toml"), &mut failures);
    let discourse = format!("{dir}/discourse/{code}.toml");
    if std::path::Path::new(&discourse).is_file() {
        check_file(code, &discourse, &mut failures);
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn check_file(code: &str, path: &str, failures: &mut Vec<String>) {
    let contents = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: File = toml::from_str(&contents).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(!file.case.is_empty(), "{path}: no cases");
    for c in &file.case {
        let (entities, events) = run(c);
        let want_entities: Option<BTreeSet<String>> =
            c.entities.as_ref().map(|e| e.iter().cloned().collect());
        let want_events: BTreeSet<String> = c.events.iter().cloned().collect();
        let ok = want_entities.as_ref().is_none_or(|w| *w == entities) && events == want_events;
        match (&c.xfail, ok) {
            (None, false) => failures.push(format!(
                "{code}/{}:\n  entities want {want_entities:?}\n           got {entities:?}\n  events   want {want_events:?}\n           got {events:?}",
                c.name
            )),
            (Some(why), true) => failures.push(format!(
                "{code}/{}: passes now; remove its xfail ({why})",
                c.name
            )),
            _ => {}
        }
    }
}

macro_rules! languages {
    ($($code:ident),* $(,)?) => {
        $(
            #[test]
            fn $code() {
                check(stringify!($code));
            }
        )*

        /// Every language with data has its fixture file, and every fixture file is run.
        #[test]
        fn every_language_is_tested() {
            let tested: BTreeSet<&str> = [$(stringify!($code)),*].into_iter().collect();
            let data = format!("{}/../../data/lang", env!("CARGO_MANIFEST_DIR"));
            let with_data: BTreeSet<String> = std::fs::read_dir(&data)
                .unwrap()
                .flatten()
                .filter(|e| e.path().join("language.toml").is_file())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect();
            for l in &with_data {
                assert!(tested.contains(l.as_str()), "data/lang/{l} has no fixture test");
            }
        }
    };
}

languages!(en, ar, ru, ur, fa, ps, hi, zh, fr, es, de, tr, uz, bn);
