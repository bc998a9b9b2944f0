//! dyad's pipeline stages. Each stage is a pure function over one document: no I/O, no clock.
//! Resources (compiled lexicons, the knowledge base) are built once into a [`Context`] and
//! passed in, so tests can hand in small ones.

pub mod actors;
pub mod clean;
pub mod dedup;
pub mod entities;
pub mod events;
pub mod lang;
pub mod lexicon;
pub mod pipeline;
mod punct;
pub mod quotes;
pub mod segment;
pub mod time;

pub use pipeline::{Context, Work};

/// A problem with the pipeline's own data (fails at start-up, with the file and line).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("{file}:{line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
    #[error(transparent)]
    Kb(#[from] dyad_kb::KbError),
}
