//! Reports folded into real-world events as the store links them (`Store::link`), and placed in
//! periods. `docs` are the articles behind each event: a syndicated copy counts with its original.

use crate::{Period, RelationsError};
use dyad_core::EventType;
use dyad_store::{EventFact, ReadStore};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One real-world event: its most confident report stands for it and places it in its period;
/// `docs` are the documents reporting it.
#[derive(Debug, Clone)]
pub struct Folded {
    pub kind: EventType,
    pub mode: Option<String>,
    pub rep: EventFact,
    pub docs: Vec<i64>,
    /// The first day of the period it falls in (`Date::MIN` without periods).
    pub period: Date,
}

/// Folds a stream of reports.
#[derive(Debug)]
pub struct Folder {
    period: Option<Period>,
    index: HashMap<i64, usize>,
    events: Vec<Folded>,
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
        match self.index.get(&f.folded) {
            Some(&i) => {
                let e = &mut self.events[i];
                if !e.docs.contains(&f.doc) {
                    e.docs.push(f.doc);
                }
                // The most confident report, the first stored among equals, stands for the
                // event and places it: whatever order the store reads reports in (each
                // backend reads along its own indexes), the result is the same.
                if (f.confidence, std::cmp::Reverse(f.row))
                    > (e.rep.confidence, std::cmp::Reverse(e.rep.row))
                {
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
                    docs: vec![f.doc],
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
