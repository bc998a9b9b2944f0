//! Importers for the PETRARCH/CAMEO dictionaries that are not actor lists: verbs (synsets,
//! verb blocks and their patterns), agents (generic nouns with a code to add to an actor's) and
//! discards (phrases that void a sentence or a whole story). Each is turned into dyad's own
//! tab-separated lexicon rows, written into the dictionary directory as a layer.
//!
//! A verb dictionary (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`) holds:
//! - synsets: an `&NAME` line and `+member` lines, used inside patterns;
//! - verb blocks: `--- NAME [code] ---`, then verb lines `VERB {irregular forms} [code]` (a `+`
//!   marks the inflected word of a multi-word verb: `+BREAK_DOWN`, `WIRE_+TAP`), then pattern
//!   lines `- words * words [code]`, where `*` is the verb, `$` the source, `+` the target, `%`
//!   actors acting together, `^` a phrase skipped, words joined by `_` are adjacent and words
//!   apart may have others between them;
//! - transformations (`~ ...`), which are not imported (counted).
//!
//! Codes are kept verbatim (`223`, `174K`, `032:033`); their PLOVER reading comes from
//! `data/events/cameo2plover.tsv` (PLOVER's crosswalk), else `data/events/cameo_extra.tsv`,
//! else the crosswalk's or the table's row of the code's two-digit root, else the reading of
//! the block's own code. `---` (and codes with no letter or digit) code nothing: such a
//! pattern is imported with weight 0, so that as the longer match it keeps the bare verb from
//! coding.

use crate::data::{file, tsv_rows};
use crate::KbError;
use dyad_core::EventType;
use std::collections::{BTreeMap, HashMap};

/// A PLOVER reading of a CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub kind: EventType,
    pub mode: String,
    /// Comma-separated PLOVER contexts.
    pub context: String,
}

/// Where a code's reading came from (the importer reports how many codes went which way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Via {
    Crosswalk,
    Table,
    CrosswalkRoot,
    TableRoot,
    Block,
    Null,
    Unread,
}

impl Via {
    pub fn describe(self) -> &'static str {
        match self {
            Via::Crosswalk => "read from PLOVER's crosswalk (cameo2plover.tsv)",
            Via::Table => {
                "read from dyad's table of codes without a crosswalk row (cameo_extra.tsv)"
            }
            Via::CrosswalkRoot => "read from the crosswalk row of their two-digit root",
            Via::TableRoot => "read from cameo_extra.tsv's row of their two-digit root",
            Via::Block => "read as their verb block's own code (no reading of their own)",
            Via::Null => "null codes (---): patterns that code nothing",
            Via::Unread => "no reading at all: their patterns code nothing",
        }
    }
}

/// The crosswalk and dyad's own table.
#[derive(Debug, Clone, Default)]
pub struct Readings {
    crosswalk: HashMap<String, Reading>,
    extra: HashMap<String, Reading>,
}

fn load_readings(path: &str, out: &mut HashMap<String, Reading>) -> Result<(), KbError> {
    let contents = file(path).ok_or_else(|| KbError::new(path, 0, "missing data file"))?;
    for (line, f) in tsv_rows(contents) {
        if f.len() < 2 {
            return Err(KbError::new(
                path,
                line,
                "expected cameo, type, mode, context",
            ));
        }
        let kind: EventType = f[1].parse().map_err(|e| KbError::new(path, line, e))?;
        out.entry(f[0].to_string()).or_insert(Reading {
            kind,
            mode: f.get(2).copied().unwrap_or("").to_string(),
            context: f.get(3).copied().unwrap_or("").to_string(),
        });
    }
    Ok(())
}

/// Does a code code nothing (`---`, `###`, `+++`)?
pub fn is_null_code(code: &str) -> bool {
    !code.chars().any(|c| c.is_ascii_alphanumeric())
}

impl Readings {
    pub fn builtin() -> Result<Self, KbError> {
        let mut r = Readings::default();
        load_readings("events/cameo2plover.tsv", &mut r.crosswalk)?;
        load_readings("events/cameo_extra.tsv", &mut r.extra)?;
        Ok(r)
    }

