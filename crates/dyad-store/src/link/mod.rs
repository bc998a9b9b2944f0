//! Event identity, maintained incrementally: after a batch is written, [`Store::link`] groups
//! the new documents with their near-duplicates (syndicated copies) and links each new event
//! report into a real-world event (a cluster), merging events a report shows to be one and
//! joining events of one story. It reads only candidates found by blocking (actor countries ×
//! week), never the whole store; reports already linked are never looked at again, so running
//! it twice changes nothing.
//!
//! The evidence rules are pure functions in [`rules`]; this module is their I/O. Every SQL
//! statement it runs is here, in one place a second backend would implement.

pub mod rules;

use crate::sql::{int, opt_text, text, Cols, ColsExt, Db, DbExt};
use crate::write::{HeldEvent, Linked};
use crate::{Store, StoreError};
use rules::{day_number, ActorKey, ActorKind, PlaceKey, Report, Rules, Verdict, When};
use rusqlite::types::Value;
use rusqlite::TransactionBehavior;
use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;
use std::sync::OnceLock;

/// What one link step did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct LinkStats {
    /// Documents grouped, and of those, copies of an earlier document.
    pub documents: usize,
    pub copies: usize,
    /// Reports linked: founding a new event, or joining one.
    pub reports: usize,
    pub new_events: usize,
    /// Events merged into an older one by a report that joined both.
    pub merged: usize,
    /// Events recomputed (or removed) because reports of theirs were deleted.
    pub repaired: usize,
}

/// Reports linked per read of unlinked ones.
const CHUNK: usize = 2000;

fn builtin() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::builtin)
}

impl Store {
    /// Links what was written since the last link step (see the module documentation), in one
    /// transaction, with the rules of `data/dedup/`.
    pub fn link(&mut self) -> Result<LinkStats, StoreError> {
        self.link_with(builtin())
    }

    /// [`Store::link`] with other rules (tuning, tests).
    pub fn link_with(&mut self, rules: &Rules) -> Result<LinkStats, StoreError> {
        self.writable()?;
        let Store { conn, cache, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        cache.check(&tx)?;
        let stats =
            link_in(&*tx, rules, cache, &[], &|_, _| Ok(())).and_then(|s| Ok((s, tx.commit()?)));
        match stats {
            Ok((s, ())) => Ok(s),
            Err(e) => {
                // Rolled back: what the cache learnt in the transaction is gone with it.
                cache.clear();
                Err(e)
            }
        }
    }
}

/// The rules of `data/dedup/`, read once.
pub(crate) fn builtin_rules() -> &'static Rules {
    builtin()
}

/// The id SQLite gives the next row of `clusters` (AUTOINCREMENT: one past the largest ever
/// given, kept in `sqlite_sequence`, or past the largest row), as one row `id`: a new event is
/// written as its own story in the insert that makes it, instead of an insert and an update
/// of its `story` (one statement fewer per new event, nine in ten reports). PostgreSQL reads
/// the table's sequence instead (`pg::dialect`), as its default would.
pub(crate) const NEXT_CLUSTER: &str = "SELECT MAX(
        (SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'clusters'),
        (SELECT COALESCE(MAX(cluster), 0) FROM clusters)) + 1 AS id";

/// Writes a held event row once the link step has decided it (write.rs `insert_event`).
pub(crate) type WriteHeld<'w> = dyn Fn(&HeldEvent<'_>, Linked) -> Result<(), StoreError> + 'w;

