//! The OpenAPI 3.1 description served at `/api/openapi.json`.

use crate::export::{DOC_FIELDS, EVENT_FIELDS, QUOTE_FIELDS};
use serde_json::{json, Map, Value};

fn q(name: &str, desc: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema})
}

fn s() -> Value {
    json!({"type": "string"})
}

fn date(name: &str, desc: &str) -> Value {
    q(
        name,
        desc,
        json!({"type": "string", "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"}),
    )
}

fn flag(name: &str, desc: &str) -> Value {
    q(name, desc, json!({"type": "boolean"}))
}

fn many(name: &str, desc: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc,
           "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true})
}

fn range() -> Vec<Value> {
    vec![
        date(
            "since",
            "First day (YYYY-MM-DD, YYYY-MM or YYYY: its first day).",
        ),
        date("until", "Last day (YYYY-MM or YYYY: its last day)."),
    ]
}

fn limit(default: u32, max: u32) -> Value {
    q(
        "limit",
        &format!("Page size (default {default}, at most {max})."),
        json!({"type": "integer", "minimum": 1, "maximum": max, "default": default}),
    )
}

fn event_filters() -> Vec<Value> {
    let mut v = vec![
        many("actor", "Actor code (RUS, RUS.MIL), entity id or name (in any script, resolved through the knowledge base as `dyad events --actor` does). One: either side; two: a dyad (either direction unless directed); more: each on some side."),
        flag("directed", "The first actor is the source, the second the target."),
        many("type", "PLOVER event types (repeat or comma-separate)."),
        q("min_confidence", "Lowest confidence, 0..1.", json!({"type": "number", "minimum": 0, "maximum": 1})),
        flag("include_aux", "Also historical, future, hypothetical and negated events."),
        flag("dedup", "One row per real-world event (the report standing for it); `sources` counts its distinct outlets, `reports` its reports, `articles` its articles with syndicated copies collapsed."),
        q("q", "Evidence sentence contains this text.", s()),
        many("lang", "Document languages (en, ar, ru, …; und for undetected)."),
        q("folded", "Only the reports of this folded event (the `cluster` of a row, or an id a merge absorbed).", int()),
    ];
    v.extend(range());
    v
}

fn relation_filters() -> Vec<Value> {
    let mut v = range();
    v.push(q(
        "min_confidence",
        "Lowest confidence, 0..1.",
        json!({"type": "number"}),
    ));
    v.push(many("type", "PLOVER event types."));
    v.push(q(
        "quads",
        "Quad mapping (see /api/meta; default dyad-1).",
        s(),
    ));
    v
}

fn period() -> Value {
    q(
        "period",
        "Period of the series.",
        json!({"type": "string", "enum": ["day", "week", "month", "quarter", "year"], "default": "month"}),
    )
}

fn level() -> Value {
    q(
        "level",
        "How finely actors are told apart.",
        json!({"type": "string", "enum": ["country", "actor", "entity"], "default": "country"}),
    )
}

fn ok(desc: &str, schema: Value) -> Value {
    json!({
        "200": {"description": desc, "content": {"application/json": {"schema": schema}}},
        "400": {"$ref": "#/components/responses/Error"},
        "401": {"$ref": "#/components/responses/Error"},
        "429": {"$ref": "#/components/responses/Error"}
    })
}

/// `responses` of an operation taking actors: one that names nothing dyad knows is a 404.
fn naming(mut responses: Value) -> Value {
    responses["404"] = json!({"$ref": "#/components/responses/UnknownActor"});
    responses
}

fn op(summary: &str, params: Vec<Value>, responses: Value) -> Value {
    json!({"get": {"summary": summary, "parameters": params, "responses": responses}})
}

/// An object with exactly these properties, all present.
fn obj(props: &[(&str, Value)]) -> Value {
    let mut v = row(props);
    v["required"] = json!(props.iter().map(|p| p.0).collect::<Vec<_>>());
    v
}

/// A listing's row: only these properties, each one there unless `fields=` left it out.
fn row(props: &[(&str, Value)]) -> Value {
    let mut m = Map::new();
    for (k, v) in props {
        m.insert((*k).into(), v.clone());
    }
    json!({"type": "object", "properties": m, "additionalProperties": false})
}

fn int() -> Value {
    json!({"type": "integer"})
}

fn num() -> Value {
    json!({"type": "number"})
}

fn text() -> Value {
    json!({"type": ["string", "null"]})
}

fn arr(items: Value) -> Value {
    json!({"type": "array", "items": items})
}

