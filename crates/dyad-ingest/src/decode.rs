//! Bytes to text: which character encoding a text file or an HTML page is in, and the document
//! made of it.
//!
//! In order: an encoding forced by the user (`--encoding`); a byte-order mark; for HTML, valid
//! UTF-8 (almost never anything else, whatever the page says), then the charset declared by the
//! transport (HTTP or WARC header) or a `<meta>` in the first 4 KB; for text, the declared
//! charset, then valid UTF-8; last, a guess from the bytes by `chardetng` (the detector Firefox
//! uses for legacy pages), which is reported as a diagnostic on the document. The encoding used
//! and how it was chosen are kept on the document (`doc.encoding`).
//!
//! Bytes that are not text at all (NUL bytes outside UTF-16, or mostly control characters once
//! decoded) are an error rather than a document of mojibake.

use crate::error::ErrorKind;
use crate::read::sha256_hex;
use crate::{html, Origin};
use dyad_core::{Diagnostic, RawDocument};
use encoding_rs::Encoding;
use regex::bytes::Regex;
use std::sync::LazyLock;

/// Whether the bytes are a page of HTML or plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Media {
    Html,
    Text,
}

/// The encoding named by `label` (`utf-8`, `cp1256`, `windows-1256`, `koi8-r`, `shift_jis`…:
/// the WHATWG labels), or `None` for a label no browser knows.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// One document from the bytes of a text file or an HTML page. `declared` is a charset given
/// by the transport (an HTTP or WARC header).
pub(crate) fn document(
    bytes: &[u8],
    media: Media,
    declared: Option<&str>,
    origin: &Origin,
) -> Result<RawDocument, ErrorKind> {
    let hash = sha256_hex(bytes);
    let decoded = decode(bytes, media, declared, origin.encoding)?;
    let mut doc = match media {
        Media::Html => html::extract(&decoded.text, origin, hash),
        Media::Text => RawDocument {
            id: origin.id.clone().unwrap_or_else(|| hash.clone()),
            hash,
            path: origin.path.clone(),
            url: origin.url.clone(),
            key: origin.key.clone(),
            text: decoded.text,
            ..RawDocument::default()
        },
    };
    if decoded.encoding.from == "detected" {
        doc.diagnostics.insert(
            0,
            Diagnostic {
                stage: "ingest",
                message: format!(
                    "no encoding declared and not UTF-8: decoded as {} (detected; --encoding forces one)",
                    decoded.encoding.name
                ),
            },
        );
    }
    doc.encoding = Some(decoded.encoding);
    if doc.text.trim().is_empty() {
        return Err(ErrorKind::Empty);
    }
    Ok(doc)
}

pub(crate) struct Decoded {
    pub text: String,
    pub encoding: dyad_core::Encoding,
}

/// Decodes text or HTML by the order in the module doc.
pub(crate) fn decode(
    bytes: &[u8],
    media: Media,
    declared: Option<&str>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, ErrorKind> {
    let with = |encoding: &'static Encoding, body: &[u8], from: &'static str| {
        let (text, _) = encoding.decode_without_bom_handling(body);
        Decoded {
            text: text.into_owned(),
            encoding: dyad_core::Encoding {
                name: encoding.name().to_string(),
                from: from.to_string(),
            },
        }
    };
    let (bom, bom_len) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (Some(e), n),
        None => (None, 0),
    };
    if let Some(forced) = forced {
        // A BOM of the forced encoding is still not text.
        let skip = if bom == Some(forced) { bom_len } else { 0 };
        return not_binary(with(forced, &bytes[skip..], "forced"));
    }
    if let Some(bom) = bom {
        // UTF-16's ASCII has NUL bytes, so no binary check on the bytes.
        return not_binary(with(bom, &bytes[bom_len..], "bom"));
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(ErrorKind::Binary {
            offset: offset as u64,
        });
    }
    let declared = declared
        .and_then(encoding_for_label)
        .or_else(|| match media {
            Media::Html => meta_charset(bytes),
            Media::Text => None,
        });
    let valid = std::str::from_utf8(bytes).ok();
    let utf8 = valid.is_some();
    let choice = match (media, declared, utf8) {
        (Media::Html, _, true) => None,
        (_, Some(d), _) if d == encoding_rs::UTF_8 && utf8 => None,
        (_, Some(d), _) if d != encoding_rs::UTF_8 => Some((d, "declared")),
        (_, _, true) => None,
        // Declared UTF-8 that is not, or nothing declared: guess.
        (_, _, false) => Some((detect(bytes), "detected")),
    };
    match choice {
        None => Ok(Decoded {
            // Checked valid above (kept, not checked again: this runs on every byte).
            text: valid.map_or_else(
                || String::from_utf8_lossy(bytes).into_owned(),
                str::to_owned,
            ),
            encoding: dyad_core::Encoding {
                name: encoding_rs::UTF_8.name().to_string(),
                from: "utf-8".to_string(),
            },
        }),
        Some((e, from)) => not_binary(with(e, bytes, from)),
    }
}

