//! Query strings: repeated keys (`actor=RUS&actor=PAK`), typed values, and unknown keys refused
//! (a misspelt filter must not silently return everything).

use crate::error::ApiError;
use dyad_core::{DateValue, EventType};
use dyad_store::EventQuery;
use jiff::civil::Date;
use std::str::FromStr;

/// The filters every event listing understands, in the OpenAPI description too.
pub const EVENT_FILTERS: &[&str] = &[
    "actor",
    "directed",
    "type",
    "since",
    "until",
    "min_confidence",
    "include_aux",
    "dedup",
    "q",
    "lang",
    "folded",
];

pub struct Params(Vec<(String, String)>);

impl Params {
    /// Parses `raw`, refusing keys not in `allowed`.
    pub fn parse(raw: Option<&str>, allowed: &[&[&str]]) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        for (k, _) in &pairs {
            if !allowed.iter().any(|set| set.contains(&k.as_str())) {
                let mut known: Vec<&str> = allowed.iter().flat_map(|s| s.iter().copied()).collect();
                known.sort_unstable();
                return Err(ApiError::bad(format!(
                    "unknown parameter {k:?} (known here: {})",
                    known.join(", ")
                )));
            }
        }
        Ok(Params(pairs))
    }

    /// The last non-empty value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    /// Every non-empty value of `key`, commas splitting values too (`type=CONSULT,AGREE`).
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// `key`, `key=1`, `key=true`, `key=yes` are true; `key=0|false|no` false.
    pub fn flag(&self, key: &str) -> Result<bool, ApiError> {
        match self.0.iter().rev().find(|(k, _)| k == key) {
            None => Ok(false),
            Some((_, v)) => match v.trim().to_ascii_lowercase().as_str() {
                "" | "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                other => Err(ApiError::bad(format!(
                    "{key}={other:?} is not true or false"
                ))),
            },
        }
    }

    pub fn num<T: FromStr>(&self, key: &str) -> Result<Option<T>, ApiError> {
        self.get(key)
            .map(|v| {
                v.parse::<T>()
                    .map_err(|_| ApiError::bad(format!("{key}={v:?} is not a number")))
            })
            .transpose()
    }

    pub fn parsed<T: FromStr>(&self, key: &str) -> Result<Option<T>, ApiError>
    where
        T::Err: std::fmt::Display,
    {
        self.get(key)
            .map(|v| {
                v.parse::<T>()
                    .map_err(|e| ApiError::bad(format!("{key}={v:?}: {e}")))
            })
            .transpose()
    }

    /// A date (`2021-09-29`, `2021-09`, `2021`): its first day, or with `last` its last day.
    pub fn date(&self, key: &str, last: bool) -> Result<Option<Date>, ApiError> {
        self.get(key)
            .map(|v| {
                let d = DateValue::parse_iso(v).ok_or_else(|| {
                    ApiError::bad(format!(
                        "{key}={v:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                    ))
                })?;
                Ok(if last { d.last_day() } else { d.first_day() })
            })
            .transpose()
    }

    /// `since` and `until`, checked against each other.
    pub fn range(&self) -> Result<(Option<Date>, Option<Date>), ApiError> {
        let (a, b) = (self.date("since", false)?, self.date("until", true)?);
        if let (Some(a), Some(b)) = (a, b) {
            if a > b {
                return Err(ApiError::bad(format!("since {a} is after until {b}")));
            }
        }
        Ok((a, b))
    }

    pub fn types(&self) -> Result<Vec<EventType>, ApiError> {
        self.all("type")
            .iter()
            .map(|t| t.parse::<EventType>().map_err(ApiError::bad))
            .collect()
    }

    /// The shared event filter (the CLI builds the same [`EventQuery`]).
    pub fn event_query(&self) -> Result<EventQuery, ApiError> {
        let (since, until) = self.range()?;
        let min_confidence = self.num::<f32>("min_confidence")?;
        if let Some(c) = min_confidence {
            if !(0.0..=1.0).contains(&c) {
                return Err(ApiError::bad(format!("min_confidence={c} is not in 0..1")));
            }
        }
        Ok(EventQuery {
            actors: self.all("actor"),
            directed: self.flag("directed")?,
            types: self.types()?,
            since,
            until,
            min_confidence,
            include_aux: self.flag("include_aux")?,
            dedup: self.flag("dedup")?,
            text: self.get("q").map(str::to_string),
            languages: self.all("lang"),
            folded: self.num::<i64>("folded")?,
            ..Default::default()
        })
    }

    /// `limit`, defaulting to `default` and capped at `max`.
    pub fn limit(&self, default: usize, max: usize) -> Result<usize, ApiError> {
        let n = self.num::<usize>("limit")?.unwrap_or(default);
        if n == 0 || n > max {
            return Err(ApiError::bad(format!("limit={n} is not in 1..={max}")));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_comma_separated() {
        let p = Params::parse(
            Some("actor=RUS&actor=PAK.GOV&type=CONSULT,agree&dedup&since=2021-04&until=2021"),
            &[EVENT_FILTERS],
        )
        .unwrap();
        let q = p.event_query().unwrap();
        assert_eq!(q.actors, ["RUS", "PAK.GOV"]);
        assert_eq!(q.types, [EventType::Consult, EventType::Agree]);
        assert!(q.dedup && !q.directed);
        assert_eq!(q.since.unwrap().to_string(), "2021-04-01");
        assert_eq!(q.until.unwrap().to_string(), "2021-12-31");
    }

    #[test]
    fn impossible_filters_are_errors() {
        let bad = |raw: &str| {
            Params::parse(Some(raw), &[EVENT_FILTERS])
                .and_then(|p| p.event_query())
                .unwrap_err()
                .reason
        };
        assert!(bad("actr=RUS").starts_with("unknown parameter \"actr\""));
        assert!(bad("since=2022&until=2021").contains("after"));
        assert!(bad("since=yesterday").contains("not a date"));
        assert!(bad("type=HUG").contains("unknown PLOVER event type"));
        assert!(bad("dedup=maybe").contains("not true or false"));
        assert!(bad("min_confidence=2").contains("not in 0..1"));
    }
}
