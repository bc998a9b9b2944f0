//! A count of what the stages' scans read, kept per thread, so that the work of a document can
//! be measured where it is done rather than estimated from its length.
//!
//! A scan that starts at a position and reads back to a line start, forward to a separator, or
//! through a document-wide list (the dateline scan that searched back to the previous newline
//! for every place) costs nothing the estimate sees and allocates nothing, yet is quadratic on
//! text without that separator. Such scans report what they read here ([`read`]); the pipeline
//! adds it to the document's steps (dyad-pipeline's `Work`), so its budget counts them and the
//! linearity tests, which double the input and compare steps, fail on a scan that grows with
//! the position it starts from. Counting, not timing: the same input gives the same count on
//! every machine.
//!
//! Per thread because one document is processed on one thread, start to end: the pipeline
//! reads [`total`] before and after.

use std::cell::Cell;

thread_local! {
    static READ: Cell<u64> = const { Cell::new(0) };
}

/// Records that a scan read `n` bytes or items.
#[inline]
pub fn read(n: usize) {
    READ.with(|c| c.set(c.get().saturating_add(n as u64)));
}

/// Everything scans have read on this thread so far.
pub fn total() -> u64 {
    READ.with(Cell::get)
}

/// `text[..at].rfind(pat)`, counting the bytes it reads.
pub fn rfind_before(text: &str, at: usize, pat: char) -> Option<usize> {
    let found = text[..at].rfind(pat);
    read(at - found.unwrap_or(0));
    found
}

/// `text[at..].find(pat)` as an offset into `text`, counting the bytes it reads.
pub fn find_after(text: &str, at: usize, pat: char) -> Option<usize> {
    let found = text[at..].find(pat).map(|i| at + i);
    read(found.unwrap_or(text.len()) - at);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_count_what_they_read() {
        let before = total();
        let text = "one\ntwo three\nfour";
        assert_eq!(rfind_before(text, 12, '\n'), Some(3));
        assert_eq!(total() - before, 9);
        assert_eq!(find_after(text, 4, '\n'), Some(13));
        assert_eq!(total() - before, 18);
        assert_eq!(find_after(text, 14, '\n'), None);
        assert_eq!(total() - before, 22);
        assert_eq!(rfind_before(text, 3, '\n'), None);
        assert_eq!(total() - before, 25);
    }
}
