//! Recoding: reading stored documents back as the pipeline's input, and replacing their layers
//! with a new run's, after the knowledge base or the lexicons change (`dyad recode`).
//!
//! A document keeps its row, id, key and hash; its language, publication date, cleaned text,
//! JSON and every layer are replaced. What the pipeline needs that the row does not hold is
//! kept in `documents.raw` (schema 3): the text before cleaning when cleaning changed it, and
//! the metadata as ingest found it. Documents stored before schema 3 are recoded from their
//! cleaned text and the metadata the row holds.

use crate::sql::{int, ColsExt, Db, DbExt};
use crate::write::insert_layers;
use crate::{Store, StoreError};
use dyad_core::{Diagnostic, Document, Encoding, RawDocument};
use rusqlite::{params, TransactionBehavior};
use serde::{Deserialize, Serialize};

/// The tables holding what the pipeline made of a document, emptied of its rows when it is
/// recoded; `articles` and `article_bands` too, as its text may have changed: the next link
/// step groups it again.
pub(crate) const LAYER_TABLES: [&str; 7] = [
    "entities",
    "mentions",
    "events",
    "quote_speakers",
    "diagnostics",
    "articles",
    "article_bands",
];

/// Deletes the near-duplicate bands of document `?1` on SQLite, found by their keys: the week
/// on its article row and its fingerprint's bands (as the trigger of migration 17 does when a
/// document is deleted). SQLite keeps no index of the bands by document.
const BANDS_OF_DOCUMENT: &str = "DELETE FROM article_bands
    WHERE week = (SELECT a.week FROM articles a WHERE a.doc = ?1) AND doc = ?1
      AND band IN (SELECT (b.n << 8) | ((d.simhash >> (8 * b.n)) & 255)
                   FROM documents d,
                        (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                         UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6
                         UNION ALL SELECT 7) b
                   WHERE d.doc = ?1)";

/// What `documents.raw` holds.
#[derive(Serialize, Deserialize, Default)]
struct Raw {
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    crawled: Option<String>,
    /// The language the record declared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ingested: Option<jiff::civil::Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<(String, String)>,
    /// Ingest's own diagnostics (stage `ingest`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    diagnostics: Vec<String>,
}

/// The `documents.raw` JSON of a document.
pub(crate) fn raw_json(doc: &Document) -> String {
    let raw = &doc.raw;
    let r = Raw {
        text: (raw.text != doc.text).then(|| raw.text.clone()),
        title: raw.title.clone(),
        published: raw.published.clone(),
        crawled: raw.crawled.clone(),
        language: raw.language.clone(),
        ingested: raw.ingested,
        encoding: raw
            .encoding
            .as_ref()
            .map(|e| (e.name.clone(), e.from.clone())),
        diagnostics: doc
            .diagnostics
            .iter()
            .filter(|d| d.stage == "ingest")
            .map(|d| d.message.clone())
            .collect(),
    };
    serde_json::to_string(&r).unwrap_or_default()
}

/// What `dyad recode` asks of a store, whichever backend it is: the stored documents as the
/// pipeline's input, and their layers replaced by a new run's.
pub trait Recode {
    /// How many documents are stored.
    fn document_count(&self) -> Result<u64, StoreError>;

