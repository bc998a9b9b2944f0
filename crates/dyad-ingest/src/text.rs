//! Plain text: bytes to a string, strictly. Text files must be UTF-8 (a BOM is dropped; UTF-16
//! with a BOM is accepted); anything else is an error naming the byte where it goes wrong, so a
//! mis-encoded file is noticed instead of silently turned into mojibake.

use crate::error::ErrorKind;
use encoding_rs::Encoding;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a text document. `charset` is a declared encoding (an HTTP or WARC header), used
/// only when the bytes have no BOM.
pub(crate) fn decode_text(bytes: &[u8], charset: Option<&str>) -> Result<String, ErrorKind> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            // UTF-16: its ASCII has NUL bytes, so no binary check here.
            let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
            return Ok(text.into_owned());
        }
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ErrorKind::Binary {
            offset: offset as u64,
        });
    }
    let (body, base) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, UTF8_BOM.len()),
        None => (bytes, 0),
    };
    if let Some(encoding) = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())) {
        if encoding != encoding_rs::UTF_8 {
            let (text, _) = encoding.decode_without_bom_handling(body);
            return Ok(text.into_owned());
        }
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(ErrorKind::InvalidUtf8 {
            offset: (base + e.valid_up_to()) as u64,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text("مرحبا".as_bytes(), None).unwrap(), "مرحبا");
        assert_eq!(decode_text(b"\xEF\xBB\xBFhello", None).unwrap(), "hello");
    }

    #[test]
    fn invalid_utf8_names_the_byte_in_the_file() {
        let err = decode_text(b"abc\xFFdef", None).unwrap_err();
        assert!(
            matches!(err, ErrorKind::InvalidUtf8 { offset: 3 }),
            "{err:?}"
        );
        // The offset counts the BOM: it is a position in the file as found.
        let err = decode_text(b"\xEF\xBB\xBFab\xC3", None).unwrap_err();
        assert!(
            matches!(err, ErrorKind::InvalidUtf8 { offset: 5 }),
            "{err:?}"
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode_text(b"PK\x03\x04\x00\x00", None).unwrap_err();
        assert!(matches!(err, ErrorKind::Binary { offset: 4 }), "{err:?}");
    }

    #[test]
    fn utf16_with_bom_and_declared_charsets() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_text(&utf16, None).unwrap(), "hi");
        // "Привет" in windows-1251.
        let cp1251 = b"\xCF\xF0\xE8\xE2\xE5\xF2";
        assert_eq!(decode_text(cp1251, Some("windows-1251")).unwrap(), "Привет");
        assert!(decode_text(cp1251, None).is_err());
    }
}
