//! Documents built at the store level, without the pipeline: a small builder for tests that
//! need exact events ([`DocSpec`]) and a deterministic generator of realistic-looking stores of
//! any size ([`Generator`]) for benchmarks of queries, folding and the API (10k…1M events).
//!
//! Generated documents are not text anyone wrote: each sentence states its event plainly
//! ("Russia's government (RUS.GOV) consulted Pakistan (PAK) on 2021-09-29."), so the store,
//! the relations model and the server see the same shapes as from real extraction — actors
//! with entities and mentions, dated events with evidence spans, folded reports from several
//! documents, quotes naming other actors — at any scale.

use dyad_core::{
    ActorCode, DateValue, DatedActor, Document, EntityKind, Event, EventDate, EventType, Lang,
    LinkedEntity, Location, Mention, Published, PublishedFrom, Quote, RawDocument, Script,
    Sentence, Side, Span,
};

/// One side of an event: an actor code, and the entity acting for it when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorSpec {
    pub code: ActorCode,
    /// Knowledge-base id (`Q80137`); `None` for a collective named by its code.
    pub entity: Option<String>,
    pub name: String,
}

impl ActorSpec {
    /// A collective actor (`RUS.GOV`), named by its code.
    pub fn code(code: &str) -> ActorSpec {
        let code: ActorCode = code
            .parse()
            .unwrap_or_else(|_| ActorCode::new(unknown(), None));
        ActorSpec {
            entity: Some(code.to_string()),
            name: code.to_string(),
            code,
        }
    }

    /// A named entity acting as `code`.
    pub fn entity(id: &str, name: &str, code: &str) -> ActorSpec {
        ActorSpec {
            entity: Some(id.into()),
            name: name.into(),
            ..ActorSpec::code(code)
        }
    }

    fn side(&self, span: Span) -> Side {
        Side {
            entity: self.entity.clone(),
            name: self.name.clone(),
            country: self.code.country,
            sector: self.code.sector,
            cameo: None,
            span,
        }
    }
}

fn unknown() -> dyad_core::Country {
    "XXX".parse().expect("three letters")
}

/// One event of a [`DocSpec`].
#[derive(Debug, Clone, PartialEq)]
pub struct EventSpec {
    pub kind: EventType,
    pub mode: Option<String>,
    pub source: ActorSpec,
    pub target: Option<ActorSpec>,
    pub date: Option<DateValue>,
    pub confidence: f32,
    pub aux: Option<dyad_core::Aux>,
    /// Where it happened: name, country, lat, lon.
    pub place: Option<(String, String, f64, f64)>,
}

impl EventSpec {
    pub fn new(kind: EventType, source: ActorSpec, target: Option<ActorSpec>, date: &str) -> Self {
        EventSpec {
            kind,
            mode: None,
            source,
            target,
            date: DateValue::parse_iso(date),
            confidence: 0.8,
            aux: None,
            place: None,
        }
    }
}

/// A quote: who said it, and whom it names.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpec {
    pub speaker: ActorSpec,
    pub about: Vec<ActorSpec>,
}

/// A document given by its events and quotes; its text is written from them.
#[derive(Debug, Clone, PartialEq)]
pub struct DocSpec {
    pub id: String,
    pub lang: Lang,
    pub published: Option<DateValue>,
    pub source: Option<String>,
    pub events: Vec<EventSpec>,
    pub quotes: Vec<QuoteSpec>,
    /// Text placed before the events (a headline, or hostile text for escaping tests).
    pub lead: Option<String>,
}

impl DocSpec {
    pub fn new(id: &str, published: &str) -> DocSpec {
        DocSpec {
            id: id.into(),
            lang: Lang::of("en"),
            published: DateValue::parse_iso(published),
            source: Some("example.org".into()),
            events: Vec::new(),
            quotes: Vec::new(),
            lead: None,
        }
    }

    pub fn event(mut self, e: EventSpec) -> DocSpec {
        self.events.push(e);
        self
    }

    pub fn quote(mut self, q: QuoteSpec) -> DocSpec {
        self.quotes.push(q);
        self
    }

