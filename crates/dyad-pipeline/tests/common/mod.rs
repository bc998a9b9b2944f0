//! What the integration tests share: one built-in context, and a document from a sentence.

use dyad_core::{Document, RawDocument};
use dyad_pipeline::Context;
use std::sync::OnceLock;

pub fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(|| Context::builtin().expect("built-in data loads"))
}

/// Runs the whole pipeline over `text` published on `published`.
pub fn process(text: &str, published: &str) -> Document {
    ctx().process(RawDocument {
        id: "t".into(),
        hash: "t".into(),
        text: text.into(),
        published: Some(published.into()),
        ..Default::default()
    })
}

/// An event in the fixtures' notation: "TYPE SOURCE TARGET DATE" with the aux mode as a fifth
/// field; "-" for no target or no date.
#[allow(dead_code)] // not every test binary that includes this module prints events
pub fn event_line(e: &dyad_core::Event) -> String {
    let side = |s: &Option<dyad_core::Side>| {
        s.as_ref()
            .map_or_else(|| "-".into(), |s| s.actor().to_string())
    };
    let mut s = format!(
        "{} {} {} {}",
        e.kind,
        side(&e.source),
        side(&e.target),
        e.date.map_or_else(|| "-".into(), |d| d.value.to_string())
    );
    if let Some(a) = e.aux {
        s.push(' ');
        s.push_str(a.as_str());
    }
    s
}
