//! Embeds every file under the workspace's `data/` folder into the binary, so that dyad runs
//! from anywhere with no data directory beside it, and adding a data file needs no code change.
//!
//! It also compiles `data/script/*.toml` into the tables of the one normaliser (see
//! `src/script.rs`): a folding table over all of Unicode and the script ranges. A malformed
//! script file fails the build with its name and the reason.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

/// The punctuation classes, from the one file that defines them (dyad-core), so that a key the
/// engine does not know fails the build.
#[allow(dead_code)]
mod punct {
    include!("../dyad-core/src/punct.rs");
}
use punct::PunctClass;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        // Generators and what they read or write for review (`gen/`) are not runtime data.
        if p.is_dir() && p.file_name().is_some_and(|n| n == "gen") {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("tsv" | "toml" | "txt" | "json")
        ) {
            out.push(p);
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScriptFile {
    code: String,
    ranges: Vec<String>,
    cased: bool,
    spaced: bool,
    marks: String,
    decompose: bool,
    compatibility: bool,
    #[serde(default)]
    digits: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    fold: BTreeMap<String, String>,
    #[serde(default)]
    translit: BTreeMap<String, String>,
    #[serde(default)]
    punct: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    quote_pairs: Vec<String>,
}

struct Script {
    code: String,
    ranges: Vec<(u32, u32)>,
    cased: bool,
    spaced: bool,
    marks_are_letters: bool,
    decompose: bool,
    compatibility: bool,
    digit_zeros: Vec<u32>,
    ignore: Vec<char>,
    fold: BTreeMap<char, String>,
    translit: BTreeMap<char, String>,
    /// Punctuation marks and the classes they are in.
    punct: Vec<(char, PunctClass)>,
    /// Opening quotation marks and their closing marks.
    quote_pairs: Vec<(char, char)>,
}

fn one_char(s: &str, file: &str, what: &str) -> char {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => c,
        _ => panic!("data/script/{file}: {what} {s:?} is not one character"),
    }
}

fn load_script(file: &str, contents: &str) -> Script {
    let f: ScriptFile =
        toml::from_str(contents).unwrap_or_else(|e| panic!("data/script/{file}: {e}"));
    let ranges = f
        .ranges
        .iter()
        .map(|r| {
            let (a, b) = r
                .split_once('-')
                .unwrap_or_else(|| panic!("data/script/{file}: range {r:?} is not HEX-HEX"));
            let p = |x: &str| {
                u32::from_str_radix(x, 16)
                    .unwrap_or_else(|_| panic!("data/script/{file}: bad code point {x:?}"))
            };
            let (a, b) = (p(a), p(b));
            assert!(a <= b, "data/script/{file}: empty range {r:?}");
            (a, b)
        })
        .collect();
    let marks_are_letters = match f.marks.as_str() {
        "letter" => true,
        "diacritic" => false,
        m => panic!("data/script/{file}: marks = {m:?}: expected \"letter\" or \"diacritic\""),
    };
    assert!(
        file.trim_end_matches(".toml") == f.code,
        "data/script/{file}: code {:?} does not match the file name",
        f.code
    );
    Script {
        code: f.code,
        ranges,
        cased: f.cased,
        spaced: f.spaced,
        marks_are_letters,
        decompose: f.decompose,
        compatibility: f.compatibility,
        digit_zeros: f
            .digits
            .iter()
            .map(|d| one_char(d, file, "digit zero") as u32)
            .collect(),
        ignore: f
            .ignore
            .iter()
            .map(|d| one_char(d, file, "ignored character"))
            .collect(),
        fold: f
            .fold
            .iter()
            .map(|(k, v)| (one_char(k, file, "folded letter"), v.clone()))
            .collect(),
        translit: f
            .translit
            .iter()
            .map(|(k, v)| (one_char(k, file, "transliterated letter"), v.clone()))
            .collect(),
        punct: f
            .punct
            .iter()
            .flat_map(|(key, marks)| {
                let class = PunctClass::from_key(key).unwrap_or_else(|| {
                    panic!(
                        "data/script/{file}: [punct] {key:?} is not a class (known: {:?})",
                        PunctClass::ALL.map(PunctClass::key)
                    )
                });
                marks
                    .iter()
                    .map(move |m| (one_char(m, file, "punctuation mark"), class))
            })
            .collect(),
        quote_pairs: f
            .quote_pairs
            .iter()
            .map(|p| {
                let mut it = p.chars();
                match (it.next(), it.next(), it.next()) {
                    (Some(o), Some(c), None) => (o, c),
                    _ => panic!(
                        "data/script/{file}: quote pair {p:?} is not an opening and a closing mark"
                    ),
                }
            })
            .collect(),
    }
}

