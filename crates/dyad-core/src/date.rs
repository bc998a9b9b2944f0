//! Dates as event data needs them: a calendar value with an honest precision.

use jiff::civil::Date;
use serde::{Serialize, Serializer};
use std::fmt;

/// How much of a date is known. "In July" is month precision, not the first of July.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    Decade,
}

impl DatePrecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Decade => "decade",
        }
    }
}

/// A calendar date known to some precision. Fields finer than the precision are not meaningful
/// and are kept at 1 so that the value still orders and converts like a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateValue {
    pub year: i16,
    pub month: i8,
    pub day: i8,
    pub precision: DatePrecision,
}

impl DateValue {
    pub fn day(date: Date) -> Self {
        DateValue {
            year: date.year(),
            month: date.month(),
            day: date.day(),
            precision: DatePrecision::Day,
        }
    }

    pub fn month(year: i16, month: i8) -> Option<Self> {
        Date::new(year, month, 1).ok()?;
        Some(DateValue {
            year,
            month,
            day: 1,
            precision: DatePrecision::Month,
        })
    }

    pub fn year(year: i16) -> Option<Self> {
        Date::new(year, 1, 1).ok()?;
        Some(DateValue {
            year,
            month: 1,
            day: 1,
            precision: DatePrecision::Year,
        })
    }

    pub fn decade(year: i16) -> Option<Self> {
        let y = year - year.rem_euclid(10);
        Date::new(y, 1, 1).ok()?;
        Some(DateValue {
            year: y,
            month: 1,
            day: 1,
            precision: DatePrecision::Decade,
        })
    }

    /// Builds a day-precision value, or `None` if the day does not exist.
    pub fn ymd(year: i16, month: i8, day: i8) -> Option<Self> {
        Date::new(year, month, day).ok().map(Self::day)
    }

    /// The first day the value covers.
    pub fn first_day(&self) -> Date {
        Date::new(self.year, self.month, self.day).unwrap_or(Date::MIN)
    }

    /// The last day the value covers.
    pub fn last_day(&self) -> Date {
        let d = self.first_day();
        match self.precision {
            DatePrecision::Day => d,
            DatePrecision::Month => d.last_of_month(),
            DatePrecision::Year => d.last_of_year(),
            DatePrecision::Decade => {
                Date::new(self.year.saturating_add(9), 12, 31).unwrap_or(Date::MAX)
            }
        }
    }

    /// Parses `2021-09-29`, `2021-09`, `2021` and the longer ISO timestamps found in metadata.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i16>().ok());
        let year = num(0..4)?;
        match s.as_bytes().get(4) {
            None => Self::year(year),
            Some(b'-') => {
                let month = num(5..7)? as i8;
                match s.as_bytes().get(7) {
                    Some(b'-') => Self::ymd(year, month, num(8..10)? as i8),
                    None => Self::month(year, month),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            DatePrecision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            DatePrecision::Year => write!(f, "{:04}", self.year),
            DatePrecision::Decade => write!(f, "{:04}s", self.year),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where a publication date was read from, in the order they are trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// Supplied with the document (JSONL field, HTML meta tags, JSON-LD).
    Metadata,
    /// The document's address (`/2025/10/07/`, `-20251007`, `?date=2025-10-07`).
    Url,
    /// A line the page writes about itself: "Published …", "Updated: …", "By X | date".
    Byline,
    /// A date line at the top of the article (`ISLAMABAD, April 7, 2021 —`, `本报北京…电`).
    Dateline,
}

impl PublishedFrom {
    pub fn as_str(&self) -> &'static str {
        match self {
            PublishedFrom::Metadata => "metadata",
            PublishedFrom::Url => "url",
            PublishedFrom::Byline => "byline",
            PublishedFrom::Dateline => "dateline",
        }
    }
}

/// The publication date, or the reason it is not known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Published {
    pub date: Option<DateValue>,
    pub from: Option<PublishedFrom>,
    /// Why no date was given, or why a date that is present was not trusted.
    pub note: Option<String>,
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("precision", &self.date.map(|d| d.precision))?;
        m.serialize_entry("from", &self.from)?;
        if let Some(n) = &self.note {
            m.serialize_entry("note", n)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip() {
        for s in ["2021-09-29", "2021-09", "2021"] {
            assert_eq!(DateValue::parse_iso(s).unwrap().to_string(), s);
        }
        assert_eq!(
            DateValue::parse_iso("2024-07-04T10:00:00Z")
                .unwrap()
                .to_string(),
            "2024-07-04"
        );
        assert!(DateValue::parse_iso("2021-02-30").is_none());
        assert!(DateValue::parse_iso("soon").is_none());
    }

    #[test]
    fn ranges_cover_their_precision() {
        let m = DateValue::month(2024, 2).unwrap();
        assert_eq!(m.last_day().to_string(), "2024-02-29");
        let d = DateValue::decade(1987).unwrap();
        assert_eq!(d.to_string(), "1980s");
        assert_eq!(d.last_day().to_string(), "1989-12-31");
    }
}
