//! WARC crawls (1.0 and 1.1, plain or gzipped record by record): one record at a time.
//!
//! Documents are `response` records holding an HTTP response with status 2xx and content type
//! `text/html`/`application/xhtml+xml` (or `text/plain`), and `resource`/`conversion` records of
//! `text/plain` or `text/html`. Every other record is skipped unread (its bytes streamed past).
//! The HTTP body is de-chunked (`Transfer-Encoding: chunked`) and decompressed
//! (`Content-Encoding: gzip`/`deflate`); crawlers that stored it decoded but kept the header are
//! tolerated. The url is `WARC-Target-URI`; `WARC-Date` is the crawl time, never a publication
//! date: it is passed on as `crawled`, which only bounds the publication date from above.
//!
//! Hand-written rather than the `warc` crate (0.4): that one buffers record bodies with no
//! limit, brings nom, libflate and an old uuid, and cannot skip uninteresting records unread.

use crate::ahead::Item;
use crate::decode::{self, Media};
use crate::error::{ErrorKind, IngestError, Location};
use crate::read::{read_limited, skip_exact};
use crate::{Origin, MAX_DOCUMENT_BYTES};
use dyad_core::RawDocument;
use std::io::{self, BufRead, Read};

/// A WARC header block larger than this is not a WARC header.
const MAX_HEADER_BYTES: u64 = 1 << 20;

/// The documents of one WARC stream.
pub(crate) struct WarcReader<R> {
    reader: R,
    label: String,
    /// The file's path and the options every record's origin shares.
    origin: Origin,
    record: u64,
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    pub(crate) fn new(reader: R, label: String, origin: Origin) -> Self {
        WarcReader {
            reader,
            label,
            origin,
            record: 0,
            done: false,
        }
    }

    fn error(&self, kind: ErrorKind) -> IngestError {
        IngestError::new(self.label.clone(), kind).at(Location::Record(self.record))
    }

    /// The next record: `Ok(None)` at the end, `Ok(Some(None))` for a record that holds no
    /// document. An `Err` leaves the stream where it cannot be resynchronised.
    fn next_record(&mut self) -> Result<Option<Option<Item>>, ErrorKind> {
        // Records are separated by CRLF CRLF; be lenient about how many.
        loop {
            let buf = self.reader.fill_buf()?;
            match buf.iter().position(|&b| b != b'\r' && b != b'\n') {
                _ if buf.is_empty() => return Ok(None),
                Some(i) => {
                    self.reader.consume(i);
                    break;
                }
                None => {
                    let n = buf.len();
                    self.reader.consume(n);
                }
            }
        }
        self.record += 1;
        let headers = read_header_block(&mut self.reader)?;
        let version = headers.first_line.trim();
        if !version.starts_with("WARC/") {
            return Err(ErrorKind::Warc(format!(
                "expected a WARC/1.x header, found {version:.40?}"
            )));
        }
        let length: u64 = headers
            .get("content-length")
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| ErrorKind::Warc("no valid Content-Length".into()))?;
        let kind = headers
            .get("warc-type")
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let content_type = headers
            .get("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let wanted = match kind.as_str() {
            "response" => content_type.starts_with("application/http"),
            "resource" | "conversion" => media_type(&content_type).is_some(),
            _ => false,
        };
        if !wanted {
            skip_exact(&mut self.reader, length)?;
            return Ok(Some(None));
        }
        if length > MAX_DOCUMENT_BYTES {
            skip_exact(&mut self.reader, length)?;
            let limit = MAX_DOCUMENT_BYTES;
            return Ok(Some(Some(Item::Done(Err(
                self.error(ErrorKind::TooLarge { limit })
            )))));
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut self.reader).take(length).read_to_end(&mut block)?;
        if (block.len() as u64) < length {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "record cut short").into());
        }
        let url = headers
            .get("warc-target-uri")
            .map(|u| {
                u.trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            })
            .filter(|u| !u.is_empty());
        // A record is known by its address: a later capture of the same page replaces it.
        let origin = Origin {
            id: None,
            path: self.origin.path.clone(),
            key: url.clone(),
            url,
            encoding: self.origin.encoding,
        };
        let body = if kind == "response" {
            match http_response(block) {
                None => return Ok(Some(None)),
                Some(Err(e)) => return Ok(Some(Some(Item::Done(Err(self.error(e)))))),
                Some(Ok(body)) => body,
            }
        } else {
            let (media, charset) = media_type(&content_type).unwrap_or((Media::Text, None));
            Body {
                bytes: block,
                media,
                charset,
            }
        };
        let crawled = headers
            .get("warc-date")
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_string);
        let error = self.error(ErrorKind::Empty);
        let (media, bytes) = (body.media, body.bytes.len());
        let make = move || {
            let doc = decode::document(&body.bytes, body.media, body.charset.as_deref(), &origin);
            doc.map(|d| RawDocument { crawled, ..d })
                .map_err(|k| error.with_kind(k))
        };
        Ok(Some(Some(match media {
            Media::Html => Item::later(bytes, make),
            Media::Text => Item::Done(make()),
        })))
    }
}

