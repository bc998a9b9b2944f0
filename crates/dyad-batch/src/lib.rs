//! The batch runner behind `dyad ingest` and the server's `POST /api/documents`: one code path
//! from a stream of raw documents to the store.
//!
//! - [`build_context`]: the built-in knowledge base with every layer imported into
//!   [`kb_dir`] over it, and the lexicons;
//! - [`for_each_batch`]: the pipeline over ordered batches, in parallel within a batch (rayon),
//!   a stage's panic becoming a diagnostic on its document ([`process`]);
//! - [`ingest`]: that, plus the writer — skip what is stored, one transaction per batch, problems reported one by one up to [`MAX_DIAGNOSTICS_PER_INPUT`]
//!   per input and counted after that.
//!
//! Reading inputs (files, streams) is dyad-ingest's; where the documents come from is the
//! caller's choice. The clock is read by the caller and passed in (`today`).

use dyad_core::{Diagnostic, Document, RawDocument};
use dyad_ingest::IngestError;
use dyad_kb::KbBuilder;
use dyad_pipeline::lexicon::Layers;
use dyad_pipeline::Context;
use dyad_store::{PreparedDocument, RecordOf, StoredText, WriteStore};
use jiff::civil::Date;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

pub mod actors;

/// What can stop a batch run (a bad document never does: it becomes a diagnostic).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("loading the knowledge base: {0}")]
    Kb(#[from] dyad_kb::KbError),
    #[error("loading the lexicons: {0}")]
    Pipeline(#[from] dyad_pipeline::PipelineError),
    #[error(transparent)]
    Store(#[from] dyad_store::StoreError),
    #[error("{0}")]
    Worker(String),
}

/// Where imported dictionaries live: `$DYAD_KB_DIR`, else `~/.local/share/dyad/kb`.
pub fn kb_dir() -> Option<PathBuf> {
    std::env::var_os("DYAD_KB_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/dyad/kb")))
}

/// The built-in knowledge base with every imported layer from [`kb_dir`] over it.
pub fn build_context() -> Result<Context, BatchError> {
    build_context_from(kb_dir().as_deref())
}

/// The file in the dictionary directory that makes its layers replace the built-in base
/// (written by `dyad kb import --replace-builtin`).
pub const REPLACE_MARKER: &str = "replace-builtin";

/// The built-in knowledge base with the layers in `dir` over it, in file-name order:
/// `*.toml` entities, `*.agents.tsv` role words, `*.events.tsv` event patterns (imported verb
/// dictionaries), `*.discards.tsv` discard phrases. With [`REPLACE_MARKER`] in `dir` the
/// layers replace the built-in entities, places and English event and role words instead.
pub fn build_context_from(dir: Option<&Path>) -> Result<Context, BatchError> {
    let (kb, layers) = kb_and_layers(dir)?;
    Ok(Context::with_layers(kb, &layers)?)
}

/// The knowledge base alone (imported entity layers included, no lexicons): what naming an
/// actor needs ([`actors::Resolver`]).
pub fn build_kb() -> Result<dyad_kb::Kb, BatchError> {
    Ok(kb_and_layers(kb_dir().as_deref())?.0)
}

fn kb_and_layers(dir: Option<&Path>) -> Result<(dyad_kb::Kb, Layers), BatchError> {
    let dir = dir.filter(|d| d.is_dir());
    let mut layers = Layers {
        replace: dir.is_some_and(|d| d.join(REPLACE_MARKER).is_file()),
        ..Layers::default()
    };
    let mut b = if layers.replace {
        KbBuilder::new().with_languages(dyad_kb::Languages::builtin()?)
    } else {
        KbBuilder::new().with_builtin()?
    };
    if let Some(dir) = dir {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| BatchError::Io { path, source }
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io(dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            let name = f.display().to_string();
            let read = || std::fs::read_to_string(&f).map_err(io(&f));
            if name.ends_with(".agents.tsv") {
                // Layers written before agents had a header and a code column.
                let text = read()?;
                let text = if text.starts_with("pattern\t") {
                    text
                } else {
                    format!("pattern\tsector\tkind\n{text}")
                };
                layers.en_roles.push((name, text));
            } else if name.ends_with(".events.tsv") {
                layers.en_events.push((name, read()?));
            } else if name.ends_with(".discards.tsv") {
                layers.discards.push((name, read()?));
            } else if name.ends_with(".toml") {
                b.load_entities_toml(&name, &read()?, &name)?;
            }
        }
    }
    Ok((b.build(), layers))
}

