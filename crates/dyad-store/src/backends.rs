//! The store's tests that every backend must pass, run against SQLite and against a real
//! PostgreSQL server, and the parity of the two: the same documents give the same summary,
//! listings, folded events, actors, quotes and documents.
//!
//! PostgreSQL is found at `DYAD_TEST_PG` (default `postgres://dyad:dyad@127.0.0.1/dyad_test`);
//! each test works in a schema of its own, dropped afterwards. Without a server these tests
//! say loudly that they skipped PostgreSQL, unless `DYAD_CI=1` (set by `.ci/run`), where a
//! missing server fails them.

use crate::testdata::{all_docs, doc_fomin, doc_lavrov, doc_taliban, side, DocBuilder};
use crate::{
    ActorQuery, AnyStore, BatchStats, DocQuery, EventQuery, PgStore, QuoteQuery, ReadStore, Store,
    WriteStore,
};
use dyad_core::{Document, EventType, Lang};
use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU32, Ordering};

const DEFAULT_URL: &str = "postgres://dyad:dyad@127.0.0.1/dyad_test";

/// A PostgreSQL store in a fresh schema, dropped with it.
pub(crate) struct PgTest {
    pub store: PgStore,
    admin: Client,
    schema: String,
    /// The database URL with the schema as its search path.
    pub url: String,
}

impl Drop for PgTest {
    fn drop(&mut self) {
        let _ = self
            .admin
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
    }
}

/// A PostgreSQL store for a test, or `None` (said loudly) when no server answers and this is
/// not CI.
pub(crate) fn pg() -> Option<PgTest> {
    static N: AtomicU32 = AtomicU32::new(0);
    let url = std::env::var("DYAD_TEST_PG").unwrap_or_else(|_| DEFAULT_URL.into());
    let mut admin = match Client::connect(&url, NoTls) {
        Ok(c) => c,
        Err(e) if std::env::var("DYAD_CI").as_deref() != Ok("1") => {
            eprintln!(
                "!!! SKIPPED the PostgreSQL half of this test: no server at {} ({e}); \
                 set DYAD_TEST_PG, or run .ci/run, which installs one",
                crate::pg::redact(&url)
            );
            return None;
        }
        Err(e) => panic!(
            "DYAD_CI=1 and no PostgreSQL at {}: {e}",
            crate::pg::redact(&url)
        ),
    };
    let schema = format!(
        "dyad_t{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let url = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let store = PgStore::open(&url).unwrap();
    Some(PgTest {
        store,
        admin,
        schema,
        url,
    })
}

/// What the tests do to a store, whichever it is.
trait TestStore: ReadStore + WriteStore {
    fn name(&self) -> &'static str;
    fn write(&mut self, docs: &[Document]) -> BatchStats;
    fn events(&self, q: &EventQuery) -> Vec<crate::EventRow>;
    fn folded(&self, q: &EventQuery) -> Vec<crate::FoldedEvent>;
    fn diagnostics(&self) -> Vec<crate::DiagnosticRow>;
}

impl TestStore for Store {
    fn name(&self) -> &'static str {
        "sqlite"
    }
    fn write(&mut self, docs: &[Document]) -> BatchStats {
        self.write_batch(docs).unwrap()
    }
    fn events(&self, q: &EventQuery) -> Vec<crate::EventRow> {
        Store::events(self, q).unwrap()
    }
    fn folded(&self, q: &EventQuery) -> Vec<crate::FoldedEvent> {
        self.folded_events(q).unwrap()
    }
    fn diagnostics(&self) -> Vec<crate::DiagnosticRow> {
        Store::diagnostics(self).unwrap()
    }
}

impl TestStore for PgStore {
    fn name(&self) -> &'static str {
        "postgres"
    }
    fn write(&mut self, docs: &[Document]) -> BatchStats {
        self.write_batch(docs).unwrap()
    }
    fn events(&self, q: &EventQuery) -> Vec<crate::EventRow> {
        PgStore::events(self, q).unwrap()
    }
    fn folded(&self, q: &EventQuery) -> Vec<crate::FoldedEvent> {
        self.folded_events(q).unwrap()
    }
    fn diagnostics(&self) -> Vec<crate::DiagnosticRow> {
        PgStore::diagnostics(self).unwrap()
    }
}

/// Runs `body` on a new SQLite store and, when there is a server, on a new PostgreSQL one.
fn on_each(body: impl Fn(&mut dyn TestStore)) {
    let mut sqlite = Store::open_in_memory().unwrap();
    body(&mut sqlite);
    if let Some(mut pg) = pg() {
        body(&mut pg.store);
    }
}

fn stats(inserted: usize, skipped_existing: usize, failed: usize) -> BatchStats {
    BatchStats {
        inserted,
        skipped_existing,
        failed,
        replaced: 0,
    }
}

fn ids(s: &dyn TestStore, q: &EventQuery) -> Vec<String> {
    s.events(q).into_iter().map(|e| e.id).collect()
}

