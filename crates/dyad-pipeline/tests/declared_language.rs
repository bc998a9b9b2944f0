//! A record that says what language it is in is read in that language, when its text is
//! written in that language's script; a declaration that cannot be right is reported and the
//! text's own language is used.

mod common;

use common::{ctx, event_line};
use dyad_core::{Document, RawDocument};

fn process(text: &str, language: Option<&str>) -> Document {
    ctx().process(RawDocument {
        id: "t".into(),
        hash: "t".into(),
        text: text.into(),
        published: Some("2025-03-04".into()),
        language: language.map(String::from),
        ..Default::default()
    })
}

fn events(doc: &Document) -> Vec<String> {
    doc.events.iter().map(event_line).collect()
}

/// The document's one diagnostic, of the language stage.
fn only_lang_diagnostic(doc: &Document) -> &str {
    assert_eq!(doc.diagnostics.len(), 1, "{:?}", doc.diagnostics);
    assert_eq!(doc.diagnostics[0].stage, "lang");
    &doc.diagnostics[0].message
}

// A one-sentence Spanish report whose only function word is «la» reads as French to the
// identifier, and codes nothing; declared Spanish, it is coded.
const SHORT_SPANISH: &str = "La Francia expulsa diplomáticos rusos.";

#[test]
fn a_short_text_is_read_in_its_declared_language() {
    let undeclared = process(SHORT_SPANISH, None);
    assert_eq!(undeclared.lang.map(|l| l.to_string()), Some("fr".into()));
    assert!(events(&undeclared).is_empty(), "{:?}", events(&undeclared));

    for tag in ["es", "ES", "es-MX", "spa", "Spanish"] {
        let doc = process(SHORT_SPANISH, Some(tag));
        assert_eq!(doc.lang.map(|l| l.to_string()), Some("es".into()), "{tag}");
        assert_eq!(
            events(&doc),
            ["SANCTION FRA.GOV RUS.GOV 2025-03-04"],
            "{tag}"
        );
        assert!(doc.diagnostics.is_empty(), "{tag}: {:?}", doc.diagnostics);
    }
}

#[test]
fn a_declaration_in_another_script_is_reported_and_not_followed() {
    // Arabic is not written in Latin letters: the text's own language is used.
    let doc = process("Erdoğan ile Putin Ankara'da görüştü.", Some("ar"));
    assert_eq!(doc.lang.map(|l| l.to_string()), Some("tr".into()));
    let why = only_lang_diagnostic(&doc);
    assert!(
        why.starts_with("declared language ar is written in Arab, but the text is in Latn"),
        "{why}"
    );
    assert_eq!(events(&doc), ["CONSULT RUS.GOV TUR.GOV 2025-03-04"]);
}

#[test]
fn an_unknown_declaration_is_reported_and_not_followed() {
    let doc = process(SHORT_SPANISH, Some("klingon"));
    assert_eq!(doc.lang.map(|l| l.to_string()), Some("fr".into()));
    let why = only_lang_diagnostic(&doc);
    assert!(
        why.starts_with("declared language \"klingon\" is not a language code or name dyad knows"),
        "{why}"
    );
}

#[test]
fn a_declared_language_dyad_does_not_code_is_labelled_and_not_coded() {
    // Portuguese is identified and labelled, never coded with Spanish rules.
    let doc = process("A França expulsa diplomatas russos.", Some("pt-BR"));
    assert_eq!(doc.lang.map(|l| l.to_string()), Some("pt".into()));
    assert!(events(&doc).is_empty(), "{:?}", events(&doc));
}

#[test]
fn an_empty_declaration_is_no_declaration() {
    let doc = process(SHORT_SPANISH, Some("  "));
    assert_eq!(doc.lang.map(|l| l.to_string()), Some("fr".into()));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn a_language_is_declared_in_either_of_its_scripts() {
    // Uzbek is written in Latin and in Cyrillic (data/lang/uz/Cyrl.toml): declared Uzbek, a
    // short Cyrillic text without ў ғ қ ҳ is read as Uzbek, transliterated, and coded.
    let text = "Мирзиёев Тошкентда Путин билан учрашди.";
    let doc = process(text, Some("uz"));
    assert_eq!(doc.lang.map(|l| l.to_string()), Some("uz".into()));
    assert_eq!(events(&doc), ["CONSULT RUS.GOV UZB.GOV 2025-03-04"]);
    // Its one diagnostic says the text was read transliterated, not that the declaration failed.
    assert!(only_lang_diagnostic(&doc).starts_with("Uzbek written in Cyrl"));
}
