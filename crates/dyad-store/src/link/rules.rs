//! The evidence rules: when is a report the same real-world event as another, or a second
//! event of the same story. Pure functions over [`Report`]s; the numbers and the type table are
//! data (`data/dedup/`).

use dyad_core::EventType;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

const TYPES: &str = include_str!("../../../../data/dedup/types.tsv");
const SYMMETRIC: &str = include_str!("../../../../data/dedup/symmetric.tsv");
const LOCATED: &str = include_str!("../../../../data/dedup/located.tsv");
const THRESHOLDS: &str = include_str!("../../../../data/dedup/thresholds.tsv");

/// How two event types relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Two codings of one happening.
    Same,
    /// Two happenings of one news story.
    Story,
}

/// What the linker weighs, read from `data/dedup/`.
#[derive(Debug, Clone)]
pub struct Rules {
    relations: HashMap<(EventType, EventType), Relation>,
    symmetric: HashSet<EventType>,
    /// Types whose place is where they happened (a meeting, an attack), not what a statement
    /// is about.
    located: HashSet<EventType>,
    pub day_slack: i32,
    pub published_slack: i32,
    pub precise_days: i32,
    pub vague_days: i32,
    pub story_days: i32,
    pub place_km: f64,
    pub max_candidates: usize,
    pub max_members: usize,
    /// Fingerprints this close (in bits) are one text: a syndicated copy.
    pub copy_bits: u32,
}

/// Rows of a TSV file: no comments, no header.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

impl Rules {
    /// The rules compiled in from `data/dedup/`.
    pub fn builtin() -> Rules {
        // The files are part of the build and covered by a test: they cannot be malformed here.
        Rules::parse(TYPES, SYMMETRIC, LOCATED, THRESHOLDS)
            .unwrap_or_else(|e| panic!("data/dedup: {e}"))
    }

    /// Parses the four files; an error names the file and line.
    pub fn parse(
        types: &str,
        symmetric: &str,
        located: &str,
        thresholds: &str,
    ) -> Result<Rules, String> {
        let kind = |s: &str, file: &str, line: usize| {
            EventType::from_str(s).map_err(|e| format!("{file} line {line}: {e}"))
        };
        let mut relations = HashMap::new();
        for (line, f) in rows(types) {
            let [a, b, rel, ..] = f[..] else {
                return Err(format!(
                    "types.tsv line {line}: expected a, b, relation, why"
                ));
            };
            let (a, b) = (kind(a, "types.tsv", line)?, kind(b, "types.tsv", line)?);
            let rel = match rel {
                "same" => Relation::Same,
                "story" => Relation::Story,
                other => return Err(format!("types.tsv line {line}: unknown relation {other:?}")),
            };
            relations.insert((a, b), rel);
            relations.insert((b, a), rel);
        }
        let mut sym = HashSet::new();
        for (line, f) in rows(symmetric) {
            sym.insert(kind(f[0], "symmetric.tsv", line)?);
        }
        let mut placed = HashSet::new();
        for (line, f) in rows(located) {
            placed.insert(kind(f[0], "located.tsv", line)?);
        }
        let mut values: HashMap<&str, f64> = HashMap::new();
        for (line, f) in rows(thresholds) {
            let [name, value, ..] = f[..] else {
                return Err(format!(
                    "thresholds.tsv line {line}: expected name, value, why"
                ));
            };
            let v: f64 = value
                .parse()
                .map_err(|_| format!("thresholds.tsv line {line}: {value:?} is not a number"))?;
            values.insert(name, v);
        }
        let get = |name: &str| {
            values
                .get(name)
                .copied()
                .ok_or_else(|| format!("thresholds.tsv: {name} is missing"))
        };
        Ok(Rules {
            relations,
            symmetric: sym,
            located: placed,
            day_slack: get("day_slack")? as i32,
            published_slack: get("published_slack")? as i32,
            precise_days: get("precise_days")? as i32,
            vague_days: get("vague_days")? as i32,
            story_days: get("story_days")? as i32,
            place_km: get("place_km")?,
            max_candidates: get("max_candidates")? as usize,
            max_members: get("max_members")? as usize,
            copy_bits: get("copy_bits")? as u32,
        })
    }

    /// How two types relate; `None` when unrelated.
    pub fn relation(&self, a: EventType, b: EventType) -> Option<Relation> {
        if a == b {
            return Some(Relation::Same);
        }
        self.relations.get(&(a, b)).copied()
    }

    pub fn symmetric(&self, t: EventType) -> bool {
        self.symmetric.contains(&t)
    }

    /// Whether a report's place is where an event of this type happened.
    pub fn located(&self, t: EventType) -> bool {
        self.located.contains(&t)
    }

