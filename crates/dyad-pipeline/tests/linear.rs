//! Every stage is linear in the length of the text: pathological shapes (deep HTML nesting too)
//! are processed at two sizes, and doubling the input must at most roughly double the work.
//! Work is counted, not timed: the pipeline's own step count ([`dyad_pipeline::Work`]), which
//! includes what the scans that start at a position read (`dyad_core::scan`: a look-back to the
//! line start for every place allocates nothing, but its steps grow with the text), and, as a
//! check on it that the stages cannot fake, the heap allocations they make (a quadratic scan
//! that builds a candidate per pair shows up there). One test in this file: the allocation
//! counter is global.

use dyad_core::RawDocument;
use dyad_pipeline::{Context, Work};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Text of about `n` bytes: `unit` repeated.
fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)
}

const SHAPES: &[(&str, &str)] = &[
    (
        "no punctuation, commas only",
        "Russia, Pakistan, Lavrov, talks, security, Islamabad, ",
    ),
    (
        "one giant sentence",
        "Lavrov met Qureshi and the army chief in Islamabad and talked about trade and ",
    ),
    ("short lines", "Lavrov met Qureshi.\n"),
    (
        "names only",
        "Lavrov Qureshi Fomin Kabulov Muttaqi Bajwa Putin Sharif ",
    ),
    (
        "quotes",
        "“We agree,” Lavrov said. «Нет», — заявил Лавров. ",
    ),
    (
        "arabic without stops",
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الباكستاني في إسلام أباد و",
    ),
    ("dots", "....."),
    ("unclosed quotes", "“Russia and Pakistan agreed "),
];

/// A shape of input at about `n` bytes.
enum Shape {
    /// Text: a unit repeated.
    Text(&'static str),
    /// An HTML page nested `n / 5` `<div>`s deep around one paragraph, read as ingest reads it
    /// (the depth cap, then the HTML parser and main-text extraction), then processed.
    DeepHtml,
}

fn run_shape(ctx: &Context, shape: &Shape, n: usize) -> (Work, u64) {
    match shape {
        Shape::Text(unit) => run(ctx, repeat(unit, n)),
        Shape::DeepHtml => {
            let divs = n / 5;
            let page = format!(
                "<html><body>{}<p>Lavrov met Qureshi in Islamabad on Tuesday.</p>{}</body></html>",
                "<div>".repeat(divs),
                "</div>".repeat(divs)
            );
            let region = Region::new(GLOBAL);
            let raw =
                dyad_ingest::read_stream(std::io::Cursor::new(page.into_bytes()), "deep.html")
                    .next()
                    .expect("one document")
                    .expect("the page reads");
            let (doc, work) = ctx.process_counted(raw);
            let allocations = region.change().allocations as u64;
            drop(doc);
            (work, allocations)
        }
    }
}

fn run(ctx: &Context, text: String) -> (Work, u64) {
    let raw = RawDocument {
        id: "x".into(),
        hash: "x".into(),
        text,
        published: Some("2021-04-07".into()),
        ..Default::default()
    };
    let region = Region::new(GLOBAL);
    let (doc, work) = ctx.process_counted(raw);
    let allocations = region.change().allocations as u64;
    drop(doc);
    (work, allocations)
}

/// Steps per byte of news text: the examples of the README and the seed articles.
fn news_figures(ctx: &Context) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for dir in ["../../examples/articles", "../../../shared/seeds"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if path.extension().is_some_and(|x| x == "html") {
                continue;
            }
            let len = text.len().max(1) as f64;
            let (work, _) = run(ctx, text);
            assert!(!work.exceeded, "{} exceeded its budget", path.display());
            out.push((path.display().to_string(), work.steps() as f64 / len));
        }
    }
    out
}

#[test]
fn doubling_the_input_at_most_doubles_the_work() {
    let mut ctx = Context::builtin().expect("built-in data loads");
    for (name, per_byte) in news_figures(&ctx) {
        println!("{name:<60} {per_byte:>6.1} steps per byte");
    }
    // The budget would cut the densest shapes short: measure them whole.
    ctx.budget_per_byte = u64::MAX / 1024;
    let n = 40_000;
    let mut failures = Vec::new();
    let shapes = SHAPES
        .iter()
        .map(|&(name, unit)| (name, Shape::Text(unit)))
        .chain([("deep nesting (HTML)", Shape::DeepHtml)]);
    for (name, shape) in shapes {
        // What is built on first use (the HTML extractor's word lists) is not the shape's work.
        run_shape(&ctx, &shape, n / 10);
        let (w1, a1) = run_shape(&ctx, &shape, n);
        let (w2, a2) = run_shape(&ctx, &shape, 2 * n);
        let steps = w2.steps() as f64 / w1.steps().max(1) as f64;
        let allocs = a2 as f64 / a1.max(1) as f64;
        println!(
            "{name:<28} steps {:>9} → {:>9} ({steps:.2}×)  allocations {a1:>7} → {a2:>7} ({allocs:.2}×){}",
            w1.steps(),
            w2.steps(),
            if w2.exceeded { "  budget exceeded" } else { "" }
        );
        if steps > 2.3 || allocs > 2.3 {
            failures.push(format!(
                "{name}: steps ×{steps:.2}, allocations ×{allocs:.2}"
            ));
        }
    }
    assert!(failures.is_empty(), "not linear: {failures:?}");
}
