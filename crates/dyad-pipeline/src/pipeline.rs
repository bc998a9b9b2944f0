//! The whole text pipeline for one document: clean → language → publication date → sentences →
//! times → entities → quotes → events. Pure: the same document and context give the same output.
//! Parallelism over documents belongs to the caller (the CLI runs this under rayon).

use crate::clean::Cleaner;
use crate::lexicon::{LangLexicon, Lexicon, Part};
use crate::segment::Segmenter;
use crate::time::{self, TimeLexicon};
use crate::{entities, events, lang, quotes, PipelineError};
use dyad_core::{Diagnostic, Document, Lang, RawDocument, Script};
use dyad_kb::Kb;

/// Everything the stages need, built once and shared read-only by all documents.
pub struct Context {
    pub kb: Kb,
    pub lexicon: Lexicon,
    pub cleaner: Cleaner,
    pub segmenter: Segmenter,
    pub time: TimeLexicon,
    pub lang_id: lang::LangId,
    /// Events below this confidence are dropped (see `events::DEFAULT_MIN_CONFIDENCE`).
    pub min_confidence: f32,
    /// The work budget of a document, in steps per byte of its text (see [`Work`]).
    pub budget_per_byte: u64,
    /// The lexicon of text in a language dyad has no data for: names are still found.
    neutral: LangLexicon,
}

impl Context {
    /// The context with the built-in knowledge base and data.
    pub fn builtin() -> Result<Self, PipelineError> {
        Self::with_kb(Kb::builtin()?)
    }

    /// The built-in data with a given knowledge base (tests, imported dictionaries).
    pub fn with_kb(kb: Kb) -> Result<Self, PipelineError> {
        Self::with_layers(kb, &crate::lexicon::Layers::default())
    }

    /// A knowledge base with imported lexicon layers (agents, verbs, discards).
    pub fn with_layers(kb: Kb, layers: &crate::lexicon::Layers) -> Result<Self, PipelineError> {
        let languages = kb.languages();
        Ok(Context {
            lexicon: Lexicon::builtin_with(languages, layers)?,
            cleaner: Cleaner::builtin()?,
            segmenter: Segmenter::builtin()?,
            time: TimeLexicon::builtin().map_err(|e| PipelineError::Data {
                file: "time".into(),
                line: 0,
                message: e.to_string(),
            })?,
            lang_id: lang::LangId::new(languages),
            min_confidence: events::DEFAULT_MIN_CONFIDENCE,
            budget_per_byte: BUDGET_PER_BYTE,
            neutral: LangLexicon::neutral(),
            kb,
        })
    }

    /// The lexicon for text in `lang`: its own, or the neutral one.
    fn lexicon_of(&self, lang: Lang) -> &LangLexicon {
        self.lexicon.get(lang).unwrap_or(&self.neutral)
    }

