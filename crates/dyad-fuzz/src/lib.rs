//! The fuzz targets of dyad, one function per parser and stage, each taking arbitrary bytes.
//!
//! `fuzz/` (cargo-fuzz, nightly) calls these from its `fuzz_target!`s; `tests/corpus.rs` runs
//! every committed corpus input and every crash found so far through the same functions on
//! stable, so a fixed crash stays fixed. A target passes when it returns: no panic, no
//! overflow, no hang (libFuzzer's `-timeout`), no runaway memory (`-rss_limit_mb`). Each also
//! checks what must hold of its output (spans inside the text, on character boundaries).

use dyad_core::{Document, Lang, RawDocument};
use dyad_ingest::{read_stream_as, Format, ReadOptions};
use dyad_pipeline::Context;
use std::io::Cursor;
use std::sync::OnceLock;

/// A fuzz target: arbitrary bytes in, a panic if anything is wrong.
pub type Target = fn(&[u8]);

/// Every target, by the name of its folder under `fuzz/corpus` and its binary in `fuzz/`.
pub const TARGETS: &[(&str, Target)] = &[
    ("html", html),
    ("warc", warc),
    ("jsonl", jsonl),
    ("gzip", gzip),
    ("clean", clean),
    ("segment", segment),
    ("time", time),
    ("entities", entities),
    ("events", events),
    ("pipeline", pipeline),
];

/// Builds what the targets share before fuzzing starts, so that building it is not charged to
/// the first input (under a sanitizer on a busy machine it takes longer than `-timeout`).
pub fn init() {
    let _ = ctx();
    // The HTML extractor loads its stop lists on first use.
    html(b"<html><body><article><p>Lavrov met Dar in Islamabad.</p></article></body></html>");
}

/// The built-in context, built once per process.
pub fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(|| Context::builtin().expect("built-in data loads"))
}

fn read(data: &[u8], format: Option<Format>) {
    let docs = read_stream_as(
        Cursor::new(data.to_vec()),
        format,
        "fuzz",
        ReadOptions::default(),
    );
    for doc in docs.take(10_000).flatten() {
        assert!(!doc.hash.is_empty());
    }
}

/// An HTML page: charset detection, depth cap, main-content extraction, metadata.
pub fn html(data: &[u8]) {
    read(data, Some(Format::Html));
}

/// A WARC stream: records, HTTP responses, chunked and compressed bodies.
pub fn warc(data: &[u8]) {
    read(data, Some(Format::Warc));
}

/// JSON Lines records, text or HTML.
pub fn jsonl(data: &[u8]) {
    read(data, Some(Format::Jsonl));
}

/// Gzip around any stream: the input is gzipped as it is, and also read as if it were gzip.
pub fn gzip(data: &[u8]) {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(data).expect("writing to memory");
    read(&z.finish().expect("writing to memory"), None);
    let mut forged = vec![0x1f, 0x8b];
    forged.extend_from_slice(data);
    read(&forged, None);
}

/// The language a target runs as: picked by the first byte, so the fuzzer reaches them all.
fn lang_text(data: &[u8]) -> (Lang, String) {
    let (first, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let langs = ctx().kb.languages().all();
    let lang = langs
        .get(first as usize % (langs.len() + 1))
        .map_or(Lang::UND, |l| l.lang);
    (lang, String::from_utf8_lossy(rest).into_owned())
}

fn check_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) {
    for (s, e) in spans {
        assert!(
            s <= e && text.get(s..e).is_some(),
            "span {s}..{e} of {}",
            text.len()
        );
    }
}

/// Boilerplate removal.
pub fn clean(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let c = ctx();
    let cleaned = c.cleaner.clean(&text, &c.time);
    assert!(cleaned.text.len() <= text.len() + 1, "cleaning added text");
    check_spans(
        &text,
        cleaned.removed.iter().map(|r| (r.span.start, r.span.end)),
    );
}

