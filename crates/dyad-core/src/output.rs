//! The JSON shape of one document (see PRODUCT.md): what `dyad extract` prints and what the
//! store keeps for export.

use crate::{Document, EntityKind};
use serde_json::{json, Value};

/// The whole document as one JSON object.
pub fn document_json(doc: &Document) -> Value {
    let pub_day = doc.published_day();
    let entities: Vec<Value> = doc
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let actor = e.actor_on(pub_day).map(|a| json!({"country": a.country, "sector": a.sector}));
            let mentions: Vec<Value> = doc
                .mentions
                .iter()
                .filter(|m| m.entity == i)
                .map(|m| json!({"start": m.span.start, "end": m.span.end, "text": m.span.of(&doc.text)}))
                .collect();
            let mut v = json!({"id": e.id, "name": e.name, "kind": e.kind, "actor": actor, "mentions": mentions});
            if e.kind == EntityKind::Place {
                if let Some((lat, lon)) = e.coords {
                    v["lat"] = json!(lat);
                    v["lon"] = json!(lon);
                }
                v["country"] = json!(e.place_country);
            }
            v
        })
        .collect();
    let times: Vec<Value> = doc
        .times
        .iter()
        .map(|t| {
            json!({"start": t.span.start, "end": t.span.end, "text": t.span.of(&doc.text),
                   "value": t.value, "precision": t.value.precision, "anchor": t.anchor})
        })
        .collect();
    let diagnostics: Vec<Value> = doc.diagnostics.iter().map(|d| json!(d)).collect();
    let mut v = json!({
        "doc": {
            "id": doc.raw.id,
            "key": doc.raw.key(),
            "hash": doc.raw.hash,
            "path": doc.raw.path,
            "url": doc.raw.url,
            "title": doc.title.as_ref().or(doc.raw.title.as_ref()),
            "source": doc.raw.source,
            "language": doc.lang,
            "script": doc.script,
            "published": doc.published,
            "dateline": doc.dateline,
            "encoding": doc.raw.encoding,
            "text": doc.text,
            "removed": doc.removed,
        },
        "entities": entities,
        "times": times,
        "events": doc.events,
        "quotes": doc.quotes,
        "diagnostics": diagnostics,
    });
    // The text before cleaning, so that `removed` spans can be read: only when they exist.
    if !doc.removed.is_empty() {
        v["doc"]["raw_text"] = json!(doc.raw.text);
    }
    v
}
