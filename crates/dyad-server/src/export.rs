//! Event rows as JSON objects (with field selection), CSV and JSONL, and streamed exports: a
//! blocking scan feeds a bounded channel, so memory stays flat however many rows there are and
//! a client that goes away stops the scan.

use crate::error::ApiError;
use crate::State;
use axum::body::Body;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use dyad_store::{AnyStore, EventRow, StoreError};
use serde_json::{Map, Value};
use std::sync::Arc;

/// Every field of an event row, in output order (the `fields=` vocabulary).
pub const EVENT_FIELDS: &[&str] = &[
    "id",
    "type",
    "mode",
    "context",
    "source_entity",
    "source_name",
    "source_country",
    "source_sector",
    "target_entity",
    "target_name",
    "target_country",
    "target_sector",
    "date_value",
    "date_first",
    "date_last",
    "date_precision",
    "date_from",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "aux",
    "quad",
    "sentence",
    "start",
    "end",
    "trigger_start",
    "trigger_end",
    "confidence",
    "rule",
    "cameo",
    "language",
    "doc_id",
    "doc_hash",
    "doc_title",
    "doc_url",
    "doc_source",
    "doc_published",
    "cluster",
    "sources",
    "reports",
    "articles",
];

/// Every field of a document row (`/api/documents`), in output order.
pub const DOC_FIELDS: &[&str] = &[
    "row",
    "id",
    "hash",
    "path",
    "url",
    "title",
    "source",
    "language",
    "published",
    "published_from",
    "events",
    "quotes",
    "ingested_at",
];

/// Every field of a quote row (`/api/quotes`), in output order.
pub const QUOTE_FIELDS: &[&str] = &[
    "row",
    "speaker_entity",
    "speaker_name",
    "speaker",
    "text",
    "start",
    "end",
    "kind",
    "doc_id",
    "doc_hash",
    "doc_title",
    "doc_url",
    "doc_published",
    "language",
    "about",
];

/// `fields=a,b` checked against [`EVENT_FIELDS`]; empty means all.
pub fn fields(list: &[String]) -> Result<Vec<&'static str>, ApiError> {
    select(list, EVENT_FIELDS)
}

/// `fields=a,b` checked against a listing's vocabulary; empty means all of it.
pub fn select(
    list: &[String],
    all: &'static [&'static str],
) -> Result<Vec<&'static str>, ApiError> {
    if list.is_empty() {
        return Ok(all.to_vec());
    }
    list.iter()
        .map(|f| {
            all.iter()
                .find(|k| **k == f.as_str())
                .copied()
                .ok_or_else(|| {
                    ApiError::bad(format!(
                        "unknown field {f:?} (fields here: {})",
                        all.join(", ")
                    ))
                })
        })
        .collect()
}

/// Any serialisable row as a JSON object with only `fields` (CSV keeps their order).
pub fn project(row: &impl serde::Serialize, fields: &[&str]) -> Value {
    let full = match serde_json::to_value(row) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let mut m = Map::new();
    for f in fields {
        m.insert((*f).into(), full.get(*f).cloned().unwrap_or(Value::Null));
    }
    Value::Object(m)
}

/// One event row as a JSON object with only `fields`.
pub fn object(row: &EventRow, fields: &[&str]) -> Value {
    let mut v = project(row, fields);
    if let Some(c) = v.get_mut("confidence") {
        // f32 → two decimals, as the extract output writes it.
        *c = Value::from((f64::from(row.confidence) * 100.0).round() / 100.0);
    }
    v
}

