//! Reports folded into real-world events as the store links them (`Store::link`), and placed in
//! periods. An event is what the report standing for it says (the store's choice, as in
//! `events --dedup`); its reports, articles (a syndicated copy counts with its original) and
//! sources (their distinct outlets) are counted as the store counts them.

use crate::{Period, RelationsError};
use dyad_core::EventType;
use dyad_store::{EventFact, ReadStore};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One real-world event: the report the store chose to stand for it (else, when that one is
/// not among the reports read, the most confident read, the first stored among equals) gives
/// its type, mode and period.
#[derive(Debug, Clone)]
pub struct Folded {
    pub kind: EventType,
    pub mode: Option<String>,
    pub rep: EventFact,
    /// Reports read of it.
    pub reports: u64,
    /// Its articles (originals of syndicated copies), distinct.
    pub docs: Vec<i64>,
    /// The outlets of those articles (numbers given by the [`Folder`]), distinct.
    pub outlets: Vec<u32>,
    /// The first day of the period it falls in (`Date::MIN` without periods).
    pub period: Date,
}

/// Folds a stream of reports.
#[derive(Debug)]
pub struct Folder {
    period: Option<Period>,
    index: HashMap<i64, usize>,
    events: Vec<Folded>,
    outlets: HashMap<String, u32>,
    /// Reports without a date.
    pub undated: u64,
    /// Reports whose date range spans more than one period.
    pub unplaced: u64,
}

impl Folder {
    /// Places events in periods of `p`.
    pub fn new(p: Period) -> Folder {
        Folder::with(Some(p))
    }

    /// Folds without periods (networks over a range).
    pub fn unperiodic() -> Folder {
        Folder::with(None)
    }

    fn with(period: Option<Period>) -> Folder {
        Folder {
            period,
            index: HashMap::new(),
            events: Vec::new(),
            outlets: HashMap::new(),
            undated: 0,
            unplaced: 0,
        }
    }

    pub fn add(&mut self, f: EventFact) {
        let start = match (self.period, f.date_first, f.date_last) {
            (None, _, _) => Date::MIN,
            (Some(p), Some(a), Some(b)) => {
                let s = p.start(a);
                if b > p.last_day(s) {
                    self.unplaced += 1;
                    return;
                }
                s
            }
            (Some(_), _, _) => {
                self.undated += 1;
                return;
            }
        };
        let n = self.outlets.len() as u32;
        let outlet = match self.outlets.get(f.outlet.as_str()) {
            Some(&o) => o,
            None => *self.outlets.entry(f.outlet.clone()).or_insert(n),
        };
        match self.index.get(&f.folded) {
            Some(&i) => {
                let e = &mut self.events[i];
                e.reports += 1;
                if !e.docs.contains(&f.doc) {
                    e.docs.push(f.doc);
                }
                if !e.outlets.contains(&outlet) {
                    e.outlets.push(outlet);
                }
                // The store's standing report, else the most confident, the first stored
                // among equals, stands for the event and places it: whatever order the store
                // reads reports in (each backend reads along its own indexes), the result is
                // the same.
                let rank = |f: &EventFact| (f.standing, f.confidence, std::cmp::Reverse(f.row));
                if rank(&f) > rank(&e.rep) {
                    e.kind = f.kind;
                    e.mode = f.mode.clone();
                    e.period = start;
                    e.rep = f;
                }
            }
            None => {
                self.index.insert(f.folded, self.events.len());
                self.events.push(Folded {
                    kind: f.kind,
                    mode: f.mode.clone(),
                    reports: 1,
                    docs: vec![f.doc],
                    outlets: vec![outlet],
                    period: start,
                    rep: f,
                });
            }
        }
    }

    pub fn events(&self) -> impl Iterator<Item = &Folded> {
        self.events.iter()
    }

    pub fn by_period(&self) -> BTreeMap<Date, Vec<&Folded>> {
        let mut m: BTreeMap<Date, Vec<&Folded>> = BTreeMap::new();
        for e in &self.events {
            m.entry(e.period).or_default().push(e);
        }
        m
    }

    pub fn first(&self) -> Option<Date> {
        self.events.iter().map(|e| e.period).min()
    }

    pub fn last(&self) -> Option<Date> {
        self.events.iter().map(|e| e.period).max()
    }
}

/// The periods the store has any news for.
#[derive(Debug, Default)]
pub struct Coverage(HashSet<Date>);

impl Coverage {
    pub fn read(store: &dyn ReadStore, p: Period) -> Result<Coverage, RelationsError> {
        let mut set = HashSet::new();
        for (a, b, _) in store.published_days()? {
            let s = p.start(a);
            if b <= p.last_day(s) {
                set.insert(s);
            }
        }
        Ok(Coverage(set))
    }

    pub fn has(&self, start: Date) -> bool {
        self.0.contains(&start)
    }
}