#[test]
fn rewriting_is_a_no_op() {
    on_each(|s| {
        assert_eq!(s.write(&all_docs()), stats(3, 0, 0), "{}", s.name());
        let before = s.summary().unwrap();
        assert_eq!((before.documents, before.events, before.quotes), (3, 8, 1));
        assert_eq!(s.write(&all_docs()), stats(0, 3, 0), "{}", s.name());
        assert_eq!(s.summary().unwrap(), before, "{}", s.name());
        for d in all_docs() {
            assert!(s.contains(&d.raw.hash).unwrap());
        }
        assert!(!s.contains("no-such-hash").unwrap());
        // Repeated within a batch: written once.
        let mut fresh = doc_fomin();
        fresh.raw.hash = "h-fresh".into();
        fresh.raw.id = "fresh".into();
        fresh.raw.key = Some("fresh".into());
        for e in &mut fresh.events {
            e.id = format!("{}-fresh", e.id);
        }
        assert_eq!(
            s.write(&[fresh.clone(), fresh]),
            stats(1, 1, 0),
            "{}",
            s.name()
        );
    });
}

#[test]
fn a_changed_document_replaces_its_older_version() {
    on_each(|s| {
        let mut old = doc_fomin();
        old.raw.key = Some("feeds/fomin.txt".into());
        let mut new = doc_lavrov();
        new.raw.key = Some("feeds/fomin.txt".into());
        s.write(&[old.clone()]);
        assert!(s.summary().unwrap().events > 0);
        let st = s.write(&[new.clone()]);
        assert_eq!((st.inserted, st.replaced), (1, 1), "{}", s.name());
        let sum = s.summary().unwrap();
        assert_eq!(sum.documents, 1, "{}", s.name());
        assert_eq!(sum.events, 4, "{}: the old version's events left", s.name());
        assert!(!s.contains(&old.raw.hash).unwrap());
        let again = s.write(&[new]);
        assert_eq!((again.inserted, again.skipped_existing), (0, 1));
    });
}

#[test]
fn colliding_event_id_and_bad_mention_are_diagnostics() {
    on_each(|s| {
        let mut b = DocBuilder::new("h-copy", Lang::of("en"), None);
        b.sentence("Filler.");
        let copy = b
            .event(
                "ev-fomin-1",
                EventType::Consult,
                Some(side("Q4066893", "Alexander Fomin", "RUS.MIL")),
                None,
                None,
                0.5,
                None,
                "Fomin met them.",
            )
            .build();
        let mut broken = doc_taliban();
        broken.raw.hash = "h-broken".into();
        broken.events.clear();
        broken.mentions[0].entity = 7;
        assert_eq!(s.write(&[doc_fomin(), copy, broken]), stats(3, 0, 0));
        let msgs: Vec<String> = s.diagnostics().into_iter().map(|d| d.message).collect();
        assert_eq!(msgs.len(), 2, "{}: {msgs:?}", s.name());
        assert!(msgs[0].contains("ev-fomin-1"), "{msgs:?}");
        assert!(msgs[1].contains("entity 7 of 2"), "{msgs:?}");
        assert_eq!(s.summary().unwrap().events, 2);
        s.record_error("feeds/bad.html", "not UTF-8").unwrap();
        s.record_error("feeds/bad.html", "not UTF-8").unwrap();
        assert_eq!(s.summary().unwrap().errors, 1, "{}", s.name());
    });
}

#[test]
fn listings_in_pages() {
    on_each(|s| {
        s.write(&all_docs());
        s.link().unwrap();
        for newest_first in [false, true] {
            let base = EventQuery {
                include_aux: true,
                newest_first,
                ..Default::default()
            };
            let all = ids(s, &base);
            assert_eq!(all.len(), 8, "{}", s.name());
            let mut paged = Vec::new();
            let mut after = None;
            loop {
                let page = s.events(&EventQuery {
                    after,
                    limit: Some(3),
                    ..base.clone()
                });
                let Some(last) = page.last() else { break };
                after = Some(last.cursor());
                paged.extend(page.into_iter().map(|e| e.id));
            }
            assert_eq!(paged, all, "{} newest_first={newest_first}", s.name());
        }
        let newest = ids(
            s,
            &EventQuery {
                newest_first: true,
                ..Default::default()
            },
        );
        assert_eq!(
            newest,
            [
                "ev-taliban-1",
                "ev-fomin-1",
                "ev-lavrov-3",
                "ev-lavrov-1",
                "ev-lavrov-2",
                "ev-taliban-2"
            ],
            "{}",
            s.name()
        );
        let q = |text: &str, langs: &[&str]| EventQuery {
            text: Some(text.into()),
            languages: langs.iter().map(|l| l.to_string()).collect(),
            include_aux: true,
            ..Default::default()
        };
        assert_eq!(ids(s, &q("ACCUSED", &[])), ["ev-lavrov-3"], "{}", s.name());
        assert_eq!(ids(s, &q("100%", &[])), Vec::<String>::new());
        assert_eq!(ids(s, &q("", &["ar"])), ["ev-fomin-2", "ev-fomin-1"]);
        let by_name = EventQuery {
            actors: vec!["sergey lavrov".into()],
            include_aux: true,
            ..Default::default()
        };
        assert!(
            !ids(s, &by_name).is_empty(),
            "{}: names match ASCII case-blind",
            s.name()
        );
    });
}

