//! The routes and their handlers. Each handler parses its parameters (unknown ones refused),
//! reads through the store's read API or the relations model on a blocking thread, and answers
//! JSON; listings are keyset pages (`next` is the `after` of the following page).

use crate::error::ApiError;
use crate::export::{self, Format};
use crate::params::{Params, EVENT_FILTERS};
use crate::{assets, guard, openapi, DocMeta, InputKind, State};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State as Extract};
use axum::handler::Handler;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dyad_relations::{Level, Model, NetworkQuery, Period, SeriesQuery, TimelineQuery};
use dyad_store::{DocQuery, EventCursor, EventQuery, EventRow, QuoteQuery, ReadStore};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

type Res = Result<Response, ApiError>;

/// Every API path, as routed and as described in `/api/openapi.json` (a test keeps them equal).
pub const API_PATHS: &[&str] = &[
    "/api/openapi.json",
    "/api/meta",
    "/api/summary",
    "/api/volume",
    "/api/documents",
    "/api/documents/{id}",
    "/api/events",
    "/api/actors",
    "/api/relations",
    "/api/relations/events",
    "/api/dyads",
    "/api/network",
    "/api/timeline/{actor}",
    "/api/quotes",
    "/api/search",
    "/api/map",
];

pub fn router(state: Arc<State>) -> Router {
    let limit = state.body_limit;
    Router::new()
        .route("/", get(|| async { assets::respond("index.html") }))
        .route(
            "/assets/{*path}",
            get(|Path(p): Path<String>| async move { assets::respond(&p) }),
        )
        .route(
            "/favicon.ico",
            get(|| async { StatusCode::NO_CONTENT.into_response() }),
        )
        .route(
            "/api/openapi.json",
            get(|| async { Json(openapi::openapi()) }),
        )
        .route("/api/meta", get(meta))
        .route("/api/summary", get(summary))
        .route("/api/volume", get(volume))
        .route(
            "/api/documents",
            // Only the POST needs the token: other methods get a 405.
            get(documents).post(ingest.layer(axum::middleware::from_fn_with_state(
                state.clone(),
                guard::writer,
            ))),
        )
        .route("/api/documents/{id}", get(document))
        .route("/api/events", get(events))
        .route("/api/actors", get(actors))
        .route("/api/relations", get(relations))
        .route("/api/relations/events", get(relation_events))
        .route("/api/dyads", get(dyads))
        .route("/api/network", get(network))
        .route("/api/timeline/{actor}", get(timeline))
        .route("/api/quotes", get(quotes))
        .route("/api/search", get(search))
        .route("/api/map", get(map))
        .fallback(not_found)
        .method_not_allowed_fallback(not_allowed)
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::check,
        ))
        .with_state(state)
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no such endpoint: {}", uri.path()),
        )
        .into_response()
    } else {
        (StatusCode::NOT_FOUND, "not found").into_response()
    }
}

async fn not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}", uri.path()),
    )
    .into_response()
}

fn ok(v: impl serde::Serialize) -> Res {
    Ok(Json(v).into_response())
}

fn model(p: &Params) -> Result<Model, ApiError> {
    Ok(Model::builtin(p.get("quads"))?)
}

