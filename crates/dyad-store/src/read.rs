//! The store's read API for everything above it (relations, the server): typed rows streamed to
//! a callback, one shared filter ([`EventQuery`]) and keyset pages. The [`ReadStore`] trait is
//! what a second backend implements; callers never see SQL.

use crate::query::{like_pattern, ActorFilter};
use crate::sql::{at, int, limit, text, Cols, ColsExt, Db, DbExt};
use crate::{EventQuery, Store, StoreError};
use dyad_core::{ActorCode, Country, EventType, Sector};
use jiff::civil::Date;
use rusqlite::types::Value;
use serde::Serialize;
use std::collections::HashMap;
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

/// The article (a copy's original), its outlet and whether the report stands for its folded
/// event: kept on each linked report (migration 12), so that a dyad's facts come from its
/// covering index alone; worked out from the articles and clusters for a report not yet linked.
const FACT_COLUMNS: &str = "e.event, e.type, e.mode, e.quad,
    e.source_country, e.source_sector, e.source_entity, e.source_name,
    e.target_country, e.target_sector, e.target_entity, e.target_name,
    e.date_first, e.date_last, e.confidence, COALESCE(e.folded, -e.event),
    COALESCE(e.article, (SELECT a.root FROM articles a WHERE a.doc = e.doc), e.doc),
    e.location_name, e.location_country, e.lat, e.lon,
    COALESCE(e.outlet,
        (SELECT CASE WHEN a.root = a.doc THEN a.outlet
                     ELSE COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = a.root), a.outlet)
                END
         FROM articles a WHERE a.doc = e.doc),
        'unknown'),
    COALESCE(e.standing,
        CASE WHEN COALESCE((SELECT c.rep FROM clusters c WHERE c.cluster = e.folded), e.event)
                  = e.event THEN 1 ELSE 0 END)";

/// The columns [`doc_row`] reads, in its order (documents `d`).
pub(crate) const DOC_COLUMNS: &str =
    "d.doc, d.id, d.hash, d.path, d.url, d.title, d.source, d.language,
     d.published_date, d.published_from, d.ingested_at,
     (SELECT COUNT(*) FROM events e WHERE e.doc = d.doc),
     d.quote_count";

/// How many columns [`DOC_COLUMNS`] names.
pub(crate) const DOC_COLUMN_COUNT: usize = 13;

/// A document from a row of [`DOC_COLUMNS`].
pub(crate) fn doc_row(r: &dyn Cols) -> Result<DocRow, StoreError> {
    Ok(DocRow {
        row: r.i64(0)?,
        id: r.str(1)?,
        hash: r.str(2)?,
        path: at(r, 3)?,
        url: at(r, 4)?,
        title: at(r, 5)?,
        source: at(r, 6)?,
        language: at(r, 7)?,
        published: at(r, 8)?,
        published_from: at(r, 9)?,
        ingested_at: r.str(10)?,
        events: r.count(11)?,
        quotes: r.count(12)?,
    })
}

/// The columns of documents `d` that [`quotes_of`] reads, in its order: the quotes' own
/// columns are in the body (schema 19).
pub(crate) const QUOTE_DOC_COLUMNS: &str =
    "d.doc, d.id, d.hash, d.title, d.url, d.published_date, d.language, d.quote_row,
     CASE WHEN d.quote_row IS NOT NULL THEN d.body END";

/// How many columns [`QUOTE_DOC_COLUMNS`] names.
pub(crate) const QUOTE_DOC_COLUMN_COUNT: usize = 9;