#[test]
fn documents_quotes_and_days() {
    on_each(|s| {
        s.write(&all_docs());
        let mut rows = Vec::new();
        s.scan_documents(&DocQuery::default(), &mut |r| {
            rows.push(r);
            true
        })
        .unwrap();
        let hashes: Vec<&str> = rows.iter().map(|r| r.hash.as_str()).collect();
        assert_eq!(hashes, ["h-taliban", "h-lavrov", "h-fomin"], "{}", s.name());
        assert_eq!((rows[1].events, rows[1].quotes), (4, 1));
        let mut found = Vec::new();
        s.scan_documents(
            &DocQuery {
                text: Some("RECOGNISED".into()),
                ..Default::default()
            },
            &mut |r| {
                found.push(r.hash);
                true
            },
        )
        .unwrap();
        assert_eq!(found, ["h-taliban"], "{}", s.name());
        let mut quotes = Vec::new();
        s.scan_quotes(&QuoteQuery::default(), &mut |q| {
            quotes.push(q);
            true
        })
        .unwrap();
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text, "categorically unacceptable", "{}", s.name());
        let days: Vec<String> = s
            .published_days()
            .unwrap()
            .iter()
            .map(|(a, b, n)| format!("{a}..{b}:{n}"))
            .collect();
        assert_eq!(
            days,
            ["2021-04-07..2021-04-07:1", "2021-09-29..2021-09-29:1"]
        );
        let volume: Vec<String> = s
            .volume()
            .unwrap()
            .iter()
            .map(|v| {
                format!(
                    "{:?} {} {}",
                    v.day.map(|d| d.to_string()),
                    v.language,
                    v.documents
                )
            })
            .collect();
        assert_eq!(
            volume,
            [
                "None en 1",
                "Some(\"2021-04-07\") en 1",
                "Some(\"2021-09-29\") ar 1"
            ],
            "{}",
            s.name()
        );
        let event_days: Vec<String> = s
            .event_days(&EventQuery::default())
            .unwrap()
            .iter()
            .map(|(a, b, n)| format!("{a}..{b}:{n}"))
            .collect();
        assert_eq!(
            event_days,
            [
                "2021-04-01..2021-04-30:1",
                "2021-04-07..2021-04-07:2",
                "2021-09-29..2021-09-29:1",
                "2025-07-03..2025-07-03:1"
            ]
        );
    });
}

/// Everything a user can read, in one comparable value.
fn everything(s: &dyn TestStore) -> String {
    let mut out = format!("{:#?}\n", s.summary().unwrap());
    let mut actors = Vec::new();
    s.scan_actors(&ActorQuery::default(), &mut |a| {
        actors.push(a);
        true
    })
    .unwrap();
    out += &format!("{actors:#?}\n");
    for q in [
        EventQuery::default(),
        EventQuery {
            include_aux: true,
            newest_first: true,
            ..Default::default()
        },
        EventQuery {
            actors: vec!["RUS".into()],
            ..Default::default()
        },
    ] {
        // Row numbers and ingest times are the backend's own; everything else must agree.
        let rows: Vec<_> = s
            .events(&q)
            .into_iter()
            .map(|mut r| {
                r.row = 0;
                r.doc_ingested_at = None;
                r
            })
            .collect();
        out += &format!("{rows:#?}\n");
    }
    out += &format!("{:#?}\n", folded_listed(s));
    let mut quotes = Vec::new();
    s.scan_quotes(&QuoteQuery::default(), &mut |mut q| {
        q.row = 0;
        quotes.push(q);
        true
    })
    .unwrap();
    out += &format!("{quotes:#?}\n");
    let mut facts = Vec::new();
    s.scan_facts(&EventQuery::default(), &mut |mut f| {
        f.row = 0;
        f.doc = 0;
        facts.push(format!("{f:?}"));
        true
    })
    .unwrap();
    facts.sort();
    out += &format!("{facts:#?}\n");
    // Dyads ranked without folding: from the counts kept per dyad (no filter) and from the
    // dyad index (filtered).
    for q in [
        EventQuery::default(),
        EventQuery {
            since: Some(jiff::civil::date(2021, 6, 1)),
            ..Default::default()
        },
        EventQuery {
            languages: vec!["en".into()],
            min_confidence: Some(0.5),
            ..Default::default()
        },
    ] {
        let mut pairs = s.country_pairs(&q).unwrap();
        assert!(
            !pairs.is_empty(),
            "{}: no country pairs for {q:?}",
            s.name()
        );
        pairs.sort_by_key(|p| (p.source, p.target));
        out += &format!("{pairs:?}\n");
    }
    for c in ["RUS", "PAK", "NZL"] {
        out += &format!("{c}: {}\n", s.names_country(c).unwrap());
    }
    for a in ["Q80137", "sergey lavrov", "Nobody Atall"] {
        out += &format!("{a}: {}\n", s.names_actor(a).unwrap());
    }
    let diags: Vec<_> = s
        .diagnostics()
        .into_iter()
        .map(|mut d| {
            d.recorded_at.clear();
            d
        })
        .collect();
    out += &format!("{diags:#?}\n");
    out += &exported(s);
    out
}

/// What an export reads (every document, entity, quote and folded event, in its order), in
/// one comparable value, row numbers and ingest times left out.
/// Every folded event in one query, without what is the backend's own (row numbers, ingest
/// times).
fn folded_listed(s: &dyn TestStore) -> Vec<crate::FoldedEvent> {
    s.folded(&EventQuery {
        include_aux: true,
        ..Default::default()
    })
    .into_iter()
    .map(|mut f| {
        f.rep.row = 0;
        f.rep.doc_ingested_at = None;
        f
    })
    .collect()
}