/// The link step on a connection whose transaction the caller opened and commits.
/// `cache` must hold only what the database holds (see [`LinkCache`]); on an error the caller
/// rolls back and clears it.
///
/// `held` are new event rows not written yet, with row ids above every unlinked row's (write.rs
/// [`crate::write::Deferred`]): they are linked after the table's unlinked rows, in the same
/// chunks as if they had been read from the table, each from what it is in memory, and each
/// is written by `write` once its event is known.
pub(crate) fn link_in(
    db: &dyn Db,
    rules: &Rules,
    cache: &mut LinkCache,
    held: &[HeldEvent<'_>],
    write: &WriteHeld<'_>,
) -> Result<LinkStats, StoreError> {
    let mut stats = LinkStats::default();
    // Events that lost reports first: their representative may be gone.
    let dirty: Vec<i64> = db.rows("SELECT cluster FROM clusters_dirty", &[], |r| r.i64(0))?;
    if !dirty.is_empty() {
        // Their reports and blocks are changing under the cache.
        cache.clear();
    }
    if cache.max_members != rules.max_members {
        // Members kept under other rules are not what these rules read.
        cache.clear();
        cache.max_members = rules.max_members;
    }
    for c in dirty {
        refresh(db, rules, c)?;
        stats.repaired += 1;
    }
    db.exec("DELETE FROM clusters_dirty", &[])?;
    // The group root of each held report's document: grouped just now (a new document), else
    // read once per document.
    let mut roots = group_articles(db, rules, &mut cache.bands, &mut stats)?;
    cache.check_complete(db)?;
    let mut linker = Linker {
        db,
        rules,
        cache,
        touched: BTreeSet::new(),
        links: Vec::new(),
        held_doc: None,
        stats,
        write,
    };
    let mut held = held.iter();
    loop {
        let mut batch: Vec<(Report, Option<&HeldEvent<'_>>)> = reports(
            db,
            rules,
            "WHERE e.folded IS NULL ORDER BY e.event LIMIT ?1",
            &[int(CHUNK as i64)],
        )?
        .into_iter()
        .map(|r| (r, None))
        .collect();
        while batch.len() < CHUNK {
            let Some(h) = held.next() else { break };
            let article = match roots.get(&h.doc_row) {
                Some(root) => *root,
                None => {
                    let root = db
                        .first(
                            "SELECT root FROM articles WHERE doc = ?1",
                            &[int(h.doc_row)],
                            |r| r.i64(0),
                        )?
                        .unwrap_or(h.doc_row);
                    roots.insert(h.doc_row, root);
                    root
                }
            };
            batch.push((held_report(h, article, rules), Some(h)));
        }
        if batch.is_empty() {
            break;
        }
        for (r, h) in batch {
            linker.link(r, h)?;
        }
        linker.flush()?;
    }
    Ok(linker.stats)
}

/// Cached week ranges wider than this are read from the table each time instead.
const MAX_CACHED_WEEKS: i32 = 64;

/// Cluster ids held, past which the cache starts again (memory stays bounded on a million
/// reports).
const MAX_CACHED_IDS: usize = 1 << 20;

/// What link steps read of the table, kept for the next reads: the clusters of
/// `cluster_blocks` per actor key and week (each report read three week ranges), and the
/// most confident reports of each event looked at (each step read up to `max_members` reports
/// of every candidate event again). Whatever it holds is exactly what the table would give:
/// the link step's writes go through it, a merge moves the blocks it holds as it moves the
/// table's, repairs (which delete rows) and a rolled-back step clear it, and on SQLite a
/// commit by another connection (`PRAGMA data_version`) clears it. PostgreSQL, which has no such counter, keeps it for one
/// step.
#[derive(Debug, Default)]
pub(crate) struct LinkCache {
    weeks: HashMap<String, HashMap<i32, Vec<i64>>>,
    ids: usize,
    /// Whether `weeks` holds every block of the table, so that a key and week it does not
    /// hold has none and is not read: true from a link step that found `cluster_blocks`
    /// empty (a new store) until the weeks are cleared, all blocks since having been written
    /// through [`LinkCache::insert`] and moved by [`LinkCache::moved`]. An ingest into a new
    /// store read each new key and week of every report, most of them empty.
    complete: bool,
    /// Per event: its `max_members` most confident reports, in the order the members query
    /// gives them (confidence descending, then row).
    members: HashMap<i64, Vec<Report>>,
    reports: usize,
    max_members: usize,
    version: Option<i64>,
    /// The near-duplicate bands of the weeks looked at.
    bands: BandCache,
    /// Per article (a group root), the events its documents' linked reports are in, sorted:
    /// what the copies query of [`Linker::candidates`] gives, read once per article and
    /// kept as the link step links reports of it and merges events (on the 10k corpus that
    /// query, one per report of a syndicated copy, was the link step's costliest read).
    articles: HashMap<i64, Vec<i64>>,
    article_ids: usize,
    /// Blocks `(key, week, cluster)` held already (in `weeks` too) but not written yet: they
    /// are written together, before anything reads or moves the table's blocks and at the end
    /// of each chunk ([`LinkCache::write_blocks`]), instead of one statement per report.
    pending: Vec<(String, i32, i64)>,
}

/// The members query's order: the most confident first, then by row.
fn member_order(a: &Report, b: &Report) -> std::cmp::Ordering {
    b.confidence
        .partial_cmp(&a.confidence)
        .unwrap_or(std::cmp::Ordering::Equal)
        .then(a.event.cmp(&b.event))
}

impl LinkCache {
    /// A cache for a connection that can tell when another one wrote (SQLite's
    /// `data_version`), kept across link steps.
    pub(crate) fn across_steps() -> LinkCache {
        let mut cache = LinkCache::default();
        cache.bands.enabled = true;
        cache
    }

    pub(crate) fn clear(&mut self) {
        self.clear_weeks();
        self.members.clear();
        self.reports = 0;
        self.articles.clear();
        self.article_ids = 0;
        self.bands.clear();
        // Cleared on a rollback: what was not written is gone with the transaction.
        self.pending.clear();
    }

    /// Writes the blocks held for writing (see `pending`), in a few statements.
    fn write_blocks(&mut self, db: &dyn Db) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut rows = std::mem::take(&mut self.pending);
        rows.sort_unstable();
        rows.dedup();
        let values = rows
            .into_iter()
            .flat_map(|(k, w, c)| [text(k), int(i64::from(w)), int(c)])
            .collect();
        insert_rows(
            db,
            "INSERT INTO cluster_blocks (actor, week, cluster) VALUES",
            "ON CONFLICT DO NOTHING",
            3,
            values,
        )
    }

    fn clear_weeks(&mut self) {
        self.weeks.clear();
        self.ids = 0;
        self.complete = false;
    }

    /// Learns whether the table holds no blocks at all, when nothing is held: from then on
    /// every block is written through the cache (see `complete`).
    fn check_complete(&mut self, db: &dyn Db) -> Result<(), StoreError> {
        if !self.complete && self.weeks.is_empty() {
            self.complete = db
                .first("SELECT 1 FROM cluster_blocks LIMIT 1", &[], |r| r.i64(0))?
                .is_none();
        }
        Ok(())
    }

    /// The members query for `cluster`: `max_members` reports, the most confident first.
    fn members(
        &mut self,
        db: &dyn Db,
        cluster: i64,
        rules: &Rules,
    ) -> Result<&[Report], StoreError> {
        let max_members = rules.max_members;
        debug_assert_eq!(self.max_members, max_members);
        if !self.members.contains_key(&cluster) {
            if self.reports > MAX_CACHED_IDS / 8 {
                self.members.clear();
                self.reports = 0;
            }
            let m = reports(
                db,
                rules,
                "WHERE e.folded = ?1 ORDER BY e.confidence DESC, e.event LIMIT ?2",
                &[int(cluster), int(max_members as i64)],
            )?;
            self.reports += m.len() + 1;
            self.members.insert(cluster, m);
        }
        Ok(self.members.get(&cluster).map_or(&[], Vec::as_slice))
    }

    /// The events of the linked reports of the documents whose group root is `article`
    /// (`SELECT e.folded FROM articles a JOIN events e …`), each once, in order.
    fn article_events(&mut self, db: &dyn Db, article: i64) -> Result<&[i64], StoreError> {
        if !self.articles.contains_key(&article) {
            if self.article_ids > MAX_CACHED_IDS {
                self.articles.clear();
                self.article_ids = 0;
            }
            // Unlinked reports (NULL) are left out here rather than in SQL: a condition on
            // `folded`, whose statistics are those of before a long link step, drew
            // PostgreSQL into reading every linked report for each new one.
            let mut events: Vec<i64> = db
                .rows(
                    // Not DISTINCT: the sort below takes each once, and DISTINCT built a
                    // temporary b-tree for every report.
                    "SELECT e.folded FROM articles a JOIN events e ON e.doc = a.doc
                     WHERE a.root = ?1",
                    &[int(article)],
                    |x| x.i64_opt(0),
                )?
                .into_iter()
                .flatten()
                .collect();
            events.sort_unstable();
            events.dedup();
            self.article_ids += events.len() + 1;
            self.articles.insert(article, events);
        }
        Ok(self.articles.get(&article).map_or(&[], Vec::as_slice))
    }

    /// A report of `article` joined `cluster`.
    fn article_joined(&mut self, article: i64, cluster: i64) {
        if let Some(v) = self.articles.get_mut(&article) {
            if let Err(at) = v.binary_search(&cluster) {
                v.insert(at, cluster);
                self.article_ids += 1;
            }
        }
    }

    /// `cluster` is a new event, without reports yet.
    fn founded(&mut self, cluster: i64) {
        self.members.insert(cluster, Vec::new());
    }

    /// `r` now belongs to `cluster`.
    fn joined(&mut self, r: &Report, cluster: i64) {
        if let Some(m) = self.members.get_mut(&cluster) {
            let at = m
                .binary_search_by(|x| member_order(x, r))
                .unwrap_or_else(|at| at);
            if at < self.max_members {
                m.insert(at, r.clone());
                m.truncate(self.max_members);
                self.reports += 1;
            }
        }
    }

    /// The reports of `gone` now belong to `keep`.
    fn merged(&mut self, keep: i64, gone: i64) {
        for v in self.articles.values_mut() {
            if let Ok(at) = v.binary_search(&gone) {
                v.remove(at);
                if let Err(at) = v.binary_search(&keep) {
                    v.insert(at, keep);
                }
            }
        }
        let moved = self.members.remove(&gone);
        match (moved, self.members.get_mut(&keep)) {
            (Some(moved), Some(m)) => {
                m.extend(moved);
                m.sort_by(member_order);
                m.truncate(self.max_members);
            }
            _ => {
                self.members.remove(&keep);
            }
        }
    }

    /// Drops what it holds if another connection committed since it was filled (SQLite).
    pub(crate) fn check(&mut self, conn: &rusqlite::Connection) -> Result<(), StoreError> {
        let v: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.version != Some(v) {
            self.clear();
            self.version = Some(v);
        }
        Ok(())
    }

    /// Whether the table is known to hold this block.
    fn has(&self, key: &str, week: i32, cluster: i64) -> bool {
        self.weeks
            .get(key)
            .and_then(|w| w.get(&week))
            .is_some_and(|c| c.binary_search(&cluster).is_ok())
    }

    /// `SELECT DISTINCT cluster FROM cluster_blocks WHERE actor = key AND week BETWEEN w0 AND
    /// w1 ORDER BY cluster DESC LIMIT limit`, the weeks not yet held read in one range.
    fn clusters(
        &mut self,
        db: &dyn Db,
        key: &str,
        w0: i32,
        w1: i32,
        limit: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let range = |lo: i32, hi: i32| [text(key), int(i64::from(lo)), int(i64::from(hi))];
        if w1.saturating_sub(w0) > MAX_CACHED_WEEKS {
            self.write_blocks(db)?;
            let mut p = range(w0, w1).to_vec();
            p.push(int(limit as i64));
            return db.rows(
                "SELECT DISTINCT cluster FROM cluster_blocks
                 WHERE actor = ?1 AND week BETWEEN ?2 AND ?3 ORDER BY cluster DESC LIMIT ?4",
                &p,
                |x| x.i64(0),
            );
        }
        if self.ids > MAX_CACHED_IDS {
            self.clear_weeks();
        }
        let held = self.weeks.get(key);
        let missing: Vec<i32> = (w0..=w1)
            .filter(|w| held.is_none_or(|h| !h.contains_key(w)))
            .collect();
        if let (Some(&lo), Some(&hi)) = (missing.first(), missing.last()) {
            let rows = if self.complete {
                Vec::new() // the table has no blocks the cache does not hold
            } else {
                self.write_blocks(db)?;
                db.rows(
                    "SELECT week, cluster FROM cluster_blocks WHERE actor = ?1 AND week BETWEEN ?2 AND ?3",
                    &range(lo, hi),
                    |x| Ok((x.i64(0)?, x.i64(1)?)),
                )?
            };
            let mut fresh: HashMap<i32, Vec<i64>> =
                missing.iter().map(|w| (*w, Vec::new())).collect();
            for (w, c) in rows {
                if let Some(v) = i32::try_from(w).ok().and_then(|w| fresh.get_mut(&w)) {
                    v.push(c);
                }
            }
            let held = self.weeks.entry(key.to_string()).or_default();
            for (w, mut v) in fresh {
                v.sort_unstable();
                v.dedup();
                self.ids += v.len() + 1;
                held.insert(w, v);
            }
        }
        let held = &self.weeks[key];
        let mut out: Vec<i64> = (w0..=w1)
            .flat_map(|w| held.get(&w).into_iter().flatten().copied())
            .collect();
        out.sort_unstable_by(|a, b| b.cmp(a));
        out.dedup();
        out.truncate(limit);
        Ok(out)
    }

    /// Stores the blocks `(key, week)` of `cluster`: held at once, written with the others
    /// (see `pending`).
    fn insert(&mut self, blocks: &[(String, i32)], cluster: i64) {
        for (k, w) in blocks {
            self.pending.push((k.clone(), *w, cluster));
            if self.complete
                && !self
                    .weeks
                    .get(k.as_str())
                    .is_some_and(|h| h.contains_key(w))
            {
                // Held whole: a block of a key and week not held yet is that week's first.
                self.weeks
                    .entry(k.clone())
                    .or_default()
                    .insert(*w, Vec::new());
                self.ids += 1;
            }
            if let Some(v) = self.weeks.get_mut(k.as_str()).and_then(|h| h.get_mut(w)) {
                if let Err(at) = v.binary_search(&cluster) {
                    v.insert(at, cluster);
                    self.ids += 1;
                }
            }
        }
    }

    /// The blocks `(key, week)` of `gone` moved to `keep` (a merge): each held week lists
    /// `keep` instead, as the table does after the move.
    fn moved(&mut self, blocks: &[(String, i32)], keep: i64, gone: i64) {
        for (k, w) in blocks {
            let Some(v) = self.weeks.get_mut(k.as_str()).and_then(|h| h.get_mut(w)) else {
                continue;
            };
            if let Ok(at) = v.binary_search(&gone) {
                v.remove(at);
                self.ids = self.ids.saturating_sub(1);
            }
            if let Err(at) = v.binary_search(&keep) {
                v.insert(at, keep);
                self.ids += 1;
            }
        }
    }
}

