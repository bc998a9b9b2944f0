//! No input makes the pipeline panic: random mixtures of every script, digit system, quote
//! mark, combining mark and separator the stages treat specially, plus fragments of real
//! sentences cut at random byte-safe points.

use dyad_core::RawDocument;
use dyad_pipeline::Context;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Russia",
    "Pakistan's",
    "Lavrov",
    " met ",
    " said ",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "\"",
    "'",
    ".",
    "!",
    "?",
    "؟",
    "۔",
    "،",
    "\n",
    "\n\n",
    " ",
    "\u{200C}",
    "\u{0301}",
    "ُ",
    "ّ",
    "٢٩",
    "۱۴۰۴",
    "/",
    "-",
    "–",
    "(",
    ")",
    "سبتمبر",
    "وباكستان",
    "الروسية",
    "التقى",
    "وزير الخارجية",
    "Москве",
    "Лавров",
    "заявил, что",
    "وزیر",
    "کے",
    "April 16",
    "on Tuesday",
    "last month",
    "1980s",
    "U.S.",
    "Gen.",
    "ISIS-K",
    "UN",
    "us",
    "中国",
    "会见",
    "é",
    "İ",
    "ß",
    "\u{FEFF}",
    "0",
    "2021",
    "29/09/2021",
    "| Welcome to",
    "Read more:",
    "@x.org",
    "…",
    "　",
    "\t",
    "the minister",
    "he",
    "will",
    "not",
    "when the Soviet Union invaded",
    "Comments are closed.",
];

#[test]
fn random_documents_never_panic() {
    let ctx = Context::builtin().expect("built-in data loads");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..1500 {
        let n = (rng.next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(PIECES));
        }
        let published = match i % 3 {
            0 => None,
            1 => Some("2021-04-08".to_string()),
            _ => Some("not a date".to_string()),
        };
        let raw = RawDocument {
            id: format!("r{i}"),
            hash: format!("h{i}"),
            text,
            published,
            ..Default::default()
        };
        let doc = ctx.process(raw);
        for e in &doc.events {
            assert!(e.start <= e.end && e.end <= doc.text.len());
        }
        for m in &doc.mentions {
            assert!(
                doc.text.get(m.span.start..m.span.end).is_some(),
                "mention off char boundary"
            );
        }
    }
}

#[test]
fn empty_and_whitespace_documents_get_a_diagnostic() {
    let ctx = Context::builtin().expect("built-in data loads");
    for text in ["", "   \n\n  ", "\u{FEFF}"] {
        let doc = ctx.process(RawDocument {
            id: "e".into(),
            hash: "e".into(),
            text: text.into(),
            ..Default::default()
        });
        assert!(doc.events.is_empty());
        assert!(!doc.diagnostics.is_empty(), "{text:?}");
    }
}

#[test]
fn a_document_over_its_work_budget_keeps_its_entities_and_says_why() {
    let mut ctx = Context::builtin().expect("built-in data loads");
    let raw = || RawDocument {
        id: "b".into(),
        hash: "b".into(),
        text: "Lavrov met Qureshi in Islamabad on Tuesday and they signed a trade agreement. "
            .repeat(2_000),
        published: Some("2021-04-07".into()),
        ..Default::default()
    };
    let said = |doc: &dyad_core::Document| {
        doc.diagnostics
            .iter()
            .any(|d| d.stage == "pipeline" && d.message.starts_with("work budget exceeded"))
    };
    let (whole, work) = ctx.process_counted(raw());
    assert!(!work.exceeded && !said(&whole));
    assert!(!whole.events.is_empty());
    // Only the base budget, far below what these 160 kB take: the same document is cut short.
    ctx.budget_per_byte = 0;
    let (cut, work) = ctx.process_counted(raw());
    assert!(work.exceeded, "{work:?}");
    assert!(said(&cut), "{:?}", cut.diagnostics);
    assert!(cut.events.is_empty() && cut.quotes.is_empty());
    assert_eq!(cut.entities, whole.entities);
    assert_eq!(cut.times, whole.times);
}
