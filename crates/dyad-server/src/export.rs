//! Event rows as JSON objects (with field selection), CSV and JSONL, and streamed exports: a
//! blocking scan feeds a bounded channel, so memory stays flat however many rows there are and
//! a client that goes away stops the scan.

use crate::error::ApiError;
use crate::State;
use axum::body::Body;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use dyad_store::{EventQuery, EventRow};
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
];

/// `fields=a,b` checked against [`EVENT_FIELDS`]; empty means all.
pub fn fields(list: &[String]) -> Result<Vec<&'static str>, ApiError> {
    if list.is_empty() {
        return Ok(EVENT_FIELDS.to_vec());
    }
    list.iter()
        .map(|f| {
            EVENT_FIELDS
                .iter()
                .find(|k| **k == f.as_str())
                .copied()
                .ok_or_else(|| ApiError::bad(format!("unknown field {f:?}")))
        })
        .collect()
}

/// One row as a JSON object with only `fields`, in their order.
pub fn object(row: &EventRow, fields: &[&str]) -> Value {
    let full = match serde_json::to_value(row) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let mut m = Map::new();
    for f in fields {
        if *f == "confidence" {
            // f32 → two decimals, as the extract output writes it.
            let c = (f64::from(row.confidence) * 100.0).round() / 100.0;
            m.insert("confidence".into(), Value::from(c));
            continue;
        }
        m.insert((*f).into(), full.get(*f).cloned().unwrap_or(Value::Null));
    }
    Value::Object(m)
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

/// Streams every row matching `q` as CSV or JSONL.
pub fn stream(state: Arc<State>, q: EventQuery, fields: Vec<&'static str>, f: Format) -> Response {
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
        let result = store.scan_events(&q, &mut |row| {
            let obj = object(&row, &fields);
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
    let (ct, name) = match f {
        Format::Csv => (
            "text/csv; charset=utf-8",
            "attachment; filename=\"events.csv\"",
        ),
        Format::Jsonl => (
            "application/jsonl; charset=utf-8",
            "attachment; filename=\"events.jsonl\"",
        ),
    };
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(name));
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
    }
}
