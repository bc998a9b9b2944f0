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