    /// How precise a report's date is.
    pub fn precision(&self, r: &Report) -> When {
        match r.window {
            Some((a, b)) if b - a < self.precise_days => When::Precise,
            Some((a, b)) if b - a < self.vague_days => When::Coarse,
            _ => When::Vague,
        }
    }

    /// The days a report's event may have happened on, widened by the slack of its kind.
    fn widened(&self, r: &Report) -> Option<(i32, i32)> {
        let (a, b) = r.window?;
        let back = self.day_slack
            + if r.from_published {
                self.published_slack
            } else {
                0
            };
        Some((a - back, b + self.day_slack))
    }

    /// The weeks a report is looked up and registered under: its date window's, or for a
    /// report without a usable date, the days before its publication.
    pub fn weeks(&self, r: &Report) -> Option<(i32, i32)> {
        let (a, b) = match self.precision(r) {
            When::Vague => {
                let p = r.published?;
                (p - self.story_days - self.precise_days, p + self.day_slack)
            }
            _ => self.widened(r)?,
        };
        Some((a.div_euclid(7), b.div_euclid(7)))
    }
}

/// How precise a report's date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A day or a few (`precise_days`).
    Precise,
    /// A month or so.
    Coarse,
    /// A year or coarser, or no date.
    Vague,
}

/// What kind of actor a side is: named people and organisations identify an event better than
/// the country they act for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Person,
    Organisation,
    /// A country, a collective ("Pakistani officials") or an actor without an entity.
    Collective,
}

/// One side of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorKey {
    pub country: String,
    pub entity: Option<String>,
    pub kind: ActorKind,
}

impl ActorKey {
    fn named(&self) -> bool {
        self.kind != ActorKind::Collective && self.entity.is_some()
    }
}

/// Where a report says the event happened.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceKey {
    pub name: String,
    pub country: Option<String>,
    pub coords: Option<(f64, f64)>,
}

/// The typed key of one stored event report: what linking compares (it replaces the
/// `TYPE|A|B|date` string once frozen at insert). Days are counted from 1970-01-01.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub event: i64,
    pub doc: i64,
    /// The earliest document of its document's near-duplicate group.
    pub article: i64,
    pub kind: EventType,
    pub aux: Option<String>,
    pub source: Option<ActorKey>,
    pub target: Option<ActorKey>,
    pub window: Option<(i32, i32)>,
    /// The date is the publication's, not the clause's own.
    pub from_published: bool,
    /// The document's publication day.
    pub published: Option<i32>,
    pub place: Option<PlaceKey>,
    pub confidence: f32,
    /// Where its trigger starts in its document's text: reports of one document with one
    /// trigger are one act of one sentence, coded pair by pair.
    pub trigger: i64,
}

impl Report {
    /// A report whose two sides are one country is one-sided, the named side staying, when
    /// the two cannot be two parties: in an act done together (`RUS` met `RUS`: a side read
    /// twice, or a delegation and its own head), or when one of them names only the country.
    /// In a directed act two different named actors of one country are its two parties, the
    /// doer and the one it is done to (the BLA attacked the Frontier Corps, the police
    /// arrested a party's leader): keeping both lets a report that names only the attacked
    /// join one that names both. So are a named doer and the country it acted on (the BLA
    /// attacked Pakistan, its train or its troops, where only the country is named): the
    /// country is the state attacked, and keeping it lets a report whose doer is unknown
    /// ("gunmen attacked a train in Bolan") join by the country attacked and the place.
    pub fn one_country_one_side(mut self, rules: &Rules) -> Report {
        if let (Some(a), Some(b)) = (&self.source, &self.target) {
            let two_parties = !rules.symmetric(self.kind) && a.named() && a.entity != b.entity;
            if a.country == b.country && !two_parties {
                let keep_target = !a.named() && b.named();
                let t = self.target.take();
                if keep_target {
                    self.source = t;
                }
            }
        }
        self
    }

    /// Both sides known.
    pub fn full(&self) -> bool {
        self.source.is_some() && self.target.is_some()
    }
}

/// What two reports have in common.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Evidence {
    /// The fields that agreed, as written in the output (`type`, `source:entity`, `date:day`…).
    pub reasons: Vec<String>,
    /// More for named actors, places and exact days than for countries.
    pub strength: u32,
    /// Both sides agreed.
    pub both_sides: bool,
}

/// The verdict on two reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Unrelated,
    /// Evidence against: different named people on one side, or different places, on the
    /// same days. Such a pair keeps the report out of that event whatever else agrees.
    Conflict,
    Story(Evidence),
    Same(Evidence),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Entity,
    Country,
    Missing,
    Mismatch,
    /// Same country, two different named people (or organisations).
    Clash,
}

