//! Writing documents: one transaction per batch, one savepoint per document.

use crate::link::{link_in, LinkStats};
use crate::pack::{pack, PreparedDocument};
use crate::tally::Tallies;
use crate::{Store, StoreError};
use dyad_core::{Document, Event, Side};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};

/// What a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct BatchStats {
    /// Documents written.
    pub inserted: usize,
    /// Documents whose content hash was already stored (or repeated within the batch).
    pub skipped_existing: usize,
    /// Documents the database refused (a constraint broken by their data); each is recorded as
    /// a diagnostic with stage `store`, and the rest of the batch is written.
    pub failed: usize,
    /// Older versions removed because a document with the same key and new content was
    /// written (an edited file, a re-crawled page).
    pub replaced: usize,
}

impl Store {
    /// Stores a batch of documents in one transaction.
    ///
    /// A document whose hash is already stored is skipped, so writing the same batch twice is a
    /// no-op. If the database itself fails (disk full, I/O error) nothing of the batch is kept
    /// and the error is returned; writing the batch again completes it.
    pub fn write_batch(&mut self, docs: &[Document]) -> Result<BatchStats, StoreError> {
        self.writable()?;
        let bodies = docs.iter().map(pack).collect::<Result<Vec<_>, _>>()?;
        self.write_packed(docs.iter().zip(bodies.iter().map(Vec::as_slice)))
    }

    /// [`Store::write_batch`] for documents whose stored form was built beforehand (by
    /// ingest's workers, so that the one writer only writes).
    pub fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError> {
        self.writable()?;
        self.write_packed(docs.iter().map(|p| (&p.doc, p.body.as_slice())))
    }

    fn write_packed<'a>(
        &mut self,
        docs: impl Iterator<Item = (&'a Document, &'a [u8])>,
    ) -> Result<BatchStats, StoreError> {
        let docs: Vec<(&Document, &[u8])> = docs.collect();
        // Documents the database refuses are rare: the batch is first written without the
        // per-document savepoints (whose journal of every page a document touches cost a
        // quarter of the writer's time), and only if one is refused is it written again
        // with them.
        if let Some(stats) = self.write_all_or_none(&docs)? {
            self.replaced(stats.replaced);
            return Ok(stats);
        }
        let mut tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut stats = BatchStats::default();
        for (doc, body) in docs {
            // A savepoint per document: a document that breaks a constraint is rolled back
            // alone and recorded, instead of failing the documents around it.
            let sp = tx.savepoint()?;
            let mut own = Tallies::default();
            match insert_document(&sp, doc, body, &mut own, None) {
                Ok(Some(replaced)) => {
                    sp.commit()?;
                    // Written at once, not at the end: a later document's savepoint may
                    // replace this one, and its delete triggers subtract from the rows.
                    own.write(&tx)?;
                    stats.inserted += 1;
                    stats.replaced += replaced;
                }
                Ok(None) => stats.skipped_existing += 1,
                Err(e) if is_document_fault(&e) => {
                    drop(sp); // rolls back to the savepoint
                    tx.execute(
                        "INSERT OR IGNORE INTO diagnostics (hash, path, stage, message)
                         VALUES (?1, ?2, 'store', ?3)",
                        params![doc.raw.hash, doc.raw.path, format!("not stored: {e}")],
                    )?;
                    stats.failed += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
        tx.commit()?;
        self.replaced(stats.replaced);
        Ok(stats)
    }

    /// Documents were deleted (replaced by a new version): the link cache held their rows.
    fn replaced(&mut self, n: usize) {
        if n > 0 {
            self.cache.clear();
        }
    }

    /// The batch in one transaction without savepoints; `None` (and nothing written) when a
    /// document was refused.
    fn write_all_or_none(
        &mut self,
        docs: &[(&Document, &[u8])],
    ) -> Result<Option<BatchStats>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stats = write_rows(&tx, docs, None)?;
        if stats.is_some() {
            tx.commit()?;
        }
        Ok(stats) // `None`: rolled back on drop
    }

    /// [`Store::write_prepared`] and then [`Store::link`], in one transaction when no document
    /// is refused: the pages both change (the new reports' rows and indexes) go to the log
    /// once, and a batch costs one commit instead of two.
    pub fn write_and_link(
        &mut self,
        docs: &[PreparedDocument],
    ) -> Result<(BatchStats, LinkStats), StoreError> {
        self.writable()?;
        let packed: Vec<(&Document, &[u8])> =
            docs.iter().map(|p| (&p.doc, p.body.as_slice())).collect();
        let Store { conn, cache, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        cache.check(&tx)?;
        let mut deferred = Deferred::start(&tx)?;
        let written = write_rows(&tx, &packed, Some(&mut deferred))?;
        if written.is_some_and(|w| w.replaced > 0) {
            // Documents were deleted with their bands, which the cache may hold.
            cache.clear();
        }
        let linked = match written {
            Some(_) => {
                let write = |h: &HeldEvent<'_>, l: Linked| -> Result<(), StoreError> {
                    insert_event(&tx, Some(h.row), h.doc_row, h.doc, h.event, Some(l))?;
                    Ok(())
                };
                link_in(
                    &*tx,
                    crate::link::builtin_rules(),
                    cache,
                    &deferred.held,
                    &write,
                )
            }
            None => Ok(LinkStats::default()),
        };
        let refused = match (&written, &linked) {
            (None, _) => true,
            // An event row refused as the link step wrote it: refused by its document.
            (_, Err(StoreError::Sqlite(e))) => is_document_fault(e),
            _ => false,
        };
        let written = match written {
            Some(w) if !refused => w,
            _ => {
                // A document was refused: written with a savepoint each, then linked.
                drop(deferred);
                drop(tx);
                cache.clear();
                let written = self.write_packed(packed.into_iter())?;
                return Ok((written, self.link()?));
            }
        };
        match linked.and_then(|linked| Ok((linked, tx.commit()?))) {
            Ok((linked, ())) => Ok((written, linked)),
            Err(e) => {
                // Rolled back: what the cache learnt in the transaction is gone with it.
                cache.clear();
                Err(e)
            }
        }
    }
}

/// Writes the documents in the caller's transaction, without savepoints; `None` when a
/// document was refused (the caller rolls back).
fn write_rows<'a>(
    tx: &Connection,
    docs: &[(&'a Document, &[u8])],
    mut defer: Option<&mut Deferred<'a>>,
) -> Result<Option<BatchStats>, StoreError> {
    let mut stats = BatchStats::default();
    let mut tallies = Tallies::default();
    for (doc, body) in docs {
        match insert_document(tx, doc, body, &mut tallies, defer.as_deref_mut()) {
            Ok(Some(replaced)) => {
                stats.inserted += 1;
                stats.replaced += replaced;
            }
            Ok(None) => stats.skipped_existing += 1,
            Err(e) if is_document_fault(&e) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
    }
    tallies.write(tx)?;
    Ok(Some(stats))
}

/// Errors caused by one document's data rather than by the database.
fn is_document_fault(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::ConstraintViolation | ErrorCode::TooBig)
    )
}

/// Inserts one document and its layers; `None` if its hash is already stored, else how many
/// older versions of it (same key, other content) it replaced.
fn insert_document<'a>(
    conn: &Connection,
    doc: &'a Document,
    body: &[u8],
    tallies: &mut Tallies,
    mut defer: Option<&mut Deferred<'a>>,
) -> rusqlite::Result<Option<usize>> {
    let published = doc.published.date;
    // Its quotes' numbers (schema 19), given before the row is written so that it is written
    // once; a replaced older version changes them below.
    let quote_row = match doc.quotes.len() {
        0 => None,
        _ => Some(next_quote_row(conn, None)?),
    };
    let inserted = conn
        .prepare_cached(
            "INSERT INTO documents (id, hash, path, url, title, source, language, script,
                 published_date, published_precision, published_from, published_note,
                 published_first, published_last, dateline, text, json, key, body, simhash,
                 quote_row, quote_count)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, '', '',
                 ?16, ?17, ?18, ?19, ?20)
             ON CONFLICT (hash) DO NOTHING",
        )?
        .execute(params![
            doc.raw.id,
            doc.raw.hash,
            doc.raw.path,
            doc.raw.url,
            doc.title.as_ref().or(doc.raw.title.as_ref()),
            doc.raw.source,
            doc.lang.map(|l| l.to_string()),
            doc.script.map(|s| s.to_string()),
            published.map(|d| d.to_string()),
            published.map(|d| d.precision.as_str()),
            doc.published.from.map(|f| f.as_str()),
            doc.published.note,
            published.map(|d| d.first_day().to_string()),
            published.map(|d| d.last_day().to_string()),
            doc.dateline,
            doc.raw.key(),
            body,
            // SQLite integers are signed: the 64 bits are stored as they are.
            doc.fingerprint.map(|f| f as i64),
            quote_row,
            doc.quotes.len() as i64,
        ])?;
    if inserted == 0 {
        return Ok(None);
    }
    tallies.document(
        doc.lang.map(|l| l.to_string()).as_deref(),
        published.map(|d| (d.first_day().to_string(), d.last_day().to_string())),
    );
    let id = conn.last_insert_rowid();
    // A new version of a document known by its key replaces the old one, whose layers go with
    // it (ON DELETE CASCADE): its events stop counting as reports of their folded events.
    let old = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM documents WHERE key = ?1 AND doc <> ?2)")?
        .query_row(params![doc.raw.key(), id], |r| r.get::<_, bool>(0))?;
    let replaced = if old {
        // The delete triggers subtract the old version from the counts' rows: what the batch
        // counted so far (perhaps that very version) is added to them first.
        std::mem::take(tallies).write(conn)?;
        if let Some(d) = defer.as_deref_mut() {
            d.write_held(conn)?;
        }
        let n = conn
            .prepare_cached("DELETE FROM documents WHERE key = ?1 AND doc <> ?2")?
            .execute(params![doc.raw.key(), id])?;
        if let Some(d) = defer.as_deref_mut() {
            d.deleted(conn)?;
        }
        n
    } else {
        0
    };
    let quote_row = match quote_row {
        // The old version's quotes may have held the largest numbers: as their rows were, the
        // new ones are numbered from the largest left.
        Some(given) if replaced > 0 => {
            let row = next_quote_row(conn, Some(id))?;
            if row != given {
                conn.prepare_cached("UPDATE documents SET quote_row = ?2 WHERE doc = ?1")?
                    .execute(params![id, row])?;
            }
            Some(row)
        }
        other => other,
    };
    insert_layers(conn, id, doc, quote_row, tallies, defer)?;
    Ok(Some(replaced))
}