    /// The reading of one code (not a pair), and where it came from.
    pub fn read(&self, code: &str) -> (Option<&Reading>, Via) {
        if is_null_code(code) {
            return (None, Via::Null);
        }
        if let Some(r) = self.crosswalk.get(code) {
            return (Some(r), Via::Crosswalk);
        }
        if let Some(r) = self.extra.get(code) {
            return (Some(r), Via::Table);
        }
        let root = code
            .get(..2)
            .filter(|r| r.bytes().all(|b| b.is_ascii_digit()));
        if let Some(root) = root {
            if let Some(r) = self.crosswalk.get(root) {
                return (Some(r), Via::CrosswalkRoot);
            }
            if let Some(r) = self.extra.get(root) {
                return (Some(r), Via::TableRoot);
            }
        }
        (None, Via::Unread)
    }

    /// The reading of a code, else of the first of its block's codes (the verb's own, the
    /// block's) that has one.
    pub fn read_in_block(&self, code: &str, block: &[&str]) -> (Option<&Reading>, Via) {
        match self.read(code) {
            (None, Via::Unread) => block
                .iter()
                .find_map(|b| self.read(split_pair(b).0).0)
                .map_or((None, Via::Unread), |r| (Some(r), Via::Block)),
            x => x,
        }
    }
}

/// A dictionary code: one code, or a pair `[032:033]` (the second is coded the other way).
fn split_pair(code: &str) -> (&str, Option<&str>) {
    match code.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (code.trim(), None),
    }
}

/// What a verb import made.
#[derive(Debug, Default)]
pub struct VerbImport {
    /// Rows in `data/lexicon/<lang>/events.tsv` format (with its header).
    pub tsv: String,
    pub blocks: usize,
    pub verbs: usize,
    pub patterns: usize,
    pub synsets: usize,
    pub rows: usize,
    /// Transformation lines (`~`), which dyad does not apply.
    pub transformations: usize,
    /// Each distinct code and where its reading came from.
    pub codes: BTreeMap<String, Via>,
    /// Lines whose code has no reading at all: `(line, code)`.
    pub unread: Vec<(usize, String)>,
    /// Patterns not imported, `(line, reason)`: they name a synset the file never defines, or
    /// expand to more than 4096 phrases.
    pub skipped: Vec<(usize, String)>,
}

impl VerbImport {
    /// How many codes went which way.
    pub fn by_via(&self) -> BTreeMap<Via, usize> {
        let mut m = BTreeMap::new();
        for v in self.codes.values() {
            *m.entry(*v).or_insert(0) += 1;
        }
        m
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Elem {
    Word(String),
    Verb,
    Source,
    Target,
    Compound,
    Skip,
    Syn(String),
}

/// One element of a pattern and whether it is joined (`_`) to the one before.
type Seq = Vec<(Elem, bool)>;

struct Verb {
    /// Every form, as a phrase of lower-case words.
    forms: Vec<String>,
    code: Option<String>,
}

struct Pattern {
    line: usize,
    elems: Seq,
    code: String,
}

struct Block {
    code: String,
    verbs: Vec<Verb>,
    patterns: Vec<Pattern>,
}

/// Removes a `#` comment that is not inside `[...]` (`[###]` is a code).
fn strip_comment(s: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if depth <= 0 => return &s[..i],
            _ => {}
        }
    }
    s
}

/// The text before the first `[`, and the first `[code]`.
fn body_and_code(s: &str) -> Result<(&str, Option<&str>), String> {
    match s.find('[') {
        None => Ok((s, None)),
        Some(a) => {
            let z = s[a..].find(']').ok_or("unclosed [")? + a;
            Ok((&s[..a], Some(s[a + 1..z].trim())))
        }
    }
}