/// Sentences: in order, inside the text, never longer than the cap.
pub fn segment(data: &[u8]) {
    let (lang, text) = lang_text(data);
    let sentences = ctx().segmenter.split(&text, lang);
    let mut last = 0;
    for s in &sentences {
        assert!(s.span.start >= last, "sentences out of order");
        assert!(s.span.len() <= dyad_pipeline::segment::MAX_SENTENCE_BYTES);
        last = s.span.end;
    }
    check_spans(&text, sentences.iter().map(|s| (s.span.start, s.span.end)));
}

/// Time expressions and the publication date.
pub fn time(data: &[u8]) {
    let (lang, text) = lang_text(data);
    let c = ctx();
    let anchor = jiff::civil::date(2021, 4, 7);
    let times = dyad_pipeline::time::find_times(&text, lang, Some(anchor), &c.time);
    check_spans(&text, times.iter().map(|t| (t.span.start, t.span.end)));
    let _ = dyad_pipeline::time::find_durations(&text, lang, &c.time);
    // The text's own first line is also tried as a metadata date.
    let meta = text.lines().next();
    let _ = dyad_pipeline::time::publication_date(&text, meta, lang, &c.time);
}

/// The document through entity linking, in the language the first byte names.
fn through_entities(data: &[u8]) -> (Document, dyad_kb::Normalized, Lang) {
    let (lang, text) = lang_text(data);
    let c = ctx();
    let mut doc = Document::new(RawDocument {
        id: "fuzz".into(),
        hash: "fuzz".into(),
        text: text.clone(),
        published: Some("2021-04-07".into()),
        ..RawDocument::default()
    });
    doc.segments = vec![dyad_core::LangSpan {
        span: dyad_core::Span::new(0, text.len()),
        lang,
    }];
    doc.text = text;
    doc.lang = Some(lang);
    doc.published = dyad_pipeline::time::publication_date("", Some("2021-04-07"), lang, &c.time);
    doc.sentences = c.segmenter.split(&doc.text, lang);
    doc.times = dyad_pipeline::time::find_times(&doc.text, lang, doc.published_day(), &c.time);
    let norm = dyad_kb::normalize(&doc.text);
    let (entities, mentions) =
        dyad_pipeline::entities::link(&doc, &norm, &c.kb, &c.parts(&doc, &norm));
    doc.entities = entities;
    doc.mentions = mentions;
    check_spans(
        &doc.text,
        doc.mentions.iter().map(|m| (m.span.start, m.span.end)),
    );
    for m in &doc.mentions {
        assert!(m.entity < doc.entities.len(), "mention of a missing entity");
    }
    (doc, norm, lang)
}

/// Entity linking.
pub fn entities(data: &[u8]) {
    through_entities(data);
}

/// Quotes and events over linked entities.
pub fn events(data: &[u8]) {
    let (doc, norm, _) = through_entities(data);
    let c = ctx();
    let parts = c.parts(&doc, &norm);
    let quotes = dyad_pipeline::quotes::find(&doc, &norm, &parts);
    check_spans(&doc.text, quotes.iter().map(|q| (q.start, q.end)));
    let events = dyad_pipeline::events::code(&doc, &norm, &parts, &c.lexicon, c.min_confidence);
    check_spans(&doc.text, events.iter().map(|e| (e.start, e.end)));
}

/// The whole pipeline over one raw document (text sniffed as a stream first when it reads as
/// one), and its JSON.
pub fn pipeline(data: &[u8]) {
    let c = ctx();
    let raw = RawDocument {
        id: "fuzz".into(),
        hash: "fuzz".into(),
        text: String::from_utf8_lossy(data).into_owned(),
        ..RawDocument::default()
    };
    let (doc, work) = c.process_counted(raw);
    if work.exceeded {
        assert!(doc.events.is_empty() && doc.quotes.is_empty());
    }
    check_spans(&doc.text, doc.events.iter().map(|e| (e.start, e.end)));
    check_spans(
        &doc.text,
        doc.mentions.iter().map(|m| (m.span.start, m.span.end)),
    );
    let json = dyad_core::output::document_json(&doc).to_string();
    assert!(!json.is_empty());
}