/// The outlet of a document as counted among an event's distinct sources: [`outlet_as_given`]
/// folded to lower case, so that "Dawn" and "DAWN" are one source.
pub(crate) fn outlet(source: Option<&str>, url: Option<&str>) -> String {
    outlet_as_given(source, url).to_lowercase()
}

/// The outlet of a document as shown: the record's source as written ("Test Wire"), else the
/// URL's host, else `unknown`.
pub(crate) fn outlet_as_given(source: Option<&str>, url: Option<&str>) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    let host = url.and_then(|u| {
        let rest = u.split_once("://").map_or(u, |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next()?;
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        let host = host.split(':').next()?.to_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
        (!host.is_empty()).then_some(host)
    });
    host.unwrap_or_else(|| "unknown".into())
}

/// Rows per statement of [`insert_rows`], largest first: a batch is written in statements of
/// these sizes, so that a handful of statement texts stay compiled whatever its length.
const ROWS_PER_INSERT: [usize; 7] = [64, 32, 16, 8, 4, 2, 1];

/// Inserts rows of `width` values each (`values`, row after row) as `head (?, …), (?, …) tail`,
/// in statements of [`ROWS_PER_INSERT`] rows.
fn insert_rows(
    db: &dyn Db,
    head: &str,
    tail: &str,
    width: usize,
    values: Vec<Value>,
) -> Result<(), StoreError> {
    debug_assert!(width > 0 && values.len().is_multiple_of(width));
    let row = format!("({})", vec!["?"; width].join(", "));
    let mut rest: &[Value] = &values;
    for n in ROWS_PER_INSERT {
        let sql = format!("{head} {} {tail}", vec![row.as_str(); n].join(", "));
        while rest.len() >= n * width {
            let (now, later) = rest.split_at(n * width);
            db.exec(&sql, now)?;
            rest = later;
        }
    }
    Ok(())
}

/// The band keys of a fingerprint: eight bytes, each tagged with its position.
fn bands(h: u64) -> [i64; 8] {
    std::array::from_fn(|b| (b as i64) << 8 | ((h >> (8 * b)) & 0xff) as i64)
}

/// The four 16-bit quarters of a fingerprint, as migration 22 indexes them: two fingerprints
/// at most 3 bits apart share one.
fn quarters(h: u64) -> [i64; 4] {
    std::array::from_fn(|q| ((h >> (16 * q)) & 0xffff) as i64)
}

/// The grouped documents (fingerprint, group root) sharing a quarter (`?2`..`?5`) with the
/// document `?1`, in any week: each arm one seek of its expression index (migration 22,
/// whose expressions these are; `>>` keeps the sign, which the mask drops).
const QUARTERS_SQL: &str = "
    SELECT d.simhash, a.root FROM documents d JOIN articles a ON a.doc = d.doc
    WHERE (d.simhash & 65535) = ?2 AND d.doc <> ?1
    UNION ALL
    SELECT d.simhash, a.root FROM documents d JOIN articles a ON a.doc = d.doc
    WHERE ((d.simhash >> 16) & 65535) = ?3 AND d.doc <> ?1
    UNION ALL
    SELECT d.simhash, a.root FROM documents d JOIN articles a ON a.doc = d.doc
    WHERE ((d.simhash >> 32) & 65535) = ?4 AND d.doc <> ?1
    UNION ALL
    SELECT d.simhash, a.root FROM documents d JOIN articles a ON a.doc = d.doc
    WHERE ((d.simhash >> 48) & 65535) = ?5 AND d.doc <> ?1";

/// Weeks of `article_bands` holding more rows than this are searched in the table, not held.
const MAX_HELD_BANDS: usize = 4096;

/// The rows of `article_bands` (with each document's fingerprint and group root) of the weeks
/// group_articles looked at, so that each new document's copies are found without a query:
/// the query's 24 index seeks and its reads of each match's document row were a tenth of
/// the link step. A week is held only when it is small enough to read whole (a new database,
/// a new week); a larger one is searched in the table as before. Like the rest of
/// [`LinkCache`] it holds exactly what the table holds: group_articles writes through it,
/// and whatever deletes documents or their bands (a replaced document, a recode, a rolled-back
/// step, another connection) clears it.
#[derive(Debug, Default)]
pub(crate) struct BandCache {
    /// Whether weeks are held at all: only by a cache kept across link steps (SQLite's). One
    /// made for a single step (PostgreSQL) would read whole weeks again at every step.
    enabled: bool,
    /// Per week: its documents per band, or `None` when the week is too large to hold.
    weeks: HashMap<i64, Option<HashMap<i64, Vec<i64>>>>,
    /// Fingerprint and group root of each document in a held week.
    docs: HashMap<i64, (u64, i64)>,
    rows: usize,
}

