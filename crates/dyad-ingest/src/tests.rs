//! Tests of the whole reader: files, folders, stdin-like streams.

use super::*;
use flate2::{write::GzEncoder, Compression};
use std::fs;
use std::io::Write;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn stream(bytes: &[u8]) -> Vec<Result<RawDocument, IngestError>> {
    read_stream(Cursor::new(bytes.to_vec()), "-").collect()
}

const ARTICLE: &str = "<!DOCTYPE html><html><head><title>Kabul talks</title><meta name=\"date\" content=\"2025-07-03\"></head><body><nav><a href=\"/\">Home</a></nav><article><p>Russia became the first country to formally recognise the Taliban government of Afghanistan, the foreign ministry in Moscow announced on Thursday after receiving the credentials of the new ambassador.</p></article></body></html>";

#[test]
fn stdin_is_sniffed() {
    let docs = stream(b"  Plain text from stdin.\n");
    let doc = docs[0].as_ref().unwrap();
    assert_eq!(doc.text, "  Plain text from stdin.\n");
    assert_eq!(
        (doc.id.as_str(), doc.path.as_deref()),
        (doc.hash.as_str(), None)
    );

    let docs = stream(b"{\"id\":\"x\",\"text\":\"one\"}\n{\"id\":\"y\",\"text\":\"two\"}\n");
    let ids: Vec<_> = docs
        .iter()
        .map(|d| d.as_ref().unwrap().id.clone())
        .collect();
    assert_eq!(ids, ["x", "y"]);

    let docs = stream(ARTICLE.as_bytes());
    let doc = docs[0].as_ref().unwrap();
    assert!(
        doc.text.contains("first country to formally recognise"),
        "{}",
        doc.text
    );
    assert_eq!(doc.published.as_deref(), Some("2025-07-03"));
    assert_eq!(doc.title.as_deref(), Some("Kabul talks"));

    let warc = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///a.txt\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    let docs = stream(warc);
    assert_eq!(
        docs[0].as_ref().unwrap().url.as_deref(),
        Some("file:///a.txt")
    );
}

#[test]
fn gzipped_stdin_is_gunzipped_then_sniffed() {
    let docs = stream(&gzip(b"{\"text\":\"zipped record\"}\n"));
    assert_eq!(docs[0].as_ref().unwrap().text, "zipped record");
    let docs = stream(&gzip("Текст".as_bytes()));
    assert_eq!(docs[0].as_ref().unwrap().text, "Текст");
    // Corrupt gzip: an error naming stdin, not a panic.
    let mut bad = gzip(b"some text that is long enough to be compressed");
    bad.truncate(12);
    let docs = stream(&bad);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].as_ref().unwrap_err().path(), "-");
}

#[test]
fn empty_and_binary_streams() {
    assert!(matches!(
        stream(b"").pop().unwrap().unwrap_err().kind(),
        ErrorKind::Empty
    ));
    let e = stream(b"GIF89a\x00\x01\x02").pop().unwrap().unwrap_err();
    assert!(e.to_string().starts_with("-: binary data"), "{e}");
}

#[test]
fn a_100_mb_stream_is_refused_not_read_whole() {
    // 100 MB of text through the stdin path: read up to the limit, then refused.
    let huge = io::repeat(b'a').take(100 * 1024 * 1024);
    let docs: Vec<_> = read_stream(huge, "-").collect();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].as_ref().unwrap_err().is_too_large());
}