    /// The document, with its text, entities, mentions, events and quotes consistent.
    pub fn build(&self) -> Document {
        let mut w = Writer::default();
        if let Some(lead) = &self.lead {
            w.sentence(lead);
        }
        let mut events = Vec::new();
        for (i, e) in self.events.iter().enumerate() {
            let verb = e.kind.as_str().to_ascii_lowercase();
            let start = w.text_len();
            let s_span = w.actor(&e.source);
            let ed = if verb.ends_with('e') { "d" } else { "ed" };
            w.push(&format!(" ({}) {verb}{ed} ", e.source.code));
            let t_span = match &e.target {
                Some(t) => {
                    let sp = w.actor(t);
                    w.push(&format!(" ({})", t.code));
                    Some(sp)
                }
                None => {
                    w.push("others");
                    None
                }
            };
            if let Some((name, _, _, _)) = &e.place {
                w.push(" in ");
                let at = w.text_len();
                w.push(name);
                w.places.push((name.clone(), Span::new(at, w.text_len())));
            }
            if let Some(d) = e.date {
                w.push(&format!(" on {d}"));
            }
            w.push(".");
            let end = w.text_len();
            w.end_sentence(start);
            let date = e.date.map(|value| EventDate::new(value, "text"));
            events.push(Event {
                id: format!("{}-e{i}", self.id),
                kind: e.kind,
                mode: e.mode.clone(),
                context: Vec::new(),
                source: Some(e.source.side(s_span)),
                target: e.target.as_ref().zip(t_span).map(|(t, sp)| t.side(sp)),
                date,
                location: e.place.as_ref().map(|(name, c, lat, lon)| Location {
                    name: name.clone(),
                    country: c.parse().ok(),
                    lat: Some(*lat),
                    lon: Some(*lon),
                }),
                aux: e.aux,
                quad: e.kind.quad(),
                start,
                end,
                trigger: s_span,
                confidence: e.confidence,
                rule: "synth".into(),
                cameo: None,
            });
        }
        let mut quotes = Vec::new();
        for q in &self.quotes {
            let start = w.text_len();
            w.push("“");
            let qs = w.text_len();
            w.push("We will not accept what ");
            for (i, a) in q.about.iter().enumerate() {
                if i > 0 {
                    w.push(" and ");
                }
                w.actor(a);
            }
            w.push(" did");
            let qe = w.text_len();
            w.push("”, said ");
            let sp = w.actor(&q.speaker);
            w.push(".");
            w.end_sentence(start);
            quotes.push(Quote {
                speaker: Some(q.speaker.side(sp)),
                text: w.text[qs..qe].to_string(),
                start: qs,
                end: qe,
                kind: "direct",
            });
        }
        let hash = format!("synth-{}", self.id);
        let raw = RawDocument {
            id: self.id.clone(),
            hash,
            path: None,
            url: Some(format!("https://example.org/{}", self.id)),
            title: Some(format!("Report {}", self.id)),
            source: self.source.clone(),
            published: self.published.map(|d| d.to_string()),
            text: w.text.clone(),
            ..RawDocument::default()
        };
        let mut doc = Document::new(raw);
        doc.text = w.text;
        doc.lang = Some(self.lang);
        doc.script = Some(if self.lang == Lang::of("ar") {
            Script::ARABIC
        } else {
            Script::LATIN
        });
        doc.published = Published {
            date: self.published,
            from: self.published.map(|_| PublishedFrom::Metadata),
            note: None,
        };
        doc.sentences = w.sentences;
        for (a, span) in w.mentions {
            let idx = match doc
                .entities
                .iter()
                .position(|e| Some(&e.id) == a.entity.as_ref())
            {
                Some(i) => i,
                None => {
                    doc.entities.push(LinkedEntity {
                        id: a.entity.clone().unwrap_or_else(|| a.name.clone()),
                        name: a.name.clone(),
                        kind: if a.entity.as_deref() == Some(&a.code.to_string()) {
                            EntityKind::Actor
                        } else {
                            EntityKind::Person
                        },
                        roles: vec![DatedActor::always(a.code)],
                        coords: None,
                        place_country: None,
                    });
                    doc.entities.len() - 1
                }
            };
            doc.mentions.push(Mention {
                span,
                entity: idx,
                as_location: false,
                anaphoric: false,
                ending: None,
                dateline: false,
            });
        }
        for (name, span) in w.places {
            let e = self
                .events
                .iter()
                .find_map(|e| e.place.as_ref().filter(|p| p.0 == name));
            if let Some((name, c, lat, lon)) = e {
                doc.entities.push(LinkedEntity {
                    id: format!("place:{name}"),
                    name: name.clone(),
                    kind: EntityKind::Place,
                    roles: Vec::new(),
                    coords: Some((*lat, *lon)),
                    place_country: c.parse().ok(),
                });
                doc.mentions.push(Mention {
                    span,
                    entity: doc.entities.len() - 1,
                    as_location: true,
                    anaphoric: false,
                    ending: None,
                    dateline: false,
                });
            }
        }
        doc.events = events;
        doc.quotes = quotes;
        doc
    }
}