/// A document's quotes from a row of [`QUOTE_DOC_COLUMNS`] read from `from` on, each with its
/// number (the row id it had before schema 19), in the document's order; the document's row
/// comes with them. The actors each names are left for [`fill_about`].
pub(crate) fn quotes_of(r: &dyn Cols, from: usize) -> Result<(i64, Vec<QuoteRow>), StoreError> {
    let doc = r.i64(from)?;
    let (Some(first), Some(body)) = (r.i64_opt(from + 7)?, r.bytes_opt(from + 8)?) else {
        return Ok((doc, Vec::new()));
    };
    let stored = crate::pack::unpack(&body)?.quotes()?;
    let (doc_id, doc_hash) = (r.str(from + 1)?, r.str(from + 2)?);
    let (doc_title, doc_url) = (r.str_opt(from + 3)?, r.str_opt(from + 4)?);
    let (doc_published, language) = (r.str_opt(from + 5)?, r.str_opt(from + 6)?);
    let bad = |what: String| StoreError::Unreadable(format!("actor code {what}"));
    let mut out = Vec::with_capacity(stored.len());
    for (row, q) in (first..).zip(stored) {
        let speaker = match &q.speaker {
            Some(s) => Some(ActorCode::new(
                Country::from_str(&s.country).map_err(|e| bad(e.to_string()))?,
                match &s.sector {
                    Some(x) => Some(Sector::from_str(x).map_err(|e| bad(e.to_string()))?),
                    None => None,
                },
            )),
            None => None,
        };
        out.push(QuoteRow {
            row,
            speaker_entity: q.speaker.as_ref().and_then(|s| s.entity.clone()),
            speaker_name: q.speaker.map(|s| s.name),
            speaker,
            text: q.text,
            start: q.start,
            end: q.end,
            kind: q.kind,
            doc_id: doc_id.clone(),
            doc_hash: doc_hash.clone(),
            doc_title: doc_title.clone(),
            doc_url: doc_url.clone(),
            doc_published: doc_published.clone(),
            language: language.clone(),
            about: Vec::new(),
        });
    }
    Ok((doc, out))
}

/// Fills in the entities a quote names (its `about`).
pub(crate) fn fill_about(db: &dyn Db, q: &mut QuoteRow, doc: i64) -> Result<(), StoreError> {
    q.about = named_in_span(
        db,
        doc,
        q.start as i64,
        q.end as i64,
        q.speaker_entity.as_deref(),
    )?;
    Ok(())
}

/// The entities mentioned inside `start..end` of document `doc`, other than the speaker, in
/// text order, each once. Mentions that start together come longest first, then by entity,
/// so that both backends list them in one order.
pub(crate) fn named_in_span(
    db: &dyn Db,
    doc: i64,
    start: i64,
    end: i64,
    speaker: Option<&str>,
) -> Result<Vec<Named>, StoreError> {
    let named = db.rows(
        "SELECT COALESCE(NULLIF(n.kb_id, ''), n.name), n.name, n.kind,
                COALESCE(n.country || COALESCE('.' || n.sector, ''), n.place_country)
         FROM mentions m JOIN entities n ON n.doc = m.doc AND n.idx = m.entity
         WHERE m.doc = ?1 AND m.start >= ?2 AND m.\"end\" <= ?3
         ORDER BY m.start, m.\"end\" DESC, m.entity",
        &[int(doc), int(start), int(end)],
        |n| {
            Ok(Named {
                id: n.str(0)?,
                name: n.str(1)?,
                kind: n.str(2)?,
                code: n.str_opt(3)?,
            })
        },
    )?;
    let mut about: Vec<Named> = Vec::new();
    for n in named {
        if speaker == Some(n.id.as_str()) || about.iter().any(|a| a.id == n.id) {
            continue;
        }
        about.push(n);
    }
    Ok(about)
}

pub(crate) fn code(r: &dyn Cols, c: usize, s: usize) -> Result<Option<ActorCode>, StoreError> {
    let Some(country) = r.str_opt(c)? else {
        return Ok(None);
    };
    let bad = |what: String| StoreError::Unreadable(format!("actor code {what}"));
    let country = Country::from_str(&country).map_err(|e| bad(e.to_string()))?;
    let sector = match r.str_opt(s)? {
        Some(s) => Some(Sector::from_str(&s).map_err(|e| bad(e.to_string()))?),
        None => None,
    };
    Ok(Some(ActorCode::new(country, sector)))
}

/// Year, month and day of a day written as dyad stores it (`2021-09-29`: four, two and two
/// digits), not checked against the calendar; `None` for any other form.
pub(crate) fn plain_ymd(s: &str) -> Option<(i16, i8, i8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0i16, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0'))
        })
    };
    Some((num(0, 4)?, num(5, 7)? as i8, num(8, 10)? as i8))
}

pub(crate) fn date(r: &dyn Cols, i: usize) -> Result<Option<Date>, StoreError> {
    r.str_opt(i)?.map(|s| day(&s)).transpose()
}