fn exported(s: &dyn TestStore) -> String {
    let mut out = String::new();
    let mut n = 0;
    s.export_documents(&mut |mut d| {
        d.doc.row = 0;
        d.doc.ingested_at.clear();
        out += &format!("{d:?}\n");
        n += 1;
        true
    })
    .unwrap();
    s.export_entities(&mut |e| {
        out += &format!("{e:?}\n");
        true
    })
    .unwrap();
    s.export_quotes(&mut |mut q| {
        q.quote.row = 0;
        out += &format!("{q:?}\n");
        true
    })
    .unwrap();
    let mut folded = Vec::new();
    s.scan_folded(
        &EventQuery {
            include_aux: true,
            ..Default::default()
        },
        &mut |mut f| {
            f.rep.row = 0;
            f.rep.doc_ingested_at = None;
            folded.push(f);
            true
        },
    )
    .unwrap();
    // The scan reads in pages; it must list what one query lists.
    let listed = folded_listed(s);
    assert_eq!(folded, listed, "{}: scan_folded", s.name());
    out += &format!("{folded:#?}\n");
    assert_eq!(n, s.summary().unwrap().documents, "{}", s.name());
    out
}

/// Recoding on both backends: the same documents read back as the pipeline's input, their
/// layers replaced by another run's (here: other events, fewer entities, no quotes), linked
/// again, and everything reads the same, counts included.
#[test]
fn both_backends_recode_the_same() {
    let Some(mut pg) = pg() else { return };
    let mut sqlite = Store::open_in_memory().unwrap();
    let mut generator = crate::synth::Generator::new(17);
    let docs: Vec<Document> = (0..1200).map(|_| generator.document()).collect();
    for s in [&mut sqlite as &mut dyn TestStore, &mut pg.store] {
        for batch in docs.chunks(300) {
            s.write(batch);
            s.link().unwrap();
        }
    }
    let by_hash: std::collections::HashMap<&str, &Document> =
        docs.iter().map(|d| (d.raw.hash.as_str(), d)).collect();
    let mut before = None;
    for s in [
        &mut sqlite as &mut dyn RecodeTest,
        &mut pg.store as &mut dyn RecodeTest,
    ] {
        let stored = s.recode().document_count().unwrap();
        assert_eq!(stored, s.test().summary().unwrap().documents);
        let mut after = 0;
        let mut seen = Vec::new();
        loop {
            let raws = s.recode().raw_documents(after, 250).unwrap();
            let Some(last) = raws.last().map(|(row, _)| *row) else {
                break;
            };
            after = last;
            let new: Vec<(i64, Document)> = raws
                .into_iter()
                .map(|(row, raw)| {
                    seen.push(format!("{raw:?}"));
                    // Another run's layers over the same raw document: every other event,
                    // under new ids, and no quotes in every other document.
                    let mut other = by_hash[raw.hash.as_str()].clone();
                    other.raw = raw;
                    let mut i = 0;
                    other.events.retain(|_| {
                        i += 1;
                        i % 2 == 1
                    });
                    for e in &mut other.events {
                        e.id = format!("{}-re", e.id);
                    }
                    if seen.len() % 2 == 0 {
                        other.quotes.clear();
                    }
                    (row, other)
                })
                .collect();
            assert_eq!(s.recode().replace_layers(&new).unwrap(), new.len());
            s.test().link().unwrap();
        }
        assert_eq!(seen.len() as u64, stored, "{}", s.test().name());
        match &before {
            None => before = Some(seen),
            Some(b) => assert_eq!(b, &seen, "the raw documents differ"),
        }
    }
    let (a, b) = (everything(&sqlite), everything(&pg.store));
    assert!(a.len() > 10_000, "a real store: {} bytes", a.len());
    assert!(a.contains("-re\""), "the new run's events are stored");
    if a != b {
        let line = a
            .lines()
            .zip(b.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "after recoding the backends differ at line {line}:\nsqlite:   {:?}\npostgres: {:?}",
            a.lines().nth(line),
            b.lines().nth(line)
        );
    }
}

/// A store to recode, whichever backend.
trait RecodeTest {
    fn recode(&mut self) -> &mut dyn crate::Recode;
    fn test(&mut self) -> &mut dyn TestStore;
}

impl RecodeTest for Store {
    fn recode(&mut self) -> &mut dyn crate::Recode {
        self
    }
    fn test(&mut self) -> &mut dyn TestStore {
        self
    }
}

impl RecodeTest for PgStore {
    fn recode(&mut self) -> &mut dyn crate::Recode {
        self
    }
    fn test(&mut self) -> &mut dyn TestStore {
        self
    }
}

/// The same generated store (re-reports, copies, quotes, a replaced version) written in
/// batches to both backends and linked reads the same on both.
#[test]
fn both_backends_read_the_same() {
    let Some(mut pg) = pg() else { return };
    let mut sqlite = Store::open_in_memory().unwrap();
    let mut generator = crate::synth::Generator::new(7);
    let docs: Vec<Document> = (0..300).map(|_| generator.document()).collect();
    for batch in docs.chunks(64) {
        let a = sqlite.write(batch);
        let b = pg.store.write(batch);
        assert_eq!(a, b);
        assert_eq!(sqlite.link().unwrap(), pg.store.link().unwrap());
    }
    for s in [&mut sqlite as &mut dyn TestStore, &mut pg.store] {
        s.write(&all_docs());
        s.link().unwrap();
    }
    let (a, b) = (everything(&sqlite), everything(&pg.store));
    assert!(a.len() > 10_000, "a real store: {} bytes", a.len());
    if a != b {
        let line = a
            .lines()
            .zip(b.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "the backends differ at line {line}:\nsqlite:   {:?}\npostgres: {:?}",
            a.lines().nth(line),
            b.lines().nth(line)
        );
    }
}

