//! What a script can trust: exit codes, one line per input from `extract`, read-only queries,
//! output formats that are what they say, errors for filters that cannot match, quiet broken
//! pipes, capped diagnostics, replaced versions and recoding. The real binary, real files, a
//! real SQLite database.

mod common;

use common::{dyad, succeed};
use std::fs;
use std::path::Path;

const ARTICLE: &str = "Pakistan and Iran agree to boost border trade\n\nISLAMABAD, April 22, 2024 — Iranian President Ebrahim Raisi met Pakistani Prime Minister Shehbaz Sharif in Islamabad on Monday. The two sides signed eight agreements on trade and security.\n\nRussian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Ishaq Dar in Islamabad on Tuesday, and Lavrov criticised the United States.\n";

/// A database holding the article, in `dir`.
fn ingested(dir: &Path) -> std::path::PathBuf {
    let a = dir.join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let db = dir.join("t.db");
    succeed(
        dyad()
            .arg("ingest")
            .arg(&a)
            .arg("--db")
            .arg(&db)
            .arg("--quiet"),
    );
    db
}

fn run(args: &[&str], db: &Path) -> std::process::Output {
    dyad().args(args).arg("--db").arg(db).output().unwrap()
}

#[test]
fn ingest_exits_non_zero_when_an_input_cannot_be_read_after_doing_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    // Nothing readable: no database is created.
    let out = dyad()
        .args(["ingest", "/nonexistent.txt", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!db.exists());
    // One missing among good ones: the rest is stored, the exit says something was not.
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let out = dyad()
        .arg("ingest")
        .arg(&a)
        .arg("/nonexistent.txt")
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/nonexistent.txt") && stderr.contains("1 input(s) could not be read"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 1 new"));
}

#[test]
fn extract_is_a_filter_one_line_per_input_errors_in_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let bin = dir.path().join("b.txt");
    fs::write(&bin, b"PK\x03\x04\x00\x00 binary").unwrap();
    let out = dyad()
        .arg("extract")
        .arg(&a)
        .arg(&bin)
        .arg("/nonexistent.txt")
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["error"].is_null());
    assert!(lines[1]["error"].as_str().unwrap().contains("binary data"));
    assert_eq!(lines[1]["doc"]["path"], bin.to_str().unwrap());
    assert_eq!(lines[1]["diagnostics"][0]["stage"], "ingest");
    assert!(lines[2]["error"].as_str().unwrap().contains("No such file"));
    // JSONL records: a bad line keeps its place.
    let out = dyad()
        .args(["extract", "-"])
        .write_stdin("{\"id\":\"a\",\"text\":\"Lavrov met Dar.\"}\nnot json\n{\"id\":\"c\",\"text\":\"Raisi met Sharif.\"}\n")
        .output()
        .unwrap();
    let ids: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]["id"].clone())
        .collect();
    assert_eq!(
        ids,
        [
            serde_json::json!("a"),
            serde_json::Value::Null,
            serde_json::json!("c")
        ]
    );
}

#[test]
fn queries_open_read_only_and_refuse_other_programs_databases() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("theirs.sqlite");
    let made = std::process::Command::new("python3")
        .arg("-c")
        .arg(format!(
            "import sqlite3; c=sqlite3.connect({:?}); c.execute('create table t(x)'); c.commit()",
            foreign.to_str().unwrap()
        ))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    let before = fs::read(&foreign).unwrap();
    for args in [
        &["events"][..],
        &["summary"],
        &["ingest", "/nonexistent.txt"],
    ] {
        let out = run(args, &foreign);
        assert!(!out.status.success());
    }
    let out = run(&["summary"], &foreign);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not a dyad database"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        before,
        fs::read(&foreign).unwrap(),
        "the foreign database was changed"
    );
    // Our own database is queried without being written.
    let db = ingested(dir.path());
    let before = fs::read(&db).unwrap();
    for args in [
        &["events"][..],
        &["summary"],
        &["actors"],
        &["export"],
        &["diagnostics"],
    ] {
        let out = run(args, &db);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        before,
        fs::read(&db).unwrap(),
        "a query changed the database"
    );
}

#[test]
fn csv_parses_back_with_as_many_fields_as_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let out = run(&["events", "--format", "csv", "--include-aux"], &db);
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[header.len() - 1], "sentence");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for r in &rows {
        assert_eq!(r.len(), header.len());
    }
    let sentence = header.iter().position(|h| h == "sentence").unwrap();
    assert!(rows.iter().any(|r| r[sentence].contains("Lavrov")));
}

