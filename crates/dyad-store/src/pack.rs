//! How a document's text, its layers and what recoding needs are kept: one compressed body
//! per document (`documents.body`), built by [`PreparedDocument::new`] on whichever thread
//! calls it, so ingest workers do it while one writer writes.
//!
//! Schema 18 (written now): the byte [`TAPE`], then an lz4 block (`lz4_flex`, its size before
//! compression first, `u32` little-endian) of: varint text length, the text; varint length of
//! the `raw` JSON of recode.rs (empty for none), that JSON; then the document's JSON as a tape
//! (tape.rs) to the end, whose strings that are parts of the text (mentions, sentences, times,
//! the text itself) are spans. Replaying the tape gives the exact bytes `dyad extract` prints.
//! Measured against schema 17's zstd JSON (callgrind, 1,000 generated news articles): the body
//! takes 44% fewer instructions to build (240k instead of 430k; lz4 takes half of zstd level
//! 1's); on 10,000 it is 4.8 KB instead of 3.3 KB, 8.7 KB per article in all (the budget is 9).
//!
//! Schema 6 to 17 (read still; migration 6 writes it from older rows): one zstd frame of `u32`
//! text length, the text; `u32` JSON length, `u32` offset of the text's `null` in it
//! (`u32::MAX`: the JSON holds its text itself), the JSON; then the `raw` JSON to the end. A
//! zstd frame starts with 0x28, so the first byte tells the two apart. Before schema 6 the text
//! was stored three times (the `text` column, inside `json`, and before cleaning inside `raw`),
//! 18 KB per 4.8 KB article.

use crate::StoreError;
use dyad_core::Document;
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use std::cell::RefCell;

/// zstd's level for bodies of schema 6 to 17 that migration 6 packs.
const LEVEL: i32 = 1;
/// The JSON holds its own text (a row packed from an older schema whose text was not found).
const NO_SLOT: u32 = u32::MAX;
/// The first byte of a schema-18 body (a zstd frame, as bodies were before, starts with 0x28).
const TAPE: u8 = 2;

/// A document ready for [`crate::Store::write_prepared`]: its JSON written and compressed.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    pub(crate) doc: Document,
    pub(crate) body: Vec<u8>,
}

impl PreparedDocument {
    /// Builds the stored form of `doc` (its JSON and the compressed body).
    pub fn new(doc: Document) -> Result<PreparedDocument, StoreError> {
        let body = pack(&doc)?;
        Ok(PreparedDocument { doc, body })
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn into_document(self) -> Document {
        self.doc
    }
}

thread_local! {
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> = const { RefCell::new(None) };
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> = const { RefCell::new(None) };
}

fn io(e: std::io::Error) -> StoreError {
    StoreError::Packed(e.to_string())
}

/// The compressed body of `doc` (schema 18, above).
pub(crate) fn pack(doc: &Document) -> Result<Vec<u8>, StoreError> {
    let raw = crate::recode::raw_json(doc);
    // The tape is about as long as the text.
    let mut plain = Vec::with_capacity(2 * doc.text.len() + raw.len() + 1024);
    crate::tape::put_varint(&mut plain, doc.text.len() as u64);
    plain.extend_from_slice(doc.text.as_bytes());
    crate::tape::put_varint(&mut plain, raw.len() as u64);
    plain.extend_from_slice(raw.as_bytes());
    crate::tape::record(&dyad_core::output::DocumentJson(doc), &doc.text, &mut plain)
        .map_err(|e| StoreError::Packed(e.to_string()))?;
    let size = u32::try_from(plain.len())
        .map_err(|_| StoreError::Packed(format!("a body of {} bytes is too large", plain.len())))?;
    let mut out = vec![0; 5 + lz4_flex::block::get_maximum_output_size(plain.len())];
    out[0] = TAPE;
    out[1..5].copy_from_slice(&size.to_le_bytes());
    let n = lz4_flex::block::compress_into(&plain, &mut out[5..])
        .map_err(|e| StoreError::Packed(e.to_string()))?;
    out.truncate(5 + n);
    Ok(out)
}

fn compress(plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    COMPRESSOR.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(zstd::bulk::Compressor::new(LEVEL).map_err(io)?);
        }
        let c = c.as_mut().expect("set above");
        c.compress(plain).map_err(io)
    })
}

fn frame(text: &str, json: &[u8], at: usize, raw: &str) -> Result<Vec<u8>, StoreError> {
    let len = |n: usize| {
        u32::try_from(n)
            .map(u32::to_le_bytes)
            .map_err(|_| StoreError::Packed(format!("a part of {n} bytes is too large")))
    };
    let mut plain = Vec::with_capacity(12 + text.len() + json.len() + raw.len());
    plain.extend_from_slice(&len(text.len())?);
    plain.extend_from_slice(text.as_bytes());
    plain.extend_from_slice(&len(json.len())?);
    plain.extend_from_slice(&if at == usize::MAX {
        NO_SLOT.to_le_bytes()
    } else {
        len(at)?
    });
    plain.extend_from_slice(json);
    plain.extend_from_slice(raw.as_bytes());
    compress(&plain)
}

