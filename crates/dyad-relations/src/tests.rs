//! The relations model over a real (in-memory SQLite) store of hand-built documents.

use crate::*;
use dyad_core::EventType;
use dyad_store::synth::{ActorSpec, DocSpec, EventSpec};
use dyad_store::Store;
use jiff::civil::date;

fn ev(kind: EventType, s: &str, t: &str, day: &str) -> EventSpec {
    EventSpec::new(kind, ActorSpec::code(s), Some(ActorSpec::code(t)), day)
}

/// Russia → Pakistan over four months: a visit reported twice in January, nothing at all in
/// February, news but nothing of this dyad in March, three events in April (one dated to the
/// month only), plus one the other way round and one undated.
fn store() -> Store {
    let mut visit = ev(EventType::Consult, "RUS.GOV", "PAK.GOV", "2021-01-10");
    visit.mode = Some("visit".into());
    let docs = [
        DocSpec::new("d1", "2021-01-10").event(visit.clone()),
        DocSpec::new("d2", "2021-01-11").event(EventSpec {
            confidence: 0.9,
            ..visit
        }),
        DocSpec::new("d3", "2021-03-05").event(ev(EventType::Accuse, "USA", "CHN", "2021-03-05")),
        DocSpec::new("d4", "2021-04-06")
            .event(ev(EventType::Accuse, "RUS.GOV", "PAK.GOV", "2021-04-02"))
            .event(ev(EventType::Cooperate, "RUS.MIL", "PAK.MIL", "2021-04-03"))
            .event(ev(EventType::Support, "RUS", "PAK", "2021-04"))
            .event(ev(EventType::Agree, "PAK.GOV", "RUS.GOV", "2021-04-05")),
        DocSpec::new("d5", "2021-04-20").event(EventSpec {
            date: None,
            ..ev(EventType::Request, "RUS.GOV", "PAK.GOV", "")
        }),
    ];
    let mut store = Store::open_in_memory().unwrap();
    let docs: Vec<_> = docs.iter().map(DocSpec::build).collect();
    store.write_batch(&docs).unwrap();
    store.link().unwrap();
    store
}

fn model() -> Model {
    Model::builtin(None).unwrap()
}

#[test]
fn a_monthly_series() {
    let store = store();
    let s = dyad_series(
        &store,
        &SeriesQuery::new("RUS", "PAK", Period::Month),
        &model(),
    )
    .unwrap();
    let labels: Vec<&str> = s.buckets.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["2021-01", "2021-02", "2021-03", "2021-04"]);
    let jan = &s.buckets[0];
    assert!(jan.data);
    assert_eq!(
        (jan.events, jan.reports, jan.articles, jan.sources),
        (Some(1), Some(2), Some(2), Some(1)),
        "one visit, reported by two articles of one outlet"
    );
    assert_eq!(
        jan.by_type["CONSULT"],
        Counts {
            events: 1,
            reports: 2,
            articles: 2,
            sources: 1
        }
    );
    assert_eq!(jan.by_quad, Some([1, 0, 0, 0]));
    assert_eq!(jan.intensity_sum, Some(4.0), "CONSULT: visit scores 4");
    assert_eq!(jan.net_cooperation, Some(1));

    let feb = &s.buckets[1];
    assert!(!feb.data, "no document at all: no data, not zero");
    assert_eq!(
        (feb.events, feb.net_cooperation, feb.intensity_mean),
        (None, None, None)
    );
    assert_eq!(feb.trend4, None);

    let mar = &s.buckets[2];
    assert!(mar.data, "news, but none of this dyad: zero");
    assert_eq!(
        (mar.events, mar.net_cooperation, mar.intensity_mean),
        (Some(0), Some(0), None)
    );

    let apr = &s.buckets[3];
    assert_eq!(apr.events, Some(3), "the reverse direction is not counted");
    assert_eq!(apr.by_quad, Some([1, 1, 1, 0]));
    assert_eq!(
        apr.intensity_sum,
        Some(11.5),
        "ACCUSE -3, COOPERATE 9.5, SUPPORT 5"
    );
    assert_eq!(apr.intensity_mean, Some(3.83));
    assert_eq!(apr.net_cooperation, Some(1));
    let t = apr.trend4.unwrap();
    assert_eq!(
        (t.baseline, t.periods),
        (0.5, 2),
        "January and March have data"
    );
    assert_eq!(
        t.band,
        Band::LimitedChange,
        "small numbers are limited change"
    );

    assert_eq!(s.total.events, 4);
    assert_eq!((s.undated, s.unplaced), (1, 0));
    assert_eq!(s.quads, "dyad-1");
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["buckets"][1]["events"], serde_json::Value::Null);
    assert_eq!(json["buckets"][3]["trend4"]["band"], "limited_change");
}