/// A SQLite database of schema 15 (with the events' two indexes by kb id, and the bands
/// indexed by document and deleted by cascade) migrates to 17: the indexes are gone, the bands
/// are kept and still leave with their document, and every listing, an actor given by kb id
/// and by name among them, reads as a new store's does.
#[test]
fn sqlite_schema_15_migrates_with_the_same_listings() {
    let mut generator = crate::synth::Generator::new(5);
    let mut docs: Vec<Document> = (0..120).map(|_| generator.document()).collect();
    docs.extend(all_docs());
    // Fingerprints, half of them with the top bit set (negative as SQLite integers).
    for (i, d) in docs.iter_mut().enumerate() {
        d.fingerprint = Some(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mut fresh = Store::open_in_memory().unwrap();
    {
        let mut old = Store::open(&path).unwrap();
        for s in [&mut fresh, &mut old] {
            for batch in docs.chunks(50) {
                s.write(batch);
                s.link().unwrap();
            }
        }
        crate::testdata::back_to_schema_18(&old.conn);
        // A store migrated from before schema 21 keeps no reason of the story joins made
        // before: the new store is compared without its own.
        fresh.conn.execute("DELETE FROM story_links", []).unwrap();
        old.conn
            .execute_batch(
                "PRAGMA user_version = 15;
                 CREATE INDEX events_source_entity ON events (source_entity);
                 CREATE INDEX events_target_entity ON events (target_entity);
                 DROP TRIGGER article_bands_of_document;
                 ALTER TABLE articles DROP COLUMN week;
                 CREATE TABLE bands_15 (
                     week INTEGER NOT NULL, band INTEGER NOT NULL,
                     doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
                     PRIMARY KEY (week, band, doc)
                 ) WITHOUT ROWID;
                 INSERT INTO bands_15 SELECT * FROM article_bands;
                 DROP TABLE article_bands;
                 ALTER TABLE bands_15 RENAME TO article_bands;
                 CREATE INDEX article_bands_doc ON article_bands (doc);",
            )
            .unwrap();
    }
    let mut migrated = Store::open(&path).unwrap();
    assert_eq!(migrated.schema_version().unwrap(), crate::SCHEMA_VERSION);
    let bands = |s: &Store| -> Vec<(i64, i64, i64)> {
        s.conn
            .prepare("SELECT week, band, doc FROM article_bands ORDER BY 1, 2, 3")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let before = bands(&migrated);
    assert_eq!(before.len(), 8 * docs.len());
    assert_eq!(before, bands(&fresh));
    let left: i64 = migrated
        .conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN
                 ('events_source_entity', 'events_target_entity')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(everything(&migrated), everything(&fresh));
    for who in ["Q4066893", "alexander fomin"] {
        let q = EventQuery {
            actors: vec![who.into()],
            include_aux: true,
            ..Default::default()
        };
        let found = ids(&migrated, &q);
        assert!(!found.is_empty(), "{who}");
        assert_eq!(found, ids(&fresh, &q), "{who}");
    }
    // A deleted document's eight bands go with it, by their keys, and no other.
    let gone: i64 = migrated
        .conn
        .query_row("SELECT MIN(doc) FROM documents", [], |r| r.get(0))
        .unwrap();
    migrated
        .conn
        .execute("DELETE FROM documents WHERE doc = ?1", [gone])
        .unwrap();
    let after = bands(&migrated);
    assert_eq!(after.len(), before.len() - 8);
    assert!(after.iter().all(|b| b.2 != gone));
    migrated.link().unwrap();
}

/// A PostgreSQL database of schema 3 (every mention a row, a `times` table, the events' two
/// indexes by kb id) migrates to 5: the rows and indexes nothing reads are gone, and
/// everything reads as a new SQLite store does.
#[test]
fn postgres_schema_3_migrates_with_the_same_listings() {
    let Some(mut pg) = pg() else { return };
    let mut docs = all_docs();
    docs.push(crate::testdata::doc_quoted());
    let mut sqlite = Store::open_in_memory().unwrap();
    for s in [&mut sqlite as &mut dyn TestStore, &mut pg.store] {
        s.write(&docs);
        s.link().unwrap();
    }
    let schema = pg.schema.clone();
    let mut sql = format!(
        "SET search_path TO {schema};
         DELETE FROM dyad_schema WHERE version >= 4;
         CREATE INDEX events_source_entity ON events (source_entity);
         CREATE INDEX events_target_entity ON events (target_entity);
         CREATE TABLE times (
             doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
             start bigint NOT NULL, \"end\" bigint NOT NULL, text text NOT NULL,
             value text NOT NULL, precision text NOT NULL, first_day text NOT NULL,
             last_day text NOT NULL, anchor text NOT NULL, duration_days bigint,
             PRIMARY KEY (doc, start, \"end\", value)
         );"
    );
    let mut quoted = Vec::new();
    for doc in &docs {
        let found = pg
            .admin
            .query_one(
                &format!("SELECT doc, quote_row FROM {schema}.documents WHERE hash = $1"),
                &[&doc.raw.hash],
            )
            .unwrap();
        let row: i64 = found.get(0);
        quoted.push((row, found.get::<_, Option<i64>>(1), doc));
        sql.push_str(&crate::testdata::rows_before_schema_15(row, doc));
    }
    sql.push_str(&crate::testdata::pg_quotes_before_schema_8(&quoted));
    pg.admin.batch_execute(&sql).unwrap();
    let count = |admin: &mut Client, table: &str| -> i64 {
        admin
            .query_one(&format!("SELECT COUNT(*) FROM {schema}.{table}"), &[])
            .unwrap()
            .get(0)
    };
    assert_eq!(count(&mut pg.admin, "mentions"), 14);
    assert_eq!(count(&mut pg.admin, "times"), 3);
    let migrated = PgStore::open(&pg.url).unwrap();
    assert_eq!(migrated.schema_version().unwrap(), crate::PG_SCHEMA_VERSION);
    assert_eq!(count(&mut pg.admin, "mentions"), 1);
    let times = pg
        .admin
        .query_one(
            "SELECT to_regclass($1) IS NULL",
            &[&format!("{schema}.times")],
        )
        .unwrap();
    assert!(times.get::<_, bool>(0), "the times table is dropped");
    for index in ["events_source_entity", "events_target_entity"] {
        let gone = pg
            .admin
            .query_one(
                "SELECT to_regclass($1) IS NULL",
                &[&format!("{schema}.{index}")],
            )
            .unwrap();
        assert!(gone.get::<_, bool>(0), "{index} is dropped");
    }
    // Migrated from before PostgreSQL schema 10, it keeps no reason of earlier story joins.
    sqlite.conn.execute("DELETE FROM story_links", []).unwrap();
    let (a, b) = (everything(&sqlite), everything(&migrated));
    assert_eq!(a, b);
}

#[test]
fn postgres_queries_open_read_only_and_refuse_foreign_databases() {
    let Some(mut pg) = pg() else { return };
    pg.store.write_batch(&all_docs()).unwrap();
    let url = std::env::var("DYAD_TEST_PG").unwrap_or_else(|_| DEFAULT_URL.into());
    let sep = if url.contains('?') { '&' } else { '?' };
    let here = format!("{url}{sep}options=-csearch_path%3D{}", pg.schema);
    let mut ro = AnyStore::open_read_only(&here).unwrap();
    assert_eq!(ro.summary().unwrap().documents, 3);
    for err in [
        ro.write_prepared(&[]).unwrap_err(),
        ro.record_error("x", "y").unwrap_err(),
        ro.link().unwrap_err(),
    ] {
        assert!(matches!(err, crate::StoreError::ReadOnly), "{err}");
    }
    // Another program's tables: refused, and left as they were.
    let foreign = format!("{}_foreign", pg.schema);
    pg.admin
        .batch_execute(&format!(
            "CREATE SCHEMA {foreign}; CREATE TABLE {foreign}.accounts (id int)"
        ))
        .unwrap();
    let theirs = format!("{url}{sep}options=-csearch_path%3D{foreign}");
    for result in [PgStore::open(&theirs), PgStore::open_read_only(&theirs)] {
        let err = result.unwrap_err();
        assert!(err.to_string().contains("left untouched"), "{err}");
    }
    let tables: i64 = pg
        .admin
        .query_one(
            "SELECT COUNT(*) FROM pg_tables WHERE schemaname = $1",
            &[&foreign],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1);
    pg.admin
        .batch_execute(&format!("DROP SCHEMA {foreign} CASCADE"))
        .unwrap();
}

/// The diagnostics the store itself recorded (stage `store`).
fn store_diagnostics(store: &PgStore) -> Vec<crate::DiagnosticRow> {
    store
        .diagnostics()
        .unwrap()
        .into_iter()
        .filter(|d| d.stage == "store")
        .collect()
}

#[test]
fn a_document_postgres_cannot_store_is_recorded_and_the_batch_goes_on() {
    let Some(mut pg) = pg() else { return };
    // PostgreSQL text cannot hold NUL; SQLite's can, so this is PostgreSQL's alone.
    let mut bad = doc_lavrov();
    bad.raw.title = Some("a\0title".into());
    bad.title = None;
    let st = pg
        .store
        .write_batch(&[doc_fomin(), bad, doc_taliban()])
        .unwrap();
    assert_eq!(st, stats(2, 0, 1));
    let d = store_diagnostics(&pg.store);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].path.as_deref(), Some("feeds/h-lavrov.txt"));
    assert!(d[0].message.starts_with("not stored: "), "{}", d[0].message);
    assert_eq!(pg.store.summary().unwrap().documents, 2);
}

#[test]
fn a_recoded_document_postgres_cannot_store_is_recorded_and_the_batch_goes_on() {
    let Some(mut pg) = pg() else { return };
    pg.store
        .write_batch(&[doc_fomin(), doc_lavrov(), doc_taliban()])
        .unwrap();
    pg.store.link().unwrap();
    let raws = crate::Recode::raw_documents(&pg.store, 0, 10).unwrap();
    assert_eq!(raws.len(), 3);
    // A new run whose events have new ids; its title for Lavrov's report holds a NUL,
    // which PostgreSQL text cannot hold.
    let by_hash: std::collections::HashMap<String, Document> = all_docs()
        .into_iter()
        .map(|d| (d.raw.hash.clone(), d))
        .collect();
    let new: Vec<(i64, Document)> = raws
        .into_iter()
        .map(|(row, raw)| {
            let mut d = by_hash[raw.hash.as_str()].clone();
            for e in &mut d.events {
                e.id = format!("{}-re", e.id);
            }
            if raw.hash == "h-lavrov" {
                d.title = Some("a\0title".into());
            }
            d.raw = raw;
            (row, d)
        })
        .collect();
    assert_eq!(
        crate::Recode::replace_layers(&mut pg.store, &new).unwrap(),
        2
    );
    let d = store_diagnostics(&pg.store);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].doc_id.as_deref(), Some(doc_lavrov().raw.id.as_str()));
    assert_eq!(d[0].path.as_deref(), Some("feeds/h-lavrov.txt"));
    assert!(
        d[0].message.starts_with("not recoded: "),
        "{}",
        d[0].message
    );
    // The others carry the new run's events; the refused one keeps its own.
    let ids: Vec<String> = pg
        .store
        .events(&EventQuery {
            include_aux: true,
            limit: Some(100),
            ..EventQuery::default()
        })
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    for id in ["ev-fomin-1", "ev-lavrov-1", "ev-lavrov-3"] {
        let want = if id.starts_with("ev-lavrov") {
            id.to_string()
        } else {
            format!("{id}-re")
        };
        assert!(ids.contains(&want), "{want} not in {ids:?}");
    }
    assert!(!ids
        .iter()
        .any(|i| i.starts_with("ev-lavrov") && i.ends_with("-re")));
    pg.store.link().unwrap();
    assert_eq!(pg.store.summary().unwrap().documents, 3);
}

