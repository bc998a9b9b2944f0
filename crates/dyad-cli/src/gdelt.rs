//! GDELT event tables, for users of tools built on GDELT: the 1.0 daily-file layout (58 columns,
//! `SOURCEURL` last) and the 2.0 layout (61 columns: an `ADM2Code` in each geography block and
//! a full `DATEADDED` timestamp), tab-separated, one event a line, no header, as the GDELT
//! Event Codebook lays them out.
//!
//! What dyad knows goes where GDELT puts it: CAMEO actor codes from the PLOVER actor code
//! (country, then sector as the CAMEO type), the event's CAMEO code and its base and root, the
//! quad class, the Goldstein scale of that CAMEO code (`data/events/goldstein.tsv`), the number
//! of documents reporting the event, and the event's location with its country as a FIPS 10-4
//! code (`data/geo/fips10-4.tsv`). What dyad does not know stays empty — tone, ethnic and
//! religious codes, the actors' own locations (geography type 0) — never a guess.

use dyad_core::ActorCode;
use dyad_store::EventRow;
use std::collections::HashMap;

/// Which GDELT layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// GDELT 1.0 daily files: 58 columns.
    V1,
    /// GDELT 2.0 events: 61 columns.
    V2,
}

/// The codes GDELT wants that dyad keeps differently: FIPS 10-4 countries and Goldstein scores.
pub struct Tables {
    fips: HashMap<&'static str, &'static str>,
    goldstein: HashMap<&'static str, &'static str>,
}

