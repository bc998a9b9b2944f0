//! HTML pages: bytes to a string (declared charset), main content to plain text, metadata.
//!
//! A page is parsed once (html5ever, through the `trafilatura` crate's `Document`). Its main
//! text comes from our own finder (`main_text`: paragraph clusters, link density, structure,
//! class/id words from `data/html/hints.tsv`) when the finder is confident, else from the
//! `trafilatura` crate's full extractor (a Rust port of go-trafilatura, with its
//! readability/jusText fallback, favouring precision) run on the same parsed page. The finder
//! is not confident (`unsure`) when its text is short (under 400 characters without
//! whitespace), more than a fifth links, under 60% of the page's paragraph text, or disagrees
//! with the page's JSON-LD `articleBody` (under 80% of the body's words in our text; under
//! 80% of our words in the body, unless the body is an excerpt under half our length).
//!
//! On the scrapinghub article-extraction-benchmark (181 pages; `examples/html_eval.rs`, one
//! thread, a loaded 2-core machine):
//!
//! | extractor | F1 | precision | recall | pages/s |
//! |---|---|---|---|---|
//! | our finder alone | 0.951 | 0.957 | 0.946 | ~300–400 |
//! | the crate alone (the former `read_html`) | 0.972 | 0.964 | 0.979 | ~80–100 |
//! | **ours, the crate on the 7.2% of pages ours is unsure of** | 0.973 | 0.966 | 0.980 | ~260–400 |
//! | Python trafilatura 2.3.1, defaults | 0.960 | 0.942 | 0.978 | ~50 |
//!
//! Twelve rounds alternating with `extraction_baseline.sh` (Python's pages/s excludes reading
//! and gunzip, ours includes them, and hashing and metadata): 4.4 to 7.8 times Python's
//! pages/s on one thread, median 5.2; two threads the same (4.3 to 7.7, median 5.2), as the
//! shared machine (load 4 to 5 on 2 cores) gave the run one core whatever its threads (CPU
//! 99% with two). Instructions (callgrind, the example's whole run over the benchmark, one
//! thread): 17.6 billion with the crate alone, 6.6 billion with the combination; of these
//! html5ever's parse is 30%, SHA-256 of the page 25% (valgrind's CPU lacks the SHA
//! instructions the real one uses: 4% of the time natively), the crate on its 13 pages 19%
//! (a third of it a one-off: the jusText stop lists of every language, built once), our
//! finder 7%, gunzip 6%. Before parsing, script, style and svg contents (over half the bytes
//! of these pages) are removed (`depth::strip_scripts`).
//!
//! We turn either extractor's result into text with paragraph breaks, leaving out the
//! headline (the page's title, kept once as the title) and list items that are only a heading
//! (cards of other stories): with the crate alone that took F1 from 0.968 to 0.972.
//!
//! Title, publication date and site name come from our own light scan of the page's metadata
//! (`html_meta`), with the crate's as a fallback for title and site name only when the crate
//! ran (its date heuristics prefer the *last-modified* date, which is not a publication date);
//! otherwise the page's `<title>` is the last resort for the title.

use crate::depth;
use crate::html_meta::HtmlMetadata;
use crate::main_text;
use crate::read::sha256_hex;
use crate::Origin;
use dyad_core::RawDocument;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use trafilatura::dom::{Document, NodeId};

/// Turns one HTML page into a raw document: its main text, title, publication date and site
/// name. `hash` is computed over `html`; the id is `origin.id`, else that hash.
///
/// Never fails: a page with no main content gives a document with empty text.
pub fn read_html(html: &str, origin: &Origin) -> RawDocument {
    let hash = sha256_hex(html.as_bytes());
    extract(html, origin, hash)
}

