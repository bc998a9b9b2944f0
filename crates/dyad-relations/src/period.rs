//! Calendar periods a series is counted in: day, ISO week, month, quarter, year.

use crate::RelationsError;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    pub const ALL: [Period; 5] = [
        Period::Day,
        Period::Week,
        Period::Month,
        Period::Quarter,
        Period::Year,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The first day of the period holding `d` (weeks start on Monday, as ISO weeks do).
    pub fn start(&self, d: Date) -> Date {
        match self {
            Period::Day => d,
            Period::Week => {
                let back = i64::from(d.weekday().to_monday_zero_offset());
                d.checked_sub(back.days()).unwrap_or(d)
            }
            Period::Month => d.first_of_month(),
            Period::Quarter => {
                let m = (d.month() - 1) / 3 * 3 + 1;
                Date::new(d.year(), m, 1).unwrap_or(d)
            }
            Period::Year => d.first_of_year(),
        }
    }

    /// The first day of the next period.
    pub fn next(&self, start: Date) -> Option<Date> {
        let span = match self {
            Period::Day => 1.day(),
            Period::Week => 1.week(),
            Period::Month => 1.month(),
            Period::Quarter => 3.months(),
            Period::Year => 1.year(),
        };
        start.checked_add(span).ok()
    }

    /// The first day of the period `n` periods before the one starting at `start`.
    pub fn back(&self, start: Date, n: i64) -> Date {
        let span = match self {
            Period::Day => n.days(),
            Period::Week => n.weeks(),
            Period::Month => n.months(),
            Period::Quarter => (3 * n).months(),
            Period::Year => n.years(),
        };
        start.checked_sub(span).map_or(start, |d| self.start(d))
    }

    /// The last day of the period starting at `start`.
    pub fn last_day(&self, start: Date) -> Date {
        self.next(start)
            .and_then(|n| n.yesterday().ok())
            .unwrap_or(Date::MAX)
    }

    /// How the period is written: `2021-09-29`, `2021-W39`, `2021-09`, `2021-Q3`, `2021`.
    pub fn label(&self, start: Date) -> String {
        match self {
            Period::Day => start.to_string(),
            Period::Week => {
                let w = start.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Period::Month => format!("{:04}-{:02}", start.year(), start.month()),
            Period::Quarter => format!("{:04}-Q{}", start.year(), (start.month() - 1) / 3 + 1),
            Period::Year => format!("{:04}", start.year()),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Period {
    type Err = RelationsError;
    fn from_str(s: &str) -> Result<Period, RelationsError> {
        Period::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                RelationsError::Invalid(format!(
                    "unknown period {s:?} (day, week, month, quarter or year)"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn periods_hold_their_days() {
        let d = date(2021, 9, 29); // a Wednesday
        let cases = [
            (
                Period::Day,
                "2021-09-29",
                "2021-09-29",
                "2021-09-29",
                "2021-09-30",
            ),
            (
                Period::Week,
                "2021-09-27",
                "2021-10-03",
                "2021-W39",
                "2021-10-04",
            ),
            (
                Period::Month,
                "2021-09-01",
                "2021-09-30",
                "2021-09",
                "2021-10-01",
            ),
            (
                Period::Quarter,
                "2021-07-01",
                "2021-09-30",
                "2021-Q3",
                "2021-10-01",
            ),
            (
                Period::Year,
                "2021-01-01",
                "2021-12-31",
                "2021",
                "2022-01-01",
            ),
        ];
        for (p, start, last, label, next) in cases {
            let s = p.start(d);
            assert_eq!(s.to_string(), start, "{p}");
            assert_eq!(p.last_day(s).to_string(), last, "{p}");
            assert_eq!(p.label(s), label, "{p}");
            assert_eq!(p.next(s).unwrap().to_string(), next, "{p}");
        }
        // ISO week years differ from calendar years at the edges.
        assert_eq!(
            Period::Week.label(Period::Week.start(date(2021, 1, 1))),
            "2020-W53"
        );
        assert_eq!(
            Period::Month.back(date(2021, 3, 1), 4).to_string(),
            "2020-11-01"
        );
        assert_eq!(
            Period::Quarter.back(date(2021, 1, 1), 1).to_string(),
            "2020-10-01"
        );
        assert_eq!("Week".parse::<Period>().unwrap(), Period::Week);
        assert!("fortnight".parse::<Period>().is_err());
    }
}
