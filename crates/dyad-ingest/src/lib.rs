//! Ingest: files, folders, stdin, JSON Lines, HTML, WARC crawls → a stream of [`RawDocument`]s.
//!
//! This is the only crate of dyad that reads input files. [`read_inputs`] turns a list of paths
//! into a lazy iterator of `Result<RawDocument, IngestError>`: memory stays flat in the size of
//! the corpus (folders are walked a listing at a time, JSON Lines and WARC files are read a
//! record at a time); a document is held whole only while it is made, none larger than
//! [`MAX_DOCUMENT_BYTES`]. HTML pages are read a few ahead (at most 8 per thread, about 32 MiB)
//! and extracted in parallel on rayon's pool (the `ahead` module); documents still come out in
//! input order. A problem with one input or one document is an [`IngestError`] in the stream,
//! naming the path (and line or record); the stream goes on after it. Nothing here panics on
//! bad input.
//!
//! # Inputs
//!
//! | input | read as |
//! |---|---|
//! | `-` | stdin, format sniffed by [`sniff`] (gzip is recognised by its magic bytes first) |
//! | a folder | recursively, sorted by name; hidden entries and unknown extensions skipped |
//! | `.txt` `.text` `.md` | one UTF-8 document (BOM dropped; invalid UTF-8 or NUL bytes are errors) |
//! | `.html` `.htm` `.xhtml` | one page: main content extracted, metadata kept ([`read_html`]) |
//! | `.jsonl` `.ndjson` `.jsonlines` `.json` | one record per line: `{"id","text"\|"html","url","title","source","published"}` |
//! | `.warc` `.warc.gz` | HTML and plain-text records of a crawl (see the `warc` module) |
//! | `x.<ext>.gz` | as `x.<ext>`, gunzipped on the fly; a bare `.gz` is sniffed |
//!
//! A file named on the command line with an unknown extension is sniffed like stdin.
//!
//! # Ids and hashes
//!
//! `hash` is the lowercase hex SHA-256 of the document's bytes as found: the text file or HTML
//! page after gunzip (before any BOM stripping or charset decoding), the JSONL record's `text`
//! or `html` string, the WARC record's HTTP body after de-chunking and decompression.
//!
//! `id` is, first that applies: the record's own `id` (JSON Lines, strings and numbers); for a
//! file found in a folder, its path relative to that folder, `/`-separated
//! (`articles/01_en_x.txt` under `examples/`); for a file named directly, its path as given;
//! otherwise (stdin, WARC records, JSONL records without an id) the hash.
//!
//! # What ingest does not do
//!
//! It does not clean text (boilerplate lines, bylines), detect languages or parse dates: the
//! `published` string is passed on as found. It never takes a publication date from a crawl
//! (`WARC-Date`, passed on as `crawled`, an upper bound only) or a page header.

mod ahead;
mod decode;
mod depth;
mod error;
mod format;
mod html;
mod html_meta;
mod jsonl;
mod main_text;
mod read;
mod walk;
mod warc;

pub use decode::encoding_for_label;
pub use dyad_core::RawDocument;
pub use error::{ErrorKind, IngestError, Location};
pub use format::{format_of_name, sniff, Format};
pub use html::{html_extractor_counts, read_html, set_html_extractor, HtmlExtractor};

/// The encoding type `--encoding` names.
pub use encoding_rs::Encoding;

use ahead::{Ahead, Item, Items};
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Documents larger than this (50 MiB, after decompression) are refused with
/// [`ErrorKind::TooLarge`] without being read whole.
pub const MAX_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// How many bytes [`read_stream`] looks at to decide the format.
const SNIFF_BYTES: usize = 8 * 1024;

/// What is known of a document besides its content; see the crate doc for the id rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The id to give the document; `None` means its hash.
    pub id: Option<String>,
    /// The file it came from.
    pub path: Option<String>,
    /// The address it was fetched from; wins over the page's own canonical url.
    pub url: Option<String>,
    /// The stable identity a changed version replaces (see the crate doc); `None` for the id.
    pub key: Option<String>,
    /// An encoding to decode text and HTML with, whatever they declare (`--encoding`).
    pub encoding: Option<&'static Encoding>,
}

