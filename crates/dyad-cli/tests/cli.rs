//! End-to-end: the real binary over real files and a real SQLite database.

use assert_cmd::Command;
use std::fs;

fn dyad() -> Command {
    Command::cargo_bin("dyad").expect("binary built")
}

const ARTICLE: &str = "Pakistan and Iran agree to boost border trade\n\nISLAMABAD, April 22, 2024 — Iranian President Ebrahim Raisi met Pakistani Prime Minister Shehbaz Sharif in Islamabad on Monday. The two sides signed eight agreements on trade and security.\n\n“We will raise trade to ten billion dollars,” Raisi said.\n";

#[test]
fn extract_prints_one_json_object_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let bad = dir.path().join("b.txt");
    fs::write(&bad, b"PK\x03\x04\x00\x00 binary").unwrap();
    let out = dyad().arg("extract").arg(&a).arg(&bad).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "one line per input: the good one extracted, the unreadable one with its error"
    );
    let doc = &lines[0];
    assert_eq!(doc["doc"]["language"], "en");
    assert_eq!(doc["doc"]["published"]["date"], "2024-04-22");
    let events = doc["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["type"] == "CONSULT"), "{events:#?}");
    assert!(
        lines[1]["doc"]["path"].as_str().unwrap().ends_with("b.txt"),
        "the error names the file: {}",
        lines[1]
    );
    assert!(lines[1]["error"].as_str().unwrap().contains("binary"));
}

#[test]
fn extract_reads_jsonl_from_stdin() {
    let rec = serde_json::json!({"id": "x1", "text": "Russia accused Ukraine of shelling the Zaporizhzhia plant.", "published": "2022-08-10"});
    let out = dyad()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin(format!("{rec}\nnot json\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(v["doc"]["id"], "x1");
    let ev = &v["events"][0];
    assert_eq!(ev["type"], "ACCUSE");
    assert_eq!(ev["source"]["country"], "RUS");
    assert_eq!(ev["target"]["country"], "UKR");
}

#[test]
fn language_option_is_the_default_a_record_overrides() {
    // One line of Spanish reads as French to the identifier; `--language es` says otherwise,
    // except for the record that declares its own language.
    let input = concat!(
        r#"{"id":"a","text":"La Francia expulsa diplomáticos rusos.","published":"2024-03-08"}"#,
        "\n",
        r#"{"id":"b","text":"La Francia expulsa diplomáticos rusos.","language":"fr"}"#,
        "\n",
    );
    let run = |args: &[&str]| {
        let out = dyad()
            .args(["extract"])
            .args(args)
            .write_stdin(input)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let types: Vec<String> = v["events"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["type"].as_str().unwrap().to_string())
                    .collect();
                format!("{} {} {types:?}", v["doc"]["id"], v["doc"]["language"])
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(run(&[]), [r#""a" "fr" []"#, r#""b" "fr" []"#]);
    assert_eq!(
        run(&["--language", "es"]),
        [r#""a" "es" ["SANCTION"]"#, r#""b" "fr" []"#]
    );
    let out = dyad()
        .args(["extract", "--language", "klingon", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--language \"klingon\" names no language dyad knows"),
        "{err}"
    );
}

#[test]
fn ingest_twice_is_a_no_op_and_queries_work() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let db = dir.path().join("t.db");
    let first = dyad()
        .arg("ingest")
        .arg(&a)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(first.status.success());
    assert!(String::from_utf8_lossy(&first.stdout).contains("ingested 1 new"));
    let second = dyad()
        .arg("ingest")
        .arg(&a)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&second.stdout).contains("ingested 0 new"));
    let ev = dyad()
        .args([
            "events", "--actor", "IRN", "--actor", "PAK", "--format", "json", "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert!(ev.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&ev.stdout).unwrap();
    assert!(!rows.as_array().unwrap().is_empty());
    let csv = dyad()
        .args(["events", "--format", "csv", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("id,date,"));
    let actors = dyad().args(["actors", "--db"]).arg(&db).output().unwrap();
    assert!(String::from_utf8_lossy(&actors.stdout).contains("Shehbaz Sharif"));
}

#[test]
fn querying_a_missing_database_is_a_clear_error() {
    let out = dyad()
        .args(["events", "--db", "/nonexistent/dir/x.db"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"));
}

#[test]
fn relations_commands_over_an_ingested_article() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    let db = dir.path().join("r.db");
    assert!(dyad()
        .arg("ingest")
        .arg(&a)
        .arg("--db")
        .arg(&db)
        .arg("--quiet")
        .output()
        .unwrap()
        .status
        .success());
    let json = |args: &[&str]| -> serde_json::Value {
        let out = dyad()
            .args(args)
            .args(["--format", "json", "--db"])
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    // The headline "Pakistan and Iran agree …" is PAK → IRN AGREE.
    let s = json(&["relations", "PAK", "IRN", "--period", "month"]);
    assert_eq!(s["period"], "month");
    assert_eq!(s["quads"], "dyad-1");
    let april = &s["buckets"][0];
    assert_eq!(april["label"], "2024-04");
    assert_eq!(april["by_type"]["AGREE"]["events"], 1, "{s:#}");
    assert_eq!(april["intensity_sum"], 2.5);
    assert_eq!(april["sources"], 1);
    let n = json(&["network"]);
    assert!(
        n["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["source"] == "PAK" && e["target"] == "IRN"),
        "{n:#}"
    );
    let t = json(&["timeline", "PAK"]);
    assert!(!t["events"].as_array().unwrap().is_empty());
    let q = json(&["quotes", "--speaker", "Ebrahim Raisi"]);
    assert_eq!(q[0]["text"], "We will raise trade to ten billion dollars,");
    // Impossible requests fail with a reason.
    for bad in [
        &["relations", "IRN", "PAK", "--period", "fortnight"][..],
        &[
            "relations",
            "IRN",
            "PAK",
            "--since",
            "2025-01-01",
            "--until",
            "2024-01-01",
        ],
        &["relations", "IRN", "PAK", "--quads", "nope"],
        &["network", "--level", "galaxy"],
    ] {
        let out = dyad().args(bad).arg("--db").arg(&db).output().unwrap();
        assert!(!out.status.success(), "{bad:?}");
        assert!(!out.stderr.is_empty());
    }
    // An actor nobody knows is an error naming it, not an empty series.
    for (bad, needle) in [
        (&["relations", "XXX", "YYY"][..], "SOURCE \"XXX\""),
        (&["relations", "PAK", "YYY"], "TARGET \"YYY\""),
        (&["timeline", "QQQ"], "ACTOR \"QQQ\""),
        (&["network", "--actor", "ZZZ"], "--actor \"ZZZ\""),
        (
            &["quotes", "--about", "Nobody Atall"],
            "--about \"Nobody Atall\"",
        ),
    ] {
        let out = dyad().args(bad).arg("--db").arg(&db).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{bad:?}");
        assert!(out.stdout.is_empty(), "{bad:?}: nothing on stdout");
        assert!(err.contains(needle), "{bad:?}: {err}");
    }
}

/// One HTTP/1.1 request; the server closes the connection after answering.
fn http(addr: &str, method: &str, path: &str, headers: &[&str], body: &[u8]) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out[9..12].parse().unwrap();
    let body = out
        .split_once("\r\n\r\n")
        .map(|x| x.1)
        .unwrap_or("")
        .to_string();
    (status, body)
}

#[test]
fn serve_ingests_through_the_pipeline_and_answers() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dyad"))
        .args(["serve", "--port", "0", "--token", "t0k", "--db"])
        .arg(&db)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let (status, body) = http(
        &addr,
        "POST",
        "/api/documents?published=2024-04-22&id=raisi",
        &["Content-Type: text/plain", "Authorization: Bearer t0k"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(status, 201, "{body}");
    assert!(body.contains("\"inserted\":1"), "{body}");
    // The same again is a no-op.
    let (status, body) = http(
        &addr,
        "POST",
        "/api/documents?published=2024-04-22&id=raisi",
        &["Content-Type: text/plain", "Authorization: Bearer t0k"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = http(&addr, "GET", "/api/events?actor=PAK&actor=IRN", &[], b"");
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["items"][0]["doc_id"], "raisi", "{v:#}");
    let (status, _) = http(
        &addr,
        "POST",
        "/api/documents",
        &["Content-Type: text/plain"],
        b"x",
    );
    assert_eq!(status, 401);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn kb_words_prints_what_the_name_matcher_reads_a_word_as() {
    // «кандидат» is read by the stem канд* of Канди (Kandy) and is listed as ambiguous; «стол»
    // (table) is no name; «Грузии» is Georgia in the genitive (a name as the base writes it), not listed.
    let out = dyad()
        .args(["kb", "words", "--lang", "ru"])
        .write_stdin("кандидат\t4.49\nстол\t4.9\nГрузии\t4.6\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        ["word", "zipf", "surface", "rule", "pattern", "entities", "kinds", "listed"]
    );
    assert_eq!(rows.len(), 3, "{stdout}");
    assert_eq!(
        rows[1][..5],
        ["кандидат", "4.49", "кандидат", "stem", "канд*"]
    );
    assert!(rows[1][5].ends_with("Kandy"), "{stdout}");
    assert_eq!(rows[1][6..], ["place", "ambiguous"]);
    assert_eq!(rows[2][..4], ["Грузии", "4.6", "грузии", "name"]);
    assert_eq!(rows[2][5..], ["country:GEO Georgia", "country", "-"]);
}
