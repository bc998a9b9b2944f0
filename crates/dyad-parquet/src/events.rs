//! The event tables: every report (`events`), and one row per real-world event (`events_folded`,
//! the store's folded query). Both are partitioned by the month of the event's first day and
//! by its PLOVER type, which are therefore not columns of the files.

use crate::table::{Cell, Column, Kind};
use dyad_store::EventRow;

/// The columns of one event report, shared by both tables.
const REPORT: &[Column<EventRow>] = &[
    Column::new("id", Kind::Str, false, |e| Cell::str(&e.id)),
    Column::new("mode", Kind::Str, true, |e| Cell::opt(e.mode.as_deref())),
    Column::new("context", Kind::StrList(false), false, |e| {
        Cell::strs(e.context.split(',').filter(|c| !c.is_empty()))
    }),
    Column::new("source_entity", Kind::Str, true, |e| {
        Cell::opt(e.source_entity.as_deref())
    }),
    Column::new("source_name", Kind::Str, true, |e| {
        Cell::opt(e.source_name.as_deref())
    }),
    Column::new("source_country", Kind::Str, true, |e| {
        Cell::shown(e.source_country)
    }),
    Column::new("source_sector", Kind::Str, true, |e| {
        Cell::shown(e.source_sector)
    }),
    Column::new("target_entity", Kind::Str, true, |e| {
        Cell::opt(e.target_entity.as_deref())
    }),
    Column::new("target_name", Kind::Str, true, |e| {
        Cell::opt(e.target_name.as_deref())
    }),
    Column::new("target_country", Kind::Str, true, |e| {
        Cell::shown(e.target_country)
    }),
    Column::new("target_sector", Kind::Str, true, |e| {
        Cell::shown(e.target_sector)
    }),
    Column::new("date", Kind::Str, true, |e| Cell::shown(e.date_value)),
    Column::new("date_first", Kind::Date, true, |e| Cell::Date(e.date_first)),
    Column::new("date_last", Kind::Date, true, |e| Cell::Date(e.date_last)),
    Column::new("date_precision", Kind::Str, true, |e| {
        Cell::opt(e.date_precision.map(|p| p.as_str()))
    }),
    Column::new("date_from", Kind::Str, true, |e| {
        Cell::opt(e.date_from.as_deref())
    }),
    Column::new("location_name", Kind::Str, true, |e| {
        Cell::opt(e.location_name.as_deref())
    }),
    Column::new("location_country", Kind::Str, true, |e| {
        Cell::shown(e.location_country)
    }),
    Column::new("lat", Kind::F64, true, |e| Cell::F64(e.lat)),
    Column::new("lon", Kind::F64, true, |e| Cell::F64(e.lon)),
    Column::new("aux", Kind::Str, true, |e| {
        Cell::opt(e.aux.map(|a| a.as_str()))
    }),
    Column::new("quad", Kind::I32, false, |e| {
        Cell::I32(Some(i32::from(e.quad)))
    }),
    Column::new("confidence", Kind::F32, false, |e| {
        Cell::F32(Some(e.confidence))
    }),
    Column::new("sentence", Kind::Str, false, |e| Cell::str(&e.sentence)),
    Column::new("start", Kind::I64, false, |e| Cell::count(e.start)),
    Column::new("end", Kind::I64, false, |e| Cell::count(e.end)),
    Column::new("trigger_start", Kind::I64, false, |e| {
        Cell::count(e.trigger_start)
    }),
    Column::new("trigger_end", Kind::I64, false, |e| {
        Cell::count(e.trigger_end)
    }),
    Column::new("rule", Kind::Str, false, |e| Cell::str(&e.rule)),
    Column::new("cameo", Kind::Str, true, |e| Cell::opt(e.cameo.as_deref())),
    Column::new("language", Kind::Str, true, |e| {
        Cell::opt(e.language.as_deref())
    }),
    Column::new("doc_id", Kind::Str, false, |e| Cell::str(&e.doc_id)),
    Column::new("doc_hash", Kind::Str, false, |e| Cell::str(&e.doc_hash)),
    Column::new("doc_title", Kind::Str, true, |e| {
        Cell::opt(e.doc_title.as_deref())
    }),
    Column::new("doc_url", Kind::Str, true, |e| {
        Cell::opt(e.doc_url.as_deref())
    }),
    Column::new("doc_source", Kind::Str, true, |e| {
        Cell::opt(e.doc_source.as_deref())
    }),
    Column::new("doc_published", Kind::Str, true, |e| {
        Cell::opt(e.doc_published.as_deref())
    }),
    Column::new("doc_ingested_at", Kind::Timestamp, true, |e| {
        Cell::instant(e.doc_ingested_at.as_deref())
    }),
];

/// The real-world event a report belongs to, and how many documents report it.
const FOLDING: &[Column<EventRow>] = &[
    // The store's number of the real-world event (null while a report is not yet linked).
    Column::new("folded", Kind::I64, true, |e| Cell::I64(e.cluster)),
    Column::new("sources", Kind::I64, false, |e| {
        Cell::I64(Some(i64::try_from(e.sources).unwrap_or(i64::MAX)))
    }),
];

/// `events`: every stored report.
pub(crate) fn report_columns() -> Vec<Column<EventRow>> {
    REPORT.iter().chain(FOLDING).copied().collect()
}

/// `events_folded`: one row per real-world event, the most confident report standing for it:
/// `folded` and `sources` first, then that report's columns.
pub(crate) fn folded_columns() -> Vec<Column<EventRow>> {
    FOLDING.iter().chain(REPORT).copied().collect()
}
