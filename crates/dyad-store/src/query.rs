//! Reading the store: events by actor, type, date and confidence; the actors seen; a summary;
//! the JSONL export.
//!
//! Every event listing goes through one filter ([`EventQuery`]) and one scan that streams rows
//! to a callback in a fixed order — dated events by (first day, last day, row), then undated
//! ones by row — so a page can start after any row ([`EventCursor`], keyset pagination) without
//! counting the rows before it.

use crate::sql::{get, limit, text, Cols, ColsExt, Db, DbExt};
use crate::{Store, StoreError};
use dyad_core::{ActorCode, Aux, Country, DatePrecision, DateValue, EventType, Sector};
use jiff::civil::Date;
use rusqlite::types::Value;
use serde::Serialize;
use std::fmt::Display;
use std::io::Write;
use std::str::FromStr;

/// How many dyads [`Summary::top_dyads`] lists.
const TOP_DYADS: usize = 10;

/// Which events to return. The default returns every event reported as having happened.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// Actor codes (`RUS`, `RUS.MIL`; `RUS` matches any Russian sector) or, for anything that
    /// is not a code, an entity's knowledge-base id or name (`Sergey Lavrov`).
    ///
    /// One actor: events where it is the source or the target. Two: events between them, in
    /// either direction (one is the source, the other the target). More: events in which each
    /// of them is the source or the target.
    pub actors: Vec<String>,
    /// With `directed`, the first actor must be the source and the second (if any) the target.
    pub directed: bool,
    /// Any of these types; empty for all.
    pub types: Vec<EventType>,
    /// Events whose date range (`date_first..=date_last`) overlaps `since..=until`. Either bound
    /// excludes undated events.
    pub since: Option<Date>,
    /// See `since`.
    pub until: Option<Date>,
    pub min_confidence: Option<f32>,
    /// Also return historical, future, hypothetical and negated events.
    pub include_aux: bool,
    pub limit: Option<usize>,
    pub offset: usize,
    /// One row per real-world event (the report standing for it, see `Store::link`), with
    /// its counts of reports, articles and sources; filters apply to that report.
    pub dedup: bool,
    /// Events whose evidence sentence contains this text (case-insensitive for ASCII letters).
    pub text: Option<String>,
    /// Events from documents in any of these languages (`en`, `ar`, `und` for undetected).
    pub languages: Vec<String>,
    /// Start after this row of the same query's previous page.
    pub after: Option<EventCursor>,
    /// Dated events newest first (undated ones still last).
    pub newest_first: bool,
    /// Only the reports of this folded event ([`EventRow::cluster`], or an id it absorbed).
    pub folded: Option<i64>,
    /// Only these reports (their [`EventRow::row`]s); empty for no such restriction.
    pub rows: Vec<i64>,
}

/// Where a page of events ends: the sort key of its last row. Opaque to users (`next` in the
/// API); its text form is `FIRST~LAST~ROW` for dated rows and `~~ROW` for undated ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventCursor {
    pub dated: Option<(Date, Date)>,
    pub row: i64,
}

impl std::fmt::Display for EventCursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.dated {
            Some((a, b)) => write!(f, "{a}~{b}~{}", self.row),
            None => write!(f, "~~{}", self.row),
        }
    }
}

impl FromStr for EventCursor {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, StoreError> {
        let bad = || StoreError::InvalidQuery(format!("{s:?} is not a page cursor"));
        let mut parts = s.split('~');
        let (a, b, row) = (parts.next(), parts.next(), parts.next());
        let (Some(a), Some(b), Some(row), None) = (a, b, row, parts.next()) else {
            return Err(bad());
        };
        let row = row.parse().map_err(|_| bad())?;
        let dated = match (a, b) {
            ("", "") => None,
            (a, b) => Some((a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?)),
        };
        Ok(EventCursor { dated, row })
    }
}

/// One stored event with the document it came from: flat, for JSON and CSV output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// The store's row number, for page cursors.
    #[serde(skip)]
    pub row: i64,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub mode: Option<String>,
    /// PLOVER contexts, comma-separated (`military,diplomatic`); empty for none.
    pub context: String,
    pub source_entity: Option<String>,
    pub source_name: Option<String>,
    pub source_country: Option<Country>,
    pub source_sector: Option<Sector>,
    pub target_entity: Option<String>,
    pub target_name: Option<String>,
    pub target_country: Option<Country>,
    pub target_sector: Option<Sector>,
    /// As written: `2021-09-29`, `2021-09`, `2021`, `1980s`.
    pub date_value: Option<DateValue>,
    /// The first and last day the date covers.
    pub date_first: Option<Date>,
    pub date_last: Option<Date>,
    pub date_precision: Option<DatePrecision>,
    /// `text` or `published`.
    pub date_from: Option<String>,
    pub location_name: Option<String>,
    pub location_country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub aux: Option<Aux>,
    pub quad: u8,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// The trigger phrase: byte offsets into the document text, like `start`/`end`.
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub confidence: f32,
    pub rule: String,
    pub cameo: Option<String>,
    /// The document's language (`und` when not detected).
    pub language: Option<String>,
    pub doc_id: String,
    pub doc_hash: String,
    pub doc_title: Option<String>,
    pub doc_url: Option<String>,
    pub doc_source: Option<String>,
    /// The document's publication date, as written.
    pub doc_published: Option<String>,
    /// The real-world event this report belongs to (its stable id); `None` until linked.
    pub cluster: Option<i64>,
    /// Distinct outlets reporting that event (syndicated copies count once, with the original).
    pub sources: u64,
    /// Reports of that event, and distinct articles (syndicated copies collapsed).
    pub reports: u64,
    pub articles: u64,
    /// When the document was stored (`2024-05-23T10:00:00Z`).
    pub doc_ingested_at: Option<String>,
}

impl EventRow {
    /// The cursor of a page ending at this row.
    pub fn cursor(&self) -> EventCursor {
        EventCursor {
            dated: self.date_first.zip(self.date_last),
            row: self.row,
        }
    }

    pub fn source_actor(&self) -> Option<ActorCode> {
        self.source_country
            .map(|c| ActorCode::new(c, self.source_sector))
    }

    pub fn target_actor(&self) -> Option<ActorCode> {
        self.target_country
            .map(|c| ActorCode::new(c, self.target_sector))
    }