/// One side of two reports. `domestic`: one of them has one country on both sides (the BLA
/// and the Frontier Corps), where the country tells no one apart, so two different named
/// actors of it are two actors.
fn side(a: Option<&ActorKey>, b: Option<&ActorKey>, domestic: bool) -> Side {
    let (Some(a), Some(b)) = (a, b) else {
        return Side::Missing;
    };
    if a.named() && b.named() {
        if a.entity == b.entity {
            return Side::Entity;
        }
        if domestic && a.country == b.country {
            return Side::Mismatch;
        }
        // Two people acting for one country are two meetings; organisations are named loosely
        // (the ministry, the government, the Taliban) and decide nothing. People of two
        // countries are two sides, not a clash: "Lavrov met…" and "Muttaqi met…" may be one
        // meeting read from either end, and the countries already tell the sides apart.
        if a.kind == ActorKind::Person && b.kind == ActorKind::Person && a.country == b.country {
            return Side::Clash;
        }
    }
    if a.country == b.country {
        Side::Country
    } else {
        Side::Mismatch
    }
}

/// Great-circle distance in km.
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Agree,
    Unknown,
    Differ,
}

fn place(rules: &Rules, a: Option<&PlaceKey>, b: Option<&PlaceKey>) -> Place {
    let (Some(a), Some(b)) = (a, b) else {
        return Place::Unknown;
    };
    if let (Some(x), Some(y)) = (a.coords, b.coords) {
        return if km(x, y) <= rules.place_km {
            Place::Agree
        } else {
            Place::Differ
        };
    }
    // A place without coordinates is a country or a region, named in passing: it agrees by
    // name and contradicts nothing.
    if a.name.eq_ignore_ascii_case(&b.name) {
        Place::Agree
    } else {
        Place::Unknown
    }
}

/// The sides of `r` against those of `m`, in the best order the types allow: `None` when no
/// order agrees on at least one side without contradicting the other.
fn align(rules: &Rules, r: &Report, m: &Report) -> Option<(Side, Side, bool)> {
    let domestic = one_country(r) || one_country(m);
    let side = |a: Option<&ActorKey>, b: Option<&ActorKey>| side(a, b, domestic);
    let direct = (
        side(r.source.as_ref(), m.source.as_ref()),
        side(r.target.as_ref(), m.target.as_ref()),
        false,
    );
    let mut options = vec![direct];
    if rules.symmetric(r.kind) && rules.symmetric(m.kind) {
        options.push((
            side(r.source.as_ref(), m.target.as_ref()),
            side(r.target.as_ref(), m.source.as_ref()),
            true,
        ));
        // A one-sided report of a meeting names either participant first.
        if r.target.is_none() || m.target.is_none() {
            options.push((
                side(r.source.as_ref(), m.source.as_ref()),
                Side::Missing,
                false,
            ));
        }
    }
    let score = |s: Side| match s {
        Side::Entity => 3,
        Side::Country => 1,
        _ => 0,
    };
    options
        .into_iter()
        .filter(|(a, b, _)| {
            !matches!(a, Side::Mismatch)
                && !matches!(b, Side::Mismatch)
                && (matches!(a, Side::Entity | Side::Country | Side::Clash)
                    || matches!(b, Side::Entity | Side::Country | Side::Clash))
        })
        .max_by_key(|(a, b, _)| score(*a) + score(*b))
}

/// Both sides of the report are one country: a domestic act.
fn one_country(x: &Report) -> bool {
    matches!((&x.source, &x.target), (Some(a), Some(b)) if a.country == b.country)
}

