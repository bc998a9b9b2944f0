//! JSON Lines: one record `{"id","text"|"html","url","title","source","language","published"}`
//! per line, read a line at a time. A bad line is an error naming its line number; the next line is read
//! as usual. Blank lines are skipped, or, for a filter that answers every line, errors
//! ([`JsonlReader::blank_lines_are_records`]). Other fields are ignored.

use crate::ahead::Item;
use crate::error::{ErrorKind, IngestError, Location};
use crate::read::{read_line_limited, sha256_hex, Line};
use crate::{html, Origin, MAX_DOCUMENT_BYTES};
use dyad_core::RawDocument;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Record {
    id: Option<Scalar>,
    text: Option<String>,
    html: Option<String>,
    url: Option<String>,
    title: Option<String>,
    source: Option<String>,
    /// The record's language, if its producer knows it (`"language": "tr"`; `lang` too).
    #[serde(alias = "lang")]
    language: Option<String>,
    published: Option<Scalar>,
}

/// Ids and dates come as strings or numbers (`"id": 17`, `"published": 1617753600`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    String(String),
    Number(serde_json::Number),
}

impl Scalar {
    fn into_string(self) -> String {
        match self {
            Scalar::String(s) => s,
            Scalar::Number(n) => n.to_string(),
        }
    }
}

/// The id of a record that could not be read, if it is readable JSON with an id.
fn record_id(line: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<Scalar>,
    }
    serde_json::from_slice::<IdOnly>(line)
        .ok()?
        .id
        .map(Scalar::into_string)
}

/// The records of one JSON Lines stream, as documents.
pub(crate) struct JsonlReader<R> {
    reader: R,
    /// The input's name for errors (`-` for stdin).
    label: String,
    /// The file's path for `RawDocument::path`; `None` for stdin.
    path: Option<String>,
    line: u64,
    buf: Vec<u8>,
    done: bool,
    blank_lines_are_records: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(reader: R, label: String, path: Option<String>) -> Self {
        JsonlReader {
            reader,
            label,
            path,
            line: 0,
            buf: Vec::new(),
            done: false,
            blank_lines_are_records: false,
        }
    }

    /// With `yes`, a blank line is an error naming its line instead of being skipped.
    pub(crate) fn blank_lines_are_records(mut self, yes: bool) -> Self {
        self.blank_lines_are_records = yes;
        self
    }

    fn error(&self, kind: ErrorKind) -> IngestError {
        IngestError::new(self.label.clone(), kind).at(Location::Line(self.line))
    }

    /// The record on `line`: a document, or a page whose extraction is left for later.
    fn record(&self, line: &[u8]) -> Result<Item, ErrorKind> {
        let record: Record =
            serde_json::from_slice(line).map_err(|e| ErrorKind::Json(e.to_string()))?;
        let id = record.id.map(Scalar::into_string);
        // A record is known by its id, else by its address.
        let key = id.clone().or_else(|| record.url.clone());
        let origin = Origin {
            id,
            path: self.path.clone(),
            url: record.url,
            key,
            encoding: None,
        };
        let published = record.published.map(Scalar::into_string);
        match (record.text, record.html) {
            (Some(text), _) => {
                // The text's hash: the same text read again is known by it. Where the record
                // came from tells a syndicated copy (the same text from another outlet) from
                // it: ingest keeps a copy under a hash of its own (dyad_store::StoredText).
                let hash = sha256_hex(text.as_bytes());
                let doc = RawDocument {
                    id: origin.id.unwrap_or_else(|| hash.clone()),
                    hash,
                    path: origin.path,
                    url: origin.url,
                    title: record.title,
                    source: record.source,
                    language: record.language,
                    published,
                    text,
                    key: origin.key,
                    ..RawDocument::default()
                };
                nonempty(doc).map(|d| Item::Done(Ok(d)))
            }
            (None, Some(page)) => {
                let error = self.error(ErrorKind::Empty).record(origin.id.clone());
                let (title, source, language) = (record.title, record.source, record.language);
                Ok(Item::later(page.len(), move || {
                    // The record's own metadata wins over what the page says.
                    let doc = html::read_html(&page, &origin);
                    let doc = RawDocument {
                        title: title.or(doc.title),
                        source: source.or(doc.source),
                        language,
                        published: published.or(doc.published),
                        ..doc
                    };
                    nonempty(doc).map_err(|_| error)
                }))
            }
            (None, None) => Err(ErrorKind::Json("record has neither text nor html".into())),
        }
    }
}