#[test]
fn weeks_leave_out_month_dates_and_undirected_counts_both_ways() {
    let store = store();
    let mut q = SeriesQuery::new("RUS", "PAK", Period::Week);
    q.since = Some(date(2021, 3, 29));
    q.until = Some(date(2021, 4, 11));
    let s = dyad_series(&store, &q, &model()).unwrap();
    let got: Vec<(String, Option<u64>)> = s
        .buckets
        .iter()
        .map(|b| (b.label.clone(), b.events))
        .collect();
    assert_eq!(
        got,
        [
            ("2021-W13".to_string(), Some(2)),
            ("2021-W14".to_string(), Some(0))
        ],
        "week 13 holds 2 April and 3 April; week 14 has news (d4), none of the dyad"
    );
    assert_eq!(s.unplaced, 1, "the month-dated SUPPORT fits no week");

    let mut q = SeriesQuery::new("RUS", "PAK", Period::Month);
    q.directed = false;
    q.since = Some(date(2021, 4, 1));
    let s = dyad_series(&store, &q, &model()).unwrap();
    assert_eq!(s.buckets.len(), 1);
    assert_eq!(
        s.buckets[0].events,
        Some(4),
        "the AGREE the other way counts too"
    );
    // Trends reach back before `since`.
    assert_eq!(s.buckets[0].trend4.unwrap().periods, 2);
}

#[test]
fn entities_and_sectors_as_dyads() {
    let store = store();
    let s = dyad_series(
        &store,
        &SeriesQuery::new("RUS.MIL", "PAK.MIL", Period::Year),
        &model(),
    )
    .unwrap();
    assert_eq!(s.total.events, 1);
    assert_eq!(
        s.buckets[0].by_type.keys().collect::<Vec<_>>(),
        ["COOPERATE"]
    );
    let none = dyad_series(
        &store,
        &SeriesQuery::new("IND", "PAK", Period::Month),
        &model(),
    )
    .unwrap();
    assert!(none.buckets.is_empty());
    assert_eq!(none.total.events, 0);
}

#[test]
fn impossible_requests_are_errors() {
    let store = store();
    let mut q = SeriesQuery::new("RUS", "PAK", Period::Day);
    q.since = Some(date(2021, 5, 1));
    q.until = Some(date(2021, 4, 1));
    assert!(dyad_series(&store, &q, &model()).unwrap_err().is_invalid());
    q.since = Some(date(1000, 1, 1));
    q.until = Some(date(2021, 4, 1));
    assert!(dyad_series(&store, &q, &model()).unwrap_err().is_invalid());
    let q = SeriesQuery::new("RUS.XYZ", "PAK", Period::Month);
    assert!(dyad_series(&store, &q, &model()).unwrap_err().is_invalid());
}

