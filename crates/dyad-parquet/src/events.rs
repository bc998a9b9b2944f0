//! The event tables: every report (`events`), and one row per real-world event (`events_folded`,
//! the store's folded query). Both are partitioned by the month of the event's first day and
//! by its PLOVER type, which are therefore not columns of the files.

use crate::table::{Cell, Column, Kind};
use dyad_store::{EventRow, FoldedEvent};
use std::borrow::Cow;

/// A row that carries an event report: a report itself, or a folded event by the report
/// standing for it.
pub(crate) trait Report {
    fn report(&self) -> &EventRow;
}

impl Report for EventRow {
    fn report(&self) -> &EventRow {
        self
    }
}

impl Report for FoldedEvent {
    fn report(&self) -> &EventRow {
        &self.rep
    }
}

/// The columns of one event report, shared by both tables.
fn report<T: Report>() -> Vec<Column<T>> {
    vec![
        Column::new("id", Kind::Str, false, |e: &T| Cell::str(&e.report().id)),
        Column::new("mode", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().mode.as_deref())
        }),
        Column::new("context", Kind::StrList(false), false, |e: &T| {
            Cell::strs(e.report().context.split(',').filter(|c| !c.is_empty()))
        }),
        Column::new("source_entity", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().source_entity.as_deref())
        }),
        Column::new("source_name", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().source_name.as_deref())
        }),
        Column::new("source_country", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().source_country)
        }),
        Column::new("source_sector", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().source_sector)
        }),
        Column::new("target_entity", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().target_entity.as_deref())
        }),
        Column::new("target_name", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().target_name.as_deref())
        }),
        Column::new("target_country", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().target_country)
        }),
        Column::new("target_sector", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().target_sector)
        }),
        Column::new("date", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().date_value)
        }),
        Column::new("date_first", Kind::Date, true, |e: &T| {
            Cell::Date(e.report().date_first)
        }),
        Column::new("date_last", Kind::Date, true, |e: &T| {
            Cell::Date(e.report().date_last)
        }),
        Column::new("date_precision", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().date_precision.map(|p| p.as_str()))
        }),
        Column::new("date_from", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().date_from.as_deref())
        }),
        Column::new("location_name", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().location_name.as_deref())
        }),
        Column::new("location_country", Kind::Str, true, |e: &T| {
            Cell::shown(e.report().location_country)
        }),
        Column::new("lat", Kind::F64, true, |e: &T| Cell::F64(e.report().lat)),
        Column::new("lon", Kind::F64, true, |e: &T| Cell::F64(e.report().lon)),
        Column::new("aux", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().aux.map(|a| a.as_str()))
        }),
        Column::new("quad", Kind::I32, false, |e: &T| {
            Cell::I32(Some(i32::from(e.report().quad)))
        }),
        Column::new("confidence", Kind::F32, false, |e: &T| {
            Cell::F32(Some(e.report().confidence))
        }),
        Column::new("sentence", Kind::Str, false, |e: &T| {
            Cell::str(&e.report().sentence)
        }),
        Column::new("start", Kind::I64, false, |e: &T| {
            Cell::count(e.report().start)
        }),
        Column::new("end", Kind::I64, false, |e: &T| Cell::count(e.report().end)),
        Column::new("trigger_start", Kind::I64, false, |e: &T| {
            Cell::count(e.report().trigger_start)
        }),
        Column::new("trigger_end", Kind::I64, false, |e: &T| {
            Cell::count(e.report().trigger_end)
        }),
        Column::new("rule", Kind::Str, false, |e: &T| {
            Cell::str(&e.report().rule)
        }),
        Column::new("cameo", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().cameo.as_deref())
        }),
        Column::new("language", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().language.as_deref())
        }),
        Column::new("doc_id", Kind::Str, false, |e: &T| {
            Cell::str(&e.report().doc_id)
        }),
        Column::new("doc_hash", Kind::Str, false, |e: &T| {
            Cell::str(&e.report().doc_hash)
        }),
        Column::new("doc_title", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().doc_title.as_deref())
        }),
        Column::new("doc_url", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().doc_url.as_deref())
        }),
        Column::new("doc_source", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().doc_source.as_deref())
        }),
        Column::new("doc_published", Kind::Str, true, |e: &T| {
            Cell::opt(e.report().doc_published.as_deref())
        }),
        Column::new("doc_ingested_at", Kind::Timestamp, true, |e: &T| {
            Cell::instant(e.report().doc_ingested_at.as_deref())
        }),
    ]
}

