//! The store's read API for everything above it (relations, the server): typed rows streamed to
//! a callback, one shared filter ([`EventQuery`]) and keyset pages. The [`ReadStore`] trait is
//! what a second backend implements; callers never see SQL.

use crate::query::{like_pattern, ActorFilter};
use crate::{EventQuery, Store, StoreError};
use dyad_core::{ActorCode, Country, EventType, Sector};
use jiff::civil::Date;
use rusqlite::types::Value;
use rusqlite::Row;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// What aggregations need of one stored event report: no text, so scans stay cheap.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFact {
    pub row: i64,
    pub kind: EventType,
    pub mode: Option<String>,
    pub quad: u8,
    pub source: Option<ActorCode>,
    pub source_entity: Option<String>,
    pub source_name: Option<String>,
    pub target: Option<ActorCode>,
    pub target_entity: Option<String>,
    pub target_name: Option<String>,
    pub date_first: Option<Date>,
    pub date_last: Option<Date>,
    pub confidence: f32,
    /// The real-world event this report belongs to (`Store::link`); every report of one
    /// folded event has the same value (a report not yet linked: minus its own row).
    pub folded: i64,
    /// The article that reports it: the store's number of its document, or for a syndicated
    /// copy, of the original; distinct values are the event's articles.
    pub doc: i64,
    /// The outlet of that article (the record's source, else the URL's host, else `unknown`):
    /// distinct values are the independent sources, as `num_sources` of a folded event counts.
    pub outlet: String,
    /// Whether this report is the one standing for its folded event (the store's choice:
    /// best-supported type, then most precise, text-dated, most confident), so that folding
    /// here agrees with `events --dedup`. A report not yet linked stands for itself.
    pub standing: bool,
    pub location_name: Option<String>,
    pub location_country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

const FACT_COLUMNS: &str = "e.event, e.type, e.mode, e.quad,
    e.source_country, e.source_sector, e.source_entity, e.source_name,
    e.target_country, e.target_sector, e.target_entity, e.target_name,
    e.date_first, e.date_last, e.confidence, COALESCE(e.folded, -e.event),
    COALESCE(a.root, e.doc),
    e.location_name, e.location_country, e.lat, e.lon,
    CASE WHEN a.root = a.doc THEN a.outlet
         ELSE COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = a.root), a.outlet, 'unknown')
    END,
    COALESCE(c.rep, e.event) = e.event";

/// What [`FACT_COLUMNS`] reads besides the event row, each by primary key: its article (and
/// for a copy, above, the original's outlet) and its folded event.
const FACT_JOINS: &str = "LEFT JOIN articles a ON a.doc = e.doc
    LEFT JOIN clusters c ON c.cluster = e.folded";

/// The columns [`doc_row`] reads, in its order (documents `d`).
pub(crate) const DOC_COLUMNS: &str =
    "d.doc, d.id, d.hash, d.path, d.url, d.title, d.source, d.language,
     d.published_date, d.published_from, d.ingested_at,
     (SELECT COUNT(*) FROM events e WHERE e.doc = d.doc),
     (SELECT COUNT(*) FROM quotes q WHERE q.doc = d.doc)";

/// How many columns [`DOC_COLUMNS`] names.
pub(crate) const DOC_COLUMN_COUNT: usize = 13;

/// A document from a row of [`DOC_COLUMNS`].
pub(crate) fn doc_row(r: &Row) -> rusqlite::Result<DocRow> {
    let n =
        |i: usize| -> rusqlite::Result<u64> { Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0)) };
    Ok(DocRow {
        row: r.get(0)?,
        id: r.get(1)?,
        hash: r.get(2)?,
        path: r.get(3)?,
        url: r.get(4)?,
        title: r.get(5)?,
        source: r.get(6)?,
        language: r.get(7)?,
        published: r.get(8)?,
        published_from: r.get(9)?,
        ingested_at: r.get(10)?,
        events: n(11)?,
        quotes: n(12)?,
    })
}

/// The columns [`quote_row`] reads, in its order (quotes `q` joined to documents `d`).
pub(crate) const QUOTE_COLUMNS: &str =
    "q.rowid, q.speaker_entity, q.speaker_name, q.speaker_country, q.speaker_sector,
     q.text, q.start, q.\"end\", q.kind, d.id, d.hash, d.title, d.url,
     d.published_date, d.language, q.doc";

