//! Importer for PETRARCH/CAMEO actor dictionaries (the `Phoenix.*.actors.txt` format), so
//! that users with such dictionaries can layer them over the built-in base (agents, verbs and
//! discards: `cameo_dict`).
//!
//! Actors: a record starts with a phrase in column 1 (`VLADIMIR_PUTIN_`), `+` lines add synonyms,
//! and codes come inline (`AFGHANISTAN_ [AFG]`) or on indented lines, optionally dated:
//! `[RUSGOV >080508]`, `[RUSELI 700101-990809]`, `[RUSELI]` (the default). Malformed lines are reported with their line number
//! and skipped; the rest of the file is imported.

use crate::kb::{KbBuilder, KbEntity, NameKind};

use dyad_core::{ActorCode, Country, DatedActor, EntityKind, Sector};
use jiff::civil::Date;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    /// The imported entities with their names, ready to add to a builder or write as TOML.
    pub imported: Vec<(KbEntity, Vec<String>)>,
    pub entities: usize,
    pub names: usize,
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
    s.trim()
        .trim_end_matches('_')
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A dictionary phrase as a name: CAMEO writes every phrase in capitals, but only an acronym
/// ("IMF", "U.N.", "PLO") should match in capitals only (`KbBuilder::add_name`): a word with
/// a vowel and more than three letters ("SEOUL") is written as a name.
fn as_name(phrase: &str) -> String {
    let acronym =
        |w: &str| w.contains('.') || w.len() <= 3 || !w.chars().any(|c| "AEIOUY".contains(c));
    phrase
        .split(' ')
        .map(|w| {
            if acronym(w) {
                w.to_string()
            } else {
                titlecase(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses one `[CODE dates]` into a dated actor.
fn code_line(inner: &str) -> Result<DatedActor, String> {
    let mut parts = inner.split_whitespace();
    let code = parts.next().ok_or("empty code")?;
    let actor = cameo_code(code).ok_or_else(|| format!("unreadable code {code:?}"))?;
    let full = code.to_ascii_uppercase();
    let (mut from, mut to) = (None, None);
    // The restriction may be written with spaces: `< 950601`, `19950601 - 19990815`.
    let rest: String = parts.collect();
    if let Some(d) = Some(rest.as_str()).filter(|d| !d.is_empty()) {
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
    Ok(DatedActor {
        cameo: Some(full),
        ..DatedActor::between(actor, from, to)
    })
}

/// Adds imported entities to a builder.
pub fn add_to(b: &mut KbBuilder, imported: &[(KbEntity, Vec<String>)]) {
    for (e, names) in imported {
        let i = b.add_entity(e.clone());
        for n in names {
            b.add_name(i, n, NameKind::Name);
        }
    }
}

/// Reads an actor dictionary. Entity ids are `cameo:<file>:<line>`.
pub fn import_actors(file: &str, contents: &str) -> ImportReport {
    let mut rep = ImportReport::default();
    let mut current: Option<(KbEntity, Vec<String>)> = None;
    let finish = |cur: Option<(KbEntity, Vec<String>)>, rep: &mut ImportReport| {
        let Some((mut e, names)) = cur else { return };
        if e.roles.is_empty() {
            return; // no code: nothing to say about this actor
        }
        // Dated roles first, the undated default last (the order actor_on expects).
        e.roles.sort_by_key(|r| r.from.is_none() && r.to.is_none());
        // The format does not say what a record is: a bare three-letter code is a country
        // (CAMEO adds agents to it as to a state: "Arnor cleric" is ARNREL), dated offices
        // make a person (office-holders), anything else an organisation.
        let bare = |r: &DatedActor| r.cameo.as_deref().map_or(3, str::len) == 3;
        e.kind = if e.roles.iter().all(|r| r.actor.sector.is_none() && bare(r)) {
            EntityKind::Country
        } else if e.roles.iter().any(|r| r.from.is_some() || r.to.is_some()) {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
        if e.kind == EntityKind::Country {
            e.country = e.roles.first().map(|r| r.actor.country);
        }
        rep.entities += 1;
        rep.names += names.len();
        rep.imported.push((e, names));
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
                (None, _) => rep
                    .skipped
                    .push((line, "code line outside a record".into())),
                (_, Err(m)) => rep.skipped.push((line, m)),
            }
            continue;
        }
        if let Some(syn) = body.trim_start().strip_prefix('+') {
            let n = phrase(syn);
            match &mut current {
                Some((_, names)) if !n.is_empty() => names.push(as_name(&n)),
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
        finish(current.take(), &mut rep);
        let name = phrase(body);
        if name.is_empty() {
            rep.skipped.push((line, "empty phrase".into()));
            continue;
        }
        let mut e = KbEntity::new(
            &format!("cameo:{file}:{line}"),
            &titlecase(&name),
            EntityKind::Organization,
        );
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
        current = Some((e, vec![as_name(&name)]));
    }
    finish(current.take(), &mut rep);
    rep
}

/// Reads a user's own list: `name, kind, actor, from, to, aliases` (aliases `|`-separated;
/// kind person, organization, group or country; dates `YYYY[-MM[-DD]]` or empty). Several rows
/// with the same name add dated roles to one entity.
pub fn import_tsv(file: &str, contents: &str) -> ImportReport {
    let mut rep = ImportReport::default();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (line, f) in crate::data::tsv_rows(contents) {
        let get = |i: usize| f.get(i).copied().unwrap_or("").trim();
        let (name, kind, actor) = (get(0), get(1), get(2));
        if name.is_empty() {
            rep.skipped.push((line, "empty name".into()));
            continue;
        }
        let Some(kind) = crate::kb::kind_of(kind) else {
            rep.skipped.push((line, format!("unknown kind {kind:?}")));
            continue;
        };
        let Ok(actor) = actor.parse::<ActorCode>() else {
            rep.skipped
                .push((line, format!("bad actor code {actor:?}")));
            continue;
        };
        let bound = |s: &str, last: bool| {
            if s.is_empty() {
                Ok(None)
            } else {
                crate::kb::parse_bound(s, last)
                    .map(Some)
                    .ok_or(s.to_string())
            }
        };
        let (from, to) = match (bound(get(3), false), bound(get(4), true)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(d), _) | (_, Err(d)) => {
                rep.skipped.push((line, format!("bad date {d:?}")));
                continue;
            }
        };
        let role = DatedActor::between(actor, from, to);
        match index.get(name) {
            Some(&i) => rep.imported[i].0.roles.push(role),
            None => {
                let slug: String = name
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c } else { '-' })
                    .collect();
                let mut e = KbEntity::new(&format!("user:{slug}"), name, kind);
                e.origin = file.to_string();
                e.roles.push(role);
                let mut names = vec![name.to_string()];
                names.extend(
                    get(5)
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_string),
                );
                rep.names += names.len();
                rep.entities += 1;
                index.insert(name.to_string(), rep.imported.len());
                rep.imported.push((e, names));
            }
        }
    }
    rep
}

/// Writes imported entities in the knowledge base's own TOML format (data/kb/entities), so an
/// import is a readable file that loads like the built-in ones.
pub fn to_toml(imported: &[(KbEntity, Vec<String>)]) -> String {
    use std::fmt::Write as _;
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    for (e, names) in imported {
        let _ = writeln!(
            out,
            "[[entity]]\nid = {}\nkind = {}\nname = {}",
            q(&e.id),
            q(e.kind.as_str()),
            q(&e.name)
        );
        let ns: Vec<String> = names.iter().map(|n| q(n)).collect();
        let _ = writeln!(out, "names = [{}]", ns.join(", "));
        let roles: Vec<String> = e
            .roles
            .iter()
            .map(|r| {
                let mut s = format!("{{ actor = {}", q(&r.actor.to_string()));
                if let Some(f) = r.from {
                    let _ = write!(s, ", from = {}", q(&f.to_string()));
                }
                if let Some(t) = r.to {
                    let _ = write!(s, ", to = {}", q(&t.to_string()));
                }
                if let Some(c) = &r.cameo {
                    let _ = write!(s, ", cameo = {}", q(c));
                }
                s + " }"
            })
            .collect();
        let _ = writeln!(out, "roles = [{}]\n", roles.join(", "));
    }
    out
}

fn titlecase(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(|x| x.to_lowercase()))
                    .collect(),
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
        let rep = import_actors("t.txt", SAMPLE);
        add_to(&mut b, &rep.imported);
        assert_eq!(rep.entities, 3);
        assert_eq!(
            rep.skipped.iter().map(|s| s.0).collect::<Vec<_>>(),
            vec![9, 12]
        );
        let kb = b.build();
        let putin = kb.lookup("Putin");
        assert_eq!(putin.len(), 1);
        let p = putin[0];
        assert_eq!(p.roles.len(), 3);
        assert_eq!(p.roles[0].actor.to_string(), "RUS.ELI");
        assert_eq!(p.roles[0].to, Some(jiff::civil::date(1999, 8, 9)));
        assert_eq!(p.roles[1].from, Some(jiff::civil::date(2008, 5, 8)));
        assert_eq!(kb.lookup("U.N.")[0].roles[0].actor.to_string(), "UNO");
        // Capitals are the format's, not the name's: "SEOUL" is a name, "IMF" an acronym.
        assert_eq!(as_name("SEOUL CITY"), "Seoul City");
        assert_eq!(as_name("IMF"), "IMF");
        assert_eq!(as_name("U.S.S.R"), "U.S.S.R");
    }

    #[test]
    fn tsv_and_toml_round_trip() {
        let rep = import_tsv("mine.tsv", "name\tkind\tactor\tfrom\tto\taliases\nJane Roe\tperson\tGBR.GOV\t2019\t2022-06\tJ. Roe|Roe\nJane Roe\tperson\tGBR.PRE\t2022-07\t\t\nBad\talien\tGBR\t\t\t\n");
        assert_eq!(rep.entities, 1);
        assert_eq!(rep.skipped.len(), 1);
        let toml = to_toml(&rep.imported);
        let mut b = KbBuilder::new();
        b.load_entities_toml("x.toml", &toml, "x").unwrap();
        let kb = b.build();
        let e = kb.lookup("Roe");
        assert_eq!(e[0].roles.len(), 2);
        assert_eq!(e[0].roles[0].to, Some(jiff::civil::date(2022, 6, 30)));
    }

    #[test]
    fn codes() {
        assert_eq!(cameo_code("IMGMUSALQ").unwrap().to_string(), "IMG");
        assert_eq!(cameo_code("~GOV"), None);
        assert_eq!(cameo_code("PAKMIL").unwrap().to_string(), "PAK.MIL");
    }
}
