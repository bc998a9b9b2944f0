use crate::synth::{ActorSpec, DocSpec, EventSpec};
use crate::{EventQuery, FoldedEvent, Store};
use dyad_core::{Document, EventType};

fn consult(a: ActorSpec, b: Option<ActorSpec>, date: &str) -> EventSpec {
    EventSpec::new(EventType::Consult, a, b, date)
}

fn doc(id: &str, published: &str, source: &str, e: EventSpec) -> Document {
    let mut d = DocSpec::new(id, published);
    d.source = Some(source.into());
    d.event(e).build()
}

fn folded(store: &Store) -> Vec<FoldedEvent> {
    store
        .folded_events(&EventQuery {
            include_aux: true,
            ..Default::default()
        })
        .unwrap()
}

/// Each folded event as (id, its reports' document ids, sources).
fn shape(store: &Store) -> Vec<(i64, Vec<String>, u64)> {
    folded(store)
        .into_iter()
        .map(|f| {
            let mut docs: Vec<String> = f.reports.iter().map(|r| r.doc.clone()).collect();
            docs.sort();
            (f.id, docs, f.num_sources)
        })
        .collect()
}

fn write(store: &mut Store, docs: &[Document]) -> crate::LinkStats {
    store.write_batch(docs).unwrap();
    store.link().unwrap()
}

#[test]
fn consecutive_days_fold_and_a_rerun_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let fomin = ActorSpec::entity("Q4066893", "Alexander Fomin", "RUS.MIL");
    let docs = [
        doc(
            "tass",
            "2021-09-29",
            "tass.ru",
            consult(
                fomin.clone(),
                Some(ActorSpec::code("PAK.MIL")),
                "2021-09-29",
            ),
        ),
        doc(
            "dawn",
            "2021-09-30",
            "dawn.com",
            consult(ActorSpec::code("PAK.MIL"), Some(fomin), "2021-09-30"),
        ),
    ];
    let s = write(&mut store, &docs);
    assert_eq!((s.reports, s.new_events, s.merged), (2, 1, 0));
    let f = folded(&store);
    assert_eq!(f.len(), 1);
    let e = &f[0];
    assert_eq!((e.num_reports, e.num_articles, e.num_sources), (2, 2, 2));
    assert_eq!(e.languages, ["en"]);
    assert_eq!(e.first_reported.as_deref(), Some("2021-09-29"));
    assert_eq!(e.last_reported.as_deref(), Some("2021-09-30"));
    assert_eq!(e.reports[1].linked_to.as_deref(), Some("tass-e0"));
    assert_eq!(
        e.reports[1].agreed,
        [
            "type",
            "source:country",
            "target:entity",
            "actors:either-order",
            "date:day"
        ]
    );
    let before = shape(&store);
    // The same input again: nothing stored, nothing linked, nothing changed.
    let s = write(&mut store, &docs);
    assert_eq!(s, crate::LinkStats::default());
    assert_eq!(shape(&store), before);
}

#[test]
fn the_same_ministers_a_year_apart_stay_two_events() {
    let mut store = Store::open_in_memory().unwrap();
    let lavrov = || ActorSpec::entity("Q80137", "Sergey Lavrov", "RUS.GOV");
    let qureshi = || ActorSpec::entity("Q7489", "Shah Mahmood Qureshi", "PAK.GOV");
    write(
        &mut store,
        &[
            doc(
                "a",
                "2021-04-07",
                "tass.ru",
                consult(lavrov(), Some(qureshi()), "2021-04-07"),
            ),
            doc(
                "b",
                "2022-04-07",
                "tass.ru",
                consult(lavrov(), Some(qureshi()), "2022-04-07"),
            ),
        ],
    );
    let s = shape(&store);
    assert_eq!(s.len(), 2, "{s:?}");
}

#[test]
fn an_undated_report_never_joins_on_countries_alone() {
    let mut store = Store::open_in_memory().unwrap();
    write(
        &mut store,
        &[doc(
            "dated",
            "2021-09-29",
            "tass.ru",
            consult(
                ActorSpec::code("RUS.MIL"),
                Some(ActorSpec::code("PAK.MIL")),
                "2021-09-29",
            ),
        )],
    );
    // Published the next day, with no date of its own and countries only.
    let mut undated = DocSpec::new("undated", "2021-09-30");
    undated.source = Some("dawn.com".into());
    let mut e = consult(
        ActorSpec::code("RUS.MIL"),
        Some(ActorSpec::code("PAK.MIL")),
        "",
    );
    e.date = None;
    let undated = undated.event(e).build();
    write(&mut store, &[undated]);
    assert_eq!(shape(&store).len(), 2);
}