    pub(crate) fn from_row(r: &dyn Cols) -> Result<EventRow, StoreError> {
        let date_first: Option<Date> = parsed(r, "date_first")?;
        let date_precision = match get_str(r, "date_precision")? {
            Some(p) => Some(precision(&p).ok_or_else(|| bad("date_precision", &p))?),
            None => None,
        };
        let aux = match get_str(r, "aux")? {
            Some(a) => Some(aux(&a).ok_or_else(|| bad("aux", &a))?),
            None => None,
        };
        Ok(EventRow {
            row: get(r, "row")?,
            id: get(r, "id")?,
            kind: parsed(r, "type")?.ok_or_else(|| bad("type", "NULL"))?,
            mode: get(r, "mode")?,
            context: get(r, "context")?,
            source_entity: get(r, "source_entity")?,
            source_name: get(r, "source_name")?,
            source_country: parsed(r, "source_country")?,
            source_sector: parsed(r, "source_sector")?,
            target_entity: get(r, "target_entity")?,
            target_name: get(r, "target_name")?,
            target_country: parsed(r, "target_country")?,
            target_sector: parsed(r, "target_sector")?,
            date_value: date_first
                .zip(date_precision)
                .map(|(d, precision)| DateValue {
                    year: d.year(),
                    month: d.month(),
                    day: d.day(),
                    precision,
                }),
            date_first,
            date_last: parsed(r, "date_last")?,
            date_precision,
            date_from: get(r, "date_from")?,
            location_name: get(r, "location_name")?,
            location_country: parsed(r, "location_country")?,
            lat: get(r, "lat")?,
            lon: get(r, "lon")?,
            aux,
            quad: u8::try_from(r.i64(r.index("quad")?)?)
                .map_err(|_| bad("quad", "out of range"))?,
            sentence: get(r, "sentence")?,
            start: offset(r, "start")?,
            end: offset(r, "end")?,
            trigger_start: offset(r, "trigger_start")?,
            trigger_end: offset(r, "trigger_end")?,
            language: get(r, "language")?,
            // Stored from an f32; narrowing back is exact.
            confidence: r.f64(r.index("confidence")?)? as f32,
            rule: get(r, "rule")?,
            cameo: get(r, "cameo")?,
            doc_id: get(r, "doc_id")?,
            doc_hash: get(r, "doc_hash")?,
            doc_title: get(r, "doc_title")?,
            doc_url: get(r, "doc_url")?,
            doc_source: get(r, "doc_source")?,
            doc_published: get(r, "doc_published")?,
            cluster: get(r, "cluster")?,
            doc_ingested_at: get(r, "doc_ingested_at")?,
            sources: count(r, "sources")?,
            reports: count(r, "reports")?,
            articles: count(r, "articles")?,
        })
    }
}

/// An actor seen in the stored documents: one knowledge-base entity (or, without one, a name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRow {
    /// Knowledge-base id (or the name, for entities without one).
    pub id: String,
    /// Its most frequent actor code (on the publication days of the documents naming it).
    pub code: Option<String>,
    /// Every code it had, most frequent first, comma-separated: the Taliban are `AFG.GOV,AFG.REB`.
    pub codes: String,
    pub name: String,
    pub kind: String,
    pub mentions: u64,
    pub documents: u64,
    /// Events reported as having happened (no aux) with this entity as source / target.
    pub events_as_source: u64,
    pub events_as_target: u64,
}

/// Which actors [`Store::scan_actors`] lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorQuery {
    /// Actors whose id, name or one of whose codes contains this (case-insensitive for ASCII).
    pub text: Option<String>,
    /// Start after this actor of the previous page.
    pub after: Option<ActorCursor>,
    pub limit: Option<usize>,
}

/// Where a page of actors ends: the sort key of its last row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCursor {
    pub mentions: u64,
    pub documents: u64,
    pub id: String,
}

impl ActorRow {
    /// The cursor of a page ending at this row.
    pub fn cursor(&self) -> ActorCursor {
        ActorCursor {
            mentions: self.mentions,
            documents: self.documents,
            id: self.id.clone(),
        }
    }
}

/// Counts over the whole store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub documents: u64,
    /// Documents per language code (`und` when not detected), most first.
    pub by_language: Vec<(String, u64)>,
    /// Every stored event, including those with an aux mode.
    pub events: u64,
    /// Of which historical, future, hypothetical or negated.
    pub events_aux: u64,
    /// Events reported as having happened, per type, most first.
    pub events_by_type: Vec<(String, u64)>,
    /// The most frequent source → target pairs of events reported as having happened.
    pub top_dyads: Vec<(String, u64)>,
    pub quotes: u64,
    /// Documents that never made it into the store (ingest or store failures).
    pub errors: u64,
    /// Diagnostics attached to stored documents.
    pub diagnostics: u64,
}

/// A recorded problem: with a stored document (`doc_id` set) or one that never made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagnosticRow {
    pub doc_id: Option<String>,
    pub hash: Option<String>,
    pub path: Option<String>,
    pub stage: String,
    pub message: String,
    pub recorded_at: String,
}

pub(crate) const EVENT_COLUMNS: &str = "e.event AS row, e.id, e.type, e.mode, e.context,
    e.source_entity, e.source_name, e.source_country, e.source_sector,
    e.target_entity, e.target_name, e.target_country, e.target_sector,
    e.date_value, e.date_first, e.date_last, e.date_precision, e.date_from,
    e.location_name, e.location_country, e.lat, e.lon, e.aux, e.quad, e.sentence, e.start,
    e.\"end\", e.trigger_start, e.trigger_end, e.confidence, e.rule, e.cameo, d.language,
    d.id AS doc_id, d.hash AS doc_hash, d.title AS doc_title, d.url AS doc_url,
    d.source AS doc_source, d.published_date AS doc_published, e.folded AS cluster,
    COALESCE(kc.num_sources, 1) AS sources, COALESCE(kc.num_reports, 1) AS reports,
    COALESCE(kc.num_articles, 1) AS articles,
    d.ingested_at AS doc_ingested_at";

/// One actor of a query, matched against one side of an event (or a quote's speaker, or an
/// entity named in a quote).
pub(crate) enum ActorFilter {
    Code(ActorCode),
    Entity(String),
}