impl BandCache {
    /// Reads the weeks of `window` not yet looked at; whether all of them are held.
    fn load(&mut self, db: &dyn Db, window: [i64; 3]) -> Result<bool, StoreError> {
        if !self.enabled {
            return Ok(false);
        }
        // Memory stays bounded: past the limit it starts again, before this window's weeks
        // are looked at (clearing among them would drop a week already counted as held).
        if self.rows > MAX_CACHED_IDS {
            self.clear();
        }
        let mut held = true;
        for week in window {
            if let Some(w) = self.weeks.get(&week) {
                held &= w.is_some();
                continue;
            }
            let rows = db.rows(
                "SELECT b.band, b.doc, d.simhash, a.root FROM article_bands b
                 JOIN documents d ON d.doc = b.doc JOIN articles a ON a.doc = b.doc
                 WHERE b.week = ?1 LIMIT ?2",
                &[int(week), int(MAX_HELD_BANDS as i64 + 1)],
                |r| Ok((r.i64(0)?, r.i64(1)?, r.i64_opt(2)?, r.i64(3)?)),
            )?;
            if rows.len() > MAX_HELD_BANDS {
                self.weeks.insert(week, None);
                held = false;
                continue;
            }
            let mut bands: HashMap<i64, Vec<i64>> = HashMap::new();
            for (band, doc, simhash, root) in rows {
                // A document without a fingerprint is no one's copy (the query skips it too).
                let Some(h) = simhash else { continue };
                bands.entry(band).or_default().push(doc);
                self.docs.insert(doc, (h as u64, root));
                self.rows += 1;
            }
            self.weeks.insert(week, Some(bands));
        }
        Ok(held)
    }

    /// Whether every week of `window` is held, so that [`BandCache::load`] reads nothing and
    /// returns true.
    fn holds(&self, window: [i64; 3]) -> bool {
        // (Past its bound `load` starts again and reads the weeks.)
        self.enabled
            && self.rows <= MAX_CACHED_IDS
            && window
                .iter()
                .all(|w| matches!(self.weeks.get(w), Some(Some(_))))
    }

    /// What the bands query gives for `doc` (fingerprint `h`) in held weeks: each document
    /// sharing a band with it, with its fingerprint and root.
    fn matches(&self, window: [i64; 3], h: u64, doc: i64, out: &mut Vec<(Option<i64>, i64)>) {
        for week in window {
            let Some(Some(w)) = self.weeks.get(&week) else {
                continue;
            };
            for band in bands(h) {
                for other in w.get(&band).into_iter().flatten() {
                    if *other != doc {
                        if let Some(&(oh, root)) = self.docs.get(other) {
                            out.push((Some(oh as i64), root));
                        }
                    }
                }
            }
        }
    }

    fn clear(&mut self) {
        self.weeks.clear();
        self.docs.clear();
        self.rows = 0;
    }

    /// `doc` was written to `article_bands` under `week` with fingerprint `h` and `root`.
    fn add(&mut self, week: i64, h: u64, doc: i64, root: i64) {
        if let Some(Some(w)) = self.weeks.get_mut(&week) {
            for band in bands(h) {
                w.entry(band).or_default().push(doc);
                self.rows += 1;
            }
            self.docs.insert(doc, (h, root));
        }
    }
}

/// Groups documents not yet grouped: each joins the group of its nearest earlier copy
/// (published the same week or the one before or after; for an undated document, any week),
/// or starts its own. Returns the group root of each.
fn group_articles(
    db: &dyn Db,
    rules: &Rules,
    cache: &mut BandCache,
    stats: &mut LinkStats,
) -> Result<HashMap<i64, i64>, StoreError> {
    type NewDoc = (
        i64,
        Option<i64>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let docs: Vec<NewDoc> = db.rows(
        // Two selects, not one with OR: with OR the planner scanned every document at every
        // link step, so an ingest grew quadratically with the store.
        "SELECT d.doc, d.simhash, d.published_first, d.source, d.url FROM documents d
         WHERE d.doc > (SELECT COALESCE(MAX(doc), 0) FROM articles)
         UNION
         SELECT d.doc, d.simhash, d.published_first, d.source, d.url FROM documents d
         WHERE d.doc IN (SELECT doc FROM events WHERE folded IS NULL)
           AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc = d.doc)
         ORDER BY 1",
        &[],
        |r| {
            Ok((
                r.i64(0)?,
                r.i64_opt(1)?,
                r.str_opt(2)?,
                r.str_opt(3)?,
                r.str_opt(4)?,
            ))
        },
    )?;
    let mut found = Vec::new();
    let mut roots = HashMap::with_capacity(docs.len());
    // The `articles` and `article_bands` rows of the documents grouped, written together
    // (a few statements instead of two per document) before anything reads those tables:
    // a week's bands read from the table, the bands query, and after the last document.
    let mut pending = Pending::default();
    for (doc, simhash, published, source, url) in docs {
        let day = published.as_deref().and_then(day_number);
        let week = day.map_or(-1, |d| i64::from(d.div_euclid(7)));
        // An empty text hashes to 0: no fingerprint, no group.
        let h = simhash.filter(|h| *h != 0).map(|h| h as u64);
        let mut best: Option<(u32, i64)> = None;
        if let Some(h) = h {
            let window = [week - 1, week, week + 1];
            found.clear();
            if !cache.holds(window) {
                // Read from the table below: the documents grouped before this one are in it.
                pending.write(db)?;
            }
            if cache.load(db, window)? {
                cache.matches(window, h, doc, &mut found);
            } else {
                // One statement for the eight bands of three weeks, each (week, band) a seek
                // in the key (week, band, doc): a range on the week would read every band.
                let mut p = vec![int(week), int(doc)];
                p.extend(bands(h).map(int));
                found = db.rows(
                    "SELECT b.doc, d.simhash, a.root FROM article_bands b
                     JOIN documents d ON d.doc = b.doc JOIN articles a ON a.doc = b.doc
                     WHERE b.week IN (?1 - 1, ?1, ?1 + 1)
                       AND b.band IN (?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) AND b.doc <> ?2",
                    &p,
                    |r| Ok((r.i64_opt(1)?, r.i64(2)?)),
                )?;
            }
            if day.is_none() {
                // Filed under week -1, an undated document is near no dated original: it is
                // looked for in every week, by the fingerprint's quarters (migration 22), so
                // that an undated syndicated copy joins its original's group and, through it,
                // its event (issue 13). Only undated documents pay for it.
                pending.write(db)?;
                let mut p = vec![int(doc)];
                p.extend(quarters(h).map(int));
                found.extend(db.rows(QUARTERS_SQL, &p, |r| Ok((r.i64_opt(0)?, r.i64(1)?)))?);
            }
            for &(other, root) in &found {
                let Some(other) = other else { continue };
                let d = (other as u64 ^ h).count_ones();
                if d <= rules.copy_bits && best.is_none_or(|b| (d, root) < b) {
                    best = Some((d, root));
                }
            }
        }
        let (distance, root) = best.unwrap_or((0, doc));
        // The week its bands are filed under, by which they are found again (migration 17).
        pending.articles.extend([
            int(doc),
            int(root),
            text(outlet(source.as_deref(), url.as_deref())),
            int(i64::from(distance)),
            int(week),
        ]);
        if let Some(h) = h {
            for band in bands(h) {
                pending.bands.extend([int(week), int(band), int(doc)]);
            }
            cache.add(week, h, doc, root);
        }
        stats.documents += 1;
        stats.copies += usize::from(root != doc);
        roots.insert(doc, root);
    }
    // The link step reads the articles of its reports.
    pending.write(db)?;
    Ok(roots)
}

/// Rows of [`group_articles`] not written yet.
#[derive(Default)]
struct Pending {
    /// (doc, root, outlet, distance, week) per document.
    articles: Vec<Value>,
    /// (week, band, doc), eight per document with a fingerprint.
    bands: Vec<Value>,
}

