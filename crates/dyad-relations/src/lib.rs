//! dyad's relations model: what the stored events say about the relations between actors.
//!
//! - [`dyad_series`]: a directed dyad (countries, country+sector codes, or named entities) per
//!   period — counts by PLOVER type and quad class, the sum and mean of PLOVER intensity
//!   scores, net cooperation, the documents behind each count, "no data" kept apart from zero,
//!   and trends against the previous 4 and 52 periods in ACLED Trendfinder's bands;
//! - [`network`]: the actor network over a range, edges weighted and signed;
//! - [`top_dyads`]: the most active dyads with their trend;
//! - [`timeline`]: one actor per period, and its counterparts.
//!
//! Everything reads through the store's [`dyad_store::ReadStore`] (never SQL) and counts real-world
//! events as the store folds reports ([`dyad_store::EventFact::folded`]): several reports of
//! one event count once, and the documents behind them are its sources. The weights — PLOVER
//! intensity scores and a named quad mapping — are data (`data/relations/`), in a [`Model`].

mod fold;
mod model;
mod network;
mod period;
mod series;
mod timeline;

pub use model::{Model, QuadMap, Scores, SCORES_VERSION};
pub use network::{
    dyads_after, network, top_dyads, DyadKey, DyadSummary, Edge, Level, Network, NetworkQuery, Node,
};
pub use period::Period;
pub use series::{
    dyad_series, period_events, Band, Bucket, Counts, PeriodEvents, Series, SeriesQuery, Trend,
    MAX_PERIODS,
};
pub use timeline::{timeline, Counterpart, Timeline, TimelineBucket, TimelineQuery};

/// What can go wrong computing relations.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RelationsError {
    /// A bad row in a data file (fails at start-up).
    #[error("{file}:{line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
    /// A request that cannot be answered as asked (unknown period, range too long…).
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] dyad_store::StoreError),
}

impl RelationsError {
    /// Whether the caller asked for something impossible (rather than the store failing).
    pub fn is_invalid(&self) -> bool {
        matches!(
            self,
            RelationsError::Invalid(_)
                | RelationsError::Store(dyad_store::StoreError::InvalidQuery(_))
        )
    }
}

#[cfg(test)]
mod tests;
