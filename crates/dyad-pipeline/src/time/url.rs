//! The date a news address carries.
//!
//! Most news sites put the publication date in the path of an article's address, in one of a
//! few shapes (digits only, so nothing here depends on the language):
//!
//! | shape | example |
//! |---|---|
//! | year / month / day | `/2025/10/07/slug`, `/2025-10-07-slug`, `_2025_10_07`, `/2025.10.07/` |
//! | year-month / day | `/2025-10/07/c_1129.htm` |
//! | year / month-day | `/2025/10-07/123.shtml`, `/2025/1007/c1002-…` |
//! | eight digits | `/20251007/`, `-20251007.html`, `t20251007_123`, `?date=20251007` |
//! | twelve or fourteen digits | `/202510071432/` (a timestamp: its first eight) |
//! | year / month | `/2025/10/slug` → month precision |
//!
//! The host is never read (`2024.example.com`), a year outside 1990–2100 or a day that does not
//! exist is not a date, and a run of digits is only read whole: `/120251007/` is an id.

use dyad_core::DateValue;

/// A run of ASCII digits in the address, with the character before and after it.
#[derive(Debug, Clone, Copy)]
struct Run<'a> {
    digits: &'a str,
    before: Option<char>,
    after: Option<char>,
}

fn runs(path: &str) -> Vec<Run<'_>> {
    let digit = |c: char| c.is_ascii_digit();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(s) = path[from..].find(digit).map(|i| from + i) {
        let e = path[s..].find(|c| !digit(c)).map_or(path.len(), |i| s + i);
        out.push(Run {
            digits: &path[s..e],
            before: path[..s].chars().next_back(),
            after: path[e..].chars().next(),
        });
        from = e;
    }
    out
}

fn num(s: &str) -> i32 {
    s.bytes().fold(0i32, |v, d| {
        v.saturating_mul(10).saturating_add((d - b'0') as i32)
    })
}

fn is_sep(c: Option<char>) -> bool {
    matches!(c, Some('/' | '-' | '_' | '.'))
}

fn year(r: &Run) -> Option<i16> {
    let y = num(r.digits);
    (r.digits.len() == 4 && (1990..=2100).contains(&y)).then_some(y as i16)
}

fn small(r: &Run, max: i32) -> Option<i8> {
    let v = num(r.digits);
    ((1..=2).contains(&r.digits.len()) && (1..=max).contains(&v)).then_some(v as i8)
}

/// `YYYYMMDD` at the start of a run of 8, 12 or 14 digits (a date or a timestamp).
fn packed(r: &Run) -> Option<DateValue> {
    let d = r.digits;
    if !matches!(d.len(), 8 | 12 | 14) {
        return None;
    }
    if d.len() > 8 {
        let (h, m) = (num(&d[8..10]), num(&d[10..12]));
        if h > 23 || m > 59 {
            return None;
        }
    }
    let y = num(&d[..4]);
    if !(1990..=2100).contains(&y) {
        return None;
    }
    DateValue::ymd(y as i16, num(&d[4..6]) as i8, num(&d[6..8]) as i8)
}

/// The publication date in a url, day or month precision; `None` when it carries none.
pub(crate) fn url_date(url: &str) -> Option<DateValue> {
    // Skip the scheme and host: a date is in the path, the query or the fragment.
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => url,
    };
    let path = match rest.find(['/', '?', '#']) {
        Some(i) => &rest[i..],
        None => return None,
    };
    let rs = runs(path);
    let mut month: Option<DateValue> = None;
    for (i, r) in rs.iter().enumerate() {
        if let Some(v) = packed(r) {
            return Some(v);
        }
        let Some(y) = year(r) else { continue };
        let Some(next) = rs.get(i + 1).filter(|_| is_sep(r.after)) else {
            continue;
        };
        // The separator must be the only thing between the runs.
        let joined = |a: &Run, b: &Run| a.after.is_some() && a.after == b.before;
        if !joined(r, next) {
            continue;
        }
        // year / MMDD
        if next.digits.len() == 4 && !next.after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            let (m, d) = (num(&next.digits[..2]), num(&next.digits[2..]));
            if let Some(v) = DateValue::ymd(y, m as i8, d as i8) {
                return Some(v);
            }
            continue;
        }
        let Some(m) = small(next, 12) else { continue };
        let day = rs
            .get(i + 2)
            .filter(|d| is_sep(next.after) && joined(next, d))
            .filter(|d| !d.after.is_some_and(|c| c.is_ascii_digit()))
            .and_then(|d| small(d, 31));
        match day {
            Some(d) => {
                if let Some(v) = DateValue::ymd(y, m, d) {
                    return Some(v);
                }
            }
            // `/2025/10/slug`: a month, if nothing better follows.
            None if r.before == Some('/') && next.after == Some('/') && month.is_none() => {
                month = DateValue::month(y, m);
            }
            None => {}
        }
    }
    month
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (url, want) in [
            (
                "https://www.dawn.com/news/2025/10/07/lavrov-visit",
                "2025-10-07",
            ),
            (
                "https://example.com/world/2025-10-07-talks-in-moscow",
                "2025-10-07",
            ),
            ("https://example.com/a/20251007/talks.html", "2025-10-07"),
            ("https://example.com/talks-20251007.html", "2025-10-07"),
            (
                "http://www.news.cn/world/2025-10/07/c_1129.htm",
                "2025-10-07",
            ),
            (
                "http://world.people.com.cn/n1/2025/1007/c1002-40580000.html",
                "2025-10-07",
            ),
            (
                "https://www.chinanews.com.cn/gj/2025/10-07/10495000.shtml",
                "2025-10-07",
            ),
            (
                "https://www.gov.cn/xinwen/t20251007_123456.html",
                "2025-10-07",
            ),
            (
                "https://example.com/story?id=9&date=2025-10-07",
                "2025-10-07",
            ),
            ("https://example.com/2025/10/7/slug", "2025-10-07"),
            ("https://example.com/story/202510071432/", "2025-10-07"),
            (
                "https://www.example.ru/politics/2025/10/lavrov-pekin",
                "2025-10",
            ),
            ("https://example.com/2025_10_07_talks", "2025-10-07"),
        ] {
            assert_eq!(
                url_date(url).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{url}"
            );
        }
    }

    #[test]
    fn not_dates() {
        for url in [
            "https://example.com/",
            "https://2025.example.com/news",
            "https://example.com/article/12345678",
            "https://example.com/article/120251007/",
            "https://example.com/2025/13/40/x",
            "https://example.com/budget-2025-plan",
            "https://example.com/top-10-stories",
            "https://example.com/news/1985/10/07/old",
            "https://example.com/2025/10x/07",
            "not a url",
            "",
        ] {
            assert_eq!(url_date(url), None, "{url}");
        }
    }
}