/// English inflections of a regular verb: base, -s, -ed, -ing (a doubled final consonant as an
/// extra spelling where the word ends consonant-vowel-consonant).
pub fn verb_forms(base: &str) -> Vec<String> {
    let w = base.to_lowercase();
    let b = w.as_bytes();
    let n = b.len();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let mut out = vec![w.clone()];
    if n == 0 {
        return out;
    }
    let last = b[n - 1];
    let cons_y = last == b'y' && n > 1 && !vowel(b[n - 2]);
    out.push(
        if w.ends_with('s')
            || w.ends_with('x')
            || w.ends_with('z')
            || w.ends_with("ch")
            || w.ends_with("sh")
        {
            format!("{w}es")
        } else if cons_y {
            format!("{}ies", &w[..n - 1])
        } else {
            format!("{w}s")
        },
    );
    out.push(if last == b'e' {
        format!("{w}d")
    } else if cons_y {
        format!("{}ied", &w[..n - 1])
    } else {
        format!("{w}ed")
    });
    out.push(if last == b'e' && !w.ends_with("ee") && n > 2 {
        format!("{}ing", &w[..n - 1])
    } else {
        format!("{w}ing")
    });
    if n >= 3 && !vowel(last) && !b"wxy".contains(&last) && vowel(b[n - 2]) && !vowel(b[n - 3]) {
        out.push(format!("{w}{}ed", last as char));
        out.push(format!("{w}{}ing", last as char));
    }
    out
}

/// The words of a verb phrase (`WIRE_+TAP`, `LASH OUT`, `+BREAK_DOWN`) and which one inflects.
fn verb_words(s: &str) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    let mut inflect = None;
    for w in s.split(['_', ' ']).filter(|w| !w.is_empty()) {
        let (marked, w) = match w.strip_prefix('+') {
            Some(x) => (true, x),
            None => (false, w),
        };
        if w.is_empty() {
            continue;
        }
        if marked {
            inflect = Some(words.len());
        }
        words.push(w.to_lowercase());
    }
    (words, inflect.unwrap_or(0))
}

fn parse_verb_line(text: &str) -> Result<Verb, String> {
    let (body, code) = body_and_code(text)?;
    let (head, irregular) = match (body.find('{'), body.find('}')) {
        (Some(a), Some(z)) if a < z => (&body[..a], Some(&body[a + 1..z])),
        (Some(_), _) => return Err("unclosed {".into()),
        _ => (body, None),
    };
    let (words, at) = verb_words(head.trim());
    if words.is_empty() {
        return Err("empty verb".into());
    }
    let mut forms: Vec<String> = verb_forms(&words[at])
        .into_iter()
        .map(|f| {
            let mut w = words.clone();
            w[at] = f;
            w.join(" ")
        })
        .collect();
    for irr in irregular.unwrap_or("").split_whitespace() {
        let (w, _) = verb_words(irr);
        if !w.is_empty() {
            forms.push(w.join(" "));
        }
    }
    forms.sort();
    forms.dedup();
    Ok(Verb {
        forms,
        code: code.map(str::to_string),
    })
}