/// What one character becomes in matching text.
fn fold(c: char, scripts: &[Script], depth: u32) -> String {
    let cp = c as u32;
    let script = scripts
        .iter()
        .find(|s| s.ranges.iter().any(|&(a, b)| a <= cp && cp <= b));
    let refold = |s: &str| -> String {
        if depth > 4 {
            return s.to_string();
        }
        s.chars().map(|x| fold(x, scripts, depth + 1)).collect()
    };
    let Some(s) = script else {
        // A script with no data: lower case, marks kept (they may be letters).
        return c.to_lowercase().collect();
    };
    if s.ignore.contains(&c) {
        return String::new();
    }
    if let Some(f) = s.fold.get(&c) {
        return if f.chars().eq(std::iter::once(c)) {
            f.to_string()
        } else {
            refold(f).to_lowercase()
        };
    }
    for &z in &s.digit_zeros {
        if (z..z + 10).contains(&cp) {
            return char::from(b'0' + (cp - z) as u8).to_string();
        }
    }
    if is_combining_mark(c) {
        return if s.marks_are_letters {
            c.to_string()
        } else {
            String::new()
        };
    }
    if s.compatibility {
        let mut parts = Vec::new();
        decompose_compatible(c, |d| parts.push(d));
        if parts != [c] {
            return refold(&parts.iter().collect::<String>());
        }
    }
    if s.decompose {
        let mut parts = Vec::new();
        decompose_canonical(c, |d| parts.push(d));
        if parts.len() > 1
            && !is_combining_mark(parts[0])
            && parts[1..].iter().all(|&m| is_combining_mark(m))
        {
            return refold(&parts.iter().collect::<String>());
        }
    }
    c.to_lowercase().collect()
}