/// The document an HTTP response or a resource record holds: its bytes (de-chunked and
/// decompressed), what they are and the charset declared for them.
struct Body {
    bytes: Vec<u8>,
    media: Media,
    charset: Option<String>,
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(None) => self.done = true,
                Ok(Some(None)) => continue,
                Ok(Some(Some(item))) => return Some(item),
                Err(kind) => {
                    self.done = true;
                    return Some(Item::Done(Err(self.error(kind))));
                }
            }
        }
        None
    }
}

/// A header block: a first line, then `Name: value` lines, up to an empty line.
struct Headers {
    first_line: String,
    fields: Vec<(String, String)>,
}

impl Headers {
    /// The value of a field, by lowercase name.
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn parse(block: &str) -> Headers {
        let mut lines = block.lines();
        let first_line = lines.next().unwrap_or("").to_string();
        let mut fields: Vec<(String, String)> = Vec::new();
        for line in lines {
            if line.starts_with([' ', '\t']) {
                // A folded continuation line.
                if let Some((_, v)) = fields.last_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
            } else if let Some((k, v)) = line.split_once(':') {
                fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        Headers { first_line, fields }
    }
}

fn read_header_block(reader: &mut impl BufRead) -> Result<Headers, ErrorKind> {
    let mut block = Vec::new();
    let mut limited = reader.take(MAX_HEADER_BYTES);
    loop {
        let start = block.len();
        if limited.read_until(b'\n', &mut block)? == 0 {
            return Err(ErrorKind::Warc("input ends inside a record header".into()));
        }
        let line = &block[start..];
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        if !line.ends_with(b"\n") {
            return Err(ErrorKind::Warc("record header too long".into()));
        }
    }
    Ok(Headers::parse(&String::from_utf8_lossy(&block)))
}

/// The document media types, with the charset parameter if any.
fn media_type(content_type: &str) -> Option<(Media, Option<String>)> {
    let mut parts = content_type.split(';');
    let media = match parts.next()?.trim() {
        "text/html" | "application/xhtml+xml" => Media::Html,
        "text/plain" => Media::Text,
        _ => return None,
    };
    let charset = parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim() == "charset").then(|| v.trim().trim_matches('"').to_string())
    });
    Some((media, charset))
}

/// The document in an HTTP response block, or `None` when it holds none (not 2xx, not text).
fn http_response(block: Vec<u8>) -> Option<Result<Body, ErrorKind>> {
    let (head_len, body_start) = match find(&block, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match find(&block, b"\n\n") {
            Some(i) => (i, i + 2),
            // Headers only, no body.
            None => (block.len(), block.len()),
        },
    };
    let headers = Headers::parse(&String::from_utf8_lossy(&block[..head_len]));
    let status = headers
        .first_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok());
    if !headers.first_line.starts_with("HTTP/") || !matches!(status, Some(200..=299)) {
        return None;
    }
    let (media, charset) = media_type(&headers.get("content-type")?.to_ascii_lowercase())?;
    let mut body = block;
    body.drain(..body_start);
    let chunked = headers
        .get("transfer-encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    if chunked {
        match dechunk(&body) {
            Ok(Some(plain)) => body = plain,
            Ok(None) => {} // stored already de-chunked
            Err(e) => return Some(Err(e)),
        }
    }
    if let Some(encoding) = headers.get("content-encoding") {
        match decompress(body, &encoding.trim().to_ascii_lowercase()) {
            Ok(plain) => body = plain,
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(Body {
        bytes: body,
        media,
        charset,
    }))
}