/// A stored body, decompressed.
pub(crate) struct Body {
    plain: Vec<u8>,
    text: std::ops::Range<usize>,
    layers: Layers,
    raw: std::ops::Range<usize>,
}

/// How a body keeps the document's JSON.
enum Layers {
    /// Schema 6 to 17: the JSON, with `null` for its text at `at` (or [`NO_SLOT`]).
    Json {
        json: std::ops::Range<usize>,
        at: u32,
    },
    /// Schema 18: the tape of the JSON (tape.rs).
    Tape(std::ops::Range<usize>),
}

impl Body {
    pub(crate) fn text(&self) -> &str {
        // Checked in `unpack`.
        std::str::from_utf8(&self.plain[self.text.clone()]).unwrap_or_default()
    }

    /// The document's JSON, exactly as [`dyad_core::output::DocumentJson`] wrote it.
    pub(crate) fn json_into(&self, out: &mut Vec<u8>) -> Result<(), StoreError> {
        match &self.layers {
            Layers::Json { json, at } => {
                let json = &self.plain[json.clone()];
                if *at == NO_SLOT {
                    out.extend_from_slice(json);
                    return Ok(());
                }
                Ok(dyad_core::output::splice_text(
                    json,
                    *at as usize,
                    self.text(),
                    out,
                )?)
            }
            Layers::Tape(tape) => crate::tape::to_json(&self.plain[tape.clone()], self.text(), out)
                .map_err(|e| StoreError::Packed(e.to_string())),
        }
    }

    #[cfg(test)]
    pub(crate) fn json_string(&self) -> Result<String, StoreError> {
        let mut out = Vec::with_capacity(self.plain.len() + self.text.len() + 64);
        self.json_into(&mut out)?;
        String::from_utf8(out).map_err(|e| StoreError::Packed(e.to_string()))
    }

    /// Each entity's mentions, by the entity's number in the document, as the mention rows
    /// before schema 15 held them: in text order (start, then end), a span repeated for one
    /// entity kept once.
    pub(crate) fn entity_mentions(&self) -> Result<Vec<Vec<crate::MentionRecord>>, StoreError> {
        #[derive(serde::Deserialize)]
        struct Doc {
            #[serde(default)]
            entities: Vec<Entity>,
        }
        #[derive(serde::Deserialize)]
        struct Entity {
            #[serde(default)]
            mentions: Vec<crate::MentionRecord>,
        }
        let doc: Doc = match &self.layers {
            // The text stays `null`: it is not needed here.
            Layers::Json { json, .. } => serde_json::from_slice(&self.plain[json.clone()])?,
            Layers::Tape(tape) => self.read_tape(tape)?,
        };
        Ok(doc
            .entities
            .into_iter()
            .map(|e| {
                let mut m = e.mentions;
                m.sort_by_key(|m| (m.start, m.end));
                m.dedup_by_key(|m| (m.start, m.end));
                m
            })
            .collect())
    }

    /// The document's quotes, in the order it has them (the order their rows were numbered
    /// in before schema 19, which keeps them only here).
    pub(crate) fn quotes(&self) -> Result<Vec<StoredQuote>, StoreError> {
        #[derive(serde::Deserialize)]
        struct Doc {
            #[serde(default)]
            quotes: Vec<StoredQuote>,
        }
        let doc: Doc = match &self.layers {
            Layers::Json { json, .. } => serde_json::from_slice(&self.plain[json.clone()])?,
            Layers::Tape(tape) => self.read_tape(tape)?,
        };
        Ok(doc.quotes)
    }

    /// A part of the document's JSON read straight from its tape (tape.rs): what reading the
    /// replayed JSON would give, without writing it.
    fn read_tape<'a, T: serde::Deserialize<'a>>(
        &'a self,
        tape: &std::ops::Range<usize>,
    ) -> Result<T, StoreError> {
        crate::tape::read(&self.plain[tape.clone()], self.text())
            .map_err(|e| StoreError::Packed(e.to_string()))
    }

    /// The `raw` JSON of recode.rs; `None` when none was kept.
    pub(crate) fn raw(&self) -> Option<&str> {
        let raw = std::str::from_utf8(&self.plain[self.raw.clone()]).ok()?;
        (!raw.is_empty()).then_some(raw)
    }
}