#[test]
fn the_network_is_weighted_and_signed() {
    let store = store();
    let n = network(&store, &NetworkQuery::default(), &model()).unwrap();
    let edges: Vec<(String, String, u64, i8)> = n
        .edges
        .iter()
        .map(|e| (e.source.clone(), e.target.clone(), e.events, e.sign))
        .collect();
    assert_eq!(
        edges,
        [
            ("RUS".to_string(), "PAK".to_string(), 5, 1),
            ("PAK".to_string(), "RUS".to_string(), 1, 1),
            ("USA".to_string(), "CHN".to_string(), 1, -1),
        ]
    );
    let rus = n.nodes.iter().find(|x| x.id == "RUS").unwrap();
    assert_eq!(rus.events, 6);

    let q = NetworkQuery {
        level: Level::Actor,
        since: Some(date(2021, 4, 1)),
        until: Some(date(2021, 4, 30)),
        limit: 2,
        ..Default::default()
    };
    let n = network(&store, &q, &model()).unwrap();
    assert_eq!(n.edges.len(), 2);
    assert_eq!(n.more_edges, 2, "four actor-level edges in April");
    assert!(n.edges.iter().all(|e| e.events == 1));
}

#[test]
fn top_dyads_with_their_band() {
    let store = store();
    let q = NetworkQuery {
        limit: 2,
        ..Default::default()
    };
    let top = top_dyads(&store, &q, Period::Month, &model()).unwrap();
    assert_eq!(top.len(), 2);
    assert_eq!(
        (top[0].source.as_str(), top[0].target.as_str()),
        ("RUS", "PAK")
    );
    assert_eq!(
        top[0].events, 4,
        "dated events only: the undated REQUEST has no period"
    );
    assert_eq!(top[0].period, "2021-04");
    assert_eq!(top[0].current, Some(3));
    assert_eq!(top[0].band, Some(Band::LimitedChange));
}

#[test]
fn an_actor_timeline() {
    let store = store();
    let q = TimelineQuery {
        actor: "PAK".into(),
        period: Period::Month,
        since: None,
        until: None,
        types: Vec::new(),
        min_confidence: None,
    };
    let t = timeline(&store, &q, &model()).unwrap();
    let rows: Vec<(String, bool, Option<u64>, Option<u64>)> = t
        .buckets
        .iter()
        .map(|b| (b.label.clone(), b.data, b.as_source, b.as_target))
        .collect();
    assert_eq!(
        rows,
        [
            ("2021-01".to_string(), true, Some(0), Some(1)),
            ("2021-02".to_string(), false, None, None),
            ("2021-03".to_string(), true, Some(0), Some(0)),
            ("2021-04".to_string(), true, Some(1), Some(3)),
        ]
    );
    assert_eq!(t.counterparts[0].code, "RUS.GOV");
    assert_eq!(t.undated, 1);
}

