//! Extraction on every core: readers hand HTML pages over unextracted, and [`Ahead`] reads a
//! few of them ahead and extracts them on rayon's pool, handing the documents on in input
//! order.
//!
//! Reading (files, gunzip, JSON Lines, WARC records) stays on the caller's thread, one
//! document at a time; only the work per page (charset decoding, main-content extraction,
//! metadata) moves. Extraction is by far the larger part: about 10 ms a page against well
//! under 1 ms to read it.

use crate::IngestError;
use dyad_core::RawDocument;
use rayon::prelude::*;
use std::collections::VecDeque;

/// The work that turns one page read into its document.
pub(crate) type Make = Box<dyn FnOnce() -> Result<RawDocument, IngestError> + Send>;

/// One document as a reader produces it.
// Items pass one at a time, and most are ready documents: boxing those would only add an
// allocation per document.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Item {
    /// Ready (plain text, a JSON Lines text record, or an error).
    Done(Result<RawDocument, IngestError>),
    /// A page whose extraction is left to [`Ahead`]; `bytes` is its size, for the read-ahead
    /// bound.
    Later { bytes: usize, make: Make },
}

impl Item {
    pub(crate) fn later(
        bytes: usize,
        make: impl FnOnce() -> Result<RawDocument, IngestError> + Send + 'static,
    ) -> Item {
        Item::Later {
            bytes,
            make: Box::new(make),
        }
    }

    pub(crate) fn finish(self) -> Result<RawDocument, IngestError> {
        match self {
            Item::Done(d) => d,
            Item::Later { make, .. } => make(),
        }
    }
}

impl From<Result<RawDocument, IngestError>> for Item {
    fn from(d: Result<RawDocument, IngestError>) -> Item {
        Item::Done(d)
    }
}

/// A stream of items, as the readers give them.
pub(crate) type Items = Box<dyn Iterator<Item = Item> + Send>;

/// Pages read ahead per thread of the pool. A read-ahead is done when its slowest page is, so
/// a thread that finishes early waits: with the benchmark's pages (3 to 160 ms each) two
/// threads would be 1.84 times as fast as one with 4 pages each, 1.95 with 8, 1.97 with 16.
const PAGES_PER_THREAD: usize = 8;

/// Bytes of pages read ahead at most (one page may pass it: a document is at most
/// [`crate::MAX_DOCUMENT_BYTES`]).
const MAX_AHEAD_BYTES: usize = 32 * 1024 * 1024;

/// The documents of `items`, in order, pages extracted in parallel.
///
/// A ready item ends a read-ahead: a stream of plain texts (or of JSON Lines text records)
/// is handed on one at a time as before, and a filter reading stdin never waits for lines
/// beyond the one it can answer.
pub(crate) struct Ahead {
    items: Items,
    ready: VecDeque<Result<RawDocument, IngestError>>,
}

impl Ahead {
    pub(crate) fn new(items: Items) -> Self {
        Ahead {
            items,
            ready: VecDeque::new(),
        }
    }

    /// Reads up to the next ready item or the read-ahead bound, and makes those documents.
    fn fill(&mut self) {
        let most = PAGES_PER_THREAD * rayon::current_num_threads();
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < most && bytes < MAX_AHEAD_BYTES {
            match self.items.next() {
                None => break,
                Some(Item::Done(d)) => {
                    batch.push(Item::Done(d));
                    break;
                }
                Some(later @ Item::Later { bytes: b, .. }) => {
                    bytes += b;
                    batch.push(later);
                }
            }
        }
        match batch.len() {
            0 => {}
            1 => self.ready.extend(batch.into_iter().map(Item::finish)),
            _ => {
                let done: Vec<_> = batch.into_par_iter().map(Item::finish).collect();
                self.ready.extend(done);
            }
        }
    }
}

impl Iterator for Ahead {
    type Item = Result<RawDocument, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ready.is_empty() {
            self.fill();
        }
        self.ready.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn doc(id: usize) -> RawDocument {
        RawDocument {
            id: id.to_string(),
            text: format!("text {id}"),
            ..RawDocument::default()
        }
    }

    #[test]
    fn documents_and_errors_keep_their_order() {
        let items: Vec<Item> = (0..40)
            .map(|i| match i % 7 {
                3 => Item::Done(Err(IngestError::new(format!("bad {i}"), ErrorKind::Empty))),
                5 => Item::Done(Ok(doc(i))),
                _ => Item::later(100, move || {
                    // Later pages finish first: order must not follow completion.
                    std::thread::sleep(std::time::Duration::from_millis(40 - i as u64));
                    Ok(doc(i))
                }),
            })
            .collect();
        let got: Vec<String> = Ahead::new(Box::new(items.into_iter()))
            .map(|d| match d {
                Ok(d) => d.id,
                Err(e) => e.path().to_string(),
            })
            .collect();
        let want: Vec<String> = (0..40)
            .map(|i| match i % 7 {
                3 => format!("bad {i}"),
                _ => i.to_string(),
            })
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_ready_document_is_handed_on_without_reading_further() {
        // A filter on stdin answers the line it has before waiting for the next one.
        let first = std::iter::once(Item::Done(Ok(doc(1))));
        let never = std::iter::from_fn(|| -> Option<Item> { panic!("read past a ready item") });
        let mut docs = Ahead::new(Box::new(first.chain(never)));
        assert_eq!(docs.next().unwrap().unwrap().id, "1");
    }

    #[test]
    fn read_ahead_stops_at_its_byte_bound() {
        let pulled = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = std::sync::Arc::clone(&pulled);
        let pages = (0..100).map(move |i| {
            count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Item::later(MAX_AHEAD_BYTES / 2, move || Ok(doc(i)))
        });
        let mut docs = Ahead::new(Box::new(pages));
        assert_eq!(docs.next().unwrap().unwrap().id, "0");
        assert_eq!(pulled.load(std::sync::atomic::Ordering::Relaxed), 2);
    }
}