impl ActorFilter {
    pub(crate) fn parse(s: &str) -> Result<ActorFilter, StoreError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(StoreError::InvalidQuery("empty actor".into()));
        }
        match s.parse::<ActorCode>() {
            Ok(code) => Ok(ActorFilter::Code(code)),
            // a dotted string like `RUS.XYZ` is meant as a code: say what is wrong with it rather than match nothing.
            Err(e) if s.split_once('.').is_some_and(|(c, _)| c.len() == 3) => {
                Err(StoreError::InvalidQuery(e.to_string()))
            }
            Err(_) => Ok(ActorFilter::Entity(s.to_string())),
        }
    }

    /// SQL matching this actor on `side` ("source" or "target"), pushing its parameters.
    fn sql(&self, side: &str, params: &mut Vec<Value>) -> String {
        self.sql_on(
            &format!("e.{side}_country"),
            &format!("e.{side}_sector"),
            &format!("e.{side}_entity"),
            &format!("e.{side}_name"),
            params,
        )
    }

    /// SQL matching this actor on the given columns, pushing its parameters.
    pub(crate) fn sql_on(
        &self,
        country_col: &str,
        sector_col: &str,
        entity_col: &str,
        name_col: &str,
        params: &mut Vec<Value>,
    ) -> String {
        match self {
            ActorFilter::Code(ActorCode {
                country,
                sector: None,
            }) => {
                params.push(Value::Text(country.to_string()));
                format!("{country_col} = ?")
            }
            ActorFilter::Code(ActorCode {
                country,
                sector: Some(sector),
            }) => {
                params.push(Value::Text(country.to_string()));
                params.push(Value::Text(sector.to_string()));
                format!("({country_col} = ? AND {sector_col} = ?)")
            }
            ActorFilter::Entity(name) => {
                params.push(Value::Text(name.clone()));
                params.push(Value::Text(name.clone()));
                // lower() folds ASCII only in SQLite and under PostgreSQL's "C" collation: both
                // match as SQLite's NOCASE did.
                format!("({entity_col} = ? OR lower({name_col}) = lower(?))")
            }
        }
    }

    fn either_side(&self, params: &mut Vec<Value>) -> String {
        let s = self.sql("source", params);
        let t = self.sql("target", params);
        format!("({s} OR {t})")
    }
}

/// WHERE conditions (joined by AND) and their parameters.
type Filter = (Vec<String>, Vec<Value>);

impl EventQuery {
    /// The WHERE conditions (joined by AND) and their parameters.
    pub(crate) fn filter(&self) -> Result<(Vec<String>, Vec<Value>), StoreError> {
        let actors = self
            .actors
            .iter()
            .map(|a| ActorFilter::parse(a))
            .collect::<Result<Vec<_>, _>>()?;
        let mut params = Vec::new();
        let mut clauses: Vec<String> = Vec::new();
        match (actors.as_slice(), self.directed) {
            ([], _) => {}
            ([a], false) => clauses.push(a.either_side(&mut params)),
            ([a], true) => clauses.push(a.sql("source", &mut params)),
            ([a, b], true) => {
                clauses.push(a.sql("source", &mut params));
                clauses.push(b.sql("target", &mut params));
            }
            ([a, b], false) => {
                let ab = [a.sql("source", &mut params), b.sql("target", &mut params)];
                let ba = [b.sql("source", &mut params), a.sql("target", &mut params)];
                clauses.push(format!(
                    "(({} AND {}) OR ({} AND {}))",
                    ab[0], ab[1], ba[0], ba[1]
                ));
            }
            (_, true) => {
                return Err(StoreError::InvalidQuery(
                    "a directed query takes one or two actors".into(),
                ))
            }
            (many, false) => clauses.extend(many.iter().map(|a| a.either_side(&mut params))),
        }
        if !self.types.is_empty() {
            let marks = vec!["?"; self.types.len()].join(", ");
            clauses.push(format!("e.type IN ({marks})"));
            params.extend(self.types.iter().map(|t| Value::Text(t.as_str().into())));
        }
        if let Some(since) = self.since {
            clauses.push("e.date_last >= ?".into());
            params.push(Value::Text(since.to_string()));
        }
        if let Some(until) = self.until {
            clauses.push("e.date_first <= ?".into());
            params.push(Value::Text(until.to_string()));
        }
        if let Some(c) = self.min_confidence {
            clauses.push("e.confidence >= ?".into());
            params.push(Value::Real(f64::from(c)));
        }
        if !self.include_aux {
            clauses.push("e.aux IS NULL".into());
        }
        if let Some(t) = self.text.as_deref().filter(|t| !t.trim().is_empty()) {
            clauses.push("e.sentence LIKE ? ESCAPE '\\'".into());
            params.push(Value::Text(like_pattern(t.trim())));
        }
        if let Some(c) = self.folded {
            // An id absorbed by a merge finds the event it went into.
            clauses.push(
                "e.folded = COALESCE((SELECT cluster FROM cluster_aliases WHERE alias = ?), ?)"
                    .into(),
            );
            params.extend([Value::Integer(c), Value::Integer(c)]);
        }
        if !self.rows.is_empty() {
            let marks = vec!["?"; self.rows.len()].join(", ");
            clauses.push(format!("e.event IN ({marks})"));
            params.extend(self.rows.iter().map(|r| Value::Integer(*r)));
        }
        if !self.languages.is_empty() {
            let marks = vec!["?"; self.languages.len()].join(", ");
            clauses.push(format!("COALESCE(d.language, 'und') IN ({marks})"));
            params.extend(self.languages.iter().map(|l| Value::Text(l.clone())));
        }
        Ok((clauses, params))
    }

    /// For one actor code on either side: the filters of its source side and of its target
    /// side (the rest of the filter the same), whose pages merged are the query's page.
    fn sides(&self) -> Result<Option<[Filter; 2]>, StoreError> {
        let ([one], false) = (self.actors.as_slice(), self.directed) else {
            return Ok(None);
        };
        let actor = ActorFilter::parse(one)?;
        if !matches!(actor, ActorFilter::Code(_)) {
            return Ok(None);
        }
        let (rest, rest_params) = EventQuery {
            actors: Vec::new(),
            ..self.clone()
        }
        .filter()?;
        let side = |name: &str| {
            let mut p = Vec::new();
            let mut c = vec![actor.sql(name, &mut p)];
            c.extend(rest.iter().cloned());
            p.extend(rest_params.iter().cloned());
            (c, p)
        };
        Ok(Some([side("source"), side("target")]))
    }

    /// Whether the filter reads the documents table.
    fn needs_documents(&self) -> bool {
        !self.languages.is_empty()
    }
}

/// A LIKE pattern matching `t` anywhere, with `%`, `_` and `\\` taken literally.
pub(crate) fn like_pattern(t: &str) -> String {
    let mut p = String::with_capacity(t.len() + 2);
    p.push('%');
    for c in t.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

impl Store {
    /// Events matching `q`, oldest first (undated last), in document order within a day.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
        events(&self.conn, q)
    }

    /// Streams the events matching `q` to `f`, in the order of [`Store::events`], honouring
    /// `after`, `offset` and `limit`; `f` returns `false` to stop early.
    pub fn scan_events(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(EventRow) -> bool,
    ) -> Result<(), StoreError> {
        scan_ordered(&self.conn, q, EVENT_COLUMNS, EventRow::from_row, f)
    }

    /// The actors named in stored documents (places excluded), most mentioned first.
    pub fn actors(&self) -> Result<Vec<ActorRow>, StoreError> {
        let mut out = Vec::new();
        self.scan_actors(&ActorQuery::default(), &mut |r| {
            out.push(r);
            true
        })?;
        Ok(out)
    }

    /// Streams the actors matching `q`, most mentioned first (then most documents, then by
    /// id), from the counts kept at write time (migration 7): a page is read along an index
    /// from its cursor, whatever the size of the store.
    pub fn scan_actors(
        &self,
        q: &ActorQuery,
        f: &mut dyn FnMut(ActorRow) -> bool,
    ) -> Result<(), StoreError> {
        scan_actors(&self.conn, q, f)
    }

    /// Counts over the whole store, from the counts kept at write time (migration 7).
    pub fn summary(&self) -> Result<Summary, StoreError> {
        summary(&self.conn)
    }

    /// Every recorded problem, oldest first.
    pub fn diagnostics(&self) -> Result<Vec<DiagnosticRow>, StoreError> {
        diagnostics(&self.conn)
    }

    /// Writes the stored JSON of every document, one per line, in the order they were stored.
    /// Returns how many were written.
    pub fn export_jsonl(&self, out: impl Write) -> Result<u64, StoreError> {
        export_jsonl(&self.conn, out)
    }
}

