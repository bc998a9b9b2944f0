//! The API in-process on port 0 over a real SQLite file.

mod support;

use dyad_server::{DocMeta, Ingest, IngestReport, InputKind};
use dyad_store::synth::Generator;
use dyad_store::{AnyStore, Store};
use serde_json::Value;
use std::sync::Arc;
use support::{config, fill, request, Server};

fn server(generated: usize) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    fill(&db, generated);
    let s = Server::start(config(&db));
    (dir, s)
}

#[test]
fn summary_meta_and_openapi() {
    let (_d, s) = server(200);
    let sum = s.json("/api/summary");
    assert_eq!(sum["documents"], 203);
    assert!(sum["published_first"].as_str().unwrap() <= "2023-01-10");
    let meta = s.json("/api/meta");
    assert_eq!(meta["quads"][0], "dyad-1");
    assert_eq!(meta["event_types"].as_array().unwrap().len(), 16);
    let api = s.json("/api/openapi.json");
    assert_eq!(api["openapi"], "3.1.0");
    assert!(api["paths"]["/api/relations"]["get"]["parameters"].is_array());
}

/// Checks `v` against an OpenAPI schema (the subset the description uses: $ref, oneOf,
/// type, enum, properties with additionalProperties and required, items, prefixItems,
/// min/maxItems). Returns where it does not fit.
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.strip_prefix("#/components/schemas/").unwrap();
        return conforms(doc, &doc["components"]["schemas"][name], v, at);
    }
    if let Some(any) = schema["oneOf"].as_array() {
        return match any.iter().any(|s| conforms(doc, s, v, at).is_ok()) {
            true => Ok(()),
            false => Err(format!("{at}: {v} fits none of {schema}")),
        };
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().map(|x| x.as_str().unwrap()).collect(),
            _ => panic!("{at}: type {t}"),
        };
        let fits = types.iter().any(|t| match *t {
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            other => panic!("{at}: type {other}"),
        });
        if !fits {
            return Err(format!("{at}: {v} is not {t}"));
        }
    }
    if let Some(e) = schema["enum"].as_array() {
        if !e.contains(v) {
            return Err(format!("{at}: {v} is not one of {schema}"));
        }
    }
    if let Some(o) = v.as_object() {
        let props = schema["properties"].as_object();
        for (k, x) in o {
            match (
                props.and_then(|p| p.get(k)),
                &schema["additionalProperties"],
            ) {
                (Some(s), _) => conforms(doc, s, x, &format!("{at}.{k}"))?,
                (None, Value::Bool(false)) => return Err(format!("{at}.{k} is not described")),
                (None, Value::Object(_)) => conforms(
                    doc,
                    &schema["additionalProperties"],
                    x,
                    &format!("{at}.{k}"),
                )?,
                (None, _) => {}
            }
        }
        for k in schema["required"].as_array().into_iter().flatten() {
            if !o.contains_key(k.as_str().unwrap()) {
                return Err(format!("{at}: {k} is missing"));
            }
        }
    }
    if let Some(a) = v.as_array() {
        if let Some(n) = schema["minItems"].as_u64() {
            if (a.len() as u64) < n {
                return Err(format!("{at}: fewer than {n} items"));
            }
        }
        if let Some(n) = schema["maxItems"].as_u64() {
            if a.len() as u64 > n {
                return Err(format!("{at}: more than {n} items"));
            }
        }
        for (i, x) in a.iter().enumerate() {
            let s = match schema["prefixItems"].get(i) {
                Some(s) => s,
                None => &schema["items"],
            };
            if !s.is_null() {
                conforms(doc, s, x, &format!("{at}[{i}]"))?;
            }
        }
    }
    Ok(())
}

