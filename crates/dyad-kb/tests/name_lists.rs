//! The lists of names that are also common words (`ambiguous_names`, `compound_names` of each
//! `data/lang/<code>/language.toml`) name forms the name matcher produces: each entry, written
//! alone in its language, is read by the matcher as a knowledge-base name whose surface is the
//! entry itself. An entry that is not (the name left the base, a stem or an ending changed, the
//! entry was written with a clitic the matcher strips) guards nothing and is a stale row.

use dyad_kb::Kb;

#[test]
fn every_listed_name_is_a_form_the_matcher_reads() {
    let kb = Kb::builtin().expect("built-in knowledge base");
    let mut stale = Vec::new();
    let mut checked = 0;
    for lang in kb.languages().all() {
        let lists = [
            ("ambiguous_names", &lang.words.ambiguous_names),
            ("compound_names", &lang.words.compound_names),
        ];
        for (list, entries) in lists {
            let mut entries: Vec<&String> = entries.iter().collect();
            entries.sort();
            for entry in entries {
                checked += 1;
                // As written in a text: in small letters, with a capital, in capitals (an
                // acronym is read only so: Uzbek un "flour" is the UN only as UN).
                let mut capital = entry.chars();
                let capital: String = capital
                    .next()
                    .map(|c| c.to_uppercase().chain(capital).collect())
                    .unwrap_or_default();
                let read: Vec<_> = [entry.clone(), capital, entry.to_uppercase()]
                    .iter()
                    .flat_map(|w| kb.read_word(w, lang.lang))
                    .collect();
                if !read.iter().any(|r| &r.surface == entry) {
                    let got: Vec<String> = read
                        .iter()
                        .map(|r| format!("{} ({})", r.surface, r.rule))
                        .collect();
                    stale.push(format!(
                        "{} {list}: {entry:?} is read as {}",
                        lang.lang.code(),
                        if got.is_empty() {
                            "no name".to_string()
                        } else {
                            got.join(", ")
                        }
                    ));
                }
            }
        }
    }
    assert!(
        checked > 100,
        "the lists were not loaded ({checked} entries)"
    );
    assert!(stale.is_empty(), "stale rows:\n{}", stale.join("\n"));
}

/// The test can fail: a word that is no name of the base, and a name's form written with the
/// clitic the matcher strips, are no forms it reads.
#[test]
fn a_word_that_is_no_name_is_not_read_as_one() {
    let kb = Kb::builtin().expect("built-in knowledge base");
    let ru = dyad_core::Lang::from_code("ru").expect("ru");
    let ar = dyad_core::Lang::from_code("ar").expect("ar");
    assert!(kb.read_word("стол", ru).is_empty());
    // «совета» is read by the stem совет* of Совето (Soweto): the surface is the whole word.
    let read = kb.read_word("совета", ru);
    assert_eq!(
        read.iter()
            .map(|r| (r.surface.as_str(), r.rule.as_str(), r.pattern.as_str()))
            .collect::<Vec<_>>(),
        vec![("совета", "stem", "совет*")]
    );
    // «والمالي»: the clitics و and ال are not part of the surface.
    let read = kb.read_word("والمالي", ar);
    assert!(read.iter().all(|r| r.surface != "والمالي"));
    assert!(read
        .iter()
        .any(|r| r.surface == "مالي" && r.rule == "clitic"));
}