impl Pending {
    fn write(&mut self, db: &dyn Db) -> Result<(), StoreError> {
        insert_rows(
            db,
            "INSERT INTO articles (doc, root, outlet, distance, week) VALUES",
            "ON CONFLICT (doc) DO UPDATE SET root = excluded.root, outlet = excluded.outlet,
                 distance = excluded.distance, week = excluded.week",
            5,
            std::mem::take(&mut self.articles),
        )?;
        insert_rows(
            db,
            "INSERT INTO article_bands (week, band, doc) VALUES",
            "ON CONFLICT DO NOTHING",
            3,
            std::mem::take(&mut self.bands),
        )
    }
}

/// Every report column linking reads, with the document's group root.
const REPORT_SQL: &str = "SELECT e.event, e.doc, COALESCE(a.root, e.doc), e.type, e.aux,
    e.source_country, e.source_entity,
    (SELECT x.kind FROM entities x WHERE x.doc = e.doc AND +x.kb_id = e.source_entity LIMIT 1),
    e.target_country, e.target_entity,
    (SELECT x.kind FROM entities x WHERE x.doc = e.doc AND +x.kb_id = e.target_entity LIMIT 1),
    e.date_first, e.date_last, e.date_from, d.published_first,
    e.location_name, e.location_country, e.lat, e.lon, e.confidence, e.trigger_start
    FROM events e JOIN documents d ON d.doc = e.doc LEFT JOIN articles a ON a.doc = e.doc";

fn actor_kind(kind: Option<&str>) -> ActorKind {
    match kind {
        Some("person") => ActorKind::Person,
        Some("organization" | "group") => ActorKind::Organisation,
        _ => ActorKind::Collective,
    }
}

fn report_of(r: &dyn Cols, rules: &Rules) -> Result<Report, StoreError> {
    let side = |c: usize| -> Result<Option<ActorKey>, StoreError> {
        Ok(match r.str_opt(c)? {
            Some(country) => Some(ActorKey {
                country,
                entity: r.str_opt(c + 1)?,
                kind: actor_kind(r.str_opt(c + 2)?.as_deref()),
            }),
            None => None,
        })
    };
    let day = |c: usize| -> Result<Option<i32>, StoreError> {
        Ok(r.str_opt(c)?.as_deref().and_then(day_number))
    };
    let kind = r.str(3)?;
    let (lat, lon) = (r.f64_opt(17)?, r.f64_opt(18)?);
    Ok(Report {
        event: r.i64(0)?,
        doc: r.i64(1)?,
        article: r.i64(2)?,
        kind: dyad_core::EventType::from_str(&kind).map_err(StoreError::Unreadable)?,
        aux: r.str_opt(4)?,
        source: side(5)?,
        target: side(8)?,
        window: day(11)?.zip(day(12)?),
        from_published: r.str_opt(13)?.as_deref() == Some("published"),
        published: day(14)?,
        place: match r.str_opt(15)? {
            Some(name) => Some(PlaceKey {
                name,
                country: r.str_opt(16)?,
                coords: lat.zip(lon),
            }),
            None => None,
        },
        confidence: r.f64(19)? as f32,
        trigger: r.i64(20)?,
    }
    .one_country_one_side(rules))
}

/// The report of a held event row, as [`report_of`] would read it from its row once written:
/// the same columns, made from the same values (its document's first entity of a side's kb id
/// gives that side's kind, as `REPORT_SQL` reads it).
fn held_report(h: &HeldEvent<'_>, article: i64, rules: &Rules) -> Report {
    let (doc, ev) = (h.doc, h.event);
    let side = |s: &Option<dyad_core::Side>| {
        s.as_ref().map(|s| ActorKey {
            country: s.country.to_string(),
            entity: s.entity.clone(),
            kind: actor_kind(s.entity.as_deref().and_then(|id| {
                doc.entities
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.kind.as_str())
            })),
        })
    };
    let day = |d: Option<String>| d.as_deref().and_then(day_number);
    Report {
        event: h.row,
        doc: h.doc_row,
        article,
        kind: ev.kind,
        aux: ev.aux.map(|a| a.as_str().to_string()),
        source: side(&ev.source),
        target: side(&ev.target),
        window: day(ev.date.map(|d| d.first_day().to_string()))
            .zip(day(ev.date.map(|d| d.last_day().to_string()))),
        from_published: ev.date.map(|d| d.from) == Some("published"),
        published: day(doc.published.date.map(|d| d.first_day().to_string())),
        place: ev.location.as_ref().map(|l| PlaceKey {
            name: l.name.clone(),
            country: l.country.map(|c| c.to_string()),
            coords: l.lat.zip(l.lon),
        }),
        confidence: ev.confidence,
        trigger: ev.trigger.start as i64,
    }
    .one_country_one_side(rules)
}

fn reports(db: &dyn Db, rules: &Rules, tail: &str, p: &[Value]) -> Result<Vec<Report>, StoreError> {
    db.rows(&format!("{REPORT_SQL} {tail}"), p, |r| report_of(r, rules))
}

/// The blocking keys of a report: those it is registered under and those it looks up.
/// A report with both sides is found by its pair; a one-sided one by its country.
fn keys(r: &Report) -> (Vec<String>, Vec<String>) {
    match (&r.source, &r.target) {
        (Some(a), Some(b)) => {
            let (x, y) = if a.country <= b.country {
                (&a.country, &b.country)
            } else {
                (&b.country, &a.country)
            };
            // (One country on both sides, the two parties of a domestic act, is one key.)
            let mut keys = (
                vec![format!("P:{x}|{y}"), format!("A:{x}"), format!("A:{y}")],
                vec![format!("P:{x}|{y}"), format!("S:{x}"), format!("S:{y}")],
            );
            if x == y {
                keys.0.pop();
                keys.1.pop();
            }
            keys
        }
        (Some(a), None) | (None, Some(a)) => (
            vec![format!("S:{}", a.country), format!("A:{}", a.country)],
            vec![format!("A:{}", a.country)],
        ),
        (None, None) => (Vec::new(), Vec::new()),
    }
}

/// The best verdict of a candidate event on a new report.
struct Candidate {
    cluster: i64,
    same: Option<(rules::Evidence, i64)>,
    /// How many of its reports agree with the new one.
    agreeing: usize,
    /// The strongest evidence that it is of one story with the new report (kept with the
    /// join, see [`Linker::join_story`]).
    story: Option<rules::Evidence>,
}

struct Linker<'a> {
    db: &'a dyn Db,
    rules: &'a Rules,
    /// What earlier reads found, kept across link steps where the backend can tell that
    /// nobody else wrote (SQLite), else for one step. A candidate's reports are read from it
    /// alone: its `max_members` most confident reports as the table holds them when the
    /// report is linked, whatever the step read before (issue 13: the evidence is a
    /// function of the documents' order, not of where link steps or chunks begin).
    cache: &'a mut LinkCache,
    /// Events whose counts and representative need recomputing.
    touched: BTreeSet<i64>,
    /// The `cluster_links` rows of the chunk's reports (event, via, reason), written by
    /// [`Linker::flush`] in a few statements instead of one per report.
    links: Vec<Value>,
    /// The document of the held reports being linked, and the events its reports linked so far
    /// joined (kept through merges): see [`Linker::candidates`].
    held_doc: Option<(i64, Vec<i64>)>,
    stats: LinkStats,
    /// Writes a held report's row once its event is known.
    write: &'a WriteHeld<'a>,
}