/// The most likely legacy encoding of bytes that are not UTF-8.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // The detector needs no more than a good sample; bound its work on huge inputs.
    let sample = &bytes[..bytes.len().min(256 * 1024)];
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// The charset of a `<meta charset>` or `<meta http-equiv content="…; charset=…">` in the first
/// 4 KB of a page.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(4096)];
    let label = META_CHARSET.captures(head)?;
    Encoding::for_label(label[1].trim_ascii())
}

/// Text whose characters are mostly controls was not text in that encoding.
fn not_binary(d: Decoded) -> Result<Decoded, ErrorKind> {
    let (mut controls, mut total) = (0usize, 0usize);
    for c in d.text.chars().take(64 * 1024) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 10 > total {
        let offset = d
            .text
            .char_indices()
            .find(|(_, c)| c.is_control() && !c.is_whitespace())
            .map_or(0, |(i, _)| i as u64);
        return Err(ErrorKind::Binary { offset });
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8], media: Media, declared: Option<&str>) -> (String, String, String) {
        let d = decode(bytes, media, declared, None).unwrap();
        (d.text, d.encoding.name, d.encoding.from)
    }

    /// "تعزيز العلاقات الثنائية بين روسيا وباكستان" in windows-1256.
    const CP1256: &[u8] = b"\xca\xda\xd2\xed\xd2 \xc7\xe1\xda\xe1\xc7\xde\xc7\xca \xc7\xe1\xcb\xe4\xc7\xc6\xed\xc9 \xc8\xed\xe4 \xd1\xe6\xd3\xed\xc7 \xe6\xc8\xc7\xdf\xd3\xca\xc7\xe4";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            text("مرحبا".as_bytes(), Media::Text, None),
            ("مرحبا".into(), "UTF-8".into(), "utf-8".into())
        );
        assert_eq!(
            text(b"\xEF\xBB\xBFhello", Media::Text, None),
            ("hello".into(), "UTF-8".into(), "bom".into())
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            text(&utf16, Media::Text, None),
            ("hi".into(), "UTF-16LE".into(), "bom".into())
        );
    }

    #[test]
    fn legacy_arabic_without_a_charset_is_detected() {
        let (t, name, from) = text(CP1256, Media::Text, None);
        assert_eq!(
            (t.as_str(), name.as_str(), from.as_str()),
            (
                "تعزيز العلاقات الثنائية بين روسيا وباكستان",
                "windows-1256",
                "detected"
            )
        );
        let mut page = b"<html><body><p>".to_vec();
        page.extend_from_slice(CP1256);
        page.extend_from_slice(b"</p></body></html>");
        let (t, name, from) = text(&page, Media::Html, None);
        assert!(t.contains("روسيا وباكستان"), "{t}");
        assert_eq!((name.as_str(), from.as_str()), ("windows-1256", "detected"));
    }

    #[test]
    fn declared_and_forced() {
        let cp1251 = b"\xCF\xF0\xE8\xE2\xE5\xF2";
        assert_eq!(
            text(cp1251, Media::Text, Some("windows-1251")),
            ("Привет".into(), "windows-1251".into(), "declared".into())
        );
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>\xe3\xd1\xcd\xc8\xc7</body></html>";
        let (t, name, from) = text(page, Media::Html, None);
        assert!(t.contains("مرحبا"));
        assert_eq!((name.as_str(), from.as_str()), ("windows-1256", "declared"));
        // A page that is valid UTF-8 is UTF-8 whatever it declares.
        let (t, _, from) = text("<p>Привет</p>".as_bytes(), Media::Html, Some("iso-8859-1"));
        assert!(t.contains("Привет") && from == "utf-8");
        // Forced wins over everything, even valid UTF-8.
        let forced = encoding_for_label("koi8-r");
        let d = decode(cp1251, Media::Text, Some("windows-1251"), forced).unwrap();
        assert_eq!(
            (d.encoding.name.as_str(), d.encoding.from.as_str()),
            ("KOI8-R", "forced")
        );
        assert!(encoding_for_label("no-such-encoding").is_none());
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00", Media::Text, None, None),
            Err(ErrorKind::Binary { offset: 4 })
        ));
        assert!(matches!(
            decode(b"<p>\x00\x01", Media::Html, None, None),
            Err(ErrorKind::Binary { offset: 3 })
        ));
        // No NUL, but control characters throughout: not text in any encoding.
        let noise: Vec<u8> = (0..2000u32)
            .map(|i| [0x01, 0x02, 0x9c, 0x1b, 0x41][(i % 5) as usize])
            .collect();
        assert!(matches!(
            decode(&noise, Media::Text, None, None),
            Err(ErrorKind::Binary { .. })
        ));
    }
}