/// A document with no text is an error.
fn nonempty(doc: RawDocument) -> Result<RawDocument, ErrorKind> {
    if doc.text.trim().is_empty() {
        return Err(ErrorKind::Empty);
    }
    Ok(doc)
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let read =
                read_line_limited(&mut self.reader, &mut self.buf, MAX_DOCUMENT_BYTES as usize);
            self.line += 1;
            match read {
                // A broken stream (bad gzip, I/O) cannot be resynchronised: stop after saying so.
                Err(e) => {
                    self.done = true;
                    return Some(Item::Done(Err(self.error(e.into()))));
                }
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong) => {
                    let limit = MAX_DOCUMENT_BYTES;
                    return Some(Item::Done(Err(self.error(ErrorKind::TooLarge { limit }))));
                }
                Ok(Line::Complete) => {
                    let mut line = self.buf.trim_ascii();
                    if self.line == 1 {
                        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
                    }
                    if line.is_empty() {
                        if self.blank_lines_are_records {
                            return Some(Item::Done(Err(self.error(ErrorKind::BlankLine))));
                        }
                        continue;
                    }
                    return Some(self.record(line).unwrap_or_else(|k| {
                        Item::Done(Err(self.error(k).record(record_id(line))))
                    }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<RawDocument, IngestError>> {
        JsonlReader::new(input.as_bytes(), "in.jsonl".into(), Some("in.jsonl".into()))
            .map(Item::finish)
            .collect()
    }

    #[test]
    fn bad_line_in_the_middle_does_not_stop_the_rest() {
        let docs = read(concat!(
            "{\"id\":\"a\",\"text\":\"First.\",\"url\":\"https://x/a\",\"published\":\"2021-04-07\"}\n",
            "{\"id\":\"b\",\"text\": oops}\n",
            "\n",
            "{\"id\":7,\"text\":\"Third.\",\"source\":\"TASS\",\"title\":\"T\"}\r\n",
            "{\"id\":\"d\"}\n",
            "[1,2]\n",
            "{\"text\":\"No id, no newline at the end.\"}"
        ));
        assert_eq!(docs.len(), 6);
        let a = docs[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("a", "First."));
        assert_eq!(a.url.as_deref(), Some("https://x/a"));
        assert_eq!(a.published.as_deref(), Some("2021-04-07"));
        assert_eq!(a.path.as_deref(), Some("in.jsonl"));
        assert_eq!(a.hash, sha256_hex(b"First."));
        let e = docs[1].as_ref().unwrap_err();
        assert_eq!(
            (e.path(), e.location()),
            ("in.jsonl", Some(Location::Line(2)))
        );
        assert!(
            e.to_string()
                .starts_with("in.jsonl (line 2): bad JSON record"),
            "{e}"
        );
        let c = docs[2].as_ref().unwrap();
        assert_eq!(
            (c.id.as_str(), c.source.as_deref(), c.title.as_deref()),
            ("7", Some("TASS"), Some("T"))
        );
        let e = docs[3].as_ref().unwrap_err();
        assert_eq!(e.location(), Some(Location::Line(5)));
        assert!(e.to_string().contains("neither text nor html"), "{e}");
        assert_eq!(
            docs[4].as_ref().unwrap_err().location(),
            Some(Location::Line(6))
        );
        let last = docs[5].as_ref().unwrap();
        assert_eq!(last.id, last.hash);
    }

    #[test]
    fn html_records_keep_their_own_metadata() {
        let page = "<html><head><title>Page title</title><meta property=\"article:published_time\" content=\"2020-01-01\"><meta property=\"og:site_name\" content=\"Page Site\"></head><body><article><p>The Russian delegation arrived in Kabul on Monday for talks with officials of the Taliban government about trade, transit and security along the border.</p></article></body></html>";
        let line = serde_json::json!({"id": "h", "html": page, "title": "Record title", "published": "2021-09-29"});
        let docs = read(&line.to_string());
        let doc = docs[0].as_ref().unwrap();
        assert!(
            doc.text.contains("Russian delegation arrived in Kabul"),
            "{}",
            doc.text
        );
        assert_eq!(doc.title.as_deref(), Some("Record title"));
        assert_eq!(doc.published.as_deref(), Some("2021-09-29"));
        assert_eq!(doc.source.as_deref(), Some("Page Site"));
        assert_eq!(doc.hash, sha256_hex(page.as_bytes()));
    }

    #[test]
    fn a_record_may_declare_its_language() {
        let page = "<html lang=\"en\"><body><article><p>La delegación rusa llegó a Kabul el lunes para conversar con funcionarios del gobierno talibán sobre comercio, tránsito y seguridad en la frontera.</p></article></body></html>";
        let lines = [
            serde_json::json!({"id": "a", "text": "Rusya teklifi reddetti.", "language": "tr"}),
            serde_json::json!({"id": "b", "html": page, "lang": "es"}),
            serde_json::json!({"id": "c", "text": "No language given."}),
        ]
        .map(|v| v.to_string())
        .join("\n");
        let docs = read(&lines);
        let language = |i: usize| docs[i].as_ref().unwrap().language.clone();
        assert_eq!(language(0).as_deref(), Some("tr"));
        // The record's declaration, not the page's own `lang` attribute.
        assert_eq!(language(1).as_deref(), Some("es"));
        assert_eq!(language(2), None);
    }

    #[test]
    fn bom_and_empty_text() {
        let docs = read("\u{feff}{\"text\":\"x\"}\n{\"text\":\"  \"}\n");
        assert_eq!(docs[0].as_ref().unwrap().text, "x");
        assert!(matches!(
            docs[1].as_ref().unwrap_err().kind(),
            ErrorKind::Empty
        ));
    }
}