/// A stream of documents and per-document errors.
pub type Documents = Box<dyn Iterator<Item = Result<RawDocument, IngestError>> + Send>;

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Decode every text file and HTML page with this encoding, whatever it declares.
    pub encoding: Option<&'static Encoding>,
    /// Counts the bytes read from input files (compressed bytes for `.gz`), for progress
    /// against [`input_size`].
    pub progress: Option<Arc<AtomicU64>>,
    /// Read every input (stdin too) as this format instead of by its name or first bytes: a
    /// stream of JSON Lines whose first line is broken is still JSON Lines.
    pub format: Option<Format>,
    /// In JSON Lines, a blank line is a record that could not be read (an error naming its
    /// line) instead of being skipped, so that a filter answers every line it reads.
    pub blank_lines_are_records: bool,
}

/// The total size of the files the inputs name (folders walked as [`read_inputs`] walks them),
/// or `None` when it cannot be known beforehand (stdin).
pub fn input_size(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0u64;
    for input in inputs {
        if input.as_os_str() == "-" {
            return None;
        }
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                for found in walk::Walk::new(input).flatten() {
                    total += std::fs::metadata(&found.path).map_or(0, |m| m.len());
                }
            }
            Ok(m) if m.is_file() => total += m.len(),
            _ => {}
        }
    }
    Some(total)
}

/// A reader that adds what it reads to a shared counter.
struct Counted<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads every input in order: files, folders (recursively), `-` for stdin. Lazy: nothing is
/// read until the iterator is advanced.
pub fn read_inputs(
    inputs: &[PathBuf],
) -> impl Iterator<Item = Result<RawDocument, IngestError>> + Send {
    read_inputs_with(inputs, ReadOptions::default())
}

/// [`read_inputs`] with options.
pub fn read_inputs_with(
    inputs: &[PathBuf],
    options: ReadOptions,
) -> impl Iterator<Item = Result<RawDocument, IngestError>> + Send {
    Ahead::new(Box::new(Inputs {
        pending: inputs.iter().cloned().collect(),
        walk: None,
        current: None,
        options,
    }))
}

/// Reads one stream whose format is unknown, as stdin is read: gunzipped if it starts with the
/// gzip magic bytes, then JSON Lines, WARC, HTML or plain text by [`sniff`]. Documents get their
/// hash as id (or the JSONL record's id); `label` names the stream in errors (`-` for stdin).
pub fn read_stream(reader: impl Read + Send + 'static, label: &str) -> Documents {
    read_stream_as(reader, None, label, ReadOptions::default())
}

/// [`read_stream`] for a stream whose format is known (`None`: sniff it), with options.
pub fn read_stream_as(
    reader: impl Read + Send + 'static,
    format: Option<Format>,
    label: &str,
    options: ReadOptions,
) -> Documents {
    let origin = Origin {
        encoding: options.encoding,
        ..Origin::default()
    };
    Box::new(Ahead::new(open(
        Box::new(reader),
        format,
        label.to_string(),
        origin,
        &options,
    )))
}

/// A stream of one error.
fn failed(e: IngestError) -> Items {
    Box::new(std::iter::once(Item::Done(Err(e))))
}

/// Reads one file, by its extension (or sniffed if the extension is unknown); `id` is the id a
/// single-document file gets, `key` its stable identity.
fn read_file(
    path: &Path,
    format: Option<Format>,
    id: String,
    key: String,
    options: &ReadOptions,
) -> Items {
    let label = path.display().to_string();
    let format = options.format.or(format);
    // Opening a FIFO waits for a writer, reading a device may never end: only regular files.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => return failed(IngestError::new(label, ErrorKind::NotRegular)),
        Ok(_) => {}
        Err(e) => return failed(IngestError::new(label, e)),
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return failed(IngestError::new(label, e)),
    };
    let single = matches!(format, Some(Format::Text | Format::Html));
    // Refuse a large single document without reading it (a gzip file can only be larger inside).
    if single && file.metadata().is_ok_and(|m| m.len() > MAX_DOCUMENT_BYTES) {
        let e = IngestError::new(
            label,
            ErrorKind::TooLarge {
                limit: MAX_DOCUMENT_BYTES,
            },
        );
        return failed(e);
    }
    let origin = Origin {
        id: Some(id),
        path: Some(label.clone()),
        url: None,
        key: Some(key),
        encoding: options.encoding,
    };
    let reader: Box<dyn Read + Send> = match &options.progress {
        Some(count) => Box::new(Counted {
            inner: file,
            count: Arc::clone(count),
        }),
        None => Box::new(file),
    };
    open(reader, format, label, origin, options)
}