/// A small corpus on disk covering every format.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("articles/sub")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(
        root.join("articles/01_en.txt"),
        "Lavrov arrived in Islamabad.",
    )
    .unwrap();
    fs::write(root.join("articles/02_bom.txt"), b"\xEF\xBB\xBFBOM text.").unwrap();
    fs::write(root.join("articles/03_bad.txt"), b"ok\xC3\x28bad").unwrap();
    fs::write(root.join("articles/04_page.html"), ARTICLE).unwrap();
    fs::write(root.join("articles/sub/05.txt.gz"), gzip(b"gzipped text")).unwrap();
    fs::write(
        root.join("articles/sub/06.jsonl.gz"),
        gzip(b"{\"id\":\"r1\",\"text\":\"one\"}\nnot json\n{\"id\":\"r3\",\"text\":\"three\"}\n"),
    )
    .unwrap();
    fs::write(root.join("articles/binary.txt"), b"\x00\x01\x02junk").unwrap();
    fs::write(root.join("articles/image.png"), b"\x89PNG\x00").unwrap();
    fs::write(root.join("articles/.hidden.txt"), "hidden").unwrap();
    fs::write(root.join(".git/config.txt"), "hidden folder").unwrap();
    fs::write(root.join("notes.md"), "# Notes").unwrap();
    dir
}

#[test]
fn folder_walk() {
    let dir = corpus();
    let results: Vec<_> = read_inputs(&[dir.path().to_path_buf()]).collect();
    let summary: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(d) => format!("{} = {}", d.id, d.text.chars().take(20).collect::<String>()),
            Err(e) => {
                let rel = e
                    .path()
                    .strip_prefix(&format!("{}/", dir.path().display()))
                    .unwrap();
                format!("error {rel} {:?}", e.location())
            }
        })
        .collect();
    assert_eq!(
        summary,
        [
            "articles/01_en.txt = Lavrov arrived in Is",
            "articles/02_bom.txt = BOM text.",
            "articles/03_bad.txt = okĂ(bad",
            "articles/04_page.html = Russia became the fi",
            "error articles/binary.txt None",
            "articles/sub/05.txt.gz = gzipped text",
            "r1 = one",
            "error articles/sub/06.jsonl.gz Some(Line(2))",
            "r3 = three",
            "notes.md = # Notes",
        ]
    );
    // Not UTF-8 and nothing declared: decoded by a guess, which the document says.
    let bad = results[2].as_ref().unwrap();
    let enc = bad.encoding.as_ref().unwrap();
    assert_eq!(
        (enc.name.as_str(), enc.from.as_str()),
        ("windows-1250", "detected")
    );
    assert!(
        bad.diagnostics[0]
            .message
            .contains("decoded as windows-1250"),
        "{:?}",
        bad.diagnostics
    );
    // Files found in a folder are known by their path in it.
    assert_eq!(bad.key(), "articles/03_bad.txt");
    let binary = results[4].as_ref().unwrap_err();
    assert!(
        matches!(binary.kind(), ErrorKind::Binary { offset: 0 }),
        "{binary}"
    );
    let first = results[0].as_ref().unwrap();
    assert_eq!(
        first.path.as_deref(),
        Some(dir.path().join("articles/01_en.txt").to_str().unwrap())
    );
    assert_eq!(
        first.hash,
        read::sha256_hex(b"Lavrov arrived in Islamabad.")
    );
    // The BOM is stripped from the text but part of the bytes as found.
    assert_eq!(
        results[1].as_ref().unwrap().hash,
        read::sha256_hex(b"\xEF\xBB\xBFBOM text.")
    );
}

#[test]
fn files_named_directly_and_missing_inputs() {
    let dir = corpus();
    let file = dir.path().join("articles/01_en.txt");
    let missing = dir.path().join("nope.txt");
    let results: Vec<_> = read_inputs(&[file.clone(), missing.clone(), file.clone()]).collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, file.to_str().unwrap());
    assert_eq!(
        results[1].as_ref().unwrap_err().path(),
        missing.to_str().unwrap()
    );
    assert!(results[2].is_ok());
    // An unknown extension named directly is sniffed, not skipped.
    let odd = dir.path().join("dump.data");
    fs::write(&odd, "{\"id\":\"j\",\"text\":\"sniffed\"}\n").unwrap();
    let docs: Vec<_> = read_inputs(&[odd]).collect();
    assert_eq!(docs[0].as_ref().unwrap().id, "j");
}