#[test]
fn responses_have_the_shapes_the_openapi_description_gives() {
    let (_d, s) = server(300);
    let doc = s.json("/api/openapi.json");
    let schema = |path: &str| {
        doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone()
    };
    // Every response is described, bar the description itself and a document in the
    // extract shape (PRODUCT.md's, not the API's).
    for path in dyad_server::API_PATHS {
        if ["/api/openapi.json", "/api/documents/{id}"].contains(path) {
            continue;
        }
        assert_ne!(
            schema(path),
            serde_json::json!({"type": "object"}),
            "{path}"
        );
    }
    for (path, real) in [
        ("/api/meta", "/api/meta"),
        ("/api/summary", "/api/summary"),
        ("/api/volume", "/api/volume?period=month"),
        ("/api/documents", "/api/documents?limit=20"),
        ("/api/events", "/api/events?limit=20"),
        ("/api/actors", "/api/actors?limit=20"),
        (
            "/api/relations",
            "/api/relations?source=RUS&target=PAK&period=quarter",
        ),
        (
            "/api/relations/events",
            "/api/relations/events?source=RUS&target=PAK&period=year&at=2024-06-01&limit=5",
        ),
        ("/api/dyads", "/api/dyads?limit=20&level=actor"),
        ("/api/network", "/api/network?level=actor&limit=50"),
        ("/api/timeline/{actor}", "/api/timeline/PAK?period=quarter"),
        ("/api/quotes", "/api/quotes?limit=50"),
        ("/api/search", "/api/search?q=RUS"),
        ("/api/map", "/api/map"),
    ] {
        let v = s.json(real);
        if let Err(e) = conforms(&doc, &schema(path), &v, real) {
            panic!("{e}");
        }
    }
    // The checker itself: a missing key, an undescribed key and a wrong type are caught.
    let net = schema("/api/network");
    let mut v = s.json("/api/network?level=actor&limit=5");
    assert!(conforms(&doc, &net, &v, "n").is_ok());
    v["extra"] = Value::from(1);
    assert!(conforms(&doc, &net, &v, "n")
        .unwrap_err()
        .contains("not described"));
    v.as_object_mut().unwrap().remove("extra");
    v.as_object_mut().unwrap().remove("edges");
    assert!(conforms(&doc, &net, &v, "n")
        .unwrap_err()
        .contains("missing"));
    v["edges"] = serde_json::json!([{"source": 1}]);
    assert!(conforms(&doc, &net, &v, "n").is_err());
}

#[test]
fn event_pages_join_up_and_exports_stream_the_same_rows() {
    let (_d, s) = server(400);
    let mut ids: Vec<String> = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &after {
            Some(a) => format!("/api/events?actor=RUS&limit=37&fields=id,type&after={a}"),
            None => "/api/events?actor=RUS&limit=37&fields=id,type".to_string(),
        };
        let v = s.json(&path);
        let items = v["items"].as_array().unwrap();
        for i in items {
            assert_eq!(i.as_object().unwrap().len(), 2, "only the fields asked for");
            ids.push(i["id"].as_str().unwrap().to_string());
        }
        pages += 1;
        match v["next"].as_str() {
            Some(n) => after = Some(n.to_string()),
            None => break,
        }
    }
    assert!(pages > 2, "{pages} pages");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no row twice across pages");

    let csv = s.get("/api/events?actor=RUS&format=csv&fields=id,type,sentence");
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let text = csv.text();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    assert_eq!(lines.next(), Some("id,type,sentence"));
    let csv_ids: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(
        csv_ids, ids,
        "the export streams the same rows in the same order"
    );

    let jsonl = s.get("/api/events?actor=RUS&format=jsonl&fields=id");
    let rows: Vec<Value> = jsonl
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), ids.len());
}

/// Each path is a 400 whose reason contains its needle.
fn refused(s: &Server, cases: &[(&str, &str)]) {
    for (path, needle) in cases {
        let r = s.get(path);
        assert_eq!(r.status, 400, "{path}: {}", r.text());
        let reason = r.json()["error"].as_str().unwrap().to_string();
        assert!(reason.contains(needle), "{path}: {reason}");
    }
}

/// Every page of a listing, following `next`.
fn all_pages(s: &Server, base: &str) -> (Vec<Value>, usize) {
    pages_of(s, base, &|v| v.clone())
}