/// Joins Treebank's split contractions back onto their word, as text writes them: the
/// dictionaries were written for tokenised text ("DID N'T", "WO N'T", "CA N'T").
fn join_contractions(s: &str) -> String {
    let mut out = String::new();
    for w in s.split_whitespace() {
        let clitic = w.starts_with('\'') || w.eq_ignore_ascii_case("n't");
        if clitic && !out.is_empty() && !out.ends_with([' ', '_']) {
            out.push_str(w);
        } else {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

fn parse_elems(body: &str) -> Result<Seq, String> {
    let mut seq = Vec::new();
    let cleaned: String = join_contractions(body)
        .chars()
        // `(PREP NOUN)` and `{A B}` group words; dyad matches the words.
        .map(|c| if "(){}".contains(c) { ' ' } else { c })
        .collect();
    for chunk in cleaned.split_whitespace() {
        let mut first = true;
        // `*SCEPTICAL`: the verb written onto the word after it.
        let chunk = match chunk.strip_prefix('*') {
            Some(rest) if !rest.is_empty() && !rest.starts_with('_') => {
                seq.push((Elem::Verb, false));
                first = false;
                rest
            }
            _ => chunk,
        };
        for piece in chunk.split('_').filter(|p| !p.is_empty()) {
            let e = match piece {
                "*" => Elem::Verb,
                "$" => Elem::Source,
                "+" => Elem::Target,
                "%" => Elem::Compound,
                "^" => Elem::Skip,
                p if p.starts_with('&') => Elem::Syn(p.to_string()),
                p => Elem::Word(p.to_lowercase()),
            };
            seq.push((e, !first));
            first = false;
        }
    }
    if !seq.iter().any(|(e, _)| *e == Elem::Verb) {
        return Err("pattern without * (the verb's place)".into());
    }
    Ok(seq)
}

/// Each member of a synset as words (members may hold other synsets).
fn expand_syn(
    name: &str,
    synsets: &HashMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<String>, String> {
    let members = synsets
        .get(name)
        .ok_or_else(|| format!("unknown synset {name}"))?;
    if depth > 8 {
        return Err(format!("synset {name} nests too deep"));
    }
    let mut out = Vec::new();
    for m in members {
        let m = join_contractions(m);
        let words: Vec<&str> = m.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
        let mut acc = vec![String::new()];
        for w in words {
            let alts = if w.starts_with('&') {
                expand_syn(w, synsets, depth + 1)?
            } else {
                vec![w.to_lowercase()]
            };
            acc = product(&acc, &alts, " ");
        }
        out.extend(acc.into_iter().filter(|a| !a.is_empty()));
    }
    Ok(out)
}

/// Every phrase of `heads` continued by every one of `tails`, joined by `sep`.
fn product(heads: &[String], tails: &[String], sep: &str) -> Vec<String> {
    heads
        .iter()
        .flat_map(|a| {
            tails.iter().map(move |x| {
                if a.is_empty() {
                    x.clone()
                } else {
                    format!("{a}{sep}{x}")
                }
            })
        })
        .collect()
}

/// Where a pattern puts its actors, in the words of `data/lexicon/README.md`.
fn voice_of(seq: &Seq) -> &'static str {
    let verb = seq.iter().position(|(e, _)| *e == Elem::Verb).unwrap_or(0);
    let at = |x: &Elem| seq.iter().position(|(e, _)| e == x);
    if at(&Elem::Compound).is_some() {
        return "recip";
    }
    match (at(&Elem::Source), at(&Elem::Target)) {
        (Some(s), _) if s > verb => "passive",
        (None, Some(t)) if t < verb => "passive",
        _ => "active",
    }
}

/// Does the pattern end on its target, after the verb ("* EID AT ^ WITH +")? Then the target
/// is the actor after the pattern's last word, not one inside it, past as many phrases as
/// the pattern skips (`^`) right before it: the `target` column `after`, `after^`, ….
fn target_after(seq: &Seq) -> Option<String> {
    let verb = seq.iter().position(|(e, _)| *e == Elem::Verb)?;
    if !matches!(seq.last(), Some((Elem::Target, _))) || verb + 1 >= seq.len() {
        return None;
    }
    let skips = seq[..seq.len() - 1]
        .iter()
        .rev()
        .take_while(|(e, _)| *e == Elem::Skip)
        .count();
    Some(format!("after{}", "^".repeat(skips)))
}

/// The phrases (dyad pattern syntax) a pattern stands for with one verb form.
fn phrases(
    seq: &Seq,
    form: &str,
    synsets: &HashMap<String, Vec<String>>,
) -> Result<Vec<String>, String> {
    let mut acc: Vec<String> = vec![String::new()];
    let mut gap = false;
    for (e, joined) in seq {
        let alts: Vec<String> = match e {
            Elem::Source | Elem::Target | Elem::Compound | Elem::Skip => {
                gap = true;
                continue;
            }
            Elem::Word(w) => vec![w.clone()],
            Elem::Verb => vec![form.to_string()],
            Elem::Syn(name) => expand_syn(name, synsets, 0)?,
        };
        let sep = if !*joined || gap { " .. " } else { " " };
        gap = false;
        acc = product(&acc, &alts, sep);
        if acc.len() > 4096 {
            return Err("pattern expands to more than 4096 phrases".into());
        }
    }
    Ok(acc)
}

/// Reads a verb dictionary. A line dyad cannot read is an error naming the line.
pub fn import_verbs(
    file_name: &str,
    contents: &str,
    readings: &Readings,
) -> Result<VerbImport, KbError> {
    let mut rep = VerbImport::default();
    let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
    let mut current_syn: Option<String> = None;
    let mut blocks: Vec<Block> = Vec::new();
    for (i, raw) in contents.lines().enumerate() {
        let line = i + 1;
        let err = |m: String| KbError::new(file_name, line, m);
        let t = strip_comment(raw).trim();
        // A blank line ends a synset; a comment line inside one does not.
        if raw.trim().is_empty() {
            current_syn = None;
        }
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        if let (Some(syn), Some(member)) = (&current_syn, t.strip_prefix('+')) {
            synsets
                .entry(syn.clone())
                .or_default()
                .push(member.trim().to_string());
            continue;
        }
        current_syn = None;
        if let Some(rest) = t.strip_prefix("---") {
            let (_, code) = body_and_code(rest).map_err(err)?;
            // Older dictionaries write an uncoded block as `--- DEFEND ###`.
            let code = code
                .or_else(|| raw.contains("###").then_some("---"))
                .ok_or_else(|| err("verb block without a [code]".into()))?;
            blocks.push(Block {
                code: code.to_string(),
                verbs: Vec::new(),
                patterns: Vec::new(),
            });
            continue;
        }
        if t.starts_with('&') {
            let name = t
                .split_whitespace()
                .next()
                .unwrap_or(t)
                .trim_end_matches('_');
            synsets.insert(name.to_string(), Vec::new());
            current_syn = Some(name.to_string());
            rep.synsets += 1;
            continue;
        }
        if t.starts_with('~') {
            rep.transformations += 1;
            continue;
        }
        let block = blocks
            .last_mut()
            .ok_or_else(|| err("verb or pattern before any --- block ---".into()))?;
        if let Some(p) = t.strip_prefix('-') {
            let (body, code) = body_and_code(p).map_err(err)?;
            let code = code.ok_or_else(|| err("pattern without a [code]".into()))?;
            let elems = parse_elems(body).map_err(err)?;
            block.patterns.push(Pattern {
                line,
                elems,
                code: code.to_string(),
            });
        } else {
            block.verbs.push(parse_verb_line(t).map_err(err)?);
        }
    }
    // Synsets may be used before they are defined: expand only now.
    // Synset names are written with or without a trailing `_` in patterns.
    let synsets: HashMap<String, Vec<String>> = synsets
        .into_iter()
        .flat_map(|(k, v)| {
            let bare = k.trim_end_matches('_').to_string();
            [(bare.clone(), v.clone()), (format!("{bare}_"), v)]
        })
        .collect();
    let mut rows = vec!["pattern\ttype\tmode\tcontext\tvoice\tcameo\tweight".to_string()];
    rep.rows = 0;
    for b in &blocks {
        rep.blocks += 1;
        rep.verbs += b.verbs.len();
        rep.patterns += b.patterns.len();
        for v in &b.verbs {
            let vcode = v.code.as_deref().unwrap_or(&b.code);
            let (reading, _) = note_code(&mut rep, readings, vcode, &[&b.code], 0);
            // A verb alone that codes nothing is simply not a trigger.
            if let Some(r) = reading {
                for f in &v.forms {
                    rows.push(row(f, &r, "active", vcode, "0.8"));
                }
            }
            for p in &b.patterns {
                let (reading, _) =
                    note_code(&mut rep, readings, &p.code, &[vcode, &b.code], p.line);
                let voice = voice_of(&p.elems);
                let after = target_after(&p.elems);
                for f in &v.forms {
                    let ps = match phrases(&p.elems, f, &synsets) {
                        Ok(ps) => ps,
                        // A dangling reference (CAMEO.2.0.txt names an &WEATHER it never
                        // defines) drops its pattern, said once; the rest of the file imports.
                        // So does a pattern of two large synsets (&AIRCRAFT * &WEAPON).
                        Err(m)
                            if m.starts_with("unknown synset")
                                || m.starts_with("pattern expands") =>
                        {
                            if !rep.skipped.iter().any(|(l, _)| *l == p.line) {
                                rep.skipped.push((p.line, m));
                            }
                            continue;
                        }
                        Err(m) => return Err(KbError::new(file_name, p.line, m)),
                    };
                    for ph in ps {
                        rows.push(match &reading {
                            Some(r) if after.is_some() => {
                                let w = format!("0.9\t{}", after.as_deref().unwrap_or(""));
                                row(&ph, r, voice, &p.code, &w)
                            }
                            Some(r) => row(&ph, r, voice, &p.code, "0.9"),
                            // Codes nothing, but as the longer match keeps the verb from coding.
                            None => row(
                                &ph,
                                &Reading {
                                    kind: EventType::Consult,
                                    mode: String::new(),
                                    context: String::new(),
                                },
                                voice,
                                "",
                                "0",
                            ),
                        });
                    }
                }
            }
        }
    }
    rep.rows = rows.len() - 1;
    rep.tsv = rows.join("\n") + "\n";
    Ok(rep)
}

/// Reads a code (or pair) for the report; the reading of its first code.
fn note_code(
    rep: &mut VerbImport,
    readings: &Readings,
    code: &str,
    block: &[&str],
    line: usize,
) -> (Option<Reading>, Via) {
    let (first, second) = split_pair(code);
    let mut out = (None, Via::Null);
    for (k, c) in [Some(first), second].into_iter().flatten().enumerate() {
        let (r, via) = readings.read_in_block(c, block);
        rep.codes.entry(c.to_string()).or_insert(via);
        if via == Via::Unread && line > 0 && !rep.unread.contains(&(line, c.to_string())) {
            rep.unread.push((line, c.to_string()));
        }
        if k == 0 {
            out = (r.cloned(), via);
        }
    }
    out
}

fn row(pattern: &str, r: &Reading, voice: &str, cameo: &str, weight: &str) -> String {
    format!(
        "{pattern}\t{}\t{}\t{}\t{voice}\t{cameo}\t{weight}",
        r.kind, r.mode, r.context
    )
}

/// What an agents import made: role rows `pattern, sector, kind, cameo`.
#[derive(Debug, Default)]
pub struct AgentImport {
    pub tsv: String,
    pub agents: usize,
    pub phrases: usize,
    pub codes: BTreeMap<String, usize>,
}

/// English plural of a noun phrase: of its last word, or of the word before "of".
fn plural(phrase: &str) -> String {
    let (phrase, tail) = match phrase.find(" of ") {
        Some(i) => (&phrase[..i], &phrase[i..]),
        None => (phrase, ""),
    };
    let (head, last) = match phrase.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), phrase),
    };
    let b = last.as_bytes();
    let n = b.len();
    let p = if last.ends_with('s')
        || last.ends_with('x')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        format!("{last}es")
    } else if n > 1 && last.ends_with('y') && !b"aeiou".contains(&b[n - 2]) {
        format!("{}ies", &last[..n - 1])
    } else {
        format!("{last}s")
    };
    format!("{head}{p}{tail}")
}