/// [`read_html`] with the hash of the bytes as found (before charset decoding).
pub(crate) fn extract(html: &str, origin: &Origin, hash: String) -> RawDocument {
    let mut diagnostics = Vec::new();
    // Parsers recurse per level of nesting: cap it before parsing (see `depth`).
    let (html, capped) = depth::cap_depth(html, depth::MAX_HTML_DEPTH);
    if let Some(c) = capped {
        diagnostics.push(depth::diagnostic(c));
    }
    let html = html.as_ref();
    let meta = HtmlMetadata::scan(html);
    // A panic in either extractor on some odd page must not end the batch.
    let extracted = catch_unwind(AssertUnwindSafe(|| main_text(html, &meta)));
    let (text, page) = match extracted {
        Ok((Some((text, page)), _)) => (text, page),
        Ok((None, _)) | Err(_) => (Blocks::default(), None),
    };
    let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let fallback_title = text
        .headline
        .or_else(|| page.as_ref().and_then(|p| nonempty(&p.title)));
    let fallback_site = page.as_ref().and_then(|p| nonempty(&p.sitename));
    RawDocument {
        id: origin.id.clone().unwrap_or_else(|| hash.clone()),
        hash,
        path: origin.path.clone(),
        url: origin.url.clone().or(meta.url),
        title: meta.title.or(fallback_title).or(meta.html_title),
        source: meta.site_name.or(fallback_site),
        published: meta.published,
        text: text.text,
        key: origin.key.clone(),
        diagnostics,
        ..RawDocument::default()
    }
}

/// Which extractor finds a page's main text: a process-wide setting, for measuring each path
/// on its own (`examples/html_eval.rs`); `dyad` itself always uses [`HtmlExtractor::Auto`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtmlExtractor {
    /// dyad's own finder, and the `trafilatura` crate where it is not confident.
    Auto,
    /// dyad's own finder only, confident or not.
    Own,
    /// The `trafilatura` crate only.
    Crate,
}

static EXTRACTOR: AtomicU8 = AtomicU8::new(0);
static OWN_PAGES: AtomicU64 = AtomicU64::new(0);
static CRATE_PAGES: AtomicU64 = AtomicU64::new(0);

/// Sets the extractor for every page read from now on (see [`HtmlExtractor`]).
pub fn set_html_extractor(which: HtmlExtractor) {
    EXTRACTOR.store(which as u8, Ordering::Relaxed);
}

fn html_extractor() -> HtmlExtractor {
    match EXTRACTOR.load(Ordering::Relaxed) {
        1 => HtmlExtractor::Own,
        2 => HtmlExtractor::Crate,
        _ => HtmlExtractor::Auto,
    }
}

/// How many pages so far took dyad's own main text, and how many the `trafilatura` crate's.
pub fn html_extractor_counts() -> (u64, u64) {
    (
        OWN_PAGES.load(Ordering::Relaxed),
        CRATE_PAGES.load(Ordering::Relaxed),
    )
}

/// Which extractor gave a page's main text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Took {
    Own,
    Crate,
}

type MainText = Option<(Blocks, Option<trafilatura::Metadata>)>;

/// The page parsed once; its main text from our own finder (`main_text`) when that is
/// confident, else from the `trafilatura` crate on the same parsed page. The crate's metadata
/// comes with the second only. `None`: the crate found no main text.
fn main_text(html: &str, meta: &HtmlMetadata) -> (MainText, Took) {
    // Script and style contents are never text (both extractors remove them after parsing).
    let doc = Document::parse(&depth::strip_scripts(html));
    let which = html_extractor();
    if which != HtmlExtractor::Crate {
        if let Some(found) = main_text::find(&doc) {
            let mut out = TextBuilder {
                drop: Some(&found.drop),
                ..TextBuilder::default()
            };
            out.node(&doc, found.root, 0);
            let blocks = Blocks {
                text: out.text,
                headline: out.headline,
            };
            if which == HtmlExtractor::Own
                || !unsure(&found, &blocks.text, meta.article_body.as_deref())
            {
                OWN_PAGES.fetch_add(1, Ordering::Relaxed);
                return (Some((blocks, None)), Took::Own);
            }
        } else if which == HtmlExtractor::Own {
            OWN_PAGES.fetch_add(1, Ordering::Relaxed);
            return (Some((Blocks::default(), None)), Took::Own);
        }
    }
    CRATE_PAGES.fetch_add(1, Ordering::Relaxed);
    // The extractor's own `content_text` runs all paragraphs together; its cleaned HTML keeps
    // them, and later stages (boilerplate lines, datelines, sentences) need them.
    let text = trafilatura::extract_document(doc, &options())
        .ok()
        .map(|r| (block_text(&r.content_html), Some(r.metadata)));
    (text, Took::Crate)
}