/// Every page of the list `part` picks out of each answer.
fn pages_of(s: &Server, base: &str, part: &dyn Fn(&Value) -> Value) -> (Vec<Value>, usize) {
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &after {
            Some(a) => format!(
                "{base}&after={}",
                form_urlencoded::byte_serialize(a.as_bytes()).collect::<String>()
            ),
            None => base.to_string(),
        };
        let v = part(&s.json(&path));
        items.extend(v["items"].as_array().unwrap().iter().cloned());
        pages += 1;
        match v["next"].as_str() {
            Some(n) => after = Some(n.to_string()),
            None => break,
        }
    }
    (items, pages)
}

#[test]
fn documents_and_quotes_select_fields_and_export() {
    let (_d, s) = server(300);
    let (docs, pages) = all_pages(&s, "/api/documents?limit=40&fields=id,language");
    assert!(pages > 3, "{pages} pages");
    assert_eq!(docs.len(), 303);
    for d in &docs {
        let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "language"], "only the fields asked for");
    }
    let csv = s.get("/api/documents?format=csv&fields=id,language");
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        csv.header("content-disposition"),
        Some("attachment; filename=\"documents.csv\"")
    );
    let text = csv.text();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    assert_eq!(lines.next(), Some("id,language"));
    let want: Vec<String> = docs
        .iter()
        .map(|d| {
            format!(
                "{},{}",
                d["id"].as_str().unwrap(),
                d["language"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        lines.collect::<Vec<_>>(),
        want,
        "the same rows, the same order"
    );
    let jsonl = s.get("/api/documents?format=jsonl&limit=7&lang=en");
    let rows: Vec<Value> = jsonl
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 7, "limit applies to an export");
    assert!(rows
        .iter()
        .all(|r| r["language"] == "en" && r["ingested_at"].is_string()));

    let (quotes, pages) = all_pages(&s, "/api/quotes?limit=10&fields=row,text,about");
    assert!(
        pages > 1 && quotes.len() > 10,
        "{pages} pages, {} quotes",
        quotes.len()
    );
    assert!(quotes.iter().all(|q| q.as_object().unwrap().len() == 3));
    let jsonl = s.get("/api/quotes?format=jsonl&fields=row,text,about");
    assert_eq!(
        jsonl.header("content-type"),
        Some("application/jsonl; charset=utf-8")
    );
    let streamed: Vec<Value> = jsonl
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(streamed, quotes, "the export is the pages joined up");
    let csv = s
        .get("/api/quotes?format=csv&fields=row,speaker_name")
        .text();
    assert_eq!(
        csv.split("\r\n").filter(|l| !l.is_empty()).count(),
        quotes.len() + 1
    );

    refused(
        &s,
        &[
            ("/api/documents?fields=speaker", "unknown field \"speaker\""),
            ("/api/quotes?fields=title", "unknown field \"title\""),
            ("/api/quotes?format=xml", "json, jsonl or csv"),
            ("/api/quotes?format=csv&about=RUS.XYZ", "unknown sector"),
        ],
    );
}

/// Pages of a listing join up to the whole list: nothing twice, nothing missed, same order.
fn pages_join_up(s: &Server, base: &str, whole: &str, part: impl Fn(&Value) -> Value) {
    let (items, pages) = pages_of(s, base, &part);
    assert!(pages > 2, "{base}: {pages} pages");
    let all = part(&s.json(whole))["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), all.len(), "{base}: as many rows as {whole}");
    assert!(
        items == all,
        "{base}: the same rows in the same order as {whole}"
    );
}

#[test]
fn actors_dyads_and_search_are_keyset_pages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    fill(&db, 300);
    let mut c = config(&db);
    c.rate_limit = 100_000; // many pages, quickly
    let s = Server::start(c);
    pages_join_up(&s, "/api/actors?limit=7", "/api/actors?limit=10000", |v| {
        v.clone()
    });
    pages_join_up(
        &s,
        "/api/dyads?limit=3&level=actor",
        "/api/dyads?limit=5000&level=actor",
        |v| v.clone(),
    );
    pages_join_up(
        &s,
        "/api/search?q=RUS&in=events&limit=25",
        "/api/events?q=RUS&dedup=1&limit=1000",
        |v| v.get("events").unwrap_or(v).clone(),
    );
    pages_join_up(
        &s,
        "/api/search?q=Report&in=documents&limit=9",
        "/api/documents?q=Report&limit=1000",
        |v| v.get("documents").unwrap_or(v).clone(),
    );
    let both = s.json("/api/search?q=RUS&limit=5");
    assert_eq!(both["documents"]["items"].as_array().unwrap().len(), 5);
    assert!(both["events"]["next"].is_string());
    refused(
        &s,
        &[
            ("/api/actors?after=12", "not a page cursor"),
            ("/api/dyads?after=%5B1%5D", "not a page cursor"),
            ("/api/search?q=x&after=1", "give in=documents or in=events"),
            ("/api/search?q=x&in=people", "documents or events"),
        ],
    );
}

#[test]
fn relations_and_the_folded_visit() {
    let (_d, s) = server(100);
    let v = s.json("/api/relations?source=Q80137&target=PAK.GOV&period=month");
    let b = &v["buckets"][0];
    assert_eq!(b["label"], "2024-03");
    // Two articles of one outlet (example.org): one source, as the folded event says below.
    assert_eq!(
        (&b["events"], &b["reports"], &b["articles"], &b["sources"]),
        (
            &Value::from(1),
            &Value::from(2),
            &Value::from(2),
            &Value::from(1)
        ),
        "{v:#}"
    );
    assert_eq!(b["intensity_sum"], 4.0, "CONSULT: visit");
    // The folded event's reports, by its cluster key.
    let ev = s.json("/api/events?actor=Q80137&actor=PAK.GOV&directed=1&dedup=1");
    let row = &ev["items"][0];
    // Two articles of one outlet (example.org): two reports, one source.
    assert_eq!(
        (&row["reports"], &row["articles"], &row["sources"]),
        (&Value::from(2), &Value::from(2), &Value::from(1))
    );
    let cluster = row["cluster"].as_i64().unwrap();
    let reports = s.json(&format!("/api/events?folded={cluster}"));
    assert_eq!(reports["items"].as_array().unwrap().len(), 2);
    assert_eq!(
        row["trigger_start"].as_u64().unwrap(),
        row["start"].as_u64().unwrap()
    );

    // The API says what the relations crate says over the same file.
    let store = Store::open(_d.path().join("api.db")).unwrap();
    let model = dyad_relations::Model::builtin(None).unwrap();
    let direct = dyad_relations::dyad_series(
        &store,
        &dyad_relations::SeriesQuery::new("RUS", "PAK", dyad_relations::Period::Quarter),
        &model,
    )
    .unwrap();
    let via = s.json("/api/relations?source=RUS&target=PAK&period=quarter");
    assert_eq!(via, serde_json::to_value(&direct).unwrap());
}

/// Every event of a period, following `next`, from `/api/relations/events`.
fn period_events(s: &Server, base: &str, at: &str) -> (Vec<Value>, u64) {
    let (mut items, mut after) = (Vec::new(), String::new());
    loop {
        let v = s.json(&format!("{base}&at={at}&limit=7{after}"));
        let events = v["events"].as_u64().unwrap();
        items.extend(v["items"].as_array().unwrap().iter().cloned());
        match v["next"].as_str() {
            Some(n) => after = format!("&after={n}"),
            None => return (items, events),
        }
    }
}

/// The dashboard's evidence for a point of a dyad's series lists exactly the events the point
/// counts, at every level: here a sector dyad, one of whose events is reported both as
/// RUS.GOV → PAK.MIL and, more confidently, as RUS → PAK (the report standing for it, which a
/// listing of folded events filters on).
#[test]
fn a_period_lists_the_events_its_point_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    fill(&db, 400);
    let mut store = Store::open(&db).unwrap();
    let report = |code_s: &str, code_t: &str, confidence: f32| {
        let mut e = dyad_store::synth::EventSpec::new(
            dyad_core::EventType::Threaten,
            dyad_store::synth::ActorSpec::code(code_s),
            Some(dyad_store::synth::ActorSpec::code(code_t)),
            "2024-05-07",
        );
        e.confidence = confidence;
        e
    };
    let mut sector = dyad_store::synth::DocSpec::new("warning-sector", "2024-05-07");
    sector.source = Some("one.example".into());
    let mut country = dyad_store::synth::DocSpec::new("warning-country", "2024-05-07");
    country.source = Some("two.example".into());
    let docs = [
        sector.event(report("RUS.GOV", "PAK.MIL", 0.6)).build(),
        country.event(report("RUS", "PAK", 0.95)).build(),
    ];
    store.write_batch(&docs).unwrap();
    store.link().unwrap();
    drop(store);
    let s = Server::start(config(&db));

    // The hand-made event: one folded event, standing for it the country-level report.
    let base = "/api/relations/events?source=RUS.GOV&target=PAK.MIL&period=month";
    let (may, n) = period_events(&s, base, "2024-05-19");
    let ours: Vec<&Value> = may
        .iter()
        .filter(|e| e["type"] == "THREATEN" && e["date_first"] == "2024-05-07")
        .collect();
    assert_eq!(ours.len(), 1, "{may:#?}");
    assert_eq!(ours[0]["doc_id"], "warning-sector");
    assert_eq!(may.len() as u64, n);
    let cluster = ours[0]["cluster"].as_i64().unwrap();
    let standing = s.json(&format!("/api/events?folded={cluster}&dedup=1"));
    assert_eq!(
        standing["items"][0]["doc_id"], "warning-country",
        "the test needs an event standing as RUS → PAK"
    );

    for (period, both) in [("month", ""), ("week", ""), ("quarter", "&both=1")] {
        let q = format!("source=RUS.GOV&target=PAK.MIL&period={period}{both}");
        let series = s.json(&format!("/api/relations?{q}"));
        let mut listed = 0;
        for b in series["buckets"].as_array().unwrap() {
            let at = b["start"].as_str().unwrap();
            let (items, events) = period_events(&s, &format!("/api/relations/events?{q}"), at);
            let counted = b["events"].as_u64().unwrap_or(0);
            assert_eq!(items.len() as u64, counted, "{period}{both} {}", b["label"]);
            assert_eq!(events, counted, "{period}{both} {}", b["label"]);
            let mut clusters: Vec<i64> = items
                .iter()
                .map(|e| e["cluster"].as_i64().unwrap())
                .collect();
            clusters.sort_unstable();
            clusters.dedup();
            assert_eq!(clusters.len(), items.len(), "one row per event");
            for e in &items {
                let day = e["date_first"].as_str().unwrap();
                assert!(day >= at && day <= b["end"].as_str().unwrap(), "{e}");
            }
            listed += items.len();
        }
        assert_eq!(listed as u64, series["total"]["events"].as_u64().unwrap());
        assert!(
            listed > 1,
            "{period}: the generated store has RUS.GOV → PAK.MIL events"
        );
    }
    let r = s.get(base);
    assert_eq!(r.status, 400, "at is required: {}", r.text());
}

