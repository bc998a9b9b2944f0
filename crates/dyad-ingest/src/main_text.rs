//! dyad's own main-text finder: where on a parsed page the article's text is, found in one walk
//! of the tree the page was parsed into (the same tree the `trafilatura` crate's extractor takes
//! when this finder is not confident, so a page is parsed once either way).
//!
//! The signals are the ones such extractors share, written here from their descriptions:
//! - **paragraph clusters**: every paragraph (a `<p>`, `<pre>` or `<blockquote>`, or a block
//!   with text of its own) of 25 characters or more scores `1 + min(length / 100, 3)`, credited
//!   whole to its parent, half to its grandparent and a third to the level above; the element
//!   with the best score, times one minus its link density, holds the article;
//! - **link density**: the share of an element's text that is inside links; a block that is
//!   mostly links (a menu, a list of other stories) is not text;
//! - **structure and names**: `<nav>`, `<aside>`, `<footer>`, `<header>`, forms and figures hold
//!   no article text, nor do elements whose class or id names boilerplate (words listed in
//!   `data/html/hints.tsv`); `<article>`, `<main>`, `itemprop="articleBody"` and content words
//!   in a class or id raise a candidate's score by a quarter;
//! - **siblings**: a paragraph beside the best element, or an element scoring at least a fifth
//!   of it, belongs to the article too (text split by an advertisement or a figure).
//!
//! The finder also says how sure it is ([`Found`]): how much text it found, its link density
//! and which share of the page's paragraph text it holds; `html` decides from that (and the
//! page's JSON-LD `articleBody`, when there is one) whether to take it.

use std::collections::HashSet;
use std::sync::LazyLock;
use trafilatura::dom::{Document, NodeId};

/// The class and id words of `data/html/hints.tsv`, sorted (a binary search per word of every
/// element's class and id: no hashing, no allocation).
struct Hints {
    boilerplate: Vec<String>,
    content: Vec<String>,
    /// The longest word: a longer one is none of them.
    longest: usize,
    /// Per word length, the first bytes of the words of that length (bit `b % 64`): most
    /// class words (`col`, `row`, `wrapper`) are none of ours, and this says so without a
    /// search.
    starts: Vec<u64>,
}

static HINTS: LazyLock<Hints> =
    LazyLock::new(|| Hints::parse(include_str!("../../../data/html/hints.tsv")));

impl Hints {
    /// Rows of unknown kind are skipped (a test checks there are none).
    fn parse(tsv: &str) -> Hints {
        let mut hints = Hints {
            boilerplate: Vec::new(),
            content: Vec::new(),
            longest: 0,
            starts: Vec::new(),
        };
        for line in tsv.lines().map(str::trim_end) {
            if line.is_empty() || line.starts_with('#') || line == "kind\tword" {
                continue;
            }
            let Some((kind, word)) = line.split_once('\t') else {
                continue;
            };
            let word = word.trim().to_lowercase();
            hints.longest = hints.longest.max(word.len());
            match kind {
                "boilerplate" => hints.boilerplate.push(word),
                "content" => hints.content.push(word),
                _ => {}
            };
        }
        hints.boilerplate.sort_unstable();
        hints.boilerplate.dedup();
        hints.content.sort_unstable();
        hints.content.dedup();
        hints.starts = vec![0; hints.longest + 1];
        for w in hints.boilerplate.iter().chain(&hints.content) {
            hints.starts[w.len()] |= 1 << (w.as_bytes()[0] % 64);
        }
        hints
    }

    /// Whether any word of the class and id names boilerplate, and whether any names content.
    /// Words end at every character that is not a letter or digit and where a lowercase
    /// letter meets an uppercase one (`GoogleDfpAd-caption`: google, dfp, ad, caption).
    fn classify(&self, names: &str) -> (bool, bool) {
        let (mut boilerplate, mut content) = (false, false);
        let mut word = String::new();
        let mut check = |word: &mut String| {
            let known = !word.is_empty()
                && word.len() <= self.longest
                && self.starts[word.len()] & (1 << (word.as_bytes()[0] % 64)) != 0;
            if known {
                let w = word.as_str();
                boilerplate |= self
                    .boilerplate
                    .binary_search_by(|h| h.as_str().cmp(w))
                    .is_ok();
                content |= self.content.binary_search_by(|h| h.as_str().cmp(w)).is_ok();
            }
            word.clear();
        };
        let mut lower_before = false;
        for c in names.chars() {
            if !c.is_alphanumeric() {
                check(&mut word);
                lower_before = false;
                continue;
            }
            if c.is_uppercase() && lower_before {
                check(&mut word);
            }
            lower_before = c.is_lowercase();
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        }
        check(&mut word);
        (boilerplate, content)
    }
}

