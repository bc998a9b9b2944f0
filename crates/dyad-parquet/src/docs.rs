//! The document tables: `documents` (with their text), `entities` (with their mentions) and
//! `quotes` (with the actors they name), each partitioned by the month of the document's
//! publication date (its first day), which is therefore not a column of the files.

use crate::table::{Cell, Column, Kind};
use dyad_store::{DocumentRecord, EntityRecord, QuoteRecord};

pub(crate) const DOCUMENTS: &[Column<DocumentRecord>] = &[
    Column::new("id", Kind::Str, false, |d| Cell::str(&d.doc.id)),
    Column::new("key", Kind::Str, true, |d| Cell::opt(d.key.as_deref())),
    Column::new("hash", Kind::Str, false, |d| Cell::str(&d.doc.hash)),
    Column::new("path", Kind::Str, true, |d| {
        Cell::opt(d.doc.path.as_deref())
    }),
    Column::new("url", Kind::Str, true, |d| Cell::opt(d.doc.url.as_deref())),
    Column::new("title", Kind::Str, true, |d| {
        Cell::opt(d.doc.title.as_deref())
    }),
    Column::new("source", Kind::Str, true, |d| {
        Cell::opt(d.doc.source.as_deref())
    }),
    Column::new("language", Kind::Str, true, |d| {
        Cell::opt(d.doc.language.as_deref())
    }),
    Column::new("script", Kind::Str, true, |d| {
        Cell::opt(d.script.as_deref())
    }),
    Column::new("published", Kind::Str, true, |d| {
        Cell::opt(d.doc.published.as_deref())
    }),
    Column::new("published_first", Kind::Date, true, |d| {
        Cell::Date(d.published_first)
    }),
    Column::new("published_last", Kind::Date, true, |d| {
        Cell::Date(d.published_last)
    }),
    Column::new("published_precision", Kind::Str, true, |d| {
        Cell::opt(d.published_precision.as_deref())
    }),
    Column::new("published_from", Kind::Str, true, |d| {
        Cell::opt(d.doc.published_from.as_deref())
    }),
    Column::new("dateline", Kind::Str, true, |d| {
        Cell::opt(d.dateline.as_deref())
    }),
    Column::new("text", Kind::Str, false, |d| Cell::str(&d.text)),
    Column::new("ingested_at", Kind::Timestamp, true, |d| {
        Cell::instant(Some(&d.doc.ingested_at))
    }),
    Column::new("events", Kind::I64, false, |d| {
        Cell::I64(Some(i64::try_from(d.doc.events).unwrap_or(i64::MAX)))
    }),
    Column::new("quotes", Kind::I64, false, |d| {
        Cell::I64(Some(i64::try_from(d.doc.quotes).unwrap_or(i64::MAX)))
    }),
];

pub(crate) const ENTITIES: &[Column<EntityRecord>] = &[
    Column::new("doc_id", Kind::Str, false, |e| Cell::str(&e.doc_id)),
    Column::new("doc_hash", Kind::Str, false, |e| Cell::str(&e.doc_hash)),
    Column::new("idx", Kind::I64, false, |e| Cell::I64(Some(e.idx))),
    // People found by their titles have no knowledge-base id: null, not "".
    Column::new("kb_id", Kind::Str, true, |e| {
        Cell::opt(Some(e.kb_id.as_str()).filter(|s| !s.is_empty()))
    }),
    Column::new("name", Kind::Str, false, |e| Cell::str(&e.name)),
    Column::new("kind", Kind::Str, false, |e| Cell::str(&e.kind)),
    Column::new("country", Kind::Str, true, |e| {
        Cell::shown(e.actor.map(|a| a.country))
    }),
    Column::new("sector", Kind::Str, true, |e| {
        Cell::shown(e.actor.and_then(|a| a.sector))
    }),
    Column::new("place_country", Kind::Str, true, |e| {
        Cell::opt(e.place_country.as_deref())
    }),
    Column::new("lat", Kind::F64, true, |e| Cell::F64(e.lat)),
    Column::new("lon", Kind::F64, true, |e| Cell::F64(e.lon)),
    Column::new("mentions", Kind::StrList(false), false, |e| {
        Cell::strs(e.mentions.iter().map(|m| m.text.as_str()))
    }),
    Column::new("mention_starts", Kind::I64List, false, |e| {
        Cell::I64List(e.mentions.iter().map(|m| offset(m.start)).collect())
    }),
    Column::new("mention_ends", Kind::I64List, false, |e| {
        Cell::I64List(e.mentions.iter().map(|m| offset(m.end)).collect())
    }),
];

pub(crate) const QUOTES: &[Column<QuoteRecord>] = &[
    Column::new("doc_id", Kind::Str, false, |q| Cell::str(&q.quote.doc_id)),
    Column::new("doc_hash", Kind::Str, false, |q| {
        Cell::str(&q.quote.doc_hash)
    }),
    Column::new("doc_title", Kind::Str, true, |q| {
        Cell::opt(q.quote.doc_title.as_deref())
    }),
    Column::new("doc_url", Kind::Str, true, |q| {
        Cell::opt(q.quote.doc_url.as_deref())
    }),
    Column::new("doc_published", Kind::Str, true, |q| {
        Cell::opt(q.quote.doc_published.as_deref())
    }),
    Column::new("language", Kind::Str, true, |q| {
        Cell::opt(q.quote.language.as_deref())
    }),
    Column::new("speaker_entity", Kind::Str, true, |q| {
        Cell::opt(q.quote.speaker_entity.as_deref())
    }),
    Column::new("speaker_name", Kind::Str, true, |q| {
        Cell::opt(q.quote.speaker_name.as_deref())
    }),
    Column::new("speaker_country", Kind::Str, true, |q| {
        Cell::shown(q.quote.speaker.map(|a| a.country))
    }),
    Column::new("speaker_sector", Kind::Str, true, |q| {
        Cell::shown(q.quote.speaker.and_then(|a| a.sector))
    }),
    Column::new("text", Kind::Str, false, |q| Cell::str(&q.quote.text)),
    Column::new("start", Kind::I64, false, |q| Cell::count(q.quote.start)),
    Column::new("end", Kind::I64, false, |q| Cell::count(q.quote.end)),
    Column::new("kind", Kind::Str, false, |q| Cell::str(&q.quote.kind)),
    Column::new("about_ids", Kind::StrList(false), false, |q| {
        Cell::strs(q.quote.about.iter().map(|n| n.id.as_str()))
    }),
    Column::new("about_names", Kind::StrList(false), false, |q| {
        Cell::strs(q.quote.about.iter().map(|n| n.name.as_str()))
    }),
    Column::new("about_codes", Kind::StrList(true), false, |q| {
        Cell::StrList(
            q.quote
                .about
                .iter()
                .map(|n| n.code.as_deref().map(std::borrow::Cow::Borrowed))
                .collect(),
        )
    }),
];

fn offset(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
