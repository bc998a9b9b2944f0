//! Whole-store reads for bulk export (Parquet and the like): every document, entity and quote,
//! streamed in publication order — undated documents first (by row), then by first day, last
//! day and row — so a writer partitioned by publication month has one month open at a time.
//!
//! The same SQL on both backends: documents are read a page at a time along the
//! `documents_published` index (a keyset on day, day and row, so a page costs the same
//! wherever it is), and a page's entities and quotes are read by their documents' rows once
//! the page is in hand (PostgreSQL's rows arrive on the connection a nested query would need);
//! the entities' mentions come from each document's packed body (schema 15 keeps as rows only
//! those inside quotes).

use crate::read::{
    code, date, doc_row, fill_about, quotes_of, DOC_COLUMNS, DOC_COLUMN_COUNT, QUOTE_DOC_COLUMNS,
    QUOTE_DOC_COLUMN_COUNT,
};
use crate::sql::{int, text, Cols, ColsExt, Db};
use crate::StoreError;
use dyad_core::ActorCode;
use jiff::civil::Date;
use rusqlite::types::Value;
use std::collections::HashMap;

/// Documents per page of an export scan.
const PAGE: usize = 500;

/// A stored document with its text and dating, as an export writes it: the listing's row
/// and what a listing leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRecord {
    pub doc: crate::DocRow,
    pub key: Option<String>,
    pub script: Option<String>,
    pub published_precision: Option<String>,
    /// The first and last day the publication date covers.
    pub published_first: Option<Date>,
    pub published_last: Option<Date>,
    pub dateline: Option<String>,
    pub text: String,
}

/// One mention of an entity: a byte span of the document text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct MentionRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An entity a document names, with its mentions in text order.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecord {
    pub doc_id: String,
    pub doc_hash: String,
    pub doc_published_first: Option<Date>,
    /// Its number within the document.
    pub idx: i64,
    /// Knowledge-base id; empty for people found by their titles.
    pub kb_id: String,
    pub name: String,
    pub kind: String,
    /// Its actor code on the publication day.
    pub actor: Option<ActorCode>,
    /// For places: the country it is in, and its coordinates.
    pub place_country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: Vec<MentionRecord>,
}

/// A quote with its document's publication days.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRecord {
    pub quote: crate::QuoteRow,
    pub doc_published_first: Option<Date>,
}

/// A page of documents in publication order: each one's row, first day and mapped columns.
type Page<T> = Vec<(i64, Option<Date>, T)>;

/// The last document of a page: where the next page starts.
enum Resume {
    Start,
    Undated(i64),
    Dated(String, String, i64),
}

/// Streams documents in publication order, a page at a time: `select` is the column list
/// (documents `d`) and `keys` the positions in it of `d.doc`, `d.published_first` and
/// `d.published_last`; `page` gets each page's rows mapped, with their rows and first days,
/// and returns `false` to stop.
fn doc_pages<T>(
    db: &dyn Db,
    select: &str,
    keys: [usize; 3],
    map: &dyn Fn(&dyn Cols) -> Result<T, StoreError>,
    page: &mut dyn FnMut(Page<T>) -> Result<bool, StoreError>,
) -> Result<(), StoreError> {
    let mut at = Resume::Start;
    loop {
        let (sql, params) = match &at {
            Resume::Start | Resume::Undated(_) => {
                let after = match &at {
                    Resume::Undated(doc) => *doc,
                    _ => 0,
                };
                (
                    format!(
                        "SELECT {select} FROM documents d
                         WHERE d.published_first IS NULL AND d.doc > ?1
                         ORDER BY d.doc LIMIT ?2"
                    ),
                    vec![int(after), int(PAGE as i64)],
                )
            }
            Resume::Dated(first, last, doc) => (
                format!(
                    "SELECT {select} FROM documents d
                     WHERE d.published_first IS NOT NULL
                       AND (d.published_first, d.published_last, d.doc) > (?1, ?2, ?3)
                     ORDER BY d.published_first, d.published_last, d.doc LIMIT ?4"
                ),
                vec![
                    text(first.as_str()),
                    text(last.as_str()),
                    int(*doc),
                    int(PAGE as i64),
                ],
            ),
        };
        let mut rows = Vec::new();
        let mut last_key = None;
        db.each(&sql, &params, &mut |r| {
            let doc = r.i64(keys[0])?;
            let first = r.str_opt(keys[1])?;
            let last = r.str_opt(keys[2])?;
            rows.push((doc, date(r, keys[1])?, map(r)?));
            last_key = Some((doc, first, last));
            Ok(true)
        })?;
        let full = rows.len() == PAGE;
        if !rows.is_empty() && !page(rows)? {
            return Ok(());
        }
        at = match (at, last_key, full) {
            // More undated documents, or the first dated page.
            (Resume::Start | Resume::Undated(_), Some((doc, None, _)), true) => {
                Resume::Undated(doc)
            }
            (Resume::Start | Resume::Undated(_), _, _) => {
                Resume::Dated(String::new(), String::new(), 0)
            }
            (Resume::Dated(..), Some((doc, Some(first), Some(last))), true) => {
                Resume::Dated(first, last, doc)
            }
            (Resume::Dated(..), _, _) => return Ok(()),
        };
    }
}

