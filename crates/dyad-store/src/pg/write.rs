//! Writing a batch to PostgreSQL: one transaction, every table's rows sent by binary COPY (one
//! COPY per table per batch instead of a statement per row), the counts kept by the schema's
//! statement triggers. What SQLite settles row by row with `ON CONFLICT` is settled here
//! before or around the COPY: stored hashes are looked up first, repeated mentions
//! are dropped in memory, and events go through a staging table so that an event id already
//! stored is skipped and reported, as SQLite does.
//!
//! A document the database refuses (a constraint, or text PostgreSQL cannot store, such as a
//! NUL character) fails the COPY of the whole batch; the batch is then written again a
//! document at a time, each under a savepoint, and the refused one is recorded, as in
//! SQLite's write.rs.

use super::PgDb;
use crate::pack::PreparedDocument;
use crate::sql::{text, Db};
use crate::write::{in_a_quote, SideCols};
use crate::{BatchStats, StoreError};
use dyad_core::Document;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;
use std::collections::{HashMap, HashSet};

/// Created once per connection: where a batch's events wait for their ids to be checked.
pub(super) const STAGING: &str =
    "CREATE TEMP TABLE IF NOT EXISTS stage_events (LIKE events) ON COMMIT DELETE ROWS";

/// The columns of `events` a report fills (all but its row number and its folded event).
const EVENT_COLUMNS: &str = "doc, id, type, mode, context,
    source_entity, source_name, source_country, source_sector,
    target_entity, target_name, target_country, target_sector,
    date_value, date_first, date_last, date_precision, date_from,
    location_name, location_country, lat, lon, aux, quad, sentence, start, \"end\",
    trigger_start, trigger_end, confidence, rule, cameo";

pub(super) fn write_prepared(
    db: &PgDb,
    docs: &[PreparedDocument],
) -> Result<BatchStats, StoreError> {
    let all: Vec<&PreparedDocument> = docs.iter().collect();
    match db.transaction(|| write_all(db, &all)) {
        Err(e) if is_document_fault(&e) => write_each(db, &all),
        other => other,
    }
}

/// The batch again, a document at a time under a savepoint each: a refused document is
/// recorded and the others are written.
fn write_each(db: &PgDb, docs: &[&PreparedDocument]) -> Result<BatchStats, StoreError> {
    db.transaction(|| {
        let mut stats = BatchStats::default();
        for d in docs {
            db.batch("SAVEPOINT document")?;
            match write_all(db, &[d]) {
                Ok(s) => {
                    db.batch("RELEASE SAVEPOINT document")?;
                    stats.inserted += s.inserted;
                    stats.skipped_existing += s.skipped_existing;
                    stats.replaced += s.replaced;
                }
                Err(e) if is_document_fault(&e) => {
                    db.batch("ROLLBACK TO SAVEPOINT document")?;
                    db.exec(
                        "INSERT INTO diagnostics (hash, path, stage, message)
                         VALUES (?1, ?2, 'store', ?3) ON CONFLICT DO NOTHING",
                        &[
                            text(d.doc.raw.hash.as_str()),
                            crate::sql::opt_text(d.doc.raw.path.as_deref()),
                            text(format!("not stored: {}", reason(&e))),
                        ],
                    )?;
                    stats.failed += 1;
                }
                Err(e) => return Err(e),
            }
        }
        Ok(stats)
    })
}

/// Errors caused by one document's data (SQLSTATE classes 22, data exceptions, and 23,
/// integrity constraints) rather than by the database.
fn is_document_fault(e: &StoreError) -> bool {
    let StoreError::Postgres(e) = e else {
        return false;
    };
    e.code()
        .is_some_and(|c| c.code().starts_with("22") || c.code().starts_with("23"))
}

/// The server's own message, without the client's prefix.
fn reason(e: &StoreError) -> String {
    match e {
        StoreError::Postgres(p) => p
            .as_db_error()
            .map_or_else(|| p.to_string(), |d| d.message().to_string()),
        other => other.to_string(),
    }
}

/// One document as written: its row number, and the problems found while writing it.
struct Written<'a> {
    row: i64,
    doc: &'a Document,
    /// The number of its first quote (schema 8), when it has quotes.
    quote_row: Option<i64>,
    problems: Vec<String>,
}