async fn meta(RawQuery(raw): RawQuery) -> Res {
    Params::parse(raw.as_deref(), &[])?;
    ok(json!({
        "event_types": dyad_core::EventType::ALL.iter().map(|t| json!({"type": t.as_str(), "quad": t.quad()})).collect::<Vec<_>>(),
        "periods": Period::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        "levels": ["country", "actor", "entity"],
        "quads": dyad_relations::QuadMap::names(),
        "scores": dyad_relations::SCORES_VERSION,
        "event_fields": export::EVENT_FIELDS,
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

async fn summary(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    Params::parse(raw.as_deref(), &[])?;
    let (s, days) = st
        .read(|store| Ok((store.summary()?, store.published_days()?)))
        .await?;
    let first = days.iter().map(|d| d.0).min();
    let last = days.iter().map(|d| d.1).max();
    let mut v = serde_json::to_value(&s).map_err(ApiError::internal)?;
    v["published_first"] = json!(first);
    v["published_last"] = json!(last);
    ok(v)
}

async fn volume(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(raw.as_deref(), &[&["period"]])?;
    let period: Period = p.parsed("period")?.unwrap_or(Period::Day);
    let rows = st.read(|store| Ok(store.volume()?)).await?;
    let mut langs: BTreeMap<String, u64> = BTreeMap::new();
    let mut by: BTreeMap<jiff::civil::Date, BTreeMap<String, u64>> = BTreeMap::new();
    let mut undated = 0;
    for r in rows {
        *langs.entry(r.language.clone()).or_default() += r.documents;
        match r.day {
            Some(d) => {
                *by.entry(period.start(d))
                    .or_default()
                    .entry(r.language)
                    .or_default() += r.documents
            }
            None => undated += r.documents,
        }
    }
    let mut out = Vec::new();
    if let (Some(&first), Some(&last)) = (by.keys().next(), by.keys().next_back()) {
        let mut s = first;
        while s <= last && out.len() < dyad_relations::MAX_PERIODS {
            let counts = by.get(&s).cloned().unwrap_or_default();
            let total: u64 = counts.values().sum();
            out.push(json!({"start": s, "label": period.label(s), "total": total, "by_language": counts}));
            s = match period.next(s) {
                Some(n) => n,
                None => break,
            };
        }
    }
    let mut languages: Vec<(String, u64)> = langs.into_iter().collect();
    languages.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ok(
        json!({"period": period, "languages": languages.iter().map(|l| &l.0).collect::<Vec<_>>(), "rows": out, "undated": undated}),
    )
}

/// A keyset page: `limit` of the `limit + 1` rows read, and the cursor of the last shown when
/// there are more.
fn page<T>(
    mut items: Vec<T>,
    limit: usize,
    cursor: impl Fn(&T) -> String,
    show: impl Fn(&T) -> Value,
) -> Value {
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(cursor)
    } else {
        None
    };
    let items: Vec<Value> = items.iter().map(show).collect();
    json!({"items": items, "next": next})
}

/// `after=` as the JSON sort key a listing's `next` gave.
fn json_cursor<T: serde::de::DeserializeOwned>(p: &Params) -> Result<Option<T>, ApiError> {
    p.get("after")
        .map(|a| {
            serde_json::from_str(a)
                .map_err(|_| ApiError::bad(format!("after={a:?} is not a page cursor")))
        })
        .transpose()
}

fn shown<T: serde::Serialize>(r: &T) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

async fn documents(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[&[
            "lang", "q", "since", "until", "limit", "after", "fields", "format",
        ]],
    )?;
    let (since, until) = p.range()?;
    let fields = export::select(&p.all("fields"), export::DOC_FIELDS)?;
    let mut q = DocQuery {
        languages: p.all("lang"),
        text: p.get("q").map(str::to_string),
        since,
        until,
        after: p.num("after")?,
        limit: None,
    };
    if let Some(f) = Format::parse(p.get("format"))? {
        let (limit, page) = (p.num("limit")?, st.export_page);
        let keep = fields.clone();
        let scan: export::Scan = Arc::new(move |store, emit| {
            export::paged(
                page,
                limit,
                q.after,
                |after, n, f| {
                    let q = DocQuery {
                        after,
                        limit: Some(n),
                        ..q.clone()
                    };
                    store.scan_documents(&q, f)
                },
                |r| r.row,
                &mut |r| emit(export::project(&r, &keep)),
            )
        });
        return export::stream(st, "documents", fields, f, scan).await;
    }
    let limit = p.limit(50, 1000)?;
    q.limit = Some(limit + 1);
    let rows = st
        .read(move |store| {
            let mut v = Vec::new();
            store.scan_documents(&q, &mut |r| {
                v.push(r);
                true
            })?;
            Ok(v)
        })
        .await?;
    ok(page(
        rows,
        limit,
        |r| r.row.to_string(),
        |r| export::project(r, &fields),
    ))
}

async fn document(
    Extract(st): Extract<Arc<State>>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Res {
    Params::parse(raw.as_deref(), &[])?;
    let doc = st.read(move |store| Ok(store.document(&id)?)).await?;
    ok(doc)
}

async fn ingest(
    Extract(st): Extract<Arc<State>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[&["format", "id", "url", "title", "source", "published"]],
    )?;
    let body = body.map_err(|e| {
        let status = e.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                format!("request body over the limit of {} bytes", st.body_limit),
            )
        } else {
            ApiError::new(status, e.body_text())
        }
    })?;
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let kind = match (p.get("format"), ct.split(';').next().unwrap_or("").trim()) {
        (Some("jsonl"), _) | (None, "application/jsonl" | "application/x-ndjson" | "application/jsonlines") => InputKind::Jsonl,
        (Some("html"), _) | (None, "text/html") => InputKind::Html,
        (Some("text"), _) | (None, "text/plain") => InputKind::Text,
        (Some(f), _) => return Err(ApiError::bad(format!("format={f:?}: jsonl, text or html"))),
        (None, other) => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("Content-Type {other:?}: send application/jsonl, text/plain or text/html (or format=)"),
            ))
        }
    };
    if body.is_empty() {
        return Err(ApiError::bad("empty body"));
    }
    let Some(ingestor) = st.ingest.clone() else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "this server was started without the pipeline; ingest is unavailable",
        ));
    };
    let meta = DocMeta {
        id: p.get("id").map(str::to_string),
        url: p.get("url").map(str::to_string),
        title: p.get("title").map(str::to_string),
        source: p.get("source").map(str::to_string),
        published: p.get("published").map(str::to_string),
    };
    let st2 = st.clone();
    let report = tokio::task::spawn_blocking(move || {
        let mut guard = st2.writer.lock().map_err(ApiError::internal)?;
        if guard.is_none() {
            *guard = Some(dyad_store::AnyStore::open(&st2.db).map_err(ApiError::internal)?);
        }
        let store = guard
            .as_mut()
            .ok_or_else(|| ApiError::internal("no writer"))?;
        ingestor
            .ingest(store, &body, kind, &meta)
            .map_err(ApiError::internal)
    })
    .await
    .map_err(ApiError::internal)??;
    let status = if report.inserted > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(report)).into_response())
}