/// Runs the pipeline over one document; a bug in a stage becomes a diagnostic on that document
/// instead of ending the batch.
pub fn process(ctx: &Context, raw: RawDocument) -> Document {
    // The stages only read `doc.raw`: after a panic it is whole, and no copy of the text is
    // held for that case (a second copy of a 50 MB record).
    let mut doc = Document::new(raw);
    let given = doc.diagnostics.len();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ctx.annotate(&mut doc))) {
        Ok(_) => doc,
        Err(_) => {
            let mut diagnostics = std::mem::take(&mut doc.diagnostics);
            diagnostics.truncate(given);
            let mut doc = Document {
                raw: std::mem::take(&mut doc.raw),
                diagnostics,
                ..Document::default()
            };
            doc.diagnostics.push(Diagnostic {
                stage: "pipeline",
                message: "internal error while processing this document; it is stored without annotations".into(),
            });
            doc
        }
    }
}

/// Processes documents in ordered batches of `batch`, in parallel within a batch. `keep`
/// decides which raw documents are processed; errors keep their place among the documents
/// (extract prints one line per input, in order). `today` is the ingest date the stages get.
pub fn for_each_batch<E>(
    ctx: &Context,
    items: impl Iterator<Item = Result<RawDocument, IngestError>>,
    batch: usize,
    today: Date,
    mut keep: impl FnMut(&RawDocument) -> Result<bool, E>,
    mut on_error: impl FnMut(&IngestError) -> Result<(), E>,
    mut sink: impl FnMut(Vec<Document>) -> Result<(), E>,
) -> Result<(), E> {
    let batch = batch.max(1);
    let mut pending = Vec::with_capacity(batch);
    let flush = |pending: &mut Vec<RawDocument>,
                 sink: &mut dyn FnMut(Vec<Document>) -> Result<(), E>| {
        if pending.is_empty() {
            return Ok(());
        }
        let docs: Vec<Document> = pending
            .par_drain(..)
            .map(|mut r| {
                r.ingested.get_or_insert(today);
                process(ctx, r)
            })
            .collect();
        sink(docs)
    };
    for item in items {
        match item {
            Ok(raw) => {
                if keep(&raw)? {
                    pending.push(raw);
                }
            }
            Err(e) => {
                flush(&mut pending, &mut sink)?;
                on_error(&e)?
            }
        }
        if pending.len() >= batch {
            flush(&mut pending, &mut sink)?;
        }
    }
    flush(&mut pending, &mut sink)
}

/// How many problems of one input are reported and stored one by one; the rest are counted.
pub const MAX_DIAGNOSTICS_PER_INPUT: u64 = 20;

/// Problems per input, so that a file of a million bad lines gives twenty messages and a count
/// rather than a million.
#[derive(Debug, Default)]
pub struct Problems {
    per_input: HashMap<String, u64>,
    /// Inputs that could not be read at all (missing, no permission, not a regular file).
    pub unreadable: u64,
    /// Documents or records that could not be read.
    pub bad: u64,
}

impl Problems {
    /// Counts one; `true` when it is to be reported one by one.
    pub fn count(&mut self, e: &IngestError) -> bool {
        if e.is_unreadable_input() {
            self.unreadable += 1;
        } else {
            self.bad += 1;
        }
        let n = self.per_input.entry(e.path().to_string()).or_insert(0);
        *n += 1;
        *n <= MAX_DIAGNOSTICS_PER_INPUT
    }

    /// `(input, problems not reported one by one)`, in input order.
    pub fn unreported(&self) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .per_input
            .iter()
            .filter(|(_, &n)| n > MAX_DIAGNOSTICS_PER_INPUT)
            .map(|(p, &n)| (p.clone(), n - MAX_DIAGNOSTICS_PER_INPUT))
            .collect();
        v.sort();
        v
    }
}