/// Elements whose content is never text: not walked at all.
const NEVER_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "video", "audio", "select", "textarea", "button", "input", "head", "title",
];

/// Elements that hold page furniture rather than the article, left out unless one holds most of
/// the page's text (some sites wrap the whole page in a `<form>` or a `<header>`).
const FURNITURE: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "figure",
    "figcaption",
    "menu",
    "dialog",
];

/// Blocks that are not text when most of their text is in links.
const LINK_BLOCKS: &[&str] = &[
    "ul", "ol", "dl", "li", "div", "section", "table", "tr", "td", "p", "span", "h1", "h2", "h3",
    "h4", "h5", "h6",
];

/// Containers whose own text (outside child elements) counts as a paragraph.
const TEXT_CONTAINERS: &[&str] = &["div", "section", "article", "main", "td", "font", "center"];

/// Deeper than this the walk stops (as the text builder does).
const MAX_DEPTH: usize = 256;
/// A paragraph shorter than this (characters, not counting whitespace) does not score.
const MIN_PARAGRAPH: u32 = 25;

/// How many levels above the best-scoring element the article may extend.
const MAX_CLIMB: usize = 4;

const NONE: usize = usize::MAX;

struct El<'d> {
    id: NodeId,
    parent: usize,
    tag: &'d str,
    /// Structural or named boilerplate, to be left out with all it holds (`safe` may overrule).
    furniture: bool,
    /// `<article>`, `<main>`, `itemprop="articleBody"` or a content word in class or id.
    content: bool,
    /// Characters (ASCII whitespace not counted) of the text nodes directly in this element.
    own: u32,
    own_links: u32,
    /// One past the last element of this element's subtree (elements are in document order).
    end: usize,
}

/// Where the main text is, and how sure the finder is of it.
#[derive(Debug)]
pub(crate) struct Found {
    /// The element whose text (without `drop`) is the article.
    pub root: NodeId,
    /// Elements inside `root` to leave out, with all they hold.
    pub drop: HashSet<NodeId>,
    /// Characters of the text kept (whitespace not counted).
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Share of the page's paragraph text (outside furniture) that is in the kept text.
    pub share: f32,
}