/// Reads an agents dictionary (`FARMER [~AGR]`, `HUMAN_RIGHTS_BODY [NGO~]`, `!PERSON! = MAN,
/// WOMAN` substitution sets, `{}` for no plural, `{GEESE}` for an irregular one).
pub fn import_agents(file_name: &str, contents: &str) -> Result<AgentImport, KbError> {
    let mut rep = AgentImport::default();
    let mut subst: HashMap<String, Vec<String>> = HashMap::new();
    let mut rows = vec!["pattern\tsector\tkind\tcameo".to_string()];
    for (i, raw) in contents.lines().enumerate() {
        let line = i + 1;
        let err = |m: &str| KbError::new(file_name, line, m.to_string());
        let t = strip_comment(raw).trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        if t.starts_with('!') {
            if let Some((name, members)) = t.split_once('=') {
                subst.insert(
                    name.trim().to_string(),
                    members
                        .split(',')
                        .map(|m| m.trim().to_lowercase())
                        .filter(|m| !m.is_empty())
                        .collect(),
                );
                continue;
            }
        }
        let (body, code) = body_and_code(t).map_err(|m| err(&m))?;
        let code: String = code
            .ok_or_else(|| err("agent without a [~CODE]"))?
            .split_whitespace()
            .collect();
        if !code.contains('~') {
            return Err(err("agent code without ~ (expected ~CODE or CODE~)"));
        }
        let (head, irregular) = match (body.find('{'), body.find('}')) {
            (Some(a), Some(z)) if a < z => (&body[..a], Some(body[a + 1..z].trim())),
            (Some(_), _) => return Err(err("unclosed {")),
            _ => (body, None),
        };
        let mut names = vec![head
            .trim()
            .trim_end_matches('_')
            .replace('_', " ")
            .to_lowercase()];
        // `!PERSON!` inside a phrase: one phrase per member, written onto the word before.
        while let Some(a) = names[0].find('!') {
            let z = names[0][a + 1..]
                .find('!')
                .ok_or_else(|| err("unclosed !SUBSTITUTION!"))?
                + a
                + 1;
            let key = names[0][a..=z].to_uppercase();
            let members = subst
                .get(&key)
                .ok_or_else(|| err(&format!("unknown substitution set {key}")))?;
            names = names
                .iter()
                .flat_map(|n| {
                    members
                        .iter()
                        .map(move |m| format!("{}{m}{}", &n[..a], &n[z + 1..]))
                })
                .collect();
        }
        let mut all = Vec::new();
        for n in names {
            let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
            if n.is_empty() {
                return Err(err("empty agent phrase"));
            }
            match irregular {
                Some("") => {}
                Some(irr) => all.push(irr.replace('_', " ").to_lowercase()),
                None => all.push(plural(&n)),
            }
            all.push(n);
        }
        let sector = code
            .trim_matches('~')
            .get(..3)
            .and_then(|s| s.parse::<dyad_core::Sector>().ok())
            .map_or("-".to_string(), |s| s.to_string());
        rep.agents += 1;
        *rep.codes.entry(code.clone()).or_insert(0) += 1;
        for n in all {
            rep.phrases += 1;
            rows.push(format!("{n}\t{sector}\tgroup\t{code}"));
        }
    }
    rep.tsv = rows.join("\n") + "\n";
    Ok(rep)
}