/// The GDELT Event Codebook's columns (V2.0, 2015-02-19), in order; 1.0 daily files lack the
/// three `*Geo_ADM2Code` columns.
const GDELT2: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

fn gdelt(db: &Path, format: &str) -> Vec<Vec<String>> {
    let out = run(&["events", "--format", format], db);
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn gdelt_exports_have_the_codebook_layouts() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let v2 = gdelt(&db, "gdelt");
    let v1 = gdelt(&db, "gdelt1");
    assert!(!v2.is_empty() && v1.len() == v2.len());
    let col = |name: &str| GDELT2.iter().position(|c| *c == name).unwrap();
    let v1_columns: Vec<&str> = GDELT2
        .iter()
        .copied()
        .filter(|c| !c.ends_with("ADM2Code"))
        .collect();
    assert_eq!(v1_columns.len(), 58);
    let col1 = |name: &str| v1_columns.iter().position(|c| *c == name).unwrap();
    for (r2, r1) in v2.iter().zip(&v1) {
        assert_eq!(r2.len(), 61, "{r2:?}");
        assert_eq!(r1.len(), 58, "{r1:?}");
        // No header: the first field is a number.
        assert!(r2[0].parse::<u64>().is_ok(), "{}", r2[0]);
        for name in [
            "GLOBALEVENTID",
            "SQLDATE",
            "EventCode",
            "GoldsteinScale",
            "ActionGeo_CountryCode",
            "SOURCEURL",
        ] {
            assert_eq!(r2[col(name)], r1[col1(name)], "{name}");
        }
        assert_eq!(r2[col("SQLDATE")].len(), 8);
        assert_eq!(r2[col("DATEADDED")].len(), 14);
        assert_eq!(r1[col1("DATEADDED")].len(), 8);
        let root = &r2[col("EventRootCode")];
        assert!(r2[col("EventCode")].starts_with(root.as_str()));
    }
    // Lavrov met Dar in Islamabad: CAMEO 040 (consult), Goldstein 1.0 as GDELT's table has
    // it, the place's country as FIPS "PK" (ISO would be PAK), Russia as Actor1.
    let consult = v2
        .iter()
        .find(|r| r[col("Actor1Code")] == "RUSGOV" && r[col("EventCode")] == "040")
        .expect("Lavrov's meeting");
    assert_eq!(consult[col("QuadClass")], "1");
    assert_eq!(consult[col("GoldsteinScale")], "1.0");
    assert_eq!(consult[col("Actor1CountryCode")], "RUS");
    assert_eq!(consult[col("Actor1Type1Code")], "GOV");
    assert_eq!(consult[col("ActionGeo_FullName")], "Islamabad");
    assert_eq!(consult[col("ActionGeo_CountryCode")], "PK");
    assert_eq!(consult[col("ActionGeo_Type")], "4");
    assert_eq!(consult[col("Actor1Geo_Type")], "0");
    let criticism = v2
        .iter()
        .find(|r| r[col("EventRootCode")] == "11")
        .expect("Lavrov's criticism");
    assert_eq!(criticism[col("QuadClass")], "3");
    assert!(criticism[col("GoldsteinScale")].starts_with('-'));
}

#[test]
fn json_events_have_the_extract_shape() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let out = run(&["events", "--format", "json"], &db);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let extracted = dyad()
        .arg("extract")
        .arg(dir.path().join("a.txt"))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&extracted.stdout).unwrap();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        // What the store adds: the document, and the folded event with its counts.
        k.retain(|k| !["doc", "cluster", "sources", "reports", "articles"].contains(&k.as_str()));
        k.sort();
        k
    };
    let ev = &doc["events"][0];
    assert_eq!(keys(&rows[0]), keys(ev));
    assert!(rows[0]["context"].is_array());
    assert!(rows[0]["source"].is_object());
}