/// A quote from a row of [`QUOTE_COLUMNS`], with the actors it names.
pub(crate) fn quote_row(store: &Store, r: &Row) -> Result<QuoteRow, StoreError> {
    let (start, end): (i64, i64) = (r.get(6)?, r.get(7)?);
    let speaker_entity: Option<String> = r.get(1)?;
    let about = named_in_span(store, r.get(15)?, start, end, speaker_entity.as_deref())?;
    Ok(QuoteRow {
        row: r.get(0)?,
        speaker_entity,
        speaker_name: r.get(2)?,
        speaker: code(r, 3, 4)?,
        text: r.get(5)?,
        start: usize::try_from(start).unwrap_or(0),
        end: usize::try_from(end).unwrap_or(0),
        kind: r.get(8)?,
        doc_id: r.get(9)?,
        doc_hash: r.get(10)?,
        doc_title: r.get(11)?,
        doc_url: r.get(12)?,
        doc_published: r.get(13)?,
        language: r.get(14)?,
        about,
    })
}

/// The entities mentioned inside `start..end` of document `doc`, other than the speaker, in
/// text order, each once.
pub(crate) fn named_in_span(
    store: &Store,
    doc: i64,
    start: i64,
    end: i64,
    speaker: Option<&str>,
) -> Result<Vec<Named>, StoreError> {
    let mut named = store.conn.prepare_cached(
        "SELECT COALESCE(NULLIF(n.kb_id, ''), n.name), n.name, n.kind,
                COALESCE(n.country || COALESCE('.' || n.sector, ''), n.place_country)
         FROM mentions m JOIN entities n ON n.doc = m.doc AND n.idx = m.entity
         WHERE m.doc = ?1 AND m.start >= ?2 AND m.\"end\" <= ?3
         ORDER BY m.start",
    )?;
    let mut about: Vec<Named> = Vec::new();
    let mut m = named.query(rusqlite::params![doc, start, end])?;
    while let Some(n) = m.next()? {
        let id: String = n.get(0)?;
        if speaker == Some(id.as_str()) || about.iter().any(|a| a.id == id) {
            continue;
        }
        about.push(Named {
            id,
            name: n.get(1)?,
            kind: n.get(2)?,
            code: n.get(3)?,
        });
    }
    Ok(about)
}

pub(crate) fn code(r: &Row, c: usize, s: usize) -> rusqlite::Result<Option<ActorCode>> {
    let country: Option<String> = r.get(c)?;
    let sector: Option<String> = r.get(s)?;
    let Some(country) = country else {
        return Ok(None);
    };
    let bad = |what: String| {
        rusqlite::Error::FromSqlConversionFailure(
            c,
            rusqlite::types::Type::Text,
            format!("unreadable actor code {what}").into(),
        )
    };
    let country = Country::from_str(&country).map_err(|e| bad(e.to_string()))?;
    let sector = match sector {
        Some(s) => Some(Sector::from_str(&s).map_err(|e| bad(e.to_string()))?),
        None => None,
    };
    Ok(Some(ActorCode::new(country, sector)))
}

pub(crate) fn date(r: &Row, i: usize) -> rusqlite::Result<Option<Date>> {
    match r.get_ref(i)?.as_str_or_null()? {
        Some(s) => s.parse().map(Some).map_err(|e: jiff::Error| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Text,
                format!("unreadable date {s:?}: {e}").into(),
            )
        }),
        None => Ok(None),
    }
}

impl EventFact {
    fn from_row(r: &Row) -> rusqlite::Result<EventFact> {
        let kind: String = r.get(1)?;
        Ok(EventFact {
            row: r.get(0)?,
            kind: kind.parse().map_err(|e: String| {
                rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, e.into())
            })?,
            mode: r.get(2)?,
            quad: r.get(3)?,
            source: code(r, 4, 5)?,
            source_entity: r.get(6)?,
            source_name: r.get(7)?,
            target: code(r, 8, 9)?,
            target_entity: r.get(10)?,
            target_name: r.get(11)?,
            date_first: date(r, 12)?,
            date_last: date(r, 13)?,
            confidence: r.get::<_, f64>(14)? as f32,
            folded: r.get(15)?,
            doc: r.get(16)?,
            location_name: r.get(17)?,
            location_country: match r.get_ref(18)?.as_str_or_null()? {
                Some(c) => Country::from_str(c).ok(),
                None => None,
            },
            lat: r.get(19)?,
            lon: r.get(20)?,
            outlet: r.get(21)?,
            standing: r.get(22)?,
        })
    }
}