fn csv_field(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(obj: &Value, fields: &[&str], out: &mut Vec<u8>) {
    let cells: Vec<String> = fields
        .iter()
        .map(|f| csv_field(obj.get(*f).unwrap_or(&Value::Null)))
        .collect();
    out.extend_from_slice(cells.join(",").as_bytes());
    out.extend_from_slice(b"\r\n");
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
}

impl Format {
    /// `format=`: None for a JSON page.
    pub fn parse(given: Option<&str>) -> Result<Option<Format>, ApiError> {
        match given {
            None | Some("json") => Ok(None),
            Some("csv") => Ok(Some(Format::Csv)),
            Some("jsonl") => Ok(Some(Format::Jsonl)),
            Some(f) => Err(ApiError::bad(format!("format={f:?}: json, jsonl or csv"))),
        }
    }
}

/// Reads a listing for an export page after page — each query at most `page` rows, the next
/// one continuing after the last row's cursor — and hands every row to `emit`, up to `limit`:
/// however many rows match, the store holds one page of them at a time.
pub fn paged<T, C>(
    page: usize,
    limit: Option<usize>,
    mut after: Option<C>,
    read: impl Fn(Option<C>, usize, &mut dyn FnMut(T) -> bool) -> Result<(), StoreError>,
    cursor: impl Fn(&T) -> C,
    emit: &mut dyn FnMut(T) -> bool,
) -> Result<(), StoreError> {
    let mut left = limit.unwrap_or(usize::MAX);
    while left > 0 {
        let want = left.min(page.max(1));
        let (mut n, mut open, mut last) = (0, true, None);
        read(after, want, &mut |r| {
            n += 1;
            last = Some(cursor(&r));
            open = emit(r);
            open
        })?;
        if !open || n < want {
            break;
        }
        left -= n;
        after = last;
    }
    Ok(())
}

/// Rows as a scan hands them over, already projected to the chosen fields; the scan stops
/// when the callback says false.
pub type Scan = Arc<
    dyn Fn(&AnyStore, &mut dyn FnMut(Value) -> bool) -> Result<(), dyad_store::StoreError>
        + Send
        + Sync,
>;

/// Streams every row `scan` yields as CSV or JSONL, in a file called `name`. The scan runs
/// once up to its first row before the body starts, so a filter the store refuses (a bad
/// actor code) is a 400 rather than a cut-off body.
pub async fn stream(
    state: Arc<State>,
    name: &'static str,
    fields: Vec<&'static str>,
    f: Format,
    scan: Scan,
) -> Result<Response, ApiError> {
    let check = scan.clone();
    state.read(move |s| Ok(check(s, &mut |_| false)?)).await?;
    Ok(streamed(state, name, fields, f, scan))
}

fn streamed(
    state: Arc<State>,
    name: &'static str,
    fields: Vec<&'static str>,
    f: Format,
    scan: Scan,
) -> Response {
    const CHUNK: usize = 64 * 1024;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(16);
    tokio::task::spawn_blocking(move || {
        let store = match state.take() {
            Ok(s) => s,
            Err(e) => {
                let _ = tx.blocking_send(Err(std::io::Error::other(e.reason)));
                return;
            }
        };
        let mut buf = Vec::with_capacity(CHUNK + 4096);
        if f == Format::Csv {
            buf.extend_from_slice(fields.join(",").as_bytes());
            buf.extend_from_slice(b"\r\n");
        }
        let mut open = true;
        let result = scan(&store, &mut |obj| {
            match f {
                Format::Csv => csv_line(&obj, &fields, &mut buf),
                Format::Jsonl => {
                    buf.extend_from_slice(obj.to_string().as_bytes());
                    buf.push(b'\n');
                }
            }
            if buf.len() >= CHUNK {
                open = tx.blocking_send(Ok(std::mem::take(&mut buf))).is_ok();
            }
            open
        });
        match result {
            Ok(()) if open && !buf.is_empty() => {
                let _ = tx.blocking_send(Ok(buf));
            }
            Ok(()) => {}
            // The client sees a cut-off body rather than a silently short export.
            Err(e) => {
                let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
            }
        }
        state.give(store);
    });
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    });
    let mut r = Response::new(Body::from_stream(body));
    let (ct, ext) = match f {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::Jsonl => ("application/jsonl; charset=utf-8", "jsonl"),
    };
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}.{ext}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let v = serde_json::json!({"a": "x, \"y\"\nz", "b": null, "c": 0.5});
        let mut out = Vec::new();
        csv_line(&v, &["a", "b", "c"], &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"x, \"\"y\"\"\nz\",,0.5\r\n"
        );
    }

    #[test]
    fn field_names_are_checked() {
        assert_eq!(fields(&[]).unwrap().len(), EVENT_FIELDS.len());
        assert_eq!(
            fields(&["type".into(), "id".into()]).unwrap(),
            ["type", "id"]
        );
        assert!(fields(&["nope".into()]).is_err());
        assert!(select(&["title".into()], QUOTE_FIELDS).is_err());
    }

    /// The vocabularies are exactly the rows' keys, so no field is unreachable or always null.
    #[test]
    fn vocabularies_are_the_rows_keys() {
        let keys = |v: Value| -> Vec<String> {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        let sorted = |f: &[&str]| -> Vec<String> {
            let mut k: Vec<String> = f.iter().map(|s| s.to_string()).collect();
            k.sort();
            k
        };
        let doc = dyad_store::DocRow {
            row: 1,
            id: "d".into(),
            hash: "h".into(),
            path: None,
            url: None,
            title: None,
            source: None,
            language: None,
            published: None,
            published_from: None,
            events: 0,
            quotes: 0,
            ingested_at: "t".into(),
        };
        assert_eq!(
            keys(serde_json::to_value(&doc).unwrap()),
            sorted(DOC_FIELDS)
        );
        let quote = dyad_store::QuoteRow {
            row: 1,
            speaker_entity: None,
            speaker_name: None,
            speaker: None,
            text: "q".into(),
            start: 0,
            end: 1,
            kind: "direct".into(),
            doc_id: "d".into(),
            doc_hash: "h".into(),
            doc_title: None,
            doc_url: None,
            doc_published: None,
            language: None,
            about: Vec::new(),
        };
        assert_eq!(
            keys(serde_json::to_value(&quote).unwrap()),
            sorted(QUOTE_FIELDS)
        );
        assert_eq!(
            project(&doc, &["title", "id"]).to_string(),
            r#"{"id":"d","title":null}"#
        );
    }
}
