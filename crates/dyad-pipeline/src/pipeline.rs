//! The whole text pipeline for one document: clean → language → publication date → sentences →
//! times → entities → quotes → events. Pure: the same document and context give the same output.
//! Parallelism over documents belongs to the caller (the CLI runs this under rayon).

use crate::clean::Cleaner;
use crate::lexicon::{LangLexicon, Lexicon, Part};
use crate::segment::Segmenter;
use crate::time::{self, TimeLexicon};
use crate::{entities, events, lang, quotes, PipelineError};
use dyad_core::{Diagnostic, Document, Lang, RawDocument};
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
        Self::with_kb_and_roles(kb, "")
    }

    /// A knowledge base plus extra English role words (`pattern, sector, kind` rows).
    pub fn with_kb_and_roles(kb: Kb, extra_en_roles: &str) -> Result<Self, PipelineError> {
        let languages = kb.languages();
        Ok(Context {
            lexicon: Lexicon::builtin_with(languages, extra_en_roles)?,
            cleaner: Cleaner::builtin()?,
            segmenter: Segmenter::builtin()?,
            time: TimeLexicon::builtin().map_err(|e| PipelineError::Data {
                file: "time".into(),
                line: 0,
                message: e.to_string(),
            })?,
            lang_id: lang::LangId::new(languages),
            min_confidence: events::DEFAULT_MIN_CONFIDENCE,
            neutral: LangLexicon::neutral(),
            kb,
        })
    }

    /// The lexicon for text in `lang`: its own, or the neutral one.
    fn lexicon_of(&self, lang: Lang) -> &LangLexicon {
        self.lexicon.get(lang).unwrap_or(&self.neutral)
    }

    /// Runs every stage over one raw document.
    pub fn process(&self, raw: RawDocument) -> Document {
        let mut doc = Document::new(raw);
        let cleaned = self.cleaner.clean(&doc.raw.text);
        doc.text = cleaned.text;
        doc.title = doc.raw.title.clone().or(cleaned.title);
        doc.dateline = cleaned.dateline;
        let (script, lang) = self.lang_id.detect(&doc.text);
        doc.script = script;
        doc.lang = lang.is_known().then_some(lang);
        doc.segments = self.lang_id.segments(&doc.text, lang);
        let dating = time::Dating::find(
            &time::DateSources {
                text: &doc.raw.text,
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
            return doc;
        }
        self.report_uncoded(&mut doc);
        doc.sentences = self.segmenter.split(&doc.text, lang);
        // The text's own full dates do not depend on the anchor: read the text against the
        // most trusted candidate, then check that candidate against them (rarely re-read).
        let provisional = dating.provisional();
        doc.times = time::find_times(&doc.text, lang, provisional, &self.time);
        doc.published = dating.choose(&time::own_dates(&doc.times));
        if doc.published_day() != provisional {
            doc.times = time::find_times(&doc.text, lang, doc.published_day(), &self.time);
        }
        doc.times.sort_by_key(|t| t.span.start);
        let norm = dyad_kb::normalize(&doc.text);
        let parts: Vec<Part> = doc
            .segments
            .iter()
            .map(|s| Part::new(&norm, s.span, self.lexicon_of(s.lang)))
            .collect();
        let (entities, mentions) = entities::link(&doc, &norm, &self.kb, &parts);
        doc.entities = entities;
        doc.mentions = mentions;
        doc.quotes = quotes::find(&doc, &norm, &parts);
        doc.events = events::code(&doc, &norm, &parts, &self.lexicon, self.min_confidence);
        doc
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