/// What an ingest did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestStats {
    pub inserted: usize,
    /// Older versions (same document key) replaced by a new one.
    pub replaced: usize,
    /// Already stored (same content hash): nothing to do.
    pub skipped_existing: usize,
    /// Documents the store refused (recorded as diagnostics).
    pub failed: usize,
    /// Inputs that could not be read at all.
    pub unreadable_inputs: u64,
    /// Documents or records that could not be read.
    pub bad_documents: u64,
}

/// What [`ingest`] tells its caller as it goes.
pub enum Progress<'a> {
    /// This many more documents done (stored, skipped or refused).
    Documents(usize),
    /// A document or input that could not be read; `reported` is false past the per-input cap
    /// (it is counted, and a closing line per input says how many more there were).
    Problem {
        error: &'a IngestError,
        reported: bool,
    },
    /// The closing line of an input with more problems than were reported one by one.
    Unreported { input: &'a str, message: &'a str },
}

/// Runs the pipeline over `items` and writes the documents to `store`, a batch per
/// transaction: documents already stored (by content hash) are skipped before processing,
/// problems are recorded in the store (capped per input). Near-duplicates are the store's
/// to find (its link step groups copies by the fingerprint each document carries).
///
/// Reading, processing and writing overlap: this thread reads and checks hashes, a second
/// thread runs each batch through the pipeline on rayon's pool and builds the stored form of
/// its documents there (JSON, compression), and the batches come back through a bounded
/// channel to this thread, the one writer, in input order (so a run stopped and started
/// again stores the same rows under the same ids). At most [`BATCHES_IN_FLIGHT`] batches are
/// read ahead of the writer.
pub fn ingest(
    ctx: &Context,
    store: &mut dyn WriteStore,
    items: impl Iterator<Item = Result<RawDocument, IngestError>>,
    batch: usize,
    today: Date,
    mut progress: impl FnMut(Progress<'_>),
) -> Result<IngestStats, BatchError> {
    let batch = batch.max(1);
    let mut w = Writer {
        store,
        progress: &mut progress,
        stats: IngestStats::default(),
        problems: Problems::default(),
        unwritten: HashMap::new(),
    };
    std::thread::scope(|scope| {
        let (raw_tx, raw_rx) = mpsc::sync_channel::<Vec<RawDocument>>(BATCHES_IN_FLIGHT - 1);
        let (done_tx, done_rx) = mpsc::sync_channel::<Vec<PreparedDocument>>(1);
        let worker = scope.spawn(move || -> Result<(), BatchError> {
            for raws in raw_rx {
                let docs = prepare(ctx, raws, today)?;
                if done_tx.send(docs).is_err() {
                    break; // the writer stopped on an error of its own
                }
            }
            Ok(())
        });
        let read = w.read_all(items, batch, &raw_tx, &done_rx);
        drop(raw_tx);
        let drained = read.and_then(|()| done_rx.iter().try_for_each(|docs| w.write(docs)));
        drop(done_rx);
        let worked = worker.join().unwrap_or_else(|_| Err(worker_gone()));
        // The worker's own error says more than the writer's "it stopped".
        worked.and(drained)
    })?;
    w.finish()
}

/// Batches read ahead of the writer, counting the one being processed.
pub const BATCHES_IN_FLIGHT: usize = 3;

/// The pipeline over one batch and the stored form of each document, on rayon's pool.
fn prepare(
    ctx: &Context,
    raws: Vec<RawDocument>,
    today: Date,
) -> Result<Vec<PreparedDocument>, BatchError> {
    Ok(raws
        .into_par_iter()
        .map(|mut r| {
            r.ingested.get_or_insert(today);
            PreparedDocument::new(process(ctx, r))
        })
        .collect::<Result<Vec<_>, _>>()?)
}

fn worker_gone() -> BatchError {
    BatchError::Worker("the pipeline thread stopped unexpectedly".into())
}

/// The reading and writing side of [`ingest`].
struct Writer<'a, P: FnMut(Progress<'_>)> {
    store: &'a mut dyn WriteStore,
    progress: &'a mut P,
    stats: IngestStats,
    problems: Problems,
    /// Per content hash, the records of that text handed to the worker and not yet written
    /// (id, outlet): see [`Writer::known`].
    unwritten: HashMap<String, Vec<(String, String)>>,
}

