//! The JSON shape of one document (see PRODUCT.md): what `dyad extract` prints and what the
//! store keeps for export.
//!
//! [`DocumentJson`] serialises straight from the document, so writing a large document never
//! builds a second copy of it as a JSON tree; [`document_json`] is the same shape as a
//! `serde_json::Value`, for callers that want one.

use crate::{
    Aux, Document, EntityKind, Event, EventDate, EventType, LinkedEntity, Location, Mention, Side,
    Span,
};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::Value;

/// The whole document as one JSON object.
pub fn document_json(doc: &Document) -> Value {
    serde_json::to_value(DocumentJson(doc)).unwrap_or(Value::Null)
}

/// A document in the JSON shape, serialised without an intermediate tree.
pub struct DocumentJson<'a>(pub &'a Document);

impl Serialize for DocumentJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("diagnostics", &doc.diagnostics)?;
        m.serialize_entry("doc", &DocPart(doc))?;
        m.serialize_entry("entities", &Entities(doc))?;
        m.serialize_entry("events", &Events(doc))?;
        m.serialize_entry("quotes", &doc.quotes)?;
        m.serialize_entry("times", &Times(doc))?;
        m.end()
    }
}

struct DocPart<'a>(&'a Document);

impl Serialize for DocPart<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("dateline", &doc.dateline)?;
        m.serialize_entry("encoding", &doc.raw.encoding)?;
        m.serialize_entry("hash", &doc.raw.hash)?;
        m.serialize_entry("id", &doc.raw.id)?;
        m.serialize_entry("key", doc.raw.key())?;
        m.serialize_entry("language", &doc.lang)?;
        m.serialize_entry("path", &doc.raw.path)?;
        m.serialize_entry("published", &doc.published)?;
        // The text before cleaning, so that `removed` spans can be read: only when they exist.
        if !doc.removed.is_empty() {
            m.serialize_entry("raw_text", &doc.raw.text)?;
        }
        m.serialize_entry("removed", &doc.removed)?;
        m.serialize_entry("script", &doc.script)?;
        m.serialize_entry("source", &doc.raw.source)?;
        m.serialize_entry("text", &doc.text)?;
        m.serialize_entry("title", &doc.title.as_ref().or(doc.raw.title.as_ref()))?;
        m.serialize_entry("url", &doc.raw.url)?;
        m.end()
    }
}

/// The entities, each with its mentions (grouped in one pass: a filter per entity was
/// quadratic).
struct Entities<'a>(&'a Document);

impl Serialize for Entities<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut by_entity: Vec<Vec<&Mention>> = vec![Vec::new(); doc.entities.len()];
        for m in &doc.mentions {
            if let Some(list) = by_entity.get_mut(m.entity) {
                list.push(m);
            }
        }
        let mut seq = s.serialize_seq(Some(doc.entities.len()))?;
        for (e, mentions) in doc.entities.iter().zip(&by_entity) {
            seq.serialize_element(&EntityPart { doc, e, mentions })?;
        }
        seq.end()
    }
}

struct EntityPart<'a> {
    doc: &'a Document,
    e: &'a LinkedEntity,
    mentions: &'a [&'a Mention],
}

#[derive(Serialize)]
struct ActorPart {
    country: crate::Country,
    sector: Option<crate::Sector>,
}

struct Spanned<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Serialize for Spanned<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("text", self.text)?;
        m.end()
    }
}

impl Serialize for EntityPart<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (doc, e) = (self.doc, self.e);
        let mut m = s.serialize_map(None)?;
        let actor = e.actor_on(doc.published_day()).map(|a| ActorPart {
            country: a.country,
            sector: a.sector,
        });
        m.serialize_entry("actor", &actor)?;
        if e.kind == EntityKind::Place {
            m.serialize_entry("country", &e.place_country)?;
        }
        m.serialize_entry("id", &e.id)?;
        m.serialize_entry("kind", &e.kind)?;
        if e.kind == EntityKind::Place {
            if let Some((lat, lon)) = e.coords {
                m.serialize_entry("lat", &lat)?;
                m.serialize_entry("lon", &lon)?;
            }
        }
        let mentions: Vec<Spanned> = self
            .mentions
            .iter()
            .map(|x| Spanned {
                start: x.span.start,
                end: x.span.end,
                text: x.span.of(&doc.text),
            })
            .collect();
        m.serialize_entry("mentions", &mentions)?;
        m.serialize_entry("name", &e.name)?;
        m.end()
    }
}

/// The events, each with its sentence's text read from the document.
struct Events<'a>(&'a Document);

impl Serialize for Events<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut seq = s.serialize_seq(Some(doc.events.len()))?;
        for e in &doc.events {
            seq.serialize_element(&EventJson::new(e, e.sentence(&doc.text)))?;
        }
        seq.end()
    }
}

/// An event's JSON, its fields in the order of [`Event`] with the sentence's text after
/// `quad` (the same shape in `extract` and in queries of the store).
#[derive(Serialize)]
pub struct EventJson<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: EventType,
    mode: &'a Option<String>,
    context: &'a [String],
    source: &'a Option<Side>,
    target: &'a Option<Side>,
    date: &'a Option<EventDate>,
    location: &'a Option<Location>,
    aux: &'a Option<Aux>,
    quad: u8,
    sentence: &'a str,
    start: usize,
    end: usize,
    trigger: Span,
    #[serde(serialize_with = "crate::event::two_decimals")]
    confidence: f32,
    rule: &'a str,
    cameo: &'a Option<String>,
}

impl<'a> EventJson<'a> {
    /// The event `e` coded from `sentence`.
    pub fn new(e: &'a Event, sentence: &'a str) -> Self {
        EventJson {
            id: &e.id,
            kind: e.kind,
            mode: &e.mode,
            context: &e.context,
            source: &e.source,
            target: &e.target,
            date: &e.date,
            location: &e.location,
            aux: &e.aux,
            quad: e.quad,
            sentence,
            start: e.start,
            end: e.end,
            trigger: e.trigger,
            confidence: e.confidence,
            rule: &e.rule,
            cameo: &e.cameo,
        }
    }
}

struct Times<'a>(&'a Document);

impl Serialize for Times<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut seq = s.serialize_seq(Some(doc.times.len()))?;
        for t in &doc.times {
            seq.serialize_element(&TimePart { doc, t })?;
        }
        seq.end()
    }
}

struct TimePart<'a> {
    doc: &'a Document,
    t: &'a crate::TimeExpr,
}

impl Serialize for TimePart<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.t;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("anchor", t.anchor)?;
        m.serialize_entry("end", &t.span.end)?;
        m.serialize_entry("precision", &t.value.precision)?;
        m.serialize_entry("start", &t.span.start)?;
        m.serialize_entry("text", t.span.of(&self.doc.text))?;
        m.serialize_entry("value", &t.value)?;
        m.end()
    }
}