impl Linker<'_> {
    /// Events that may hold `r`: those of its document's copies, and those sharing a block.
    fn candidates(&mut self, r: &Report, held: bool) -> Result<Vec<i64>, StoreError> {
        let mut out: BTreeSet<i64> = BTreeSet::new();
        if let Some(own) = self.own_article(r, held) {
            // A held report of a document that is its own article: the reports of that
            // article are its document's linked before it in this step, whose events are
            // known. (Its document is new, so only a later document can be its copy, and a
            // later document's reports are not written yet; and a document's reports are
            // all held or none.) The query below found the same, once per report.
            out.extend(own.iter().copied());
        } else {
            out.extend(
                self.cache
                    .article_events(self.db, r.article)?
                    .iter()
                    .copied(),
            );
        }
        let (_, lookup) = keys(r);
        if let Some((w0, w1)) = self.rules.weeks(r) {
            for k in lookup {
                out.extend(
                    self.cache
                        .clusters(self.db, &k, w0, w1, self.rules.max_candidates)?,
                );
            }
        }
        Ok(out.into_iter().collect())
    }

    /// For a held report whose document is its own article (not a copy), the events the
    /// document's reports linked before it in this step joined; `None` otherwise.
    fn own_article(&mut self, r: &Report, held: bool) -> Option<&Vec<i64>> {
        if !held || r.article != r.doc {
            return None;
        }
        // Held reports come document by document.
        if self.held_doc.as_ref().is_none_or(|(d, _)| *d != r.doc) {
            self.held_doc = Some((r.doc, Vec::new()));
        }
        self.held_doc.as_ref().map(|(_, events)| events)
    }

    fn judge(&mut self, r: &Report, cluster: i64) -> Result<Candidate, StoreError> {
        let rules = self.rules;
        let members = self.cache.members(self.db, cluster, rules)?;
        let mut c = Candidate {
            cluster,
            same: None,
            agreeing: 0,
            story: None,
        };
        for m in members {
            let copy = m.doc != r.doc && m.article == r.article;
            match rules::compare(rules, r, m, copy) {
                Verdict::Conflict => {
                    return Ok(Candidate {
                        cluster,
                        same: None,
                        agreeing: 0,
                        story: None,
                    })
                }
                Verdict::Same(ev) => {
                    c.agreeing += 1;
                    if c.same
                        .as_ref()
                        .is_none_or(|(b, _)| ev.strength > b.strength)
                    {
                        c.same = Some((ev, m.event));
                    }
                }
                Verdict::Story(ev) => {
                    if c.story.as_ref().is_none_or(|b| ev.strength > b.strength) {
                        c.story = Some(ev);
                    }
                }
                Verdict::Unrelated => {}
            }
        }
        Ok(c)
    }

    /// Links `r`; `held`: its row is not written yet (see [`link_in`]).
    fn link(&mut self, r: Report, held: Option<&HeldEvent<'_>>) -> Result<(), StoreError> {
        let mut same = Vec::new();
        let mut stories = Vec::new();
        for cluster in self.candidates(&r, held.is_some())? {
            let c = self.judge(&r, cluster)?;
            match c.same {
                Some((ev, via)) => same.push((c.cluster, ev, via, c.agreeing)),
                None => {
                    if let Some(ev) = c.story {
                        stories.push((c.cluster, ev.reasons.join(",")));
                    }
                }
            }
        }
        // Strongest evidence first, then the event more of whose reports agree.
        same.sort_by(|a, b| {
            (b.1.strength, b.3)
                .cmp(&(a.1.strength, a.3))
                .then(a.0.cmp(&b.0))
        });
        // A report that fits several events joins them all only when it leaves no doubt: both
        // sides known, a precise date, a copied text or one trigger (the pairs of one meeting
        // of many). Otherwise only the strongest fit, when
        // it is the only one that strong; a tie joins none.
        let certain = |ev: &rules::Evidence| {
            (r.full() && self.rules.precision(&r) == When::Precise && ev.both_sides)
                || ev.reasons.iter().any(|x| x == "copy" || x == "trigger")
        };
        let chosen: Vec<&(i64, rules::Evidence, i64, usize)> = match same.as_slice() {
            [] => Vec::new(),
            [one] => vec![one],
            [first, second, ..] if !same.iter().all(|s| certain(&s.1)) => {
                if (first.1.strength, first.3) > (second.1.strength, second.3) {
                    vec![first]
                } else {
                    Vec::new()
                }
            }
            all => all.iter().collect(),
        };
        self.stats.reports += 1;
        let Some(&&(_, ref ev, via, _)) = chosen.first() else {
            self.found(&r, &stories, held)?;
            return Ok(());
        };
        let keep = chosen.iter().map(|c| c.0).min().unwrap_or(r.event);
        let reason = ev.reasons.join(",");
        self.assign(&r, keep, Some(via), &reason, held)?;
        for other in chosen.iter().map(|c| c.0).filter(|c| *c != keep) {
            self.merge(keep, other, r.event, &reason)?;
        }
        for (s, why) in stories {
            self.join_story(keep, s, Some((r.event, &why)))?;
        }
        Ok(())
    }

    /// A report that fits no event founds one, under the next id.
    fn found(
        &mut self,
        r: &Report,
        stories: &[(i64, String)],
        held: Option<&HeldEvent<'_>>,
    ) -> Result<(), StoreError> {
        // Written as `refresh` would write an event of this one report, so that it needs no
        // refresh unless another report joins it in this step (most events have one report),
        // and as its own story, in the insert (see [`NEXT_CLUSTER`]).
        let id = match held {
            Some(h) => self.found_held(h)?,
            None => self.found_stored(r)?,
        };
        self.stats.new_events += 1;
        self.cache.founded(id);
        self.assign(r, id, None, "", held)?;
        // Its row and its report's kept facts are already what `refresh` would make them.
        self.touched.remove(&id);
        for (s, why) in stories {
            self.join_story(id, *s, Some((r.event, why)))?;
        }
        Ok(())
    }

    /// The row of a new event of the held report `h`: the values `found_stored` reads from
    /// the report's row and its document's, from what they are written from.
    fn found_held(&mut self, h: &HeldEvent<'_>) -> Result<i64, StoreError> {
        let (doc, ev) = (h.doc, h.event);
        let published = doc.published.date;
        self.db
            .first(
                &format!(
                    "INSERT INTO clusters (cluster, story, rep, type, date_first, date_last,
                         num_reports, num_articles, num_sources, languages, first_reported,
                         last_reported)
                     SELECT next.id, next.id, ?1, ?2, ?3, ?4, 1, 1, 1, ?5, ?6, ?7
                     FROM ({NEXT_CLUSTER}) AS next
                     RETURNING cluster"
                ),
                &[
                    int(h.row),
                    text(ev.kind.as_str()),
                    opt_text(ev.date.map(|d| d.first_day().to_string())),
                    opt_text(ev.date.map(|d| d.last_day().to_string())),
                    text(
                        doc.lang
                            .map_or_else(|| "und".to_string(), |l| l.to_string()),
                    ),
                    opt_text(published.map(|d| d.first_day().to_string())),
                    opt_text(published.map(|d| d.last_day().to_string())),
                ],
                |x| x.i64(0),
            )?
            .ok_or_else(|| StoreError::NotFound(format!("a new event for report {}", h.row)))
    }

    fn found_stored(&mut self, r: &Report) -> Result<i64, StoreError> {
        self.db
            .first(
                &format!(
                    "INSERT INTO clusters (cluster, story, rep, type, date_first, date_last,
                         num_reports, num_articles, num_sources, languages, first_reported,
                         last_reported)
                     SELECT next.id, next.id, e.event, e.type, e.date_first, e.date_last,
                         1, 1, 1, COALESCE(d.language, 'und'), d.published_first,
                         d.published_last
                     FROM ({NEXT_CLUSTER}) AS next, events e JOIN documents d ON d.doc = e.doc
                     WHERE e.event = ?1
                     RETURNING cluster"
                ),
                &[int(r.event)],
                |x| x.i64(0),
            )?
            .ok_or_else(|| StoreError::NotFound(format!("event row {}", r.event)))
    }

    fn assign(
        &mut self,
        r: &Report,
        cluster: i64,
        via: Option<i64>,
        reason: &str,
        held: Option<&HeldEvent<'_>>,
    ) -> Result<(), StoreError> {
        // What a series reads of the report is kept with it (migration 12): the report that
        // founds an event stands for it until `refresh` chooses another.
        if let Some(h) = held {
            let linked = Linked {
                folded: cluster,
                article: r.article,
                standing: via.is_none(),
            };
            (self.write)(h, linked)?;
        } else {
            self.db.exec(
                &format!(
                    "UPDATE events SET folded = ?2, article = ?3, outlet = {OUTLET}, standing = ?4
                     WHERE event = ?1"
                ),
                &[
                    int(r.event),
                    int(cluster),
                    int(r.article),
                    int(i64::from(via.is_none())),
                ],
            )?;
        }
        // Written with the chunk's others (`links`): nothing in the step reads them.
        self.links
            .extend([int(r.event), via.map_or(Value::Null, int), text(reason)]);
        let (register, _) = keys(r);
        if let Some((w0, w1)) = self.rules.weeks(r) {
            let mut new = Vec::new();
            for k in register {
                for w in w0..=w1 {
                    if !self.cache.has(&k, w, cluster) && !new.contains(&(k.clone(), w)) {
                        new.push((k.clone(), w));
                    }
                }
            }
            self.cache.insert(&new, cluster);
        }
        self.cache.joined(r, cluster);
        self.cache.article_joined(r.article, cluster);
        self.touched.insert(cluster);
        if let Some((doc, events)) = &mut self.held_doc {
            if held.is_some() && *doc == r.doc && !events.contains(&cluster) {
                events.push(cluster);
            }
        }
        Ok(())
    }

    /// `gone` joins `keep` (the older id): its reports, blocks and aliases move over, and its
    /// id stays findable as an alias.
    fn merge(&mut self, keep: i64, gone: i64, event: i64, reason: &str) -> Result<(), StoreError> {
        // The merge's own reason is its alias's (below), not a story join's.
        self.join_story(keep, gone, None)?;
        // The blocks held for writing, `gone`'s among them, are in the table before it moves.
        self.cache.write_blocks(self.db)?;
        let both = [int(keep), int(gone)];
        // Where `gone`'s blocks are, so that the cached weeks move with the table's.
        let blocks: Vec<(String, i32)> = self.db.rows(
            "SELECT actor, week FROM cluster_blocks WHERE cluster = ?1",
            &[int(gone)],
            |r| {
                let week = i32::try_from(r.i64(1)?)
                    .map_err(|_| StoreError::Unreadable("a block's week".into()))?;
                Ok((r.str(0)?, week))
            },
        )?;
        for sql in [
            "UPDATE events SET folded = ?1 WHERE folded = ?2",
            "INSERT INTO cluster_blocks (actor, week, cluster)
             SELECT actor, week, ?1 FROM cluster_blocks WHERE cluster = ?2
             ON CONFLICT DO NOTHING",
        ] {
            self.db.exec(sql, &both)?;
        }
        self.db.exec(
            "DELETE FROM cluster_blocks WHERE cluster = ?1",
            &[int(gone)],
        )?;
        self.cache.moved(&blocks, keep, gone);
        self.db.exec(
            "UPDATE cluster_aliases SET cluster = ?1 WHERE cluster = ?2",
            &both,
        )?;
        // The story joins of `gone` are `keep`'s now; one between the two is no join of two
        // events any more (the merge's reason is the alias's).
        for sql in [
            "UPDATE story_links SET cluster = ?1 WHERE cluster = ?2",
            "UPDATE story_links SET other = ?1 WHERE other = ?2",
        ] {
            self.db.exec(sql, &both)?;
        }
        self.db.exec(
            "DELETE FROM story_links WHERE cluster = ?1 AND other = ?1",
            &[int(keep)],
        )?;
        self.db.exec(
            "INSERT INTO cluster_aliases (alias, cluster, event, reason) VALUES (?2, ?1, ?3, ?4)
             ON CONFLICT (alias) DO UPDATE SET cluster = excluded.cluster,
                 event = excluded.event, reason = excluded.reason",
            &[int(keep), int(gone), int(event), text(reason)],
        )?;
        self.db
            .exec("DELETE FROM clusters WHERE cluster = ?1", &[int(gone)])?;
        self.cache.merged(keep, gone);
        self.touched.remove(&gone);
        self.touched.insert(keep);
        if let Some((_, events)) = &mut self.held_doc {
            // Its reports are now `keep`'s, as `UPDATE … SET folded` just made them.
            if events.contains(&gone) {
                events.retain(|c| *c != gone);
                if !events.contains(&keep) {
                    events.push(keep);
                }
            }
        }
        self.stats.merged += 1;
        Ok(())
    }

    /// Puts two events in one story (the smaller story id survives). `why`: the report that
    /// showed it and what agreed, kept (`story_links`) when the two were of two stories.
    fn join_story(&mut self, a: i64, b: i64, why: Option<(i64, &str)>) -> Result<(), StoreError> {
        let story = |c: i64| -> Result<Option<i64>, StoreError> {
            self.db.first(
                "SELECT story FROM clusters WHERE cluster = ?1",
                &[int(c)],
                |r| r.i64(0),
            )
        };
        let (Some(x), Some(y)) = (story(a)?, story(b)?) else {
            return Ok(());
        };
        if x != y {
            self.db.exec(
                "UPDATE clusters SET story = ?1 WHERE story = ?2",
                &[int(x.min(y)), int(x.max(y))],
            )?;
            if let Some((event, reason)) = why {
                self.db.exec(
                    "INSERT INTO story_links (cluster, other, event, reason)
                     VALUES (?1, ?2, ?3, ?4)",
                    &[int(a), int(b), int(event), text(reason)],
                )?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        // What the chunk held for writing, before `refresh` (which may delete blocks).
        self.cache.write_blocks(self.db)?;
        insert_rows(
            self.db,
            "INSERT INTO cluster_links (event, via, reason) VALUES",
            "ON CONFLICT (event) DO UPDATE SET via = excluded.via, reason = excluded.reason",
            3,
            std::mem::take(&mut self.links),
        )?;
        for c in std::mem::take(&mut self.touched) {
            if refresh(self.db, self.rules, c)? == Refreshed::Removed {
                // Its blocks were deleted behind the cache.
                self.cache.clear_weeks();
            }
        }
        Ok(())
    }
}

/// The outlet of the article `?3` of the report `events` being written: the original's, else
/// the copy's own, else `unknown` (as `refresh` counts sources).
const OUTLET: &str = "COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = ?3),
    (SELECT a.outlet FROM articles a WHERE a.doc = events.doc), 'unknown')";