#[test]
fn a_report_between_two_events_merges_them_and_the_older_id_survives() {
    let mut store = Store::open_in_memory().unwrap();
    let (rus, pak) = (|| ActorSpec::code("RUS.GOV"), || ActorSpec::code("PAK.GOV"));
    write(
        &mut store,
        &[
            doc(
                "early",
                "2021-09-27",
                "a.example",
                consult(rus(), Some(pak()), "2021-09-27"),
            ),
            doc(
                "late",
                "2021-09-30",
                "b.example",
                consult(rus(), Some(pak()), "2021-09-30"),
            ),
        ],
    );
    let two = shape(&store);
    assert_eq!(two.len(), 2, "{two:?}");
    let (old, young) = (two[0].0, two[1].0);
    assert!(old < young);
    let s = write(
        &mut store,
        &[doc(
            "middle",
            "2021-09-29",
            "c.example",
            consult(rus(), Some(pak()), "2021-09-29"),
        )],
    );
    assert_eq!(s.merged, 1);
    assert_eq!(
        shape(&store),
        vec![(old, vec!["early".into(), "late".into(), "middle".into()], 3)]
    );
    let f = &folded(&store)[0];
    assert_eq!(f.merged.len(), 1);
    assert_eq!(f.merged[0].alias, young);
    assert_eq!(f.merged[0].event.as_deref(), Some("middle-e0"));
    // The absorbed id still finds the event's reports.
    let by_alias = store
        .events(&EventQuery {
            folded: Some(young),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_alias.len(), 3);
}

/// A story join follows a merge: the agreement of the 30th is of one story with the talks of
/// the 30th; when a report of the 29th merges those talks into the talks of the 27th, the
/// join names the surviving event, and none names the absorbed id or joins an event with
/// itself.
#[test]
fn a_story_join_follows_a_merge_to_the_surviving_id() {
    let mut store = Store::open_in_memory().unwrap();
    let (rus, pak) = (|| ActorSpec::code("RUS.GOV"), || ActorSpec::code("PAK.GOV"));
    let talks = |id: &str, day: &str| doc(id, day, "a.example", consult(rus(), Some(pak()), day));
    write(
        &mut store,
        &[
            talks("early", "2021-09-27"),
            talks("late", "2021-09-30"),
            doc(
                "deal",
                "2021-09-30",
                "b.example",
                EventSpec::new(EventType::Agree, rus(), Some(pak()), "2021-09-30"),
            ),
        ],
    );
    let before = folded(&store);
    assert_eq!(before.len(), 3);
    let id_of = |f: &[FoldedEvent], doc: &str| {
        f.iter()
            .find(|e| e.reports.iter().any(|r| r.doc == doc))
            .map(|e| e.id)
            .unwrap()
    };
    let (early, late, deal) = (
        id_of(&before, "early"),
        id_of(&before, "late"),
        id_of(&before, "deal"),
    );
    let withs = |f: &[FoldedEvent], id: i64| -> Vec<i64> {
        f.iter()
            .find(|e| e.id == id)
            .unwrap()
            .story_links
            .iter()
            .map(|l| l.with)
            .collect()
    };
    assert_eq!(withs(&before, deal), [late]);
    let s = write(&mut store, &[talks("middle", "2021-09-29")]);
    assert_eq!(s.merged, 1);
    let after = folded(&store);
    assert_eq!(after.len(), 2);
    assert_eq!(withs(&after, deal), [early]);
    assert_eq!(withs(&after, early), [deal]);
    let link = &after.iter().find(|e| e.id == deal).unwrap().story_links[0];
    assert_eq!(link.event.as_deref(), Some("deal-e0"));
}

#[test]
fn a_meeting_and_its_agreement_are_two_events_of_one_story() {
    let mut store = Store::open_in_memory().unwrap();
    let (ind, chn) = (|| ActorSpec::code("IND.GOV"), || ActorSpec::code("CHN.GOV"));
    write(
        &mut store,
        &[
            doc(
                "talks",
                "2024-10-23",
                "a.example",
                consult(ind(), Some(chn()), "2024-10-23"),
            ),
            doc(
                "deal",
                "2024-10-23",
                "b.example",
                EventSpec::new(EventType::Agree, chn(), Some(ind()), "2024-10-23"),
            ),
        ],
    );
    let f = folded(&store);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].story, f[1].story);
    // Issue 13: the join keeps its reason, shown on both events (the agreement's report was
    // linked second and showed it).
    let deal_report = |f: &FoldedEvent| f.reports[0].event.clone();
    let (talks, deal) = if f[0].reports[0].doc == "talks" {
        (&f[0], &f[1])
    } else {
        (&f[1], &f[0])
    };
    let agreed: Vec<String> = [
        "type:CONSULT~AGREE",
        "source:country",
        "target:country",
        "actors:either-order",
        "date:day",
    ]
    .map(String::from)
    .to_vec();
    let want = |with: i64| {
        vec![crate::StoryLink {
            with,
            event: Some(deal_report(deal)),
            agreed: agreed.clone(),
        }]
    };
    assert_eq!(talks.story_links, want(deal.id));
    assert_eq!(deal.story_links, want(talks.id));
    // A re-run joins nothing again.
    write(&mut store, &[]);
    assert_eq!(folded(&store), f);
}

/// Two attacks by one group in one province five days apart (the Jaffar Express, 11 March
/// 2025, and the Noshki convoy, 16 March 2025) are two events, however alike their actors and
/// place: two reports of each fold, the pairs stay apart.
#[test]
fn two_attacks_of_one_group_days_apart_in_one_province_stay_two_events() {
    let mut store = Store::open_in_memory().unwrap();
    let bla = || {
        ActorSpec::entity(
            "balochistan-liberation-army",
            "Balochistan Liberation Army",
            "PAK.REB",
        )
    };
    let attack = |target: Option<ActorSpec>, date: &str, place: (&str, f64, f64)| {
        let mut e = EventSpec::new(EventType::Assault, bla(), target, date);
        e.place = Some((place.0.into(), "PAK".into(), place.1, place.2));
        e
    };
    let bolan = ("Bolan", 29.62, 67.60);
    let noshki = ("Noshki", 29.55, 66.02);
    write(
        &mut store,
        &[
            doc(
                "train-a",
                "2025-03-11",
                "a.example",
                attack(Some(ActorSpec::code("PAK.CVL")), "2025-03-11", bolan),
            ),
            doc(
                "train-b",
                "2025-03-12",
                "b.example",
                attack(None, "2025-03-11", bolan),
            ),
            doc(
                "convoy-a",
                "2025-03-16",
                "a.example",
                attack(Some(ActorSpec::code("PAK.MIL")), "2025-03-16", noshki),
            ),
            doc(
                "convoy-b",
                "2025-03-17",
                "c.example",
                attack(None, "2025-03-16", noshki),
            ),
        ],
    );
    let mut groups: Vec<Vec<String>> = shape(&store).into_iter().map(|(_, d, _)| d).collect();
    groups.sort();
    assert_eq!(
        groups,
        [vec!["convoy-a", "convoy-b"], vec!["train-a", "train-b"]]
    );
}

/// A TASS report of a RUS.GOV → PAK.GOV consultation, and an aggregator's copy of it a day
/// later.
fn original_and_copy() -> [Document; 2] {
    let e = || {
        consult(
            ActorSpec::code("RUS.GOV"),
            Some(ActorSpec::code("PAK.GOV")),
            "2021-04-07",
        )
    };
    let mut original = doc("orig", "2021-04-07", "tass.ru", e());
    let mut copy = doc("copy", "2021-04-08", "aggregator.example", e());
    // The same text (the pipeline sets the fingerprint; synth documents have none).
    original.fingerprint = Some(0x0123_4567_89ab_cdef);
    copy.fingerprint = Some(0x0123_4567_89ab_cdee);
    [original, copy]
}

#[test]
fn a_syndicated_copy_is_one_article_and_no_new_source() {
    let mut store = Store::open_in_memory().unwrap();
    let s = write(&mut store, &original_and_copy());
    assert_eq!((s.documents, s.copies), (2, 1));
    let f = &folded(&store)[0];
    assert_eq!((f.num_reports, f.num_articles, f.num_sources), (2, 1, 1));
    assert_eq!(f.reports[1].copy_of.as_deref(), Some("orig"));
    assert_eq!(f.reports[1].source, "aggregator.example");
}

#[test]
fn a_replaced_document_leaves_its_event() {
    let mut store = Store::open_in_memory().unwrap();
    let e = |d| {
        consult(
            ActorSpec::code("RUS.GOV"),
            Some(ActorSpec::code("PAK.GOV")),
            d,
        )
    };
    let mut a = doc("a", "2021-04-07", "tass.ru", e("2021-04-07"));
    a.raw.key = Some("feeds/a".into());
    let b = doc("b", "2021-04-07", "dawn.com", e("2021-04-07"));
    write(&mut store, &[a, b]);
    assert_eq!(folded(&store)[0].num_reports, 2);
    // A new version of `a` about another year: the old report leaves the event.
    let mut a2 = doc("a", "2022-01-01", "tass.ru", e("2022-01-01"));
    a2.raw.key = Some("feeds/a".into());
    a2.raw.hash = "synth-a-v2".into();
    let s = write(&mut store, &[a2]);
    assert_eq!(s.repaired, 1);
    let f = folded(&store);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].num_reports, 1);
    assert_eq!(f[0].reports[0].doc, "b");
}