/// Text written left to right, remembering spans.
#[derive(Default)]
struct Writer {
    text: String,
    sentences: Vec<Sentence>,
    mentions: Vec<(ActorSpec, Span)>,
    places: Vec<(String, Span)>,
}

impl Writer {
    fn text_len(&self) -> usize {
        self.text.len()
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn actor(&mut self, a: &ActorSpec) -> Span {
        let start = self.text.len();
        self.text.push_str(&a.name);
        let span = Span::new(start, self.text.len());
        self.mentions.push((a.clone(), span));
        span
    }

    fn sentence(&mut self, s: &str) {
        let start = self.text.len();
        self.push(s);
        self.end_sentence(start);
    }

    fn end_sentence(&mut self, start: usize) {
        self.sentences.push(Sentence {
            span: Span::new(start, self.text.len()),
        });
        self.text.push(' ');
    }
}

/// SplitMix64: a tiny deterministic generator, so the same seed builds the same store.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// An index weighted like Zipf's law (s = 1): the first items are the most frequent.
    pub fn zipf(&mut self, n: usize) -> usize {
        // Inverse of the harmonic CDF, approximated by exp(u * ln n).
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

/// Countries that news about the seeds' region talks about, most talked-about first.
const COUNTRIES: &[&str] = &[
    "RUS", "USA", "CHN", "PAK", "AFG", "IND", "IRN", "UKR", "TUR", "GBR", "FRA", "DEU", "SAU",
    "ISR", "UZB", "TJK", "KAZ", "TKM", "KGZ", "QAT", "ARE", "EGY", "SYR", "IRQ", "JPN", "KOR",
    "PRK", "BLR", "AZE", "ARM", "GEO", "BGD", "LKA", "NPL", "MMR", "IDN", "MYS", "BRA", "ZAF",
    "NGA", "ETH", "KEN", "MEX", "CAN", "ITA", "ESP", "POL", "UNO", "IGO", "EUR",
];

/// Type weights, roughly as in POLECAT: talk is common, force is rare.
const TYPES: &[(EventType, u32, &[&str])] = &[
    (
        EventType::Consult,
        30,
        &["visit", "multilateral", "phone", "third-party"],
    ),
    (EventType::Agree, 10, &[]),
    (EventType::Support, 8, &[]),
    (EventType::Cooperate, 8, &[]),
    (EventType::Aid, 3, &[]),
    (EventType::Request, 8, &["assist", "change", "meet"]),
    (
        EventType::Accuse,
        10,
        &["disapprove", "allege", "investigate"],
    ),
    (EventType::Reject, 4, &["change", "meet"]),
    (
        EventType::Threaten,
        4,
        &["violence", "relations", "restrict"],
    ),
    (EventType::Protest, 2, &["demo"]),
    (EventType::Sanction, 3, &["discontinue", "expel"]),
    (EventType::Mobilize, 2, &["troops"]),
    (EventType::Coerce, 3, &["arrest", "seize"]),
    (
        EventType::Assault,
        4,
        &["aerial", "firearms", "explosives", "drone"],
    ),
    (EventType::Concede, 1, &[]),
    (EventType::Retreat, 1, &["withdraw", "release"]),
];

const LANGS: &[(Lang, u32)] = &[
    (Lang::of("en"), 55),
    (Lang::of("ru"), 12),
    (Lang::of("ar"), 10),
    (Lang::of("fr"), 6),
    (Lang::of("es"), 5),
    (Lang::of("zh"), 5),
    (Lang::of("hi"), 4),
    (Lang::of("ur"), 3),
];

/// A deterministic stream of documents spread over `days` days from `first`, each with 1–4
/// events and sometimes a quote; a share of them re-report an earlier event (same type,
/// countries and date), as syndicated and follow-up coverage does, so folding has work.
#[derive(Debug, Clone)]
pub struct Generator {
    seed: u64,
    rng: Rng,
    first: jiff::civil::Date,
    days: i64,
    n: u64,
    recent: Vec<EventSpec>,
}

impl Generator {
    /// Documents published from 2015-01-01 over ten years.
    pub fn new(seed: u64) -> Generator {
        Generator::over(seed, jiff::civil::date(2015, 1, 1), 3650)
    }

    pub fn over(seed: u64, first: jiff::civil::Date, days: i64) -> Generator {
        Generator {
            seed,
            rng: Rng::new(seed),
            first,
            days: days.max(1),
            n: 0,
            recent: Vec::new(),
        }
    }

    fn weighted<T: Copy>(&mut self, table: &[(T, u32)]) -> T {
        let total: u32 = table.iter().map(|x| x.1).sum();
        let mut k = self.rng.below(total as usize) as u32;
        for (t, w) in table {
            if k < *w {
                return *t;
            }
            k -= w;
        }
        table[0].0
    }

    fn actor(&mut self) -> ActorSpec {
        let c = COUNTRIES[self.rng.zipf(COUNTRIES.len())];
        let code = match self.rng.below(4) {
            0 | 1 => format!("{c}.GOV"),
            2 if !matches!(c, "UNO" | "IGO" | "EUR") => format!("{c}.MIL"),
            _ => c.to_string(),
        };
        if self.rng.chance(0.2) {
            let k = self.rng.below(3);
            ActorSpec::entity(
                &format!("P-{c}-{k}"),
                &format!("Minister {k} of {c}"),
                &code,
            )
        } else {
            ActorSpec::code(&code)
        }
    }

    fn new_event(&mut self, day: jiff::civil::Date) -> EventSpec {
        let table: Vec<(usize, u32)> = TYPES.iter().enumerate().map(|(i, t)| (i, t.1)).collect();
        let (kind, _, modes) = TYPES[self.weighted(&table)];
        let source = self.actor();
        let mut target = self.actor();
        while target.code.country == source.code.country {
            target = self.actor();
        }
        let back = self.rng.below(3) as i64;
        let date = day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day);
        let date = if self.rng.chance(0.05) {
            DateValue::month(date.year(), date.month())
        } else {
            Some(DateValue::day(date))
        };
        let mode = (!modes.is_empty() && self.rng.chance(0.6))
            .then(|| modes[self.rng.below(modes.len())].to_string());
        let place = self.rng.chance(0.5).then(|| {
            let c = target.code.country.to_string();
            let lat = (self.rng.below(12000) as f64 / 100.0) - 55.0;
            let lon = (self.rng.below(34000) as f64 / 100.0) - 170.0;
            (format!("City of {c}"), c, lat, lon)
        });
        EventSpec {
            kind,
            mode,
            source,
            target: Some(target),
            date,
            confidence: 0.5 + self.rng.below(50) as f32 / 100.0,
            aux: None,
            place,
        }
    }

    /// The next document.
    pub fn document(&mut self) -> Document {
        let i = self.n;
        self.n += 1;
        let day = self
            .first
            .checked_add(jiff::Span::new().days(self.rng.below(self.days as usize) as i64))
            .unwrap_or(self.first);
        let lang_table: Vec<(Lang, u32)> = LANGS.to_vec();
        // The seed in the id keeps stores built from several generators apart.
        let mut spec = DocSpec::new(&format!("g{}-{i}", self.seed), &day.to_string());
        spec.lang = self.weighted(&lang_table);
        spec.source = Some(format!("outlet{}.example", self.rng.zipf(200)));
        let k = 1 + self.rng.below(4);
        for _ in 0..k {
            // A third of the events re-report a recent one.
            let e = if !self.recent.is_empty() && self.rng.chance(0.33) {
                let mut e = self.recent[self.rng.below(self.recent.len())].clone();
                e.confidence = 0.5 + self.rng.below(50) as f32 / 100.0;
                e
            } else {
                let e = self.new_event(day);
                if self.recent.len() >= 64 {
                    let j = self.rng.below(64);
                    self.recent[j] = e.clone();
                } else {
                    self.recent.push(e.clone());
                }
                e
            };
            spec.events.push(e);
        }
        if self.rng.chance(0.3) {
            let speaker = self.actor();
            let about = vec![self.actor()];
            spec.quotes.push(QuoteSpec { speaker, about });
        }
        spec.build()
    }
}

/// Writes `n` generated documents into `store` in batches of `batch` (one transaction each),
/// linking each batch's events into real-world events as ingest does; returns how many were
/// inserted. What the benchmarks of issues 13, 14 and 16 build their
/// 10k…1M-event databases with.
pub fn fill(
    store: &mut crate::Store,
    gen: &mut Generator,
    n: usize,
    batch: usize,
) -> Result<usize, crate::StoreError> {
    let mut inserted = 0;
    let mut left = n;
    while left > 0 {
        let k = left.min(batch.max(1));
        let docs: Vec<Document> = gen.take(k).collect();
        inserted += store.write_batch(&docs)?.inserted;
        store.link()?;
        left -= k;
    }
    Ok(inserted)
}

/// How many real-world (folded) events `store` holds, by walking the folded listing: what the
/// benchmarks print beside the count of reports.
pub fn folded_events(store: &crate::Store) -> Result<u64, crate::StoreError> {
    let mut n = 0u64;
    store.scan_events(
        &crate::EventQuery {
            dedup: true,
            ..Default::default()
        },
        &mut |_| {
            n += 1;
            true
        },
    )?;
    Ok(n)
}

/// Writes generated documents into `store` in batches of `batch` until it holds at least
/// `events` event reports; returns how many documents were inserted. The benchmarks' way to a
/// store of a given size in events (about 2.5 per document).
pub fn fill_to_events(
    store: &mut crate::Store,
    gen: &mut Generator,
    events: u64,
    batch: usize,
) -> Result<usize, crate::StoreError> {
    let mut inserted = 0;
    loop {
        let have = store.summary()?.events;
        if have >= events {
            return Ok(inserted);
        }
        // Never fewer than one document, nor many more than needed.
        let k = (((events - have) as usize).div_ceil(3)).clamp(1, batch.max(1));
        inserted += fill(store, gen, k, k)?;
    }
}

impl Iterator for Generator {
    type Item = Document;
    fn next(&mut self) -> Option<Document> {
        Some(self.document())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EventQuery, Store};

