//! The one error type of ingest: a problem with one input or one document, never fatal for the
//! batch.

use std::fmt;

/// Where inside an input a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a JSON Lines file.
    Line(u64),
    /// 1-based record of a WARC file (every record counts, not only the documents).
    Record(u64),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Record(n) => write!(f, "record {n}"),
        }
    }
}

/// Why an input or a document could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("binary data, not text (at byte {offset})")]
    Binary { offset: u64 },
    #[error("document too large: more than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("no text in the document")]
    Empty,
    #[error("empty line: no record")]
    BlankLine,
    #[error("bad JSON record: {0}")]
    Json(String),
    #[error("bad WARC record: {0}")]
    Warc(String),
    #[error("not a regular file (a FIFO, socket or device): skipped; read it as stdin with '-' if you mean to")]
    NotRegular,
}

/// A problem with one input or one document. It always names the input (`-` for stdin) and,
/// when there is one, the line or record; the batch goes on after it.
#[derive(Debug, thiserror::Error)]
#[error("{path}{}: {kind}", at(.location))]
pub struct IngestError {
    path: String,
    location: Option<Location>,
    /// The id of the record, when the bad record still said which it was.
    record: Option<String>,
    #[source]
    kind: ErrorKind,
}

fn at(location: &Option<Location>) -> String {
    location.map(|l| format!(" ({l})")).unwrap_or_default()
}

impl IngestError {
    pub(crate) fn new(path: impl Into<String>, kind: impl Into<ErrorKind>) -> Self {
        IngestError {
            path: path.into(),
            location: None,
            record: None,
            kind: kind.into(),
        }
    }

    pub(crate) fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// The same place, another problem: for work done after the error's place was known.
    pub(crate) fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }

    pub(crate) fn record(mut self, id: Option<String>) -> Self {
        self.record = id;
        self
    }

    /// The id of the bad record, when it could be read (a JSON Lines record without text).
    pub fn record_id(&self) -> Option<&str> {
        self.record.as_deref()
    }

    /// The input the problem is in, as given (or found in a folder); `-` for stdin.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line or record inside the input, when there is one.
    pub fn location(&self) -> Option<Location> {
        self.location
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The input itself could not be read (a missing path, no permission, not a regular file,
    /// a broken stream), as opposed to one bad document in it.
    pub fn is_unreadable_input(&self) -> bool {
        match &self.kind {
            ErrorKind::NotRegular => true,
            ErrorKind::Io(_) => self.location.is_none(),
            _ => false,
        }
    }

    /// The document was over the size limit.
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_path_and_location() {
        let e = IngestError::new("a/b.jsonl", ErrorKind::Json("expected value".into()))
            .at(Location::Line(3));
        assert_eq!(
            e.to_string(),
            "a/b.jsonl (line 3): bad JSON record: expected value"
        );
        assert_eq!(e.path(), "a/b.jsonl");
        let e = IngestError::new("x.txt", ErrorKind::Binary { offset: 7 });
        assert_eq!(e.to_string(), "x.txt: binary data, not text (at byte 7)");
    }
}