/// Which quotes to return: by speaker, by an actor the quote mentions, by text, by the
/// publication date of the document; newest stored first, in pages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteQuery {
    /// The speaker: an actor code (`RUS`, `RUS.GOV`) or an entity id or name.
    pub speaker: Option<String>,
    /// An actor the quote's text names (an entity mentioned inside the quote, or a place in
    /// that country).
    pub about: Option<String>,
    pub text: Option<String>,
    /// Documents published (or, undated, never excluded by) this range.
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Start after this quote (the `row` of the previous page's last quote).
    pub after: Option<i64>,
    pub limit: Option<usize>,
}

/// Someone or something a quote names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
    pub kind: String,
    /// The actor code on the publication day; for a place, its country.
    pub code: Option<String>,
}

/// One quote with its speaker, its document and the actors it names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub row: i64,
    pub speaker_entity: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker: Option<ActorCode>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub doc_id: String,
    pub doc_hash: String,
    pub doc_title: Option<String>,
    pub doc_url: Option<String>,
    pub doc_published: Option<String>,
    pub language: Option<String>,
    /// Entities mentioned inside the quote, other than the speaker, in text order.
    pub about: Vec<Named>,
}

/// Which documents to list: newest stored first, in pages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocQuery {
    pub languages: Vec<String>,
    /// Title or text contains this (case-insensitive for ASCII letters).
    pub text: Option<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Start after this document (the `row` of the previous page's last document).
    pub after: Option<i64>,
    pub limit: Option<usize>,
}

/// A stored document, without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocRow {
    pub row: i64,
    pub id: String,
    pub hash: String,
    pub path: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub published: Option<String>,
    pub published_from: Option<String>,
    pub events: u64,
    pub quotes: u64,
    pub ingested_at: String,
}

/// Documents per publication day and language (undated documents have `day` None).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VolumeRow {
    pub day: Option<Date>,
    pub language: String,
    pub documents: u64,
}

/// Reads every layer of a store without SQL: what the relations model and the server use, and
/// what a second backend implements.
pub trait ReadStore {
    /// Streams the event reports matching `q` in no particular order (its `dedup`, `after`,
    /// `offset` and `newest_first` are ignored: callers aggregate, and fold by
    /// [`EventFact::folded`]), so the backend can read along whichever index fits best; `f`
    /// returns `false` to stop.
    fn scan_facts(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(EventFact) -> bool,
    ) -> Result<(), StoreError>;

    /// Streams the events matching `q` with their evidence and document.
    fn scan_event_rows(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(crate::EventRow) -> bool,
    ) -> Result<(), StoreError>;

    /// How many event reports matching `q` are dated to each `(first, last)` day range: which
    /// periods the store has any data for.
    fn event_days(&self, q: &EventQuery) -> Result<Vec<(Date, Date, u64)>, StoreError>;

    /// Every directed pair of two different countries among the dated reports matching `q`:
    /// at least as many events as folding the pair's own reports gives (its folded events,
    /// one counting in each pair it has a report in; or, unfiltered, its reports) and its
    /// latest report's first day (or the store's). What ranks dyads without folding every
    /// report.
    fn country_pairs(&self, q: &EventQuery) -> Result<Vec<CountryPair>, StoreError> {
        let mut m: HashMap<(Country, Country), (HashSet<i64>, Date)> = HashMap::new();
        self.scan_facts(q, &mut |f| {
            if let (Some(s), Some(t), Some(d)) = (f.source, f.target, f.date_first) {
                if s.country != t.country {
                    let e = m
                        .entry((s.country, t.country))
                        .or_insert_with(|| (HashSet::new(), d));
                    e.0.insert(f.folded);
                    e.1 = e.1.max(d);
                }
            }
            true
        })?;
        Ok(m.into_iter()
            .map(|((source, target), (ev, latest))| CountryPair {
                source,
                target,
                events: ev.len() as u64,
                latest,
            })
            .collect())
    }

    fn scan_quotes(
        &self,
        q: &QuoteQuery,
        f: &mut dyn FnMut(QuoteRow) -> bool,
    ) -> Result<(), StoreError>;

    fn scan_documents(
        &self,
        q: &DocQuery,
        f: &mut dyn FnMut(DocRow) -> bool,
    ) -> Result<(), StoreError>;

    /// Documents per publication day and language.
    fn volume(&self) -> Result<Vec<VolumeRow>, StoreError>;

