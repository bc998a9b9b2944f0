//! Clean: strips web-scrape debris from plain text, and lifts the title and dateline out as
//! metadata. Never deletes prose: a line goes only if a boilerplate rule (data/clean) matches it
//! whole, or it is a repeat of the title, or a date on a line of its own.
//!
//! HTML never reaches this stage as markup: ingest has already reduced it to its main text.

use crate::PipelineError;
use dyad_kb::data::{file, tsv_rows};
use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Drop,
    Cut,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    Any,
    Top,
    Bottom,
}

/// The compiled boilerplate rules.
#[derive(Debug)]
pub struct Cleaner {
    /// One regex per rule: separately each gets literal prefilters and a DFA, which a
    /// `RegexSet` of Unicode-aware patterns does not (it fell back to the slow PikeVM).
    rules: Vec<(Regex, Action, Where)>,
}

/// What cleaning found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub title: Option<String>,
    pub dateline: Option<String>,
    /// Number of lines removed as debris.
    pub removed: usize,
}

const TOP_LINES: usize = 6;
const BOTTOM_LINES: usize = 25;

impl Cleaner {
    /// Compiles the rules in `data/clean/boilerplate.tsv`.
    pub fn builtin() -> Result<Self, PipelineError> {
        let path = "clean/boilerplate.tsv";
        Self::from_tsv(path, file(path).unwrap_or("action\twhere\tregex\n"))
    }

    pub fn from_tsv(path: &str, contents: &str) -> Result<Self, PipelineError> {
        let mut rules = Vec::new();
        for (line, f) in tsv_rows(contents) {
            let err = |m: String| PipelineError::Data {
                file: path.to_string(),
                line,
                message: m,
            };
            let [action, place, re] = f[..] else {
                return Err(err("expected action, where, regex".into()));
            };
            let action = match action {
                "drop" => Action::Drop,
                "cut" => Action::Cut,
                a => return Err(err(format!("unknown action {a:?}"))),
            };
            let place = match place {
                "any" => Where::Any,
                "top" => Where::Top,
                "bottom" => Where::Bottom,
                w => return Err(err(format!("unknown place {w:?}"))),
            };
            let re = Regex::new(re).map_err(|e| err(format!("bad regex: {e}")))?;
            rules.push((re, action, place));
        }
        Ok(Cleaner { rules })
    }

    /// Is this line only a date (and maybe a time)? "November 15, 2024 11:55 pm",
    /// "٢٩ سبتمبر ٢٠٢١", "Thursday, May 23, 2024", "7 октября 2025 г.", "29/09/2021".
    pub fn is_date_line(&self, line: &str) -> bool {
        let line = line.trim();
        if line.chars().count() > 48 {
            return false;
        }
        let digit =
            |c: char| c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c);
        let mut year = false;
        let mut words = 0;
        for tok in
            line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-' | '.' | '،'))
        {
            if tok.is_empty() {
                continue;
            }
            let n = tok.chars().count();
            if tok.chars().all(digit) {
                year |= n == 4;
                if n > 4 {
                    return false;
                }
            } else if tok.chars().all(|c| digit(c) || c == ':') {
                // a clock time
            } else if tok.chars().all(char::is_alphabetic) && n <= 12 {
                words += 1;
            } else {
                return false;
            }
        }
        year && words <= 4
    }

    pub fn clean(&self, raw: &str) -> Cleaned {
        // Byte-order marks and zero-width spaces count as blank at line ends.
        let blank = |c: char| c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}');
        let lines: Vec<&str> = raw.lines().map(|l| l.trim_matches(blank)).collect();
        let nonempty: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
        let top_limit = nonempty.get(TOP_LINES).copied().unwrap_or(usize::MAX);
        let bottom_start = nonempty
            .len()
            .checked_sub(BOTTOM_LINES)
            .map_or(0, |k| nonempty[k]);
        let mut keep = vec![true; lines.len()];
        let mut removed = 0;
        let mut cut_at = lines.len();
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            for (re, action, place) in &self.rules {
                let (action, place) = (*action, *place);
                let applies = match place {
                    Where::Any => true,
                    Where::Top => i < top_limit,
                    Where::Bottom => i >= bottom_start,
                };
                if !applies || !re.is_match(line) {
                    continue;
                }
                keep[i] = false;
                if action == Action::Cut {
                    cut_at = cut_at.min(i);
                }
            }
        }
        let mut out = Cleaned::default();
        let mut blank = false;
        let mut first_kept = true;
        for (i, line) in lines.iter().enumerate() {
            if i >= cut_at {
                removed += usize::from(!line.is_empty());
                continue;
            }
            if line.is_empty() {
                blank = !out.text.is_empty();
                continue;
            }
            if !keep[i] {
                removed += 1;
                continue;
            }
            if i < top_limit && out.dateline.is_none() && self.is_date_line(line) {
                out.dateline = Some(line.to_string());
                continue;
            }
            if first_kept {
                first_kept = false;
                if is_title_like(line) && nonempty.len() > 1 {
                    out.title = Some(line.to_string());
                }
            } else if out.title.as_deref() == Some(*line) {
                // Pages often repeat the headline under the date.
                removed += 1;
                continue;
            }
            if !out.text.is_empty() {
                out.text.push_str(if blank { "\n\n" } else { "\n" });
            }
            blank = false;
            out.text.push_str(line);
        }
        out.removed = removed;
        out
    }
}