fn generate_script_tables(data: &Path) -> String {
    let dir = data.join("script");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/script/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("toml"))
        .collect();
    names.sort();
    let scripts: Vec<Script> = names
        .iter()
        .map(|p| {
            let file = p.file_name().unwrap().to_string_lossy().to_string();
            load_script(&file, &std::fs::read_to_string(p).unwrap())
        })
        .collect();
    // Ranges must not overlap: every code point has one script.
    let mut all: Vec<(u32, u32, usize)> = scripts
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.ranges.iter().map(move |&(a, b)| (a, b, i)))
        .collect();
    all.sort();
    for w in all.windows(2) {
        assert!(
            w[0].1 < w[1].0,
            "data/script: {:04X}-{:04X} of {} overlaps {:04X}-{:04X} of {}",
            w[0].0,
            w[0].1,
            scripts[w[0].2].code,
            w[1].0,
            w[1].1,
            scripts[w[1].2].code
        );
    }

    // The folding table: pages of 256 code points; a page where every character stays itself
    // is page 0. A value is 0 (unchanged), DROP, MULTI | index, or the folded character.
    const DROP: u32 = 0xFFFF_FFFF;
    const MULTI: u32 = 0x8000_0000;
    let mut pages: Vec<[u32; 256]> = vec![[0; 256]];
    let mut page_of = vec![0u16; 0x110000 / 256];
    let mut multi: Vec<String> = Vec::new();
    for (p, slot) in page_of.iter_mut().enumerate() {
        let mut page = [0u32; 256];
        let mut any = false;
        for (k, v) in page.iter_mut().enumerate() {
            let Some(c) = char::from_u32((p * 256 + k) as u32) else {
                continue;
            };
            let f = fold(c, &scripts, 0);
            let mut it = f.chars();
            *v = match (it.next(), it.next()) {
                (None, _) => DROP,
                (Some(x), None) if x == c => 0,
                (Some(x), None) => x as u32,
                _ => {
                    multi.push(f.clone());
                    MULTI | (multi.len() - 1) as u32
                }
            };
            any |= *v != 0;
        }
        if any {
            *slot = pages.len() as u16;
            pages.push(page);
        }
    }
    let mut code = String::new();
    writeln!(code, "pub(crate) const FOLD_DROP: u32 = {DROP:#X};").unwrap();
    writeln!(code, "pub(crate) const FOLD_MULTI: u32 = {MULTI:#X};").unwrap();
    writeln!(
        code,
        "pub(crate) static FOLD_PAGE_OF: [u16; {}] = {:?};",
        page_of.len(),
        page_of
    )
    .unwrap();
    writeln!(
        code,
        "pub(crate) static FOLD_PAGES: [[u32; 256]; {}] = [",
        pages.len()
    )
    .unwrap();
    for p in &pages {
        writeln!(code, "    {p:?},").unwrap();
    }
    code.push_str("];\n");
    writeln!(
        code,
        "pub(crate) static FOLD_STRINGS: &[&str] = &{multi:?};"
    )
    .unwrap();

    // Scripts and their ranges, sorted by start.
    code.push_str("pub(crate) static SCRIPTS: &[ScriptInfo] = &[\n");
    for s in &scripts {
        let mut translit: Vec<(char, String)> = s
            .translit
            .iter()
            .map(|(k, v)| {
                (
                    fold(*k, &scripts, 0).chars().next().unwrap_or(*k),
                    v.clone(),
                )
            })
            .collect();
        translit.sort();
        translit.dedup_by_key(|x| x.0);
        writeln!(
            code,
            "    ScriptInfo {{ code: {:?}, cased: {}, spaced: {}, marks_are_letters: {}, translit: &{:?} }},",
            s.code, s.cased, s.spaced, s.marks_are_letters, translit
        )
        .unwrap();
    }
    code.push_str("];\n");
    writeln!(
        code,
        "pub(crate) static SCRIPT_RANGES: &[(u32, u32, u8)] = &{:?};",
        all.iter()
            .map(|&(a, b, i)| (a, b, i as u8))
            .collect::<Vec<_>>()
    )
    .unwrap();

    // Punctuation: the class bits of each mark, over every script (a mark listed by several
    // scripts is in the union of their classes).
    let mut bits: BTreeMap<char, u16> = BTreeMap::new();
    for s in &scripts {
        for &(c, class) in &s.punct {
            *bits.entry(c).or_default() |= 1 << class as u16;
        }
    }
    let mut ascii = [0u16; 128];
    for (&c, &b) in bits.range(..'\u{80}') {
        ascii[c as usize] = b;
    }
    let other: Vec<(char, u16)> = bits.range('\u{80}'..).map(|(&c, &b)| (c, b)).collect();
    let mut quote_pairs: Vec<(char, char)> = Vec::new();
    for s in &scripts {
        for &(o, c) in &s.quote_pairs {
            assert!(
                !quote_pairs.iter().any(|&(x, _)| x == o),
                "data/script/{}.toml: the quotation mark {o:?} opens two pairs",
                s.code
            );
            quote_pairs.push((o, c));
        }
    }
    writeln!(
        code,
        "pub(crate) static PUNCT: dyad_core::PunctTable = dyad_core::PunctTable {{ ascii: {ascii:?}, other: &{other:?}, quote_pairs: &{quote_pairs:?} }};"
    )
    .unwrap();
    code
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let data = manifest
        .join("../../data")
        .canonicalize()
        .expect("data/ beside the workspace");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut files = Vec::new();
    walk(&data, &mut files);
    files.sort();
    let mut code = String::from("pub(crate) static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&data)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("data_files.rs"), code).unwrap();
    std::fs::write(out.join("script_tables.rs"), generate_script_tables(&data)).unwrap();
}