async fn events(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[
            EVENT_FILTERS,
            &["limit", "after", "order", "fields", "format"],
        ],
    )?;
    let mut q = p.event_query()?;
    q.newest_first = match p.get("order") {
        None | Some("newest") => true,
        Some("oldest") => false,
        Some(o) => return Err(ApiError::bad(format!("order={o:?}: newest or oldest"))),
    };
    q.after = p.parsed::<EventCursor>("after")?;
    let fields = export::fields(&p.all("fields"))?;
    q.actors = st.actors("actor", q.actors).await?;
    if let Some(f) = Format::parse(p.get("format"))? {
        let (limit, page) = (p.num("limit")?, st.export_page);
        let keep = fields.clone();
        let scan: export::Scan = Arc::new(move |store, emit| {
            export::paged(
                page,
                limit,
                q.after,
                |after, n, f| {
                    let q = EventQuery {
                        after,
                        limit: Some(n),
                        ..q.clone()
                    };
                    store.scan_event_rows(&q, f)
                },
                EventRow::cursor,
                &mut |r| emit(export::object(&r, &keep)),
            )
        });
        return export::stream(st, "events", fields, f, scan).await;
    }
    let limit = p.limit(50, 1000)?;
    q.limit = Some(limit + 1);
    let rows = st
        .read(move |store| {
            let mut v = Vec::new();
            store.scan_event_rows(&q, &mut |r| {
                v.push(r);
                true
            })?;
            Ok(v)
        })
        .await?;
    let next = (rows.len() > limit).then(|| rows[limit - 1].cursor().to_string());
    let items: Vec<Value> = rows
        .iter()
        .take(limit)
        .map(|r| export::object(r, &fields))
        .collect();
    ok(json!({"items": items, "next": next}))
}

async fn actors(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(raw.as_deref(), &[&["limit", "q", "after"]])?;
    let limit = p.limit(100, 10_000)?;
    // The cursor is the last row's sort key as JSON: [-mentions, -documents, id].
    let after = json_cursor::<(i64, i64, String)>(&p)?.map(|(m, d, id)| dyad_store::ActorCursor {
        mentions: m.unsigned_abs(),
        documents: d.unsigned_abs(),
        id,
    });
    let q = dyad_store::ActorQuery {
        text: p.get("q").map(str::to_string),
        after,
        limit: Some(limit + 1),
    };
    let rows = st
        .read(move |store| {
            let mut rows = Vec::new();
            store.scan_actors(&q, &mut |r| {
                rows.push(r);
                true
            })?;
            Ok(rows)
        })
        .await?;
    // The store's order: most mentioned, then most documents, then by id.
    let key = |a: &dyad_store::ActorRow| {
        serde_json::to_string(&(-(a.mentions as i64), -(a.documents as i64), &a.id))
            .unwrap_or_default()
    };
    ok(page(rows, limit, key, shown))
}