/// A JSON page of a listing, or with `format=` every matching row streamed.
fn exported(desc: &str, item: Value) -> Value {
    let mut v = ok(desc, page_of(item));
    v["200"]["content"]["text/csv"] = json!({"schema": {"type": "string", "description": "format=csv: a header line, then a row per item."}});
    v["200"]["content"]["application/jsonl"] = json!({"schema": {"type": "string", "description": "format=jsonl: one JSON object per line."}});
    v
}

fn export_params(vocabulary: &str) -> Vec<Value> {
    vec![
        many("fields", &format!("Only these fields ({vocabulary}).")),
        q(
            "format",
            "json (a page), or csv / jsonl: every matching row, streamed (limit caps it).",
            json!({"type": "string", "enum": ["json", "csv", "jsonl"]}),
        ),
    ]
}

fn page_of(item: Value) -> Value {
    obj(&[
        ("items", json!({"type": "array", "items": item})),
        (
            "next",
            json!({"type": ["string", "null"], "description": "Pass as `after` for the next page; null on the last."}),
        ),
    ])
}

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// The whole description.
pub fn openapi() -> Value {
    let n = || json!({"type": ["number", "null"]});
    let i = || json!({"type": ["integer", "null"]});
    let trend = obj(&[
        ("baseline", json!({"type": "number"})),
        ("periods", json!({"type": "integer"})),
        (
            "change",
            json!({"type": ["number", "null"], "description": "Percent; null when the baseline is 0."}),
        ),
        (
            "band",
            json!({"type": "string", "enum": ["large_increase", "moderate_increase", "limited_change", "large_decrease"]}),
        ),
    ]);
    let counts = obj(&[
        ("events", json!({"type": "integer"})),
        ("reports", json!({"type": "integer"})),
        (
            "articles",
            json!({"type": "integer", "description": "Distinct articles, syndicated copies collapsed."}),
        ),
        (
            "sources",
            json!({"type": "integer", "description": "Distinct outlets of those articles: the independent sources (a folded event's num_sources)."}),
        ),
    ]);
    let bucket = obj(&[
        ("start", s()),
        ("end", s()),
        ("label", s()),
        (
            "data",
            json!({"type": "boolean", "description": "false: no news at all in this period; every measure is then null, not zero."}),
        ),
        ("events", i()),
        ("reports", i()),
        ("articles", i()),
        ("sources", i()),
        (
            "by_type",
            json!({"type": "object", "additionalProperties": r("Counts")}),
        ),
        (
            "by_quad",
            json!({"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 4, "maxItems": 4}),
        ),
        ("intensity_sum", n()),
        ("intensity_mean", n()),
        ("net_cooperation", i()),
        ("trend4", json!({"oneOf": [r("Trend"), {"type": "null"}]})),
        ("trend52", json!({"oneOf": [r("Trend"), {"type": "null"}]})),
    ]);
    let event_props: Vec<(&str, Value)> = EVENT_FIELDS.iter().map(|f| (*f, json!({}))).collect();
    let event = row(&event_props);
    let document = row(&[
        ("row", int()),
        ("id", s()),
        ("hash", s()),
        ("path", text()),
        ("url", text()),
        ("title", text()),
        ("source", text()),
        ("language", text()),
        ("published", text()),
        ("published_from", text()),
        ("events", int()),
        ("quotes", int()),
        ("ingested_at", s()),
    ]);
    let named = obj(&[("id", s()), ("name", s()), ("kind", s()), ("code", text())]);
    let quote = row(&[
        ("row", int()),
        ("speaker_entity", text()),
        ("speaker_name", text()),
        (
            "speaker",
            json!({"oneOf": [row(&[("country", s()), ("sector", text())]), {"type": "null"}],
            "description": "The speaker's actor code on the publication day."}),
        ),
        ("text", s()),
        ("start", int()),
        ("end", int()),
        ("kind", s()),
        ("doc_id", s()),
        ("doc_hash", s()),
        ("doc_title", text()),
        ("doc_url", text()),
        ("doc_published", text()),
        ("language", text()),
        (
            "about",
            json!({"type": "array", "items": r("Named"), "description": "Entities the quote names, other than the speaker, in text order."}),
        ),
    ]);
    let actor = obj(&[
        (
            "id",
            json!({"type": "string", "description": "Knowledge-base id, or the name for entities without one."}),
        ),
        ("code", text()),
        (
            "codes",
            json!({"type": "string", "description": "Every actor code it had, most frequent first, comma-separated."}),
        ),
        ("name", s()),
        ("kind", s()),
        ("mentions", int()),
        ("documents", int()),
        ("events_as_source", int()),
        ("events_as_target", int()),
    ]);
    let band = json!({"type": ["string", "null"], "enum": ["large_increase", "moderate_increase", "limited_change", "large_decrease", null]});
    let dyad = obj(&[
        ("source", s()),
        ("target", s()),
        ("source_label", s()),
        ("target_label", s()),
        ("events", int()),
        ("reports", int()),
        ("articles", int()),
        ("sources", int()),
        ("net_cooperation", int()),
        ("intensity_mean", n()),
        (
            "period",
            json!({"type": "string", "description": "The latest period the range reaches: the trend's."}),
        ),
        ("current", i()),
        ("trend4", json!({"oneOf": [r("Trend"), {"type": "null"}]})),
        ("band", band),
    ]);
    let node = obj(&[("id", s()), ("label", s()), ("events", int())]);
    let edge = obj(&[
        ("source", s()),
        ("target", s()),
        ("events", int()),
        ("reports", int()),
        ("articles", int()),
        ("sources", int()),
        ("net_cooperation", int()),
        ("intensity_mean", n()),
        ("sign", json!({"type": "integer", "enum": [-1, 0, 1]})),
    ]);
    let network = obj(&[
        (
            "level",
            json!({"type": "string", "enum": ["country", "actor", "entity"]}),
        ),
        ("since", text()),
        ("until", text()),
        ("quads", s()),
        ("nodes", arr(r("Node"))),
        ("edges", arr(r("Edge"))),
        (
            "more_edges",
            json!({"type": "integer", "description": "Lighter edges left out by the limit."}),
        ),
    ]);
    let quads4 = json!({"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 4, "maxItems": 4});
    let timeline_bucket = obj(&[
        ("start", s()),
        ("label", s()),
        (
            "data",
            json!({"type": "boolean", "description": "false: no news at all in this period; the measures are then null."}),
        ),
        ("as_source", i()),
        ("as_target", i()),
        ("by_quad", quads4),
        ("net_cooperation", i()),
        ("intensity_mean", n()),
    ]);
    let timeline = obj(&[
        ("actor", s()),
        ("period", s()),
        ("quads", s()),
        ("buckets", arr(r("TimelineBucket"))),
        (
            "counterparts",
            arr(obj(&[
                ("code", s()),
                ("events", int()),
                ("net_cooperation", int()),
            ])),
        ),
        ("undated", int()),
        ("unplaced", int()),
    ]);
    let map = obj(&[
        ("quads", s()),
        (
            "countries",
            json!({"type": "object", "description": "By country code.", "additionalProperties": obj(&[
                ("events", int()), ("as_source", int()), ("as_target", int()), ("located", int()), ("net_cooperation", int())])}),
        ),
        (
            "places",
            arr(obj(&[
                ("name", s()),
                ("country", text()),
                ("lat", num()),
                ("lon", num()),
                ("events", int()),
                (
                    "by_quad",
                    json!({"type": "array", "items": {"type": "integer"}, "minItems": 4, "maxItems": 4}),
                ),
            ])),
        ),
        (
            "more_places",
            json!({"type": "integer", "description": "Places left out by the limit."}),
        ),
    ]);
    let search = row(&[
        ("documents", page_of(r("Document"))),
        ("events", page_of(r("Event"))),
    ]);
    let counted = || json!({"type": "array", "items": {"type": "array", "prefixItems": [s(), int()], "minItems": 2, "maxItems": 2}});
    let summary = obj(&[
        ("documents", int()),
        ("by_language", counted()),
        ("events", int()),
        ("events_aux", int()),
        ("events_by_type", counted()),
        ("top_dyads", counted()),
        ("quotes", int()),
        ("errors", int()),
        ("diagnostics", int()),
        ("published_first", text()),
        ("published_last", text()),
    ]);
    let volume = obj(&[
        ("period", s()),
        ("languages", arr(s())),
        (
            "rows",
            arr(obj(&[
                ("start", s()),
                ("label", s()),
                ("total", int()),
                (
                    "by_language",
                    json!({"type": "object", "additionalProperties": int()}),
                ),
            ])),
        ),
        ("undated", int()),
    ]);
    let meta = obj(&[
        ("event_types", arr(obj(&[("type", s()), ("quad", int())]))),
        ("periods", arr(s())),
        ("levels", arr(s())),
        ("quads", arr(s())),
        ("scores", s()),
        ("event_fields", arr(s())),
        ("version", s()),
    ]);

    let mut events_params = event_filters();
    events_params.extend([
        limit(50, 1000),
        q("after", "Cursor from the previous page's `next`.", s()),
        q(
            "order",
            "newest (default) or oldest first; undated events last.",
            json!({"type": "string", "enum": ["newest", "oldest"]}),
        ),
    ]);
    events_params.extend(export_params("see /api/meta event_fields"));

    let doc_params = [
        vec![
            many("lang", "Languages."),
            q("q", "Title or text contains.", s()),
            date("since", "Published from."),
            date("until", "Published until."),
            limit(50, 1000),
            q("after", "Cursor from `next`.", s()),
        ],
        export_params(&DOC_FIELDS.join(", ")),
    ]
    .concat();
    let quote_params = [
        vec![
            q("about", "An actor the quote names (code, id or name; a code matches places in that country too).", s()),
            q("speaker", "The speaker.", s()),
            q("q", "Quote contains.", s()),
            limit(50, 1000),
            q("after", "Cursor from `next`.", s()),
        ],
        range(),
        export_params(&QUOTE_FIELDS.join(", ")),
    ]
    .concat();
    let after = || q("after", "Cursor from the previous page's `next`.", s());
    let paths = json!({
        "/api/openapi.json": op("This description.", vec![], ok("OpenAPI 3.1", json!({"type": "object"}))),
        "/api/meta": op("Event types, periods, levels, quad mappings, the score table's name, event fields.", vec![], ok("Vocabulary", r("Meta"))),
        "/api/summary": op("Counts over the whole store.", vec![], ok("Summary", r("Summary"))),
        "/api/volume": op("Documents per period and language.", vec![period()], ok("Volume", r("Volume"))),
        "/api/documents": {
            "get": {"summary": "Stored documents, newest stored first; a page, or a streamed CSV/JSONL export.", "parameters": doc_params,
                "responses": exported("A page of documents", r("Document"))},
            "post": {"summary": "Ingest documents through the pipeline (needs the token).",
                "security": [{"bearer": []}],
                "parameters": [
                    q("format", "Overrides the Content-Type: jsonl, text or html.", s()),
                    q("id", "Id of a single text/HTML document.", s()), q("url", "Its URL.", s()),
                    q("title", "Its title.", s()), q("source", "Its outlet.", s()),
                    q("published", "Its publication date.", s())],
                "requestBody": {"required": true, "content": {
                    "application/jsonl": {"schema": {"type": "string", "description": "One {\"id\",\"text\"|\"html\",\"url\",\"title\",\"source\",\"published\"} per line."}},
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}}}},
                "responses": {
                    "200": {"description": "Nothing new (all already stored)", "content": {"application/json": {"schema": r("IngestReport")}}},
                    "201": {"description": "Stored", "content": {"application/json": {"schema": r("IngestReport")}}},
                    "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                    "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                    "503": {"$ref": "#/components/responses/Error"}}}
        },
        "/api/documents/{id}": {"get": {"summary": "One document in the extract shape (PRODUCT.md), by id or content hash.",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": s()}],
            "responses": ok("The document", json!({"type": "object"}))}},
        "/api/events": op("Events with their evidence, filtered; a page, or a streamed CSV/JSONL export.", events_params,
            naming(exported("A page of events", r("Event")))),
        "/api/actors": op("Actors seen, most mentioned first.", vec![limit(100, 10000), q("q", "Name, id or code contains.", s()), after()],
            ok("A page of actors", page_of(r("Actor")))),
        "/api/relations": op("A dyad per period: counts by type and quad, intensity, net cooperation, sources, trends.",
            [vec![q("source", "Source actor (required).", s()), q("target", "Target actor (required).", s()), period(),
                  flag("both", "Count both directions.")], relation_filters()].concat(),
            naming(ok("Series", r("Series")))),
        "/api/relations/events": op("The events one period of a dyad's series counts (the report standing for each, with its evidence), in date order: the series' own matching, so a period lists exactly its `events`.",
            [vec![q("source", "Source actor (required).", s()), q("target", "Target actor (required).", s()), period(),
                  flag("both", "Count both directions."),
                  q("at", "A day of the period (required).", json!({"type": "string", "format": "date"})),
                  limit(50, 1000), q("after", "Cursor from `next`.", s()),
                  many("fields", "Event fields to return (default all).")], relation_filters()].concat(),
            naming(ok("A page of the period's events", r("PeriodEvents")))),
        "/api/dyads": op("The most active directed dyads with the trend band of the last period, most events first.",
            [vec![period(), level(), limit(20, 5000), many("actor", "Only events involving these."), after()], relation_filters()].concat(),
            naming(ok("A page of dyads", page_of(r("Dyad"))))),
        "/api/network": op("The actor network over a range: weighted, signed edges, heaviest first.",
            [vec![level(), limit(200, 5000), many("actor", "Only events involving these.")], relation_filters()].concat(),
            naming(ok("Network", r("Network")))),
        "/api/timeline/{actor}": {"get": {"summary": "One actor per period: as source, as target, quads, net cooperation; its counterparts.",
            "parameters": ([vec![json!({"name": "actor", "in": "path", "required": true, "schema": s()}), period()], relation_filters()].concat()),
            "responses": naming(ok("Timeline", r("Timeline")))}},
        "/api/quotes": op("Who said what about whom, newest first; a page, or a streamed CSV/JSONL export.", quote_params,
            naming(exported("A page of quotes", r("Quote")))),
        "/api/search": op("Documents (title or text) and events (sentence) containing a text, each list a page.",
            vec![q("q", "The text (required).", s()), limit(20, 200),
                 q("in", "Only this list (needed with after).", json!({"type": "string", "enum": ["documents", "events"]})),
                 q("after", "Cursor from that list's `next`.", s())],
            ok("Matches", r("Search"))),
        "/api/map": op("Events by country (involved as source or target) and by place.",
            [event_filters(), vec![q("quads", "Quad mapping.", s()), limit(2000, 20000)]].concat(),
            naming(ok("Map data", r("Map")))),
    });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "dyad API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Political event data extracted from news: events with evidence, documents, actors, dyad relations, the actor network, timelines and quotes. Reads are open on 127.0.0.1 and need the token on any other address; writes always need it. Errors are {\"error\": reason, \"status\": code}; an actor parameter naming nothing dyad knows is a 404 saying which (the check `dyad relations` makes)."
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {
                "Error": {"description": "An error with its reason", "content": {"application/json": {"schema": r("Error")}}},
                "UnknownActor": {"description": "An actor parameter (source, target, actor, about, or the path's actor) names nothing dyad knows: not a code of a known country, not a name or id in the knowledge base, not a name on any stored event. The reason names the parameter and what was given. A malformed code (RUS.XYZ) or a name several entities share is a 400 instead.", "content": {"application/json": {"schema": r("Error")}}}},
            "schemas": {
                "Error": obj(&[("error", s()), ("status", json!({"type": "integer"}))]),
                "Counts": counts,
                "Trend": trend,
                "Bucket": bucket,
                "Series": obj(&[("source", s()), ("target", s()), ("directed", json!({"type": "boolean"})), ("period", s()),
                    ("quads", s()), ("scores", s()), ("buckets", json!({"type": "array", "items": r("Bucket")})),
                    ("total", r("Counts")), ("net_cooperation", json!({"type": "integer"})), ("intensity_mean", n()),
                    ("undated", json!({"type": "integer"})), ("unplaced", json!({"type": "integer"}))]),
                "Document": document,
                "IngestReport": obj(&[("inserted", int()), ("replaced", int()), ("skipped_existing", int()),
                    ("unreadable", int()), ("failed", int()), ("errors", arr(s()))]),
                "Event": event,
                "PeriodEvents": obj(&[("start", s()), ("end", s()), ("label", s()),
                    ("events", json!({"type": "integer", "description": "How many events the period counts."})),
                    ("items", arr(r("Event"))),
                    ("next", json!({"type": ["string", "null"], "description": "Pass as `after` for the next page; null on the last."}))]),
                "Named": named,
                "Quote": quote,
                "Actor": actor,
                "Dyad": dyad,
                "Node": node,
                "Edge": edge,
                "Network": network,
                "TimelineBucket": timeline_bucket,
                "Timeline": timeline,
                "Map": map,
                "Search": search,
                "Summary": summary,
                "Volume": volume,
                "Meta": meta,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_described_and_nothing_else() {
        let doc = openapi();
        let mut described: Vec<&str> = doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        described.sort_unstable();
        let mut routed = crate::api::API_PATHS.to_vec();
        routed.sort_unstable();
        assert_eq!(described, routed);
    }

    #[test]
    fn described_event_filters_are_the_parsed_ones() {
        let doc = openapi();
        let params: Vec<&str> = doc["paths"]["/api/events"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        for f in crate::params::EVENT_FILTERS {
            assert!(params.contains(f), "{f} is not described");
        }
    }
}
