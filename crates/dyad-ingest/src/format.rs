//! Which reader an input needs: from its file name, else from its first bytes.

/// The kinds of input ingest reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One plain-text document (UTF-8).
    Text,
    /// One HTML page.
    Html,
    /// JSON Lines: one record per line.
    Jsonl,
    /// A WARC crawl: many records.
    Warc,
}

/// What a file name says: `Some(Some(format))` for a known extension, `Some(None)` for a bare
/// `.gz` whose content has to be sniffed, `None` for a file that folder walks skip.
/// A `.gz` ending is looked through (`x.jsonl.gz` is JSON Lines); gzip itself is recognised by
/// its magic bytes, whatever the name.
pub fn format_of_name(name: &str) -> Option<Option<Format>> {
    let name = name.to_ascii_lowercase();
    let (inner, gz) = match name.strip_suffix(".gz") {
        Some(inner) => (inner, true),
        None => (name.as_str(), false),
    };
    let ext = inner.rsplit_once('.').map_or("", |(_, e)| e);
    let format = match ext {
        "txt" | "text" | "md" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "jsonlines" | "json" => Some(Format::Jsonl),
        "warc" => Some(Format::Warc),
        _ => None,
    };
    match (format, gz) {
        (Some(f), _) => Some(Some(f)),
        (None, true) => Some(None),
        (None, false) => None,
    }
}

/// Guesses the format of a stream from its first bytes (already gunzipped): JSON Lines if the
/// first non-space byte is `{`, WARC if it starts with `WARC/`, HTML if it opens with a tag
/// and has an HTML tag early on, else plain text.
pub fn sniff(prefix: &[u8]) -> Format {
    let start = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    let start = start.trim_ascii_start();
    if start.starts_with(b"WARC/") {
        return Format::Warc;
    }
    match start.first() {
        Some(b'{') => Format::Jsonl,
        Some(b'<') if looks_like_html(start) => Format::Html,
        _ => Format::Text,
    }
}

fn looks_like_html(start: &[u8]) -> bool {
    const TAGS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<title",
        b"<meta",
        b"<article",
        b"<div",
        b"<p>",
        b"<p ",
    ];
    let window = &start[..start.len().min(4096)];
    let lower = window.to_ascii_lowercase();
    TAGS.iter().any(|t| lower.windows(t.len()).any(|w| w == *t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let t = |n| format_of_name(n);
        assert_eq!(t("a/01_en_x.txt"), Some(Some(Format::Text)));
        assert_eq!(t("README.md"), Some(Some(Format::Text)));
        assert_eq!(t("page.HTM"), Some(Some(Format::Html)));
        assert_eq!(t("x.xhtml"), Some(Some(Format::Html)));
        assert_eq!(t("x.jsonl.gz"), Some(Some(Format::Jsonl)));
        assert_eq!(t("x.ndjson"), Some(Some(Format::Jsonl)));
        assert_eq!(t("crawl.warc.gz"), Some(Some(Format::Warc)));
        assert_eq!(t("x.html.gz"), Some(Some(Format::Html)));
        assert_eq!(t("dump.gz"), Some(None));
        assert_eq!(t("photo.jpg"), None);
        assert_eq!(t("Makefile"), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"  \n{\"id\": 1}"), Format::Jsonl);
        assert_eq!(sniff(b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(sniff(b"\xEF\xBB\xBF<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b"<!-- c --><HTML><body>"), Format::Html);
        assert_eq!(sniff(b"<p>Short fragment</p>"), Format::Html);
        assert_eq!(sniff(b"<Reuters> said on Monday"), Format::Text);
        assert_eq!(sniff("Москва, 7 октября.".as_bytes()), Format::Text);
        assert_eq!(sniff(b""), Format::Text);
    }
}