    /// How many documents were published in each `(first, last)` day range (undated ones left
    /// out): the periods the store has news for at all.
    fn published_days(&self) -> Result<Vec<(Date, Date, u64)>, StoreError>;

    /// Counts over the whole store, kept as rows are written (never a scan).
    fn summary(&self) -> Result<crate::Summary, StoreError>;

    /// The actors, most mentioned first, in pages ([`crate::ActorQuery`]).
    fn scan_actors(
        &self,
        q: &crate::ActorQuery,
        f: &mut dyn FnMut(crate::ActorRow) -> bool,
    ) -> Result<(), StoreError>;
}

impl Store {
    /// [`ReadStore::country_pairs`] of every event reported as having happened, from the
    /// counts kept per coded dyad (`RUS.GOV → PAK`, migration 7): reports, not folded events
    /// (more, never fewer), without reading the events; `latest` is the store's latest event.
    fn country_pairs_kept(&self) -> Result<Vec<CountryPair>, StoreError> {
        let latest: Option<String> =
            self.conn
                .query_row("SELECT MAX(date_first) FROM events", [], |r| r.get(0))?;
        let Some(latest) = latest.and_then(|d| Date::from_str(&d).ok()) else {
            return Ok(Vec::new());
        };
        let mut sums: HashMap<(Country, Country), u64> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare("SELECT dyad, n FROM dyad_tally WHERE n > 0")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let dyad: String = r.get(0)?;
            let country = |code: &str| Country::from_str(code.split('.').next().unwrap_or("")).ok();
            if let Some((Some(s), Some(t))) = dyad
                .split_once(" → ")
                .map(|(s, t)| (country(s.trim()), country(t.trim())))
            {
                if s != t {
                    *sums.entry((s, t)).or_default() += r.get::<_, i64>(1)?.unsigned_abs();
                }
            }
        }
        Ok(sums
            .into_iter()
            .map(|((source, target), events)| CountryPair {
                source,
                target,
                events,
                latest,
            })
            .collect())
    }
}

/// One row of [`ReadStore::country_pairs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryPair {
    pub source: Country,
    pub target: Country,
    pub events: u64,
    pub latest: Date,
}

impl ReadStore for Store {
    fn country_pairs(&self, q: &EventQuery) -> Result<Vec<CountryPair>, StoreError> {
        let q = EventQuery {
            dedup: false,
            limit: None,
            ..q.clone()
        };
        if q == (EventQuery::default()) {
            return self.country_pairs_kept();
        }
        let (mut clauses, params) = q.filter()?;
        clauses.extend([
            "e.date_first IS NOT NULL".to_string(),
            "e.source_country IS NOT NULL".to_string(),
            "e.target_country IS NOT NULL".to_string(),
            "e.source_country != e.target_country".to_string(),
        ]);
        let join = if q.languages.is_empty() {
            ""
        } else {
            "JOIN documents d ON d.doc = e.doc"
        };
        // The dyad covering index holds every column read: no event row is visited.
        let sql = format!(
            "SELECT e.source_country, e.target_country,
                    COUNT(DISTINCT COALESCE(e.folded, -e.event)), MAX(e.date_first)
             FROM events e {join} WHERE {} GROUP BY e.source_country, e.target_country",
            clauses.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let country = |i: usize| -> rusqlite::Result<Option<Country>> {
                Ok(r.get_ref(i)?
                    .as_str_or_null()?
                    .and_then(|c| Country::from_str(c).ok()))
            };
            if let (Some(source), Some(target), Some(latest)) =
                (country(0)?, country(1)?, date(r, 3)?)
            {
                out.push(CountryPair {
                    source,
                    target,
                    events: r.get::<_, i64>(2)?.unsigned_abs(),
                    latest,
                });
            }
        }
        Ok(out)
    }

    fn summary(&self) -> Result<crate::Summary, StoreError> {
        Store::summary(self)
    }

    fn scan_actors(
        &self,
        q: &crate::ActorQuery,
        f: &mut dyn FnMut(crate::ActorRow) -> bool,
    ) -> Result<(), StoreError> {
        Store::scan_actors(self, q, f)
    }