/// One report of an event as [`refresh`] reads it: what the counts, the choice of the report
/// standing for the event and its kept facts (migration 12) need.
struct Member {
    event: i64,
    /// The report's own id (`events.id`), derived from its content: the last tie-break of the
    /// choice of the report standing for the event, so that the choice does not depend on the
    /// order the documents came in (the row does).
    id: String,
    /// Its document's row and its sentence's start: the mention it is (see [`refresh`]).
    mention: (i64, i64),
    /// The article it counts under (a copy under its original) and that article's outlet.
    article: i64,
    outlet: String,
    published_first: Option<String>,
    published_last: Option<String>,
    language: String,
    kind: String,
    confidence: f64,
    date_first: Option<String>,
    date_last: Option<String>,
    /// `date_from = 'published'`: NULL (first, as SQLite orders it) only for an undated report.
    from_published: Option<bool>,
    /// The date window's width in days (`julianday(last) - julianday(first)`), NULL undated.
    width: Option<f64>,
    /// The kept facts as stored: article, outlet, standing.
    kept: (Option<i64>, Option<String>, Option<i64>),
    /// The countries of its two sides, in either order (see [`pair`]).
    pair: (Option<String>, Option<String>),
    /// It says where the event happened (a type whose place is where it happened).
    placed: bool,
}