impl Tables {
    /// The tables compiled in from `data/`.
    pub fn builtin() -> Tables {
        let pairs = |path: &str| -> HashMap<&'static str, &'static str> {
            dyad_kb::data::file(path)
                .map(|text| {
                    text.lines()
                        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                        .skip(1)
                        .filter_map(|l| {
                            let mut f = l.split('\t');
                            Some((f.next()?.trim(), f.next()?.trim()))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        Tables {
            fips: pairs("geo/fips10-4.tsv"),
            goldstein: pairs("events/goldstein.tsv"),
        }
    }

    /// The FIPS 10-4 code of an ISO 3166 alpha-3 country (`PAK` → `PK`, `DEU` → `GM`).
    pub fn fips(&self, iso3: &str) -> Option<&'static str> {
        self.fips.get(iso3).copied()
    }

    /// The Goldstein scale of a CAMEO code: its own, else its base code's, else its root's.
    pub fn goldstein(&self, cameo: &str) -> Option<&'static str> {
        [cameo.len(), 3, 2]
            .into_iter()
            .filter(|&n| n <= cameo.len())
            .find_map(|n| self.goldstein.get(&cameo[..n]).copied())
    }
}

/// PLOVER's codes for actors that are not states: GDELT puts them in `KnownGroupCode`, with no
/// country.
const NON_STATE: &[&str] = &["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"];

/// An event starting within this many bytes of its document's text is in the lead: GDELT's
/// `IsRootEvent`.
const LEAD_BYTES: usize = 600;

/// One event as a GDELT row: exactly 58 (1.0) or 61 (2.0) fields. `folded`: `r` is the report
/// standing for a real-world event (`--dedup`), whose GLOBALEVENTID is that event's folded id:
/// the report standing for it changes as reports join, the folded id does not.
pub fn row(r: &EventRow, v: Version, t: &Tables, folded: bool) -> Vec<String> {
    let mut f: Vec<String> = Vec::with_capacity(61);
    let id = match (folded, r.cluster.and_then(|c| u64::try_from(c).ok())) {
        (true, Some(c)) => c,
        _ => global_event_id(&r.id),
    };
    f.push(id.to_string());
    match r.date_first {
        Some(d) => {
            f.push(d.strftime("%Y%m%d").to_string());
            f.push(d.strftime("%Y%m").to_string());
            f.push(d.year().to_string());
            let days = if d.in_leap_year() { 366.0 } else { 365.0 };
            let fraction = f64::from(d.year()) + f64::from(d.day_of_year() - 1) / days;
            f.push(format!("{fraction:.4}"));
        }
        None => f.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor(&mut f, r.source_actor(), r.source_name.as_deref());
    actor(&mut f, r.target_actor(), r.target_name.as_deref());
    f.push(if r.start < LEAD_BYTES { "1" } else { "0" }.into());
    let cameo = r.cameo.clone().unwrap_or_default();
    let base = cameo.get(..3).unwrap_or(&cameo).to_string();
    let root = cameo.get(..2).unwrap_or(&cameo).to_string();
    let goldstein = t.goldstein(&cameo).unwrap_or("").to_string();
    f.extend([cameo, base, root, r.quad.to_string(), goldstein]);
    // NumMentions, NumSources, NumArticles: the reports of the real-world event, its distinct
    // outlets, and its articles with syndicated copies collapsed.
    f.extend([r.reports, r.sources, r.articles].map(|n| n.to_string()));
    f.push(String::new()); // AvgTone: dyad measures no tone
    for _ in 0..2 {
        // The actors' own locations are not known.
        geo(&mut f, v, None);
    }
    geo(&mut f, v, Some((r, t)));
    f.push(date_added(r.doc_ingested_at.as_deref(), v));
    f.push(r.doc_url.clone().unwrap_or_else(|| r.doc_id.clone()));
    f.iter_mut()
        .for_each(|x| *x = x.replace(['\t', '\n', '\r'], " "));
    f
}

/// A number for the event: the first 60 bits of dyad's hex id (stable across exports), or of a
/// hash of an id that is not hex.
fn global_event_id(id: &str) -> u64 {
    let hex = &id[..id.len().min(15)];
    if hex.len() == 15 {
        if let Ok(n) = u64::from_str_radix(hex, 16) {
            return n;
        }
    }
    // FNV-1a, folded into 60 bits.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h >> 4
}

/// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
/// Type1Code, Type2Code, Type3Code.
fn actor(f: &mut Vec<String>, code: Option<ActorCode>, name: Option<&str>) {
    let Some(code) = code else {
        let named = name.unwrap_or("").to_string();
        f.push(String::new());
        f.push(named);
        f.extend(std::iter::repeat_n(String::new(), 8));
        return;
    };
    let country = code.country.to_string();
    let sector = code
        .sector
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let non_state = NON_STATE.contains(&country.as_str());
    f.push(format!("{country}{sector}"));
    f.push(name.unwrap_or("").to_string());
    f.push(if non_state {
        String::new()
    } else {
        country.clone()
    });
    f.push(if non_state { country } else { String::new() });
    f.extend(std::iter::repeat_n(String::new(), 3));
    f.push(sector);
    f.extend(std::iter::repeat_n(String::new(), 2));
}

/// Type, FullName, CountryCode, ADM1Code, (ADM2Code in 2.0), Lat, Long, FeatureID.
fn geo(f: &mut Vec<String>, v: Version, event: Option<(&EventRow, &Tables)>) {
    let width = if v == Version::V1 { 7 } else { 8 };
    let located = event.filter(|(r, _)| r.location_name.is_some() || r.location_country.is_some());
    let Some((r, t)) = located else {
        f.push("0".into());
        f.extend(std::iter::repeat_n(String::new(), width - 1));
        return;
    };
    let fips = r
        .location_country
        .and_then(|c| t.fips(&c.to_string()))
        .unwrap_or("")
        .to_string();
    let point = r.lat.zip(r.lon);
    // 1: a country; 4: a place in one ("world city").
    f.push(if point.is_some() { "4" } else { "1" }.into());
    f.push(r.location_name.clone().unwrap_or_default());
    f.push(fips.clone());
    f.push(fips.clone()); // ADM1Code: the country, as GDELT writes it when no province is known
    if v == Version::V2 {
        f.push(String::new());
    }
    match point {
        Some((lat, lon)) => {
            f.push(format!("{lat:.4}"));
            f.push(format!("{lon:.4}"));
            f.push(String::new());
        }
        None => {
            f.extend([String::new(), String::new()]);
            f.push(fips); // FeatureID of a country is its code
        }
    }
}

/// When the event entered the database: `YYYYMMDD` (1.0) or `YYYYMMDDHHMMSS` (2.0), UTC.
fn date_added(ingested_at: Option<&str>, v: Version) -> String {
    let digits: String = ingested_at
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    match v {
        Version::V1 => digits.get(..8).unwrap_or("").to_string(),
        Version::V2 => digits.get(..14).unwrap_or("").to_string(),
    }
}