/// A quote as the document's JSON keeps it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub(crate) struct StoredQuote {
    pub(crate) speaker: Option<StoredSide>,
    pub(crate) text: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: String,
}

/// A quote's speaker as the document's JSON keeps it (the columns of `write::SideCols`).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub(crate) struct StoredSide {
    pub(crate) entity: Option<String>,
    pub(crate) name: String,
    pub(crate) country: String,
    pub(crate) sector: Option<String>,
}

fn decompress(blob: &[u8]) -> Result<Vec<u8>, StoreError> {
    let bad = |why: &str| StoreError::Packed(format!("stored document body: {why}"));
    let size = zstd::zstd_safe::get_frame_content_size(blob)
        .ok()
        .flatten()
        .ok_or_else(|| bad("not a zstd frame"))?;
    let size = usize::try_from(size).map_err(|_| bad("too large"))?;
    DECOMPRESSOR.with(|d| {
        let mut d = d.borrow_mut();
        if d.is_none() {
            *d = Some(zstd::bulk::Decompressor::new().map_err(io)?);
        }
        let d = d.as_mut().expect("set above");
        d.decompress(blob, size).map_err(io)
    })
}

/// The body schema 6 to 17 wrote for `doc` (zstd, JSON), for tests of older databases.
#[cfg(test)]
pub(crate) fn pack_schema_17(doc: &Document) -> Result<Vec<u8>, StoreError> {
    let (json, at) = dyad_core::output::document_json_without_text(doc)?;
    frame(&doc.text, &json, at, &crate::recode::raw_json(doc))
}