/// A headline: short, no sentence-final period.
fn is_title_like(line: &str) -> bool {
    let n = line.chars().count();
    (8..=200).contains(&n)
        && !line.ends_with(['.', '。', '۔'])
        && line.split_whitespace().count() <= 25
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> Cleaned {
        Cleaner::builtin().unwrap().clean(s)
    }

    #[test]
    fn strips_header_nav_and_footer() {
        let c = clean(
            "| Welcome to Some News Site\n\nMonday, June 2, 2025\n\nKabul hosts talks\n\nThe talks opened on Sunday.\n\nRead more: Another story here\n\nThey ended well.\n\nRelated Articles\n\nA link\nBack to top button",
        );
        assert_eq!(c.title.as_deref(), Some("Kabul hosts talks"));
        assert_eq!(c.dateline.as_deref(), Some("Monday, June 2, 2025"));
        assert_eq!(
            c.text,
            "Kabul hosts talks\n\nThe talks opened on Sunday.\n\nThey ended well."
        );
    }

    #[test]
    fn strips_donation_appeals_and_bylines() {
        let c = clean(
            "Main prose line one.\nSupport Example Media Hub\nIf there were ever a time to join us, it is now.\nExample Bank AC # 1234 5678901\nThe writer is a reporter. She can be reached at someone@example.org.\nComments are closed.",
        );
        assert_eq!(c.text, "Main prose line one.");
        assert_eq!(c.removed, 5);
    }

    #[test]
    fn keeps_prose_that_mentions_support() {
        let c = clean(
            "Russia will support the talks.\nSupport for the plan grew in Kabul, officials said.",
        );
        assert_eq!(c.removed, 0);
    }

    #[test]
    fn arabic_dateline_and_language_switcher() {
        let c = clean("Ru En\n\nروسيا وباكستان تؤكدان استعدادهما\n\n٢٩ سبتمبر ٢٠٢١\n\nأكد نائب وزير الدفاع.\n\nالمصدر: نوفوستي");
        assert_eq!(c.dateline.as_deref(), Some("٢٩ سبتمبر ٢٠٢١"));
        assert_eq!(c.title.as_deref(), Some("روسيا وباكستان تؤكدان استعدادهما"));
        assert!(!c.text.contains("نوفوستي") && !c.text.contains("Ru En"));
    }

    #[test]
    fn date_lines() {
        let c = Cleaner::builtin().unwrap();
        for l in [
            "November 15, 2024 11:55 pm",
            "Thursday, May 23, 2024",
            "7 октября 2025 г.",
            "29/09/2021",
            "۱۴۰۴/۰۷/۱۵",
        ] {
            assert!(c.is_date_line(l), "{l}");
        }
        for l in [
            "The 13-member delegation arrived in 2021",
            "Russia, Pakistan Discuss Cooperation",
        ] {
            assert!(!c.is_date_line(l), "{l}");
        }
    }
}