/// Is our own main text not to be trusted: too little of it (a short news item, or the finder
/// missed most of the article), too much of it inside links, too small a share of the page's
/// paragraph text (the article may be elsewhere, or in several parts), or words too far from
/// the page's own JSON-LD `articleBody`? Thresholds: see the module doc.
fn unsure(found: &main_text::Found, text: &str, article_body: Option<&str>) -> bool {
    if found.chars < MIN_CHARS
        || found.link_chars as f32 > MAX_LINK_DENSITY * found.chars as f32
        || found.share < MIN_SHARE
    {
        return true;
    }
    article_body
        .and_then(|body| word_agreement(body, text))
        .is_some_and(|a| {
            // A body much shorter than our text is an excerpt (the lead, a teaser before a
            // paywall): its words must be in our text, but our text may hold more.
            let excerpt = a.body_words * 2 < a.text_words;
            a.recall < MIN_AGREEMENT || (!excerpt && a.precision < MIN_AGREEMENT)
        })
}

/// Below this many characters (whitespace not counted) our main text goes to the crate.
const MIN_CHARS: u32 = 400;
/// Above this share of link text, likewise.
const MAX_LINK_DENSITY: f32 = 0.2;
/// Below this share of the page's paragraph text, likewise.
const MIN_SHARE: f32 = 0.6;
/// Below this word recall or precision against the JSON-LD `articleBody`, likewise.
const MIN_AGREEMENT: f32 = 0.8;
/// A JSON-LD `articleBody` shorter than this many words is a summary, not a check.
const MIN_BODY_WORDS: usize = 30;

/// How far `text` agrees with `body`, word for word.
#[derive(Debug, PartialEq)]
struct Agreement {
    /// Share of the words of `body` that are in `text` (words as multisets, case kept).
    recall: f32,
    /// Share of the words of `text` that are in `body`.
    precision: f32,
    body_words: usize,
    text_words: usize,
}