#[test]
fn outlets_come_from_the_source_else_the_host() {
    use super::outlet;
    assert_eq!(outlet(Some(" Dawn "), Some("https://x.example/a")), "dawn");
    assert_eq!(
        outlet(None, Some("https://www.Dawn.com:443/news/1?x")),
        "dawn.com"
    );
    assert_eq!(outlet(Some(""), None), "unknown");
}

/// A report's outlet is shown as the record gives it; only counting distinct outlets folds
/// case, so "Test Wire" and "TEST WIRE" are one source.
#[test]
fn reports_show_the_outlet_as_given_and_count_it_folded() {
    let mut store = Store::open_in_memory().unwrap();
    let fomin = || ActorSpec::entity("Q4066893", "Alexander Fomin", "RUS.MIL");
    write(
        &mut store,
        &[
            doc(
                "a",
                "2021-09-29",
                "Test Wire",
                consult(fomin(), Some(ActorSpec::code("PAK.MIL")), "2021-09-29"),
            ),
            doc(
                "b",
                "2021-09-29",
                "TEST WIRE",
                consult(fomin(), Some(ActorSpec::code("PAK.MIL")), "2021-09-29"),
            ),
        ],
    );
    let f = folded(&store);
    assert_eq!(f.len(), 1);
    let mut shown: Vec<&str> = f[0].reports.iter().map(|r| r.source.as_str()).collect();
    shown.sort_unstable();
    assert_eq!(shown, ["TEST WIRE", "Test Wire"]);
    assert_eq!(f[0].num_sources, 1);
}

/// The article, outlet and standing kept on each linked report (migration 12), against what
/// the articles and clusters say, over every linked report; how many reports stand for their
/// event, and how many count under another document's article.
fn kept_facts_agree(store: &Store) -> (usize, usize) {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT e.id, e.article, e.outlet, e.standing,
                    COALESCE(a.root, e.doc),
                    CASE WHEN a.root = a.doc THEN a.outlet
                         ELSE COALESCE(r.outlet, a.outlet, 'unknown') END,
                    CASE WHEN COALESCE(c.rep, e.event) = e.event THEN 1 ELSE 0 END,
                    e.doc
             FROM events e LEFT JOIN articles a ON a.doc = e.doc
             LEFT JOIN articles r ON r.doc = a.root LEFT JOIN clusters c ON c.cluster = e.folded
             WHERE e.folded IS NOT NULL",
        )
        .unwrap();
    type Kept = (String, Option<i64>, Option<String>, Option<i64>);
    let rows: Vec<(Kept, (i64, String, i64), i64)> = stmt
        .query_map([], |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?),
                (r.get(4)?, r.get(5)?, r.get(6)?),
                r.get(7)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!rows.is_empty());
    for ((id, article, outlet, standing), (a, o, s), _) in &rows {
        assert_eq!(
            (*article, outlet.as_deref(), *standing),
            (Some(*a), Some(o.as_str()), Some(*s)),
            "{id}"
        );
    }
    let standing = rows.iter().filter(|r| r.1 .2 == 1).count();
    let copies = rows.iter().filter(|r| r.1 .0 != r.2).count();
    (standing, copies)
}

#[test]
fn kept_report_facts_follow_links_merges_and_deletions() {
    let mut store = Store::open_in_memory().unwrap();
    write(&mut store, &original_and_copy());
    assert_eq!(kept_facts_agree(&store), (1, 1), "one event, one copy");
    let copy_outlet = |store: &Store| -> String {
        store
            .conn
            .query_row(
                "SELECT e.outlet FROM events e JOIN documents d ON d.doc = e.doc
                 WHERE d.id = 'copy'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(
        copy_outlet(&store),
        "tass.ru",
        "a copy counts under its original"
    );
    // Two more reports: one of the same event from another outlet, one three days later.
    write(
        &mut store,
        &[
            doc(
                "dawn",
                "2021-04-10",
                "dawn.com",
                consult(
                    ActorSpec::code("RUS.GOV"),
                    Some(ActorSpec::code("PAK.GOV")),
                    "2021-04-10",
                ),
            ),
            doc(
                "geo",
                "2021-04-08",
                "geo.tv",
                consult(
                    ActorSpec::code("RUS.GOV"),
                    Some(ActorSpec::code("PAK.GOV")),
                    "2021-04-07",
                ),
            ),
        ],
    );
    let (standing, _) = kept_facts_agree(&store);
    assert_eq!(standing, folded(&store).len());
    // The original goes: its copy stands on its own, and its event chooses again.
    store
        .conn
        .execute("DELETE FROM documents WHERE id = 'orig'", [])
        .unwrap();
    store.link().unwrap();
    let (standing, copies) = kept_facts_agree(&store);
    assert_eq!(standing, folded(&store).len());
    assert_eq!(
        copies, 1,
        "the copy still counts under the original's article"
    );
    assert_eq!(copy_outlet(&store), "aggregator.example");
}

/// Every row of the link step's tables, in order.
fn link_tables(store: &Store) -> String {
    let mut out = String::new();
    for sql in [
        "SELECT * FROM clusters ORDER BY cluster",
        "SELECT * FROM cluster_aliases ORDER BY alias",
        "SELECT * FROM cluster_links ORDER BY event",
        "SELECT * FROM cluster_blocks ORDER BY actor, week, cluster",
        "SELECT * FROM articles ORDER BY doc",
        "SELECT event, folded, article, outlet, standing FROM events ORDER BY event",
    ] {
        let mut stmt = store.conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                out.push_str(&format!("{v:?}\t"));
            }
            out.push('\n');
        }
        out.push_str("--\n");
    }
    out
}