    /// The document's language parts, each with its lexicon, for the stages after sentences.
    pub fn parts<'a>(&'a self, doc: &Document, norm: &dyad_kb::Normalized) -> Vec<Part<'a>> {
        doc.segments
            .iter()
            .map(|s| Part::new(norm, s.span, self.lexicon_of(s.lang)))
            .collect()
    }

    /// Runs every stage over one raw document.
    pub fn process(&self, raw: RawDocument) -> Document {
        self.process_counted(raw).0
    }

    /// [`Context::process`], with the work each stage did (see [`Work`]).
    pub fn process_counted(&self, raw: RawDocument) -> (Document, Work) {
        let mut doc = Document::new(raw);
        let work = self.annotate(&mut doc);
        (doc, work)
    }

    /// Runs every stage over a document made by [`Document::new`], filling in its layers. A
    /// caller that must keep the document whatever happens (the batch runner catches panics)
    /// keeps it here without a copy of its text.
    pub fn annotate(&self, doc: &mut Document) -> Work {
        let mut work = Work::default();
        self.run(doc, &mut work);
        // Here, on the worker, so the writer never reads the text again to group copies.
        doc.fingerprint = Some(crate::dedup::simhash(&doc.text));
        work
    }

    fn run(&self, doc: &mut Document, work: &mut Work) {
        let mut scans = Scans::start();
        work.charge("clean", doc.raw.text.len());
        let cleaned = self.cleaner.clean(&doc.raw.text, &self.time);
        doc.text = cleaned.text;
        doc.title = doc.raw.title.clone().or(cleaned.title);
        doc.dateline = cleaned.dateline;
        doc.removed = cleaned.removed;
        work.budget = budget_for(doc.text.len(), self.budget_per_byte);
        work.charge("lang", doc.text.len());
        let (script, lang, declared) = self.identify(doc);
        let (own_script, raw_read) = self.transliterate(doc, script, lang);
        doc.segments = if declared {
            self.lang_id.segments_declared(&doc.text, lang, own_script)
        } else {
            self.lang_id.segments(&doc.text, lang, own_script)
        };
        self.report_uncoded(doc);
        work.charge("dates", doc.raw.text.len());
        let dating = time::Dating::find(
            &time::DateSources {
                text: raw_read.as_deref().unwrap_or(&doc.raw.text),
                metadata: doc.raw.published.as_deref(),
                url: doc.raw.url.as_deref(),
                crawled: doc.raw.crawled.as_deref(),
                ingested: doc.raw.ingested,
            },
            lang,
            &self.time,
        );
        if doc.text.trim().is_empty() {
            doc.published = dating.choose(&[]);
            doc.diagnostics.push(Diagnostic {
                stage: "clean",
                message: "no text left after cleaning".into(),
            });
            return;
        }
        work.charge("segment", doc.text.len());
        doc.sentences = self.segmenter.split(&doc.text, lang);
        // The text's own full dates do not depend on the anchor: read the text against the
        // most trusted candidate, then check that candidate against them (rarely re-read).
        let provisional = dating.provisional();
        work.charge("times", doc.text.len());
        doc.times = time::find_times(&doc.text, lang, provisional, &self.time);
        doc.published = dating.choose(&time::own_dates(&doc.times));
        if doc.published_day() != provisional {
            work.charge("times", doc.text.len());
            doc.times = time::find_times(&doc.text, lang, doc.published_day(), &self.time);
        }
        doc.times.sort_by_key(|t| t.span.start);
        let norm = dyad_kb::normalize(&doc.text);
        let parts = self.parts(doc, &norm);
        work.charge("entities", doc.text.len() + doc.sentences.len());
        let (entities, mentions) = entities::link(doc, &norm, &self.kb, &parts);
        doc.entities = entities;
        doc.mentions = mentions;
        scans.charge(work);
        let per_sentence = actor_work(doc);
        if work.steps().saturating_add(2 * per_sentence as u64) > work.budget {
            doc.diagnostics.push(Diagnostic {
                stage: "pipeline",
                message: format!(
                    "work budget exceeded: quotes and events would take {} steps where {} remain of the document's {} ({} per byte); they were not coded",
                    2 * per_sentence,
                    work.budget.saturating_sub(work.steps()),
                    work.budget,
                    self.budget_per_byte
                ),
            });
            work.exceeded = true;
            return;
        }
        work.charge("quotes", per_sentence);
        doc.quotes = quotes::find(doc, &norm, &parts);
        work.charge("events", per_sentence);
        doc.events = events::code(doc, &norm, &parts, &self.lexicon, self.min_confidence);
        scans.charge(work);
    }

    /// The document's script and language: the language its record declares, when the text is
    /// written in a script of that language, else the one its text shows; and whether it was
    /// declared.
    fn identify(&self, doc: &mut Document) -> (Option<Script>, Lang, bool) {
        let declared = doc.raw.language.as_deref().map(str::trim);
        let (script, lang, trusted) = match declared.filter(|t| !t.is_empty()) {
            None => {
                let (script, lang) = self.lang_id.detect(&doc.text);
                (script, lang, false)
            }
            Some(tag) => {
                let (script, lang, refused) = self.lang_id.detect_declared(&doc.text, tag);
                let trusted = refused.is_none();
                if let Some(why) = refused {
                    doc.diagnostics.push(Diagnostic {
                        stage: "lang",
                        message: why,
                    });
                }
                (script, lang, trusted)
            }
        };
        doc.script = script;
        doc.lang = lang.is_known().then_some(lang);
        (script, lang, trusted)
    }

    /// A language written in a second script (Uzbek in Cyrillic) is read in the script its
    /// data is written in: every later stage, the time words and the dates in the raw text
    /// included, reads the transliteration (data/lang/<code>/<Script>.toml). Returns the script
    /// the text is now in, and the raw text as the dates must read it, if transliterated.
    fn transliterate(
        &self,
        doc: &mut Document,
        script: Option<Script>,
        lang: Lang,
    ) -> (Option<Script>, Option<String>) {
        let languages = self.kb.languages();
        let Some(t) = script.and_then(|s| languages.transliteration(lang, s)) else {
            return (script, None);
        };
        doc.text = t.apply(&doc.text);
        let raw_read = Some(t.apply(&doc.raw.text));
        let own_script = languages.get(lang).map(|l| l.script);
        doc.diagnostics.push(Diagnostic {
            stage: "lang",
            message: format!(
                "{} written in {}: read transliterated into {} (data/lang/{}/{}.toml); the text and its spans are the transliteration",
                languages.name(lang).unwrap_or("?"),
                script.map(|s| s.to_string()).unwrap_or_default(),
                own_script.map(|s| s.to_string()).unwrap_or_default(),
                lang,
                script.map(|s| s.to_string()).unwrap_or_default(),
            ),
        });
        (own_script, raw_read)
    }

    /// One diagnostic per language of the document that dyad cannot code events in: never
    /// English rules on other text.
    fn report_uncoded(&self, doc: &mut Document) {
        let mut seen: Vec<Lang> = Vec::new();
        for s in &doc.segments {
            if seen.contains(&s.lang) || self.lexicon.get(s.lang).is_some_and(|l| l.has_events) {
                continue;
            }
            seen.push(s.lang);
            let name = self.kb.languages().name(s.lang).unwrap_or("unknown");
            let message = if s.lang.is_known() {
                format!(
                    "language {} ({name}) is not coded: no event lexicon (data/lexicon/{}/events.tsv); entities only",
                    s.lang, s.lang
                )
            } else {
                "language not identified: no events coded; entities only".to_string()
            };
            doc.diagnostics.push(Diagnostic {
                stage: "lang",
                message,
            });
        }
    }
}

