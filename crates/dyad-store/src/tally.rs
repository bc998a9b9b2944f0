//! The counts behind `summary` and `actors` (migration 7), added up per batch in memory and
//! written once per key when the batch commits: a trigger per inserted entity, event and quote
//! cost the writer a quarter of its b-tree work, for rows of which a batch touches a few
//! hundred. Removals stay with the delete triggers (migration 8), which also catch rows
//! leaving by ON DELETE CASCADE.

use dyad_core::{Document, Event, LinkedEntity, Side};
use rusqlite::Connection;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub(crate) struct Tallies {
    whole: HashMap<&'static str, i64>,
    types: HashMap<&'static str, i64>,
    dyads: HashMap<String, i64>,
    /// Per actor: the greatest name and kind seen, mentions, documents.
    actors: HashMap<String, (String, &'static str, i64, i64)>,
    codes: HashMap<(String, String), (i64, i64)>,
    /// Per actor: events as source, as target.
    events: HashMap<String, (i64, i64)>,
    /// Documents per language ('und' for none).
    languages: HashMap<String, i64>,
    /// Documents per publication window (first day, last day), for `document_days`.
    days: HashMap<(String, String), i64>,
}

/// The id an actor is counted under: its kb id, else its name.
fn actor_id<'a>(entity: Option<&'a str>, name: Option<&'a str>) -> Option<&'a str> {
    entity.filter(|e| !e.is_empty()).or(name)
}

fn side_code(s: &Side) -> String {
    match s.sector {
        Some(sector) => format!("{}.{}", s.country, sector.as_str()),
        None => s.country.to_string(),
    }
}

impl Tallies {
    /// A document row as written: counted, and under its language and publication window
    /// (what the insert triggers of migration 7 did, dropped in migration 14).
    pub(crate) fn document(&mut self, language: Option<&str>, days: Option<(String, String)>) {
        *self.whole.entry("documents").or_default() += 1;
        *self
            .languages
            .entry(language.unwrap_or("und").to_string())
            .or_default() += 1;
        if let Some(days) = days {
            *self.days.entry(days).or_default() += 1;
        }
    }

    /// An entity row as written: its actor on the publication day and its mentions.
    pub(crate) fn entity(&mut self, e: &LinkedEntity, code: Option<String>, mentions: i64) {
        if e.kind.as_str() == "place" {
            return;
        }
        let id = if e.id.is_empty() { &e.name } else { &e.id };
        let a = self
            .actors
            .entry(id.clone())
            .or_insert_with(|| (e.name.clone(), e.kind.as_str(), 0, 0));
        if e.name > a.0 {
            a.0 = e.name.clone();
        }
        if e.kind.as_str() > a.1 {
            a.1 = e.kind.as_str();
        }
        a.2 += mentions;
        a.3 += 1;
        let c = self
            .codes
            .entry((id.clone(), code.unwrap_or_default()))
            .or_default();
        c.0 += mentions;
        c.1 += 1;
    }

    /// An event row as written.
    pub(crate) fn event(&mut self, ev: &Event) {
        *self.whole.entry("events").or_default() += 1;
        if ev.aux.is_some() {
            *self.whole.entry("events_aux").or_default() += 1;
            return;
        }
        *self.types.entry(ev.kind.as_str()).or_default() += 1;
        if let (Some(s), Some(t)) = (&ev.source, &ev.target) {
            *self
                .dyads
                .entry(format!("{} → {}", side_code(s), side_code(t)))
                .or_default() += 1;
        }
        for (side, as_source) in [(&ev.source, true), (&ev.target, false)] {
            let Some(s) = side else { continue };
            if let Some(id) = actor_id(s.entity.as_deref(), Some(&s.name)) {
                let n = self.events.entry(id.to_string()).or_default();
                if as_source {
                    n.0 += 1;
                } else {
                    n.1 += 1;
                }
            }
        }
    }

    pub(crate) fn quotes(&mut self, doc: &Document) {
        *self.whole.entry("quotes").or_default() += doc.quotes.len() as i64;
    }

    /// Adds the counts to the tables, in the caller's transaction.
    pub(crate) fn write(self, conn: &Connection) -> rusqlite::Result<()> {
        each(
            conn,
            "INSERT INTO tally (name, n) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET n = n + excluded.n",
            self.whole,
        )?;
        each(
            conn,
            "INSERT INTO language_tally (language, n) VALUES (?1, ?2)
             ON CONFLICT (language) DO UPDATE SET n = n + excluded.n",
            self.languages,
        )?;
        each(
            conn,
            "INSERT INTO document_days (first, last, documents) VALUES (?1, ?2, ?3)
             ON CONFLICT (first, last) DO UPDATE SET documents = documents + excluded.documents",
            self.days.into_iter().map(|((a, b), n)| (a, b, n)),
        )?;
        each(
            conn,
            "INSERT INTO type_tally (type, n) VALUES (?1, ?2)
             ON CONFLICT (type) DO UPDATE SET n = n + excluded.n",
            self.types,
        )?;
        each(
            conn,
            "INSERT INTO dyad_tally (dyad, n) VALUES (?1, ?2)
             ON CONFLICT (dyad) DO UPDATE SET n = n + excluded.n",
            self.dyads,
        )?;
        each(
            conn,
            "INSERT INTO actor_totals (id, name, kind, mentions, documents)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET name = MAX(name, excluded.name),
                 kind = MAX(kind, excluded.kind), mentions = mentions + excluded.mentions,
                 documents = documents + excluded.documents",
            self.actors
                .into_iter()
                .map(|(id, (name, kind, m, d))| (id, name, kind, m, d)),
        )?;
        each(
            conn,
            "INSERT INTO actor_codes (id, code, mentions, documents) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id, code) DO UPDATE SET mentions = mentions + excluded.mentions,
                 documents = documents + excluded.documents",
            self.codes
                .into_iter()
                .map(|((id, code), (m, d))| (id, code, m, d)),
        )?;
        each(
            conn,
            "INSERT INTO actor_events (id, as_source, as_target) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET as_source = as_source + excluded.as_source,
                 as_target = as_target + excluded.as_target",
            self.events.into_iter().map(|(id, (s, t))| (id, s, t)),
        )
    }
}

/// Runs one statement for each row of parameters.
fn each<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    rows: impl IntoIterator<Item = P>,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    for p in rows {
        stmt.execute(p)?;
    }
    Ok(())
}