const RELATION_FILTERS: &[&str] = &["since", "until", "min_confidence", "type", "quads"];

async fn relations(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[RELATION_FILTERS, &["source", "target", "period", "both"]],
    )?;
    let q = series_query(&st, &p).await?;
    let m = model(&p)?;
    let s = st
        .read(move |store| Ok(dyad_relations::dyad_series(store, &q, &m)?))
        .await?;
    ok(s)
}

/// The series query of `/api/relations` and `/api/relations/events` (same parameters).
async fn series_query(st: &Arc<State>, p: &Params) -> Result<SeriesQuery, ApiError> {
    let need = |k: &str| {
        p.get(k).map(str::to_string).ok_or_else(|| {
            ApiError::bad(format!(
                "{k} is required (an actor code, entity id or name)"
            ))
        })
    };
    let (since, until) = p.range()?;
    Ok(SeriesQuery {
        source: st.actor("source", need("source")?).await?,
        target: st.actor("target", need("target")?).await?,
        directed: !p.flag("both")?,
        period: p.parsed("period")?.unwrap_or(Period::Month),
        since,
        until,
        min_confidence: p.num("min_confidence")?,
        types: p.types()?,
    })
}

/// The events one period of a dyad's series counts, with their evidence: the series' own
/// fold, so that the dashboard's evidence for a point lists exactly the point's events.
async fn relation_events(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[
            RELATION_FILTERS,
            &[
                "source", "target", "period", "both", "at", "limit", "after", "fields",
            ],
        ],
    )?;
    let q = series_query(&st, &p).await?;
    let at: jiff::civil::Date = p
        .parsed("at")?
        .ok_or_else(|| ApiError::bad("at is required (a day of the period, YYYY-MM-DD)"))?;
    let after = p.parsed::<EventCursor>("after")?;
    let limit = p.limit(50, 1000)?;
    let fields = export::fields(&p.all("fields"))?;
    let page = st
        .read(move |store| Ok(dyad_relations::period_events(store, &q, at, after, limit)?))
        .await?;
    let items: Vec<Value> = page
        .items
        .iter()
        .map(|r| export::object(r, &fields))
        .collect();
    ok(json!({
        "start": page.start,
        "end": page.end,
        "label": page.label,
        "events": page.events,
        "items": items,
        "next": page.next.map(|c| c.to_string()),
    }))
}

fn network_query(p: &Params, default_limit: usize) -> Result<NetworkQuery, ApiError> {
    let (since, until) = p.range()?;
    Ok(NetworkQuery {
        since,
        until,
        level: p.parsed::<Level>("level")?.unwrap_or(Level::Country),
        actors: p.all("actor"),
        types: p.types()?,
        min_confidence: p.num("min_confidence")?,
        limit: p.limit(default_limit, 5000)?,
    })
}

async fn dyads(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[
            RELATION_FILTERS,
            &["period", "level", "limit", "actor", "after"],
        ],
    )?;
    let mut q = network_query(&p, 20)?;
    q.actors = st.actors("actor", q.actors).await?;
    let limit = q.limit;
    // The cursor is the last row's rank as JSON: [-events, source, target].
    let after = json_cursor::<(i64, String, String)>(&p)?.map(|(events, source, target)| {
        dyad_relations::DyadKey {
            events: events.unsigned_abs(),
            source,
            target,
        }
    });
    q.limit = limit + 1;
    let period: Period = p.parsed("period")?.unwrap_or(Period::Month);
    let m = model(&p)?;
    let rows = st
        .read(move |store| {
            Ok(dyad_relations::dyads_after(
                store,
                &q,
                period,
                &m,
                after.as_ref(),
            )?)
        })
        .await?;
    let key = |d: &dyad_relations::DyadSummary| {
        serde_json::to_string(&(-(d.events as i64), &d.source, &d.target)).unwrap_or_default()
    };
    ok(page(rows, limit, key, shown))
}

