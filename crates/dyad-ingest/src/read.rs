//! Bounded reading: every read here stops at a limit, so no input can take more memory than one
//! document (plus a small buffer), however large it is.

use sha2::{Digest, Sha256};
use std::io::{self, BufRead, Read};

/// Reads everything, or `None` when there is more than `limit` bytes (reading stops there).
pub(crate) fn read_limited(reader: impl Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= limit).then_some(buf))
}

/// Reads up to `n` bytes (fewer only at the end of the input), to look at before deciding how
/// to read the rest: `Cursor::new(prefix).chain(reader)` puts them back.
pub(crate) fn peek(reader: &mut impl Read, n: usize) -> io::Result<Vec<u8>> {
    let mut prefix = Vec::with_capacity(n);
    reader.take(n as u64).read_to_end(&mut prefix)?;
    Ok(prefix)
}

/// What [`read_line_limited`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// A line (its `\n` not included) is in the buffer.
    Complete,
    /// The line was longer than the limit; it was skipped, the buffer is empty.
    TooLong,
    /// The input has ended.
    Eof,
}

/// Reads one `\n`-terminated line into `buf` (cleared first), keeping at most `limit` bytes:
/// a longer line is consumed and dropped.
pub(crate) fn read_line_limited(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Line> {
    buf.clear();
    let mut seen = 0usize;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            // The last line may lack its `\n`.
            return Ok(match (seen, too_long) {
                (0, _) => Line::Eof,
                (_, true) => Line::TooLong,
                _ => Line::Complete,
            });
        }
        let (chunk, done) = match memchr(b'\n', available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        seen += chunk.len() + usize::from(done.is_some());
        if !too_long {
            if buf.len() + chunk.len() > limit {
                too_long = true;
                buf.clear();
                buf.shrink_to(64 * 1024);
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(if too_long {
                Line::TooLong
            } else {
                Line::Complete
            });
        }
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Reads and drops exactly `n` bytes; fails on a short input.
pub(crate) fn skip_exact(reader: &mut impl Read, n: u64) -> io::Result<()> {
    let copied = io::copy(&mut reader.take(n), &mut io::sink())?;
    if copied < n {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("input ended {} bytes early", n - copied),
        ));
    }
    Ok(())
}

/// Lowercase hex SHA-256.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    #[test]
    fn limited_read_stops_at_the_limit() {
        assert_eq!(read_limited(&b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_limited(&b"abcd"[..], 3).unwrap(), None);
        // A huge input is not read past the limit.
        assert_eq!(
            read_limited(io::repeat(b'x').take(u64::MAX), 10).unwrap(),
            None
        );
    }

    #[test]
    fn lines_are_bounded() {
        // A tiny buffer makes lines span several fill_buf calls.
        let mut r = BufReader::with_capacity(3, &b"ab\nabcdefgh\n\nxyz"[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            match read_line_limited(&mut r, &mut buf, 5).unwrap() {
                Line::Eof => break,
                Line::TooLong => got.push("<long>".to_string()),
                Line::Complete => got.push(String::from_utf8(buf.clone()).unwrap()),
            }
        }
        assert_eq!(got, ["ab", "<long>", "", "xyz"]);
    }

    #[test]
    fn hash_is_lowercase_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