/// Undoes `Transfer-Encoding: chunked`; `Ok(None)` when the body does not start with a chunk
/// size (some crawlers store the body de-chunked and keep the header).
fn dechunk(body: &[u8]) -> Result<Option<Vec<u8>>, ErrorKind> {
    let bad = |why: &str| ErrorKind::Warc(format!("bad chunked encoding: {why}"));
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    let mut first = true;
    loop {
        let Some(eol) = find(rest, b"\n") else {
            // A body cut after its last chunk (no `0` chunk) keeps what it has.
            return if first { Ok(None) } else { Ok(Some(out)) };
        };
        let line = String::from_utf8_lossy(&rest[..eol]);
        let size_text = line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            return if first {
                Ok(None)
            } else {
                Err(bad("chunk size is not hex"))
            };
        };
        first = false;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Ok(Some(out));
        }
        if size > rest.len() {
            // Truncated last chunk: keep what is there.
            out.extend_from_slice(rest);
            return Ok(Some(out));
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

/// Undoes `Content-Encoding`, within the document size limit.
fn decompress(body: Vec<u8>, encoding: &str) -> Result<Vec<u8>, ErrorKind> {
    let limit = MAX_DOCUMENT_BYTES;
    let too_large = ErrorKind::TooLarge { limit };
    let decoded = match encoding {
        "" | "identity" | "none" => return Ok(body),
        // Stored decoded despite the header.
        "gzip" | "x-gzip" if !body.starts_with(&[0x1f, 0x8b]) => return Ok(body),
        "gzip" | "x-gzip" => read_limited(flate2::read::MultiGzDecoder::new(&body[..]), limit),
        "deflate" => {
            // Servers send zlib-wrapped or raw deflate; try the first, then the second.
            match read_limited(flate2::read::ZlibDecoder::new(&body[..]), limit) {
                Ok(d) => Ok(d),
                Err(_) => read_limited(flate2::read::DeflateDecoder::new(&body[..]), limit),
            }
        }
        other => {
            return Err(ErrorKind::Warc(format!(
                "unsupported Content-Encoding {other:?}"
            )))
        }
    };
    let decoded = decoded.map_err(|e| ErrorKind::Warc(format!("bad {encoding} body: {e}")))?;
    decoded.ok_or(too_large)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::sha256_hex;
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;

    /// One WARC record with a correct Content-Length.
    fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-23T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:{n:08}-0000-0000-0000-000000000000>\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len(),
            n = block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        r.extend_from_slice(body);
        r
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    const PAGE: &str = "<html><head><title>Moscow talks</title></head><body><article><p>Delegations from Russia, China, Pakistan and Iran met in Moscow on Tuesday to discuss the situation in Afghanistan, the foreign ministry said in a statement after the talks.</p></article></body></html>";

    fn sample_warc() -> Vec<u8> {
        let http_msg = "application/http; msgtype=response";
        let mut chunked = Vec::new();
        for part in PAGE.as_bytes().chunks(50) {
            chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            chunked.extend_from_slice(part);
            chunked.extend_from_slice(b"\r\n");
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        let mut w = Vec::new();
        w.extend(record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ));
        w.extend(record(
            "request",
            "https://a.example/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ));
        // 1. plain HTML response
        w.extend(record(
            "response",
            "<https://a.example/1>",
            http_msg,
            &http(
                "Content-Type: text/html; charset=utf-8\r\n",
                PAGE.as_bytes(),
            ),
        ));
        // 2. chunked + gzip
        let mut gz_chunked = Vec::new();
        let gz = gzip(PAGE.as_bytes());
        gz_chunked.extend_from_slice(format!("{:x}\r\n", gz.len()).as_bytes());
        gz_chunked.extend_from_slice(&gz);
        gz_chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        w.extend(record("response", "https://a.example/2", http_msg, &http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", &gz_chunked)));
        // 3. chunked only
        w.extend(record(
            "response",
            "https://a.example/3",
            http_msg,
            &http(
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &chunked,
            ),
        ));
        // skipped: an image, a 404, a redirect
        w.extend(record(
            "response",
            "https://a.example/x.png",
            http_msg,
            &http("Content-Type: image/png\r\n", b"\x89PNG\x00\x00"),
        ));
        w.extend(record(
            "response",
            "https://a.example/404",
            http_msg,
            &b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"[..],
        ));
        w.extend(record(
            "metadata",
            "https://a.example/1",
            "application/warc-fields",
            b"outlink: x\r\n",
        ));
        // 4. text/plain resource
        w.extend(record(
            "resource",
            "file:///notes.txt",
            "text/plain",
            "Лавров прибыл в Исламабад.".as_bytes(),
        ));
        // 5. an HTML page in windows-1251
        let cp1251 = b"<html><body><article><p>\xcf\xf0\xe8\xe2\xe5\xf2 \xcc\xee\xf1\xea\xe2\xe0, this page is long enough to be kept by the extractor as main content of the article.</p></article></body></html>";
        w.extend(record(
            "response",
            "https://a.example/ru",
            http_msg,
            &http("Content-Type: text/html; charset=windows-1251\r\n", cp1251),
        ));
        w
    }

    fn origin(path: &str) -> Origin {
        Origin {
            path: Some(path.into()),
            ..Origin::default()
        }
    }

    fn read(bytes: &[u8]) -> Vec<Result<RawDocument, IngestError>> {
        WarcReader::new(bytes, "c.warc".into(), origin("c.warc"))
            .map(Item::finish)
            .collect()
    }

    #[test]
    fn reads_documents_and_skips_the_rest() {
        let docs: Vec<RawDocument> = read(&sample_warc())
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs.len(), 5, "{docs:#?}");
        for d in &docs[..3] {
            assert!(
                d.text.contains("Delegations from Russia, China"),
                "{}",
                d.text
            );
            assert_eq!(
                d.hash,
                sha256_hex(PAGE.as_bytes()),
                "the hash is of the decoded page"
            );
            assert_eq!(d.id, d.hash);
            assert_eq!(d.published, None, "WARC-Date is not a publication date");
            assert_eq!(d.crawled.as_deref(), Some("2024-05-23T10:00:00Z"));
            assert_eq!(d.path.as_deref(), Some("c.warc"));
        }
        let urls: Vec<_> = docs.iter().map(|d| d.url.as_deref().unwrap()).collect();
        assert_eq!(
            urls,
            [
                "https://a.example/1",
                "https://a.example/2",
                "https://a.example/3",
                "file:///notes.txt",
                "https://a.example/ru"
            ]
        );
        assert_eq!(docs[3].text, "Лавров прибыл в Исламабад.");
        assert!(docs[4].text.contains("Привет Москва"), "{}", docs[4].text);
    }

    #[test]
    fn gzipped_per_record() {
        // .warc.gz: every record its own gzip member.
        let mut gz = Vec::new();
        let warc = sample_warc();
        let mut start = 0;
        for i in 1..warc.len() {
            if warc[i..].starts_with(b"WARC/1.1\r\n") {
                gz.extend(gzip(&warc[start..i]));
                start = i;
            }
        }
        gz.extend(gzip(&warc[start..]));
        let reader = io::BufReader::new(flate2::read::MultiGzDecoder::new(&gz[..]));
        let docs: Vec<_> = WarcReader::new(reader, "c.warc.gz".into(), Origin::default())
            .map(Item::finish)
            .collect();
        assert_eq!(docs.len(), 5);
        assert!(docs.iter().all(Result::is_ok));
    }

    #[test]
    fn errors_name_the_record() {
        let mut w = record(
            "response",
            "https://a.example/bad",
            "application/http; msgtype=response",
            &http(
                "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                b"\x1b\x00",
            ),
        );
        w.extend(record(
            "resource",
            "file:///x.txt",
            "text/plain",
            b"ok text",
        ));
        w.extend(b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nshort");
        let docs = read(&w);
        assert_eq!(docs.len(), 3);
        let e = docs[0].as_ref().unwrap_err();
        assert_eq!(e.location(), Some(Location::Record(1)));
        assert!(
            e.to_string()
                .starts_with("c.warc (record 1): bad WARC record: unsupported Content-Encoding"),
            "{e}"
        );
        assert_eq!(docs[1].as_ref().unwrap().text, "ok text");
        let e = docs[2].as_ref().unwrap_err();
        assert_eq!(e.location(), Some(Location::Record(3)));
    }

    #[test]
    fn not_a_warc() {
        let docs = read(b"hello\r\n\r\n");
        assert_eq!(docs.len(), 1);
        assert!(docs[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("expected a WARC/1.x header"));
    }

    #[test]
    fn oversized_record_is_skipped_unread() {
        let big = MAX_DOCUMENT_BYTES + 1;
        let header = format!("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: {big}\r\n\r\n");
        let body = io::repeat(b'a').take(big);
        let tail = record("resource", "file:///y.txt", "text/plain", b"after");
        let stream = io::BufReader::new(
            header
                .as_bytes()
                .chain(body)
                .chain(&b"\r\n\r\n"[..])
                .chain(&tail[..]),
        );
        let docs: Vec<_> = WarcReader::new(stream, "big.warc".into(), Origin::default())
            .map(Item::finish)
            .collect();
        assert_eq!(docs.len(), 2);
        assert!(docs[0].as_ref().unwrap_err().is_too_large());
        assert_eq!(docs[1].as_ref().unwrap().text, "after");
    }

    #[test]
    fn dechunking() {
        assert_eq!(
            dechunk(b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
                .unwrap()
                .unwrap(),
            b"abcde"
        );
        assert_eq!(dechunk(b"<html>").unwrap(), None);
        assert_eq!(dechunk(b"3\r\nabc\r\n").unwrap().unwrap(), b"abc");
        assert!(dechunk(b"3\r\nabc\r\nzz\r\n").is_err());
    }
}
