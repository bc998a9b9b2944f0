//! A cap on how deeply an HTML page nests, applied before the page is parsed.
//!
//! HTML parsers and the tree walks after them recurse once per level of nesting: a page of
//! 100,000 unclosed `<div>`s overflows the stack and ends the process. [`cap_depth`] scans the
//! tags once (linear, no tree) and removes the tags that would open an element deeper than the
//! cap, with their end tags, keeping all their text: such a page is read as if its innermost
//! levels were one flat block.
//!
//! The scan follows HTML's shape closely enough to count depth as a parser would: void
//! elements (`<br>`, `<img>`…) and `<x/>` open nothing; elements whose end tag is optional
//! (`<p>`, `<li>`, `<td>`…) are not counted, so old pages that never close them are not
//! flattened; comments, `<!…>`, `<?…>` and the contents of `<script>`, `<style>`, `<textarea>`
//! and `<title>` are skipped as the parser skips them.

use std::borrow::Cow;

/// How deep a page may nest before its inner levels are flattened. Real pages stay below 60;
/// this depth parses within the 2 MiB stack of a worker thread.
pub const MAX_HTML_DEPTH: usize = 128;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound", "isindex",
];

/// Elements a parser closes by itself (optional end tags): not counted as depth.
const SELF_CLOSING: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt",
    "rp", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is text, not tags.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// What [`cap_depth`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capped {
    /// The deepest nesting the page asked for.
    pub depth: usize,
    /// Tags removed (openings and their end tags).
    pub removed: usize,
}

/// The diagnostic a flattened page carries.
pub fn diagnostic(c: Capped) -> dyad_core::Diagnostic {
    dyad_core::Diagnostic {
        stage: "ingest",
        message: format!(
            "HTML nested {} elements deep; {} tags below depth {MAX_HTML_DEPTH} were removed and their text kept",
            c.depth, c.removed
        ),
    }
}

/// The page with every element below `max` levels unwrapped (tags removed, text kept), and
/// what was done; the page itself, borrowed, when it is within the cap.
pub fn cap_depth(html: &str, max: usize) -> (Cow<'_, str>, Option<Capped>) {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // Levels opened beyond the cap, whose end tags are removed too.
    let mut over = 0usize;
    let mut out: Option<String> = None;
    let mut removed = 0usize;
    // Bytes up to here are copied (or dropped) already.
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        let Some(tag) = Tag::at(bytes, lt) else {
            i = lt + 1;
            continue;
        };
        let mut drop = false;
        match tag.kind {
            TagKind::Open { name, self_closed } => {
                let mut buf = [0u8; 16];
                // A longer name is none of the listed ones: an ordinary element.
                let lower = lowercase(name, &mut buf).unwrap_or("-");
                if RAW_TEXT.contains(&lower) && !self_closed {
                    // No children, and content that is not markup: skip to its end tag.
                    i = find_end_tag(bytes, tag.end, lower);
                    continue;
                }
                if !self_closed && !VOID.contains(&lower) && !SELF_CLOSING.contains(&lower) {
                    depth += 1;
                    deepest = deepest.max(depth);
                    if depth > max {
                        over += 1;
                        drop = true;
                    }
                }
            }
            TagKind::Close { name } => {
                let mut buf = [0u8; 16];
                let lower = lowercase(name, &mut buf).unwrap_or("-");
                let counted = !VOID.contains(&lower) && !SELF_CLOSING.contains(&lower);
                if counted && depth > 0 {
                    if depth > max && over > 0 {
                        over -= 1;
                        drop = true;
                    }
                    depth -= 1;
                }
            }
            TagKind::Other => {}
        }
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = tag.end;
            removed += 1;
        }
        i = tag.end;
    }
    match out {
        None => (Cow::Borrowed(html), None),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            let capped = Capped {
                depth: deepest,
                removed,
            };
            (Cow::Owned(o), Some(capped))
        }
    }
}

/// The page without the contents of its `<script>` and `<style>` elements (the tags stay,
/// empty), except JSON-LD scripts, nor of its inline `<svg>` drawings (icons): they are never
/// text, they are half the bytes of a typical news page, and the parser would read every byte
/// of them. Borrowed when there is nothing to remove. Script contents end where the parser
/// ends them (`</script`), as in [`cap_depth`]; a drawing at its first `</svg` (one inside
/// another leaves the outer one's rest, which is no text either).
pub fn strip_scripts(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        let Some(tag) = Tag::at(bytes, lt) else {
            i = lt + 1;
            continue;
        };
        i = tag.end;
        let TagKind::Open { name, self_closed } = tag.kind else {
            continue;
        };
        let mut buf = [0u8; 16];
        let lower = lowercase(name, &mut buf).unwrap_or("-");
        if self_closed || !(RAW_TEXT.contains(&lower) || lower == "svg") {
            continue;
        }
        let end = find_end_tag(bytes, tag.end, lower);
        let json_ld =
            memchr::memmem::find(&bytes[lt..tag.end].to_ascii_lowercase(), b"ld+json").is_some();
        if matches!(lower, "script" | "style" | "svg") && !json_ld && end > tag.end {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            o.push_str(&html[copied..tag.end]);
            copied = end;
        }
        i = end;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

enum TagKind<'a> {
    Open {
        name: &'a str,
        self_closed: bool,
    },
    Close {
        name: &'a str,
    },
    /// A comment, doctype or processing instruction.
    Other,
}

struct Tag<'a> {
    kind: TagKind<'a>,
    /// Just past the tag's `>` (or the end of the page).
    end: usize,
}

