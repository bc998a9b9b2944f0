//! Folded events with their provenance: one object per real-world event, every report behind
//! it, its counts and why its reports were linked (`dyad events --dedup --format json`).

use crate::sql::{int, ColsExt, Db, DbExt};
use crate::{EventQuery, EventRow, Store, StoreError};
use serde::Serialize;

/// One report of a folded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRef {
    /// The document's id as given at ingest.
    pub doc: String,
    /// The report's own event id.
    pub event: String,
    pub url: Option<String>,
    /// The outlet: the record's source, else the URL's host, else `unknown`.
    pub source: String,
    pub language: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub date: Option<String>,
    pub published: Option<String>,
    /// For a syndicated copy, the id of the document it copies (it is not an independent
    /// source).
    pub copy_of: Option<String>,
    /// The report this one matched when it joined (none for the first), and what agreed.
    pub linked_to: Option<String>,
    pub agreed: Vec<String>,
}

/// An event id absorbed by a merge, and the report that showed the two were one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Merge {
    pub alias: i64,
    pub event: Option<String>,
    pub agreed: Vec<String>,
}

/// Another event of the story, found to be so when a report of one of the two was linked,
/// and what agreed (a meeting and the agreement announced at it: the same actors and days,
/// types of one story).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryLink {
    /// The other event's id.
    pub with: i64,
    /// The report whose link showed it.
    pub event: Option<String>,
    pub agreed: Vec<String>,
}

/// One real-world event: the report standing for it (its type, actors, date, place) and every
/// report of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoldedEvent {
    pub id: i64,
    /// The story it belongs to (the smallest event id of the story).
    pub story: i64,
    /// The report standing for it, in the shape of a plain event listing.
    #[serde(skip)]
    pub rep: EventRow,
    pub num_reports: u64,
    pub num_articles: u64,
    pub num_sources: u64,
    pub languages: Vec<String>,
    pub first_reported: Option<String>,
    pub last_reported: Option<String>,
    pub reports: Vec<ReportRef>,
    pub merged: Vec<Merge>,
    /// The joins that put it in its story, with the events it was joined with directly
    /// (the story's other events may have joined through them).
    pub story_links: Vec<StoryLink>,
}

fn reasons(s: Option<String>) -> Vec<String> {
    s.unwrap_or_default()
        .split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl Store {
    /// The folded events matching `q` (as `q.dedup` lists them), each with its reports.
    pub fn folded_events(&self, q: &EventQuery) -> Result<Vec<FoldedEvent>, StoreError> {
        folded_events(&self.conn, q)
    }
}

/// Folded events read per page of a [`scan_folded`]: each page's reports are read once its
/// events are in hand.
const PAGE: usize = 500;

/// Streams the folded events matching `q` (as `q.dedup` lists them, honouring `after`,
/// `offset` and `limit`), each with its reports, a page at a time; `f` returns `false` to
/// stop.
pub(crate) fn scan_folded(
    db: &dyn Db,
    q: &EventQuery,
    f: &mut dyn FnMut(FoldedEvent) -> bool,
) -> Result<(), StoreError> {
    let mut q = EventQuery {
        dedup: true,
        ..q.clone()
    };
    let mut left = q.limit.unwrap_or(usize::MAX);
    while left > 0 {
        let want = left.min(PAGE);
        let reps = crate::query::events(
            db,
            &EventQuery {
                limit: Some(want),
                ..q.clone()
            },
        )?;
        let (n, last) = (reps.len(), reps.last().map(EventRow::cursor));
        for rep in reps {
            left -= 1;
            if !f(folded_event(db, rep)?) {
                return Ok(());
            }
        }
        if n < want {
            break;
        }
        q.after = last;
        q.offset = 0;
    }
    Ok(())
}

pub(crate) fn folded_events(db: &dyn Db, q: &EventQuery) -> Result<Vec<FoldedEvent>, StoreError> {
    let q = EventQuery {
        dedup: true,
        ..q.clone()
    };
    let reps = crate::query::events(db, &q)?;
    reps.into_iter().map(|r| folded_event(db, r)).collect()
}

fn folded_event(db: &dyn Db, rep: EventRow) -> Result<FoldedEvent, StoreError> {
    let id = rep.cluster.unwrap_or(rep.row);
    let (story, languages, first, last) = db
        .first(
            "SELECT story, languages, first_reported, last_reported FROM clusters
             WHERE cluster = ?1",
            &[int(id)],
            |r| Ok((r.i64(0)?, r.str(1)?, r.str_opt(2)?, r.str_opt(3)?)),
        )?
        .ok_or_else(|| StoreError::NotFound(format!("event {id}")))?;
    let reports = db.rows(
        // The outlet as the record gives it (the stored `a.outlet` is folded for counting).
        "SELECT d.id, e.id, d.url, d.source,
                COALESCE(d.language, 'und'), e.sentence, e.start, e.\"end\", e.type,
                e.date_value, d.published_date,
                (SELECT o.id FROM documents o WHERE o.doc = a.root AND a.root <> e.doc),
                (SELECT v.id FROM events v WHERE v.event = l.via), l.reason
         FROM events e JOIN documents d ON d.doc = e.doc
         LEFT JOIN articles a ON a.doc = e.doc
         LEFT JOIN cluster_links l ON l.event = e.event
         WHERE e.folded = ?1 ORDER BY d.published_first IS NULL, d.published_first, e.event",
        &[int(id)],
        |r| {
            Ok(ReportRef {
                doc: r.str(0)?,
                event: r.str(1)?,
                url: r.str_opt(2)?,
                source: crate::link::outlet_as_given(
                    r.str_opt(3)?.as_deref(),
                    r.str_opt(2)?.as_deref(),
                ),
                language: r.str(4)?,
                sentence: r.str(5)?,
                start: r.i64(6)?.try_into().unwrap_or(0),
                end: r.i64(7)?.try_into().unwrap_or(0),
                kind: r.str(8)?,
                date: r.str_opt(9)?,
                published: r.str_opt(10)?,
                copy_of: r.str_opt(11)?,
                linked_to: r.str_opt(12)?,
                agreed: reasons(r.str_opt(13)?),
            })
        },
    )?;
    let merged = db.rows(
        "SELECT m.alias, (SELECT v.id FROM events v WHERE v.event = m.event), m.reason
         FROM cluster_aliases m WHERE m.cluster = ?1 ORDER BY m.alias",
        &[int(id)],
        |r| {
            Ok(Merge {
                alias: r.i64(0)?,
                event: r.str_opt(1)?,
                agreed: reasons(r.str_opt(2)?),
            })
        },
    )?;
    let story_links = db.rows(
        "SELECT s.other,
                (SELECT v.id FROM events v WHERE v.event = s.event), s.reason
         FROM story_links s WHERE s.cluster = ?1
         UNION ALL
         SELECT s.cluster, (SELECT v.id FROM events v WHERE v.event = s.event), s.reason
         FROM story_links s WHERE s.other = ?1 AND s.cluster <> ?1
         ORDER BY 1, 2, 3",
        &[int(id)],
        |r| {
            Ok(StoryLink {
                with: r.i64(0)?,
                event: r.str_opt(1)?,
                agreed: reasons(r.str_opt(2)?),
            })
        },
    )?;
    Ok(FoldedEvent {
        id,
        story,
        num_reports: rep.reports,
        num_articles: rep.articles,
        num_sources: rep.sources,
        languages: languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        first_reported: first,
        last_reported: last,
        reports,
        merged,
        story_links,
        rep,
    })
}
