//! The time stage against its test set (`tests/fixtures/time/cases.tsv`, one expression per
//! sentence in twelve languages) and the seed articles' publication dates.

use dyad_core::{DatePrecision, Lang};
use dyad_pipeline::time::{find_times, publication_date, TimeLexicon};
use std::path::PathBuf;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Case {
    line: usize,
    lang: Lang,
    published: Option<jiff::civil::Date>,
    text: String,
    expr: Option<String>,
    value: Option<String>,
    precision: Option<DatePrecision>,
    duration: Option<u32>,
    xfail: bool,
}

fn precision(s: &str) -> Option<DatePrecision> {
    Some(match s {
        "day" => DatePrecision::Day,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        "decade" => DatePrecision::Decade,
        _ => return None,
    })
}

fn load_cases() -> Vec<Case> {
    let path = workspace().join("tests/fixtures/time/cases.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    let mut header = true;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert!(c.len() >= 7, "line {}: expected at least 7 columns", i + 1);
        let opt = |s: &str| (s != "-" && s != "none").then(|| s.to_string());
        out.push(Case {
            line: i + 1,
            lang: Lang::from_code(c[0])
                .unwrap_or_else(|| panic!("line {}: unknown language {}", i + 1, c[0])),
            published: opt(c[1])
                .map(|d| d.parse().unwrap_or_else(|e| panic!("line {}: {e}", i + 1))),
            text: c[2].to_string(),
            expr: opt(c[3]),
            value: opt(c[4]),
            precision: precision(c[5]),
            duration: opt(c[6]).map(|d| d.parse().unwrap()),
            xfail: c.get(7).is_some_and(|x| x.trim() == "xfail"),
        });
    }
    out
}

/// Checks one case; `Err` explains the failure.
fn check(lex: &TimeLexicon, c: &Case) -> Result<(), String> {
    let found = find_times(&c.text, c.lang, c.published, lex);
    let shown: Vec<String> = found
        .iter()
        .map(|t| format!("{:?}={} {:?}", t.span.of(&c.text), t.value, t.duration_days))
        .collect();
    let Some(value) = &c.value else {
        return if found.is_empty() {
            Ok(())
        } else {
            Err(format!("expected nothing, found {shown:?}"))
        };
    };
    if found.len() != 1 {
        return Err(format!("expected one expression {value}, found {shown:?}"));
    }
    let t = &found[0];
    let got = t.span.of(&c.text);
    if let Some(expr) = &c.expr {
        let at = c
            .text
            .find(expr.as_str())
            .ok_or_else(|| format!("expr {expr:?} not in text"))?;
        let want = dyad_core::Span::new(at, at + expr.len());
        if !t.span.overlaps(want) {
            return Err(format!("span {got:?} does not cover {expr:?}"));
        }
    }
    if t.value.to_string() != *value || Some(t.value.precision) != c.precision {
        return Err(format!(
            "expected {value} ({:?}), found {shown:?}",
            c.precision
        ));
    }
    if c.duration.is_some() && t.duration_days != c.duration {
        return Err(format!(
            "expected duration {:?}, found {shown:?}",
            c.duration
        ));
    }
    Ok(())
}

#[test]
fn time_expression_test_set() {
    let lex = TimeLexicon::builtin().expect("time lexicon");
    let cases = load_cases();
    assert!(cases.len() >= 300, "the test set has {} cases", cases.len());
    let mut per_lang: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut failures = Vec::new();
    let mut xfails = Vec::new();
    for c in &cases {
        let r = check(&lex, c);
        let e = per_lang.entry(c.lang.code()).or_default();
        e.1 += 1;
        if r.is_ok() {
            e.0 += 1;
        }
        match (r, c.xfail) {
            (Ok(()), true) => xfails.push(format!("XPASS line {}: {}", c.line, c.text)),
            (Ok(()), false) => {}
            (Err(m), true) => xfails.push(format!(
                "xfail line {} [{}] {}: {m}",
                c.line, c.lang, c.text
            )),
            (Err(m), false) => {
                failures.push(format!("line {} [{}] {}: {m}", c.line, c.lang, c.text))
            }
        }
    }
    let total: usize = per_lang.values().map(|v| v.1).sum();
    let ok: usize = per_lang.values().map(|v| v.0).sum();
    eprintln!("time test set: {ok}/{total} correct");
    for (l, (o, n)) in &per_lang {
        eprintln!("  {l}: {o}/{n}");
    }
    for x in &xfails {
        eprintln!("  {x}");
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_publication_dates() {
    let dir = workspace().join("../shared/seeds");
    if !dir.is_dir() {
        eprintln!("skipped: no seed articles at {}", dir.display());
        return;
    }
    let lex = TimeLexicon::builtin().expect("time lexicon");
    let want = [
        ("000_", Lang::of("en"), None),
        ("001_", Lang::of("en"), None),
        ("002_", Lang::of("en"), Some("2024-11-15")),
        ("003_", Lang::of("ar"), Some("2021-09-29")),
        ("004_", Lang::of("en"), None),
    ];
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for (prefix, lang, date) in want {
        let Some(path) = files
            .iter()
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        else {
            eprintln!("skipped: no seed {prefix}*");
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let p = publication_date(&text, None, lang, &lex);
        assert_eq!(
            p.date.map(|d| d.to_string()).as_deref(),
            date,
            "{}: {p:?}",
            path.display()
        );
        if date.is_none() {
            assert!(p.note.is_some(), "{prefix}: an unknown date says why");
        } else {
            assert_eq!(p.from, Some(dyad_core::PublishedFrom::Dateline));
        }
    }
    // 001: the page header is recognised as such, and the body's dates stay in 2021.
    if let Some(path) = files
        .iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("001_"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let p = publication_date(&text, None, Lang::of("en"), &lex);
        assert!(p.note.as_deref().unwrap_or("").contains("header"), "{p:?}");
        let anchor = Some("2021-04-08".parse().unwrap());
        let times = find_times(&text, Lang::of("en"), anchor, &lex);
        let body: Vec<String> = times
            .iter()
            .filter(|t| t.span.start > 60)
            .map(|t| t.value.to_string())
            .collect();
        assert!(body.iter().all(|v| !v.starts_with("2024")), "{body:?}");
        assert!(
            body.contains(&"2021-04-16".to_string()),
            "upcoming April 16: {body:?}"
        );
        assert!(
            body.contains(&"2021-03".to_string()),
            "last month: {body:?}"
        );
    }
}