async fn network(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[RELATION_FILTERS, &["level", "limit", "actor"]],
    )?;
    let mut q = network_query(&p, 200)?;
    q.actors = st.actors("actor", q.actors).await?;
    let m = model(&p)?;
    let n = st
        .read(move |store| Ok(dyad_relations::network(store, &q, &m)?))
        .await?;
    ok(n)
}

async fn timeline(
    Extract(st): Extract<Arc<State>>,
    Path(actor): Path<String>,
    RawQuery(raw): RawQuery,
) -> Res {
    let p = Params::parse(raw.as_deref(), &[RELATION_FILTERS, &["period"]])?;
    let (since, until) = p.range()?;
    let q = TimelineQuery {
        actor: st.actor("actor", actor).await?,
        period: p.parsed("period")?.unwrap_or(Period::Month),
        since,
        until,
        types: p.types()?,
        min_confidence: p.num("min_confidence")?,
    };
    let m = model(&p)?;
    let t = st
        .read(move |store| Ok(dyad_relations::timeline(store, &q, &m)?))
        .await?;
    ok(t)
}

async fn quotes(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(
        raw.as_deref(),
        &[&[
            "about", "speaker", "q", "since", "until", "limit", "after", "fields", "format",
        ]],
    )?;
    let (since, until) = p.range()?;
    let fields = export::select(&p.all("fields"), export::QUOTE_FIELDS)?;
    let about = match p.get("about") {
        Some(a) => Some(st.actor("about", a.to_string()).await?),
        None => None,
    };
    let speaker = match p.get("speaker") {
        Some(a) => Some(st.actor("speaker", a.to_string()).await?),
        None => None,
    };
    let mut q = QuoteQuery {
        speaker,
        about,
        text: p.get("q").map(str::to_string),
        since,
        until,
        after: p.num("after")?,
        limit: None,
    };
    if let Some(f) = Format::parse(p.get("format"))? {
        let (limit, page) = (p.num("limit")?, st.export_page);
        let keep = fields.clone();
        let scan: export::Scan = Arc::new(move |store, emit| {
            export::paged(
                page,
                limit,
                q.after,
                |after, n, f| {
                    let q = QuoteQuery {
                        after,
                        limit: Some(n),
                        ..q.clone()
                    };
                    store.scan_quotes(&q, f)
                },
                |r| r.row,
                &mut |r| emit(export::project(&r, &keep)),
            )
        });
        return export::stream(st, "quotes", fields, f, scan).await;
    }
    let limit = p.limit(50, 1000)?;
    q.limit = Some(limit + 1);
    let rows = st
        .read(move |store| {
            let mut v = Vec::new();
            store.scan_quotes(&q, &mut |r| {
                v.push(r);
                true
            })?;
            Ok(v)
        })
        .await?;
    ok(page(
        rows,
        limit,
        |r| r.row.to_string(),
        |r| export::project(r, &fields),
    ))
}

async fn search(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(raw.as_deref(), &[&["q", "limit", "in", "after"]])?;
    let text = p
        .get("q")
        .map(str::to_string)
        .ok_or_else(|| ApiError::bad("q is required"))?;
    let limit = p.limit(20, 200)?;
    let (docs, events) = match p.get("in") {
        None => (true, true),
        Some("documents") => (true, false),
        Some("events") => (false, true),
        Some(o) => return Err(ApiError::bad(format!("in={o:?}: documents or events"))),
    };
    let after = p.get("after").map(str::to_string);
    if after.is_some() && docs == events {
        return Err(ApiError::bad(
            "after= continues one list: give in=documents or in=events with it",
        ));
    }
    let doc_after = if docs {
        after
            .as_deref()
            .map(|a| {
                a.parse::<i64>()
                    .map_err(|_| ApiError::bad(format!("after={a:?} is not a page cursor")))
            })
            .transpose()?
    } else {
        None
    };
    let event_after = if events {
        p.parsed::<EventCursor>("after")?
    } else {
        None
    };
    let out = st
        .read(move |store| {
            let mut out = serde_json::Map::new();
            if docs {
                let mut rows = Vec::new();
                store.scan_documents(
                    &DocQuery {
                        text: Some(text.clone()),
                        after: doc_after,
                        limit: Some(limit + 1),
                        ..Default::default()
                    },
                    &mut |r| {
                        rows.push(r);
                        true
                    },
                )?;
                out.insert(
                    "documents".into(),
                    page(rows, limit, |r| r.row.to_string(), shown),
                );
            }
            if events {
                let mut rows = Vec::new();
                store.scan_event_rows(
                    &dyad_store::EventQuery {
                        text: Some(text),
                        dedup: true,
                        newest_first: true,
                        after: event_after,
                        limit: Some(limit + 1),
                        ..Default::default()
                    },
                    &mut |r| {
                        rows.push(r);
                        true
                    },
                )?;
                let fields = export::EVENT_FIELDS;
                out.insert(
                    "events".into(),
                    page(
                        rows,
                        limit,
                        |r| r.cursor().to_string(),
                        |r| export::object(r, fields),
                    ),
                );
            }
            Ok(Value::Object(out))
        })
        .await?;
    ok(out)
}

