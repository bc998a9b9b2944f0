//! A light scan of a page's metadata: `<meta>` tags (Open Graph, article:, Dublin Core, …),
//! `<title>`, JSON-LD (`headline`, `datePublished`, `publisher.name`, `articleBody`), `<time
//! datetime>` and the canonical link. A scan of the raw HTML for those tags (the `memchr`
//! crate's search for each `<`, then the tag's name; a case-insensitive regular expression
//! over the whole page cost six times as much), no DOM: it runs beside the extractor.
//!
//! Dates are kept as found (unparsed): the time stage parses them. Only *publication* dates are
//! taken, never modification or crawl dates, and a `<time>` in the page header is not trusted
//! over one in the article.

use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HtmlMetadata {
    /// The article's title: og:title, JSON-LD headline, twitter:title.
    pub title: Option<String>,
    /// The page's `<title>`, often with the site's name in it: a last resort.
    pub html_title: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    /// og:url or the canonical link.
    pub url: Option<String>,
    /// The article's text as the page's JSON-LD gives it (`articleBody`): a check on the
    /// main text found in the page, not a source of text (it has no paragraph breaks).
    pub article_body: Option<String>,
}

macro_rules! re {
    ($name:ident, $re:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new($re).expect("valid regex"));
    };
}

re!(
    ATTR,
    r#"(?s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"#
);

/// Meta names (lowercase) that carry a publication date, after `article:published_time` and
/// JSON-LD; first found wins.
const DATE_NAMES: &[&str] = &[
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "article.published",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
];

impl HtmlMetadata {
    pub(crate) fn scan(html: &str) -> HtmlMetadata {
        let metas: Vec<(String, String)> = tags(html, "meta")
            .filter_map(|(_, tag)| {
                let attrs = attributes(tag);
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| get(&attrs, k))
                    .map(str::to_ascii_lowercase)?;
                let content = clean(get(&attrs, "content")?)?;
                Some((key, content))
            })
            .collect();
        let meta = |key: &str| metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let ld = JsonLd::scan(html);

        let published = meta("article:published_time")
            .or_else(|| ld.published.clone())
            .or_else(|| DATE_NAMES.iter().find_map(|k| meta(k)))
            .or_else(|| time_datetime(html));
        let title = meta("og:title")
            .or(ld.headline)
            .or_else(|| meta("twitter:title"));
        let html_title = tags(html, "title")
            .find_map(|(at, tag)| content_until(html, at + tag.len(), "title"))
            .and_then(clean);
        let site_name = meta("og:site_name")
            .or(ld.publisher)
            .or_else(|| meta("application-name"));
        let url = meta("og:url").or_else(|| canonical(html));
        HtmlMetadata {
            title,
            html_title,
            published,
            site_name,
            url,
            article_body: ld.article_body,
        }
    }
}

/// Every `<name …>` tag of `html` (the name matched whole, in any case) up to its first `>`,
/// with the byte where it starts.
fn tags<'a>(html: &'a str, name: &'static str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let bytes = html.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(off) = memchr::memchr(b'<', &bytes[at..]) {
            let lt = at + off;
            at = lt + 1;
            let after = lt + 1 + name.len();
            let named = bytes
                .get(lt + 1..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
            let whole = bytes
                .get(after)
                .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'_'));
            if named && whole {
                let end = after + memchr::memchr(b'>', &bytes[after..])? + 1;
                at = end;
                return Some((lt, &html[lt..end]));
            }
        }
        None
    })
}

/// The text from `from` up to the end tag `</name>` (any case, spaces before `>` allowed), or
/// `None` when the element is not closed.
fn content_until<'a>(html: &'a str, from: usize, name: &str) -> Option<&'a str> {
    let bytes = html.as_bytes();
    let mut at = from;
    loop {
        let lt = at + memchr::memmem::find(bytes.get(at..)?, b"</")?;
        let after = lt + 2 + name.len();
        let named = bytes
            .get(lt + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if named {
            let rest = &bytes[after..];
            let spaces = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if rest.get(spaces) == Some(&b'>') {
                return Some(&html[from..lt]);
            }
        }
        at = lt + 2;
    }
}

fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The `datetime` of a `<time>` marked as the publication date, else of the first `<time>`
/// inside the article (after the first `<article>` or `<h1>`), else of the first one at all.
fn time_datetime(html: &str) -> Option<String> {
    let times: Vec<(usize, Vec<(String, String)>)> = tags(html, "time")
        .map(|(at, tag)| (at, attributes(tag)))
        .collect();
    let datetime = |attrs: &[(String, String)]| get(attrs, "datetime").and_then(clean);
    let marked = times.iter().find(|(_, a)| {
        get(a, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("datePublished"))
            || get(a, "pubdate").is_some()
    });
    if let Some(d) = marked.and_then(|(_, a)| datetime(a)) {
        return Some(d);
    }
    let first = |name| tags(html, name).next().map(|(at, _)| at);
    let start = match (first("article"), first("h1")) {
        (Some(a), Some(h)) => a.min(h),
        (a, h) => a.or(h).unwrap_or(0),
    };
    times
        .iter()
        .filter(|(at, _)| *at >= start)
        .chain(times.iter())
        .find_map(|(_, a)| datetime(a))
}