#[test]
fn every_read_endpoint_answers() {
    let (_d, s) = server(300);
    for path in [
        "/api/volume?period=month",
        "/api/documents?limit=5",
        "/api/documents/visit-a",
        "/api/actors?limit=5&q=rus",
        "/api/dyads?limit=5",
        "/api/network?level=actor&limit=20",
        "/api/timeline/PAK?period=quarter",
        "/api/quotes?about=RUS&limit=5",
        "/api/search?q=Lavrov",
        "/api/map",
    ] {
        let r = s.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        assert!(r.json().is_object() || r.json().is_array(), "{path}");
    }
    let docs = s.json("/api/documents?limit=2");
    assert_eq!(docs["items"].as_array().unwrap().len(), 2);
    let next = docs["next"].as_str().unwrap();
    let more = s.json(&format!("/api/documents?limit=2&after={next}"));
    assert_ne!(more["items"][0]["id"], docs["items"][0]["id"]);
    let search = s.json("/api/search?q=Lavrov");
    assert!(!search["events"]["items"].as_array().unwrap().is_empty());
    let map = s.json("/api/map");
    assert!(map["places"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Islamabad"));
}

#[test]
fn errors_are_json_with_a_reason() {
    let (_d, s) = server(10);
    for (path, status, needle) in [
        ("/api/events?actr=RUS", 400, "unknown parameter"),
        ("/api/events?since=2024&until=2023", 400, "after"),
        ("/api/events?actor=RUS.XYZ", 400, "unknown sector"),
        (
            "/api/events?actor=RUS.XYZ&format=csv",
            400,
            "unknown sector",
        ),
        ("/api/events?after=garbage", 400, "cursor"),
        ("/api/events?fields=nope", 400, "unknown field"),
        ("/api/events?limit=100000", 400, "limit"),
        ("/api/relations?source=RUS", 400, "target is required"),
        (
            "/api/relations?source=RUS&target=PAK&period=fortnight",
            400,
            "unknown period",
        ),
        (
            "/api/relations?source=RUS&target=PAK&quads=mine",
            400,
            "unknown quad mapping",
        ),
        ("/api/network?level=galaxy", 400, "unknown level"),
        ("/api/documents/no-such-doc", 404, "not found"),
        ("/api/nothing-here", 404, "no such endpoint"),
    ] {
        let r = s.get(path);
        assert_eq!(r.status, status, "{path}: {}", r.text());
        assert_eq!(r.header("content-type"), Some("application/json"), "{path}");
        let v = r.json();
        assert!(v["error"].as_str().unwrap().contains(needle), "{path}: {v}");
        assert_eq!(v["status"], status);
        assert_eq!(
            r.header("content-security-policy"),
            Some("default-src 'self'"),
            "{path}"
        );
    }
    let page = s.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-security-policy"),
        Some("default-src 'self'")
    );
    assert!(page.text().contains("/assets/js/app.js"));
}

/// An actor parameter that names nothing is a 404 naming the parameter and the value — the
/// check `dyad relations` makes — never an empty 200; the OpenAPI description says so.
#[test]
fn unknown_actors_are_named() {
    let (_d, s) = server(10);
    for (path, needle) in [
        (
            "/api/relations?source=XXX&target=PAK",
            "source \"XXX\": XXX is not a country or actor code dyad knows",
        ),
        (
            "/api/relations?source=RUS&target=Nobody%20Anywhere&period=week",
            "target \"Nobody Anywhere\" is not an actor code",
        ),
        ("/api/timeline/XXX", "actor \"XXX\": XXX is not a country"),
        (
            "/api/timeline/Nobody%20Anywhere",
            "actor \"Nobody Anywhere\" is not an actor code",
        ),
        ("/api/events?actor=RUS&actor=XXX", "actor \"XXX\""),
        ("/api/events?actor=XXX&format=csv", "actor \"XXX\""),
        (
            "/api/events?actor=Nobody%20Anywhere&dedup=1",
            "Nobody Anywhere",
        ),
        ("/api/dyads?actor=XXX", "actor \"XXX\""),
        ("/api/network?actor=XXX", "actor \"XXX\""),
        ("/api/map?actor=XXX", "actor \"XXX\""),
        ("/api/quotes?about=XXX", "about \"XXX\""),
        (
            "/api/quotes?speaker=XXX",
            "speaker \"XXX\": XXX is not a country",
        ),
        (
            "/api/quotes?speaker=Nobody%20Anywhere&format=csv",
            "speaker \"Nobody Anywhere\" is not an actor code",
        ),
        (
            "/api/relations/events?source=XXX&target=PAK&at=2024-01-01",
            "source \"XXX\"",
        ),
    ] {
        let r = s.get(path);
        assert_eq!(r.status, 404, "{path}: {}", r.text());
        let v = r.json();
        assert!(v["error"].as_str().unwrap().contains(needle), "{path}: {v}");
        assert_eq!(v["status"], 404);
    }
    // Malformed stays a 400.
    let r = s.get("/api/relations?source=RUS.XYZ&target=PAK");
    assert_eq!(r.status, 400, "{}", r.text());
    // A name in any script resolves to the entity the command line finds.
    // (The generated store's Lavrov carries another id than the knowledge base's.)
    let by_name = s.json(
        "/api/relations?source=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2&target=PAK.GOV&period=month",
    );
    assert_eq!(by_name["source"], "sergey-lavrov", "Лавров");
    let stored = s.json("/api/relations?source=Q80137&target=PAK.GOV&period=month");
    assert_eq!(stored["source"], "Q80137", "an id only the store knows");
    assert_eq!(stored["total"]["events"], 1);
    // A speaker only quotes name is known.
    let quoted = s.json("/api/quotes?speaker=Q-evil2");
    assert_eq!(quoted["items"].as_array().unwrap().len(), 1, "{quoted}");
    // A known country with no events is a series of no events, not an error.
    let fiji = s.get("/api/relations?source=FJI&target=PAK");
    assert_eq!(fiji.status, 200, "{}", fiji.text());
    let api = s.json("/api/openapi.json");
    for path in [
        "/api/relations",
        "/api/relations/events",
        "/api/events",
        "/api/dyads",
        "/api/network",
        "/api/quotes",
        "/api/map",
        "/api/timeline/{actor}",
    ] {
        assert_eq!(
            api["paths"][path]["get"]["responses"]["404"]["$ref"],
            "#/components/responses/UnknownActor",
            "{path}"
        );
    }
}

/// Writes generated documents, slowly, in many transactions: an ingest that takes a while.
struct Slow;

impl Ingest for Slow {
    fn ingest(
        &self,
        store: &mut AnyStore,
        body: &[u8],
        kind: InputKind,
        meta: &DocMeta,
    ) -> Result<IngestReport, String> {
        assert_eq!(kind, InputKind::Text);
        assert_eq!(meta.id.as_deref(), Some("x1"));
        let n: usize = std::str::from_utf8(body).unwrap().trim().parse().unwrap();
        let mut report = IngestReport::default();
        let docs: Vec<_> = Generator::new(99).take(n).collect();
        for chunk in docs.chunks(50) {
            let s = store.write_batch(chunk).map_err(|e| e.to_string())?;
            report.inserted += s.inserted;
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Ok(report)
    }
}

#[test]
fn writing_needs_the_token_and_reads_go_on_while_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    fill(&db, 50);
    // Without a token the server only reads.
    let s = Server::start(config(&db));
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", "text/plain")],
        b"5",
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("--token"));
    drop(s);

    let mut c = config(&db);
    c.token = Some("s3cret".into());
    c.ingest = Some(Arc::new(Slow));
    c.rate_limit = 100_000; // this test reads as fast as it can
    let s = Server::start(c);
    let post = |auth: Option<&str>, body: &[u8]| {
        let mut h = vec![("Content-Type", "text/plain")];
        let bearer;
        if let Some(t) = auth {
            bearer = format!("Bearer {t}");
            h.push(("Authorization", bearer.as_str()));
        }
        request(s.addr, "POST", "/api/documents?id=x1", &h, body)
    };
    assert_eq!(post(None, b"5").status, 401);
    assert_eq!(post(Some("wrong"), b"5").status, 401);
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[
            ("Content-Type", "image/png"),
            ("Authorization", "Bearer s3cret"),
        ],
        b"x",
    );
    assert_eq!(r.status, 415);

    let before = s.json("/api/summary")["documents"].as_u64().unwrap();
    let addr = s.addr;
    let writer = std::thread::spawn(move || {
        let r = request(
            addr,
            "POST",
            "/api/documents?id=x1",
            &[
                ("Content-Type", "text/plain"),
                ("Authorization", "Bearer s3cret"),
            ],
            b"1000",
        );
        (r.status, r.json())
    });
    // Reads answer while the ingest holds the writer.
    let mut reads = 0;
    while !writer.is_finished() {
        let r = s.get("/api/events?limit=5");
        assert_eq!(r.status, 200);
        reads += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let (status, report) = writer.join().unwrap();
    assert_eq!(status, 201, "{report}");
    assert_eq!(report["inserted"], 1000);
    assert!(reads > 3, "only {reads} reads during the ingest");
    let after = s.json("/api/summary")["documents"].as_u64().unwrap();
    assert_eq!(after, before + 1000);
}