/// The key of a file named directly: its absolute path with `.` and `..` resolved and links
/// followed, so `a/b.txt`, `./a/b.txt` and `/home/x/a/b.txt` are one document.
fn file_key(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// Gunzips if needed, settles the format and hands the stream to its reader.
fn open(
    mut reader: Box<dyn Read + Send>,
    format: Option<Format>,
    label: String,
    origin: Origin,
    options: &ReadOptions,
) -> Items {
    let fail = |label: String, e: io::Error| -> Items { failed(IngestError::new(label, e)) };
    let magic = match read::peek(&mut reader, 2) {
        Ok(m) => m,
        Err(e) => return fail(label, e),
    };
    let gzip = magic == [0x1f, 0x8b];
    reader = Box::new(Cursor::new(magic).chain(reader));
    if gzip {
        // Multi-member: .warc.gz has one gzip member per record.
        reader = Box::new(flate2::read::MultiGzDecoder::new(reader));
    }
    let format = match format {
        Some(f) => f,
        None => {
            let prefix = match read::peek(&mut reader, SNIFF_BYTES) {
                Ok(p) => p,
                Err(e) => return fail(label, e),
            };
            let f = sniff(&prefix);
            reader = Box::new(Cursor::new(prefix).chain(reader));
            f
        }
    };
    match format {
        Format::Jsonl => Box::new(
            jsonl::JsonlReader::new(
                BufReader::with_capacity(64 * 1024, reader),
                label,
                origin.path,
            )
            .blank_lines_are_records(options.blank_lines_are_records),
        ),
        Format::Warc => Box::new(warc::WarcReader::new(
            BufReader::with_capacity(64 * 1024, reader),
            label,
            origin,
        )),
        Format::Text | Format::Html => {
            Box::new(std::iter::once(single(reader, format, origin, label)))
        }
    }
}

/// Reads a one-document stream whole (within the size limit); a page is extracted later.
fn single(reader: impl Read, format: Format, origin: Origin, label: String) -> Item {
    let bytes = match read::read_limited(reader, MAX_DOCUMENT_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            let limit = MAX_DOCUMENT_BYTES;
            return Item::Done(Err(IngestError::new(label, ErrorKind::TooLarge { limit })));
        }
        Err(e) => return Item::Done(Err(IngestError::new(label, e))),
    };
    let size = bytes.len();
    let make = move |media| {
        decode::document(&bytes, media, None, &origin).map_err(|k| IngestError::new(label, k))
    };
    match format {
        Format::Html => Item::later(size, move || make(decode::Media::Html)),
        _ => Item::Done(make(decode::Media::Text)),
    }
}

/// The iterator behind [`read_inputs`]: one input at a time, one document at a time.
struct Inputs {
    pending: std::collections::VecDeque<PathBuf>,
    walk: Option<walk::Walk>,
    current: Option<Items>,
    options: ReadOptions,
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(docs) = &mut self.current {
                match docs.next() {
                    Some(doc) => return Some(doc),
                    None => self.current = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(found)) => {
                        let key = found.relative.clone();
                        self.current = Some(read_file(
                            &found.path,
                            found.format,
                            found.relative,
                            key,
                            &self.options,
                        ));
                    }
                    Some(Err(e)) => return Some(Item::Done(Err(e))),
                    None => self.walk = None,
                }
                continue;
            }
            let input = self.pending.pop_front()?;
            if input.as_os_str() == "-" {
                let origin = Origin {
                    encoding: self.options.encoding,
                    ..Origin::default()
                };
                self.current = Some(open(
                    Box::new(io::stdin()),
                    self.options.format,
                    "-".to_string(),
                    origin,
                    &self.options,
                ));
                continue;
            }
            match std::fs::metadata(&input) {
                Ok(m) if m.is_dir() => self.walk = Some(walk::Walk::new(&input)),
                Ok(_) => {
                    let name = input
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned();
                    let format = format_of_name(&name).flatten();
                    let id = input.to_string_lossy().into_owned();
                    let key = file_key(&input);
                    self.current = Some(read_file(&input, format, id, key, &self.options));
                }
                Err(e) => {
                    let e = IngestError::new(input.display().to_string(), e);
                    return Some(Item::Done(Err(e)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