impl<'a> Tag<'a> {
    /// The tag starting at the `<` at `lt`, or `None` when that `<` is text.
    fn at(bytes: &'a [u8], lt: usize) -> Option<Tag<'a>> {
        let rest = &bytes[lt + 1..];
        match rest.first()? {
            b'!' => {
                let end = if rest.starts_with(b"!--") {
                    find(bytes, lt + 4, b"-->").map_or(bytes.len(), |p| p + 3)
                } else {
                    memchr(b'>', rest).map_or(bytes.len(), |p| lt + 1 + p + 1)
                };
                Some(Tag {
                    kind: TagKind::Other,
                    end,
                })
            }
            b'?' => Some(Tag {
                kind: TagKind::Other,
                end: memchr(b'>', rest).map_or(bytes.len(), |p| lt + 1 + p + 1),
            }),
            b'/' => {
                let name = name_at(bytes, lt + 2)?;
                let end = memchr(b'>', &bytes[lt + 2..]).map_or(bytes.len(), |p| lt + 2 + p + 1);
                Some(Tag {
                    kind: TagKind::Close { name },
                    end,
                })
            }
            _ => {
                let name = name_at(bytes, lt + 1)?;
                let (end, self_closed) = open_tag_end(bytes, lt + 1 + name.len());
                Some(Tag {
                    kind: TagKind::Open { name, self_closed },
                    end,
                })
            }
        }
    }
}

/// The tag name starting at `at` (an ASCII letter, then letters, digits, `-`, `:`).
fn name_at(bytes: &[u8], at: usize) -> Option<&str> {
    if !bytes.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    let len = bytes[at..]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b':'))
        .unwrap_or(bytes.len() - at);
    std::str::from_utf8(&bytes[at..at + len]).ok()
}

/// The end of an opening tag whose attributes start at `at` (quoted values may hold `>`), and
/// whether it ends with `/>`.
fn open_tag_end(bytes: &[u8], mut at: usize) -> (usize, bool) {
    while let Some(off) = memchr::memchr3(b'>', b'"', b'\'', &bytes[at.min(bytes.len())..]) {
        let i = at + off;
        match bytes[i] {
            b'>' => return (i + 1, i > 0 && bytes[i - 1] == b'/'),
            quote => match memchr(quote, &bytes[i + 1..]) {
                Some(close) => at = i + 1 + close + 1,
                None => break,
            },
        }
    }
    (bytes.len(), false)
}

/// Just before the end tag `</name` after `from` (case-insensitive), or the end of the page.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(off) = find(bytes, i, b"</") {
        let at = off + 2;
        let candidate = bytes.get(at..at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return off;
        }
        i = off + 2;
    }
    bytes.len()
}

// The `memchr` crate's searches (vectorised; the crate is in the tree already, through
// `regex`): this scan runs over every byte of every page.
use memchr::memchr;

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|p| from + p)
}

/// `name` lowercased into `buf`, or `None` when it is longer than any name the lists hold.
fn lowercase<'b>(name: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let out = buf.get_mut(..name.len())?;
    out.copy_from_slice(name.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_and_styles_are_emptied_but_json_ld_kept() {
        let page = r#"<head><STYLE>p { x: "<b>" }</STYLE><script type="application/ld+json">{"a": 1}</script><script src=x.js></script><script>if (a < b) { document.write("</p>"); }</script ><title>a <b> title</title></head><body><p>Text</p><script/>after</body>"#;
        assert_eq!(
            strip_scripts(page),
            r#"<head><STYLE></STYLE><script type="application/ld+json">{"a": 1}</script><script src=x.js></script><script></script ><title>a <b> title</title></head><body><p>Text</p><script/>after</body>"#
        );
        assert!(matches!(
            strip_scripts("<p>no scripts</p>"),
            Cow::Borrowed(_)
        ));
        // An unclosed script runs to the end of the page, as the parser reads it.
        assert_eq!(strip_scripts("<p>a</p><script>var x"), "<p>a</p><script>");
    }

    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        for page in [
            "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div></body></html>",
            "<div><br><img src='a>b'><x/></div><!-- <div><div> --><script>if (a<b) {}</script>",
            "a < b and c<d",
        ] {
            let (out, capped) = cap_depth(page, 3);
            assert!(matches!(out, Cow::Borrowed(_)), "{page}");
            assert_eq!(capped, None, "{page}");
        }
    }

    #[test]
    fn deep_levels_are_flattened_keeping_text() {
        let page = "<div><div><section><div>deep <b>text</b></div></section></div>tail</div>";
        let (out, capped) = cap_depth(page, 2);
        assert_eq!(out, "<div><div>deep text</div>tail</div>");
        assert_eq!(
            capped,
            Some(Capped {
                depth: 5,
                removed: 6
            })
        );
    }

    #[test]
    fn unclosed_optional_end_tags_do_not_count() {
        let page = "<ul>".to_string() + &"<li><p>item".repeat(10_000) + "</ul>";
        assert_eq!(cap_depth(&page, 4).1, None);
    }

    #[test]
    fn a_hundred_thousand_divs() {
        let page = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let (out, capped) = cap_depth(&page, MAX_HTML_DEPTH);
        let c = capped.unwrap();
        assert_eq!(c.depth, 100_000);
        assert_eq!(c.removed, 2 * (100_000 - MAX_HTML_DEPTH));
        assert_eq!(out.matches("<div>").count(), MAX_HTML_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_HTML_DEPTH);
    }
}
