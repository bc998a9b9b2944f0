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
        serialize_document(self.0, None, s)
    }
}

/// The document's JSON with `null` where the value of `doc.text` goes, and the byte offset of
/// that `null`: a store that keeps the text apart keeps the rest without a second copy of it,
/// and [`splice_text`] gives back exactly what [`DocumentJson`] writes.
pub fn document_json_without_text(doc: &Document) -> serde_json::Result<(Vec<u8>, usize)> {
    let slot = TextSlot {
        written: std::cell::Cell::new(0),
        at: std::cell::Cell::new(None),
    };
    let mut out = Tracking {
        buf: Vec::with_capacity(1024 + 64 * (doc.mentions.len() + doc.events.len())),
        written: &slot.written,
    };
    serialize_document(doc, Some(&slot), &mut serde_json::Serializer::new(&mut out))?;
    let at = slot.at.get().ok_or_else(|| {
        serde_json::Error::io(std::io::Error::other("the text's place was not written"))
    })?;
    Ok((out.buf, at))
}

/// [`document_json_without_text`]'s output with the text put back: the bytes of
/// [`DocumentJson`]. `at` must be the offset it returned.
pub fn splice_text(
    json: &[u8],
    at: usize,
    text: &str,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    let (head, tail) = json.split_at(at.min(json.len()));
    let tail = tail.strip_prefix(b"null").ok_or_else(|| {
        serde_json::Error::io(std::io::Error::other(
            "no place for the text in stored JSON",
        ))
    })?;
    out.extend_from_slice(head);
    serde_json::to_writer(&mut *out, text)?;
    out.extend_from_slice(tail);
    Ok(())
}

/// A writer that says how much it has written, for [`TextSlot`].
struct Tracking<'a> {
    buf: Vec<u8>,
    written: &'a std::cell::Cell<usize>,
}

impl std::io::Write for Tracking<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(b);
        self.written.set(self.buf.len());
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Stands for the text: writes `null` and notes where (serde_json writes the key and colon to
/// the writer before it serialises the value).
struct TextSlot {
    written: std::cell::Cell<usize>,
    at: std::cell::Cell<Option<usize>>,
}

fn serialize_document<S: Serializer>(
    doc: &Document,
    slot: Option<&TextSlot>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(6))?;
    m.serialize_entry("diagnostics", &doc.diagnostics)?;
    m.serialize_entry("doc", &DocPart(doc, slot))?;
    m.serialize_entry("entities", &Entities(doc))?;
    m.serialize_entry("events", &Events(doc))?;
    m.serialize_entry("quotes", &doc.quotes)?;
    m.serialize_entry("times", &Times(doc))?;
    m.end()
}

struct DocPart<'a>(&'a Document, Option<&'a TextSlot>);

impl Serialize for TextSlot {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.at.set(Some(self.written.get()));
        s.serialize_unit()
    }
}

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
        match self.1 {
            Some(slot) => m.serialize_entry("text", slot)?,
            None => m.serialize_entry("text", &doc.text)?,
        }
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
        // A name written with a case ending glued to it (Bengali «হাসিনাকে», Uzbek
        // "Toshkentda") is also given as the name itself, without the ending, so that the forms
        // a document names an entity by can be searched for. (Not a generic actor's phrase:
        // «دبلوماسيين الصينيين» without its last ending is no form anyone writes.)
        let named = e.kind != EntityKind::Actor;
        let mut aliases: Vec<&str> = self
            .mentions
            .iter()
            .filter(|_| named)
            .filter_map(|x| {
                let at = x
                    .ending
                    .filter(|&at| x.span.start < at && at < x.span.end)?;
                let stem = doc.text.get(x.span.start..at)?;
                Some(stem.trim_end_matches(['\u{200c}', '\'', '’', '-']))
            })
            .filter(|stem| !stem.is_empty())
            .collect();
        aliases.sort_unstable();
        aliases.dedup();
        if !aliases.is_empty() {
            m.serialize_entry("aliases", &aliases)?;
        }
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
