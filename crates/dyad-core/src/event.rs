//! Events and quotes: the output the rest of the pipeline exists for.

use crate::{ActorCode, Country, DateValue, Sector, Span};
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

macro_rules! event_types {
    ($($v:ident => $wire:literal, $quad:literal);* $(;)?) => {
        /// PLOVER 2.0's sixteen event types.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EventType { $($v),* }

        impl EventType {
            pub const ALL: &'static [EventType] = &[$(EventType::$v),*];
            pub fn as_str(&self) -> &'static str {
                match self { $(EventType::$v => $wire),* }
            }
            /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
            pub fn quad(&self) -> u8 {
                match self { $(EventType::$v => $quad),* }
            }
        }

        impl FromStr for EventType {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $($wire => Ok(EventType::$v),)*
                    // PLOVER 0.5 names seen in older data.
                    "DEMAND" => Ok(EventType::Request),
                    "DISAPPROVE" | "INVESTIGATE" => Ok(EventType::Accuse),
                    "FIGHT" => Ok(EventType::Assault),
                    other => Err(format!("unknown PLOVER event type {other:?}")),
                }
            }
        }
    };
}

event_types!(
    Agree => "AGREE", 1; Consult => "CONSULT", 1; Support => "SUPPORT", 1; Concede => "CONCEDE", 1;
    Cooperate => "COOPERATE", 2; Aid => "AID", 2; Retreat => "RETREAT", 2;
    Request => "REQUEST", 3; Accuse => "ACCUSE", 3; Reject => "REJECT", 3;
    Threaten => "THREATEN", 3; Protest => "PROTEST", 3;
    Sanction => "SANCTION", 4; Mobilize => "MOBILIZE", 4; Coerce => "COERCE", 4;
    Assault => "ASSAULT", 4;
);

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EventType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Auxiliary modes: an event that is not reported as having happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aux {
    Historical,
    Future,
    Hypothetical,
    Negated,
}

impl Aux {
    pub fn as_str(&self) -> &'static str {
        match self {
            Aux::Historical => "historical",
            Aux::Future => "future",
            Aux::Hypothetical => "hypothetical",
            Aux::Negated => "negated",
        }
    }
}

/// One side of an event (source or target).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Knowledge-base id of the entity, when there is one.
    pub entity: Option<String>,
    pub name: String,
    pub country: Country,
    pub sector: Option<Sector>,
    /// The full CAMEO actor code when an imported dictionary gave one ("BREGOV", "ORCHOB").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// Span of the mention in the text.
    #[serde(skip)]
    pub span: Span,
}

impl Side {
    pub fn actor(&self) -> ActorCode {
        ActorCode::new(self.country, self.sector)
    }
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    pub name: String,
    pub country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A coded event with its evidence. Its JSON (with the sentence's text) is written by
/// [`crate::output`], which has the document's text: the event keeps only the sentence's span,
/// a copy of every sentence per event was a large share of a long document's memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub kind: EventType,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub source: Option<Side>,
    pub target: Option<Side>,
    pub date: Option<EventDate>,
    pub location: Option<Location>,
    pub aux: Option<Aux>,
    pub quad: u8,
    /// Byte span of the sentence in `doc.text` (see [`Event::sentence`]).
    pub start: usize,
    pub end: usize,
    /// Byte span of the trigger phrase in `doc.text`.
    pub trigger: Span,
    pub confidence: f32,
    pub rule: String,
    pub cameo: Option<String>,
}

/// f32 → JSON without binary noise (0.8, not 0.800000011920929).
pub(crate) fn two_decimals<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*v) * 100.0).round() / 100.0)
}

impl Event {
    /// The sentence the event was coded from, in the text of its document.
    pub fn sentence<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// An event date: the value and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EventDate {
    pub value: DateValue,
    pub precision: crate::DatePrecision,
    /// The last day, when the act is dated by a stretch that begins at `value` ("last week",
    /// "6–7 April", a Solar Hijri month, "1979–1989"): the act happened somewhere in it.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_day"
    )]
    pub through: Option<jiff::civil::Date>,
    /// `text` when a time expression of the clause gave it, `lead` when the report's lead named
    /// its news day (a day in the week before publication) and the clause dates nothing,
    /// `passage` when a later sentence before the clause had moved the news on to a later day,
    /// `paragraph` when an act told as earlier than the news (a pluperfect) took the background
    /// time of its passage, `earlier` when such an act got only the year of publication,
    /// `published` when it fell back.
    pub from: &'static str,
}

impl EventDate {
    /// A date of one value at its own precision.
    pub fn new(value: DateValue, from: &'static str) -> Self {
        EventDate {
            value,
            precision: value.precision,
            through: None,
            from,
        }
    }

    /// The date a time expression gives, with its stretch when it names one.
    pub fn of_time(x: &crate::TimeExpr, from: &'static str) -> Self {
        EventDate {
            through: x.duration_days.filter(|&d| d > 1).map(|_| x.last_day()),
            ..EventDate::new(x.value, from)
        }
    }

    pub fn first_day(&self) -> jiff::civil::Date {
        self.value.first_day()
    }

    /// The last day the date covers: its stretch's, else its precision's.
    pub fn last_day(&self) -> jiff::civil::Date {
        self.through.unwrap_or_else(|| self.value.last_day())
    }
}

fn serialize_day<S: Serializer>(d: &Option<jiff::civil::Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// Direct or reported speech with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub speaker: Option<Side>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `direct` (in quotation marks) or `reported` ("said that ...").
    pub kind: &'static str,
}