/// A folded event is where and what the report the store chose for it says — the row
/// `events --dedup` shows — even when a less confident report of it was read first; its
/// sources are distinct outlets, its articles distinct originals.
#[test]
fn folded_events_are_the_stores() {
    let early = EventSpec {
        confidence: 0.6,
        ..ev(EventType::Consult, "RUS.GOV", "PAK.GOV", "2021-01-31")
    };
    let late = EventSpec {
        confidence: 0.9,
        ..ev(EventType::Consult, "RUS.GOV", "PAK.GOV", "2021-02-01")
    };
    let docs = [
        DocSpec::new("a", "2021-01-31").event(early),
        DocSpec {
            source: Some("other.example".into()),
            ..DocSpec::new("b", "2021-02-01").event(late)
        },
        DocSpec::new("c", "2021-02-02").event(ev(EventType::Accuse, "USA", "CHN", "2021-02-02")),
    ];
    let mut store = Store::open_in_memory().unwrap();
    let docs: Vec<_> = docs.iter().map(DocSpec::build).collect();
    store.write_batch(&docs).unwrap();
    store.link().unwrap();
    let folded = store
        .events(&dyad_store::EventQuery {
            actors: vec!["RUS".into(), "PAK".into()],
            dedup: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(folded.len(), 1, "the two reports are one event");
    assert_eq!(folded[0].date_first, Some(date(2021, 2, 1)));
    let s = dyad_series(
        &store,
        &SeriesQuery::new("RUS", "PAK", Period::Month),
        &model(),
    )
    .unwrap();
    let got: Vec<(&str, Option<u64>)> = s
        .buckets
        .iter()
        .map(|b| (b.label.as_str(), b.events))
        .collect();
    assert_eq!(
        got,
        [("2021-02", Some(1))],
        "not January, the first report read"
    );
    assert_eq!(
        s.total,
        Counts {
            events: 1,
            reports: 2,
            articles: 2,
            sources: 2
        }
    );
}

/// Countries are ranked from the store's counts and folded pair by pair: every dyad is what
/// its own series says, filtered or not, and pages join up in rank order.
#[test]
fn ranked_dyads_are_their_series() {
    let store = store();
    for since in [None, Some(date(2021, 3, 1))] {
        let q = NetworkQuery {
            since,
            limit: 100,
            ..Default::default()
        };
        let all = top_dyads(&store, &q, Period::Month, &model()).unwrap();
        assert_eq!(all.len(), 3, "{all:?}");
        for d in &all {
            let s = dyad_series(
                &store,
                &SeriesQuery {
                    since,
                    ..SeriesQuery::new(&d.source, &d.target, Period::Month)
                },
                &model(),
            )
            .unwrap();
            assert_eq!(
                (d.events, d.reports, d.sources),
                (s.total.events, s.total.reports, s.total.sources),
                "{} → {}",
                d.source,
                d.target
            );
        }
        let mut paged = Vec::new();
        let mut after = None;
        loop {
            let q1 = NetworkQuery {
                limit: 1,
                ..q.clone()
            };
            let page = dyads_after(&store, &q1, Period::Month, &model(), after.as_ref()).unwrap();
            let Some(d) = page.into_iter().next() else {
                break;
            };
            after = Some(d.key());
            paged.push(d);
        }
        assert_eq!(paged, all);
    }
}

#[test]
fn a_period_lists_the_events_it_counts() {
    let store = store();
    let q = SeriesQuery::new("RUS", "PAK", Period::Month);
    let types =
        |p: &PeriodEvents| -> Vec<&str> { p.items.iter().map(|r| r.kind.as_str()).collect() };
    // The visit, reported twice: one event, standing for it the more confident report.
    let jan = period_events(&store, &q, date(2021, 1, 31), None, 50).unwrap();
    assert_eq!((jan.events, jan.label.as_str()), (1, "2021-01"));
    assert_eq!(jan.items[0].doc_id, "d2");
    // April in pages of two, in date order (the month-dated SUPPORT first); the AGREE of
    // PAK → RUS is the other direction.
    let first = period_events(&store, &q, date(2021, 4, 1), None, 2).unwrap();
    assert_eq!(
        (first.events, types(&first)),
        (3, vec!["SUPPORT", "ACCUSE"])
    );
    let rest = period_events(&store, &q, date(2021, 4, 1), first.next, 2).unwrap();
    assert_eq!((types(&rest), rest.next), (vec!["COOPERATE"], None));
    let feb = period_events(&store, &q, date(2021, 2, 10), None, 2).unwrap();
    assert!(feb.items.is_empty() && feb.events == 0);
    // Each period lists as many events as the series counts in it.
    let series = dyad_series(&store, &q, &model()).unwrap();
    for b in &series.buckets {
        let p = period_events(&store, &q, b.start, None, 100).unwrap();
        assert_eq!(
            Some(p.items.len() as u64),
            b.events.or(Some(0)),
            "{}",
            b.label
        );
    }
    let sectors = SeriesQuery::new("RUS.MIL", "PAK.MIL", Period::Year);
    let year = period_events(&store, &sectors, date(2021, 6, 1), None, 50).unwrap();
    assert_eq!(types(&year), ["COOPERATE"]);
}