async fn map(Extract(st): Extract<Arc<State>>, RawQuery(raw): RawQuery) -> Res {
    let p = Params::parse(raw.as_deref(), &[EVENT_FILTERS, &["quads", "limit"]])?;
    let mut q = p.event_query()?;
    q.actors = st.actors("actor", q.actors).await?;
    let limit = p.limit(2000, 20_000)?;
    let m = model(&p)?;
    let out = st
        .read(move |store| {
            #[derive(Default, serde::Serialize)]
            struct Place {
                name: String,
                country: Option<String>,
                lat: f64,
                lon: f64,
                events: u64,
                by_quad: [u64; 4],
            }
            #[derive(Default, serde::Serialize)]
            struct Country {
                events: u64,
                as_source: u64,
                as_target: u64,
                located: u64,
                net_cooperation: i64,
            }
            // One report per real-world event: the store's standing report, else the most
            // confident, the first stored among equals (as the relations model folds), so
            // that the map does not depend on the order a backend reads reports in.
            let rank = |f: &dyad_store::EventFact| (f.standing, f.confidence, std::cmp::Reverse(f.row));
            let mut events: HashMap<i64, dyad_store::EventFact> = HashMap::new();
            store.scan_facts(&q, &mut |f| {
                match events.get(&f.folded) {
                    Some(e) if rank(e) >= rank(&f) => {}
                    _ => {
                        events.insert(f.folded, f);
                    }
                }
                true
            })?;
            let mut places: HashMap<String, Place> = HashMap::new();
            let mut countries: BTreeMap<String, Country> = BTreeMap::new();
            for f in events.into_values() {
                let quad = m.quads.quad(f.kind);
                let sign = if quad <= 2 { 1 } else { -1 };
                let mut involved = Vec::new();
                if let Some(s) = f.source {
                    let c = countries.entry(s.country.to_string()).or_default();
                    c.as_source += 1;
                    involved.push(s.country);
                }
                if let Some(t) = f.target {
                    let c = countries.entry(t.country.to_string()).or_default();
                    c.as_target += 1;
                    involved.push(t.country);
                }
                involved.sort();
                involved.dedup();
                for c in involved {
                    let c = countries.entry(c.to_string()).or_default();
                    c.events += 1;
                    c.net_cooperation += sign;
                }
                if let Some(c) = f.location_country {
                    countries.entry(c.to_string()).or_default().located += 1;
                }
                if let (Some(lat), Some(lon), Some(name)) = (f.lat, f.lon, f.location_name.as_ref()) {
                    let key = format!("{name}|{lat:.3}|{lon:.3}");
                    let pl = places.entry(key).or_insert_with(|| Place {
                        name: name.clone(),
                        country: f.location_country.map(|c| c.to_string()),
                        lat,
                        lon,
                        ..Default::default()
                    });
                    pl.events += 1;
                    pl.by_quad[usize::from(quad.clamp(1, 4) - 1)] += 1;
                }
            }
            let mut places: Vec<Place> = places.into_values().collect();
            places.sort_by(|a, b| {
                b.events
                    .cmp(&a.events)
                    .then_with(|| a.name.cmp(&b.name))
                    .then_with(|| a.lat.total_cmp(&b.lat))
                    .then_with(|| a.lon.total_cmp(&b.lon))
            });
            let more = places.len().saturating_sub(limit);
            places.truncate(limit);
            Ok(json!({"quads": m.quads.name, "countries": countries, "places": places, "more_places": more}))
        })
        .await?;
    ok(out)
}