/// How far `text` agrees with `body`; `None` when `body` is too short to check against.
fn word_agreement(body: &str, text: &str) -> Option<Agreement> {
    let words = |s: &'_ str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let body = words(body);
    if body.len() < MIN_BODY_WORDS {
        return None;
    }
    let mut counts: std::collections::HashMap<&str, i32> = std::collections::HashMap::new();
    for w in &body {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let text = words(text);
    let mut common = 0usize;
    for w in &text {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    Some(Agreement {
        recall: common as f32 / body.len() as f32,
        precision: common as f32 / text.len().max(1) as f32,
        body_words: body.len(),
        text_words: text.len(),
    })
}

/// The main text of a page, and its headline.
#[derive(Debug, Default, PartialEq)]
struct Blocks {
    text: String,
    /// The `<h1>` that opens the content: the page's title, kept as such rather than as text.
    headline: Option<String>,
}

/// Plain text of the extracted HTML: blocks (paragraphs, headings, quotes) separated by a blank
/// line, list items, table rows and `<br>` by a line break, other whitespace collapsed.
///
/// Two kinds of block are not article text: the headline (an `<h1>` before any text: it is
/// the title, and kept once, as the title), and list items that hold nothing but a heading
/// (cards of other stories: "Most read", "More from"). Without them the benchmark's F1 goes
/// from 0.968 to 0.972 (see the module doc).
fn block_text(html: &str) -> Blocks {
    let doc = Document::parse(html);
    let mut out = TextBuilder::default();
    out.node(&doc, doc.body().unwrap_or_else(|| doc.root()), 0);
    Blocks {
        text: out.text,
        headline: out.headline,
    }
}

#[derive(Default)]
struct TextBuilder<'a> {
    /// Elements left out with all they hold (our own finder's boilerplate).
    drop: Option<&'a HashSet<NodeId>>,
    text: String,
    /// Line breaks owed before the next text: 0, 1 (`\n`) or 2 (`\n\n`).
    breaks: u8,
    space: bool,
    headline: Option<String>,
}

/// A list item that holds only a heading: a card linking to another story.
fn is_story_card(doc: &Document, li: NodeId) -> bool {
    let mut headings = 0;
    for c in doc.child_nodes(li) {
        if doc.is_element(c) {
            if !matches!(doc.tag_name(c), "h2" | "h3" | "h4" | "h5" | "h6") {
                return false;
            }
            headings += 1;
        } else if !doc.text_content(c).trim().is_empty() {
            return false;
        }
    }
    headings > 0
}

impl TextBuilder<'_> {
    fn node(&mut self, doc: &Document, id: NodeId, depth: usize) {
        if doc.is_text(id) {
            return self.push(&doc.text_content(id));
        }
        if !doc.is_element(id) || self.drop.is_some_and(|d| d.contains(&id)) {
            return;
        }
        if depth > 256 {
            // Pathologically deep: its text, without structure.
            return self.push(&doc.text_content(id));
        }
        let (before, after) = match doc.tag_name(id) {
            "script" | "style" | "template" => return,
            "br" | "hr" => return self.line_break(1),
            "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "ul"
            | "ol" | "dl" | "table" | "figure" | "figcaption" | "section" | "article"
            | "header" | "footer" | "aside" | "main" | "details" | "summary" | "address" => (2, 2),
            "li" | "tr" | "dt" | "dd" | "caption" => (1, 1),
            _ => (0, 0),
        };
        match doc.tag_name(id) {
            "h1" if self.text.is_empty() && self.headline.is_none() => {
                let t = doc.text_content(id);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    self.headline = Some(t);
                    return;
                }
            }
            "li" if is_story_card(doc, id) => return,
            _ => {}
        }
        self.line_break(before);
        if matches!(doc.tag_name(id), "td" | "th") {
            self.space = true;
        }
        for child in doc.child_nodes(id) {
            self.node(doc, child, depth + 1);
        }
        self.line_break(after);
    }

    fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.space = true;
                continue;
            }
            if !self.text.is_empty() {
                match self.breaks {
                    2 => self.text.push_str("\n\n"),
                    1 => self.text.push('\n'),
                    _ if self.space => self.text.push(' '),
                    _ => {}
                }
            }
            self.breaks = 0;
            self.space = false;
            self.text.push(c);
        }
    }

    fn line_break(&mut self, n: u8) {
        self.breaks = self.breaks.max(n);
    }
}

/// The crate's settings, measured best on the benchmark with the crate alone: its fallback on
/// (without it F1 0.936), favouring precision. Its hook for a caller's readability candidate
/// cost F1 (0.972 -> 0.960), and it lets us skip none of its metadata or language work: our
/// own finder is what saves the time.
fn options() -> trafilatura::Options {
    trafilatura::Options::default()
        .with_fallback(true)
        .with_focus(trafilatura::ExtractionFocus::FavorPrecision)
        .with_exclude_comments(true)
        .with_html_date_mode(trafilatura::HtmlDateMode::Disabled)
        .with_prune_selector(NOT_TEXT)
}

