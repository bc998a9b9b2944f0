//! Whole-store reads for bulk export (Parquet and the like): every document, entity and quote,
//! streamed in publication order — undated documents first, then by first day, last day and
//! row — so a writer partitioned by publication month has one month open at a time. Each
//! scan walks the `documents_published` index (CROSS JOIN keeps SQLite from choosing another
//! outer table and sorting everything); only a document's own quotes are sorted.

use crate::read::{
    code, date, doc_row, fill_about, quote_row, DOC_COLUMNS, DOC_COLUMN_COUNT, QUOTE_COLUMNS,
};
use crate::{Store, StoreError};
use dyad_core::ActorCode;
use jiff::civil::Date;

/// The order every export scan follows (index `documents_published`).
const PUBLISHED_ORDER: &str = "d.published_first, d.published_last, d.doc";

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
#[derive(Debug, Clone, PartialEq, Eq)]
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

impl Store {
    /// Streams every stored document in publication order; `f` returns `false` to stop.
    pub fn export_documents(
        &self,
        f: &mut dyn FnMut(DocumentRecord) -> bool,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, d.key, d.script, d.published_precision, d.published_first,
                    d.published_last, d.dateline, dyad_text(d.body)
             FROM documents d ORDER BY {PUBLISHED_ORDER}"
        ))?;
        // The columns after the listing's.
        let at = DOC_COLUMN_COUNT;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let rec = DocumentRecord {
                doc: doc_row(r)?,
                key: r.get(at)?,
                script: r.get(at + 1)?,
                published_precision: r.get(at + 2)?,
                published_first: date(r, at + 3)?,
                published_last: date(r, at + 4)?,
                dateline: r.get(at + 5)?,
                text: r.get(at + 6)?,
            };
            if !f(rec) {
                break;
            }
        }
        Ok(())
    }

    /// Streams every entity of every document, in publication order and then by its number
    /// in the document, each with its mentions; `f` returns `false` to stop.
    pub fn export_entities(
        &self,
        f: &mut dyn FnMut(EntityRecord) -> bool,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT d.id, d.hash, d.published_first, n.idx, n.kb_id, n.name, n.kind,
                    n.country, n.sector, n.place_country, n.lat, n.lon, n.doc
             FROM documents d CROSS JOIN entities n ON n.doc = d.doc
             ORDER BY {PUBLISHED_ORDER}, n.idx"
        ))?;
        let mut mentions = self.conn.prepare(
            "SELECT start, \"end\", text FROM mentions WHERE doc = ?1 AND entity = ?2
             ORDER BY start, \"end\"",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (doc, idx): (i64, i64) = (r.get(12)?, r.get(3)?);
            let spans = mentions.query_map([doc, idx], |m| {
                let at = |i: usize| -> rusqlite::Result<usize> {
                    Ok(usize::try_from(m.get::<_, i64>(i)?).unwrap_or(0))
                };
                Ok(MentionRecord {
                    start: at(0)?,
                    end: at(1)?,
                    text: m.get(2)?,
                })
            })?;
            let rec = EntityRecord {
                doc_id: r.get(0)?,
                doc_hash: r.get(1)?,
                doc_published_first: date(r, 2)?,
                idx,
                kb_id: r.get(4)?,
                name: r.get(5)?,
                kind: r.get(6)?,
                actor: code(r, 7, 8)?,
                place_country: r.get(9)?,
                lat: r.get(10)?,
                lon: r.get(11)?,
                mentions: spans.collect::<Result<_, _>>()?,
            };
            if !f(rec) {
                break;
            }
        }
        Ok(())
    }

    /// Streams every quote, in publication order and then by its place in the document, each
    /// with the actors it names; `f` returns `false` to stop.
    pub fn export_quotes(&self, f: &mut dyn FnMut(QuoteRecord) -> bool) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {QUOTE_COLUMNS}, d.published_first
             FROM documents d CROSS JOIN quotes q ON q.doc = d.doc
             ORDER BY {PUBLISHED_ORDER}, q.start, q.rowid"
        ))?;
        let published = QUOTE_COLUMNS.split(',').count();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (mut quote, doc) = quote_row(r)?;
            fill_about(&self.conn, &mut quote, doc)?;
            let rec = QuoteRecord {
                quote,
                doc_published_first: date(r, published)?,
            };
            if !f(rec) {
                break;
            }
        }
        Ok(())
    }
}