/// Decompresses a stored body (of any schema from 6 on: the first byte tells which).
pub(crate) fn unpack(blob: &[u8]) -> Result<Body, StoreError> {
    let bad = |why: &str| StoreError::Packed(format!("stored document body: {why}"));
    if let Some((&TAPE, rest)) = blob.split_first() {
        let (size, block) = rest.split_at_checked(4).ok_or_else(|| bad("truncated"))?;
        let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
        // lz4 cannot expand a block more than 255 times: a larger size is a damaged body,
        // not an allocation to make.
        if size > block.len().saturating_mul(255) + 16 {
            return Err(bad("size past what its block can hold"));
        }
        let plain = lz4_flex::block::decompress(block, size).map_err(|e| bad(&e.to_string()))?;
        let mut at = 0;
        let part = |at: &mut usize| -> Result<std::ops::Range<usize>, StoreError> {
            let n = crate::tape::get_varint(&plain, at).ok_or_else(|| bad("truncated"))?;
            let start = *at;
            let end = usize::try_from(n)
                .ok()
                .and_then(|n| start.checked_add(n))
                .filter(|&e| e <= plain.len())
                .ok_or_else(|| bad("truncated"))?;
            *at = end;
            Ok(start..end)
        };
        let text = part(&mut at)?;
        let raw = part(&mut at)?;
        std::str::from_utf8(&plain[text.clone()]).map_err(|_| bad("text is not UTF-8"))?;
        let tape = at..plain.len();
        return Ok(Body {
            plain,
            text,
            layers: Layers::Tape(tape),
            raw,
        });
    }
    let plain = decompress(blob)?;
    let word = |at: usize| -> Result<u32, StoreError> {
        let b = plain.get(at..at + 4).ok_or_else(|| bad("truncated"))?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let t = word(0)? as usize;
    let text = 4..4 + t;
    let j = word(text.end)? as usize;
    let at = word(text.end + 4)?;
    let json = text.end + 8..text.end + 8 + j;
    if json.end > plain.len() || (at != NO_SLOT && at as usize > j) {
        return Err(bad("truncated"));
    }
    std::str::from_utf8(&plain[text.clone()]).map_err(|_| bad("text is not UTF-8"))?;
    let raw = json.end..plain.len();
    Ok(Body {
        plain,
        text,
        layers: Layers::Json { json, at },
        raw,
    })
}

/// A row stored before schema 6 (text, JSON with the text in it, raw), packed: the JSON's
/// text is found where the document object puts it and replaced by `null`.
fn pack_stored(text: &str, json: &str, raw: Option<&str>) -> Result<Vec<u8>, StoreError> {
    let escaped = serde_json::to_string(text)?;
    let key = format!("\"text\":{escaped}");
    let doc_start = json.find("\"doc\":{").unwrap_or(0);
    match json[doc_start..].find(&key) {
        Some(i) => {
            let at = doc_start + i + "\"text\":".len();
            let mut rest = String::with_capacity(json.len() - escaped.len() + 4);
            rest.push_str(&json[..at]);
            rest.push_str("null");
            rest.push_str(&json[at + escaped.len()..]);
            frame(text, rest.as_bytes(), at, raw.unwrap_or(""))
        }
        None => frame(text, json.as_bytes(), usize::MAX, raw.unwrap_or("")),
    }
}

/// SQL functions over bodies, on every connection: `dyad_text(body)` (text searches) and
/// `dyad_pack_stored(text, json, raw)` (migration 6).
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    let user = |e: StoreError| rusqlite::Error::UserFunctionError(Box::new(e));
    conn.create_scalar_function("dyad_text", 1, flags, move |ctx| {
        let blob = ctx.get_raw(0);
        match blob {
            rusqlite::types::ValueRef::Blob(b) => {
                Ok(Some(unpack(b).map_err(user)?.text().to_string()))
            }
            _ => Ok(None),
        }
    })?;
    conn.create_scalar_function("dyad_pack_stored", 3, flags, move |ctx| {
        let text: String = ctx.get(0)?;
        let json: String = ctx.get(1)?;
        let raw: Option<String> = ctx.get(2)?;
        pack_stored(&text, &json, raw.as_deref()).map_err(user)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::all_docs;

    fn full_json(doc: &Document) -> String {
        serde_json::to_string(&dyad_core::output::DocumentJson(doc)).unwrap()
    }

    #[test]
    fn a_body_gives_back_the_exact_json_text_and_raw() {
        let mut docs = all_docs();
        // Text that JSON must escape, and a title equal to the text.
        let mut odd = docs[0].clone();
        odd.text = "Quote \"here\" \\ back\nslash \u{1} ctrl, null, \"text\":null — 中文".into();
        odd.title = Some(odd.text.clone());
        docs.push(odd);
        let mut empty = docs[1].clone();
        empty.text.clear();
        docs.push(empty);
        for doc in &docs {
            let body = unpack(&pack(doc).unwrap()).unwrap();
            assert_eq!(body.text(), doc.text);
            assert_eq!(body.json_string().unwrap(), full_json(doc));
            assert_eq!(body.raw(), Some(crate::recode::raw_json(doc).as_str()));
        }
    }

    #[test]
    fn rows_of_older_schemas_pack_to_the_same_json() {
        for doc in all_docs() {
            let json = full_json(&doc);
            let raw = crate::recode::raw_json(&doc);
            let body = unpack(&pack_stored(&doc.text, &json, Some(&raw)).unwrap()).unwrap();
            assert_eq!(body.json_string().unwrap(), json);
            assert!(
                matches!(body.layers, Layers::Json { at, .. } if at != NO_SLOT),
                "the text was not found in the JSON"
            );
            // A JSON whose text cannot be found is kept whole.
            let body = unpack(&pack_stored("other", &json, None).unwrap()).unwrap();
            assert!(matches!(body.layers, Layers::Json { at: NO_SLOT, .. }));
            assert_eq!(body.json_string().unwrap(), json);
            assert_eq!(body.raw(), None);
        }
    }

    #[test]
    fn bodies_of_schema_17_and_18_give_the_same_json_text_and_raw() {
        for doc in all_docs() {
            // A body as schema 6 to 17 wrote it: the JSON with its text's place, in one frame.
            let old = pack_schema_17(&doc).unwrap();
            let new = pack(&doc).unwrap();
            assert_eq!(old[0], 0x28, "a zstd frame's first byte");
            assert_eq!(new[0], TAPE);
            let (old, new) = (unpack(&old).unwrap(), unpack(&new).unwrap());
            assert!(matches!(old.layers, Layers::Json { .. }));
            assert!(matches!(new.layers, Layers::Tape(_)));
            assert_eq!(old.json_string().unwrap(), new.json_string().unwrap());
            assert_eq!(old.text(), new.text());
            assert_eq!(old.raw(), new.raw());
            assert_eq!(
                old.entity_mentions().unwrap(),
                new.entity_mentions().unwrap()
            );
        }
    }

    #[test]
    fn damaged_bodies_are_errors_not_panics() {
        let good = pack(&all_docs()[0]).unwrap();
        for bad in [&b""[..], b"not zstd at all", &good[..good.len() / 2]] {
            assert!(unpack(bad).is_err());
        }
        let lying = frame("abc", b"{}", 99, "").unwrap();
        assert!(unpack(&lying).is_err());
        // A schema-18 body whose parts' lengths run past its end.
        let plain = [0xff, 0xff, 0x03, b'x'];
        let mut long = vec![TAPE, 4, 0, 0, 0];
        long.extend(lz4_flex::block::compress(&plain));
        assert!(unpack(&long).is_err());
        // A size no block of its length can reach.
        let mut huge = vec![TAPE, 0xff, 0xff, 0xff, 0x7f];
        huge.extend(lz4_flex::block::compress(&plain));
        assert!(unpack(&huge).is_err());
    }
}