pub(crate) fn names_country(db: &dyn Db, country: &str) -> Result<bool, StoreError> {
    let found = db.first(
        "SELECT EXISTS (SELECT 1 FROM events WHERE source_country = ?1 OR target_country = ?1)",
        &[text(country)],
        |r| r.i64(0),
    )?;
    Ok(found == Some(1))
}

pub(crate) fn names_actor(db: &dyn Db, who: &str) -> Result<bool, StoreError> {
    let found = db.first(
        "SELECT EXISTS (SELECT 1 FROM events WHERE source_entity = ?1 OR target_entity = ?1
             OR lower(source_name) = lower(?1) OR lower(target_name) = lower(?1))
          OR EXISTS (SELECT 1 FROM quote_speakers WHERE entity = ?1
             OR lower(name) = lower(?1))",
        &[text(who)],
        |r| r.i64(0),
    )?;
    Ok(found == Some(1))
}

pub(crate) fn events(db: &dyn Db, q: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
    let mut out = Vec::new();
    scan_ordered(db, q, EVENT_COLUMNS, EventRow::from_row, &mut |r| {
        out.push(r);
        true
    })?;
    Ok(out)
}

/// The keyset scan behind every event listing: dated rows first, then undated ones, each
/// part read along its index from the cursor on. The page's row numbers are chosen first
/// and only they are joined to their documents and given their columns (the number of
/// sources is a subquery per row: computed for the rows of the page, not for every row
/// sorted to find them).
pub(crate) fn scan_ordered<T>(
    db: &dyn Db,
    q: &EventQuery,
    columns: &str,
    map: fn(&dyn Cols) -> Result<T, StoreError>,
    f: &mut dyn FnMut(T) -> bool,
) -> Result<(), StoreError> {
    // One actor on either side: the two sides are read apart, each along its own index in
    // date order, and merged (an OR of the two is read in no useful order: at a million
    // events a page of RUS took 2.4 s).
    let mut variants = match q.sides()? {
        Some(sides) if !q.dedup => sides.to_vec(),
        _ => vec![q.filter()?],
    };
    let mut skip = q.offset;
    let mut left = q.limit.unwrap_or(usize::MAX);
    if left == 0 {
        return Ok(());
    }
    let (cmp, dir) = if q.newest_first {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    // Folded events are read along clusters_date (their dates are those of the report
    // standing for them, which the filter reads); reports along the events' indexes.
    let (first, last, key, from) = if q.dedup {
        for c in variants.iter_mut().flat_map(|v| v.0.iter_mut()) {
            *c = c
                .replace("e.date_first", "c.date_first")
                .replace("e.date_last", "c.date_last");
        }
        let from = if q.needs_documents() {
            "clusters c JOIN events e ON e.event = c.rep JOIN documents d ON d.doc = e.doc"
        } else {
            "clusters c JOIN events e ON e.event = c.rep"
        };
        ("c.date_first", "c.date_last", "c.cluster", from)
    } else {
        let from = if q.needs_documents() {
            "events e JOIN documents d ON d.doc = e.doc"
        } else {
            "events e"
        };
        ("e.date_first", "e.date_last", "e.event", from)
    };
    let undated_allowed = q.since.is_none() && q.until.is_none();
    // Phase 1: dated rows (skipped when the cursor is already among the undated ones).
    // Each part: its conditions and parameters per variant, and its order.
    type Part = (Vec<Filter>, String);
    let mut parts: Vec<Part> = Vec::new();
    if !matches!(q.after, Some(EventCursor { dated: None, .. })) {
        let mut each = variants.clone();
        for (c, p) in &mut each {
            c.push(format!("{first} IS NOT NULL"));
            if let Some(EventCursor {
                dated: Some((a, b)),
                row,
            }) = q.after
            {
                c.push(format!("({first}, {last}, {key}) {cmp} (?, ?, ?)"));
                p.extend([
                    Value::Text(a.to_string()),
                    Value::Text(b.to_string()),
                    Value::Integer(row),
                ]);
            }
        }
        let order = format!("{first} {dir}, {last} {dir}, {key} {dir}");
        parts.push((each, order));
    }
    if undated_allowed {
        let mut each = variants.clone();
        for (c, p) in &mut each {
            c.push(format!("{first} IS NULL"));
            if let Some(EventCursor { dated: None, row }) = q.after {
                c.push(format!("{key} {cmp} ?"));
                p.push(Value::Integer(row));
            }
        }
        parts.push((each, format!("{key} {dir}")));
    }
    let (join, columns) = if q.dedup {
        (
            "clusters c ON c.cluster = page.k JOIN events e ON e.event = c.rep",
            columns.replacen("e.event AS row", "c.cluster AS row", 1),
        )
    } else {
        ("events e ON e.event = page.k", columns.to_string())
    };
    for (each, order) in parts {
        let want = Value::Integer(saturating_i64(left.saturating_add(skip)));
        let mut p = Vec::new();
        let mut pages = Vec::new();
        for (i, (c, params)) in each.into_iter().enumerate() {
            pages.push(format!(
                "SELECT * FROM (SELECT {key} AS k FROM {from} WHERE {} ORDER BY {order}
                 LIMIT ?) AS side{i}",
                c.join(" AND ")
            ));
            p.extend(params);
            p.push(want.clone());
        }
        let sql = format!(
            "SELECT {columns} FROM ({}) page
             JOIN {join} JOIN documents d ON d.doc = e.doc
             LEFT JOIN clusters kc ON kc.cluster = e.folded
             ORDER BY {order} LIMIT ?",
            pages.join(" UNION ")
        );
        p.push(want);
        // Rows are mapped as they come and handed on after the query ends (PostgreSQL's
        // rows arrive on the connection the callback may want).
        let mut page = Vec::new();
        db.each(&sql, &p, &mut |r| {
            if skip > 0 {
                skip -= 1;
                return Ok(true);
            }
            page.push(map(r)?);
            Ok(page.len() < left)
        })?;
        for row in page {
            left -= 1;
            if !f(row) || left == 0 {
                return Ok(());
            }
        }
    }
    Ok(())
}