/// Elements that hold no article text, removed from the parsed page before extraction: the
/// crate's cleaning removes them too, but only after copying the page twice, and its
/// readability and jusText fallbacks serialise and parse them again. JSON-LD stays: the crate
/// reads it to tell forum threads. Same text on every benchmark page; 2.5% fewer instructions.
const NOT_TEXT: &str =
    r#"script:not([type="application/ld+json"]), style, noscript, template, svg"#;

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Lavrov visits Islamabad | Example News</title>
<meta property="og:title" content="Lavrov visits Islamabad &amp; meets Qureshi">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-04-07T10:00:00+05:00">
<link rel="canonical" href="https://example.com/lavrov">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>
<div class="date">Thursday, May 23, 2024</div></header>
<article><h1>Lavrov visits Islamabad</h1>
<p>Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for a two-day visit,
the first by a Russian foreign minister in nine years, and held talks with his Pakistani
counterpart Shah Mahmood Qureshi on regional security and Afghanistan.</p>
<p>The two ministers discussed the Afghan peace process, energy cooperation and the
construction of a gas pipeline from Karachi to Lahore, officials said after the meeting.</p>
<p>Lavrov also met Prime Minister Imran Khan and army chief General Qamar Javed Bajwa before
returning to Moscow on Wednesday evening.</p>
</article>
<footer>Comments are closed. Back to top button. Copyright 2024 Example News.</footer>
</body></html>"#;

    #[test]
    fn main_text_and_metadata() {
        let origin = Origin {
            path: Some("a/page.html".into()),
            ..Origin::default()
        };
        let doc = read_html(PAGE, &origin);
        assert!(
            doc.text.contains("Sergey Lavrov arrived in Islamabad"),
            "{}",
            doc.text
        );
        assert!(doc.text.contains("returning to Moscow"), "{}", doc.text);
        assert!(!doc.text.contains("About us"), "{}", doc.text);
        assert!(!doc.text.contains("Back to top"), "{}", doc.text);
        assert_eq!(
            doc.title.as_deref(),
            Some("Lavrov visits Islamabad & meets Qureshi")
        );
        assert_eq!(doc.source.as_deref(), Some("Example News"));
        assert_eq!(doc.published.as_deref(), Some("2021-04-07T10:00:00+05:00"));
        assert_eq!(doc.url.as_deref(), Some("https://example.com/lavrov"));
        assert_eq!(doc.path.as_deref(), Some("a/page.html"));
        assert_eq!(doc.id, doc.hash);
        assert_eq!(doc.hash, sha256_hex(PAGE.as_bytes()));
    }

    #[test]
    fn paragraphs_are_kept() {
        let t = block_text(
            "<h1>Title</h1><p>One\n  two <b>bold</b>.</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p><table><tr><td>c1</td><td>c2</td></tr></table>",
        );
        assert_eq!(t.text, "One two bold.\n\na\nb\n\nx\ny\n\nc1 c2");
        assert_eq!(t.headline.as_deref(), Some("Title"));
        let doc = read_html(PAGE, &Origin::default());
        assert!(
            doc.text.contains("Afghanistan.\n\nThe two ministers"),
            "{:?}",
            doc.text
        );
    }

    #[test]
    fn the_headline_is_the_title_and_story_cards_are_not_text() {
        let t = block_text(
            "<h1>Lavrov  visits\nIslamabad</h1><p>Lavrov arrived on Tuesday.</p><h2>Talks</h2><p>They talked.</p><ul><li>Point one</li><li><h3>Another story</h3></li><li><h4>And another</h4></li></ul><h1>Second h1 stays</h1>",
        );
        assert_eq!(t.headline.as_deref(), Some("Lavrov visits Islamabad"));
        assert_eq!(
            t.text,
            "Lavrov arrived on Tuesday.\n\nTalks\n\nThey talked.\n\nPoint one\n\nSecond h1 stays"
        );
        // Without metadata, the headline is the document's title.
        let doc = read_html(
            "<html><body><article><h1>Lavrov in Islamabad</h1><p>Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for a two-day visit, the first in nine years.</p><p>He met Foreign Minister Shah Mahmood Qureshi and Prime Minister Imran Khan during the visit.</p></article></body></html>",
            &Origin::default(),
        );
        assert_eq!(doc.title.as_deref(), Some("Lavrov in Islamabad"), "{doc:?}");
        assert!(!doc.text.contains("Lavrov in Islamabad"), "{}", doc.text);
    }

    #[test]
    fn scripts_styles_and_svg_are_not_text() {
        let page = r#"<html><head><style>p { color: red }</style>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry resumes"}</script>
</head><body><article>
<p>The ferry between the two islands resumed service on Friday after a week of repairs to its engine, the operator said in a statement.</p>
<script>var teaser = "Read more stories like this one";</script>
<noscript><p>Please enable JavaScript to see the comments.</p></noscript>
<svg><text>Share this article</text></svg>
<p>Passengers with tickets for cancelled crossings can use them until the end of the month, and the timetable is unchanged.</p>
</article></body></html>"#;
        let doc = read_html(page, &Origin::default());
        assert_eq!(
            doc.text,
            "The ferry between the two islands resumed service on Friday after a week of repairs to its engine, the operator said in a statement.\n\nPassengers with tickets for cancelled crossings can use them until the end of the month, and the timetable is unchanged."
        );
        assert_eq!(doc.title.as_deref(), Some("Ferry resumes"));
    }

    #[test]
    fn origin_wins_over_page() {
        let origin = Origin {
            id: Some("rec-1".into()),
            url: Some("https://mirror.example/x".into()),
            ..Origin::default()
        };
        let doc = read_html(PAGE, &origin);
        assert_eq!(doc.id, "rec-1");
        assert_eq!(doc.url.as_deref(), Some("https://mirror.example/x"));
    }

    /// Our own finder's text and which extractor gave it.
    fn took(html: &str) -> (String, Took) {
        let meta = HtmlMetadata::scan(html);
        let (text, took) = main_text(html, &meta);
        (text.map(|(b, _)| b.text).unwrap_or_default(), took)
    }

    const HARBOUR_1: &str = "The harbour of the island town reopened to fishing boats on Monday, four days after a storm sank two trawlers at their moorings and tore a crane from the quay.";
    const HARBOUR_2: &str = "Divers from the coast guard raised the first of the sunken boats on Sunday evening; the second is to be lifted once a floating crane arrives from the mainland.";
    const HARBOUR_3: &str = "The harbour master said the outer breakwater had held, but that the inner wall needed new stone along forty metres before the winter, at a cost the council has not yet agreed.";
    const HARBOUR_4: &str = "Ferries to the mainland, which had sailed from a beach landing since Thursday, return to their usual berth on Wednesday with the normal timetable.";

    #[test]
    fn our_finder_leaves_out_boilerplate_around_and_inside_the_article() {
        let page = format!(
            r#"<html><head><title>Harbour reopens | Coast Daily</title></head><body>
<div class="site-top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div class="layout"><div class="story-body">
<h1>Harbour reopens after storm</h1>
<div class="byline">By a staff writer, with reporting from the quay</div>
<p>{HARBOUR_1}</p>
<div class="GoogleAd-wrapper"><div class="adCaption">Advertisement</div></div>
<p>{HARBOUR_2}</p>
<div style="display: none"><p>A paragraph hidden by its style is not part of what a reader sees on the page.</p></div>
<h2>Repairs</h2>
<p>{HARBOUR_3}</p>
<ul class="list"><li><a href="/a">Fish prices fall at the morning auction</a></li><li><a href="/b">New lifeboat named after a local skipper</a></li></ul>
<p>{HARBOUR_4}</p>
<div class="share-tools">Share this story with friends</div>
<h3>Comments</h3>
</div>
<div class="sidebar"><p>Our weekly newsletter brings the island's news to your inbox every Friday morning.</p></div>
</div>
<div class="comments"><p>I was on the quay when the crane fell and it was a frightening sight for all of us there.</p></div>
<footer><p>Copyright Coast Daily, all rights reserved, no part may be copied without leave.</p></footer>
</body></html>"#
        );
        let (text, took) = took(&page);
        assert_eq!(took, Took::Own);
        assert_eq!(
            text,
            format!("{HARBOUR_1}\n\n{HARBOUR_2}\n\nRepairs\n\n{HARBOUR_3}\n\n{HARBOUR_4}")
        );
        let doc = read_html(&page, &Origin::default());
        assert_eq!(doc.title.as_deref(), Some("Harbour reopens after storm"));
    }

    #[test]
    fn an_article_split_by_an_advertisement_is_kept_whole() {
        let page = format!(
            r#"<html><body><div class="column">
<div class="chunk"><div class="text-wrap"><p>{HARBOUR_1}</p><p>{HARBOUR_2}</p></div></div>
<div class="chunk"><div class="ad-slot">Advertisement</div></div>
<div class="chunk"><div class="text-wrap"><p>{HARBOUR_3}</p><p>{HARBOUR_4}</p></div></div>
</div>
<div class="more"><ul><li><a href="/x">A teaser for another story on the site</a></li></ul></div>
</body></html>"#
        );
        let (text, took) = took(&page);
        assert_eq!(took, Took::Own);
        assert_eq!(
            text,
            format!("{HARBOUR_1}\n\n{HARBOUR_2}\n\n{HARBOUR_3}\n\n{HARBOUR_4}")
        );
    }

    #[test]
    fn a_block_of_text_beside_the_article_is_not_part_of_it() {
        // A news ticker: text of its own, not paragraphs, beside the element that holds the
        // article (here through a wrapper, `main`, that holds nothing else with text).
        let page = format!(
            r#"<html><body>
<div class="ticker">LIVE: Ferries resume on the northern route · Fish auction moves to Tuesday · Gale warning for the coast</div>
<main><article><p>{HARBOUR_1}</p><p>{HARBOUR_2}</p><p>{HARBOUR_3}</p></article><aside><p>Our weekly newsletter brings the island's news to your inbox.</p></aside></main>
</body></html>"#
        );
        let (text, took) = took(&page);
        assert_eq!(took, Took::Own);
        assert_eq!(text, format!("{HARBOUR_1}\n\n{HARBOUR_2}\n\n{HARBOUR_3}"));
    }

    #[test]
    fn what_comes_before_the_headline_is_not_text() {
        let page = format!(
            r#"<html><body><article>
<div class="story-number">Story 1204 in the island section, filed at 14:25</div>
<p class="kicker">Island news</p>
<h1>Harbour reopens after storm</h1>
<div class="entry-meta">A staff writer · 6 December · 1,204 views</div>
<p>{HARBOUR_1}</p><p>{HARBOUR_2}</p><p>{HARBOUR_3}</p>
</article></body></html>"#
        );
        let (text, by) = took(&page);
        assert_eq!(by, Took::Own);
        assert_eq!(text, format!("{HARBOUR_1}\n\n{HARBOUR_2}\n\n{HARBOUR_3}"));
        let doc = read_html(&page, &Origin::default());
        assert_eq!(doc.title.as_deref(), Some("Harbour reopens after storm"));
        // An `<h1>` after the first paragraph is a heading in the text.
        let page = format!(
            "<html><body><article><p>{HARBOUR_1}</p><h1>Repairs</h1><p>{HARBOUR_2}</p><p>{HARBOUR_3}</p></article></body></html>"
        );
        assert_eq!(
            took(&page).0,
            format!("{HARBOUR_1}\n\nRepairs\n\n{HARBOUR_2}\n\n{HARBOUR_3}")
        );
    }

    #[test]
    fn a_form_around_the_whole_page_is_not_boilerplate() {
        let page = format!(
            r#"<html><body><form id="pageForm" action="/post">
<div class="menu"><a href="/">Home</a> <a href="/about">About</a></div>
<div class="article"><p>{HARBOUR_1}</p><p>{HARBOUR_2}</p><p>{HARBOUR_3}</p></div>
</form></body></html>"#
        );
        let (text, took) = took(&page);
        assert_eq!(took, Took::Own);
        assert_eq!(text, format!("{HARBOUR_1}\n\n{HARBOUR_2}\n\n{HARBOUR_3}"));
    }

    #[test]
    fn the_crate_runs_where_our_finder_is_not_sure() {
        // Too short to trust.
        let short = format!("<html><body><article><p>{HARBOUR_1}</p></article></body></html>");
        let (text, took_) = took(&short);
        assert_eq!(took_, Took::Crate);
        assert_eq!(text, HARBOUR_1);
        // Too much of the text is in links.
        let linked = format!(
            r#"<html><body><div class="list">
<p>{HARBOUR_1} <a href="/1">Fish prices fall at the morning auction again</a> <a href="/2">A new lifeboat is named after a skipper</a></p>
<p>{HARBOUR_2} <a href="/3">The ferry timetable for the winter months</a> <a href="/4">The council meets on the harbour wall repairs</a></p>
<p>{HARBOUR_3} <a href="/5">Divers recover a trawler from the seabed</a> <a href="/6">Storm damage across the island in pictures</a></p>
</div></body></html>"#
        );
        assert_eq!(took(&linked).1, Took::Crate);
        // The page's JSON-LD says the article is about something else.
        let body = "A new library opened in the capital on Saturday with reading rooms for two hundred people, a children's floor and a café on the roof, the city said in a statement after the mayor cut the ribbon in front of a crowd of several hundred residents.";
        let page = |body: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{body}"}}</script></head>
<body><div class="story"><p>{HARBOUR_1}</p><p>{HARBOUR_2}</p><p>{HARBOUR_3}</p></div></body></html>"#
            )
        };
        assert_eq!(took(&page(body)).1, Took::Crate);
        // … and where it agrees, our text stands,
        let agrees = format!("{HARBOUR_1} {HARBOUR_2} {HARBOUR_3}");
        assert_eq!(took(&page(&agrees)).1, Took::Own);
        // as it does against an excerpt of the article (the lead before a paywall), whose
        // words are in our text, which holds more (the library's body above is as short, but
        // its words are not in our text).
        // Its first paragraph (30 words) is less than half of our text; the first two are more,
        // and then the third paragraph is too much text that the body does not have.
        assert_eq!(took(&page(HARBOUR_1)).1, Took::Own);
        let lead = format!("{HARBOUR_1} {HARBOUR_2}");
        assert_eq!(took(&page(&lead)).1, Took::Crate);
    }

    #[test]
    fn word_agreement_counts_words_as_multisets() {
        let body = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty a b c d e f g h i j";
        assert_eq!(word_agreement("too short to check", body), None);
        let same = word_agreement(body, body).unwrap();
        assert_eq!((same.recall, same.precision), (1.0, 1.0));
        // Half the body's words, each once, and as many other words.
        let half = word_agreement(body, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen x x x x x x x x x x x x x x x").unwrap();
        assert_eq!(
            half,
            Agreement {
                recall: 0.5,
                precision: 0.5,
                body_words: 30,
                text_words: 30
            }
        );
    }

    #[test]
    fn no_content_is_empty_text_not_a_panic() {
        for html in [
            "",
            "<html></html>",
            "<div>&nbsp;</div>",
            "<a href=x>",
            "<html><body><script>x</script></body>",
        ] {
            let doc = read_html(html, &Origin::default());
            assert!(doc.text.trim().is_empty(), "{html:?} gave {:?}", doc.text);
        }
    }
}