#[test]
fn large_file_is_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    let f = fs::File::create(&big).unwrap();
    f.set_len(MAX_DOCUMENT_BYTES + 1).unwrap(); // sparse: costs no disk
    let docs: Vec<_> = read_inputs(&[big]).collect();
    assert!(docs[0].as_ref().unwrap_err().is_too_large());
}

#[test]
fn stream_is_lazy_and_send() {
    fn assert_send<T: Send>(_: &T) {}
    let it = read_inputs(&[PathBuf::from("/definitely/not/here")]);
    assert_send(&it);
}

#[test]
fn a_file_has_one_key_however_its_path_is_written() {
    let dir = corpus();
    let plain = dir.path().join("articles/01_en.txt");
    let dotted = dir.path().join("articles/./sub/../01_en.txt");
    let docs: Vec<_> = read_inputs(&[plain.clone(), dotted.clone()])
        .map(Result::unwrap)
        .collect();
    // The id is the path as given (scorers key on it); the key is the same for both.
    assert_eq!(docs[0].id, plain.to_str().unwrap());
    assert_eq!(docs[1].id, dotted.to_str().unwrap());
    assert_eq!(docs[0].key(), docs[1].key());
    assert_eq!(
        docs[0].key(),
        fs::canonicalize(&plain).unwrap().to_str().unwrap()
    );
}

#[cfg(unix)]
#[test]
fn fifos_are_skipped_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    fs::write(dir.path().join("y.txt"), "Lavrov arrived.").unwrap();
    // Named directly and found in a folder: an error each time, never a hang.
    for input in [fifo.clone(), dir.path().to_path_buf()] {
        let docs: Vec<_> = read_inputs(&[input]).collect();
        let err = docs
            .iter()
            .find_map(|d| d.as_ref().err())
            .expect("an error for the FIFO");
        assert!(matches!(err.kind(), ErrorKind::NotRegular), "{err}");
        assert!(err.is_unreadable_input());
        assert!(err.to_string().contains("not a regular file"), "{err}");
    }
    let docs: Vec<_> = read_inputs(&[dir.path().to_path_buf()]).collect();
    assert!(docs
        .iter()
        .any(|d| d.as_ref().is_ok_and(|d| d.text == "Lavrov arrived.")));
}

#[test]
fn a_page_a_hundred_thousand_elements_deep_is_read_on_a_small_stack() {
    let page = "<html><body>".to_string()
        + &"<div>".repeat(100_000)
        + "<p>Lavrov arrived in Islamabad on Tuesday for talks with Pakistani officials about trade, security and the situation in Afghanistan.</p>"
        + &"</div>".repeat(100_000)
        + "</body></html>";
    // Worker threads have 2 MiB stacks: the page must be read within one.
    let doc = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || read_stream(Cursor::new(page.into_bytes()), "deep.html").next())
        .unwrap()
        .join()
        .expect("no stack overflow")
        .unwrap()
        .unwrap();
    assert!(
        doc.text.contains("Lavrov arrived in Islamabad"),
        "{:?}",
        doc.text
    );
    assert!(
        doc.diagnostics[0]
            .message
            .starts_with("HTML nested 100000 elements deep"),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn forced_encoding_wins() {
    let opts = ReadOptions {
        encoding: encoding_for_label("windows-1251"),
        ..ReadOptions::default()
    };
    let docs: Vec<_> = read_stream_as(
        Cursor::new(b"\xCF\xF0\xE8\xE2\xE5\xF2 world".to_vec()),
        Some(Format::Text),
        "-",
        opts,
    )
    .collect();
    let d = docs[0].as_ref().unwrap();
    assert_eq!(d.text, "Привет world");
    let enc = d.encoding.as_ref().unwrap();
    assert_eq!(
        (enc.name.as_str(), enc.from.as_str()),
        ("windows-1251", "forced")
    );
}