/// Inserts the layers of the stored document `id` that listings read as rows: entities, the
/// mentions inside quotes, events, quotes and diagnostics. Time expressions and the other
/// mentions are only in the packed body (schema 15, [`in_a_quote`]).
/// Adds what it writes to `tallies`, which the caller writes before it commits.
/// With `defer`, event rows are not written but held for the link step (see [`Deferred`]).
pub(crate) fn insert_layers<'a>(
    conn: &Connection,
    id: i64,
    doc: &'a Document,
    quote_row: Option<i64>,
    tallies: &mut Tallies,
    mut defer: Option<&mut Deferred<'a>>,
) -> rusqlite::Result<()> {
    let mut problems = Vec::new();

    let pub_day = doc.published_day();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO entities (doc, idx, kb_id, name, kind, country, sector, place_country, lat, lon,
             mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    // Mentions per entity, kept on its row for the actor counts (migration 7).
    let mut mentions = vec![0i64; doc.entities.len()];
    for m in &doc.mentions {
        if let Some(n) = mentions.get_mut(m.entity) {
            *n += 1;
        }
    }
    for (i, e) in doc.entities.iter().enumerate() {
        // The actor on the publication day, as in the document JSON.
        let actor = e.actor_on(pub_day);
        tallies.entity(e, actor.map(|a| a.to_string()), mentions[i]);
        stmt.execute(params![
            id,
            i as i64,
            e.id,
            e.name,
            e.kind.as_str(),
            actor.map(|a| a.country.to_string()),
            actor.and_then(|a| a.sector).map(|s| s.as_str()),
            e.place_country.map(|c| c.to_string()),
            e.coords.map(|c| c.0),
            e.coords.map(|c| c.1),
            mentions[i],
        ])?;
    }

    let mut stmt = conn.prepare_cached(
        // A mention repeated exactly (same span and entity) is kept once.
        "INSERT OR IGNORE INTO mentions (doc, entity, start, \"end\", text, as_location, anaphoric)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for m in &doc.mentions {
        if m.entity >= doc.entities.len() {
            problems.push(format!(
                "mention {}..{} names entity {} of {}; not stored",
                m.span.start,
                m.span.end,
                m.entity,
                doc.entities.len()
            ));
            continue;
        }
        if !in_a_quote(doc, m) {
            continue;
        }
        stmt.execute(params![
            id,
            m.entity as i64,
            m.span.start as i64,
            m.span.end as i64,
            m.span.of(&doc.text),
            m.as_location,
            m.anaphoric,
        ])?;
    }

    for ev in &doc.events {
        let stored = match defer.as_deref_mut() {
            Some(d) => d.hold(conn, id, doc, ev)?,
            None => insert_event(conn, None, id, doc, ev, None)? == 1,
        };
        if stored {
            tallies.event(ev);
        } else {
            problems.push(format!(
                "event id {:?} is already stored; this one was not",
                ev.id
            ));
        }
    }

    // The quotes themselves are in the body (schema 19): a speaker is a row, for the listing
    // by speaker.
    tallies.quotes(doc);
    let mut stmt = conn.prepare_cached(
        "INSERT INTO quote_speakers (quote, doc, entity, name, country, sector)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (row, q) in quote_row.into_iter().flat_map(|r| r..).zip(&doc.quotes) {
        if q.speaker.is_none() {
            continue;
        }
        let who = SideCols::of(q.speaker.as_ref());
        stmt.execute(params![
            row,
            id,
            who.entity,
            who.name,
            who.country,
            who.sector
        ])?;
    }

    let mut stmt = conn.prepare_cached(
        "INSERT INTO diagnostics (doc, hash, path, stage, message) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let own = doc
        .diagnostics
        .iter()
        .map(|d| (d.stage, d.message.as_str()));
    let store = problems.iter().map(|p| ("store", p.as_str()));
    for (stage, message) in own.chain(store) {
        stmt.execute(params![id, doc.raw.hash, doc.raw.path, stage, message])?;
    }
    Ok(())
}

/// The number the next stored quote gets: one past the largest in use, as SQLite gave the row
/// ids of `quotes` before schema 19 (each document's numbers are one run from its
/// `quote_row`, so the largest is in the run that starts last). `except` is left out.
pub(crate) fn next_quote_row(conn: &Connection, except: Option<i64>) -> rusqlite::Result<i64> {
    let end: Option<i64> = conn
        .prepare_cached(
            "SELECT quote_row + quote_count FROM documents
             WHERE quote_row IS NOT NULL AND doc IS NOT ?1
             ORDER BY quote_row DESC LIMIT 1",
        )?
        .query_row(params![except], |r| r.get(0))
        .optional()?;
    Ok(end.unwrap_or(1))
}

/// Whether a mention is stored as a row (schema 15): only a quote's listing reads mentions
/// by position (read.rs `named_in_span` and the `about` filter, both within one quote's span
/// of its own document); the export reads every mention from the packed body. An average
/// news article has 14 mentions, 1.5 of them inside a quote.
pub(crate) fn in_a_quote(doc: &Document, m: &dyad_core::Mention) -> bool {
    doc.quotes
        .iter()
        .any(|q| m.span.start >= q.start && m.span.end <= q.end)
}

/// The events of new documents, held back from the table until the link step has decided
/// each one's event: it is then written once, with its event and kept facts
/// ([`insert_event`] with `linked`), instead of written unlinked and rewritten by the link
/// step (the rewrite touched the row, `events_folded` and the 25-column `events_dyad_facts`
/// entry again). Each gets the row id SQLite would have given it written at once (the
/// largest in use, plus one), so ids, and all that is ordered by them, are what they were.
pub(crate) struct Deferred<'a> {
    pub(crate) held: Vec<HeldEvent<'a>>,
    /// The largest row id in use, in the table or held.
    last: i64,
    /// The ids (`events.id`) held, which the table's unique index cannot see yet.
    ids: std::collections::HashSet<&'a str>,
}

/// An event row held by [`Deferred`].
pub(crate) struct HeldEvent<'a> {
    /// Its row id.
    pub(crate) row: i64,
    /// Its document's row.
    pub(crate) doc_row: i64,
    pub(crate) doc: &'a Document,
    pub(crate) event: &'a Event,
}