fn overlap(a: (i32, i32), b: (i32, i32)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// Compares a new report `r` with a report `m` already in an event. `copy` says the two come
/// from near-duplicate documents (one group), which stands in for date and place.
pub fn compare(rules: &Rules, r: &Report, m: &Report, copy: bool) -> Verdict {
    if r.aux != m.aux {
        return Verdict::Unrelated;
    }
    let Some(relation) = rules.relation(r.kind, m.kind) else {
        return Verdict::Unrelated;
    };
    if let Some(ev) = one_act(rules, r, m) {
        return Verdict::Same(ev);
    }
    let Some((src, tgt, swapped)) = align(rules, r, m) else {
        return Verdict::Unrelated;
    };
    let mut ev = Evidence::default();
    if r.kind == m.kind {
        ev.reasons.push("type".into());
        ev.strength += 1;
    } else {
        ev.reasons.push(format!("type:{}~{}", m.kind, r.kind));
    }
    let names = |s: Side| match s {
        Side::Entity => Some("entity"),
        Side::Country => Some("country"),
        _ => None,
    };
    for (label, s) in [("source", src), ("target", tgt)] {
        if let Some(n) = names(s) {
            ev.reasons.push(format!("{label}:{n}"));
            ev.strength += if s == Side::Entity { 3 } else { 1 };
        }
    }
    if swapped {
        ev.reasons.push("actors:either-order".into());
    }
    // Both sides of one country (a domestic act: rebels and troops, police and protesters)
    // agreeing only by that country are one country, not two sides.
    let by_country_only = src != Side::Entity && tgt != Side::Entity;
    ev.both_sides = names(src).is_some()
        && names(tgt).is_some()
        && !(by_country_only && (one_country(r) || one_country(m)));
    let named = src == Side::Entity || tgt == Side::Entity;
    let clash = src == Side::Clash || tgt == Side::Clash;
    // The place of a statement or a decision is what it is about, not where it happened: it
    // counts only when both reports are of types that happen somewhere.
    let pl = if rules.located(r.kind) && rules.located(m.kind) {
        place(rules, r.place.as_ref(), m.place.as_ref())
    } else {
        Place::Unknown
    };
    if copy {
        // One text: what it says is one event, whatever dates the two runs gave it.
        if clash {
            return Verdict::Conflict;
        }
        ev.reasons.push("copy".into());
        ev.strength += 4;
        return finish(relation, ev);
    }
    let (wr, wm) = (rules.precision(r), rules.precision(m));
    let (Some(dr), Some(dm)) = (rules.widened(r), rules.widened(m)) else {
        return vague(rules, r, m, relation, ev, named, clash, pl);
    };
    if wr == When::Vague || wm == When::Vague {
        return vague(rules, r, m, relation, ev, named, clash, pl);
    }
    if !overlap(dr, dm) {
        return Verdict::Unrelated;
    }
    if clash || pl == Place::Differ {
        return Verdict::Conflict;
    }
    // One country on one side says little (every Pakistani attack has "Pakistan" in it): it
    // takes a named actor, both sides or the place as well.
    if !named && !ev.both_sides && pl != Place::Agree {
        return Verdict::Unrelated;
    }
    if pl == Place::Agree {
        ev.reasons.push("place".into());
        ev.strength += 2;
    }
    if wr == When::Precise && wm == When::Precise {
        ev.reasons.push("date:day".into());
        ev.strength += 2;
        return finish(relation, ev);
    }
    // A month fits many meetings: it links only with a named actor or the place as well.
    if named || pl == Place::Agree {
        ev.reasons.push("date:month".into());
        return finish(relation, ev);
    }
    Verdict::Unrelated
}

/// Two reports of one trigger in one document, of one type that is done together (a meeting,
/// an accord, joint work): the sentence tells one act, which an event of two sides codes once
/// per pair of its participants ("В нём приняли участие представители России, Китая, … и
/// Афганистана", "Putin, Xi and Modi held talks": one meeting). Its pairs are one real-world
/// event whoever they are, so a report of any pair brings the whole meeting with it. A
/// directed act with several parties ("Russia and China condemned…") is several acts.
fn one_act(rules: &Rules, r: &Report, m: &Report) -> Option<Evidence> {
    (r.doc == m.doc && r.trigger == m.trigger && r.kind == m.kind && rules.symmetric(r.kind)).then(
        || Evidence {
            reasons: vec!["type".into(), "trigger".into()],
            // As strong as a copied text: the same words.
            strength: 1 + 4,
            both_sides: true,
        },
    )
}

/// A report without a usable date (or against one): only a named person or organisation, in
/// a document published in the days of the other report, links it.
#[allow(clippy::too_many_arguments)]
fn vague(
    rules: &Rules,
    r: &Report,
    m: &Report,
    relation: Relation,
    mut ev: Evidence,
    named: bool,
    clash: bool,
    pl: Place,
) -> Verdict {
    if !named || clash || pl == Place::Differ {
        return Verdict::Unrelated;
    }
    // The days each report stands for: its date window if precise, else its publication.
    let days = |x: &Report| match rules.precision(x) {
        When::Vague => x.published.map(|p| (p - rules.story_days, p)),
        _ => rules.widened(x),
    };
    let (Some(a), Some(b)) = (days(r), days(m)) else {
        return Verdict::Unrelated;
    };
    let reach = (b.0, b.1 + rules.story_days);
    if !overlap(a, reach) && !overlap(b, (a.0, a.1 + rules.story_days)) {
        return Verdict::Unrelated;
    }
    if pl == Place::Agree {
        ev.reasons.push("place".into());
        ev.strength += 2;
    }
    ev.reasons.push("date:published-days".into());
    finish(relation, ev)
}

fn finish(relation: Relation, ev: Evidence) -> Verdict {
    match relation {
        Relation::Same => Verdict::Same(ev),
        Relation::Story => Verdict::Story(ev),
    }
}

/// Days from 1970-01-01 of an ISO date (`2021-09-29`); `None` if it is not one.
pub fn day_number(iso: &str) -> Option<i32> {
    // A stored day, or the day of a stored time (`2021-09-29T…`).
    let (y, m, d) = crate::read::plain_ymd(iso.get(..10)?)?;
    let (y, m, d) = (i32::from(y), i32::from(m), i32::from(d));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (proleptic Gregorian), counting years from March.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(country: &str, entity: Option<&str>, kind: ActorKind) -> Option<ActorKey> {
        Some(ActorKey {
            country: country.into(),
            entity: entity.map(str::to_string),
            kind,
        })
    }

    fn person(country: &str, id: &str) -> Option<ActorKey> {
        actor(country, Some(id), ActorKind::Person)
    }

    fn country(c: &str) -> Option<ActorKey> {
        actor(c, None, ActorKind::Collective)
    }

    /// The same facts told in another sentence: another report.
    fn another(r: &Report) -> Report {
        let mut x = r.clone();
        x.trigger = NEXT_TRIGGER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        x
    }

    static NEXT_TRIGGER: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

    fn report(kind: EventType, a: Option<ActorKey>, b: Option<ActorKey>, date: &str) -> Report {
        let d = day_number(date);
        Report {
            event: 1,
            doc: 1,
            article: 1,
            kind,
            aux: None,
            source: a,
            target: b,
            window: d.map(|d| (d, d)),
            from_published: false,
            published: d,
            place: None,
            confidence: 0.8,
            // Each report its own sentence: one trigger is one act (`one_act`).
            trigger: NEXT_TRIGGER.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    fn same(v: &Verdict) -> Option<&[String]> {
        match v {
            Verdict::Same(e) => Some(&e.reasons),
            _ => None,
        }
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2021-09-30").unwrap() - day_number("2021-09-29").unwrap(),
            1
        );
        assert_eq!(
            day_number("2000-03-01").unwrap() - day_number("2000-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("2021-13-01"), None);
        assert_eq!(day_number("soon"), None);
    }

    #[test]
    fn the_data_files_parse() {
        let r = Rules::builtin();
        assert_eq!(r.day_slack, 1);
        assert_eq!(
            r.relation(EventType::Consult, EventType::Agree),
            Some(Relation::Story)
        );
        assert_eq!(
            r.relation(EventType::Protest, EventType::Accuse),
            Some(Relation::Same)
        );
        assert_eq!(r.relation(EventType::Consult, EventType::Assault), None);
        assert!(r.symmetric(EventType::Consult) && !r.symmetric(EventType::Accuse));
        let err = Rules::parse("a\tb\trelation\nCONSULT\tAGREE\tmaybe\n", "", "", "").unwrap_err();
        assert!(err.contains("types.tsv line 2"), "{err}");
    }

    #[test]
    fn consecutive_days_and_either_order_merge() {
        let rules = Rules::builtin();
        let a = report(
            EventType::Consult,
            country("RUS"),
            country("PAK"),
            "2021-09-29",
        );
        let b = report(
            EventType::Consult,
            country("PAK"),
            country("RUS"),
            "2021-09-30",
        );
        assert_eq!(
            same(&compare(&rules, &b, &a, false)).unwrap(),
            [
                "type",
                "source:country",
                "target:country",
                "actors:either-order",
                "date:day"
            ]
        );
        // A one-sided report joins by a named actor, never by one country alone.
        let c = report(EventType::Consult, country("PAK"), None, "2021-09-29");
        assert_eq!(compare(&rules, &c, &a, false), Verdict::Unrelated);
        let fomin = person("RUS", "Q4066893");
        let named = report(
            EventType::Consult,
            fomin.clone(),
            country("PAK"),
            "2021-09-29",
        );
        let one_sided = report(EventType::Consult, fomin, None, "2021-09-30");
        assert_eq!(
            same(&compare(&rules, &one_sided, &named, false)).unwrap(),
            ["type", "source:entity", "date:day"]
        );
    }

    #[test]
    fn the_same_ministers_a_year_apart_never_merge() {
        let rules = Rules::builtin();
        let a = report(
            EventType::Consult,
            person("RUS", "Q80137"),
            person("PAK", "Q7489"),
            "2021-04-07",
        );
        let b = report(
            EventType::Consult,
            person("RUS", "Q80137"),
            person("PAK", "Q7489"),
            "2022-04-07",
        );
        assert_eq!(compare(&rules, &b, &a, false), Verdict::Unrelated);
        let y2018 = report(
            EventType::Consult,
            country("RUS"),
            country("PAK"),
            "2018-04-25",
        );
        let y2021 = report(
            EventType::Consult,
            country("RUS"),
            country("PAK"),
            "2021-09-29",
        );
        assert_eq!(compare(&rules, &y2018, &y2021, false), Verdict::Unrelated);
    }

    #[test]
    fn undated_never_joins_dated_on_countries_alone() {
        let rules = Rules::builtin();
        let dated = report(
            EventType::Consult,
            country("RUS"),
            country("PAK"),
            "2021-09-29",
        );
        let mut undated = report(EventType::Consult, country("RUS"), country("PAK"), "");
        undated.published = day_number("2021-09-30");
        assert_eq!(compare(&rules, &undated, &dated, false), Verdict::Unrelated);
        // A year is no date either.
        let mut year = another(&dated);
        year.window = Some((
            day_number("2021-01-01").unwrap(),
            day_number("2021-12-31").unwrap(),
        ));
        assert_eq!(compare(&rules, &year, &dated, false), Verdict::Unrelated);
        // The same named person in a document of the same days links it…
        let named = report(
            EventType::Consult,
            person("RUS", "Q4066893"),
            country("PAK"),
            "2021-09-29",
        );
        let mut undated_named = another(&named);
        undated_named.window = None;
        undated_named.published = day_number("2021-09-30");
        assert_eq!(
            same(&compare(&rules, &undated_named, &named, false)).unwrap(),
            [
                "type",
                "source:entity",
                "target:country",
                "date:published-days"
            ]
        );
        // …but not one published months later.
        undated_named.published = day_number("2021-12-30");
        assert_eq!(
            compare(&rules, &undated_named, &named, false),
            Verdict::Unrelated
        );
        // A near-duplicate document links it whatever its date.
        assert!(same(&compare(&rules, &undated, &dated, true))
            .unwrap()
            .contains(&"copy".to_string()));
    }

    #[test]
    fn a_meeting_and_its_agreement_are_one_story_not_one_event() {
        let rules = Rules::builtin();
        let meet = report(
            EventType::Consult,
            country("IND"),
            country("CHN"),
            "2024-10-23",
        );
        let deal = report(
            EventType::Agree,
            country("CHN"),
            country("IND"),
            "2024-10-23",
        );
        assert!(matches!(
            compare(&rules, &deal, &meet, false),
            Verdict::Story(_)
        ));
    }

    #[test]
    fn different_people_or_places_on_the_same_day_conflict() {
        let rules = Rules::builtin();
        let a = report(
            EventType::Consult,
            person("RUS", "Q80137"),
            country("PAK"),
            "2021-04-07",
        );
        let b = report(
            EventType::Consult,
            person("RUS", "Q7747"),
            country("PAK"),
            "2021-04-07",
        );
        assert_eq!(compare(&rules, &b, &a, false), Verdict::Conflict);
        // People of two countries are the two ends of a meeting, not a clash: "Lavrov met…"
        // against "Muttaqi met…" decides nothing, and "Lavrov met…" joins "Muttaqi met Lavrov".
        let lavrov = report(
            EventType::Consult,
            person("RUS", "Q80137"),
            None,
            "2025-10-07",
        );
        let muttaqi = report(
            EventType::Consult,
            person("AFG", "Q3588467"),
            None,
            "2025-10-07",
        );
        assert_eq!(
            compare(&rules, &lavrov, &muttaqi, false),
            Verdict::Unrelated
        );
        let both = report(
            EventType::Consult,
            person("AFG", "Q3588467"),
            person("RUS", "Q80137"),
            "2025-10-07",
        );
        assert_eq!(
            same(&compare(&rules, &lavrov, &both, false)).unwrap(),
            ["type", "source:entity", "actors:either-order", "date:day"]
        );
        let mut moscow = report(
            EventType::Consult,
            country("RUS"),
            country("PAK"),
            "2021-04-07",
        );
        moscow.place = Some(PlaceKey {
            name: "Moscow".into(),
            country: Some("RUS".into()),
            coords: Some((55.75, 37.62)),
        });
        let mut islamabad = another(&moscow);
        islamabad.place = Some(PlaceKey {
            name: "Islamabad".into(),
            country: Some("PAK".into()),
            coords: Some((33.69, 73.06)),
        });
        assert_eq!(
            compare(&rules, &islamabad, &moscow, false),
            Verdict::Conflict
        );
    }

    fn at(name: &str, country: &str, coords: (f64, f64)) -> Option<PlaceKey> {
        Some(PlaceKey {
            name: name.into(),
            country: Some(country.into()),
            coords: Some(coords),
        })
    }

    #[test]
    fn the_place_of_a_statement_neither_links_nor_separates() {
        let rules = Rules::builtin();
        assert!(rules.located(EventType::Assault) && rules.located(EventType::Consult));
        assert!(!rules.located(EventType::Support) && !rules.located(EventType::Sanction));
        // One recognition, told from the capital that made it and from the one it is about.
        let mut moscow = report(
            EventType::Support,
            country("RUS"),
            country("AFG"),
            "2025-07-03",
        );
        moscow.place = at("Moscow", "RUS", (55.75, 37.62));
        let mut kabul = another(&moscow);
        kabul.place = at("Kabul", "AFG", (34.53, 69.17));
        assert_eq!(
            same(&compare(&rules, &kabul, &moscow, false)).unwrap(),
            ["type", "source:country", "target:country", "date:day"]
        );
        // Nor does one place make a one-sided statement of a month one event with another.
        let mut day = report(EventType::Sanction, country("EUR"), None, "2024-06-24");
        day.place = at("Moscow", "RUS", (55.75, 37.62));
        let mut month = another(&day);
        month.window = Some((
            day_number("2024-06-01").unwrap(),
            day_number("2024-06-30").unwrap(),
        ));
        assert_eq!(compare(&rules, &month, &day, false), Verdict::Unrelated);
        // Two attacks of one day in two provinces stay two attacks.
        let mut quetta = report(
            EventType::Assault,
            country("PAK"),
            country("PAK"),
            "2025-03-16",
        );
        quetta.place = at("Quetta", "PAK", (30.18, 67.0));
        let mut peshawar = another(&quetta);
        peshawar.place = at("Peshawar", "PAK", (34.01, 71.58));
        assert_eq!(
            compare(&rules, &peshawar, &quetta, false),
            Verdict::Conflict
        );
    }

    #[test]
    fn a_month_links_only_with_a_name_or_the_place() {
        let rules = Rules::builtin();
        let day = report(
            EventType::Assault,
            country("AFG"),
            country("PAK"),
            "2023-03-08",
        );
        let mut month = another(&day);
        month.window = Some((
            day_number("2023-03-01").unwrap(),
            day_number("2023-03-31").unwrap(),
        ));
        assert_eq!(compare(&rules, &month, &day, false), Verdict::Unrelated);
        let place = PlaceKey {
            name: "Peshawar".into(),
            country: Some("PAK".into()),
            coords: Some((34.0, 71.5)),
        };
        let (mut day, mut month) = (day, month);
        day.place = Some(place.clone());
        month.place = Some(place);
        assert_eq!(
            same(&compare(&rules, &month, &day, false)).unwrap(),
            [
                "type",
                "source:country",
                "target:country",
                "place",
                "date:month"
            ]
        );
    }

    fn org(country: &str, id: &str) -> Option<ActorKey> {
        actor(country, Some(id), ActorKind::Organisation)
    }

    #[test]
    fn a_report_naming_only_the_attacked_joins_one_naming_both() {
        let rules = Rules::builtin();
        // The BLA attacked the Frontier Corps: two parties of one country, both kept.
        let both = report(
            EventType::Assault,
            org("PAK", "balochistan-liberation-army"),
            org("PAK", "frontier-corps"),
            "2025-03-16",
        )
        .one_country_one_side(&rules);
        assert!(both.full());
        // "A suicide bomber hit a Frontier Corps convoy": the attacker unknown.
        let attacked = report(
            EventType::Assault,
            None,
            org("PAK", "frontier-corps"),
            "2025-03-16",
        )
        .one_country_one_side(&rules);
        assert_eq!(
            same(&compare(&rules, &attacked, &both, false)).unwrap(),
            ["type", "target:entity", "date:day"]
        );
        assert_eq!(
            same(&compare(&rules, &both, &attacked, false)).unwrap(),
            ["type", "target:entity", "date:day"]
        );
        // The same group's attack on a train five days before is another attack.
        let train = report(
            EventType::Assault,
            org("PAK", "balochistan-liberation-army"),
            country("PAK"),
            "2025-03-11",
        )
        .one_country_one_side(&rules);
        assert!(train.full());
        assert_eq!(compare(&rules, &train, &both, false), Verdict::Unrelated);
        assert_eq!(
            compare(&rules, &attacked, &train, false),
            Verdict::Unrelated
        );
        // Two named parties of one country agreeing only by that country are one country:
        // "the Frontier Corps raided the BLA" is not "the BLA attacked the Frontier Corps".
        let raid = report(
            EventType::Assault,
            org("PAK", "frontier-corps"),
            org("PAK", "balochistan-liberation-army"),
            "2025-03-16",
        )
        .one_country_one_side(&rules);
        assert_eq!(compare(&rules, &raid, &both, false), Verdict::Unrelated);
        // Nor is another group's attack on the Frontier Corps that day the BLA's.
        let other = report(
            EventType::Assault,
            org("PAK", "tehrik-i-taliban-pakistan"),
            org("PAK", "frontier-corps"),
            "2025-03-16",
        )
        .one_country_one_side(&rules);
        assert!(other.full());
        assert_eq!(compare(&rules, &other, &both, false), Verdict::Unrelated);
        // …while the report naming only the attacked may join either.
        assert!(same(&compare(&rules, &attacked, &other, false)).is_some());
        // In a meeting, one country on both sides is one side read twice (a delegation and
        // its head): the named person stays.
        let delegation = report(
            EventType::Consult,
            org("AFG", "taliban"),
            person("AFG", "amir-khan-muttaqi"),
            "2023-09-29",
        )
        .one_country_one_side(&rules);
        assert_eq!(delegation.source, org("AFG", "taliban"));
        assert_eq!(delegation.target, None);
    }

    #[test]
    fn an_unknown_doer_joins_a_named_one_by_the_country_attacked_and_the_place() {
        let rules = Rules::builtin();
        let bolan = || at("Bolan", "PAK", (29.5, 67.6));
        // "Militants of the BLA attacked the Jaffar Express in Bolan": the country attacked
        // stays beside the named doer.
        let mut named = report(
            EventType::Assault,
            org("PAK", "balochistan-liberation-army"),
            country("PAK"),
            "2025-03-11",
        )
        .one_country_one_side(&rules);
        named.place = bolan();
        assert!(named.full());
        // "Gunmen attacked the Jaffar Express in Bolan", published the next day.
        let mut gunmen = report(EventType::Assault, None, country("PAK"), "");
        gunmen.window = day_number("2025-03-12").map(|d| (d, d));
        gunmen.published = day_number("2025-03-12");
        gunmen.from_published = true;
        gunmen.place = bolan();
        assert_eq!(
            same(&compare(&rules, &gunmen, &named, false)).unwrap(),
            ["type", "target:country", "place", "date:day"]
        );
        // Without the place, the country alone links nothing.
        let mut nowhere = another(&gunmen);
        nowhere.place = None;
        assert_eq!(compare(&rules, &nowhere, &named, false), Verdict::Unrelated);
        // Nor does an attack five days later in the same place.
        let mut later = another(&gunmen);
        later.window = day_number("2025-03-16").map(|d| (d, d));
        later.published = day_number("2025-03-16");
        assert_eq!(compare(&rules, &later, &named, false), Verdict::Unrelated);
        // In a meeting a named side and its own country stay one side.
        let visit = report(
            EventType::Consult,
            person("PAK", "Q7489"),
            country("PAK"),
            "2021-04-07",
        )
        .one_country_one_side(&rules);
        assert!(!visit.full());
    }

    #[test]
    fn directed_types_keep_their_direction_and_aux_must_agree() {
        let rules = Rules::builtin();
        let a = report(
            EventType::Accuse,
            country("IRN"),
            country("PAK"),
            "2024-01-17",
        );
        let b = report(
            EventType::Accuse,
            country("PAK"),
            country("IRN"),
            "2024-01-17",
        );
        assert_eq!(compare(&rules, &b, &a, false), Verdict::Unrelated);
        let mut future = another(&a);
        future.aux = Some("future".into());
        assert_eq!(compare(&rules, &future, &a, false), Verdict::Unrelated);
    }

    #[test]
    fn the_pairs_of_one_trigger_are_one_meeting() {
        let rules = Rules::builtin();
        // «В нём приняли участие спецпредставители России, Китая, … и Афганистана»: one
        // trigger coded pair by pair. China–Pakistan and Russia–Afghanistan share no side, yet
        // the sentence tells one meeting.
        let pair = |a: &str, b: &str, trigger: i64| {
            let mut r = report(EventType::Consult, country(a), country(b), "2023-09-29");
            (r.doc, r.trigger) = (7, trigger);
            r
        };
        let (cp, ra) = (pair("CHN", "PAK", 120), pair("RUS", "AFG", 120));
        assert_eq!(
            same(&compare(&rules, &ra, &cp, false)).unwrap(),
            ["type", "trigger"]
        );
        // Another trigger of the same document, or the same offset in another document, is
        // not the same words.
        assert_eq!(
            compare(&rules, &pair("RUS", "AFG", 300), &cp, false),
            Verdict::Unrelated
        );
        let mut elsewhere = ra.clone();
        elsewhere.doc = 8;
        assert_eq!(compare(&rules, &elsewhere, &cp, false), Verdict::Unrelated);
        // A directed act of several ("Russia and China condemned…") is one act per doer.
        let accuse = |a: &str, b: &str| {
            let mut r = report(EventType::Accuse, country(a), country(b), "2023-09-29");
            (r.doc, r.trigger) = (7, 120);
            r
        };
        assert_eq!(
            compare(&rules, &accuse("RUS", "USA"), &accuse("CHN", "GBR"), false),
            Verdict::Unrelated
        );
        // Nor does one trigger join what its aux keeps apart.
        let mut planned = ra.clone();
        planned.aux = Some("future".into());
        assert_eq!(compare(&rules, &planned, &cp, false), Verdict::Unrelated);
    }
}