/// `?, ?, …` for the rows of a page, and the rows as parameters.
fn rows_of<T>(page: &Page<T>) -> (String, Vec<Value>) {
    let marks = vec!["?"; page.len()].join(", ");
    (marks, page.iter().map(|(doc, _, _)| int(*doc)).collect())
}

/// Streams every stored document in publication order; `f` returns `false` to stop.
pub(crate) fn export_documents(
    db: &dyn Db,
    f: &mut dyn FnMut(DocumentRecord) -> bool,
) -> Result<(), StoreError> {
    // The columns after the listing's.
    let at = DOC_COLUMN_COUNT;
    let select = format!(
        "{DOC_COLUMNS}, d.key, d.script, d.published_precision, d.published_first,
         d.published_last, d.dateline, dyad_text(d.body)"
    );
    let map = |r: &dyn Cols| -> Result<DocumentRecord, StoreError> {
        Ok(DocumentRecord {
            doc: doc_row(r)?,
            key: r.str_opt(at)?,
            script: r.str_opt(at + 1)?,
            published_precision: r.str_opt(at + 2)?,
            published_first: date(r, at + 3)?,
            published_last: date(r, at + 4)?,
            dateline: r.str_opt(at + 5)?,
            text: r.str(at + 6)?,
        })
    };
    doc_pages(db, &select, [0, at + 3, at + 4], &map, &mut |page| {
        Ok(page.into_iter().all(|(_, _, rec)| f(rec)))
    })
}

/// Streams every entity of every document, in publication order and then by its number in
/// the document, each with its mentions; `f` returns `false` to stop.
pub(crate) fn export_entities(
    db: &dyn Db,
    f: &mut dyn FnMut(EntityRecord) -> bool,
) -> Result<(), StoreError> {
    // The body, for the mentions (a document has one since schema 6).
    let map = |r: &dyn Cols| -> Result<(String, String, Option<Vec<u8>>), StoreError> {
        Ok((r.str(3)?, r.str(4)?, r.bytes_opt(5)?))
    };
    doc_pages(
        db,
        "d.doc, d.published_first, d.published_last, d.id, d.hash, d.body",
        [0, 1, 2],
        &map,
        &mut |page| {
            let (marks, rows) = rows_of(&page);
            // Each document's entities, its own columns filled in as it is handed on.
            let mut entities: HashMap<i64, Vec<EntityRecord>> = HashMap::new();
            db.each(
                &format!(
                    "SELECT n.doc, n.idx, n.kb_id, n.name, n.kind, n.country, n.sector,
                            n.place_country, n.lat, n.lon
                     FROM entities n WHERE n.doc IN ({marks}) ORDER BY n.doc, n.idx"
                ),
                &rows,
                &mut |r| {
                    entities.entry(r.i64(0)?).or_default().push(EntityRecord {
                        doc_id: String::new(),
                        doc_hash: String::new(),
                        doc_published_first: None,
                        idx: r.i64(1)?,
                        kb_id: r.str(2)?,
                        name: r.str(3)?,
                        kind: r.str(4)?,
                        actor: code(r, 5, 6)?,
                        place_country: r.str_opt(7)?,
                        lat: r.f64_opt(8)?,
                        lon: r.f64_opt(9)?,
                        mentions: Vec::new(),
                    });
                    Ok(true)
                },
            )?;
            for (doc, published, (doc_id, doc_hash, body)) in page {
                let recs = entities.remove(&doc).unwrap_or_default();
                let mut mentions = match (&body, recs.is_empty()) {
                    (Some(body), false) => crate::pack::unpack(body)?.entity_mentions()?,
                    _ => Vec::new(),
                };
                for mut rec in recs {
                    rec.doc_id.clone_from(&doc_id);
                    rec.doc_hash.clone_from(&doc_hash);
                    rec.doc_published_first = published;
                    rec.mentions = usize::try_from(rec.idx)
                        .ok()
                        .and_then(|i| mentions.get_mut(i))
                        .map(std::mem::take)
                        .unwrap_or_default();
                    if !f(rec) {
                        return Ok(false);
                    }
                }
            }
            Ok(true)
        },
    )
}

/// Streams every quote, in publication order and then by its place in the document, each
/// with the actors it names; `f` returns `false` to stop.
pub(crate) fn export_quotes(
    db: &dyn Db,
    f: &mut dyn FnMut(QuoteRecord) -> bool,
) -> Result<(), StoreError> {
    // The quotes are in each document's body (schema 19), read with the page.
    let select = format!("{QUOTE_DOC_COLUMNS}, d.published_first, d.published_last");
    let map = |r: &dyn Cols| quotes_of(r, 0);
    let at = QUOTE_DOC_COLUMN_COUNT;
    doc_pages(db, &select, [0, at, at + 1], &map, &mut |page| {
        for (doc, published, (_, mut quotes)) in page {
            // By place in the document, then by number, as the rows were read.
            quotes.sort_by_key(|q| (q.start, q.row));
            for mut quote in quotes {
                fill_about(db, &mut quote, doc)?;
                let rec = QuoteRecord {
                    quote,
                    doc_published_first: published,
                };
                if !f(rec) {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    })
}