/// The real-world event a report belongs to, and how many documents report it.
fn folding<T: Report>() -> Vec<Column<T>> {
    vec![
        // The store's number of the real-world event (null while a report is not yet linked).
        Column::new("folded", Kind::I64, true, |e: &T| {
            Cell::I64(e.report().cluster)
        }),
        Column::new("sources", Kind::I64, false, |e: &T| {
            Cell::I64(Some(i64::try_from(e.report().sources).unwrap_or(i64::MAX)))
        }),
    ]
}

fn count(n: u64) -> Cell<'static> {
    Cell::I64(Some(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn day(s: Option<&str>) -> Cell<'static> {
    Cell::Date(s.and_then(|s| s.parse::<jiff::civil::Date>().ok()))
}

/// What `dyad events --dedup --format json` tells of a real-world event beside the report
/// standing for it: its counts, languages, first and last report, and its reports (one list
/// per field, in the order the JSON lists them).
const DEDUP: &[Column<FoldedEvent>] = &[
    Column::new("story", Kind::I64, false, |f| Cell::I64(Some(f.story))),
    Column::new("num_reports", Kind::I64, false, |f| count(f.num_reports)),
    Column::new("num_articles", Kind::I64, false, |f| count(f.num_articles)),
    Column::new("num_sources", Kind::I64, false, |f| count(f.num_sources)),
    Column::new("languages", Kind::StrList(false), false, |f| {
        Cell::strs(f.languages.iter().map(String::as_str))
    }),
    Column::new("first_reported", Kind::Date, true, |f| {
        day(f.first_reported.as_deref())
    }),
    Column::new("last_reported", Kind::Date, true, |f| {
        day(f.last_reported.as_deref())
    }),
    Column::new("report_events", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.event.as_str()))
    }),
    Column::new("report_doc_ids", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.doc.as_str()))
    }),
    Column::new("report_urls", Kind::StrList(true), false, |f| {
        Cell::StrList(
            f.reports
                .iter()
                .map(|r| r.url.as_deref().map(Cow::Borrowed))
                .collect(),
        )
    }),
    Column::new("report_sources", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.source.as_str()))
    }),
    Column::new("report_languages", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.language.as_str()))
    }),
    Column::new("report_types", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.kind.as_str()))
    }),
    Column::new("report_dates", Kind::StrList(true), false, |f| {
        Cell::StrList(
            f.reports
                .iter()
                .map(|r| r.date.as_deref().map(Cow::Borrowed))
                .collect(),
        )
    }),
    Column::new("report_published", Kind::StrList(true), false, |f| {
        Cell::StrList(
            f.reports
                .iter()
                .map(|r| r.published.as_deref().map(Cow::Borrowed))
                .collect(),
        )
    }),
    Column::new("report_sentences", Kind::StrList(false), false, |f| {
        Cell::strs(f.reports.iter().map(|r| r.sentence.as_str()))
    }),
    Column::new("report_starts", Kind::I64List, false, |f| {
        Cell::I64List(f.reports.iter().map(|r| offset(r.start)).collect())
    }),
    Column::new("report_ends", Kind::I64List, false, |f| {
        Cell::I64List(f.reports.iter().map(|r| offset(r.end)).collect())
    }),
    Column::new("report_copy_of", Kind::StrList(true), false, |f| {
        Cell::StrList(
            f.reports
                .iter()
                .map(|r| r.copy_of.as_deref().map(Cow::Borrowed))
                .collect(),
        )
    }),
    Column::new("report_linked_to", Kind::StrList(true), false, |f| {
        Cell::StrList(
            f.reports
                .iter()
                .map(|r| r.linked_to.as_deref().map(Cow::Borrowed))
                .collect(),
        )
    }),
];

fn offset(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// `events`: every stored report.
pub(crate) fn report_columns() -> Vec<Column<EventRow>> {
    report().into_iter().chain(folding()).collect()
}

/// `events_folded`: one row per real-world event, the report standing for it (its most
/// confident, as `dyad events --dedup` folds): `folded` and `sources` first, then that
/// report's columns, then what the folding adds ([`DEDUP`]).
pub(crate) fn folded_columns() -> Vec<Column<FoldedEvent>> {
    folding()
        .into_iter()
        .chain(report())
        .chain(DEDUP.iter().copied())
        .collect()
}