pub(crate) fn scan_actors(
    db: &dyn Db,
    q: &ActorQuery,
    f: &mut dyn FnMut(ActorRow) -> bool,
) -> Result<(), StoreError> {
    let mut clauses = vec!["TRUE".to_string()];
    let mut params: Vec<Value> = Vec::new();
    if let Some(c) = &q.after {
        let big = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        let (m, d) = (big(c.mentions), big(c.documents));
        clauses.push(
            "t.mentions <= ? AND (t.mentions < ? OR (t.mentions = ? AND (t.documents < ?
                 OR (t.documents = ? AND t.id > ?))))"
                .into(),
        );
        params.extend([m, m, m, d, d].map(Value::Integer));
        params.push(Value::Text(c.id.clone()));
    }
    if let Some(t) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
        clauses.push(
            "(t.id LIKE ? ESCAPE '\\' OR t.name LIKE ? ESCAPE '\\' OR EXISTS (
                 SELECT 1 FROM actor_codes c WHERE c.id = t.id AND c.code LIKE ? ESCAPE '\\'))"
                .into(),
        );
        let p = like_pattern(t.trim());
        params.extend([p.clone(), p.clone(), p].map(Value::Text));
    }
    params.push(limit(q.limit));
    let sql = format!(
        "SELECT t.id, t.name, t.kind, t.mentions, t.documents,
                COALESCE(e.as_source, 0), COALESCE(e.as_target, 0)
         FROM actor_totals t LEFT JOIN actor_events e ON e.id = t.id
         WHERE {} ORDER BY t.mentions DESC, t.documents DESC, t.id LIMIT ?",
        clauses.join(" AND ")
    );
    let page = db.rows(&sql, &params, |r| {
        Ok(ActorRow {
            code: None,
            codes: String::new(),
            id: r.str(0)?,
            name: r.str(1)?,
            kind: r.str(2)?,
            mentions: r.count(3)?,
            documents: r.count(4)?,
            events_as_source: r.count(5)?,
            events_as_target: r.count(6)?,
        })
    })?;
    for mut row in page {
        // Most frequent first; '' (no code) sorts first among equals, as None did.
        let all: Vec<String> = db.rows(
            "SELECT code FROM actor_codes WHERE id = ?1
             ORDER BY CASE WHEN mentions > 1 THEN mentions ELSE 1 END DESC, code",
            &[text(row.id.clone())],
            |c| c.str(0),
        )?;
        row.code = all.first().filter(|c| !c.is_empty()).cloned();
        row.codes = all
            .iter()
            .filter(|c| !c.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(",");
        if !f(row) {
            break;
        }
    }
    Ok(())
}

pub(crate) fn summary(db: &dyn Db) -> Result<Summary, StoreError> {
    let one = |name: &str| -> Result<u64, StoreError> {
        let n = db.first("SELECT n FROM tally WHERE name = ?1", &[text(name)], |r| {
            r.i64(0)
        })?;
        Ok(n.map_or(0, |n| u64::try_from(n).unwrap_or(0)))
    };
    let pairs = |sql: &str| -> Result<Vec<(String, u64)>, StoreError> {
        db.rows(sql, &[], |r| Ok((r.str(0)?, r.count(1)?)))
    };
    Ok(Summary {
        documents: one("documents")?,
        by_language: pairs(
            "SELECT language, n FROM language_tally WHERE n > 0 ORDER BY n DESC, language",
        )?,
        events: one("events")?,
        events_aux: one("events_aux")?,
        events_by_type: pairs("SELECT type, n FROM type_tally WHERE n > 0 ORDER BY n DESC, type")?,
        top_dyads: pairs(&format!(
            "SELECT dyad, n FROM dyad_tally WHERE n > 0 ORDER BY n DESC, dyad LIMIT {TOP_DYADS}"
        ))?,
        quotes: one("quotes")?,
        errors: one("errors")?,
        diagnostics: one("diagnostics")?,
    })
}

pub(crate) fn diagnostics(db: &dyn Db) -> Result<Vec<DiagnosticRow>, StoreError> {
    db.rows(
        "SELECT d.id, g.hash, g.path, g.stage, g.message, g.recorded_at
         FROM diagnostics g LEFT JOIN documents d ON d.doc = g.doc
         ORDER BY g.diagnostic",
        &[],
        |r| {
            Ok(DiagnosticRow {
                doc_id: r.str_opt(0)?,
                hash: r.str_opt(1)?,
                path: r.str_opt(2)?,
                stage: r.str(3)?,
                message: r.str(4)?,
                recorded_at: r.str(5)?,
            })
        },
    )
}

pub(crate) fn export_jsonl(db: &dyn Db, mut out: impl Write) -> Result<u64, StoreError> {
    let mut n = 0;
    let mut line = Vec::new();
    let mut failed = None;
    db.each("SELECT body FROM documents ORDER BY doc", &[], &mut |r| {
        let Some(bytes) = r.bytes_opt(0)? else {
            return Ok(true);
        };
        let body = crate::pack::unpack(&bytes)?;
        // Written by serde_json, which escapes newlines: one document is one line.
        line.clear();
        body.json_into(&mut line)?;
        line.push(b'\n');
        if let Err(e) = out.write_all(&line) {
            failed = Some(e);
            return Ok(false);
        }
        n += 1;
        Ok(true)
    })?;
    if let Some(e) = failed {
        return Err(e.into());
    }
    out.flush()?;
    Ok(n)
}

fn saturating_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A count column, by name.
fn count(r: &dyn Cols, col: &str) -> Result<u64, StoreError> {
    r.count(r.index(col)?)
}

fn offset(r: &dyn Cols, col: &str) -> Result<usize, StoreError> {
    let n: i64 = get(r, col)?;
    usize::try_from(n).map_err(|_| bad(col, &n.to_string()))
}

fn get_str(r: &dyn Cols, col: &str) -> Result<Option<String>, StoreError> {
    r.str_opt(r.index(col)?)
}

/// A text column read through `FromStr`; NULL is `None`.
fn parsed<T: FromStr>(r: &dyn Cols, col: &str) -> Result<Option<T>, StoreError>
where
    T::Err: Display,
{
    match get_str(r, col)? {
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|e| bad(col, &format!("{s:?}: {e}"))),
        None => Ok(None),
    }
}

/// A stored value this build cannot read (written by a newer dyad, or edited by hand).
fn bad(col: &str, what: &str) -> StoreError {
    StoreError::Unreadable(format!("column {col}: {what}"))
}

fn precision(s: &str) -> Option<DatePrecision> {
    [
        DatePrecision::Day,
        DatePrecision::Month,
        DatePrecision::Year,
        DatePrecision::Decade,
    ]
    .into_iter()
    .find(|p| p.as_str() == s)
}