/// Steps a document may take per byte of cleaned text, plus [`BUDGET_BASE`]. News text takes
/// 14–32 per byte (with its scans) and a dense run of names and verbs about 120
/// (`tests/linear.rs` prints the figures); text of nothing but names, at the sentence length
/// cap, takes more and has its quotes and events skipped.
pub const BUDGET_PER_BYTE: u64 = 300;

/// Steps every document may take whatever its length.
pub const BUDGET_BASE: u64 = 1_000_000;

/// What the stages' scans read ([`dyad_core::scan`]) since the last charge: measured where the
/// estimates of [`Work`] cannot see it.
struct Scans(u64);

impl Scans {
    fn start() -> Self {
        Scans(dyad_core::scan::total())
    }

    fn charge(&mut self, work: &mut Work) {
        let now = dyad_core::scan::total();
        work.charge("scans", (now - self.0) as usize);
        self.0 = now;
    }
}

fn budget_for(len: usize, per_byte: u64) -> u64 {
    BUDGET_BASE.saturating_add(per_byte.saturating_mul(len as u64))
}

/// The work of one document, counted in steps rather than seconds so that it is the same on
/// every machine. A stage's steps are what it reads: each byte once for cleaning, language,
/// sentences, times and entities; for quotes and events, which place every trigger and quote
/// among the actors of its sentence, the sentence's bytes times one more than its actor
/// mentions. Sentences are never longer than [`crate::segment::MAX_SENTENCE_BYTES`], so this is
/// linear in the length of the text. To these estimates are added, under `scans`, the steps that
/// scans starting at a position (look-backs to a line start, lookups in a document-wide list, a
/// phrase set's walk over word starts) count as they read ([`dyad_core::scan`]): a scan that
/// reads further the longer the text is makes them grow faster than the text. A document whose
/// quotes and events would take more than its budget ([`BUDGET_PER_BYTE`] per byte, plus
/// [`BUDGET_BASE`]) keeps its entities and times and gets a diagnostic instead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    /// Steps per stage, in the order the stages ran.
    pub stages: Vec<(&'static str, u64)>,
    /// The document's budget.
    pub budget: u64,
    /// Whether the budget stopped the pipeline.
    pub exceeded: bool,
}

impl Work {
    fn charge(&mut self, stage: &'static str, steps: usize) {
        self.stages.push((stage, steps as u64));
    }

    /// Every step taken.
    pub fn steps(&self) -> u64 {
        self.stages.iter().map(|(_, n)| n).sum()
    }
}

/// Σ over sentences of bytes × (1 + actor mentions in it): what placing triggers and quotes
/// among their sentence's actors reads.
fn actor_work(doc: &Document) -> usize {
    let mut starts: Vec<usize> = doc.mentions.iter().map(|m| m.span.start).collect();
    starts.sort_unstable();
    let mut mentions = starts.into_iter().peekable();
    let mut total = 0usize;
    for s in &doc.sentences {
        let mut n = 0usize;
        while mentions.next_if(|&start| start < s.span.end).is_some() {
            n += 1;
        }
        total = total.saturating_add(s.span.len().saturating_mul(n + 1));
    }
    total
}