/// Finds the main text of `doc`; `None` when the page has no paragraph at all.
pub(crate) fn find(doc: &Document) -> Option<Found> {
    let mut els: Vec<El> = Vec::with_capacity(1024);
    let hints = &*HINTS;
    walk(doc, doc.root(), NONE, false, 0, hints, &mut els);
    if els.is_empty() {
        return None;
    }
    let n = els.len();

    // Text of each subtree before anything is left out: a furniture element that holds more
    // than half of the page is a wrapper, not furniture.
    let mut raw = vec![0u32; n];
    for i in (0..n).rev() {
        raw[i] += els[i].own;
        if els[i].parent != NONE {
            raw[els[i].parent] += raw[i];
        }
    }
    let total = raw[0].max(1);
    let mut dropped = vec![false; n];
    for i in 0..n {
        let parent_dropped = els[i].parent != NONE && dropped[els[i].parent];
        dropped[i] = parent_dropped || (els[i].furniture && raw[i] * 2 < total);
    }

    // Text and link text of each subtree, without what is left out.
    let (mut chars, mut links) = (vec![0u32; n], vec![0u32; n]);
    for i in (0..n).rev() {
        if dropped[i] {
            continue;
        }
        chars[i] += els[i].own;
        links[i] += els[i].own_links;
        if els[i].parent != NONE {
            chars[els[i].parent] += chars[i];
            links[els[i].parent] += links[i];
        }
    }
    let density = |i: usize| links[i] as f32 / chars[i].max(1) as f32;

    // Paragraphs score their ancestors.
    let mut score = vec![0f32; n];
    let mut para = vec![0u32; n];
    for i in 0..n {
        if dropped[i] {
            continue;
        }
        let len = if matches!(els[i].tag, "p" | "pre" | "blockquote") {
            chars[i]
        } else if TEXT_CONTAINERS.contains(&els[i].tag) {
            els[i].own
        } else {
            0
        };
        if len < MIN_PARAGRAPH || density(i) >= 0.5 {
            continue;
        }
        para[i] = len;
        let s = 1.0 + (len as f32 / 100.0).min(3.0);
        let mut at = els[i].parent;
        for level in 1..=3 {
            if at == NONE {
                break;
            }
            score[at] += s / level as f32;
            at = els[at].parent;
        }
    }
    // Paragraph text of each subtree (a paragraph inside a paragraph counts once: the outer),
    // and the part of it in paragraph elements (`<p>`, `<pre>`, `<blockquote>`).
    let mut para_sum = vec![0u32; n];
    let mut p_sum = vec![0u32; n];
    for i in (0..n).rev() {
        para_sum[i] = para[i].max(para_sum[i]);
        if matches!(els[i].tag, "p" | "pre" | "blockquote") {
            p_sum[i] = para[i].max(p_sum[i]);
        }
        if els[i].parent != NONE {
            para_sum[els[i].parent] += para_sum[i];
            p_sum[els[i].parent] += p_sum[i];
        }
    }
    let fin = |i: usize| {
        let boost = if els[i].content { 1.25 } else { 1.0 };
        score[i] * (1.0 - density(i)) * boost
    };
    let top = (0..n)
        .filter(|&i| !dropped[i] && score[i] > 0.0)
        .max_by(|&a, &b| fin(a).total_cmp(&fin(b)))?;

    // An article split into parts (a lead paragraph apart from the body, chunks between
    // advertisements) scores each part on its own: climb through wrappers (ancestors that add
    // no paragraph and next to no other text) so that the parts are siblings.
    let mut top = top;
    for _ in 0..MAX_CLIMB {
        let up = els[top].parent;
        if up == NONE || dropped[up] {
            break;
        }
        let more_para = para_sum[up].saturating_sub(para_sum[top]);
        let more_text = (chars[up] - links[up]).saturating_sub(chars[top] - links[top]);
        if more_para > 0 || more_text > MIN_PARAGRAPH {
            break;
        }
        top = up;
    }

    // Siblings that belong to the article.
    let mut root = top;
    let mut drop: HashSet<NodeId> = HashSet::new();
    let parent = els[top].parent;
    if parent != NONE {
        let threshold = (fin(top) * 0.2).max(1.0);
        let mut kept_sibling = false;
        let mut left_out = Vec::new();
        let mut c = parent + 1;
        while c < els[parent].end {
            if c != top && !dropped[c] && chars[c] > 0 {
                // A paragraph, or a part made of paragraphs (paragraph elements: a block of
                // text on its own beside the article is a ticker or a notice as often).
                let paragraph = p_sum[c] >= 80
                    && p_sum[c] * 5 >= (chars[c] - links[c]) * 4
                    && density(c) < 0.25;
                if paragraph || fin(c) >= threshold {
                    kept_sibling = true;
                } else {
                    left_out.push(els[c].id);
                }
            }
            c = els[c].end;
        }
        if kept_sibling {
            root = parent;
            drop.extend(left_out);
        }
    }

    // Inside the article: what is left out, and what is kept.
    let (mut kept, mut kept_links) = (0u32, 0u32);
    // Leaves element `i` and what it holds out of the kept text.
    let leave_out = |i: usize, out: &mut [bool], kept: &mut u32, kept_links: &mut u32| {
        for j in i..els[i].end {
            if !out[j] {
                *kept -= els[j].own;
                *kept_links -= els[j].own_links;
                out[j] = true;
            }
        }
    };
    let mut out = vec![false; n];
    for i in root..els[root].end {
        let parent_out = i != root && out[els[i].parent];
        let link_block = LINK_BLOCKS.contains(&els[i].tag) && chars[i] > 0 && density(i) > 0.5;
        out[i] = parent_out || dropped[i] || drop.contains(&els[i].id) || link_block;
        if out[i] {
            if !parent_out {
                drop.insert(els[i].id);
            }
            continue;
        }
        kept += els[i].own;
        kept_links += els[i].own_links;
    }
    // The article's headline (an `<h1>` before its first paragraph element) opens it: what
    // comes before it (a kicker, breadcrumbs, a story number, a date line) is page furniture.
    let first_para = (root..els[root].end)
        .find(|&i| !out[i] && para[i] > 0 && matches!(els[i].tag, "p" | "pre" | "blockquote"));
    let h1 = (root..els[root].end).find(|&i| !out[i] && els[i].tag == "h1");
    if let (Some(h1), Some(first_para)) = (h1, first_para) {
        if h1 < first_para {
            let mut i = root + 1;
            while i < h1 {
                if els[i].end <= h1 {
                    // Wholly before the headline.
                    if !out[i] {
                        drop.insert(els[i].id);
                        leave_out(i, &mut out, &mut kept, &mut kept_links);
                    }
                    i = els[i].end;
                } else {
                    // An ancestor of the headline: look inside.
                    i += 1;
                }
            }
        }
    }

    // After the last paragraph, headings and short lines are labels of what follows the
    // article (comments, newsletters, other stories), not its text.
    if let Some(last) = (root..els[root].end)
        .rev()
        .find(|&i| !out[i] && para[i] > 0)
    {
        let mut i = els[last].end;
        while i < els[root].end {
            let short = chars[i] < MIN_PARAGRAPH
                || matches!(els[i].tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            if !out[i] && short && !is_inline(els[i].tag) {
                drop.insert(els[i].id);
                leave_out(i, &mut out, &mut kept, &mut kept_links);
                i = els[i].end;
            } else {
                i += 1;
            }
        }
    }
    let kept_para: u32 = (root..els[root].end)
        .filter(|&i| !out[i] && para[i] > 0)
        .map(|i| para[i])
        .sum();
    Some(Found {
        root: els[root].id,
        drop,
        chars: kept,
        link_chars: kept_links,
        share: kept_para as f32 / para_sum[0].max(1) as f32,
    })
}

/// Records the elements under `id` in document order.
fn walk<'d>(
    doc: &'d Document,
    id: NodeId,
    parent: usize,
    in_link: bool,
    depth: usize,
    hints: &Hints,
    els: &mut Vec<El<'d>>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in doc.child_nodes(id) {
        if doc.is_text(child) {
            if parent != NONE {
                // Characters that are not ASCII whitespace: bytes that start a character.
                let n = doc
                    .text_content(child)
                    .bytes()
                    .filter(|b| (b & 0xC0) != 0x80 && !b.is_ascii_whitespace())
                    .count() as u32;
                els[parent].own += n;
                if in_link {
                    els[parent].own_links += n;
                }
            }
            continue;
        }
        if !doc.is_element(child) {
            continue;
        }
        let tag = doc.tag_name(child);
        let me = els.len();
        // Phrasing elements (links, emphasis, images) inside a block are not where pages mark
        // their parts: their attributes are not read (a link is the commonest element).
        let phrasing = matches!(
            tag,
            "a" | "b"
                | "i"
                | "em"
                | "strong"
                | "br"
                | "img"
                | "wbr"
                | "sup"
                | "sub"
                | "u"
                | "abbr"
                | "small"
                | "time"
                | "cite"
                | "q"
                | "code"
                | "mark"
                | "source"
        );
        let never = NEVER_TEXT.contains(&tag) || (!phrasing && hidden(doc, child));
        let (boilerplate, content_word) = if phrasing {
            (false, false)
        } else {
            let mut names = doc.get_attribute(child, "class").unwrap_or_default();
            if let Some(id) = doc.get_attribute(child, "id") {
                names.push(' ');
                names.push_str(&id);
            }
            hints.classify(&names)
        };
        let content = content_word
            || matches!(tag, "article" | "main")
            || (!phrasing
                && doc
                    .get_attribute(child, "itemprop")
                    .is_some_and(|v| v.eq_ignore_ascii_case("articleBody")));
        els.push(El {
            id: child,
            parent,
            tag,
            furniture: FURNITURE.contains(&tag)
                || (boilerplate && !matches!(tag, "html" | "body" | "article" | "main")),
            content,
            own: 0,
            own_links: 0,
            end: me + 1,
        });
        if never {
            // Left out by the text builder too: make it furniture that never holds the page.
            els[me].furniture = true;
            els[me].own = 0;
        } else {
            walk(doc, child, me, in_link || tag == "a", depth + 1, hints, els);
        }
        els[me].end = els.len();
    }
}