impl<'a> Deferred<'a> {
    fn start(conn: &Connection) -> rusqlite::Result<Deferred<'a>> {
        Ok(Deferred {
            held: Vec::new(),
            last: last_event_row(conn)?,
            ids: Default::default(),
        })
    }

    /// Holds `ev` of the document row `doc_row`, unless its id is already stored or held
    /// (`ON CONFLICT (id) DO NOTHING` of a direct insert); whether it was held.
    fn hold(
        &mut self,
        conn: &Connection,
        doc_row: i64,
        doc: &'a Document,
        ev: &'a Event,
    ) -> rusqlite::Result<bool> {
        let stored = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)")?
            .query_row([&ev.id], |r| r.get::<_, bool>(0))?;
        if stored || !self.ids.insert(ev.id.as_str()) {
            return Ok(false);
        }
        self.last += 1;
        self.held.push(HeldEvent {
            row: self.last,
            doc_row,
            doc,
            event: ev,
        });
        Ok(true)
    }

    /// Writes what is held, unlinked, before documents are deleted (a replaced version, which
    /// may be one of this batch): the delete then finds the rows it would have found, and the
    /// next row id is again the table's.
    fn write_held(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        for h in self.held.drain(..) {
            insert_event(conn, Some(h.row), h.doc_row, h.doc, h.event, None)?;
        }
        self.ids.clear();
        Ok(())
    }

    /// After a delete: row ids continue from the largest left.
    fn deleted(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        self.last = last_event_row(conn)?;
        Ok(())
    }
}

fn last_event_row(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COALESCE(MAX(event), 0) FROM events")?
        .query_row([], |r| r.get(0))
}

