//! What a user's actor argument names — `dyad relations RUS PAK`, `--actor Лавров`,
//! `/api/relations?source=…`, `/api/timeline/{actor}` — decided in one place for the command
//! line and the API, so that both refuse the same names for the same reason.
//!
//! An actor code (`RUS`, `RUS.MIL`, capitals) stands as given when its country is one dyad
//! knows (stored events, the knowledge base, or PLOVER's non-state codes). Anything else, in any
//! script, goes through the knowledge base's name matching to the one entity it names (its id);
//! failing that, a name stored with events or as a quote's speaker (people known by their
//! titles) stands as given. A
//! name matching several entities, or nothing anywhere, is an error saying so.

use dyad_kb::Kb;
use dyad_store::{ReadStore, StoreError};
use std::sync::OnceLock;

/// PLOVER's actor codes that are not countries, and SUN for the Soviet Union.
const NON_STATE_CODES: &[&str] = &["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "SUN"];

/// Why an actor argument names no actor. `what` is the argument's name as the user wrote it
/// (`SOURCE`, `--actor`, `source`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ActorError {
    #[error("{what} is empty")]
    Empty { what: String },
    /// Written as a code, but not a well-formed one (`RUS.XYZ`).
    #[error("{what} {given:?}: {reason}")]
    BadCode {
        what: String,
        given: String,
        reason: String,
    },
    /// A well-formed code of a country nobody knows.
    #[error("{what} {given:?}: {country} is not a country or actor code dyad knows (ISO 3166 alpha-3, or IGO, UNO, EUR, NGO, ISM, IMG, MNC, SUN)")]
    UnknownCode {
        what: String,
        given: String,
        country: String,
    },
    /// A name several entities share.
    #[error("{what} {given:?} names {count} entities: {listed}; give one of their ids")]
    Ambiguous {
        what: String,
        given: String,
        count: usize,
        listed: String,
    },
    #[error("{what} {given:?} is not an actor code (RUS, RUS.MIL), not a name the knowledge base knows, and not named by any stored event")]
    Unknown { what: String, given: String },
    #[error("loading the knowledge base: {0}")]
    Kb(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ActorError {
    /// The argument names nothing dyad knows (rather than being malformed or ambiguous).
    pub fn is_unknown(&self) -> bool {
        matches!(
            self,
            ActorError::UnknownCode { .. } | ActorError::Unknown { .. }
        )
    }

    /// The caller's mistake (as opposed to the store or knowledge base failing).
    pub fn is_users(&self) -> bool {
        !matches!(self, ActorError::Kb(_) | ActorError::Store(_))
    }
}

/// Resolves actor arguments; the knowledge base is loaded on the first name that needs it and
/// kept (a server resolves many; codes of countries with stored events never need it).
#[derive(Default)]
pub struct Resolver {
    kb: OnceLock<Result<Kb, String>>,
}

impl Resolver {
    pub fn new() -> Resolver {
        Resolver::default()
    }

    /// Over a given knowledge base (tests).
    pub fn with_kb(kb: Kb) -> Resolver {
        let r = Resolver::default();
        let _ = r.kb.set(Ok(kb));
        r
    }

    fn kb(&self) -> Result<&Kb, ActorError> {
        self.kb
            .get_or_init(|| crate::build_kb().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| ActorError::Kb(e.clone()))
    }

    /// What `given` names, as the store matches actors: a code as given, else a knowledge-base
    /// id, else a name stored with events.
    pub fn resolve(
        &self,
        store: &(impl ReadStore + ?Sized),
        what: &str,
        given: &str,
    ) -> Result<String, ActorError> {
        let given = given.trim();
        let err_given = || given.to_string();
        if given.is_empty() {
            return Err(ActorError::Empty { what: what.into() });
        }
        // Codes are written in capitals: "RUS", "RUS.MIL" (a three-letter name like "Ali" is not one).
        let country = given.split('.').next().unwrap_or("");
        if country.len() == 3 && country.chars().all(|c| c.is_ascii_uppercase()) {
            let code = given
                .parse::<dyad_core::ActorCode>()
                .map_err(|e| ActorError::BadCode {
                    what: what.into(),
                    given: err_given(),
                    reason: e.to_string(),
                })?;
            let c = code.country.to_string();
            let known = NON_STATE_CODES.contains(&c.as_str())
                || store.names_country(&c)?
                || self.kb()?.country(code.country).is_some();
            if !known {
                return Err(ActorError::UnknownCode {
                    what: what.into(),
                    given: err_given(),
                    country: c,
                });
            }
            return Ok(given.to_string());
        }
        let kb = self.kb()?;
        if kb.by_id(given).is_some() {
            return Ok(given.to_string());
        }
        let mut found = kb.lookup(given);
        // "Sergey Lavrov" also contains other names: an entity named exactly so comes first.
        let exact = dyad_kb::normalize(given);
        let named_exactly: Vec<_> = found
            .iter()
            .copied()
            .filter(|e| {
                e.names
                    .iter()
                    .any(|n| dyad_kb::normalize(n).text() == exact.text())
            })
            .collect();
        if !named_exactly.is_empty() {
            found = named_exactly;
        }
        match found.as_slice() {
            [one] => return Ok(one.id.clone()),
            [] => {}
            many => {
                let listed: Vec<String> = many
                    .iter()
                    .take(8)
                    .map(|e| format!("{} ({}, {})", e.id, e.name, e.kind.as_str()))
                    .collect();
                return Err(ActorError::Ambiguous {
                    what: what.into(),
                    given: err_given(),
                    count: many.len(),
                    listed: listed.join(", "),
                });
            }
        }
        if store.names_actor(given)? {
            return Ok(given.to_string());
        }
        Err(ActorError::Unknown {
            what: what.into(),
            given: err_given(),
        })
    }
}