fn aux(s: &str) -> Option<Aux> {
    [
        Aux::Historical,
        Aux::Future,
        Aux::Hypothetical,
        Aux::Negated,
    ]
    .into_iter()
    .find(|a| a.as_str() == s)
}

/// A count column of a SQLite row (the tests' scans).
#[cfg(test)]
fn tcount(r: &rusqlite::Row, i: usize) -> rusqlite::Result<u64> {
    Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
}

#[cfg(test)]
impl Store {
    /// What `actors` reported before the counts were kept (the definition the kept counts
    /// are tested against).
    pub(crate) fn actors_by_scan(&self) -> Result<Vec<ActorRow>, StoreError> {
        struct Acc {
            row: ActorRow,
            codes: Vec<(Option<String>, u64)>,
        }
        let mut by_id: std::collections::HashMap<String, Acc> = Default::default();
        // Mentions per entity and actor code, as each entity row counts them (the mention rows
        // are only those inside quotes since schema 15).
        let mut stmt = self.conn.prepare(
            "SELECT COALESCE(NULLIF(e.kb_id, ''), e.name) AS id, MAX(e.name), MAX(e.kind),
                    e.country || COALESCE('.' || e.sector, '') AS code,
                    SUM(e.mentions), COUNT(DISTINCT e.doc)
             FROM entities e
             WHERE e.kind <> 'place'
             GROUP BY 1, 4",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let code: Option<String> = r.get(3)?;
            let (mentions, documents) = (tcount(r, 4)?, tcount(r, 5)?);
            let acc = by_id.entry(id.clone()).or_insert_with(|| Acc {
                row: ActorRow {
                    id,
                    code: None,
                    codes: String::new(),
                    name: String::new(),
                    kind: String::new(),
                    mentions: 0,
                    documents: 0,
                    events_as_source: 0,
                    events_as_target: 0,
                },
                codes: Vec::new(),
            });
            acc.row.name = r.get(1)?;
            acc.row.kind = r.get(2)?;
            acc.row.mentions += mentions;
            // Summed over codes: a document names an entity once, with one code.
            acc.row.documents += documents;
            acc.codes.push((code, mentions.max(1)));
        }
        for side in ["source", "target"] {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT COALESCE(NULLIF({side}_entity, ''), {side}_name) AS who, COUNT(*)
                 FROM events WHERE aux IS NULL AND who IS NOT NULL GROUP BY who"
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                if let Some(acc) = by_id.get_mut(&id) {
                    let n = tcount(r, 1)?;
                    match side {
                        "source" => acc.row.events_as_source = n,
                        _ => acc.row.events_as_target = n,
                    }
                }
            }
        }
        let mut out: Vec<ActorRow> = by_id
            .into_values()
            .map(|mut acc| {
                acc.codes
                    .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                acc.row.code = acc.codes.first().and_then(|c| c.0.clone());
                let codes: Vec<&str> = acc.codes.iter().filter_map(|c| c.0.as_deref()).collect();
                acc.row.codes = codes.join(",");
                acc.row
            })
            .collect();
        out.sort_by(|a, b| {
            (b.mentions, b.documents)
                .cmp(&(a.mentions, a.documents))
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// What `summary` reported before the counts were kept.
    pub(crate) fn summary_by_scan(&self) -> Result<Summary, StoreError> {
        let one = |sql: &str| -> Result<u64, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| tcount(r, 0))?)
        };
        let pairs = |sql: &str| -> Result<Vec<(String, u64)>, StoreError> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, tcount(r, 1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        Ok(Summary {
            documents: one("SELECT COUNT(*) FROM documents")?,
            by_language: pairs(
                "SELECT COALESCE(language, 'und') AS l, COUNT(*) AS n FROM documents
                 GROUP BY l ORDER BY n DESC, l",
            )?,
            events: one("SELECT COUNT(*) FROM events")?,
            events_aux: one("SELECT COUNT(*) FROM events WHERE aux IS NOT NULL")?,
            events_by_type: pairs(
                "SELECT type, COUNT(*) AS n FROM events WHERE aux IS NULL
                 GROUP BY type ORDER BY n DESC, type",
            )?,
            top_dyads: pairs(&format!(
                "SELECT s || ' → ' || t AS dyad, COUNT(*) AS n FROM (
                     SELECT source_country || COALESCE('.' || source_sector, '') AS s,
                            target_country || COALESCE('.' || target_sector, '') AS t
                     FROM events WHERE aux IS NULL
                 ) WHERE s IS NOT NULL AND t IS NOT NULL
                 GROUP BY dyad ORDER BY n DESC, dyad LIMIT {TOP_DYADS}"
            ))?,
            quotes: one("SELECT COALESCE(SUM(quote_count), 0) FROM documents")?,
            errors: one("SELECT COUNT(*) FROM diagnostics WHERE doc IS NULL")?,
            diagnostics: one("SELECT COUNT(*) FROM diagnostics WHERE doc IS NOT NULL")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{all_docs, DocBuilder};
    use crate::Recode;
    use dyad_core::{Document, EntityKind, Lang};
    use jiff::civil::date;

    fn store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.write_batch(&all_docs()).unwrap();
        store.link().unwrap();
        store
    }

    fn counts_agree(store: &Store) {
        assert_eq!(store.summary().unwrap(), store.summary_by_scan().unwrap());
        let (kept, scanned) = (store.actors().unwrap(), store.actors_by_scan().unwrap());
        for (k, s) in kept.iter().zip(&scanned) {
            assert_eq!(k, s);
        }
        assert_eq!(kept.len(), scanned.len());
    }

    #[test]
    fn kept_counts_follow_writes_replacements_recoding_and_failures() {
        let mut store = store();
        counts_agree(&store);
        assert!(store.summary().unwrap().events > 0);
        let mut gen = crate::synth::Generator::new(7);
        let docs: Vec<Document> = (0..300).map(|_| gen.document()).collect();
        store.write_batch(&docs).unwrap();
        counts_agree(&store);
        // A new version of a document (same key, other content) replaces the old one.
        let mut v2 = docs[5].clone();
        v2.raw.hash = "v2".into();
        v2.raw.key = Some(docs[5].raw.key().to_string());
        v2.lang = Some(Lang::of("ar"));
        v2.events.truncate(1);
        for e in &mut v2.events {
            e.id = format!("{}-v2", e.id);
        }
        v2.entities.truncate(1);
        v2.mentions.retain(|m| m.entity == 0);
        v2.quotes.clear();
        let s = store.write_batch(&[v2]).unwrap();
        assert_eq!((s.inserted, s.replaced), (1, 1));
        counts_agree(&store);
        // Recoding replaces a document's layers in place.
        let raws = store.raw_documents(0, 3).unwrap();
        let (row, raw) = &raws[1];
        let mut bare = Document::new(raw.clone());
        bare.text = raw.text.clone();
        store.replace_layers(&[(*row, bare)]).unwrap();
        counts_agree(&store);
        // Problems that never made it in, and a document the store refuses.
        store.record_error("feeds/x.html", "not UTF-8").unwrap();
        let mut broken = docs[9].clone();
        broken.raw.hash = "broken".into();
        broken.raw.key = Some("elsewhere".into());
        store
            .conn
            .execute_batch(
                "CREATE TEMP TRIGGER refuse AFTER INSERT ON documents WHEN NEW.hash = 'broken'
                 BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            )
            .unwrap();
        assert_eq!(store.write_batch(&[broken]).unwrap().failed, 1);
        counts_agree(&store);
        // Everything deleted: nothing is left counted.
        store
            .conn
            .execute_batch("DELETE FROM diagnostics; DELETE FROM documents;")
            .unwrap();
        assert_eq!(store.summary().unwrap(), Summary::default());
        assert_eq!(store.actors().unwrap(), vec![]);
    }

    #[test]
    fn actor_pages_follow_each_other() {
        let mut store = store();
        let mut gen = crate::synth::Generator::new(3);
        let docs: Vec<Document> = (0..200).map(|_| gen.document()).collect();
        store.write_batch(&docs).unwrap();
        let all = store.actors().unwrap();
        assert!(all.len() > 10, "{}", all.len());
        let mut paged = Vec::new();
        let mut after = None;
        loop {
            let mut page = Vec::new();
            store
                .scan_actors(
                    &ActorQuery {
                        after: after.clone(),
                        limit: Some(7),
                        ..Default::default()
                    },
                    &mut |r| {
                        page.push(r);
                        true
                    },
                )
                .unwrap();
            let Some(last) = page.last() else { break };
            after = Some(last.cursor());
            paged.extend(page);
        }
        assert_eq!(paged, all);
        let mut found = Vec::new();
        store
            .scan_actors(
                &ActorQuery {
                    text: Some("lavrov".into()),
                    ..Default::default()
                },
                &mut |r| {
                    found.push(r.id);
                    true
                },
            )
            .unwrap();
        assert_eq!(found, vec!["Q80137".to_string()]);
    }

    #[test]
    fn dedup_folds_reports_of_one_event() {
        let mut store = store();
        // The same story syndicated by a second outlet: same events, another document.
        let mut copy = crate::testdata::doc_fomin();
        copy.raw.hash = "syndicated-copy".into();
        copy.raw.id = "copy".into();
        for e in &mut copy.events {
            e.id = format!("{}-copy", e.id);
        }
        store.write_batch(&[copy]).unwrap();
        store.link().unwrap();
        let all = store.events(&EventQuery::default()).unwrap();
        let folded = store
            .events(&EventQuery {
                dedup: true,
                ..Default::default()
            })
            .unwrap();
        assert!(folded.len() < all.len());
        // Two articles of one outlet: two reports, one source.
        assert!(
            folded
                .iter()
                .any(|r| (r.reports, r.articles, r.sources) == (2, 2, 1)),
            "{folded:#?}"
        );
    }

    fn ids(store: &Store, q: &EventQuery) -> Vec<String> {
        store.events(q).unwrap().into_iter().map(|e| e.id).collect()
    }

    fn actors(list: &[&str]) -> EventQuery {
        EventQuery {
            actors: list.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    /// (name, query, expected ids in order)
    #[test]
    fn event_queries() {
        let store = store();
        let cases: Vec<(&str, EventQuery, Vec<&str>)> = vec![
            (
                "everything reported, oldest first, undated last",
                EventQuery::default(),
                vec![
                    "ev-lavrov-2",
                    "ev-lavrov-1",
                    "ev-lavrov-3",
                    "ev-fomin-1",
                    "ev-taliban-1",
                    "ev-taliban-2",
                ],
            ),
            (
                "one actor: either side, any sector",
                actors(&["RUS"]),
                vec![
                    "ev-lavrov-2",
                    "ev-lavrov-1",
                    "ev-lavrov-3",
                    "ev-fomin-1",
                    "ev-taliban-1",
                ],
            ),
            (
                "one actor with a sector",
                actors(&["rus.mil"]),
                vec!["ev-fomin-1"],
            ),
            ("target side too", actors(&["USA"]), vec!["ev-lavrov-3"]),
            (
                "dyad: both, in either direction",
                actors(&["RUS", "PAK"]),
                vec!["ev-lavrov-2", "ev-lavrov-1", "ev-fomin-1"],
            ),
            (
                "directed dyad",
                EventQuery {
                    directed: true,
                    ..actors(&["RUS", "PAK"])
                },
                vec!["ev-lavrov-1", "ev-fomin-1"],
            ),
            (
                "directed, one actor: source only",
                EventQuery {
                    directed: true,
                    ..actors(&["PAK"])
                },
                vec!["ev-lavrov-2"],
            ),
            (
                "a dyad needs one actor on each side",
                actors(&["RUS", "RUS.GOV"]),
                vec![],
            ),
            (
                "dyad with sectors",
                actors(&["PAK.MIL", "RUS.MIL"]),
                vec!["ev-fomin-1"],
            ),
            (
                "three actors: each on some side",
                actors(&["RUS", "RUS.GOV", "USA"]),
                vec!["ev-lavrov-3"],
            ),
            (
                "entity by name",
                actors(&["sergey lavrov"]),
                vec!["ev-lavrov-2", "ev-lavrov-1", "ev-lavrov-3"],
            ),
            (
                "entity by kb id",
                actors(&["Q80137", "Q30"]),
                vec!["ev-lavrov-3"],
            ),
            (
                "types",
                EventQuery {
                    types: vec![EventType::Consult, EventType::Support],
                    ..Default::default()
                },
                vec!["ev-lavrov-1", "ev-fomin-1", "ev-taliban-1"],
            ),
            (
                "since: a month overlapping the bound counts",
                EventQuery {
                    since: Some(date(2021, 4, 8)),
                    ..Default::default()
                },
                vec!["ev-lavrov-2", "ev-fomin-1", "ev-taliban-1"],
            ),
            (
                "until",
                EventQuery {
                    until: Some(date(2021, 4, 6)),
                    ..Default::default()
                },
                vec!["ev-lavrov-2"],
            ),
            (
                "since and until",
                EventQuery {
                    since: Some(date(2021, 4, 7)),
                    until: Some(date(2021, 9, 29)),
                    ..Default::default()
                },
                vec!["ev-lavrov-2", "ev-lavrov-1", "ev-lavrov-3", "ev-fomin-1"],
            ),
            (
                "min confidence is inclusive",
                EventQuery {
                    min_confidence: Some(0.8),
                    ..Default::default()
                },
                vec!["ev-lavrov-1", "ev-fomin-1", "ev-taliban-1"],
            ),
            (
                "aux events only when asked",
                EventQuery {
                    include_aux: true,
                    ..actors(&["RUS", "PAK"])
                },
                vec!["ev-lavrov-2", "ev-lavrov-1", "ev-fomin-1", "ev-lavrov-4"],
            ),
            (
                "history is dated in its own time",
                EventQuery {
                    include_aux: true,
                    until: Some(date(1975, 1, 1)),
                    ..Default::default()
                },
                vec!["ev-fomin-2"],
            ),
            (
                "limit and offset",
                EventQuery {
                    limit: Some(2),
                    offset: 1,
                    ..Default::default()
                },
                vec!["ev-lavrov-1", "ev-lavrov-3"],
            ),
        ];
        for (name, q, want) in cases {
            assert_eq!(ids(&store, &q), want, "{name}");
        }
    }

    #[test]
    fn bad_queries_are_errors() {
        let store = store();
        for q in [
            actors(&["RUS.XYZ"]),
            actors(&[" "]),
            EventQuery {
                directed: true,
                ..actors(&["RUS", "PAK", "USA"])
            },
        ] {
            let err = store.events(&q).unwrap_err();
            assert!(matches!(err, StoreError::InvalidQuery(_)), "{q:?}: {err}");
        }
    }

    #[test]
    fn event_rows_carry_their_document() {
        let store = store();
        let rows = store.events(&actors(&["RUS.MIL"])).unwrap();
        let r = &rows[0];
        assert_eq!(r.kind, EventType::Consult);
        assert_eq!(
            r.source_actor().map(|a| a.to_string()).as_deref(),
            Some("RUS.MIL")
        );
        assert_eq!(
            r.target_actor().map(|a| a.to_string()).as_deref(),
            Some("PAK.MIL")
        );
        assert_eq!(
            r.date_value.map(|d| d.to_string()).as_deref(),
            Some("2021-09-29")
        );
        assert_eq!(r.location_name.as_deref(), Some("Islamabad"));
        assert_eq!(r.confidence, 0.8);
        assert_eq!(r.context, "diplomatic");
        assert_eq!(r.doc_id, "id-h-fomin");
        assert_eq!(r.doc_title.as_deref(), Some("Title h-fomin"));
        assert_eq!(r.doc_url.as_deref(), Some("https://example.org/h-fomin"));
        assert_eq!(r.doc_published.as_deref(), Some("2021-09-29"));
        let json = serde_json::to_value(r).unwrap();
        assert_eq!(json["type"], "CONSULT");
        assert_eq!(json["source_sector"], "MIL");
        assert_eq!(json["date_first"], "2021-09-29");
        assert_eq!(json["date_precision"], "day");
        assert_eq!(json["aux"], serde_json::Value::Null);

        let all = store
            .events(&EventQuery {
                include_aux: true,
                ..Default::default()
            })
            .unwrap();
        let decade = all.iter().find(|e| e.id == "ev-fomin-2").unwrap();
        assert_eq!(
            decade.date_value.map(|d| d.to_string()).as_deref(),
            Some("1970s")
        );
        assert_eq!(decade.aux, Some(Aux::Historical));
        let undated = all.iter().find(|e| e.id == "ev-taliban-2").unwrap();
        assert_eq!((undated.date_value, undated.target_actor()), (None, None));
    }

    #[test]
    fn actors_by_mentions() {
        let mut store = store();
        // The Taliban again, in a 2021 article: then still an insurgency.
        let mut b = DocBuilder::new("h-2021", Lang::of("en"), DateValue::ymd(2021, 5, 1));
        b.sentence("The Taliban advanced.");
        let taliban = all_docs()[2].entities[0].clone();
        assert_eq!(taliban.kind, EntityKind::Group);
        store
            .write_batch(&[b.entity(taliban).mention(0, "Taliban").build()])
            .unwrap();

        let rows = store.actors().unwrap();
        let names: Vec<&str> = rows.iter().map(|a| a.name.as_str()).collect();
        assert!(
            !names.contains(&"Islamabad"),
            "places are not actors: {names:?}"
        );
        let get = |id: &str| rows.iter().find(|a| a.id == id).unwrap();

        // Most mentioned first; on a tie, in more documents first.
        assert_eq!(
            names[..3],
            ["Taliban", "Sergey Lavrov", "Pakistani government"]
        );
        let lavrov = get("Q80137");
        assert_eq!(lavrov.code.as_deref(), Some("RUS.GOV"));
        assert_eq!(
            (
                lavrov.mentions,
                lavrov.documents,
                lavrov.events_as_source,
                lavrov.events_as_target
            ),
            (2, 1, 2, 1)
        );
        assert_eq!(lavrov.kind, "person");

        let taliban = get("Q42871");
        assert_eq!((taliban.mentions, taliban.documents), (2, 2));
        assert_eq!(taliban.codes, "AFG.GOV,AFG.REB");
        assert_eq!((taliban.events_as_source, taliban.events_as_target), (1, 1));

        // Aux events are not counted: the Soviet invasion is history.
        assert_eq!(get("Q15180").events_as_source, 0);
        assert_eq!(get("PAK.MIL").code.as_deref(), Some("PAK.MIL"));
    }

    #[test]
    fn summary_counts() {
        let mut store = store();
        store
            .record_error("feeds/broken.html", "invalid UTF-8")
            .unwrap();
        let s = store.summary().unwrap();
        let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
            v.iter().map(|(k, n)| (k.to_string(), *n)).collect()
        };
        assert_eq!(
            s,
            Summary {
                documents: 3,
                by_language: pairs(&[("en", 2), ("ar", 1)]),
                events: 8,
                events_aux: 2,
                events_by_type: pairs(&[
                    ("CONSULT", 2),
                    ("ACCUSE", 1),
                    ("AGREE", 1),
                    ("REQUEST", 1),
                    ("SUPPORT", 1)
                ]),
                top_dyads: pairs(&[
                    ("PAK.GOV → RUS.GOV", 1),
                    ("RUS.GOV → AFG.GOV", 1),
                    ("RUS.GOV → PAK.GOV", 1),
                    ("RUS.GOV → USA", 1),
                    ("RUS.MIL → PAK.MIL", 1),
                ]),
                quotes: 1,
                errors: 1,
                diagnostics: 1,
            }
        );
        let empty = Store::open_in_memory().unwrap().summary().unwrap();
        assert_eq!(empty, Summary::default());
    }

    #[test]
    fn export_rebuilds_the_documents() {
        let store = store();
        let mut out = Vec::new();
        assert_eq!(store.export_jsonl(&mut out).unwrap(), 3);
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let want: Vec<serde_json::Value> = all_docs()
            .iter()
            .map(dyad_core::output::document_json)
            .collect();
        assert_eq!(lines, want);
    }
}