impl<P: FnMut(Progress<'_>)> Writer<'_, P> {
    /// Reads every item, hands batches of new documents to the worker and writes what comes
    /// back while it waits for room.
    fn read_all(
        &mut self,
        items: impl Iterator<Item = Result<RawDocument, IngestError>>,
        batch: usize,
        to_worker: &mpsc::SyncSender<Vec<RawDocument>>,
        done: &mpsc::Receiver<Vec<PreparedDocument>>,
    ) -> Result<(), BatchError> {
        let mut pending = Vec::with_capacity(batch);
        for item in items {
            match item {
                Ok(mut raw) => {
                    if self.known(&mut raw)? {
                        self.stats.skipped_existing += 1;
                        (self.progress)(Progress::Documents(1));
                    } else {
                        pending.push(raw);
                    }
                }
                Err(e) => self.problem(&e)?,
            }
            if pending.len() >= batch {
                let full = std::mem::replace(&mut pending, Vec::with_capacity(batch));
                self.hand_over(full, to_worker, done)?;
            }
            // Write whatever is ready, so the writer never waits on reading.
            while let Ok(docs) = done.try_recv() {
                self.write(docs)?;
            }
        }
        if !pending.is_empty() {
            self.hand_over(pending, to_worker, done)?;
        }
        Ok(())
    }

    /// Whether `raw` is already stored (or read earlier in this run and not written yet), by
    /// its text and where it came from; if not and its text is another outlet's, it is a
    /// syndicated copy, given the hash (and, if it has none of its own, the id) it is stored
    /// under: see [`StoredText`]. A copy is a report of the original's event, never an
    /// independent source (issue 13); dropping it lost its outlet and URL.
    fn known(&mut self, raw: &mut RawDocument) -> Result<bool, BatchError> {
        let given = raw.id != raw.hash;
        let record = RecordOf {
            hash: &raw.hash,
            id: &raw.id,
            given,
            source: raw.source.as_deref(),
            url: raw.url.as_deref(),
        };
        let mine = dyad_store::outlet(record.source, record.url);
        // The records of this text read in this run and not yet written: the store cannot
        // tell of them.
        let ahead = self.unwritten.get(&raw.hash).map_or(&[][..], Vec::as_slice);
        if ahead
            .iter()
            .any(|(id, o)| *o == mine || (given && *id == raw.id))
        {
            return Ok(true);
        }
        let copy = match self.store.stored_text(&record)? {
            StoredText::Stored => return Ok(true),
            StoredText::CopyAs(copy) => Some(copy),
            StoredText::New if ahead.is_empty() => None,
            // Its text is another outlet's, not written yet.
            StoredText::New => Some(dyad_store::copy_hash(&raw.hash, &mine)),
        };
        self.unwritten
            .entry(raw.hash.clone())
            .or_default()
            .push((raw.id.clone(), mine));
        if let Some(copy) = copy {
            if !given {
                // Its id stood for its text, the original's: the copy's own stands for it.
                raw.id.clone_from(&copy);
            }
            raw.hash = copy;
        }
        Ok(false)
    }

    /// Sends a batch to the worker; while its queue is full, writes the batches it finished.
    fn hand_over(
        &mut self,
        mut raws: Vec<RawDocument>,
        to_worker: &mpsc::SyncSender<Vec<RawDocument>>,
        done: &mpsc::Receiver<Vec<PreparedDocument>>,
    ) -> Result<(), BatchError> {
        loop {
            match to_worker.try_send(raws) {
                Ok(()) => return Ok(()),
                Err(mpsc::TrySendError::Full(back)) => {
                    raws = back;
                    // Disconnected: the worker stopped; its error is reported when joined.
                    let docs = done.recv().map_err(|_| worker_gone())?;
                    self.write(docs)?;
                }
                Err(mpsc::TrySendError::Disconnected(_)) => return Err(worker_gone()),
            }
        }
    }

    fn write(&mut self, docs: Vec<PreparedDocument>) -> Result<(), BatchError> {
        // The batch, then its own step: the new reports join real-world events (in the
        // batch's transaction where the store can).
        let (s, _) = self.store.write_and_link(&docs)?;
        for d in &docs {
            // Stored now: the store tells of it (a copy's text is its original's).
            let hash = &d.document().raw.hash;
            let text = hash.split_once('@').map_or(hash.as_str(), |(t, _)| t);
            self.unwritten.remove(text);
        }
        self.stats.inserted += s.inserted;
        self.stats.replaced += s.replaced;
        self.stats.skipped_existing += s.skipped_existing;
        self.stats.failed += s.failed;
        (self.progress)(Progress::Documents(docs.len()));
        // Freed on the pool, whose threads allocated them (freeing another thread's memory
        // takes its allocator's lock): the writer only writes.
        rayon::spawn(move || drop(docs));
        Ok(())
    }

    fn problem(&mut self, e: &IngestError) -> Result<(), BatchError> {
        let reported = self.problems.count(e);
        if reported {
            self.store.record_error(e.path(), &e.to_string())?;
        }
        (self.progress)(Progress::Problem { error: e, reported });
        Ok(())
    }

    fn finish(mut self) -> Result<IngestStats, BatchError> {
        for (input, more) in self.problems.unreported() {
            let message = format!(
                "… and {more} more problems in this input, not reported one by one (the first {MAX_DIAGNOSTICS_PER_INPUT} are)"
            );
            self.store.record_error(&input, &message)?;
            (self.progress)(Progress::Unreported {
                input: &input,
                message: &message,
            });
        }
        self.stats.unreadable_inputs = self.problems.unreadable;
        self.stats.bad_documents = self.problems.bad;
        Ok(self.stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_ingest::{read_stream_as, Format, ReadOptions};
    use dyad_store::Store;
    use std::sync::OnceLock;

    fn ctx() -> &'static Context {
        static CTX: OnceLock<Context> = OnceLock::new();
        CTX.get_or_init(|| build_context_from(None).unwrap())
    }

    fn jsonl(lines: &[&str]) -> dyad_ingest::Documents {
        let body = lines.join("\n").into_bytes();
        read_stream_as(
            std::io::Cursor::new(body),
            Some(Format::Jsonl),
            "feed.jsonl",
            ReadOptions::default(),
        )
    }

    /// A dictionary directory that replaces the base: PETRARCH-style actors, agents, verbs
    /// and discards, written by the importers, read back by `build_context_from`.
    fn dictionary_context(dir: &Path) -> Context {
        use dyad_kb::cameo_dict as d;
        let actors = "ARNOR_ [ARN]\nGONDOR [GON]\nBREE [BRE]\nROMENDACIL [BRE]\n";
        let rep = dyad_kb::cameo::import_actors("a", actors);
        std::fs::write(dir.join("a.toml"), dyad_kb::cameo::to_toml(&rep.imported)).unwrap();
        let agents =
            d::import_agents("g", "CLERIC [~REL]\nPRESIDENT [~GOV]\nMSF {} [NGO~]\n").unwrap();
        std::fs::write(dir.join("g.agents.tsv"), agents.tsv).unwrap();
        let verbs = "--- RESTORE [064] ---\nRESTORE\n--- ARRIVE [032:033] ---\nARRIVE\n--- DEPART [032] ---\nDEPART\n";
        let readings = d::Readings::builtin().unwrap();
        let v = d::import_verbs("v", verbs, &readings).unwrap();
        std::fs::write(dir.join("v.events.tsv"), v.tsv).unwrap();
        let x = d::import_discards("x", "BASEBALL\n").unwrap();
        std::fs::write(dir.join("x.discards.tsv"), x.tsv).unwrap();
        std::fs::write(dir.join(REPLACE_MARKER), "").unwrap();
        build_context_from(Some(dir)).unwrap()
    }

    /// (source cameo, target cameo, cameo code) of every event of one text.
    fn triples(ctx: &Context, text: &str) -> Vec<(String, String, String)> {
        let line = format!("{{\"id\":\"t\",\"text\":{text:?},\"published\":\"2014-05-01\"}}");
        let raw = jsonl(&[&line]).next().unwrap().unwrap();
        let code = |s: &Option<dyad_core::Side>| {
            s.as_ref().map_or("---".to_string(), |s| {
                s.cameo.clone().unwrap_or_else(|| s.actor().to_string())
            })
        };
        let mut v: Vec<_> = process(ctx, raw)
            .events
            .iter()
            .map(|e| {
                (
                    code(&e.source),
                    code(&e.target),
                    e.cameo.clone().unwrap_or_default(),
                )
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn imported_dictionaries_replace_the_base() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = dictionary_context(dir.path());
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        // Agents add their codes to the actor's, before or after it.
        assert_eq!(
            triples(
                &ctx,
                "Arnor cleric will restore full diplomatic ties with Gondor."
            ),
            vec![t("ARNREL", "GON", "064")]
        );
        assert_eq!(
            triples(
                &ctx,
                "MSF Arnor will restore full diplomatic ties with Gondor."
            ),
            vec![t("NGOARN", "GON", "064")]
        );
        // A paired code is two events, one each way; a setting is the target.
        assert_eq!(
            triples(
                &ctx,
                "Bree President Romendacil arrived in Gondor on Monday."
            ),
            vec![t("BREGOV", "GON", "032"), t("GON", "BREGOV", "033")]
        );
        // Only the dictionary's forms are verbs; a noun after an article is not coded.
        assert!(triples(&ctx, "Arnor departx from Gondor.").is_empty());
        assert!(triples(
            &ctx,
            "Arnor welcomed the arrival of Gondor and their restoring of Bree."
        )
        .is_empty());
        // A dyad needs both actors; a discard phrase voids its sentence.
        assert!(triples(&ctx, "Arnor departed yesterday.").is_empty());
        assert!(triples(&ctx, "Arnor will restore baseball ties with Gondor.").is_empty());
        // The built-in base is gone: Russia is not known here.
        assert!(triples(&ctx, "Russia will restore ties with Gondor.").is_empty());
    }

    #[test]
    fn ingests_in_batches_and_is_idempotent() {
        let mut store = Store::open_in_memory().unwrap();
        let records = [
            r#"{"id":"a","text":"Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi in Islamabad on April 7, 2021.","published":"2021-04-07"}"#,
            "not json",
            r#"{"id":"b","text":"Iran accused Pakistan of sheltering militants on January 17, 2024.","published":"2024-01-17"}"#,
        ];
        let today = jiff::civil::date(2026, 1, 1);
        let mut docs_seen = 0;
        let mut problems = Vec::new();
        let s = ingest(ctx(), &mut store, jsonl(&records), 1, today, |p| match p {
            Progress::Documents(n) => docs_seen += n,
            Progress::Problem { error, reported } => problems.push((error.to_string(), reported)),
            Progress::Unreported { .. } => {}
        })
        .unwrap();
        assert_eq!((s.inserted, s.bad_documents, s.skipped_existing), (2, 1, 0));
        assert_eq!(docs_seen, 2);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].0.contains("feed.jsonl"), "{problems:?}");
        let summary = store.summary().unwrap();
        assert_eq!((summary.documents, summary.errors), (2, 1));
        assert!(summary.events >= 2, "{summary:?}");
        // Again: nothing new, nothing processed.
        let s = ingest(ctx(), &mut store, jsonl(&records), 8, today, |_| {}).unwrap();
        assert_eq!((s.inserted, s.skipped_existing), (0, 2));
    }

    /// Issue 13: a copy of a stored text from another outlet is kept as a syndicated copy (a
    /// report of the original's event with its own outlet and URL, no new article, no new
    /// source); the same record again, or the same text from the same outlet, stores nothing.
    /// In one batch (the records not yet written) and one by one (the store tells).
    #[test]
    fn a_copy_from_another_outlet_is_kept_as_a_copy_and_nothing_twice() {
        let text = "Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi in Islamabad on April 7, 2021.";
        let line = |fields: &str| format!(r#"{{{fields},"text":"{text}"}}"#);
        let records = [
            line(
                r#""id":"dawn-1","source":"Dawn","url":"https://dawn.example/1","published":"2021-04-07""#,
            ),
            line(
                r#""id":"tribune-7","source":"Express Tribune","url":"https://tribune.example/7","published":"2021-04-08""#,
            ),
            line(r#""url":"https://www.geo.example/x","published":"2021-04-08""#),
            // The same record again, and the same outlet's text at another address.
            line(
                r#""id":"dawn-1","source":"Dawn","url":"https://dawn.example/1","published":"2021-04-07""#,
            ),
            line(
                r#""source":"DAWN","url":"https://dawn.example/print/1","published":"2021-04-07""#,
            ),
        ];
        let lines: Vec<&str> = records.iter().map(String::as_str).collect();
        let today = jiff::civil::date(2026, 1, 1);
        let mut alone = Store::open_in_memory().unwrap();
        ingest(ctx(), &mut alone, jsonl(&lines[..1]), 8, today, |_| {}).unwrap();
        let ids = |store: &Store| -> Vec<String> {
            let mut ids: Vec<String> = store
                .events(&dyad_store::EventQuery::default())
                .unwrap()
                .into_iter()
                .filter(|e| e.doc_id == "dawn-1")
                .map(|e| e.id)
                .collect();
            ids.sort();
            ids
        };
        for batch in [8, 1] {
            let mut store = Store::open_in_memory().unwrap();
            let s = ingest(ctx(), &mut store, jsonl(&lines), batch, today, |_| {}).unwrap();
            assert_eq!((s.inserted, s.skipped_existing), (3, 2), "batch {batch}");
            let folded = store
                .folded_events(&dyad_store::EventQuery::default())
                .unwrap();
            let meeting = folded
                .iter()
                .find(|f| f.reports.iter().any(|r| r.doc == "tribune-7"))
                .expect("the copy's report");
            let mut outlets: Vec<(&str, Option<&str>)> = meeting
                .reports
                .iter()
                .map(|r| (r.source.as_str(), r.copy_of.as_deref()))
                .collect();
            outlets.sort();
            outlets.dedup();
            assert_eq!(
                outlets,
                [
                    ("Dawn", None),
                    ("Express Tribune", Some("dawn-1")),
                    ("geo.example", Some("dawn-1"))
                ],
                "batch {batch}"
            );
            assert_eq!(
                (meeting.num_articles, meeting.num_sources),
                (1, 1),
                "batch {batch}"
            );
            // The original's events keep their ids.
            assert_eq!(ids(&store), ids(&alone));
            // Again: nothing new.
            let s = ingest(ctx(), &mut store, jsonl(&lines), batch, today, |_| {}).unwrap();
            assert_eq!((s.inserted, s.skipped_existing), (0, 5), "batch {batch}");
        }
    }

    #[test]
    fn problems_are_capped_per_input() {
        let mut store = Store::open_in_memory().unwrap();
        let bad: Vec<String> = (0..30).map(|i| format!("not json {i}")).collect();
        let lines: Vec<&str> = bad.iter().map(String::as_str).collect();
        let mut reported = 0;
        let mut closing = Vec::new();
        let s = ingest(
            ctx(),
            &mut store,
            jsonl(&lines),
            4,
            jiff::civil::date(2026, 1, 1),
            |p| match p {
                Progress::Problem { reported: true, .. } => reported += 1,
                Progress::Unreported { message, .. } => closing.push(message.to_string()),
                _ => {}
            },
        )
        .unwrap();
        assert_eq!(s.bad_documents, 30);
        assert_eq!(reported, MAX_DIAGNOSTICS_PER_INPUT);
        assert_eq!(closing.len(), 1);
        assert!(
            closing[0].starts_with("… and 10 more problems"),
            "{closing:?}"
        );
        assert_eq!(store.summary().unwrap().errors, 21);
    }

    #[test]
    fn a_missing_layer_folder_is_no_layer_and_a_bad_one_names_its_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(build_context_from(Some(&dir.path().join("nope"))).is_ok());
        std::fs::write(dir.path().join("mine.toml"), "[[entity]]\nname = 3\n").unwrap();
        let Err(err) = build_context_from(Some(dir.path())) else {
            panic!("a bad layer was accepted");
        };
        assert!(err.to_string().contains("mine.toml"), "{err}");
    }
}