#[test]
fn bodies_are_capped_and_clients_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.db");
    fill(&db, 5);
    let mut c = config(&db);
    c.token = Some("t".into());
    c.ingest = Some(Arc::new(Slow));
    c.body_limit = 1000;
    c.rate_limit = 5;
    let s = Server::start(c);
    let big = vec![b'1'; 5000];
    let r = request(
        s.addr,
        "POST",
        "/api/documents?id=x1",
        &[
            ("Content-Type", "text/plain"),
            ("Authorization", "Bearer t"),
        ],
        &big,
    );
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("1000 bytes"));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let statuses: Vec<u16> = (0..12).map(|_| s.get("/api/meta").status).collect();
    assert!(
        statuses.iter().filter(|c| **c == 200).count() >= 5,
        "{statuses:?}"
    );
    let limited = s.get("/api/meta");
    assert_eq!(limited.status, 429, "{statuses:?}");
    assert_eq!(limited.header("retry-after"), Some("1"));
    assert!(limited.json()["error"]
        .as_str()
        .unwrap()
        .contains("too many"));
    assert_eq!(
        limited.header("content-security-policy"),
        Some("default-src 'self'"),
        "refusals carry the policy too"
    );
}

#[test]
fn methods_a_route_lacks_are_405_not_401() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    fill(&db, 5);
    let mut c = config(&db);
    c.token = Some("t".into());
    let s = Server::start(c);
    for (method, path) in [
        ("DELETE", "/api/documents"),
        ("DELETE", "/api/events"),
        ("PUT", "/api/documents/visit-a"),
        ("POST", "/api/events"),
    ] {
        let r = request(s.addr, method, path, &[], b"");
        assert_eq!(r.status, 405, "{method} {path}: {}", r.text());
        assert!(r.json()["error"].as_str().unwrap().contains("not allowed"));
        assert_eq!(
            r.header("content-security-policy"),
            Some("default-src 'self'")
        );
    }
    // The route that writes still asks for the token.
    let r = request(s.addr, "POST", "/api/documents", &[], b"x");
    assert_eq!(r.status, 401, "{}", r.text());
}