/// The countries of a report's two sides, the lesser first: the same two parties whichever
/// an outlet names first.
fn pair(a: Option<String>, b: Option<String>) -> (Option<String>, Option<String>) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Recomputes an event's counts and the report standing for it: the best-supported type (the
/// most articles, copies counted once), then its best-supported pair of actors, then its
/// most precise, text-dated, placed, most confident report. An event left without reports is
/// removed, with its aliases and blocks.
///
/// Its reports are read once, by one statement, and the rest is worked out here: in SQL the
/// counts (two COUNT(DISTINCT …) and a SELECT DISTINCT) and the choice of the representative
/// (a GROUP BY and two sorts) built temporary b-trees for every event refreshed, and the kept
/// facts' UPDATE ran two correlated subqueries per report; refreshing was an eighth of an
/// ingest's writer. [`representative`] chooses as that SQL did.
fn refresh(db: &dyn Db, rules: &Rules, cluster: i64) -> Result<Refreshed, StoreError> {
    let c = [int(cluster)];
    let rows: Vec<Member> = db.rows(
        "SELECT e.event, COALESCE(a.root, e.doc), COALESCE(ra.outlet, a.outlet, 'unknown'),
                d.published_first, d.published_last, COALESCE(d.language, 'und'),
                e.type, e.confidence, e.date_first, e.date_last, e.date_from = 'published',
                julianday(e.date_last) - julianday(e.date_first),
                e.article, e.outlet, e.standing, e.source_country, e.target_country,
                CASE WHEN e.location_name IS NULL THEN 0 ELSE 1 END, e.id, e.doc, e.start
         FROM events e JOIN documents d ON d.doc = e.doc
         LEFT JOIN articles a ON a.doc = e.doc LEFT JOIN articles ra ON ra.doc = a.root
         WHERE e.folded = ?1",
        &c,
        |r| {
            Ok(Member {
                event: r.i64(0)?,
                id: r.str(18)?,
                mention: (r.i64(19)?, r.i64(20)?),
                article: r.i64(1)?,
                outlet: r.str(2)?,
                published_first: r.str_opt(3)?,
                published_last: r.str_opt(4)?,
                language: r.str(5)?,
                kind: r.str(6)?,
                confidence: r.f64(7)?,
                date_first: r.str_opt(8)?,
                date_last: r.str_opt(9)?,
                from_published: r.i64_opt(10)?.map(|x| x != 0),
                width: r.f64_opt(11)?,
                kept: (r.i64_opt(12)?, r.str_opt(13)?, r.i64_opt(14)?),
                pair: pair(r.str_opt(15)?, r.str_opt(16)?),
                // Only a type that happens somewhere has a place of its own (located.tsv):
                // a sanction's place is what it is about.
                placed: r.i64(17)? != 0
                    && dyad_core::EventType::from_str(&r.str(6)?).is_ok_and(|k| rules.located(k)),
            })
        },
    )?;
    let Some(rep) = representative(&rows) else {
        for sql in [
            "DELETE FROM clusters WHERE cluster = ?1",
            "DELETE FROM cluster_blocks WHERE cluster = ?1",
            "DELETE FROM cluster_aliases WHERE cluster = ?1",
            "DELETE FROM story_links WHERE cluster = ?1 OR other = ?1",
        ] {
            db.exec(sql, &c)?;
        }
        return Ok(Refreshed::Removed);
    };
    // A report is a mention of the event: one sentence of one document, as GDELT's
    // NumMentions counts them. A sentence coded as several events of this one (the pairs of
    // a meeting of many, one report per pair of countries) is one report, not one per pair.
    let mentions: BTreeSet<(i64, i64)> = rows.iter().map(|r| r.mention).collect();
    let articles: BTreeSet<i64> = rows.iter().map(|r| r.article).collect();
    let sources: BTreeSet<&str> = rows.iter().map(|r| r.outlet.as_str()).collect();
    // MIN and MAX as SQL takes them: over the known days (ISO dates, compared as text).
    let first = rows
        .iter()
        .filter_map(|r| r.published_first.as_deref())
        .min();
    let last = rows
        .iter()
        .filter_map(|r| r.published_last.as_deref())
        .max();
    let langs: BTreeSet<&str> = rows.iter().map(|r| r.language.as_str()).collect();
    db.exec(
        "INSERT INTO clusters (cluster, story, rep, type, date_first, date_last, num_reports,
             num_articles, num_sources, languages, first_reported, last_reported)
         VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (cluster) DO UPDATE SET rep = ?2, type = ?3, date_first = ?4,
             date_last = ?5, num_reports = ?6, num_articles = ?7, num_sources = ?8,
             languages = ?9, first_reported = ?10, last_reported = ?11",
        &[
            int(cluster),
            int(rep.event),
            text(rep.kind.as_str()),
            opt_text(rep.date_first.as_deref()),
            opt_text(rep.date_last.as_deref()),
            int(mentions.len() as i64),
            int(articles.len() as i64),
            int(sources.len() as i64),
            text(langs.into_iter().collect::<Vec<_>>().join(",")),
            opt_text(first),
            opt_text(last),
        ],
    )?;
    // The kept facts of its reports (migration 12): which one stands for it, and their
    // articles and outlets again, since a deleted original leaves its copies on their own.
    // Only rows that change are written.
    for m in &rows {
        let standing = i64::from(m.event == rep.event);
        if m.kept != (Some(m.article), Some(m.outlet.clone()), Some(standing)) {
            db.exec(
                "UPDATE events SET article = ?2, outlet = ?3, standing = ?4 WHERE event = ?1",
                &[
                    int(m.event),
                    int(m.article),
                    text(m.outlet.as_str()),
                    int(standing),
                ],
            )?;
        }
    }
    Ok(Refreshed::Kept)
}

/// What [`refresh`] did to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refreshed {
    /// Its counts and representative are its reports' again.
    Kept,
    /// It had no reports left and was removed, with its aliases and blocks.
    Removed,
}

/// The report standing for an event: the type with the most articles (copies counted once),
/// then the most confident report, then the type's name; among its reports, those of the pair
/// of countries the most articles name (a meeting of ten, coded pair by pair in one report,
/// stands for the pair its other reports name too, not for whichever pair was written
/// first), then those naming both sides, dated first, dated by their text, the narrowest
/// window, placed (so that an event one of whose best reports says where it happened says so
/// too), the most confident, then by the reports' content ids (a report of identical content,
/// a copy's, by row). Whichever order the documents came in, the same report stands for the
/// event. `None` without reports.
fn representative(rows: &[Member]) -> Option<&Member> {
    use std::cmp::Ordering;
    let desc = |a: f64, b: f64| b.partial_cmp(&a).unwrap_or(Ordering::Equal);
    let mut types: HashMap<&str, (BTreeSet<i64>, f64)> = HashMap::new();
    for m in rows {
        let t = types
            .entry(m.kind.as_str())
            .or_insert_with(|| (BTreeSet::new(), f64::NEG_INFINITY));
        t.0.insert(m.article);
        t.1 = t.1.max(m.confidence);
    }
    let kind = types
        .iter()
        .min_by(|(ka, (aa, ca)), (kb, (ab, cb))| {
            ab.len()
                .cmp(&aa.len())
                .then(desc(*ca, *cb))
                .then(ka.cmp(kb))
        })
        .map(|(k, _)| *k)?;
    // SQL's ascending order puts NULL first, as `Option` does.
    let width = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
        _ => a.is_some().cmp(&b.is_some()),
    };
    let mut pairs: HashMap<&(Option<String>, Option<String>), BTreeSet<i64>> = HashMap::new();
    for m in rows.iter().filter(|m| m.kind == kind) {
        pairs.entry(&m.pair).or_default().insert(m.article);
    }
    let support = |m: &Member| pairs.get(&m.pair).map_or(0, BTreeSet::len);
    let full = |m: &Member| m.pair.0.is_some() && m.pair.1.is_some();
    rows.iter().filter(|m| m.kind == kind).min_by(|a, b| {
        support(b)
            .cmp(&support(a))
            .then(full(b).cmp(&full(a)))
            .then(a.date_first.is_none().cmp(&b.date_first.is_none()))
            .then(a.from_published.cmp(&b.from_published))
            .then(width(a.width, b.width))
            .then(b.placed.cmp(&a.placed))
            .then(desc(a.confidence, b.confidence))
            .then(a.id.cmp(&b.id))
            .then(a.event.cmp(&b.event))
    })
}

#[cfg(test)]
mod tests;
