//! Importer for PETRARCH/CAMEO actor and agent dictionaries (the `Phoenix.*.actors.txt` and
//! `Phoenix.agents.txt` formats), so that users with such dictionaries can layer them over the
//! built-in base.
//!
//! Actors: a record starts with a phrase in column 1 (`VLADIMIR_PUTIN_`), `+` lines add synonyms,
//! and codes come inline (`AFGHANISTAN_ [AFG]`) or on indented lines, optionally dated:
//! `[RUSGOV >080508]`, `[RUSELI 700101-990809]`, `[RUSELI]` (the default). Agents are generic
//! nouns with a sector: `FARMER [~AGR]`. Malformed lines are reported with their line number
//! and skipped; the rest of the file is imported.

use crate::kb::{KbBuilder, KbEntity, NameKind};
use dyad_core::{ActorCode, Country, DatedActor, EntityKind, Sector};
use jiff::civil::Date;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub entities: usize,
    pub names: usize,
    pub agents: Vec<(String, Option<Sector>)>,
    /// `(line, reason)` for every line that was skipped.
    pub skipped: Vec<(usize, String)>,
}

/// A CAMEO date: `YYMMDD` or `YYYYMMDD`; two-digit years up to 30 are 20YY, else 19YY.
fn cameo_date(s: &str) -> Option<Date> {
    let (y, rest) = match s.len() {
        6 => {
            let yy: i16 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let m: i8 = rest[..2].parse().ok()?;
    let d: i8 = rest[2..4].parse().ok()?;
    Date::new(y, m, d).ok()
}

/// A CAMEO actor code (`RUSGOV`, `IGOUNO`, `IMGMUSALQ`, `AFG`) as a PLOVER actor code.
pub fn cameo_code(code: &str) -> Option<ActorCode> {
    let code = code.trim();
    // `~GOV` is an agent code (a sector without a country), not an actor.
    if code.len() < 3 || !code.is_ascii() || code.starts_with('~') {
        return None;
    }
    let first: Country = code[..3].parse().ok()?;
    let rest = &code[3..];
    let second = rest.get(..3);
    // IGO sub-codes name the organisation family: IGOUNO is a UN body, IGOEUR an EU one.
    let country = match (first.as_str(), second) {
        ("IGO", Some(s @ ("UNO" | "EUR"))) => s.parse().ok()?,
        _ => first,
    };
    let sector = second.and_then(|s| match s {
        "HLH" => Some(Sector::MED),
        "INS" => Some(Sector::REB),
        s => s.parse::<Sector>().ok(),
    });
    Some(ActorCode::new(country, sector.filter(|_| country == first)))
}

fn phrase(s: &str) -> String {
    s.trim().trim_end_matches('_').replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses one `[CODE dates]` into a dated actor.
fn code_line(inner: &str) -> Result<DatedActor, String> {
    let mut parts = inner.split_whitespace();
    let code = parts.next().ok_or("empty code")?;
    let actor = cameo_code(code).ok_or_else(|| format!("unreadable code {code:?}"))?;
    let (mut from, mut to) = (None, None);
    if let Some(d) = parts.next() {
        if let Some(x) = d.strip_prefix('>') {
            from = Some(cameo_date(x).ok_or_else(|| format!("bad date {d:?}"))?);
        } else if let Some(x) = d.strip_prefix('<') {
            to = Some(cameo_date(x).ok_or_else(|| format!("bad date {d:?}"))?);
        } else if let Some((a, b)) = d.split_once('-') {
            from = Some(cameo_date(a).ok_or_else(|| format!("bad date {a:?}"))?);
            to = Some(cameo_date(b).ok_or_else(|| format!("bad date {b:?}"))?);
        } else {
            return Err(format!("bad date restriction {d:?}"));
        }
    }
    Ok(DatedActor { actor, from, to })
}

/// Imports an actor dictionary into `b`. Entity ids are `cameo:<file>:<line>`.
pub fn import_actors(b: &mut KbBuilder, file: &str, contents: &str) -> ImportReport {
    let mut rep = ImportReport::default();
    let mut current: Option<(KbEntity, Vec<String>)> = None;
    let finish = |b: &mut KbBuilder, cur: Option<(KbEntity, Vec<String>)>, rep: &mut ImportReport| {
        let Some((mut e, names)) = cur else { return };
        if e.roles.is_empty() {
            return; // no code: nothing to say about this actor
        }
        // Dated roles first, the undated default last (the order actor_on expects).
        e.roles.sort_by_key(|r| r.from.is_none() && r.to.is_none());
        let i = b.add_entity(e);
        for n in &names {
            b.add_name(i, n, NameKind::Name);
        }
        rep.entities += 1;
        rep.names += names.len();
    };
    for (i, raw) in contents.lines().enumerate() {
        let line = i + 1;
        let text = raw.split('#').next().unwrap_or("");
        if text.trim().is_empty() || text.starts_with('!') || text.starts_with('<') {
            continue;
        }
        let (body, codes) = match (text.find('['), text.rfind(']')) {
            (Some(a), Some(z)) if a < z => (&text[..a], Some(&text[a + 1..z])),
            (Some(_), _) => {
                rep.skipped.push((line, "unclosed [".into()));
                continue;
            }
            _ => (text, None),
        };
        if raw.starts_with([' ', '\t']) && body.trim().is_empty() {
            // An indented code line of the current record.
            let Some(c) = codes else { continue };
            match (&mut current, code_line(c)) {
                (Some((e, _)), Ok(r)) => e.roles.push(r),
                (None, _) => rep.skipped.push((line, "code line outside a record".into())),
                (_, Err(m)) => rep.skipped.push((line, m)),
            }
            continue;
        }
        if let Some(syn) = body.trim_start().strip_prefix('+') {
            let n = phrase(syn);
            match &mut current {
                Some((_, names)) if !n.is_empty() => names.push(n),
                _ => rep.skipped.push((line, "synonym outside a record".into())),
            }
            if let (Some(c), Some((e, _))) = (codes, &mut current) {
                match code_line(c) {
                    Ok(r) => e.roles.push(r),
                    Err(m) => rep.skipped.push((line, m)),
                }
            }
            continue;
        }
        // A new primary phrase.
        finish(b, current.take(), &mut rep);
        let name = phrase(body);
        if name.is_empty() {
            rep.skipped.push((line, "empty phrase".into()));
            continue;
        }
        let mut e = KbEntity::new(&format!("cameo:{file}:{line}"), &titlecase(&name), EntityKind::Organization);
        e.origin = file.to_string();
        if let Some(c) = codes {
            match code_line(c) {
                Ok(r) => e.roles.push(r),
                Err(m) => {
                    rep.skipped.push((line, m));
                    continue;
                }
            }
        }
        current = Some((e, vec![name]));
    }
    finish(b, current.take(), &mut rep);
    rep
}

/// Imports an agents dictionary: generic nouns with their sector (`FARMER [~AGR]`).
pub fn import_agents(contents: &str) -> ImportReport {
    let mut rep = ImportReport::default();
    for (i, raw) in contents.lines().enumerate() {
        let text = raw.split('#').next().unwrap_or("").trim();
        if text.is_empty() || text.starts_with('!') || text.starts_with('<') {
            continue;
        }
        let (Some(a), Some(z)) = (text.find('['), text.rfind(']')) else {
            rep.skipped.push((i + 1, "no [~CODE]".into()));
            continue;
        };
        if text[..a].contains('!') {
            continue; // synset templates (`CATTLE!PERSON!`) are not phrases
        }
        let code = text[a + 1..z].trim().trim_start_matches('~');
        let sector = code.get(..3).and_then(|s| s.parse::<Sector>().ok());
        let name = phrase(&text[..a]);
        if name.is_empty() {
            rep.skipped.push((i + 1, "empty phrase".into()));
            continue;
        }
        rep.agents.push((name.to_lowercase(), sector));
    }
    rep
}

fn titlecase(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "AFGHANISTAN_  [AFG]\n+AFGHAN_ \n\nVLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n\t[RUSELI]\n\t[RUSGOV 99XX01]\nUN_ [IGOUNO]\n+U.N._\nBROKEN_ [RUSGOV\n";

    #[test]
    fn imports_dated_roles_and_reports_bad_lines() {
        let mut b = KbBuilder::new();
        let rep = import_actors(&mut b, "t.txt", SAMPLE);
        assert_eq!(rep.entities, 3);
        assert_eq!(rep.skipped.iter().map(|s| s.0).collect::<Vec<_>>(), vec![9, 12]);
        let kb = b.build();
        let putin = kb.lookup("Putin");
        assert_eq!(putin.len(), 1);
        let p = putin[0];
        assert_eq!(p.roles.len(), 3);
        assert_eq!(p.roles[0].actor.to_string(), "RUS.ELI");
        assert_eq!(p.roles[0].to, Some(jiff::civil::date(1999, 8, 9)));
        assert_eq!(p.roles[1].from, Some(jiff::civil::date(2008, 5, 8)));
        assert_eq!(kb.lookup("U.N.")[0].roles[0].actor.to_string(), "UNO");
    }

    #[test]
    fn codes() {
        assert_eq!(cameo_code("IMGMUSALQ").unwrap().to_string(), "IMG");
        assert_eq!(cameo_code("~GOV"), None);
        assert_eq!(cameo_code("PAKMIL").unwrap().to_string(), "PAK.MIL");
    }

    #[test]
    fn agents() {
        let rep = import_agents("!PERSON! = MAN\nFARMER [~AGR]\nCATTLE!PERSON! [~AGR]\nAMBASSADOR [~GOV]\nBAD LINE\n");
        assert_eq!(rep.agents, vec![("farmer".to_string(), Some(Sector::AGR)), ("ambassador".to_string(), Some(Sector::GOV))]);
        assert_eq!(rep.skipped.len(), 1);
    }
}