fn canonical(html: &str) -> Option<String> {
    tags(html, "link").find_map(|(_, tag)| {
        let attrs = attributes(tag);
        get(&attrs, "rel")
            .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
            .then(|| get(&attrs, "href").and_then(clean))
            .flatten()
    })
}

/// The attributes of one tag, names lowercased, values with entities decoded.
fn attributes(tag: &str) -> Vec<(String, String)> {
    ATTR.captures_iter(tag)
        .map(|c| {
            let value = c
                .get(2)
                .or(c.get(3))
                .or(c.get(4))
                .map_or("", |m| m.as_str());
            (c[1].to_ascii_lowercase(), value.to_string())
        })
        .collect()
}

fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Entities decoded and whitespace collapsed; `None` when nothing is left.
fn clean(raw: &str) -> Option<String> {
    let text = decode_entities(raw);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// The entities that occur in metadata: the XML five, `&nbsp;` and numeric references.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|j| j + 1).filter(|&j| j <= 10);
        let decoded = end.and_then(|j| {
            let name = &rest[1..j];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name.strip_prefix('#').and_then(|n| {
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    article_body: Option<String>,
}

impl JsonLd {
    fn scan(html: &str) -> JsonLd {
        // Broken JSON-LD is common; it is skipped, not an error.
        let values: Vec<Value> = tags(html, "script")
            .filter(|(_, tag)| contains_ignore_case(tag, "application/ld+json"))
            .filter_map(|(at, tag)| content_until(html, at + tag.len(), "script"))
            .filter_map(|json| serde_json::from_str(json.trim()).ok())
            .collect();
        let mut objects = Vec::new();
        for v in &values {
            collect_objects(v, 0, &mut objects);
        }
        // Article-like objects first, then anything with the field.
        objects.sort_by_key(|o| !is_article(o));
        let field = |name: &str| objects.iter().find_map(|o| o.get(name).and_then(string));
        JsonLd {
            headline: field("headline"),
            published: field("datePublished"),
            publisher: objects
                .iter()
                .find_map(|o| o.get("publisher").and_then(name_of)),
            article_body: field("articleBody"),
        }
    }
}

fn collect_objects<'a>(v: &'a Value, depth: usize, out: &mut Vec<&'a Value>) {
    if depth > 3 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| collect_objects(i, depth + 1, out)),
        Value::Object(map) => {
            out.push(v);
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn is_article(o: &Value) -> bool {
    let article = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
    match o.get("@type") {
        Some(Value::String(t)) => article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}

fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Array(items) => items.iter().find_map(string),
        _ => None,
    }
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(string),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(html: &str) -> HtmlMetadata {
        HtmlMetadata::scan(html)
    }

    #[test]
    fn open_graph_and_title() {
        let m = scan(
            r#"<head><title> Talks in  Moscow &#8211; Site </title>
            <META PROPERTY='og:title' CONTENT='Talks in Moscow'>
            <meta content="Daily Site" property="og:site_name" />
            <meta name="date" content="2025-10-07"></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Talks in Moscow"));
        assert_eq!(m.html_title.as_deref(), Some("Talks in Moscow – Site"));
        assert_eq!(m.site_name.as_deref(), Some("Daily Site"));
        assert_eq!(m.published.as_deref(), Some("2025-10-07"));
    }

    #[test]
    fn json_ld_graph() {
        let m = scan(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Site"},
              {"@type":"NewsArticle","headline":"Fomin in Islamabad","datePublished":"2021-09-29T08:00:00Z",
               "dateModified":"2024-05-23","publisher":{"@type":"Organization","name":"Gulf News"}}]}
            </script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Fomin in Islamabad"));
        assert_eq!(m.published.as_deref(), Some("2021-09-29T08:00:00Z"));
        assert_eq!(m.site_name.as_deref(), Some("Gulf News"));
    }

    #[test]
    fn article_published_time_beats_other_dates() {
        let m = scan(
            r#"<meta name="date" content="2024-05-23"><meta property="article:modified_time" content="2024-01-01">
               <meta property="article:published_time" content="2021-04-06">"#,
        );
        assert_eq!(m.published.as_deref(), Some("2021-04-06"));
    }

    #[test]
    fn time_in_the_article_beats_time_in_the_header() {
        let m = scan(
            r#"<header><time datetime="2024-05-23">Thursday, May 23, 2024</time></header>
               <article><h1>X</h1><time datetime="2021-04-07">April 7</time></article>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2021-04-07"));
        let m = scan(
            r#"<time datetime="2024-05-23">today</time><article><time itemprop="datePublished" datetime="2020-01-02"></time>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2020-01-02"));
        let m = scan(r#"<div><time datetime="2019-03-04">x</time></div>"#);
        assert_eq!(m.published.as_deref(), Some("2019-03-04"));
    }

    #[test]
    fn nothing_and_broken_input() {
        assert_eq!(scan(""), HtmlMetadata::default());
        let m = scan(
            r#"<script type="application/ld+json">{"headline": </script><meta name=date content=>"#,
        );
        assert_eq!(m, HtmlMetadata::default());
    }

    #[test]
    fn canonical_url() {
        let m = scan(r#"<link rel="canonical" href="https://a.example/x?y=1&amp;z=2">"#);
        assert_eq!(m.url.as_deref(), Some("https://a.example/x?y=1&z=2"));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &#x41;&#66; &bogus; & c"),
            "a & b AB &bogus; & c"
        );
    }
}