/// A document with these quotes (speaker code and text), keyed `key`.
fn quoting(hash: &str, key: &str, quotes: &[(&str, &str)]) -> Document {
    let mut b = DocBuilder::new(hash, Lang::of("en"), dyad_core::DateValue::ymd(2024, 2, 1));
    b.sentence("Talks went on.");
    for (code, text) in quotes {
        b = b.quote(side("", &format!("The {code} envoy"), code), text);
    }
    let mut doc = b.build();
    doc.raw.key = Some(key.into());
    doc
}

/// Quotes live in their documents' bodies (schema 19 / PostgreSQL 8) but keep the numbers
/// their rows had: one run per document, in its order, and a new run after the largest
/// number in use in SQLite (the row ids of a table, reused after a delete) or from the
/// sequence in PostgreSQL (never reused). A replaced version's quotes stop counting.
#[test]
fn quotes_keep_their_numbers_across_versions() {
    on_each(|s| {
        let rows = |s: &dyn TestStore, q: QuoteQuery| -> Vec<(i64, String)> {
            let mut out = Vec::new();
            s.scan_quotes(&q, &mut |r| {
                out.push((r.row, r.text));
                true
            })
            .unwrap();
            out
        };
        let a = quoting("h-a", "k-a", &[("RUS", "We stay"), ("USA", "We go")]);
        let b = quoting(
            "h-b",
            "k-b",
            &[
                ("RUS.GOV", "No deal"),
                ("CHN", "Maybe"),
                ("RUS", "Never 100%"),
            ],
        );
        s.write(&[a, b]);
        let all = rows(s, QuoteQuery::default());
        let numbers: Vec<i64> = all.iter().map(|r| r.0).collect();
        assert_eq!(numbers, [5, 4, 3, 2, 1], "{}", s.name());
        assert_eq!(all[0].1, "Never 100%", "{}", s.name());
        // By speaker, by text (ASCII letters in either case, `%` literally), in pages.
        let by = |speaker: &str| QuoteQuery {
            speaker: Some(speaker.into()),
            ..Default::default()
        };
        let numbers = |v: Vec<(i64, String)>| v.into_iter().map(|r| r.0).collect::<Vec<_>>();
        assert_eq!(numbers(rows(s, by("RUS"))), [5, 3, 1], "{}", s.name());
        assert_eq!(numbers(rows(s, by("RUS.GOV"))), [3], "{}", s.name());
        assert_eq!(numbers(rows(s, by("the chn envoy"))), [4], "{}", s.name());
        let text = |t: &str| QuoteQuery {
            text: Some(t.into()),
            ..Default::default()
        };
        assert_eq!(numbers(rows(s, text("we "))), [2, 1], "{}", s.name());
        assert_eq!(numbers(rows(s, text("0%"))), [5], "{}", s.name());
        assert_eq!(
            numbers(rows(s, text("_"))),
            Vec::<i64>::new(),
            "{}",
            s.name()
        );
        let page = |after: Option<i64>| QuoteQuery {
            after,
            limit: Some(2),
            ..Default::default()
        };
        assert_eq!(numbers(rows(s, page(Some(5)))), [4, 3], "{}", s.name());
        assert_eq!(numbers(rows(s, page(Some(3)))), [2, 1], "{}", s.name());
        assert_eq!(numbers(rows(s, page(Some(1)))), Vec::<i64>::new());
        let spoken = QuoteQuery {
            after: Some(5),
            ..by("RUS")
        };
        assert_eq!(numbers(rows(s, spoken)), [3, 1], "{}", s.name());
        // With the documents' dates: their parameters come before the speaker's.
        let day = |y, m, d| Some(jiff::civil::date(y, m, d));
        let dated = QuoteQuery {
            since: day(2024, 1, 1),
            until: day(2024, 12, 31),
            ..by("RUS")
        };
        assert_eq!(numbers(rows(s, dated)), [5, 3, 1], "{}", s.name());
        let later = QuoteQuery {
            since: day(2025, 1, 1),
            ..by("RUS")
        };
        assert_eq!(numbers(rows(s, later)), Vec::<i64>::new(), "{}", s.name());
        assert_eq!(s.summary().unwrap().quotes, 5, "{}", s.name());

        // A new version of b with one quote: b's three numbers are gone.
        let b2 = quoting("h-b2", "k-b", &[("IRN", "Later")]);
        assert_eq!(s.write(&[b2]).replaced, 1, "{}", s.name());
        let c = quoting("h-c", "k-c", &[("FRA", "Oui"), ("DEU", "Ja")]);
        s.write(&[c]);
        let expected: &[i64] = match s.name() {
            // One past the largest left (2), as row ids were given.
            "sqlite" => &[5, 4, 3, 2, 1],
            _ => &[8, 7, 6, 2, 1],
        };
        assert_eq!(
            numbers(rows(s, QuoteQuery::default())),
            expected,
            "{}",
            s.name()
        );
        assert_eq!(numbers(rows(s, by("RUS"))), [1], "{}", s.name());
        assert_eq!(s.summary().unwrap().quotes, 5, "{}", s.name());
        assert_eq!(s.summary().unwrap().documents, 3, "{}", s.name());
        let mut exported = Vec::new();
        s.export_quotes(&mut |q| {
            exported.push((q.quote.row, q.quote.text));
            true
        })
        .unwrap();
        assert_eq!(exported.len(), 5, "{}", s.name());
    });
}