/// What the link step decided for a held event: its folded event, the article it counts under
/// and whether it stands for its event (the outlet is the article's, read in the statement).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Linked {
    pub(crate) folded: i64,
    pub(crate) article: i64,
    pub(crate) standing: bool,
}

/// Inserts one event row (at row id `row`, or the next); with `linked`, with its event and kept
/// facts as the link step's `assign` would set them. How many rows were inserted (0: its id is
/// already stored).
pub(crate) fn insert_event(
    conn: &Connection,
    row: Option<i64>,
    doc_row: i64,
    doc: &Document,
    ev: &Event,
    linked: Option<Linked>,
) -> rusqlite::Result<usize> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO events (doc, id, type, mode, context,
             source_entity, source_name, source_country, source_sector,
             target_entity, target_name, target_country, target_sector,
             date_value, date_first, date_last, date_precision, date_from,
             location_name, location_country, lat, lon, aux, quad, sentence, start, \"end\",
             trigger_start, trigger_end, confidence, rule, cameo,
             event, folded, article, outlet, standing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
             ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32,
             ?33, ?34, ?35,
             CASE WHEN ?34 IS NOT NULL THEN
                 COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = ?35),
                          (SELECT a.outlet FROM articles a WHERE a.doc = ?1), 'unknown')
             END,
             ?36)
         ON CONFLICT (id) DO NOTHING",
    )?;
    let [src, tgt] = [&ev.source, &ev.target].map(|s| SideCols::of(s.as_ref()));
    let date = ev.date.map(|d| d.value);
    let loc = ev.location.as_ref();
    stmt.execute(params![
        doc_row,
        ev.id,
        ev.kind.as_str(),
        ev.mode,
        ev.context.join(","),
        src.entity,
        src.name,
        src.country,
        src.sector,
        tgt.entity,
        tgt.name,
        tgt.country,
        tgt.sector,
        date.map(|d| d.to_string()),
        ev.date.map(|d| d.first_day().to_string()),
        ev.date.map(|d| d.last_day().to_string()),
        ev.date.map(|d| d.precision.as_str()),
        ev.date.map(|d| d.from),
        loc.map(|l| &l.name),
        loc.and_then(|l| l.country).map(|c| c.to_string()),
        loc.and_then(|l| l.lat),
        loc.and_then(|l| l.lon),
        ev.aux.map(|a| a.as_str()),
        ev.quad,
        ev.sentence(&doc.text),
        ev.start as i64,
        ev.end as i64,
        ev.trigger.start as i64,
        ev.trigger.end as i64,
        f64::from(ev.confidence),
        ev.rule,
        ev.cameo,
        row,
        linked.map(|l| l.folded),
        linked.map(|l| l.article),
        linked.map(|l| i64::from(l.standing)),
    ])
}

/// The columns of one event side (or quote speaker).
#[derive(Default)]
pub(crate) struct SideCols<'a> {
    pub(crate) entity: Option<&'a str>,
    pub(crate) name: Option<&'a str>,
    pub(crate) country: Option<String>,
    pub(crate) sector: Option<&'static str>,
}