/// Writes the batch in the caller's transaction.
fn write_all(db: &PgDb, docs: &[&PreparedDocument]) -> Result<BatchStats, StoreError> {
    let mut stats = BatchStats::default();
    // Already stored, or repeated within the batch: skipped.
    let hashes: Vec<&str> = docs.iter().map(|d| d.doc.raw.hash.as_str()).collect();
    let stored: HashSet<String> = db
        .client()
        .query(
            "SELECT hash FROM documents WHERE hash = ANY($1)",
            &[&hashes],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut seen = HashSet::new();
    let mut new = Vec::new();
    for d in docs {
        let hash = d.doc.raw.hash.as_str();
        if stored.contains(hash) || !seen.insert(hash) {
            stats.skipped_existing += 1;
        } else {
            new.push(*d);
        }
    }
    if new.is_empty() {
        return Ok(stats);
    }
    // Of several new versions of one document in a batch, the last is the one kept: the
    // others count as written and replaced, as when SQLite writes and deletes them in turn.
    let last: HashMap<&str, usize> = new
        .iter()
        .enumerate()
        .map(|(i, d)| (d.doc.raw.key(), i))
        .collect();
    stats.inserted = new.len();
    let kept: Vec<&PreparedDocument> = new
        .iter()
        .enumerate()
        .filter(|(i, d)| last[d.doc.raw.key()] == *i)
        .map(|(_, d)| *d)
        .collect();
    stats.replaced = new.len() - kept.len();

    let mut rows: Vec<i64> = db
        .client()
        .query(
            "SELECT nextval('documents_doc_seq') FROM generate_series(1, $1::bigint)",
            &[&(kept.len() as i64)],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    rows.sort_unstable();
    let quote_rows = quote_rows(db, kept.iter().map(|d| d.doc.quotes.len()))?;
    copy_documents(db, &kept, &rows, &quote_rows)?;
    // Older versions (same key, other content) go, with their layers (ON DELETE CASCADE),
    // before the new layers are written: the new version may reuse their event ids.
    let keys: Vec<&str> = kept.iter().map(|d| d.doc.raw.key()).collect();
    stats.replaced += db.client().execute(
        "DELETE FROM documents WHERE key = ANY($1) AND NOT doc = ANY($2)",
        &[&keys, &rows],
    )? as usize;

    let mut written: Vec<Written> = kept
        .iter()
        .zip(&rows)
        .zip(&quote_rows)
        .map(|((d, row), quote_row)| Written {
            row: *row,
            doc: &d.doc,
            quote_row: *quote_row,
            problems: Vec::new(),
        })
        .collect();
    copy_layers(db, &mut written)?;
    Ok(stats)
}

/// Replaces the layers of stored documents (by row) with a new run's, in one transaction
/// (see [`replace_all`]). A document the database refuses (text PostgreSQL cannot store, such
/// as a NUL character) fails the COPY of the whole batch: the batch is then done again a
/// document at a time, each under a savepoint, as a new batch is (`write_each`); the refused
/// one keeps the layers it had and its refusal is recorded as its diagnostic (stage `store`).
/// Returns how many documents were updated.
pub(super) fn replace_layers(db: &PgDb, docs: &[(i64, Document)]) -> Result<usize, StoreError> {
    match db.transaction(|| replace_all(db, docs)) {
        Err(e) if is_document_fault(&e) => db.transaction(|| {
            let mut n = 0;
            for one in docs.chunks(1) {
                db.batch("SAVEPOINT document")?;
                match replace_all(db, one) {
                    Ok(k) => {
                        db.batch("RELEASE SAVEPOINT document")?;
                        n += k;
                    }
                    Err(e) if is_document_fault(&e) => {
                        db.batch("ROLLBACK TO SAVEPOINT document")?;
                        let (row, doc) = &one[0];
                        db.exec(
                            "INSERT INTO diagnostics (doc, hash, path, stage, message)
                             VALUES (?1, ?2, ?3, 'store', ?4)",
                            &[
                                crate::sql::int(*row),
                                text(doc.raw.hash.as_str()),
                                crate::sql::opt_text(doc.raw.path.as_deref()),
                                text(format!("not recoded: {}", reason(&e))),
                            ],
                        )?;
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(n)
        }),
        other => other,
    }
}

/// [`replace_layers`] in the caller's transaction: what SQLite's `Store::replace_layers` does,
/// with every table's rows sent by COPY as a batch's are.
fn replace_all(db: &PgDb, docs: &[(i64, Document)]) -> Result<usize, StoreError> {
    if docs.is_empty() {
        return Ok(0);
    }
    let rows: Vec<i64> = docs.iter().map(|(row, _)| *row).collect();
    for table in crate::recode::LAYER_TABLES {
        db.client().execute(
            &format!("DELETE FROM {table} WHERE doc = ANY($1)"),
            &[&rows],
        )?;
    }
    // Their quotes are numbered anew, after the rows of the others, as their rows were.
    let quote_rows = quote_rows(db, docs.iter().map(|(_, d)| d.quotes.len()))?;
    let mut n = 0;
    for ((row, doc), quote_row) in docs.iter().zip(&quote_rows) {
        let published = doc.published.date;
        let v = |s: Option<String>| crate::sql::opt_text(s);
        n += db.exec(
            "UPDATE documents SET title = ?2, language = ?3, script = ?4,
                 published_date = ?5, published_precision = ?6, published_from = ?7,
                 published_note = ?8, published_first = ?9, published_last = ?10,
                 dateline = ?11, body = ?12, simhash = ?13, text = ?14, quote_row = ?15,
                 quote_count = ?16
             WHERE doc = ?1",
            &[
                crate::sql::int(*row),
                v(doc.title.clone().or_else(|| doc.raw.title.clone())),
                v(doc.lang.map(|l| l.to_string())),
                v(doc.script.map(|s| s.to_string())),
                v(published.map(|d| d.to_string())),
                v(published.map(|d| d.precision.as_str().to_string())),
                v(doc.published.from.map(|f| f.as_str().to_string())),
                v(doc.published.note.clone()),
                v(published.map(|d| d.first_day().to_string())),
                v(published.map(|d| d.last_day().to_string())),
                v(doc.dateline.clone()),
                rusqlite::types::Value::Blob(crate::pack::pack(doc)?),
                doc.fingerprint
                    .map_or(rusqlite::types::Value::Null, |f| crate::sql::int(f as i64)),
                text(doc.text.as_str()),
                quote_row.map_or(rusqlite::types::Value::Null, crate::sql::int),
                crate::sql::int(doc.quotes.len() as i64),
            ],
        )? as usize;
    }
    let mut written: Vec<Written> = docs
        .iter()
        .zip(&quote_rows)
        .map(|((row, doc), quote_row)| Written {
            row: *row,
            doc,
            quote_row: *quote_row,
            problems: Vec::new(),
        })
        .collect();
    copy_layers(db, &mut written)?;
    Ok(n)
}

/// Every layer of the written documents, by COPY, in the order their keys need: a new batch's
/// and a recoded one's alike.
fn copy_layers(db: &PgDb, written: &mut [Written]) -> Result<(), StoreError> {
    copy_entities(db, written)?;
    copy_mentions(db, written)?;
    insert_events(db, written)?;
    copy_quote_speakers(db, written)?;
    copy_diagnostics(db, written)
}

/// Runs one binary COPY into `table (columns)` of the given types, `each` writing its rows.
fn copy(
    db: &PgDb,
    table: &str,
    columns: &str,
    types: &[Type],
    each: impl FnOnce(&mut BinaryCopyInWriter) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut client = db.client();
    let sink = client.copy_in(&format!("COPY {table} ({columns}) FROM STDIN BINARY"))?;
    let mut w = BinaryCopyInWriter::new(sink, types);
    each(&mut w)?;
    w.finish()?;
    Ok(())
}

const I: Type = Type::INT8;
const T: Type = Type::TEXT;
const F: Type = Type::FLOAT8;

/// The number of each document's first quote, for documents with these many quotes: one run
/// of the `quote_rows` sequence for all of them, in their order (what the sequence of the
/// quote rows gave before schema 8), each document's quotes numbered in one run.
fn quote_rows(
    db: &PgDb,
    counts: impl Iterator<Item = usize>,
) -> Result<Vec<Option<i64>>, StoreError> {
    let counts: Vec<i64> = counts.map(|n| n as i64).collect();
    let total: i64 = counts.iter().sum();
    if total == 0 {
        return Ok(vec![None; counts.len()]);
    }
    // Taken under a lock of its own, so that another writer's numbers cannot fall inside
    // the run; released at once.
    let mut client = db.client();
    client.execute("SELECT pg_advisory_lock(1685676389)", &[])?;
    let last = client.query_one(
        "SELECT setval('quote_rows', nextval('quote_rows') + $1 - 1)",
        &[&total],
    );
    client.execute("SELECT pg_advisory_unlock(1685676389)", &[])?;
    let last: i64 = last?.get(0);
    let mut next = last - total + 1;
    Ok(counts
        .iter()
        .map(|&n| {
            let first = (n > 0).then_some(next);
            next += n;
            first
        })
        .collect())
}

fn copy_documents(
    db: &PgDb,
    docs: &[&PreparedDocument],
    rows: &[i64],
    quote_rows: &[Option<i64>],
) -> Result<(), StoreError> {
    copy(
        db,
        "documents",
        "doc, id, key, hash, path, url, title, source, language, script, published_date,
         published_precision, published_from, published_note, published_first, published_last,
         dateline, text, body, simhash, quote_row, quote_count",
        &[
            I,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            T,
            Type::BYTEA,
            I,
            I,
            I,
        ],
        |w| {
            for ((p, row), quote_row) in docs.iter().zip(rows).zip(quote_rows) {
                let doc = &p.doc;
                let published = doc.published.date;
                let title = doc.title.as_ref().or(doc.raw.title.as_ref());
                let lang = doc.lang.map(|l| l.to_string());
                let script = doc.script.map(|s| s.to_string());
                let date = published.map(|d| d.to_string());
                let precision = published.map(|d| d.precision.as_str());
                let from = doc.published.from.map(|f| f.as_str());
                let first = published.map(|d| d.first_day().to_string());
                let last = published.map(|d| d.last_day().to_string());
                // As in SQLite: the 64 bits stored as a signed integer.
                let simhash = doc.fingerprint.map(|f| f as i64);
                w.write(&[
                    row,
                    &doc.raw.id,
                    &doc.raw.key(),
                    &doc.raw.hash,
                    &doc.raw.path,
                    &doc.raw.url,
                    &title,
                    &doc.raw.source,
                    &lang,
                    &script,
                    &date,
                    &precision,
                    &from,
                    &doc.published.note,
                    &first,
                    &last,
                    &doc.dateline,
                    &doc.text,
                    &p.body,
                    &simhash,
                    quote_row,
                    &(doc.quotes.len() as i64),
                ])?;
            }
            Ok(())
        },
    )
}

fn copy_entities(db: &PgDb, written: &[Written]) -> Result<(), StoreError> {
    copy(
        db,
        "entities",
        "doc, idx, kb_id, name, kind, country, sector, place_country, lat, lon, mentions",
        &[I, I, T, T, T, T, T, T, F, F, I],
        |w| {
            for d in written {
                let doc = d.doc;
                let pub_day = doc.published_day();
                // Mentions per entity, kept on its row for the actor counts.
                let mut mentions = vec![0i64; doc.entities.len()];
                for m in &doc.mentions {
                    if let Some(n) = mentions.get_mut(m.entity) {
                        *n += 1;
                    }
                }
                for (i, e) in doc.entities.iter().enumerate() {
                    let actor = e.actor_on(pub_day);
                    let country = actor.map(|a| a.country.to_string());
                    let sector = actor.and_then(|a| a.sector).map(|s| s.as_str());
                    let place = e.place_country.map(|c| c.to_string());
                    let (lat, lon) = (e.coords.map(|c| c.0), e.coords.map(|c| c.1));
                    w.write(&[
                        &d.row,
                        &(i as i64),
                        &e.id,
                        &e.name,
                        &e.kind.as_str(),
                        &country,
                        &sector,
                        &place,
                        &lat,
                        &lon,
                        &mentions[i],
                    ])?;
                }
            }
            Ok(())
        },
    )
}

fn copy_mentions(db: &PgDb, written: &mut [Written]) -> Result<(), StoreError> {
    copy(
        db,
        "mentions",
        "doc, entity, start, \"end\", text, as_location, anaphoric",
        &[I, I, I, I, T, I, I],
        |w| {
            for d in written.iter_mut() {
                let doc = d.doc;
                // A mention repeated exactly (same span and entity) is kept once.
                let mut seen = HashSet::new();
                for m in &doc.mentions {
                    if m.entity >= doc.entities.len() {
                        d.problems.push(format!(
                            "mention {}..{} names entity {} of {}; not stored",
                            m.span.start,
                            m.span.end,
                            m.entity,
                            doc.entities.len()
                        ));
                        continue;
                    }
                    // Only the mentions a quote's listing reads are rows (write.rs).
                    if !in_a_quote(doc, m) || !seen.insert((m.span.start, m.span.end, m.entity)) {
                        continue;
                    }
                    w.write(&[
                        &d.row,
                        &(m.entity as i64),
                        &(m.span.start as i64),
                        &(m.span.end as i64),
                        &m.span.of(&doc.text),
                        &i64::from(m.as_location),
                        &i64::from(m.anaphoric),
                    ])?;
                }
            }
            Ok(())
        },
    )
}

/// Events: staged by COPY (the staging row number keeps their order), then inserted in that
/// order, an id already stored skipped and reported on its document.
fn insert_events(db: &PgDb, written: &mut [Written]) -> Result<(), StoreError> {
    db.batch("DELETE FROM stage_events")?;
    let mut order = 0i64;
    copy(
        db,
        "stage_events",
        &format!("event, {EVENT_COLUMNS}"),
        &[
            I, I, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, F, F, T, I, T, I, I, I,
            I, F, T, T,
        ],
        |w| {
            for d in written.iter() {
                let doc = d.doc;
                for ev in &doc.events {
                    order += 1;
                    let [src, tgt] = [&ev.source, &ev.target].map(|s| SideCols::of(s.as_ref()));
                    let date = ev.date.map(|d| d.value);
                    let loc = ev.location.as_ref();
                    w.write(&[
                        &order,
                        &d.row,
                        &ev.id,
                        &ev.kind.as_str(),
                        &ev.mode,
                        &ev.context.join(","),
                        &src.entity,
                        &src.name,
                        &src.country,
                        &src.sector,
                        &tgt.entity,
                        &tgt.name,
                        &tgt.country,
                        &tgt.sector,
                        &date.map(|d| d.to_string()),
                        &ev.date.map(|d| d.first_day().to_string()),
                        &ev.date.map(|d| d.last_day().to_string()),
                        &ev.date.map(|d| d.precision.as_str()),
                        &ev.date.map(|d| d.from),
                        &loc.map(|l| l.name.as_str()),
                        &loc.and_then(|l| l.country).map(|c| c.to_string()),
                        &loc.and_then(|l| l.lat),
                        &loc.and_then(|l| l.lon),
                        &ev.aux.map(|a| a.as_str()),
                        &i64::from(ev.quad),
                        &ev.sentence(&doc.text),
                        &(ev.start as i64),
                        &(ev.end as i64),
                        &(ev.trigger.start as i64),
                        &(ev.trigger.end as i64),
                        &f64::from(ev.confidence),
                        &ev.rule,
                        &ev.cameo,
                    ])?;
                }
            }
            Ok(())
        },
    )?;
    if order == 0 {
        return Ok(());
    }
    let inserted = db.client().query(
        &format!(
            "INSERT INTO events ({EVENT_COLUMNS})
             SELECT {EVENT_COLUMNS} FROM stage_events ORDER BY event
             ON CONFLICT (id) DO NOTHING RETURNING doc, id"
        ),
        &[],
    )?;
    let mut stored: HashMap<(i64, String), usize> = HashMap::new();
    for r in &inserted {
        *stored.entry((r.get(0), r.get(1))).or_default() += 1;
    }
    for d in written.iter_mut() {
        for ev in &d.doc.events {
            match stored.get_mut(&(d.row, ev.id.clone())) {
                Some(n) if *n > 0 => *n -= 1,
                _ => d.problems.push(format!(
                    "event id {:?} is already stored; this one was not",
                    ev.id
                )),
            }
        }
    }
    Ok(())
}

/// The speakers of the quotes that have one (schema 8: the quotes are in the body).
fn copy_quote_speakers(db: &PgDb, written: &[Written]) -> Result<(), StoreError> {
    copy(
        db,
        "quote_speakers",
        "quote, doc, entity, name, country, sector",
        &[I, I, T, T, T, T],
        |w| {
            for d in written {
                let Some(first) = d.quote_row else { continue };
                for (row, q) in (first..).zip(&d.doc.quotes) {
                    if q.speaker.is_none() {
                        continue;
                    }
                    let who = SideCols::of(q.speaker.as_ref());
                    w.write(&[
                        &row,
                        &d.row,
                        &who.entity,
                        &who.name,
                        &who.country,
                        &who.sector,
                    ])?;
                }
            }
            Ok(())
        },
    )
}

fn copy_diagnostics(db: &PgDb, written: &[Written]) -> Result<(), StoreError> {
    copy(
        db,
        "diagnostics",
        "doc, hash, path, stage, message",
        &[I, T, T, T, T],
        |w| {
            for d in written {
                let doc = d.doc;
                let own = doc
                    .diagnostics
                    .iter()
                    .map(|g| (g.stage, g.message.as_str()));
                let store = d.problems.iter().map(|p| ("store", p.as_str()));
                for (stage, message) in own.chain(store) {
                    w.write(&[&d.row, &doc.raw.hash, &doc.raw.path, &stage, &message])?;
                }
            }
            Ok(())
        },
    )
}