#[test]
fn actors_in_any_script_and_filters_that_cannot_match() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let count = |args: &[&str]| -> usize {
        let mut all = vec!["events", "--format", "json"];
        all.extend_from_slice(args);
        let out = run(&all, &db);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout)
            .unwrap()
            .len()
    };
    let by_code = count(&["--actor", "RUS"]);
    assert!(by_code > 0);
    assert_eq!(count(&["--actor", "Lavrov"]), by_code);
    assert_eq!(count(&["--actor", "Лавров"]), by_code);
    assert_eq!(count(&["--actor", "Sergey Lavrov"]), by_code);
    for (args, says) in [
        (
            &["--since", "2025-01-01", "--until", "2024-01-01"][..],
            "is after",
        ),
        (&["--actor", "XYZ"], "not a country"),
        (&["--actor", "Nobody Anywhere"], "not an actor code"),
        (&["--type", "PARTY"], ""),
        (&["--min-confidence", "2"], "outside"),
    ] {
        let mut all = vec!["events"];
        all.extend_from_slice(args);
        let out = run(&all, &db);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}"
        );
    }
    // actors has no GDELT layout: asking for one is an error, not CSV.
    assert!(!run(&["actors", "--format", "gdelt"], &db).status.success());
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let bin = assert_cmd::cargo::cargo_bin("dyad");
    for args in [
        &["events", "--format", "csv"][..],
        &["export"],
        &["summary"],
    ] {
        let mut child = std::process::Command::new(&bin)
            .args(args)
            .arg("--db")
            .arg(&db)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before anything is written
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_flood_of_bad_records_is_capped_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("flood.jsonl");
    let mut lines = "not json\n".repeat(5000);
    lines.push_str("{\"id\":\"ok\",\"text\":\"Lavrov met Dar in Islamabad on Tuesday.\"}\n");
    fs::write(&feed, lines).unwrap();
    let db = dir.path().join("f.db");
    let out = dyad()
        .arg("ingest")
        .arg(&feed)
        .arg("--db")
        .arg(&db)
        .arg("--quiet")
        .output()
        .unwrap();
    // Bad records are not unreadable inputs: the exit is 0.
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 21, "{stderr}");
    assert!(stderr.contains("4980 more problems"), "{stderr}");
    let listed = run(&["diagnostics", "--format", "json"], &db);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows.len(), 21);
    assert!(rows.iter().all(|r| r["stage"] == "ingest"));
}

#[test]
fn an_edited_file_replaces_its_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("feed");
    fs::create_dir(&folder).unwrap();
    let a = folder.join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let db = dir.path().join("k.db");
    let ingest = |input: &Path| {
        let out = dyad()
            .arg("ingest")
            .arg(input)
            .arg("--db")
            .arg(&db)
            .arg("--quiet")
            .output()
            .unwrap();
        assert!(out.status.success());
    };
    ingest(&folder);
    fs::write(
        &a,
        ARTICLE.replace("Tuesday", "Wednesday").replace(
            "Lavrov criticised the United States",
            "nothing else happened",
        ),
    )
    .unwrap();
    ingest(&folder);
    let out = run(&["summary"], &db);
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.starts_with("documents: 1 "), "{summary}");
    let export = run(&["export"], &db);
    let text = String::from_utf8_lossy(&export.stdout);
    assert!(
        text.contains("Wednesday") && !text.contains("criticised"),
        "the old version is still there"
    );
    let doc: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(doc["doc"]["key"], "a.txt");
}

#[test]
fn recode_applies_an_imported_dictionary_to_stored_documents() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("kb");
    let text =
        "Zorbek Talasov, a newly appointed envoy, met Pakistani officials in Islamabad on Monday.";
    let a = dir.path().join("z.txt");
    fs::write(&a, text).unwrap();
    let db = dir.path().join("z.db");
    let with_kb = |args: &[&str]| {
        dyad()
            .env("DYAD_KB_DIR", &kb)
            .args(args)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap()
    };
    let out = dyad()
        .env("DYAD_KB_DIR", &kb)
        .arg("ingest")
        .arg(&a)
        .arg("--db")
        .arg(&db)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(out.status.success());
    let before = String::from_utf8_lossy(&with_kb(&["export"]).stdout).to_string();
    assert!(!before.contains("KAZ"), "{before}");
    let tsv = dir.path().join("mine.tsv");
    fs::write(
        &tsv,
        "name\tkind\tactor\tfrom\tto\taliases\nZorbek Talasov\tperson\tKAZ.GOV\t\t\tTalasov\n",
    )
    .unwrap();
    let imported = dyad()
        .env("DYAD_KB_DIR", &kb)
        .args(["kb", "import", "--format", "tsv"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let out = with_kb(&["recode"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("recoded 1 of 1"));
    let after = String::from_utf8_lossy(&with_kb(&["export"]).stdout).to_string();
    assert!(after.contains("KAZ"), "{after}");
}