/// Issue 13: a story join keeps its reason on both backends, alike: talks of India and China
/// and the agreement announced at them (two events of one story).
#[test]
fn a_story_join_keeps_its_reason_on_both_backends() {
    use crate::synth::{ActorSpec, DocSpec, EventSpec};
    let (ind, chn) = (|| ActorSpec::code("IND.GOV"), || ActorSpec::code("CHN.GOV"));
    let doc = |id: &str, e: EventSpec| {
        let mut d = DocSpec::new(id, "2024-10-23");
        d.source = Some(format!("{id}.example"));
        d.event(e).build()
    };
    let docs = [
        doc(
            "talks",
            EventSpec::new(EventType::Consult, ind(), Some(chn()), "2024-10-23"),
        ),
        doc(
            "deal",
            EventSpec::new(EventType::Agree, chn(), Some(ind()), "2024-10-23"),
        ),
    ];
    let seen = std::cell::RefCell::new(Vec::new());
    on_each(|s| {
        s.write(&docs);
        s.link().unwrap();
        let links: Vec<(usize, Vec<crate::StoryLink>)> = folded_listed(s)
            .into_iter()
            .map(|f| (f.reports.len(), f.story_links))
            .collect();
        assert_eq!(links.len(), 2, "{}", s.name());
        for (_, l) in &links {
            assert_eq!(l.len(), 1, "{}: {links:?}", s.name());
            assert_eq!(l[0].event.as_deref(), Some("deal-e0"), "{}", s.name());
            assert!(l[0].agreed.contains(&"type:CONSULT~AGREE".to_string()));
        }
        seen.borrow_mut().push(format!("{links:?}"));
    });
    let seen = seen.into_inner();
    if seen.len() == 2 {
        assert_eq!(seen[0], seen[1], "the backends differ");
    }
}