/// What the link step keeps between steps (its cache of blocks, members and near-duplicate
/// bands) changes nothing: a store written and linked in many small steps, each batch with
/// its link step in one transaction and the cache kept, ends as one that reads everything
/// from its tables at every step (as PostgreSQL's single-step cache does).
#[test]
fn the_kept_cache_links_as_fresh_reads_do() {
    let mut generator = crate::synth::Generator::new(11);
    // Fingerprints as the pipeline sets them: a few texts, each copied with a bit or two
    // changed (within the copy threshold) or many (beyond it); a tenth have none.
    let bases = [
        0x0123_4567_89ab_cdef_u64,
        0xfedc_ba98_7654_3210,
        0x0f0f_0f0f_f0f0_f0f0,
    ];
    let docs: Vec<Document> = (0..400)
        .map(|i: u64| {
            let mut d = generator.document();
            d.fingerprint = match i % 10 {
                0 => None,
                k => {
                    Some(bases[(i % 3) as usize] ^ (1 << (i % 64)) ^ if k > 7 { 0xffff } else { 0 })
                }
            };
            d
        })
        .collect();
    let mut kept = Store::open_in_memory().unwrap();
    let mut fresh = Store::open_in_memory().unwrap();
    let mut total = crate::LinkStats::default();
    for batch in docs.chunks(16) {
        let prepared: Vec<_> = batch
            .iter()
            .map(|d| crate::PreparedDocument::new(d.clone()).unwrap())
            .collect();
        let (_, a) = kept.write_and_link(&prepared).unwrap();
        *fresh.cache = super::LinkCache::default();
        let b = write(&mut fresh, batch);
        assert_eq!(a, b);
        total.reports += a.reports;
        total.new_events += a.new_events;
        total.copies += a.copies;
    }
    assert!(!kept.cache.members.is_empty() && !kept.cache.weeks.is_empty());
    assert!(cache_agrees_with_articles(&kept) > 10);
    assert!(kept.cache.bands.weeks.values().any(|w| w.is_some()));
    assert!(fresh.cache.bands.weeks.is_empty());
    // Reports that joined an event as well as new events: both paths of the cache are taken.
    // (This corpus merges no events: merges_move_the_cached_blocks_as_the_table_moves.)
    assert!(total.reports > total.new_events, "{total:?}");
    // Copies found, and not every document a copy.
    assert!(total.copies > 20 && total.copies < 300, "{total:?}");
    let (a, b) = (link_tables(&kept), link_tables(&fresh));
    assert!(a.lines().count() > 1000, "{}", a.lines().count());
    assert_eq!(a, b);
    assert_eq!(shape(&kept), shape(&fresh));
}

