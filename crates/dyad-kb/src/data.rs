//! The data files compiled into the binary (everything under the workspace's `data/`).

include!(concat!(env!("OUT_DIR"), "/data_files.rs"));

/// The contents of one embedded data file, by its path relative to `data/`.
pub fn file(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

/// Every embedded file whose path starts with `prefix`, in path order.
pub fn files_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .copied()
        .filter(move |(p, _)| p.starts_with(prefix))
}

/// Splits a TSV data file into rows of fields, skipping the header, blank lines and `#`
/// comments; each row comes with its 1-based line number for error messages.
pub fn tsv_rows(contents: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    contents
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}
