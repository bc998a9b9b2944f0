//! dyad's knowledge base: the data under `data/` compiled into matchers.
//!
//! It knows countries (names and demonyms in many languages), places with coordinates,
//! organisations, armed groups and people with dated roles. Built once with [`Kb::builtin`]
//! (or [`KbBuilder`] for tests and imports) and then shared read-only by every document.

pub mod cameo;
pub mod cameo_dict;
pub mod concepts;
pub mod data;
pub mod fasthash;
pub mod normalize;
pub mod phrase;
pub mod script;

pub use concepts::{Concept, Concepts};
pub use normalize::{normalize, normalize_key, Normalized};
pub use phrase::{Affixes, Compounds, PhraseMatch, PhraseSet, PhraseSetBuilder, Scan};
pub use script::{
    fold_char, fold_str, has_word, is_alphabetic, is_word_char, punct, script_info, script_of,
    translit_key, unspaced, ScriptInfo,
};

pub mod kb;
pub mod language;
pub mod written;
pub use kb::{Kb, KbBuilder, KbEntity, KbError, KbStats, NameKind, NameRef, WordReading};
pub use language::{
    tense_of, Case, Language, Languages, Marker, MarkerPosition, Passive, Tense, TenseEndings,
    WordOrder, Words,
};
pub use written::{Transliteration, Written};