    /// Up to `limit` stored documents after row `after`, in row order, as the pipeline's
    /// input: `(row, document)`. Start with `after = 0`; continue after the last row returned.
    fn raw_documents(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<(i64, RawDocument)>, StoreError>;

    /// Replaces what the pipeline made of stored documents (by row, as
    /// [`Recode::raw_documents`] gave them) with a new run's, in one transaction. Returns how
    /// many rows were replaced. The next link step groups the changed reports again.
    fn replace_layers(&mut self, docs: &[(i64, Document)]) -> Result<usize, StoreError>;
}

pub(crate) fn document_count(db: &dyn Db) -> Result<u64, StoreError> {
    let n = db
        .first("SELECT COUNT(*) FROM documents", &[], |r| r.i64(0))?
        .unwrap_or(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

pub(crate) fn raw_documents(
    db: &dyn Db,
    after: i64,
    limit: usize,
) -> Result<Vec<(i64, RawDocument)>, StoreError> {
    db.rows(
        "SELECT doc, id, key, hash, path, url, source, title, body,
                CASE WHEN published_from = 'metadata' THEN published_date END
         FROM documents WHERE doc > ?1 ORDER BY doc LIMIT ?2",
        &[int(after), int(i64::try_from(limit).unwrap_or(i64::MAX))],
        |r| {
            let blob = r
                .bytes_opt(8)?
                .ok_or_else(|| StoreError::Unreadable("a document without its body".into()))?;
            let body = crate::pack::unpack(&blob)?;
            let stored = body.raw().and_then(|j| serde_json::from_str::<Raw>(j).ok());
            let cleaned = body.text().to_string();
            let (text, title, published, extra) = match stored {
                Some(x) => (
                    x.text.clone().unwrap_or(cleaned),
                    x.title.clone(),
                    x.published.clone(),
                    Some(x),
                ),
                // Before schema 3: the cleaned text, and what the row says.
                None => (cleaned, r.str_opt(7)?, r.str_opt(9)?, None),
            };
            let mut doc = RawDocument {
                id: r.str(1)?,
                key: r.str_opt(2)?,
                hash: r.str(3)?,
                path: r.str_opt(4)?,
                url: r.str_opt(5)?,
                source: r.str_opt(6)?,
                title,
                published,
                text,
                ..RawDocument::default()
            };
            if let Some(x) = extra {
                doc.crawled = x.crawled;
                doc.language = x.language;
                doc.ingested = x.ingested;
                doc.encoding = x.encoding.map(|(name, from)| Encoding { name, from });
                doc.diagnostics = x
                    .diagnostics
                    .into_iter()
                    .map(|message| Diagnostic {
                        stage: "ingest",
                        message,
                    })
                    .collect();
            }
            Ok((r.i64(0)?, doc))
        },
    )
}

impl Recode for Store {
    fn document_count(&self) -> Result<u64, StoreError> {
        document_count(&self.conn)
    }

    fn raw_documents(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<(i64, RawDocument)>, StoreError> {
        raw_documents(&self.conn, after, limit)
    }

    fn replace_layers(&mut self, docs: &[(i64, Document)]) -> Result<usize, StoreError> {
        Store::replace_layers(self, docs)
    }
}

impl Store {
    /// [`Recode::replace_layers`] on SQLite: the tallies kept by the writer (tally.rs).
    pub fn replace_layers(&mut self, docs: &[(i64, Document)]) -> Result<usize, StoreError> {
        self.writable()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut n = 0;
        let mut tallies = crate::tally::Tallies::default();
        for (row, doc) in docs {
            // Its bands by their keys (migration 17), while its article row and fingerprint
            // still say what they are.
            tx.prepare_cached(BANDS_OF_DOCUMENT)?.execute([row])?;
            // Its quotes (schema 19): they stop counting, and their speakers go by their
            // numbers, as the document delete trigger takes them.
            tx.prepare_cached(
                "UPDATE tally SET n = n - (SELECT quote_count FROM documents WHERE doc = ?1)
                 WHERE name = 'quotes'",
            )?
            .execute([row])?;
            tx.prepare_cached(
                "DELETE FROM quote_speakers WHERE quote BETWEEN
                     (SELECT quote_row FROM documents WHERE doc = ?1)
                     AND (SELECT quote_row + quote_count - 1 FROM documents WHERE doc = ?1)",
            )?
            .execute([row])?;
            for table in LAYER_TABLES
                .iter()
                .filter(|t| !matches!(**t, "article_bands" | "quote_speakers"))
            {
                tx.prepare_cached(&format!("DELETE FROM {table} WHERE doc = ?1"))?
                    .execute([row])?;
            }
            // Numbered on from the largest number left, as new rows were.
            let quote_row = match doc.quotes.len() {
                0 => None,
                _ => Some(crate::write::next_quote_row(&tx, Some(*row))?),
            };
            let published = doc.published.date;
            n += tx
                .prepare_cached(
                    "UPDATE documents SET title = ?2, language = ?3, script = ?4,
                         published_date = ?5, published_precision = ?6, published_from = ?7,
                         published_note = ?8, published_first = ?9, published_last = ?10,
                         dateline = ?11, body = ?12, simhash = ?13, quote_row = ?14,
                         quote_count = ?15
                     WHERE doc = ?1",
                )?
                .execute(params![
                    row,
                    doc.title.as_ref().or(doc.raw.title.as_ref()),
                    doc.lang.map(|l| l.to_string()),
                    doc.script.map(|s| s.to_string()),
                    published.map(|d| d.to_string()),
                    published.map(|d| d.precision.as_str()),
                    doc.published.from.map(|f| f.as_str()),
                    doc.published.note,
                    published.map(|d| d.first_day().to_string()),
                    published.map(|d| d.last_day().to_string()),
                    doc.dateline,
                    crate::pack::pack(doc)?,
                    doc.fingerprint.map(|f| f as i64),
                    quote_row,
                    doc.quotes.len() as i64,
                ])?;
            insert_layers(&tx, *row, doc, quote_row, &mut tallies, None)?;
        }
        tallies.write(&tx)?;
        tx.commit()?;
        // Their articles and bands were deleted, which the link cache may hold.
        self.cache.clear();
        Ok(n)
    }
}