/// A stored day (`2021-09-29`). Dates are read by the ten thousand for one series: the plain
/// form is taken apart by hand, anything else goes to jiff's parser (and its error).
fn day(s: &str) -> Result<Date, StoreError> {
    if let Some(date) = plain_ymd(s).and_then(|(y, m, d)| Date::new(y, m, d).ok()) {
        return Ok(date);
    }
    s.parse()
        .map_err(|e: jiff::Error| StoreError::Unreadable(format!("date {s:?}: {e}")))
}

impl EventFact {
    fn from_row(r: &dyn Cols) -> Result<EventFact, StoreError> {
        let kind = r.str(1)?;
        Ok(EventFact {
            row: r.i64(0)?,
            kind: kind.parse().map_err(StoreError::Unreadable)?,
            mode: at(r, 2)?,
            quad: u8::try_from(r.i64(3)?)
                .map_err(|_| StoreError::Unreadable("quad out of range".into()))?,
            source: code(r, 4, 5)?,
            source_entity: at(r, 6)?,
            source_name: at(r, 7)?,
            target: code(r, 8, 9)?,
            target_entity: at(r, 10)?,
            target_name: at(r, 11)?,
            date_first: date(r, 12)?,
            date_last: date(r, 13)?,
            confidence: r.f64(14)? as f32,
            folded: r.i64(15)?,
            doc: r.i64(16)?,
            location_name: at(r, 17)?,
            location_country: r.str_opt(18)?.and_then(|c| Country::from_str(&c).ok()),
            lat: r.f64_opt(19)?,
            lon: r.f64_opt(20)?,
            outlet: r.str(21)?,
            // An integer in SQLite, a boolean in PostgreSQL: both read as 0 or 1.
            standing: r.i64(22)? != 0,
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
    fn country_pairs(&self, q: &EventQuery) -> Result<Vec<CountryPair>, StoreError>;

    /// Whether any stored event has this country (a code like `RUS`) on either side.
    fn names_country(&self, country: &str) -> Result<bool, StoreError>;

    /// Whether any stored event names this actor on either side, or any quote as its
    /// speaker, by entity id or by name (ASCII letters in any case).
    fn names_actor(&self, who: &str) -> Result<bool, StoreError>;

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

    /// Streams the folded events matching `q` (as `q.dedup` lists them, honouring `after`,
    /// `offset` and `limit`), each with its reports and counts, as
    /// `dyad events --dedup --format json` shows them.
    fn scan_folded(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(crate::FoldedEvent) -> bool,
    ) -> Result<(), StoreError>;

    /// Streams every stored document in publication order (undated first, then by first
    /// day, last day and row); `f` returns `false` to stop.
    fn export_documents(
        &self,
        f: &mut dyn FnMut(crate::DocumentRecord) -> bool,
    ) -> Result<(), StoreError>;

    /// Streams every entity of every document, in publication order and then by its number
    /// in the document, each with its mentions.
    fn export_entities(
        &self,
        f: &mut dyn FnMut(crate::EntityRecord) -> bool,
    ) -> Result<(), StoreError>;

    /// Streams every quote, in publication order and then by its place in the document, each
    /// with the actors it names.
    fn export_quotes(
        &self,
        f: &mut dyn FnMut(crate::QuoteRecord) -> bool,
    ) -> Result<(), StoreError>;
}

/// Implements [`ReadStore`] for a backend by the shared queries over its [`Db`].
macro_rules! read_store_via_db {
    ($t:ty, $db:ident) => {
        impl $crate::ReadStore for $t {
            fn summary(&self) -> Result<$crate::Summary, StoreError> {
                $crate::query::summary(&self.$db)
            }
            fn scan_actors(
                &self,
                q: &$crate::ActorQuery,
                f: &mut dyn FnMut($crate::ActorRow) -> bool,
            ) -> Result<(), StoreError> {
                $crate::query::scan_actors(&self.$db, q, f)
            }
            fn scan_facts(
                &self,
                q: &$crate::EventQuery,
                f: &mut dyn FnMut($crate::EventFact) -> bool,
            ) -> Result<(), StoreError> {
                $crate::read::scan_facts(&self.$db, q, f)
            }
            fn scan_event_rows(
                &self,
                q: &$crate::EventQuery,
                f: &mut dyn FnMut($crate::EventRow) -> bool,
            ) -> Result<(), StoreError> {
                $crate::query::scan_ordered(
                    &self.$db,
                    q,
                    $crate::query::EVENT_COLUMNS,
                    $crate::EventRow::from_row,
                    f,
                )
            }
            fn event_days(
                &self,
                q: &$crate::EventQuery,
            ) -> Result<Vec<(jiff::civil::Date, jiff::civil::Date, u64)>, StoreError> {
                $crate::read::event_days(&self.$db, q)
            }
            fn scan_quotes(
                &self,
                q: &$crate::QuoteQuery,
                f: &mut dyn FnMut($crate::QuoteRow) -> bool,
            ) -> Result<(), StoreError> {
                $crate::read::scan_quotes(&self.$db, q, f)
            }
            fn scan_documents(
                &self,
                q: &$crate::DocQuery,
                f: &mut dyn FnMut($crate::DocRow) -> bool,
            ) -> Result<(), StoreError> {
                $crate::read::scan_documents(&self.$db, q, f)
            }
            fn published_days(
                &self,
            ) -> Result<Vec<(jiff::civil::Date, jiff::civil::Date, u64)>, StoreError> {
                $crate::read::published_days(&self.$db)
            }
            fn volume(&self) -> Result<Vec<$crate::VolumeRow>, StoreError> {
                $crate::read::volume(&self.$db)
            }
            fn country_pairs(
                &self,
                q: &$crate::EventQuery,
            ) -> Result<Vec<$crate::CountryPair>, StoreError> {
                $crate::read::country_pairs(&self.$db, q)
            }
            fn names_country(&self, country: &str) -> Result<bool, StoreError> {
                $crate::query::names_country(&self.$db, country)
            }
            fn names_actor(&self, who: &str) -> Result<bool, StoreError> {
                $crate::query::names_actor(&self.$db, who)
            }
            fn scan_folded(
                &self,
                q: &$crate::EventQuery,
                f: &mut dyn FnMut($crate::FoldedEvent) -> bool,
            ) -> Result<(), StoreError> {
                $crate::folded::scan_folded(&self.$db, q, f)
            }
            fn export_documents(
                &self,
                f: &mut dyn FnMut($crate::DocumentRecord) -> bool,
            ) -> Result<(), StoreError> {
                $crate::export::export_documents(&self.$db, f)
            }
            fn export_entities(
                &self,
                f: &mut dyn FnMut($crate::EntityRecord) -> bool,
            ) -> Result<(), StoreError> {
                $crate::export::export_entities(&self.$db, f)
            }
            fn export_quotes(
                &self,
                f: &mut dyn FnMut($crate::QuoteRecord) -> bool,
            ) -> Result<(), StoreError> {
                $crate::export::export_quotes(&self.$db, f)
            }
        }
    };
}
#[allow(unused_imports)] // used by pg/
pub(crate) use read_store_via_db;

/// One row of [`ReadStore::country_pairs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryPair {
    pub source: Country,
    pub target: Country,
    pub events: u64,
    pub latest: Date,
}

/// [`ReadStore::country_pairs`] over a backend's own SQL: unfiltered, from the counts kept
/// per dyad; otherwise grouped along the dyad index.
pub(crate) fn country_pairs(db: &dyn Db, q: &EventQuery) -> Result<Vec<CountryPair>, StoreError> {
    let q = EventQuery {
        dedup: false,
        limit: None,
        ..q.clone()
    };
    if q == EventQuery::default() {
        return country_pairs_kept(db);
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
    let rows = db.rows(&sql, &params, |r| {
        let country = |i: usize| -> Result<Option<Country>, StoreError> {
            Ok(r.str_opt(i)?.and_then(|c| Country::from_str(&c).ok()))
        };
        Ok(match (country(0)?, country(1)?, date(r, 3)?) {
            (Some(source), Some(target), Some(latest)) => Some(CountryPair {
                source,
                target,
                events: r.i64(2)?.unsigned_abs(),
                latest,
            }),
            _ => None,
        })
    })?;
    Ok(rows.into_iter().flatten().collect())
}

/// [`ReadStore::country_pairs`] of every event reported as having happened, from the counts
/// kept per coded dyad (`RUS.GOV → PAK`, SQLite migration 7, `dyad_tally` in PostgreSQL's
/// schema): reports, not folded events (more, never fewer), without reading the events;
/// `latest` is the store's latest event.
fn country_pairs_kept(db: &dyn Db) -> Result<Vec<CountryPair>, StoreError> {
    let latest = db.first("SELECT MAX(date_first) FROM events", &[], |r| date(r, 0))?;
    let Some(latest) = latest.flatten() else {
        return Ok(Vec::new());
    };
    let mut sums: HashMap<(Country, Country), u64> = HashMap::new();
    let tallies = db.rows("SELECT dyad, n FROM dyad_tally WHERE n > 0", &[], |r| {
        Ok((r.str(0)?, r.i64(1)?))
    })?;
    let country = |code: &str| Country::from_str(code.split('.').next().unwrap_or("")).ok();
    for (dyad, n) in tallies {
        if let Some((Some(s), Some(t))) = dyad
            .split_once(" → ")
            .map(|(s, t)| (country(s.trim()), country(t.trim())))
        {
            if s != t {
                *sums.entry((s, t)).or_default() += n.unsigned_abs();
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

read_store_via_db!(Store, conn);

/// Runs a query and hands its rows to `f` after it ends (see [`Db::each`]), stopping when `f`
/// says so.
fn stream<T>(
    db: &dyn Db,
    sql: &str,
    params: &[Value],
    map: fn(&dyn Cols) -> Result<T, StoreError>,
    f: &mut dyn FnMut(T) -> bool,
) -> Result<(), StoreError> {
    for row in db.rows(sql, params, map)? {
        if !f(row) {
            break;
        }
    }
    Ok(())
}

pub(crate) fn scan_facts(
    db: &dyn Db,
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
    params.push(limit(q.limit));
    let sql = format!("SELECT {FACT_COLUMNS} FROM events e {join} {filter} LIMIT ?");
    // Facts are small and streamed to an aggregation that never touches the store, so they
    // are handed on as they arrive.
    let mut stop = false;
    db.each(&sql, &params, &mut |r| {
        stop = !f(EventFact::from_row(r)?);
        Ok(!stop)
    })
}

pub(crate) fn event_days(
    db: &dyn Db,
    q: &EventQuery,
) -> Result<Vec<(Date, Date, u64)>, StoreError> {
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
    let rows = db.rows(&sql, &params, |r| {
        Ok((date(r, 0)?, date(r, 1)?, r.count(2)?))
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|(a, b, n)| Some((a?, b?, n)))
        .collect())
}

pub(crate) fn scan_quotes(
    db: &dyn Db,
    q: &QuoteQuery,
    f: &mut dyn FnMut(QuoteRow) -> bool,
) -> Result<(), StoreError> {
    // The documents' conditions, on documents `d`.
    let mut on_doc = Vec::new();
    let mut doc_params: Vec<Value> = Vec::new();
    if let Some(since) = q.since {
        on_doc.push("(d.published_last IS NULL OR d.published_last >= ?)".to_string());
        doc_params.push(Value::Text(since.to_string()));
    }
    if let Some(until) = q.until {
        on_doc.push("(d.published_first IS NULL OR d.published_first <= ?)".to_string());
        doc_params.push(Value::Text(until.to_string()));
    }
    // By speaker: the quotes that have one are rows (schema 19), found by its index.
    let speaker = match q.speaker.as_deref() {
        Some(s) => {
            let mut p = Vec::new();
            let sql = ActorFilter::parse(s)?.sql_on(
                "s.country",
                "s.sector",
                "s.entity",
                "s.name",
                &mut p,
            );
            Some((sql, p))
        }
        None => None,
    };
    // An actor the quote names: its mentions inside the quote's span are rows (schema 15).
    let about = match q.about.as_deref() {
        Some(s) => {
            let a = ActorFilter::parse(s)?;
            let mut p = Vec::new();
            let on_entity = a.sql_on("n.country", "n.sector", "n.kb_id", "n.name", &mut p);
            let on_place = match &a {
                ActorFilter::Code(c) => {
                    p.push(Value::Text(c.country.to_string()));
                    " OR (n.kind = 'place' AND n.place_country = ?)"
                }
                ActorFilter::Entity(_) => "",
            };
            let sql = format!(
                "SELECT 1 FROM mentions m JOIN entities n ON n.doc = m.doc AND n.idx = m.entity
                 WHERE m.doc = ? AND m.start >= ? AND m.\"end\" <= ? AND ({on_entity}{on_place})
                 LIMIT 1"
            );
            Some((sql, p))
        }
        None => None,
    };
    // What LIKE '%text%' matched: the text anywhere, ASCII letters in either case.
    let needle = q
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase);
    let mut left = q.limit.unwrap_or(usize::MAX);
    if left == 0 {
        return Ok(());
    }
    let mut after = q.after.unwrap_or(i64::MAX);
    // The quotes of the document last read: a page of quotes by speaker is mostly a few
    // documents' quotes.
    let mut held: Option<(i64, Vec<QuoteRow>)> = None;
    // Documents read with the page's query, newest first: their quotes come from the same
    // rows, not from a query per document (a news article has few quotes, so a page of
    // quotes spans many documents).
    let mut read: std::collections::VecDeque<(i64, Vec<QuoteRow>)> = Default::default();
    loop {
        let page = left.clamp(16, 512);
        // The next quotes' numbers and documents, newest first.
        let mut candidates: Vec<(i64, i64)> = Vec::new();
        let mut where_doc = on_doc.clone();
        let mut params: Vec<Value> = Vec::new();
        match &speaker {
            Some((sql, p)) => {
                // The parameters in the order of their clauses: the documents', the speaker's.
                where_doc.push(sql.clone());
                params.extend(doc_params.iter().cloned());
                params.extend(p.iter().cloned());
                params.push(Value::Integer(after));
                params.push(int(page as i64));
                let sql =
                    format!(
                    "SELECT s.quote, s.doc FROM quote_speakers s JOIN documents d ON d.doc = s.doc
                     WHERE {} s.quote < ? ORDER BY s.quote DESC LIMIT ?",
                    where_doc.iter().map(|c| format!("{c} AND ")).collect::<String>()
                );
                candidates = db.rows(&sql, &params, |r| Ok((r.i64(0)?, r.i64(1)?)))?;
                if let Some(&(last, _)) = candidates.last() {
                    after = last;
                }
            }
            None => {
                params.extend(doc_params.iter().cloned());
                params.push(Value::Integer(after));
                params.push(int(page.div_ceil(4) as i64));
                let sql = format!(
                    "SELECT {QUOTE_DOC_COLUMNS}, d.quote_count FROM documents d
                     WHERE {} d.quote_row IS NOT NULL AND d.quote_row < ?
                     ORDER BY d.quote_row DESC LIMIT ?",
                    where_doc
                        .iter()
                        .map(|c| format!("{c} AND "))
                        .collect::<String>()
                );
                let docs = db.rows(&sql, &params, |r| {
                    Ok((quotes_of(r, 0)?, r.i64(7)?, r.i64(QUOTE_DOC_COLUMN_COUNT)?))
                })?;
                for ((doc, _), first, n) in &docs {
                    for row in (*first..first.saturating_add(*n)).rev() {
                        if row < after {
                            candidates.push((row, *doc));
                        }
                    }
                }
                if let Some((_, first, _)) = docs.last() {
                    after = *first;
                }
                read.extend(docs.into_iter().map(|(quotes, _, _)| quotes));
            }
        }
        if candidates.is_empty() {
            return Ok(());
        }
        for (row, doc) in candidates {
            while held.as_ref().is_none_or(|(d, _)| *d != doc) {
                if let Some(next) = read.pop_front() {
                    held = Some(next);
                    continue;
                }
                let got = db.rows(
                    &format!("SELECT {QUOTE_DOC_COLUMNS} FROM documents d WHERE d.doc = ?"),
                    &[int(doc)],
                    |r| quotes_of(r, 0),
                )?;
                held = got.into_iter().next();
                break;
            }
            let Some((_, quotes)) = &held else { continue };
            let Some(quote) = quotes.iter().find(|x| x.row == row) else {
                continue;
            };
            if let Some(n) = &needle {
                if !contains_ascii_nocase(&quote.text, n) {
                    continue;
                }
            }
            if let Some((sql, p)) = &about {
                let mut params = vec![int(doc), int(quote.start as i64), int(quote.end as i64)];
                params.extend(p.iter().cloned());
                if db.first(sql, &params, |r| r.i64(0))?.is_none() {
                    continue;
                }
            }
            let mut quote = quote.clone();
            fill_about(db, &mut quote, doc)?;
            if !f(quote) {
                return Ok(());
            }
            left -= 1;
            if left == 0 {
                return Ok(());
            }
        }
    }
}

/// Whether `hay` holds `needle` (already in lower case), ASCII letters matched in either case:
/// what `LIKE '%needle%'` matches in SQLite, and ILIKE under PostgreSQL's "C" collation.
fn contains_ascii_nocase(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty()
        || h.windows(n.len())
            .any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b))
}

pub(crate) fn scan_documents(
    db: &dyn Db,
    q: &DocQuery,
    f: &mut dyn FnMut(DocRow) -> bool,
) -> Result<(), StoreError> {
    let mut clauses = vec!["TRUE".to_string()];
    let mut params: Vec<Value> = Vec::new();
    if !q.languages.is_empty() {
        let marks = vec!["?"; q.languages.len()].join(", ");
        clauses.push(format!("COALESCE(d.language, 'und') IN ({marks})"));
        params.extend(q.languages.iter().map(|l| Value::Text(l.clone())));
    }
    if let Some(t) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
        // dyad_text() unpacks the stored body in SQLite; PostgreSQL keeps the text as a
        // column and reads that instead (pg::dialect).
        clauses.push("(d.title LIKE ? ESCAPE '\\' OR dyad_text(d.body) LIKE ? ESCAPE '\\')".into());
        let p = like_pattern(t.trim());
        params.extend([text(p.clone()), text(p)]);
    }
    if let Some(since) = q.since {
        clauses.push("d.published_last >= ?".into());
        params.push(Value::Text(since.to_string()));
    }
    if let Some(until) = q.until {
        clauses.push("d.published_first <= ?".into());
        params.push(Value::Text(until.to_string()));
    }
    if let Some(after) = q.after {
        clauses.push("d.doc < ?".into());
        params.push(Value::Integer(after));
    }
    params.push(limit(q.limit));
    let sql = format!(
        "SELECT {DOC_COLUMNS} FROM documents d WHERE {} ORDER BY d.doc DESC LIMIT ?",
        clauses.join(" AND ")
    );
    stream(db, &sql, &params, doc_row, f)
}

pub(crate) fn published_days(db: &dyn Db) -> Result<Vec<(Date, Date, u64)>, StoreError> {
    // Kept by triggers on documents (migration 0004).
    let rows = db.rows(
        "SELECT first, last, documents FROM document_days ORDER BY first, last",
        &[],
        |r| Ok((date(r, 0)?, date(r, 1)?, r.count(2)?)),
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|(a, b, n)| Some((a?, b?, n)))
        .collect())
}

pub(crate) fn volume(db: &dyn Db) -> Result<Vec<VolumeRow>, StoreError> {
    db.rows(
        "SELECT CASE WHEN published_first = published_last THEN published_first END AS day,
                COALESCE(language, 'und') AS lang, COUNT(*)
         FROM documents GROUP BY day, lang ORDER BY day NULLS FIRST, lang",
        &[],
        |r| {
            Ok(VolumeRow {
                day: date(r, 0)?,
                language: r.str(1)?,
                documents: r.count(2)?,
            })
        },
    )
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
                "EXPLAIN QUERY PLAN SELECT {FACT_COLUMNS} FROM events e WHERE {}",
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
    fn days_read_as_jiff_reads_them() {
        for s in [
            "2021-09-29",
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-9-29",
            "2021-09-2x",
            "+2021-09-29",
            "2021/09/29",
            "",
        ] {
            let ours = day(s).map_err(|e| e.to_string());
            let jiffs = s
                .parse::<Date>()
                .map_err(|e| StoreError::Unreadable(format!("date {s:?}: {e}")).to_string());
            assert_eq!(ours, jiffs, "{s:?}");
        }
    }

    #[test]
    fn bad_cursors_are_errors() {
        for s in ["", "x", "2021-01-01~~3", "~~x", "a~b~1", "~~1~2"] {
            assert!(s.parse::<EventCursor>().is_err(), "{s:?}");
        }
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
}