/// The blocks the cache holds are the table's: each held week lists the events the table
/// lists for its key and week, and a cache that holds every block (a new store's) holds each
/// row of the table.
fn cache_agrees_with_blocks(store: &Store) {
    let cache = &store.cache;
    let mut held = 0;
    for (key, weeks) in &cache.weeks {
        for (week, clusters) in weeks {
            let mut stmt = store
                .conn
                .prepare("SELECT cluster FROM cluster_blocks WHERE actor = ?1 AND week = ?2 ORDER BY cluster")
                .unwrap();
            let table: Vec<i64> = stmt
                .query_map(rusqlite::params![key, week], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(clusters, &table, "{key} week {week}");
            held += clusters.len();
        }
    }
    if cache.complete {
        let rows: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM cluster_blocks", [], |r| r.get(0))
            .unwrap();
        assert_eq!(held as i64, rows);
    }
}

/// The events the cache holds per article are those the copies query gives (each linked
/// report's event of every document of the article, each once, in order); how many it holds.
fn cache_agrees_with_articles(store: &Store) -> usize {
    for (article, events) in &store.cache.articles {
        let mut want: Vec<i64> = store
            .conn
            .prepare(
                "SELECT e.folded FROM articles a JOIN events e ON e.doc = a.doc
                 WHERE a.root = ?1 AND e.folded IS NOT NULL",
            )
            .unwrap()
            .query_map([article], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        want.sort_unstable();
        want.dedup();
        assert_eq!(events, &want, "article {article}");
    }
    store.cache.articles.len()
}

/// Merges move the cached blocks as they move the table's (they used to clear them, and the
/// next reports read every key and week again), and a new store's cache, which holds every
/// block, reads none: the kept cache links as fresh reads do through merges, batch after batch.
/// Two reports are copies of the late report, one before the merge, one after: the events
/// the cache holds for the late report's article move with the merge.
#[test]
fn merges_move_the_cached_blocks_as_the_table_moves() {
    let pairs = [
        ("RUS.GOV", "PAK.GOV"),
        ("CHN.GOV", "USA.GOV"),
        ("IRN.GOV", "PAK.GOV"),
        ("RUS.GOV", "AFG.GOV"),
    ];
    // Per pair and month, an early and a late report three days apart (two events), then one
    // between them in the next batch (which merges them), then a report of the merged event.
    let mut batches: Vec<Vec<Document>> = vec![Vec::new(); 3];
    for (p, (a, b)) in pairs.iter().enumerate() {
        for month in 1..=3 {
            let day = |d: u32| format!("2021-0{month}-{d:02}");
            let mk = |id: String, d: u32, src: &str| {
                doc(
                    &id,
                    &day(d),
                    src,
                    consult(ActorSpec::code(a), Some(ActorSpec::code(b)), &day(d)),
                )
            };
            // Fingerprints far apart, but for the copy of the late report (one bit off).
            let print = |k: u64| {
                Some(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(k + 1 + 8 * (p as u64 * 3 + month)))
            };
            let mut early = mk(format!("early-{p}-{month}"), 7, "a.example");
            early.fingerprint = print(0);
            let mut late = mk(format!("late-{p}-{month}"), 10, "b.example");
            late.fingerprint = print(1);
            let mut middle = mk(format!("middle-{p}-{month}"), 9, "c.example");
            middle.fingerprint = print(2);
            let mut after = mk(format!("after-{p}-{month}"), 9, "d.example");
            after.fingerprint = print(1).map(|f| f ^ 1);
            // A copy of the late report in its own batch: its article's events are held
            // before the merge.
            let mut copy = mk(format!("copy-{p}-{month}"), 10, "e.example");
            copy.fingerprint = print(1).map(|f| f ^ 2);
            batches[0].extend([early, late, copy]);
            batches[1].push(middle);
            batches[2].push(after);
        }
    }
    let mut kept = Store::open_in_memory().unwrap();
    let mut fresh = Store::open_in_memory().unwrap();
    let (mut merged, mut copies, mut held_articles) = (0, 0, 0);
    for batch in &batches {
        let prepared: Vec<_> = batch
            .iter()
            .map(|d| crate::PreparedDocument::new(d.clone()).unwrap())
            .collect();
        let (_, a) = kept.write_and_link(&prepared).unwrap();
        assert!(
            kept.cache.complete,
            "a new store's blocks are all written through the cache"
        );
        cache_agrees_with_blocks(&kept);
        held_articles = cache_agrees_with_articles(&kept);
        *fresh.cache = super::LinkCache::default();
        let b = write(&mut fresh, batch);
        assert_eq!(a, b);
        merged += a.merged;
        copies += a.copies;
    }
    assert_eq!(merged, pairs.len() * 3);
    assert_eq!(copies, pairs.len() * 3 * 2);
    // The late reports' articles, read for their copies, with the events they merged into.
    assert_eq!(held_articles, pairs.len() * 3);
    assert_eq!(shape(&kept).len(), pairs.len() * 3);
    assert_eq!(link_tables(&kept), link_tables(&fresh));
    // A store that has blocks when the cache starts reads them: nothing is complete then.
    let mut cache = super::LinkCache::default();
    cache.check_complete(&kept.conn).unwrap();
    assert!(!cache.complete);
}

/// A document replaced by a new version leaves the bands the link step holds: a later copy
/// of its old text is nobody's copy, as the table says.
#[test]
fn a_replaced_original_is_no_longer_found_as_a_copy() {
    let mut store = Store::open_in_memory().unwrap();
    let [mut original, mut copy] = original_and_copy();
    original.raw.key = Some("feeds/orig".into());
    // Without events: deleting it leaves no event to repair (a repair clears the cache too).
    original.events.clear();
    let mut step = |d: &Document| {
        let p = crate::PreparedDocument::new(d.clone()).unwrap();
        store.write_and_link(&[p]).unwrap()
    };
    step(&original);
    // The new version of the same file: another text, far from the old one.
    let mut v2 = original.clone();
    v2.raw.hash = "synth-orig-v2".into();
    v2.fingerprint = Some(0x7777_0000_ffff_1111);
    let (w, _) = step(&v2);
    assert_eq!(w.replaced, 1);
    copy.raw.hash = "synth-copy".into();
    let (_, l) = step(&copy);
    assert_eq!((l.documents, l.copies, l.repaired), (1, 0, 0));
    let roots: Vec<(i64, i64)> = store
        .conn
        .prepare("SELECT doc, root FROM articles ORDER BY doc")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(roots, [(2, 2), (3, 3)]);
}

/// The report standing for each event and its counts, as the SQL `refresh` ran before it read
/// an event's reports once (schema 15 and earlier), with the pair of countries the most
/// articles name chosen first within the type: the oracle for the choice made in Rust.
fn chosen_by_sql(store: &Store, cluster: i64) -> (i64, i64, i64, i64) {
    let rep: i64 = store
        .conn
        .query_row(
            "WITH t AS (
                 SELECT e.type FROM events e LEFT JOIN articles a ON a.doc = e.doc
                 WHERE e.folded = ?1 GROUP BY e.type
                 ORDER BY COUNT(DISTINCT COALESCE(a.root, e.doc)) DESC, MAX(e.confidence) DESC,
                          e.type LIMIT 1)
             SELECT e.event FROM events e
             WHERE e.folded = ?1 AND e.type = (SELECT type FROM t)
             ORDER BY (SELECT COUNT(DISTINCT COALESCE(a2.root, e2.doc))
                       FROM events e2 LEFT JOIN articles a2 ON a2.doc = e2.doc
                       WHERE e2.folded = ?1 AND e2.type = e.type
                         AND MIN(COALESCE(e2.source_country, ''), COALESCE(e2.target_country, ''))
                           = MIN(COALESCE(e.source_country, ''), COALESCE(e.target_country, ''))
                         AND MAX(COALESCE(e2.source_country, ''), COALESCE(e2.target_country, ''))
                           = MAX(COALESCE(e.source_country, ''), COALESCE(e.target_country, ''))
                      ) DESC,
                      e.source_country IS NULL OR e.target_country IS NULL,
                      e.date_first IS NULL, e.date_from = 'published',
                      julianday(e.date_last) - julianday(e.date_first),
                      -- (data/dedup/located.tsv: the types whose place is where they happened)
                      e.location_name IS NULL OR e.type NOT IN ('CONSULT', 'COOPERATE', 'AID',
                          'RETREAT', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'),
                      e.confidence DESC, e.id, e.event
             LIMIT 1",
            [cluster],
            |r| r.get(0),
        )
        .unwrap();
    let (reports, articles, sources): (i64, i64, i64) = store
        .conn
        .query_row(
            "SELECT COUNT(DISTINCT e.doc || '/' || e.start), COUNT(DISTINCT COALESCE(a.root, e.doc)),
                    COUNT(DISTINCT COALESCE(ra.outlet, a.outlet, 'unknown'))
             FROM events e LEFT JOIN articles a ON a.doc = e.doc
             LEFT JOIN articles ra ON ra.doc = a.root WHERE e.folded = ?1",
            [cluster],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    (rep, reports, articles, sources)
}

#[test]
fn each_event_stands_for_the_report_and_counts_the_sql_chose() {
    let mut store = Store::open_in_memory().unwrap();
    let mut gen = crate::synth::Generator::new(3);
    let docs: Vec<Document> = (0..600).map(|_| gen.document()).collect();
    for batch in docs.chunks(100) {
        write(&mut store, batch);
    }
    let rows: Vec<(i64, i64, i64, i64, i64)> = store
        .conn
        .prepare("SELECT cluster, rep, num_reports, num_articles, num_sources FROM clusters")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let several = rows.iter().filter(|r| r.2 > 1).count();
    assert!(several > 50, "events of several reports: {several}");
    for (cluster, rep, reports, articles, sources) in rows {
        assert_eq!(
            (rep, reports, articles, sources),
            chosen_by_sql(&store, cluster),
            "event {cluster}"
        );
    }
    // Only the report standing for its event says so.
    let standing: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM events e JOIN clusters c ON c.cluster = e.folded
             WHERE (e.standing = 1) <> (e.event = c.rep)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(standing, 0);
}

/// A report as `refresh` reads it, for the choice below.
fn member(event: i64, kind: &str, article: i64, confidence: f64) -> super::Member {
    super::Member {
        event,
        // Content ids in the rows' order, but for the row 5 (see below).
        id: format!("{:04}", if event == 5 { 7 } else { event }),
        mention: (article, event),
        article,
        outlet: "x".into(),
        published_first: None,
        published_last: None,
        language: "en".into(),
        kind: kind.into(),
        confidence,
        date_first: Some("2024-03-01".into()),
        date_last: Some("2024-03-01".into()),
        from_published: Some(false),
        width: Some(0.0),
        kept: (None, None, None),
        pair: (Some("PAK".into()), Some("RUS".into())),
        placed: false,
    }
}

#[test]
fn the_representative_is_chosen_by_type_then_date_then_confidence() {
    let rep = |rows: &[super::Member]| super::representative(rows).map(|m| m.event);
    assert_eq!(rep(&[]), None);
    // The type of the most articles wins, though its reports are less confident; two reports
    // of one article (a copy) count once.
    let rows = [
        member(1, "CONSULT", 10, 0.9),
        member(2, "CONSULT", 10, 0.9),
        member(3, "AGREE", 11, 0.5),
        member(4, "AGREE", 12, 0.4),
    ];
    assert_eq!(rep(&rows), Some(3));
    // Articles tied: the type of the most confident report; then the type's name.
    let rows = [member(1, "CONSULT", 10, 0.7), member(2, "AGREE", 11, 0.8)];
    assert_eq!(rep(&rows), Some(2));
    let rows = [member(1, "CONSULT", 10, 0.8), member(2, "AGREE", 11, 0.8)];
    assert_eq!(rep(&rows), Some(2));
    // Within the type: dated before undated, dated by the text before by publication, the
    // narrowest window, the most confident, the least content id (not the oldest row: a row
    // depends on the order documents came in).
    let mut undated = member(1, "AGREE", 10, 0.99);
    (undated.date_first, undated.date_last) = (None, None);
    (undated.from_published, undated.width) = (None, None);
    let mut published = member(2, "AGREE", 11, 0.95);
    published.from_published = Some(true);
    let mut wide = member(3, "AGREE", 12, 0.9);
    wide.width = Some(30.0);
    let narrow_less_sure = member(4, "AGREE", 13, 0.6);
    let narrow_sure = member(6, "AGREE", 14, 0.8);
    let narrow_sure_older = member(5, "AGREE", 15, 0.8);
    let rows = [
        undated,
        published,
        wide,
        narrow_less_sure,
        narrow_sure,
        narrow_sure_older,
    ];
    assert_eq!(rep(&rows), Some(6));
    assert_eq!(rep(&rows[..5]), Some(6));
    assert_eq!(rep(&rows[..4]), Some(4));
    assert_eq!(rep(&rows[..3]), Some(3));
    assert_eq!(rep(&rows[..2]), Some(2));
    assert_eq!(rep(&rows[..1]), Some(1));
}

#[test]
fn the_representative_is_the_pair_most_articles_name() {
    let rep = |rows: &[super::Member]| super::representative(rows).map(|m| m.event);
    let with = |event: i64, article: i64, a: &str, b: &str| {
        let mut m = member(event, "CONSULT", article, 0.65);
        m.pair = super::pair(Some(a.into()), Some(b.into()));
        m
    };
    // One report of a meeting of many (article 10) coded pair by pair, written first, and two
    // other outlets naming one of its pairs, in either order: that pair stands for the event,
    // though the pair of the oldest row is as confident and as well dated.
    let rows = [
        with(1, 10, "IND", "UZB"),
        with(2, 10, "CHN", "PAK"),
        with(3, 10, "RUS", "AFG"),
        with(4, 11, "AFG", "RUS"),
        with(5, 12, "RUS", "AFG"),
    ];
    assert_eq!(rep(&rows), Some(3));
    // A copy of one article names its pair once: one article each, the oldest row again.
    let rows = [
        with(1, 10, "IND", "UZB"),
        with(3, 10, "RUS", "AFG"),
        with(4, 10, "AFG", "RUS"),
    ];
    assert_eq!(rep(&rows), Some(1));
    // Among the reports of that pair, as well dated and as confident, one that says where the
    // meeting was.
    let mut in_kazan = with(4, 11, "AFG", "RUS");
    in_kazan.placed = true;
    let rows = [
        with(1, 10, "IND", "UZB"),
        with(3, 10, "RUS", "AFG"),
        in_kazan,
        with(5, 12, "RUS", "AFG"),
    ];
    assert_eq!(rep(&rows), Some(4));
    // A one-sided report is a pair of its own; at equal support, a report naming both sides
    // stands before one naming one, however well dated.
    let mut one_side = member(1, "CONSULT", 10, 0.9);
    one_side.pair = super::pair(Some("RUS".into()), None);
    one_side.placed = true;
    let mut published = with(2, 11, "PAK", "RUS");
    published.from_published = Some(true);
    assert_eq!(rep(&[one_side, published]), Some(2));
    let mut alone = member(1, "CONSULT", 10, 0.9);
    alone.pair = super::pair(Some("RUS".into()), None);
    let rows = [alone, with(2, 11, "PAK", "RUS"), with(3, 12, "RUS", "PAK")];
    assert_eq!(rep(&rows), Some(2));
}

/// A report of a meeting of many, coded pair by pair from one trigger ("В нём приняли участие
/// спецпредставители России, Китая, Пакистана … а также … Муттаки").
fn meeting_of_many(id: &str, published: &str, pairs: &[(&str, &str)], date: &str) -> Document {
    let mut d = DocSpec::new(id, published);
    d.source = Some(format!("{id}.example"));
    for (a, b) in pairs {
        d = d.event(consult(ActorSpec::code(a), Some(ActorSpec::code(b)), date));
    }
    let mut doc = d.build();
    let trigger = doc.events[0].trigger;
    for e in &mut doc.events {
        e.trigger = trigger;
    }
    doc
}

/// The Kazan-format meeting of 29 September 2023 as one report codes it: three pairs of its
/// participants from one trigger.
fn kazan_meeting() -> Document {
    meeting_of_many(
        "kazan",
        "2023-09-30",
        &[
            ("CHN.GOV", "PAK.GOV"),
            ("IND.GOV", "UZB.GOV"),
            ("RUS.GOV", "AFG.GOV"),
        ],
        "2023-09-29",
    )
}

#[test]
fn the_pairs_of_one_meeting_are_one_event_with_the_pair_others_report() {
    let muttaqi = ActorSpec::entity("amir-khan-muttaqi", "Amir Khan Muttaqi", "AFG.GOV");
    let kazan = kazan_meeting;
    let steppe = || {
        doc(
            "steppe",
            "2023-09-29",
            "steppe.example",
            consult(
                muttaqi.clone(),
                Some(ActorSpec::code("RUS.GOV")),
                "2023-09-29",
            ),
        )
    };
    let anatolia = || {
        doc(
            "anatolia",
            "2023-09-29",
            "anatolia.example",
            consult(
                ActorSpec::code("AFG.GOV"),
                Some(ActorSpec::code("RUS.GOV")),
                "2023-09-29",
            ),
        )
    };
    // The same envoys of China and Pakistan a year later: another meeting.
    let next_year = || {
        doc(
            "later",
            "2024-10-04",
            "later.example",
            consult(
                ActorSpec::code("CHN.GOV"),
                Some(ActorSpec::code("PAK.GOV")),
                "2024-10-04",
            ),
        )
    };
    let want = vec![
        vec![
            "anatolia".to_string(),
            "kazan".into(),
            "kazan".into(),
            "kazan".into(),
            "steppe".into(),
        ],
        vec!["later".to_string()],
    ];
    // Whichever comes first, and in one batch or one by one.
    for order in [
        vec![kazan(), steppe(), anatolia(), next_year()],
        vec![steppe(), anatolia(), next_year(), kazan()],
    ] {
        for batched in [true, false] {
            let mut store = Store::open_in_memory().unwrap();
            if batched {
                write(&mut store, &order);
            } else {
                for d in &order {
                    write(&mut store, std::slice::from_ref(d));
                }
            }
            let mut got: Vec<Vec<String>> = shape(&store).into_iter().map(|s| s.1).collect();
            got.sort();
            assert_eq!(got, want, "batched {batched}");
            // The meeting stands for the pair three articles name, not for the pair of its
            // oldest row.
            let f = folded(&store);
            let meeting = f.iter().find(|e| e.num_reports == 5).unwrap();
            assert_eq!(meeting.num_articles, 3);
            let countries = [
                meeting.rep.source_country.map(|c| c.to_string()),
                meeting.rep.target_country.map(|c| c.to_string()),
            ];
            assert!(
                countries.contains(&Some("RUS".into())) && countries.contains(&Some("AFG".into())),
                "{countries:?}"
            );
            // Each pair of the meeting links by its trigger.
            let by_trigger = meeting
                .reports
                .iter()
                .filter(|r| r.agreed.iter().any(|a| a == "trigger"))
                .count();
            assert!(by_trigger >= 1, "{:?}", meeting.reports);
        }
    }
}

/// A new event is written with the id SQLite's AUTOINCREMENT would give it (`NEXT_CLUSTER`):
/// one past the largest ever given, also after that one was merged away, and 1 in a new store.
#[test]
fn a_new_event_gets_the_id_sqlite_would_give_it() {
    let store = Store::open_in_memory().unwrap();
    let next = || -> i64 {
        store
            .conn
            .query_row(super::NEXT_CLUSTER, [], |r| r.get(0))
            .unwrap()
    };
    let given = || -> i64 {
        store
            .conn
            .query_row(
                "INSERT INTO clusters (story, rep, type, num_reports, num_articles, num_sources,
                     languages)
                 VALUES (0, 0, 'CONSULT', 1, 1, 1, 'en') RETURNING cluster",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let delete = |c: i64| {
        store
            .conn
            .execute("DELETE FROM clusters WHERE cluster = ?1", [c])
            .unwrap();
    };
    assert_eq!(next(), 1);
    for _ in 0..3 {
        let want = next();
        assert_eq!(given(), want);
    }
    // The largest merged away: its id is not given again.
    delete(3);
    assert_eq!(next(), 4);
    assert_eq!(given(), 4);
    for c in 1..=4 {
        delete(c);
    }
    assert_eq!(next(), 5);
    assert_eq!(given(), 5);
}

/// `insert_rows` writes every row whatever their number (statements of 64, 32, …, 1 rows),
/// in the order given, and nothing for none.
#[test]
fn rows_are_inserted_in_statements_of_a_few_sizes() {
    use crate::sql::{int, text, ColsExt, DbExt};
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT NOT NULL)")
        .unwrap();
    let mut from = 0i64;
    for count in [0i64, 1, 2, 3, 63, 64, 65, 127, 200] {
        let values = (from..from + count)
            .flat_map(|n| [int(n), text(format!("row {n}"))])
            .collect();
        super::insert_rows(&conn, "INSERT INTO t (n, s) VALUES", "", 2, values).unwrap();
        let rows: Vec<(i64, String)> = conn
            .rows(
                "SELECT n, s FROM t WHERE n >= ?1 ORDER BY rowid",
                &[int(from)],
                |r| Ok((r.i64(0)?, r.str(1)?)),
            )
            .unwrap();
        let want: Vec<(i64, String)> = (from..from + count)
            .map(|n| (n, format!("row {n}")))
            .collect();
        assert_eq!(rows, want, "{count} rows");
        from += count;
    }
}

/// Every row of every table, but for the time a row was written (`ingested_at`,
/// `recorded_at`), table by table in the order of all its columns.
fn every_table(store: &Store) -> String {
    let tables: Vec<String> = store
        .conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = store.conn.prepare(&format!("SELECT * FROM {t}")).unwrap();
        let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok(names
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| !n.ends_with("ingested_at") && !n.ends_with("recorded_at"))
                    .map(|(i, n)| {
                        let v: rusqlite::types::Value = r.get(i).unwrap();
                        format!("{n}={v:?}")
                    })
                    .collect::<Vec<_>>()
                    .join("\t"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.push_str(&format!("-- {t}: {} rows\n", rows.len()));
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}

/// [`every_table`] of a PostgreSQL store (its schema's tables), as JSON objects.
fn every_pg_table(url: &str) -> String {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let tables: Vec<String> = c
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        let rows: Vec<String> = c
            .query(
                &format!(
                    "SELECT (to_jsonb(t) - 'ingested_at' - 'recorded_at')::text FROM {t} t
                     ORDER BY 1"
                ),
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        out.push_str(&format!("-- {t}: {} rows\n", rows.len()));
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}

/// Two dumps are equal; else the first lines that differ, not both dumps.
fn assert_same(got: &str, want: &str, what: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let at = g.iter().zip(&w).take_while(|(a, b)| a == b).count();
    let table = w[..at.min(w.len())]
        .iter()
        .rev()
        .find(|l| l.starts_with("-- "))
        .unwrap_or(&"");
    panic!(
        "{what}: differs in {table} at line {at}:\n got {:?}\nwant {:?}",
        &g[at.min(g.len())..(at + 3).min(g.len())],
        &w[at.min(w.len())..(at + 3).min(w.len())]
    );
}

/// Documents whose link evidence depended on where a link step began: one meeting reported
/// by 54 outlets, first with both sides at a low confidence, then by 52 more confident
/// reports naming only the host, then with both sides again. By the time the last report
/// comes, the first is no longer among the event's 48 most confident reports (`max_members`),
/// the ones a new report is compared with; a link step that had read the event's reports
/// before it dropped out kept comparing with it, and recorded another matching report and
/// reason (`cluster_links`). Then the generated corpus of
/// [`the_kept_cache_links_as_fresh_reads_do`], for breadth.
fn batch_sensitive_docs() -> Vec<Document> {
    let putin = || ActorSpec::entity("Q7747", "Vladimir Putin", "RUS.GOV");
    let both = |id: &str| {
        let mut e = consult(putin(), Some(ActorSpec::code("PAK")), "2024-03-05");
        e.confidence = 0.5;
        doc(id, "2024-03-05", &format!("{id}.example"), e)
    };
    let mut docs = vec![both("first")];
    for i in 0..52 {
        let mut e = consult(putin(), None, "2024-03-05");
        e.confidence = 0.9;
        docs.push(doc(
            &format!("host{i}"),
            "2024-03-05",
            &format!("host{i}.example"),
            e,
        ));
    }
    docs.push(both("last"));
    let mut generator = crate::synth::Generator::new(11);
    docs.extend((0..150).map(|_| generator.document()));
    docs
}

/// Issue 13: the store is a function of the documents and their order, not of where link
/// steps begin and end. The same documents written in one batch, in batches of seven, one by
/// one, and in two halves by two processes leave the same rows in every table, the link
/// evidence among them, on SQLite (its writer's path, each batch written and linked in one
/// transaction, and the path of a link step after writing) and on PostgreSQL.
#[test]
fn every_table_is_the_same_whatever_the_batches() {
    let docs = batch_sensitive_docs();
    let half = docs.len() / 2;
    let batchings: Vec<(&str, Vec<&[Document]>)> = vec![
        ("one batch", vec![&docs[..]]),
        ("batches of seven", docs.chunks(7).collect()),
        ("one by one", docs.chunks(1).collect()),
        ("two halves", vec![&docs[..half], &docs[half..]]),
    ];
    let held = |batches: &[&[Document]]| {
        let mut store = Store::open_in_memory().unwrap();
        for (i, b) in batches.iter().enumerate() {
            if i == 1 && batches.len() == 2 {
                // The second half by another process: nothing kept from the first.
                *store.cache = super::LinkCache::across_steps();
            }
            let prepared: Vec<_> = b
                .iter()
                .map(|d| crate::PreparedDocument::new(d.clone()).unwrap())
                .collect();
            store.write_and_link(&prepared).unwrap();
        }
        every_table(&store)
    };
    let stored = |batches: &[&[Document]]| {
        let mut store = Store::open_in_memory().unwrap();
        for b in batches {
            write(&mut store, b);
        }
        every_table(&store)
    };
    let want = held(&batchings[0].1);
    for (name, batches) in &batchings {
        assert_same(
            &held(batches),
            &want,
            &format!("written and linked: {name}"),
        );
        assert_same(
            &stored(batches),
            &want,
            &format!("linked after writing: {name}"),
        );
    }
    // The last report is compared with the event's 48 most confident reports, which name
    // the host only: it matches one of them, and no target agrees.
    let mut store = Store::open_in_memory().unwrap();
    write(&mut store, &docs);
    let (folded, via_doc, reason): (i64, String, String) = store
        .conn
        .query_row(
            "SELECT e.folded, vd.id, l.reason FROM documents d JOIN events e ON e.doc = d.doc
             JOIN cluster_links l ON l.event = e.event JOIN events v ON v.event = l.via
             JOIN documents vd ON vd.doc = v.doc WHERE d.id = 'last'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(via_doc.starts_with("host"), "{via_doc}");
    assert_eq!(reason, "type,source:entity,date:day");
    let reports: i64 = store
        .conn
        .query_row(
            "SELECT num_reports FROM clusters WHERE cluster = ?1",
            [folded],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(reports, 54);
    let mut pg_want = None;
    for (name, batches) in &batchings {
        let Some(mut pg) = crate::backends::pg() else {
            return;
        };
        for b in batches {
            let prepared: Vec<_> = b
                .iter()
                .map(|d| crate::PreparedDocument::new(d.clone()).unwrap())
                .collect();
            crate::WriteStore::write_and_link(&mut pg.store, &prepared).unwrap();
        }
        let got = every_pg_table(&pg.url);
        match &pg_want {
            None => pg_want = Some(got),
            Some(w) => assert_same(&got, w, &format!("postgres: {name}")),
        }
    }
}

/// A report is a mention, as GDELT's NumMentions counts: one sentence of one document. One
/// sentence coded as several events of one real-world event (a meeting of many, one event per
/// pair of countries) is one report, in `num_reports` and so in every format that shows it.
#[test]
fn a_sentence_coded_as_many_pairs_is_one_report() {
    let mut kazan = kazan_meeting();
    let (start, end) = (kazan.events[0].start, kazan.events[0].end);
    for e in &mut kazan.events {
        (e.start, e.end) = (start, end);
    }
    let anatolia = doc(
        "anatolia",
        "2023-09-29",
        "anatolia.example",
        consult(
            ActorSpec::code("AFG.GOV"),
            Some(ActorSpec::code("RUS.GOV")),
            "2023-09-29",
        ),
    );
    let mut store = Store::open_in_memory().unwrap();
    write(&mut store, &[kazan, anatolia]);
    let f = folded(&store);
    // (Each document here is one sentence.)
    for e in &f {
        let docs: std::collections::BTreeSet<&str> =
            e.reports.iter().map(|r| r.doc.as_str()).collect();
        assert_eq!(e.num_reports as usize, docs.len(), "{:?}", e.reports);
    }
    assert!(
        f.iter().any(|e| e.reports.len() > e.num_reports as usize),
        "the pairs of the meeting are one event"
    );
}

/// An undated document: no publication date, its reports no date of their own.
fn undated(id: &str, source: &str, fingerprint: u64) -> Document {
    let mut d = DocSpec::new(id, "");
    d.source = Some(source.into());
    let mut e = consult(
        ActorSpec::code("RUS.GOV"),
        Some(ActorSpec::code("PAK.GOV")),
        "",
    );
    e.date = None;
    let mut d = d.event(e).build();
    d.fingerprint = Some(fingerprint);
    d
}

/// The documents of [`an_undated_copy_joins_its_dated_original_whatever_the_weeks_between`],
/// in their order of ingest (one link step each): a dated original, a report of other days,
/// then three undated documents.
fn undated_copy_docs() -> Vec<Document> {
    let [original, _] = original_and_copy();
    let later = doc(
        "later",
        "2021-05-20",
        "dawn.com",
        consult(
            ActorSpec::code("IND.GOV"),
            Some(ActorSpec::code("CHN.GOV")),
            "2021-05-20",
        ),
    );
    vec![
        original,
        later,
        // The original's text re-published without its date, 4 bits apart (one in each of
        // three quarters of the fingerprint).
        undated(
            "copy",
            "aggregator.example",
            0x0123_4567_89ab_cdef ^ 0b11 ^ (1 << 20) ^ (1 << 40),
        ),
        // Another text of the same countries and type, undated: no copy.
        undated("other", "news.example", 0xfedc_ba98_7654_3210),
        // One quarter of the original's, the rest another text's (37 bits apart).
        undated("near", "news.example", 0x0123_ba98_7654_3210),
    ]
}

/// Issue 13: an undated syndicated copy of a dated original, ingested weeks after it, joins
/// the original's event (its document is a near-duplicate of a document in that event): one
/// more report, no new article, no new source. An undated report of the same type and
/// countries that is no copy never joins, nor one sharing a quarter of the fingerprint only.
#[test]
fn an_undated_copy_joins_its_dated_original_whatever_the_weeks_between() {
    let mut store = Store::open_in_memory().unwrap();
    for d in undated_copy_docs() {
        write(&mut store, &[d]);
    }
    let mut groups: Vec<Vec<String>> = shape(&store).into_iter().map(|(_, d, _)| d).collect();
    groups.sort();
    assert_eq!(
        groups,
        [
            vec!["copy", "orig"],
            vec!["later"],
            vec!["near"],
            vec!["other"]
        ]
    );
    let f = folded(&store);
    let event = f.iter().find(|f| f.reports.len() == 2).unwrap();
    assert_eq!(
        (event.num_reports, event.num_articles, event.num_sources),
        (2, 1, 1)
    );
    let copy = event.reports.iter().find(|r| r.doc == "copy").unwrap();
    assert_eq!(copy.copy_of.as_deref(), Some("orig"));
    assert!(copy.agreed.contains(&"copy".to_string()), "{copy:?}");
    // A re-run changes nothing.
    write(&mut store, &[]);
    assert_eq!(folded(&store), f);
    // PostgreSQL links them alike.
    let Some(mut pg) = crate::backends::pg() else {
        return;
    };
    for d in undated_copy_docs() {
        let prepared = crate::PreparedDocument::new(d).unwrap();
        crate::WriteStore::write_and_link(&mut pg.store, &[prepared]).unwrap();
    }
    let strip = |f: Vec<FoldedEvent>| -> Vec<FoldedEvent> {
        f.into_iter()
            .map(|mut f| {
                f.rep.row = 0;
                f.rep.doc_ingested_at = None;
                f
            })
            .collect()
    };
    let on_pg = pg
        .store
        .folded_events(&EventQuery {
            include_aux: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(strip(on_pg), strip(f));
}