#[test]
fn other_addresses_need_the_token_to_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("o.db");
    fill(&db, 5);
    let mut c = config(&db);
    c.addr = std::net::SocketAddr::from(([0, 0, 0, 0], 0));
    let rt = tokio::runtime::Runtime::new().unwrap();
    assert!(
        matches!(
            rt.block_on(dyad_server::start(c.clone())),
            Err(dyad_server::ServerError::NoToken(_))
        ),
        "no token, no serving beyond loopback"
    );
    c.token = Some("k".into());
    let s = Server::start(c);
    let local = std::net::SocketAddr::from(([127, 0, 0, 1], s.addr.port()));
    assert_eq!(request(local, "GET", "/api/meta", &[], b"").status, 401);
    let ok = request(
        local,
        "GET",
        "/api/meta",
        &[("Authorization", "Bearer k")],
        b"",
    );
    assert_eq!(ok.status, 200);
    // The dashboard's files are open; its data is not.
    assert_eq!(request(local, "GET", "/", &[], b"").status, 200);
}

#[test]
fn post_runs_the_same_pipeline_as_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    fill(&db, 5);
    let mut c = config(&db);
    c.token = Some("t".into());
    c.ingest = Some(Arc::new(dyad_server::PipelineIngest::new()));
    let s = Server::start(c);
    let body = concat!(
        r#"{"id":"iran-pak","text":"Iran accused Pakistan of sheltering militants on January 17, 2024.","published":"2024-01-17"}"#,
        "\nnot json\n"
    );
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[
            ("Content-Type", "application/jsonl"),
            ("Authorization", "Bearer t"),
        ],
        body.as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let report = r.json();
    assert_eq!(
        (report["inserted"].as_u64(), report["unreadable"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(
        report["errors"][0]
            .as_str()
            .unwrap()
            .contains("request.jsonl"),
        "{report}"
    );
    let ev = s.json("/api/events?actor=IRN&actor=PAK&directed=1");
    assert_eq!(ev["items"][0]["type"], "ACCUSE", "{ev}");
    assert_eq!(ev["items"][0]["doc_id"], "iran-pak");
}