    #[test]
    fn built_documents_are_consistent() {
        let doc = DocSpec::new("d1", "2021-09-29")
            .event(EventSpec::new(
                EventType::Consult,
                ActorSpec::entity("Q4066893", "Alexander Fomin", "RUS.MIL"),
                Some(ActorSpec::code("PAK.MIL")),
                "2021-09-29",
            ))
            .quote(QuoteSpec {
                speaker: ActorSpec::entity("Q80137", "Sergey Lavrov", "RUS.GOV"),
                about: vec![ActorSpec::code("USA")],
            })
            .build();
        assert_eq!(
            doc.text,
            "Alexander Fomin (RUS.MIL) consulted PAK.MIL (PAK.MIL) on 2021-09-29. \
             “We will not accept what USA did”, said Sergey Lavrov. "
        );
        let e = &doc.events[0];
        assert_eq!(
            e.sentence(&doc.text),
            "Alexander Fomin (RUS.MIL) consulted PAK.MIL (PAK.MIL) on 2021-09-29."
        );
        assert_eq!(
            e.source.as_ref().unwrap().span.of(&doc.text),
            "Alexander Fomin"
        );
        for m in &doc.mentions {
            assert_eq!(m.span.of(&doc.text), doc.entities[m.entity].name);
        }
        assert_eq!(doc.quotes[0].text, "We will not accept what USA did");
    }

    #[test]
    fn the_generator_is_deterministic_and_folds() {
        let a: Vec<Document> = Generator::new(7).take(300).collect();
        let b: Vec<Document> = Generator::new(7).take(300).collect();
        assert_eq!(
            a.iter().map(|d| &d.text).collect::<Vec<_>>(),
            b.iter().map(|d| &d.text).collect::<Vec<_>>()
        );
        let mut store = Store::open_in_memory().unwrap();
        let stats = store.write_batch(&a).unwrap();
        assert_eq!((stats.inserted, stats.failed), (300, 0));
        let all = store.events(&EventQuery::default()).unwrap().len();
        let folded = store
            .events(&EventQuery {
                dedup: true,
                ..Default::default()
            })
            .unwrap()
            .len();
        assert!(
            all > 300 && folded < all * 9 / 10,
            "{all} reports, {folded} events"
        );
    }
}