/// Issue 13: a record whose text is stored is stored when it has the stored document's given
/// id or outlet, and a syndicated copy (under its own hash) from another outlet, until that
/// copy is stored too; alike on both backends.
#[test]
fn a_stored_text_from_another_outlet_is_a_copy_on_both_backends() {
    use crate::synth::DocSpec;
    use crate::{RecordOf, StoredText};
    on_each(|s| {
        let mut d = DocSpec::new("dawn-1", "2021-04-07");
        d.source = Some("Dawn".into());
        s.write(&[d.build()]);
        let record = |id: &'static str, given: bool, source: Option<&'static str>, url| RecordOf {
            hash: "synth-dawn-1",
            id,
            given,
            source,
            url,
        };
        let ask = |r: RecordOf<'_>| s.stored_text(&r).unwrap();
        let name = s.name();
        assert_eq!(
            ask(record("dawn-1", true, Some("Other"), None)),
            StoredText::Stored,
            "{name}"
        );
        assert_eq!(
            ask(record(
                "x",
                false,
                Some("DAWN"),
                Some("https://other.example/2")
            )),
            StoredText::Stored,
            "{name}"
        );
        let copy = record("tribune-7", true, Some("Express Tribune"), None);
        assert_eq!(
            ask(copy),
            StoredText::CopyAs("synth-dawn-1@express tribune".into()),
            "{name}"
        );
        let unknown = RecordOf {
            hash: "no-such-text",
            ..copy
        };
        assert_eq!(ask(unknown), StoredText::New, "{name}");
        let mut c = DocSpec::new("tribune-7", "2021-04-08");
        c.source = Some("Express Tribune".into());
        let mut c = c.build();
        c.raw.hash = "synth-dawn-1@express tribune".into();
        s.write(&[c]);
        assert_eq!(s.stored_text(&copy).unwrap(), StoredText::Stored, "{name}");
    });
}