impl<'a> SideCols<'a> {
    pub(crate) fn of(side: Option<&'a Side>) -> Self {
        side.map_or_else(SideCols::default, |s| SideCols {
            entity: s.entity.as_deref(),
            name: Some(&s.name),
            country: Some(s.country.to_string()),
            sector: s.sector.map(|x| x.as_str()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{all_docs, doc_fomin, doc_lavrov, doc_taliban};
    use crate::ReadStore;

    fn count(store: &Store, table: &str) -> i64 {
        store
            .conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    /// Rows per table, to compare states of the whole database.
    fn counts(store: &Store) -> Vec<i64> {
        ["documents", "entities", "mentions", "events", "diagnostics"]
            .iter()
            .map(|t| count(store, t))
            .chain([store
                .conn
                .query_row("SELECT SUM(quote_count) FROM documents", [], |r| {
                    r.get::<_, Option<i64>>(0)
                })
                .unwrap()
                .unwrap_or(0)])
            .collect()
    }

    fn stats(inserted: usize, skipped_existing: usize, failed: usize) -> BatchStats {
        BatchStats {
            inserted,
            skipped_existing,
            failed,
            replaced: 0,
        }
    }

    #[test]
    fn rewriting_is_a_no_op() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.write_batch(&all_docs()).unwrap(), stats(3, 0, 0));
        let before = counts(&store);
        assert_eq!(before, vec![3, 9, 0, 8, 1, 1]);
        assert_eq!(store.write_batch(&all_docs()).unwrap(), stats(0, 3, 0));
        assert_eq!(counts(&store), before);
        for d in all_docs() {
            assert!(store.contains(&d.raw.hash).unwrap());
        }
        assert!(!store.contains("no-such-hash").unwrap());
    }

    #[test]
    fn repeated_within_a_batch_is_skipped() {
        let mut store = Store::open_in_memory().unwrap();
        let s = store
            .write_batch(&[doc_fomin(), doc_fomin(), doc_lavrov()])
            .unwrap();
        assert_eq!(s, stats(2, 1, 0));
        assert_eq!(store.write_batch(&[]).unwrap(), stats(0, 0, 0));
    }

    #[test]
    fn layers_are_stored_as_columns() {
        let mut store = Store::open_in_memory().unwrap();
        store.write_batch(&all_docs()).unwrap();
        let row: (String, String, String, String, String, Option<String>) = store
            .conn
            .query_row(
                "SELECT language, script, published_date, published_precision, published_from,
                        published_last
                 FROM documents WHERE hash = 'h-fomin'",
                [],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .unwrap();
        assert_eq!(
            row,
            (
                "ar".into(),
                "Arab".into(),
                "2021-09-29".into(),
                "day".into(),
                "metadata".into(),
                Some("2021-09-29".into())
            )
        );
        // A place keeps its country and coordinates, and has no actor code.
        let place: (Option<String>, String, f64) = store
            .conn
            .query_row(
                "SELECT country, place_country, lat FROM entities WHERE kb_id = 'Q1362'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(place, (None, "PAK".into(), 33.69));
        // The Taliban in an undated document: the open-ended role (AFG.GOV).
        let taliban: (String, String) = store
            .conn
            .query_row(
                "SELECT country, sector FROM entities WHERE kb_id = 'Q42871'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(taliban, ("AFG".into(), "GOV".into()));
        // Month precision covers the whole month; the decade the whole decade.
        let dates: Vec<(String, String, String, String)> = store
            .conn
            .prepare(
                "SELECT id, date_value, date_first, date_last FROM events
                 WHERE id IN ('ev-lavrov-2', 'ev-fomin-2') ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            dates,
            vec![
                (
                    "ev-fomin-2".into(),
                    "1970s".into(),
                    "1970-01-01".into(),
                    "1979-12-31".into()
                ),
                (
                    "ev-lavrov-2".into(),
                    "2021-04".into(),
                    "2021-04-01".into(),
                    "2021-04-30".into()
                ),
            ]
        );
        // The document has no quote: its mentions are not rows (schema 15), and the export
        // reads them from its body.
        assert_eq!(count(&store, "mentions WHERE doc = 1"), 0);
        let (hash, mut fomin) = (doc_fomin().raw.hash, Vec::new());
        store
            .export_entities(&mut |e| {
                if e.doc_hash == hash && e.idx == 0 {
                    fomin = e.mentions;
                }
                true
            })
            .unwrap();
        let text: Vec<&str> = fomin.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(text, ["ألكسندر فومين"]);
    }

    /// Schema 15: of a document's mentions only those inside a quote are rows (what a quote's
    /// `about` reads); the export gives every mention, from the body, in text order, an exact
    /// repeat once.
    #[test]
    fn mentions_are_rows_only_inside_quotes_and_all_in_the_export() {
        let doc = crate::testdata::doc_quoted();
        let at = |needle: &str| doc.text.find(needle).unwrap();
        let (first, quoted, second) = (at("Kabul"), at("Kabul must"), at("in Kabul") + 3);
        let mut store = Store::open_in_memory().unwrap();
        store.write_batch(std::slice::from_ref(&doc)).unwrap();
        let rows: Vec<(i64, i64, String)> = store
            .conn
            .prepare("SELECT entity, start, text FROM mentions ORDER BY start")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows, [(1, quoted as i64, "Kabul".to_string())]);
        let mut exported = Vec::new();
        store
            .export_entities(&mut |e| {
                let spans: Vec<(usize, usize, String)> = e
                    .mentions
                    .iter()
                    .map(|m| (m.start, m.end, m.text.clone()))
                    .collect();
                exported.push((e.idx, spans));
                true
            })
            .unwrap();
        let us = at("United States");
        let k = |start: usize| (start, start + 5, "Kabul".to_string());
        assert_eq!(
            exported,
            [
                (0, vec![(us, us + 13, "United States".to_string())]),
                (1, vec![k(first), k(second), k(quoted)]),
            ]
        );
        // No time expression table: the times are in the body only.
        assert!(store.conn.prepare("SELECT 1 FROM times").is_err());
    }

    /// The partial indexes of schema 15 still answer the queries they are for: a quote
    /// listing by speaker, and the actor counts' look-up by kb id when an entity row leaves.
    #[test]
    fn partial_indexes_answer_their_queries() {
        let store = Store::open_in_memory().unwrap();
        let plan = |sql: &str, params: &[&str]| -> String {
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let rows = stmt
                .query_map(rusqlite::params_from_iter(params), |r| {
                    r.get::<_, String>(3)
                })
                .unwrap();
            rows.collect::<Result<Vec<_>, _>>().unwrap().join("; ")
        };
        // The quote listing (read.rs `scan_quotes`): by speaker, and through the documents.
        for (sql, params) in [
            ("s.country = ?", &["RUS"][..]),
            ("(s.country = ? AND s.sector = ?)", &["RUS", "GOV"][..]),
        ] {
            let p = plan(
                &format!(
                    "SELECT s.quote, s.doc FROM quote_speakers s JOIN documents d ON d.doc = s.doc
                     WHERE {sql} AND s.quote < 1000 ORDER BY s.quote DESC LIMIT 50"
                ),
                params,
            );
            assert!(p.contains("INDEX quote_speakers_code"), "{p}");
        }
        let p = plan(
            "SELECT d.doc, d.quote_row, d.quote_count FROM documents d
             WHERE d.quote_row IS NOT NULL AND d.quote_row < ? ORDER BY d.quote_row DESC LIMIT ?",
            &["1000", "50"],
        );
        assert!(p.contains("INDEX documents_quote_row"), "{p}");
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        let p = plan(
            "SELECT quote_row + quote_count FROM documents
             WHERE quote_row IS NOT NULL AND doc IS NOT ? ORDER BY quote_row DESC LIMIT 1",
            &["1"],
        );
        assert!(p.contains("INDEX documents_quote_row"), "{p}");
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        let p = plan(
            "SELECT MAX(name) FROM entities WHERE kb_id = ? AND kind <> 'place'",
            &["Q80137"],
        );
        assert!(p.contains("INDEX entities_kb_id"), "{p}");
    }

    /// A database of schema 14 (every mention a row, and a `times` table) migrates to 15: the
    /// rows no listing reads are gone, and what is read is what a new database gives.
    #[test]
    fn schema_14_migrates_with_the_same_listings() {
        let docs = {
            let mut d = all_docs();
            d.push(crate::testdata::doc_quoted());
            d
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let mut fresh = Store::open_in_memory().unwrap();
        fresh.write_batch(&docs).unwrap();
        {
            let mut old = Store::open(&path).unwrap();
            old.write_batch(&docs).unwrap();
            crate::testdata::back_to_schema_18(&old.conn);
            // Back to schema 14: its table of time expressions and all its mention rows (and
            // no week on article rows, which schema 17 adds).
            let mut sql = String::from(
                "PRAGMA user_version = 14;
                 DROP TRIGGER article_bands_of_document;
                 ALTER TABLE articles DROP COLUMN week;
                 CREATE TABLE times (
                     doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
                     start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL,
                     value TEXT NOT NULL, precision TEXT NOT NULL, first_day TEXT NOT NULL,
                     last_day TEXT NOT NULL, anchor TEXT NOT NULL, duration_days INTEGER,
                     PRIMARY KEY (doc, start, \"end\", value)
                 ) WITHOUT ROWID;",
            );
            for doc in &docs {
                let row: i64 = old
                    .conn
                    .query_row(
                        "SELECT doc FROM documents WHERE hash = ?1",
                        [&doc.raw.hash],
                        |r| r.get(0),
                    )
                    .unwrap();
                sql.push_str(&crate::testdata::rows_before_schema_15(row, doc));
            }
            old.conn.execute_batch(&sql).unwrap();
            assert_eq!(count(&old, "mentions"), 14);
            assert_eq!(count(&old, "times"), 3);
        }
        let migrated = Store::open(&path).unwrap();
        assert_eq!(migrated.schema_version().unwrap(), crate::SCHEMA_VERSION);
        assert!(migrated.conn.prepare("SELECT 1 FROM times").is_err());
        let mention_rows = |s: &Store| -> Vec<(i64, i64, i64, String)> {
            s.conn
                .prepare("SELECT doc, entity, start, text FROM mentions ORDER BY 1, 2, 3")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        assert_eq!(mention_rows(&migrated).len(), 1);
        assert_eq!(mention_rows(&migrated), mention_rows(&fresh));
        let quotes = |s: &Store| {
            let mut all = Vec::new();
            s.scan_quotes(&Default::default(), &mut |q| {
                all.push((q.text, q.about));
                true
            })
            .unwrap();
            all
        };
        assert_eq!(quotes(&migrated), quotes(&fresh));
        let entities = |s: &Store| {
            let mut all = Vec::new();
            s.export_entities(&mut |e| {
                all.push(e);
                true
            })
            .unwrap();
            all
        };
        assert_eq!(entities(&migrated), entities(&fresh));
        assert_eq!(migrated.actors().unwrap(), fresh.actors().unwrap());
    }

    /// A database of schema 18 (a row per quote) migrates to 19: each quote keeps its number,
    /// the gap a replaced version left among them too, and every quote listing and count reads
    /// as a new database's; numbers then go on as the row ids did.
    #[test]
    fn schema_18_quotes_migrate_with_their_numbers() {
        let mut generator = crate::synth::Generator::new(3);
        let mut docs: Vec<Document> = (0..80).map(|_| generator.document()).collect();
        docs.push(crate::testdata::doc_quoted());
        // A later version of an early quoting document, without its quote.
        let quoted = (0..docs.len())
            .filter(|&i| !docs[i].quotes.is_empty())
            .nth(1)
            .unwrap();
        assert!(quoted < 20, "{quoted}");
        let mut newer = docs[quoted].clone();
        newer.raw.hash.push_str("-v2");
        newer.raw.key = Some(docs[quoted].raw.key().to_string());
        newer.quotes.clear();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let mut fresh = Store::open_in_memory().unwrap();
        {
            let mut old = Store::open(&path).unwrap();
            for s in [&mut fresh, &mut old] {
                s.write_batch(&docs[..40]).unwrap();
                s.write_batch(&docs[40..]).unwrap();
                assert_eq!(s.write_batch(&[newer.clone()]).unwrap().replaced, 1);
            }
            crate::testdata::back_to_schema_18(&old.conn);
            assert_eq!(
                count(&old, "quotes") as usize,
                fresh.summary().unwrap().quotes as usize
            );
        }
        let mut migrated = Store::open(&path).unwrap();
        assert_eq!(migrated.schema_version().unwrap(), crate::SCHEMA_VERSION);
        let listing = |s: &Store, q: crate::QuoteQuery| {
            let mut all = Vec::new();
            s.scan_quotes(&q, &mut |r| {
                all.push(r);
                true
            })
            .unwrap();
            all
        };
        let all = listing(&fresh, Default::default());
        assert!(all.len() > 20, "{}", all.len());
        // The numbers have the gap the replaced version left.
        let rows: Vec<i64> = all.iter().map(|q| q.row).collect();
        assert!(rows.windows(2).any(|w| w[0] - w[1] > 1), "{rows:?}");
        assert_eq!(listing(&migrated, Default::default()), all);
        let speaker = all.iter().find_map(|q| q.speaker).unwrap().to_string();
        for q in [
            crate::QuoteQuery {
                speaker: Some(speaker.clone()),
                ..Default::default()
            },
            crate::QuoteQuery {
                about: Some(speaker),
                after: Some(rows[rows.len() / 2]),
                ..Default::default()
            },
        ] {
            assert_eq!(listing(&migrated, q.clone()), listing(&fresh, q));
        }
        let exported = |s: &Store| {
            let mut out = Vec::new();
            s.export_quotes(&mut |q| {
                out.push(q);
                true
            })
            .unwrap();
            out
        };
        assert_eq!(exported(&migrated), exported(&fresh));
        assert_eq!(migrated.summary().unwrap(), fresh.summary().unwrap());
        assert_eq!(
            migrated.summary_by_scan().unwrap(),
            fresh.summary().unwrap()
        );
        let more: Vec<Document> = (0..5).map(|_| generator.document()).collect();
        migrated.write_batch(&more).unwrap();
        fresh.write_batch(&more).unwrap();
        assert_eq!(
            listing(&migrated, Default::default()),
            listing(&fresh, Default::default())
        );
    }

    #[test]
    fn schema_17_bodies_are_read_after_migration_beside_new_ones() {
        let docs = all_docs();
        let (first, last) = docs.split_at(docs.len() - 1);
        let export = |s: &Store| {
            let mut out = Vec::new();
            s.export_jsonl(&mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let mut fresh = Store::open_in_memory().unwrap();
        fresh.write_batch(first).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut old = Store::open(&path).unwrap();
            old.write_batch(first).unwrap();
            // Back to schema 17: every body a zstd frame of the JSON.
            for doc in first {
                old.conn
                    .execute(
                        "UPDATE documents SET body = ?1 WHERE hash = ?2",
                        params![crate::pack::pack_schema_17(doc).unwrap(), doc.raw.hash],
                    )
                    .unwrap();
            }
            crate::testdata::back_to_schema_18(&old.conn);
            old.conn.execute_batch("PRAGMA user_version = 17").unwrap();
        }
        let mut migrated = Store::open(&path).unwrap();
        assert_eq!(migrated.schema_version().unwrap(), crate::SCHEMA_VERSION);
        let kinds = |s: &Store| -> Vec<(i64, i64)> {
            s.conn
                .prepare("SELECT substr(body, 1, 1) = x'02', COUNT(*) FROM documents GROUP BY 1")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        assert_eq!(kinds(&migrated), [(0, first.len() as i64)]);
        assert_eq!(export(&migrated), export(&fresh));
        // A new document gets a body of schema 18; the old ones read as before beside it.
        migrated.write_batch(last).unwrap();
        fresh.write_batch(last).unwrap();
        assert_eq!(kinds(&migrated), [(0, first.len() as i64), (1, 1)]);
        assert_eq!(export(&migrated), export(&fresh));
        assert_eq!(migrated.actors().unwrap(), fresh.actors().unwrap());
    }

    /// Injects an error into the next insert of the event with this id. `hard` gives a
    /// database-level error (a type mismatch); otherwise a constraint failure.
    fn inject_failure(store: &Store, event_id: &str, hard: bool) {
        let action = if hard {
            "INSERT INTO diagnostics (diagnostic, stage, message) VALUES ('x', 'x', 'x');"
        } else {
            "SELECT RAISE(ABORT, 'injected');"
        };
        store
            .conn
            .execute_batch(&format!(
                "CREATE TEMP TRIGGER inject AFTER INSERT ON events WHEN NEW.id = '{event_id}'
                 BEGIN {action} END;"
            ))
            .unwrap();
    }

    fn remove_failure(store: &Store) {
        store
            .conn
            .execute_batch("DROP TRIGGER temp.inject")
            .unwrap();
    }

    #[test]
    fn failed_batch_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dyad.db");
        let mut store = Store::open(&path).unwrap();
        store.write_batch(&[doc_taliban()]).unwrap();
        let before = counts(&store);
        // The failure hits the second document of the batch, after the first was written.
        inject_failure(&store, "ev-lavrov-3", true);
        let err = store.write_batch(&[doc_fomin(), doc_lavrov()]).unwrap_err();
        assert!(matches!(err, StoreError::Sqlite(_)), "{err}");
        assert_eq!(counts(&store), before);
        assert!(!store.contains("h-fomin").unwrap());
        // Another connection (another process) sees the same consistent state.
        let reader = Store::open(&path).unwrap();
        assert_eq!(counts(&reader), before);
        // Running again completes the ingest.
        remove_failure(&store);
        let s = store
            .write_batch(&[doc_fomin(), doc_lavrov(), doc_taliban()])
            .unwrap();
        assert_eq!(s, stats(2, 1, 0));
        assert_eq!(counts(&reader), vec![3, 9, 0, 8, 1, 1]);
    }

    #[test]
    fn a_refused_document_does_not_fail_the_batch() {
        let mut store = Store::open_in_memory().unwrap();
        inject_failure(&store, "ev-lavrov-3", false);
        let s = store.write_batch(&all_docs()).unwrap();
        assert_eq!(s, stats(2, 0, 1));
        assert!(!store.contains("h-lavrov").unwrap());
        // Nothing of the refused document was kept, not even its first events.
        assert_eq!(count(&store, "events"), 4);
        let errs = store.diagnostics().unwrap();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].stage, "store");
        assert_eq!(errs[0].path.as_deref(), Some("feeds/h-lavrov.txt"));
        assert!(errs[0].message.contains("injected"), "{}", errs[0].message);
        remove_failure(&store);
        assert_eq!(store.write_batch(&all_docs()).unwrap(), stats(1, 2, 0));
        assert_eq!(count(&store, "events"), 8);
    }

    /// Every row the link step and the counts leave, to compare two stores (the diagnostics
    /// without the time they were recorded).
    fn state(store: &Store) -> Vec<String> {
        let mut out = Vec::new();
        for sql in [
            "SELECT * FROM events ORDER BY event",
            "SELECT * FROM clusters ORDER BY cluster",
            "SELECT * FROM cluster_aliases ORDER BY alias",
            "SELECT * FROM cluster_links ORDER BY event",
            "SELECT * FROM cluster_blocks ORDER BY actor, week, cluster",
            "SELECT * FROM articles ORDER BY doc",
            "SELECT * FROM article_bands ORDER BY week, band, doc",
            "SELECT doc, hash, stage, message FROM diagnostics ORDER BY diagnostic",
            "SELECT * FROM tally ORDER BY name",
            "SELECT * FROM language_tally ORDER BY language",
            "SELECT * FROM document_days ORDER BY first, last",
            "SELECT * FROM type_tally ORDER BY type",
            "SELECT * FROM dyad_tally ORDER BY dyad",
            "SELECT * FROM actor_totals ORDER BY id",
            "SELECT * FROM actor_codes ORDER BY id, code",
            "SELECT * FROM actor_events ORDER BY id",
        ] {
            let mut stmt = store.conn.prepare(sql).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let cols: Vec<String> = (0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect();
                    Ok(cols.join("|"))
                })
                .unwrap();
            out.push(format!("-- {sql}"));
            out.extend(rows.map(Result::unwrap));
        }
        out
    }

    /// The near-duplicate bands: how many, how many of a document no longer stored, how many
    /// filed under another week than their article row says.
    fn band_rows(store: &Store) -> (i64, i64, i64) {
        store
            .conn
            .query_row(
                "SELECT COUNT(*),
                     COUNT(*) FILTER (WHERE NOT EXISTS
                         (SELECT 1 FROM documents d WHERE d.doc = b.doc)),
                     COUNT(*) FILTER (WHERE NOT EXISTS
                         (SELECT 1 FROM articles a WHERE a.doc = b.doc AND a.week = b.week))
                 FROM article_bands b",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
    }

    /// Batches with what the held event rows must get right: near-duplicate copies (in one
    /// batch and across batches), events re-reported across documents, a document replaced
    /// by a new version in its own batch and in a later one, and event ids already stored or
    /// repeated in the batch.
    fn tricky_batches() -> Vec<Vec<Document>> {
        let mut gen = crate::synth::Generator::over(11, jiff::civil::date(2024, 3, 1), 20);
        let mut docs: Vec<Document> = (0..120).map(|_| gen.document()).collect();
        for (i, d) in docs.iter_mut().enumerate() {
            d.fingerprint = Some(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1));
        }
        // Copies of earlier documents, one bit off.
        for (copy, of) in [(30, 3), (31, 3), (70, 40), (71, 12)] {
            let mut c = docs[of].clone();
            c.raw.hash = format!("copy-{copy}");
            c.raw.id = format!("copy-{copy}");
            c.raw.key = None;
            c.raw.source = Some(format!("mirror{copy}.example"));
            c.fingerprint = docs[of].fingerprint.map(|f| f ^ 4);
            for e in &mut c.events {
                e.id = format!("{}-copy-{copy}", e.id);
            }
            docs[copy] = c;
        }
        // New versions: of a document of the same batch, and of one of an earlier batch.
        for (new, old) in [(20, 5), (90, 50)] {
            let mut v = docs[old].clone();
            v.raw.hash = format!("v2-{old}");
            v.events.truncate(1);
            for e in &mut v.events {
                e.id = format!("{}-v2", e.id);
            }
            docs[new] = v;
        }
        // An event id already stored, and one repeated within a batch.
        docs[60].events[0].id = docs[2].events[0].id.clone();
        docs[61].events[0].id = docs[62].events[0].id.clone();
        docs.chunks(40).map(<[Document]>::to_vec).collect()
    }

    fn prepare(batch: &[Document]) -> Vec<PreparedDocument> {
        batch
            .iter()
            .cloned()
            .map(|d| PreparedDocument::new(d).unwrap())
            .collect()
    }

    /// Writes the tricky batches into `held` holding its events for the link step, and into
    /// `direct` written then linked: every batch's figures agree.
    fn write_both_ways(held: &mut Store, direct: &mut Store) {
        for batch in tricky_batches() {
            let (a, linked) = held.write_and_link(&prepare(&batch)).unwrap();
            let b = direct.write_batch(&batch).unwrap();
            assert_eq!(a, b);
            assert_eq!(linked, direct.link().unwrap());
        }
    }

    #[test]
    fn held_events_are_written_as_written_then_linked() {
        let mut held = Store::open_in_memory().unwrap();
        let mut direct = Store::open_in_memory().unwrap();
        write_both_ways(&mut held, &mut direct);
        let s = state(&held);
        assert_eq!(s, state(&direct));
        let events = count(&held, "events");
        assert!(events > 150, "{events}");
        // Copies were grouped, reports folded, and the repeated ids refused once each.
        let copies: i64 = held
            .conn
            .query_row("SELECT COUNT(*) FROM articles WHERE root <> doc", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(copies, 4);
        let clusters = count(&held, "clusters");
        assert!(clusters < events, "{clusters} of {events}");
        let refused: i64 = held
            .conn
            .query_row(
                "SELECT COUNT(*) FROM diagnostics WHERE message LIKE 'event id % is already stored%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(refused, 2);
        assert_eq!(held.summary().unwrap(), held.summary_by_scan().unwrap());
        assert_eq!(held.actors().unwrap(), held.actors_by_scan().unwrap());
        // The replaced versions' bands went with them (found by their keys, migration 17):
        // eight for each stored document, each filed under its article's week.
        assert_eq!(band_rows(&held), (8 * count(&held, "documents"), 0, 0));
        // Documents stored again change nothing.
        let first = &tricky_batches()[0];
        let kept: Vec<Document> = first
            .iter()
            .filter(|d| d.raw.key() != first[5].raw.key())
            .cloned()
            .collect();
        let stored = prepare(&kept);
        let (again, linked) = held.write_and_link(&stored).unwrap();
        assert_eq!((again.inserted, again.skipped_existing), (0, 38));
        assert_eq!(linked.reports, 0);
        assert_eq!(state(&held), s);
        // The same batches again bring back the first versions (newer content of their keys)
        // and nothing else, in both ways of writing.
        write_both_ways(&mut held, &mut direct);
        assert_eq!(state(&held), state(&direct));
    }

    #[test]
    fn a_failed_link_step_leaves_nothing_and_a_refused_event_its_document_out() {
        let batches = tricky_batches();
        let mut store = Store::open_in_memory().unwrap();
        store.write_and_link(&prepare(&batches[0])).unwrap();
        let before = state(&store);
        // A database error while the held rows are written: the batch is rolled back whole.
        let victim = batches[1][7].events[0].id.clone();
        inject_failure(&store, &victim, true);
        let err = store.write_and_link(&prepare(&batches[1])).unwrap_err();
        assert!(matches!(err, StoreError::Sqlite(_)), "{err}");
        assert_eq!(state(&store), before);
        remove_failure(&store);
        // A constraint refusing one held row: its document alone is left out and recorded.
        inject_failure(&store, &victim, false);
        let (s, _) = store.write_and_link(&prepare(&batches[1])).unwrap();
        assert_eq!((s.inserted, s.failed), (batches[1].len() - 1, 1));
        assert!(!store.contains(&batches[1][7].raw.hash).unwrap());
        let unlinked: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM events WHERE folded IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(unlinked, 0);
        assert_eq!(store.summary().unwrap(), store.summary_by_scan().unwrap());
        assert_eq!(store.actors().unwrap(), store.actors_by_scan().unwrap());
        remove_failure(&store);
    }

    #[test]
    fn counts_of_a_version_replaced_in_its_own_batch_are_taken_back() {
        // The first version is counted in the batch's tallies, not yet in the tables, when the
        // second one's delete triggers subtract it.
        let mut store = Store::open_in_memory().unwrap();
        let first = doc_lavrov();
        let mut second = doc_lavrov();
        second.raw.hash = "h-lavrov-2".into();
        second.lang = Some(dyad_core::Lang::of("fr"));
        for e in &mut second.events {
            e.id = format!("{}-2", e.id);
        }
        let s = store.write_batch(&[first, second]).unwrap();
        assert_eq!((s.inserted, s.replaced), (2, 1));
        assert_eq!(store.summary().unwrap(), store.summary_by_scan().unwrap());
        assert_eq!(store.actors().unwrap(), store.actors_by_scan().unwrap());
        let langs: Vec<(String, i64)> = store
            .conn
            .prepare("SELECT language, n FROM language_tally ORDER BY language")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(langs, vec![("fr".to_string(), 1)]);
        let docs: i64 = store
            .conn
            .query_row("SELECT n FROM tally WHERE name = 'documents'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(docs, 1);
    }
}