/// What a discards import made: rows `pattern, scope` (sentence or story).
#[derive(Debug, Default)]
pub struct DiscardImport {
    pub tsv: String,
    pub sentence: usize,
    pub story: usize,
}

/// Reads a discards dictionary: a phrase per line, `+` in front for a story-level discard.
pub fn import_discards(file_name: &str, contents: &str) -> Result<DiscardImport, KbError> {
    let mut rep = DiscardImport::default();
    let mut rows = vec!["pattern\tscope".to_string()];
    for (i, raw) in contents.lines().enumerate() {
        let t = strip_comment(raw).trim();
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        let (story, p) = match t.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, t),
        };
        let p = p
            .replace('_', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if p.is_empty() || p.contains(['[', ']', '\t']) {
            return Err(KbError::new(
                file_name,
                i + 1,
                "expected a phrase ([+]WORDS)",
            ));
        }
        if story {
            rep.story += 1;
        } else {
            rep.sentence += 1;
        }
        rows.push(format!(
            "{}\t{}",
            p.to_lowercase(),
            if story { "story" } else { "sentence" }
        ));
    }
    rep.tsv = rows.join("\n") + "\n";
    Ok(rep)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VERBS: &str = "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n--- CONTRIBUTE [070] ---\nCONTRIBUTE  # x\n- * &CURRENCY [903]\n- * RUPEES [071]\n- NOT * AID [---]\n\n--- ARRIVE [032:033] ---\nARRIVE\n+BREAK_DOWN {+BROKE_DOWN}\n- + WAS_ * FROM $ [174K]\n~ a b = c\n";

    #[test]
    fn verbs_become_rows_with_readings() {
        let r = Readings::builtin().unwrap();
        let rep = import_verbs("v.txt", VERBS, &r).unwrap();
        assert_eq!(
            (rep.blocks, rep.verbs, rep.patterns, rep.synsets),
            (2, 3, 4, 1)
        );
        assert_eq!(rep.transformations, 1);
        let rows: Vec<&str> = rep.tsv.lines().collect();
        assert!(rows.contains(&"contributed .. dollars\tAID\t\t\tactive\t903\t0.9"));
        assert!(rows.contains(&"contributing .. swiss francs\tAID\t\t\tactive\t903\t0.9"));
        assert!(rows.contains(&"not .. contributes .. aid\tCONSULT\t\t\tactive\t\t0"));
        assert!(rows.contains(&"arrived\tAGREE\t\tdiplomatic\tactive\t032:033\t0.8"));
        assert!(rows.contains(&"broke down\tAGREE\t\tdiplomatic\tactive\t032:033\t0.8"));
        assert!(rows.contains(&"was .. breaking down .. from\tCOERCE\t\t\tpassive\t174K\t0.9"));
        assert_eq!(rep.codes.get("903"), Some(&Via::Block));
        assert_eq!(rep.codes.get("070"), Some(&Via::Crosswalk));
        assert_eq!(rep.codes.get("174K"), Some(&Via::CrosswalkRoot));
        assert_eq!(rep.codes.get("---"), Some(&Via::Null));
    }

    #[test]
    fn contractions_and_targets_after_the_pattern() {
        let r = Readings::builtin().unwrap();
        let dict = "&NEG\n+DID N'T\n\n--- CLASH [223] ---\nCLASH\n- &NEG * OVER [904]\n- * AT ^ ^ + [162]\n- * WITH + [160]\n";
        let rep = import_verbs("v.txt", dict, &r).unwrap();
        let rows: Vec<&str> = rep.tsv.lines().collect();
        assert!(rows.contains(&"didn't .. clash .. over\tASSAULT\t\tmilitary\tactive\t904\t0.9"));
        assert!(rows.contains(
            &"clashed .. at\tSANCTION\tdiscontinue\thuman_security\tactive\t162\t0.9\tafter^^"
        ));
        assert!(rows.contains(&"clashes .. with\tSANCTION\t\t\tactive\t160\t0.9\tafter"));
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let r = Readings::builtin().unwrap();
        let e =
            import_verbs("v.txt", "--- A [010] ---\nA\n- NO VERB HERE [010]\n", &r).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("v.txt", 3));
        let e = import_verbs("v.txt", "- * X [010]\n", &r).unwrap_err();
        assert_eq!(e.line, 1);
        let rep = import_verbs("v.txt", "--- A [010] ---\nA\n- * &NOPE [010]\n", &r).unwrap();
        assert_eq!(rep.skipped, vec![(3, "unknown synset &NOPE".to_string())]);
    }

    #[test]
    fn forms() {
        assert_eq!(
            verb_forms("deplore"),
            ["deplore", "deplores", "deplored", "deploring"]
        );
        assert_eq!(verb_forms("ask")[..4], ["ask", "asks", "asked", "asking"]);
        assert!(verb_forms("stop").contains(&"stopped".to_string()));
        assert!(verb_forms("deny").contains(&"denied".to_string()));
    }

    #[test]
    fn agents_with_substitutions_and_plurals() {
        let rep = import_agents(
            "a.txt",
            "!MINST! = MINISTER, MINISTRY\n!MINST!_OF_SILLY_WALKS [~GOV]\nPOLICE {} [ ~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nMSF {} [NGO~]\n",
        )
        .unwrap();
        let rows: Vec<&str> = rep.tsv.lines().skip(1).collect();
        assert!(rows.contains(&"ministry of silly walks\tGOV\tgroup\t~GOV"));
        assert!(rows.contains(&"ministries of silly walks\tGOV\tgroup\t~GOV"));
        assert!(rows.contains(&"police\tCOP\tgroup\t~COP"));
        assert!(!rows.iter().any(|r| r.starts_with("polices")));
        assert!(rows.contains(&"golden geese\t-\tgroup\t~GGS"));
        assert!(rows.contains(&"msf\t-\tgroup\tNGO~"));
        assert!(import_agents("a.txt", "FARMER [AGR]\n").is_err());
    }

    #[test]
    fn discards() {
        let rep = import_discards(
            "d.txt",
            "# c\nMONTHS LATER\n+World Golf Championships   # x\n",
        )
        .unwrap();
        assert_eq!((rep.sentence, rep.story), (1, 1));
        assert!(rep.tsv.contains("world golf championships\tstory"));
    }
}