    fn scan_facts(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(EventFact) -> bool,
    ) -> Result<(), StoreError> {
        let q = EventQuery {
            dedup: false,
            ..q.clone()
        };
        let (clauses, mut params) = q.filter()?;
        let join = if q.languages.is_empty() {
            ""
        } else {
            "JOIN documents d ON d.doc = e.doc"
        };
        let filter = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        params.push(Value::Integer(
            q.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX)),
        ));
        let sql =
            format!("SELECT {FACT_COLUMNS} FROM events e {join} {FACT_JOINS} {filter} LIMIT ?");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            if !f(EventFact::from_row(r)?) {
                break;
            }
        }
        Ok(())
    }

    fn scan_event_rows(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(crate::EventRow) -> bool,
    ) -> Result<(), StoreError> {
        self.scan_events(q, f)
    }

    fn event_days(&self, q: &EventQuery) -> Result<Vec<(Date, Date, u64)>, StoreError> {
        let (mut clauses, params) = q.filter()?;
        clauses.push("e.date_first IS NOT NULL".into());
        let join = if q.languages.is_empty() {
            ""
        } else {
            "JOIN documents d ON d.doc = e.doc"
        };
        let sql = format!(
            "SELECT e.date_first, e.date_last, COUNT(*) FROM events e {join} WHERE {}
             GROUP BY e.date_first, e.date_last ORDER BY e.date_first, e.date_last",
            clauses.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let (Some(a), Some(b)) = (date(r, 0)?, date(r, 1)?) else {
                continue;
            };
            let n: i64 = r.get(2)?;
            out.push((a, b, u64::try_from(n).unwrap_or(0)));
        }
        Ok(out)
    }

    fn scan_quotes(
        &self,
        q: &QuoteQuery,
        f: &mut dyn FnMut(QuoteRow) -> bool,
    ) -> Result<(), StoreError> {
        let mut clauses = vec!["1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        if let Some(s) = q.speaker.as_deref() {
            let a = ActorFilter::parse(s)?;
            clauses.push(a.sql_on(
                "q.speaker_country",
                "q.speaker_sector",
                "q.speaker_entity",
                "q.speaker_name",
                &mut params,
            ));
        }
        if let Some(s) = q.about.as_deref() {
            let a = ActorFilter::parse(s)?;
            let on_entity = a.sql_on("n.country", "n.sector", "n.kb_id", "n.name", &mut params);
            let on_place = match &a {
                ActorFilter::Code(c) => {
                    params.push(Value::Text(c.country.to_string()));
                    " OR (n.kind = 'place' AND n.place_country = ?)"
                }
                ActorFilter::Entity(_) => "",
            };
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM mentions m JOIN entities n ON n.doc = m.doc AND n.idx = m.entity
                         WHERE m.doc = q.doc AND m.start >= q.start AND m.\"end\" <= q.\"end\"
                           AND ({on_entity}{on_place}))"
            ));
        }
        if let Some(t) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
            clauses.push("q.text LIKE ? ESCAPE '\\'".into());
            params.push(Value::Text(like_pattern(t.trim())));
        }
        if let Some(since) = q.since {
            clauses.push("(d.published_last IS NULL OR d.published_last >= ?)".into());
            params.push(Value::Text(since.to_string()));
        }
        if let Some(until) = q.until {
            clauses.push("(d.published_first IS NULL OR d.published_first <= ?)".into());
            params.push(Value::Text(until.to_string()));
        }
        if let Some(after) = q.after {
            clauses.push("q.rowid < ?".into());
            params.push(Value::Integer(after));
        }
        let limit = q.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        params.push(Value::Integer(limit));
        let sql = format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.doc = q.doc
             WHERE {} ORDER BY q.rowid DESC LIMIT ?",
            clauses.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            if !f(quote_row(self, r)?) {
                break;
            }
        }
        Ok(())
    }

    fn scan_documents(
        &self,
        q: &DocQuery,
        f: &mut dyn FnMut(DocRow) -> bool,
    ) -> Result<(), StoreError> {
        let mut clauses = vec!["1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        if !q.languages.is_empty() {
            let marks = vec!["?"; q.languages.len()].join(", ");
            clauses.push(format!("COALESCE(d.language, 'und') IN ({marks})"));
            params.extend(q.languages.iter().map(|l| Value::Text(l.clone())));
        }
        if let Some(t) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
            clauses.push(
                "(d.title LIKE ?1 ESCAPE '\\' OR dyad_text(d.body) LIKE ?1 ESCAPE '\\')"
                    .replace("?1", &format!("?{}", params.len() + 1)),
            );
            params.push(Value::Text(like_pattern(t.trim())));
        }
        if let Some(since) = q.since {
            clauses.push(format!("d.published_last >= ?{}", params.len() + 1));
            params.push(Value::Text(since.to_string()));
        }
        if let Some(until) = q.until {
            clauses.push(format!("d.published_first <= ?{}", params.len() + 1));
            params.push(Value::Text(until.to_string()));
        }
        if let Some(after) = q.after {
            clauses.push(format!("d.doc < ?{}", params.len() + 1));
            params.push(Value::Integer(after));
        }
        let limit = q.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        params.push(Value::Integer(limit));
        let sql = format!(
            "SELECT {DOC_COLUMNS} FROM documents d WHERE {} ORDER BY d.doc DESC LIMIT ?{}",
            clauses.join(" AND "),
            params.len()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            if !f(doc_row(r)?) {
                break;
            }
        }
        Ok(())
    }

    fn published_days(&self) -> Result<Vec<(Date, Date, u64)>, StoreError> {
        // Kept by triggers on documents (migration 0004).
        let mut stmt = self
            .conn
            .prepare("SELECT first, last, documents FROM document_days ORDER BY first, last")?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            if let (Some(a), Some(b)) = (date(r, 0)?, date(r, 1)?) {
                out.push((a, b, u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0)));
            }
        }
        Ok(out)
    }

    fn volume(&self) -> Result<Vec<VolumeRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT CASE WHEN published_first = published_last THEN published_first END AS day,
                    COALESCE(language, 'und') AS lang, COUNT(*)
             FROM documents GROUP BY day, lang ORDER BY day, lang",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(VolumeRow {
                day: date(r, 0)?,
                language: r.get(1)?,
                documents: u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::all_docs;
    use crate::EventCursor;

    fn store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.write_batch(&all_docs()).unwrap();
        store.link().unwrap();
        store
    }

    fn ids(store: &Store, q: &EventQuery) -> Vec<String> {
        store.events(q).unwrap().into_iter().map(|e| e.id).collect()
    }

    /// A dyad series of two countries reads its facts from one index, never the wide rows.
    #[test]
    fn country_dyad_facts_come_from_a_covering_index() {
        let store = store();
        for (directed, period) in [(true, None), (false, Some("2021-01-01"))] {
            let q = EventQuery {
                actors: vec!["RUS".into(), "USA".into()],
                directed,
                since: period.map(|d| d.parse().unwrap()),
                ..Default::default()
            };
            let (clauses, params) = q.filter().unwrap();
            let sql = format!(
                "EXPLAIN QUERY PLAN SELECT {FACT_COLUMNS} FROM events e {FACT_JOINS} WHERE {}",
                clauses.join(" AND ")
            );
            let mut stmt = store.conn.prepare(&sql).unwrap();
            let plan: Vec<String> = stmt
                .query_map(rusqlite::params_from_iter(params), |r| {
                    r.get::<_, String>(3)
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(
                plan.iter().all(|step| !step.starts_with("SCAN"))
                    && plan
                        .iter()
                        .any(|step| step.contains("COVERING INDEX events_dyad_facts")),
                "directed {directed}: {plan:?}"
            );
        }
    }

    #[test]
    fn pages_join_up_to_the_whole_listing() {
        let store = store();
        for newest_first in [false, true] {
            let base = EventQuery {
                include_aux: true,
                newest_first,
                ..Default::default()
            };
            let all = ids(&store, &base);
            assert_eq!(all.len(), 8);
            let mut paged = Vec::new();
            let mut after = None;
            loop {
                let page = store
                    .events(&EventQuery {
                        after,
                        limit: Some(3),
                        ..base.clone()
                    })
                    .unwrap();
                if page.is_empty() {
                    break;
                }
                // The cursor survives its text form.
                let c = page.last().unwrap().cursor();
                after = Some(c.to_string().parse::<EventCursor>().unwrap());
                paged.extend(page.into_iter().map(|e| e.id));
            }
            assert_eq!(paged, all, "newest_first={newest_first}");
        }
        let newest = ids(
            &store,
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
            ]
        );
    }

    #[test]
    fn the_reports_of_one_folded_event() {
        let store = store();
        let all = store.events(&EventQuery::default()).unwrap();
        let fomin = all.iter().find(|r| r.id == "ev-fomin-1").unwrap();
        assert!(fomin.cluster.is_some());
        let rows = store
            .events(&EventQuery {
                folded: fomin.cluster,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.id, "ev-fomin-1");
        assert_eq!((r.trigger_start, r.trigger_end), (r.start, r.end));
        assert_eq!(r.language.as_deref(), Some("ar"));
    }

    #[test]
    fn bad_cursors_are_errors() {
        for s in ["", "x", "2021-01-01~~3", "~~x", "a~b~1", "~~1~2"] {
            assert!(s.parse::<EventCursor>().is_err(), "{s:?}");
        }
    }

    #[test]
    fn text_and_language_filters() {
        let store = store();
        let q = |text: &str, langs: &[&str]| EventQuery {
            text: Some(text.into()),
            languages: langs.iter().map(|s| s.to_string()).collect(),
            include_aux: true,
            ..Default::default()
        };
        assert_eq!(ids(&store, &q("ACCUSED", &[])), ["ev-lavrov-3"]);
        assert_eq!(ids(&store, &q("100%", &[])), Vec::<String>::new());
        assert_eq!(
            ids(&store, &q("", &["ar"])),
            ["ev-fomin-2", "ev-fomin-1"],
            "an empty text filters nothing"
        );
        assert_eq!(ids(&store, &q("Taliban", &["ar"])), Vec::<String>::new());
    }

    #[test]
    fn facts_carry_what_aggregations_need() {
        let store = store();
        let mut facts = Vec::new();
        store
            .scan_facts(
                &EventQuery {
                    actors: vec!["RUS.MIL".into()],
                    ..Default::default()
                },
                &mut |f| {
                    facts.push(f);
                    true
                },
            )
            .unwrap();
        assert_eq!(facts.len(), 1);
        let f = &facts[0];
        assert_eq!(f.kind, EventType::Consult);
        assert_eq!(f.source.unwrap().to_string(), "RUS.MIL");
        assert_eq!(f.target.unwrap().to_string(), "PAK.MIL");
        assert_eq!(f.source_entity.as_deref(), Some("Q4066893"));
        assert_eq!(f.date_first.unwrap().to_string(), "2021-09-29");
        assert!(f.folded > 0, "linked: {f:?}");
        assert_eq!(f.quad, 1);
        // Stopping early stops.
        let mut n = 0;
        store
            .scan_facts(&EventQuery::default(), &mut |_| {
                n += 1;
                n < 2
            })
            .unwrap();
        assert_eq!(n, 2);
    }

    #[test]
    fn event_days_say_which_periods_have_data() {
        let store = store();
        let days = store.event_days(&EventQuery::default()).unwrap();
        let text: Vec<String> = days
            .iter()
            .map(|(a, b, n)| format!("{a}..{b}:{n}"))
            .collect();
        assert_eq!(
            text,
            [
                "2021-04-01..2021-04-30:1",
                "2021-04-07..2021-04-07:2",
                "2021-09-29..2021-09-29:1",
                "2025-07-03..2025-07-03:1"
            ]
        );
    }

    fn quotes(store: &Store, q: QuoteQuery) -> Vec<QuoteRow> {
        let mut out = Vec::new();
        store
            .scan_quotes(&q, &mut |r| {
                out.push(r);
                true
            })
            .unwrap();
        out
    }

    #[test]
    fn quotes_with_speaker_and_what_they_name() {
        let mut store = store();
        let lavrov = crate::testdata::side("Q80137", "Sergey Lavrov", "RUS.GOV");
        let mut b = crate::testdata::DocBuilder::new(
            "h-quote",
            dyad_core::Lang::of("en"),
            dyad_core::DateValue::ymd(2022, 3, 1),
        );
        b.sentence("Opening.");
        let doc = b
            .entity(crate::testdata::entity(
                "Q80137",
                "Sergey Lavrov",
                dyad_core::EntityKind::Person,
                Some("RUS.GOV"),
            ))
            .entity(crate::testdata::entity(
                "Q30",
                "United States",
                dyad_core::EntityKind::Country,
                Some("USA"),
            ))
            .entity(crate::testdata::place("Q5838", "Kabul", "AFG", 34.5, 69.2))
            .quote(lavrov, "the United States left Kabul in chaos")
            .mention(0, "Sergey Lavrov")
            .mention(1, "United States")
            .mention(2, "Kabul")
            .build();
        store.write_batch(&[doc]).unwrap();
        let all = quotes(&store, QuoteQuery::default());
        assert_eq!(all.len(), 2, "newest first");
        assert_eq!(all[0].text, "the United States left Kabul in chaos");
        let about: Vec<(&str, Option<&str>)> = all[0]
            .about
            .iter()
            .map(|n| (n.name.as_str(), n.code.as_deref()))
            .collect();
        assert_eq!(
            about,
            [("United States", Some("USA")), ("Kabul", Some("AFG"))]
        );
        assert_eq!(all[0].speaker.unwrap().to_string(), "RUS.GOV");
        assert_eq!(all[0].doc_published.as_deref(), Some("2022-03-01"));

        let about = |s: &str| {
            quotes(
                &store,
                QuoteQuery {
                    about: Some(s.into()),
                    ..Default::default()
                },
            )
            .len()
        };
        assert_eq!(about("USA"), 1);
        assert_eq!(about("AFG"), 1, "a place counts for its country");
        assert_eq!(about("united states"), 1);
        assert_eq!(about("PAK"), 0);
        let by = quotes(
            &store,
            QuoteQuery {
                speaker: Some("RUS".into()),
                since: Some(jiff::civil::date(2022, 1, 1)),
                ..Default::default()
            },
        );
        assert_eq!(by.len(), 1);
        let page2 = quotes(
            &store,
            QuoteQuery {
                after: Some(all[0].row),
                ..Default::default()
            },
        );
        assert_eq!(page2.len(), 1);
        assert_eq!(page2[0].text, "categorically unacceptable");
    }

    #[test]
    fn documents_in_pages_and_by_text() {
        let store = store();
        let mut rows = Vec::new();
        store
            .scan_documents(&DocQuery::default(), &mut |r| {
                rows.push(r);
                true
            })
            .unwrap();
        let ids: Vec<&str> = rows.iter().map(|r| r.hash.as_str()).collect();
        assert_eq!(ids, ["h-taliban", "h-lavrov", "h-fomin"]);
        assert_eq!((rows[1].events, rows[1].quotes), (4, 1));
        let mut found = Vec::new();
        store
            .scan_documents(
                &DocQuery {
                    text: Some("recognised".into()),
                    ..Default::default()
                },
                &mut |r| {
                    found.push(r.hash);
                    true
                },
            )
            .unwrap();
        assert_eq!(found, ["h-taliban"]);
        let mut page = Vec::new();
        store
            .scan_documents(
                &DocQuery {
                    after: Some(rows[0].row),
                    limit: Some(1),
                    languages: vec!["en".into()],
                    ..Default::default()
                },
                &mut |r| {
                    page.push(r.hash);
                    true
                },
            )
            .unwrap();
        assert_eq!(page, ["h-lavrov"]);
    }

    #[test]
    fn days_with_news_are_kept_by_the_store() {
        let mut store = store();
        let days = |s: &Store| -> Vec<String> {
            s.published_days()
                .unwrap()
                .iter()
                .map(|(a, b, n)| format!("{a}..{b}:{n}"))
                .collect()
        };
        assert_eq!(
            days(&store),
            ["2021-04-07..2021-04-07:1", "2021-09-29..2021-09-29:1"],
            "the undated document has no day"
        );
        let mut copy = crate::testdata::doc_fomin();
        copy.raw.hash = "another".into();
        // Another document (a new key), not a new version of the same one.
        copy.raw.id = "another".into();
        for e in &mut copy.events {
            e.id = format!("{}-2", e.id);
        }
        store.write_batch(&[copy]).unwrap();
        assert_eq!(days(&store)[1], "2021-09-29..2021-09-29:2");
        store
            .conn
            .execute("DELETE FROM documents WHERE hash = 'h-lavrov'", [])
            .unwrap();
        assert_eq!(days(&store), ["2021-09-29..2021-09-29:2"]);
        store
            .conn
            .execute(
                "UPDATE documents SET published_first = '2021-09-01', published_last = '2021-09-30'
                 WHERE hash = 'another'",
                [],
            )
            .unwrap();
        assert_eq!(
            days(&store),
            ["2021-09-01..2021-09-30:1", "2021-09-29..2021-09-29:1"]
        );
    }

    #[test]
    fn volume_by_day_and_language() {
        let store = store();
        let v = store.volume().unwrap();
        let text: Vec<String> = v
            .iter()
            .map(|r| {
                format!(
                    "{:?} {} {}",
                    r.day.map(|d| d.to_string()),
                    r.language,
                    r.documents
                )
            })
            .collect();
        assert_eq!(
            text,
            [
                "None en 1",
                "Some(\"2021-04-07\") en 1",
                "Some(\"2021-09-29\") ar 1"
            ]
        );
    }
}
