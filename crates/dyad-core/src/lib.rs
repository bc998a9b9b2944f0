//! Types shared by every stage of dyad. No I/O lives here.
//!
//! A [`Document`] is created by ingest, cleaned once, and from then on its `text` never changes:
//! every later stage adds a layer (sentences, mentions, times, events, quotes) whose spans are
//! UTF-8 byte offsets into that text.

mod actor;
mod date;
mod document;
mod event;
mod lang;
pub mod output;
mod punct;
pub mod scan;

pub use actor::{ActorCode, CodeError, Country, Sector};
pub use date::{DatePrecision, DateValue, Published, PublishedFrom};
pub use document::{
    DatedActor, Diagnostic, Document, Encoding, EntityKind, EntityRef, LangSpan, LinkedEntity,
    Mention, RawDocument, Refers, RemovalReason, Removed, Sentence, Span, TimeExpr,
};
pub use event::{Aux, Event, EventDate, EventType, Location, Quote, Side};
pub use lang::{Lang, Script};
pub use punct::{PunctClass, PunctSet, PunctTable};
