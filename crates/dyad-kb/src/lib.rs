//! dyad's knowledge base: the data under `data/` compiled into matchers.
//!
//! It knows countries (names and demonyms in many languages), places with coordinates,
//! organisations, armed groups and people with dated roles. Built once with [`Kb::builtin`]
//! (or [`KbBuilder`] for tests and imports) and then shared read-only by every document.

pub mod cameo;
pub mod data;
pub mod normalize;
pub mod phrase;

pub use normalize::{normalize, normalize_key, Normalized};
pub use phrase::{PhraseMatch, PhraseSet, PhraseSetBuilder};

pub(crate) fn normalize_is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}
pub mod kb;
pub use kb::{Kb, KbBuilder, KbEntity, KbError, KbStats, NameKind, NameRef};