/// Elements that sit inside a line of text rather than make one.
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "b"
            | "i"
            | "em"
            | "strong"
            | "span"
            | "small"
            | "sup"
            | "sub"
            | "u"
            | "abbr"
            | "cite"
            | "code"
            | "q"
            | "time"
            | "mark"
            | "font"
            | "br"
            | "img"
            | "wbr"
    )
}

/// `hidden`, `aria-hidden="true"` or an inline style that hides the element.
fn hidden(doc: &Document, id: NodeId) -> bool {
    if doc.get_attribute(id, "hidden").is_some() {
        return true;
    }
    if doc
        .get_attribute(id, "aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    doc.get_attribute(id, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hint_row_is_read() {
        let rows = include_str!("../../../data/html/hints.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && *l != "kind\tword")
            .count();
        let hints = &*HINTS;
        assert_eq!(hints.boilerplate.len() + hints.content.len(), rows);
        assert!(hints.boilerplate.iter().any(|w| w == "comments"));
        assert!(hints.content.iter().any(|w| w == "article"));
    }

    #[test]
    fn class_words_split_at_punctuation_and_case() {
        let hints = &*HINTS;
        assert_eq!(hints.classify("GoogleDfpAd-wrapper"), (true, false));
        assert_eq!(hints.classify("article-body main"), (false, true));
        assert_eq!(hints.classify("share_buttons storyText"), (true, true));
        // Whole words only: "header" and "shared" are not "head" or "share"; "ADS" is "ads".
        assert_eq!(hints.classify("masthead-logo shared-layout"), (true, false));
        assert_eq!(hints.classify("shared-layout loaded"), (false, false));
        assert_eq!(hints.classify("ADS"), (true, false));
    }
}
