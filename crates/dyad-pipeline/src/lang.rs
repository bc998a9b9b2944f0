//! Language and script of a document.
//!
//! The script is counted from the letters. Within Arabic script the language is decided by the
//! letters only Pashto, Urdu or Persian use (whatlang confuses these on short texts); other
//! scripts go to whatlang's trigram model.

use dyad_core::{Lang, Script};

/// Function words of the Latin-script languages (data/lang/function_words.tsv), for a fast vote.
#[derive(Debug, Default)]
pub struct LangId {
    words: std::collections::HashMap<String, Lang>,
}

impl LangId {
    pub fn builtin() -> Self {
        let mut words = std::collections::HashMap::new();
        for (_, f) in
            dyad_kb::data::tsv_rows(dyad_kb::data::file("lang/function_words.tsv").unwrap_or(""))
        {
            if let (Some(l), Some(w)) = (f.first().and_then(|c| Lang::from_code(c)), f.get(1)) {
                words.insert(w.to_string(), l);
            }
        }
        LangId { words }
    }

    /// A clear winner among the function words of the first 80 words, if there is one.
    fn vote(&self, text: &str) -> Option<Lang> {
        let mut counts: std::collections::HashMap<Lang, usize> = std::collections::HashMap::new();
        let mut lower = String::new();
        for w in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(80)
        {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            if let Some(l) = self.words.get(&lower) {
                *counts.entry(*l).or_default() += 1;
            }
        }
        let mut v: Vec<(Lang, usize)> = counts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        match v.as_slice() {
            [(l, n)] if *n >= 6 => Some(*l),
            [(l, n), (_, m), ..] if *n >= 6 && *n >= 3 * *m => Some(*l),
            _ => None,
        }
    }

    /// The dominant script and the language of `text`.
    pub fn detect(&self, text: &str) -> (Option<Script>, Option<Lang>) {
        let (script, lang) = detect(text);
        if script == Some(Script::Latin) {
            if let Some(l) = self.vote(text) {
                return (script, Some(l));
            }
        }
        (
            script,
            lang.or_else(|| {
                (script == Some(Script::Latin)).then(|| whatlang_lang(text).unwrap_or(Lang::Other))
            }),
        )
    }
}

/// The dominant script and the language of `text` (Latin script left to [`LangId::detect`]).
fn detect(text: &str) -> (Option<Script>, Option<Lang>) {
    let mut counts = [0usize; 6];
    let (mut ps, mut ur, mut fa) = (0usize, 0usize, 0usize);
    for c in text.chars().take(20_000) {
        let Some(s) = Script::of(c) else { continue };
        counts[s as usize] += 1;
        if s == Script::Arabic {
            match c {
                'ټ' | 'ډ' | 'ړ' | 'ږ' | 'ښ' | 'ګ' | 'ڼ' | 'ۍ' | 'ې' | 'ځ' | 'څ' => {
                    ps += 1
                }
                'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ھ' => ur += 1,
                'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => fa += 1,
                _ => {}
            }
        }
    }
    let scripts = [
        Script::Latin,
        Script::Arabic,
        Script::Cyrillic,
        Script::Devanagari,
        Script::Han,
        Script::Other,
    ];
    let Some((best, &n)) = counts.iter().enumerate().max_by_key(|(_, n)| **n) else {
        return (None, None);
    };
    if n == 0 {
        return (None, None);
    }
    let script = scripts[best];
    let lang = match script {
        Script::Arabic => {
            let letters = n.max(1);
            Some(if ps * 200 > letters {
                Lang::Ps
            } else if ur * 100 > letters {
                Lang::Ur
            } else if fa * 100 > letters {
                Lang::Fa
            } else {
                Lang::Ar
            })
        }
        Script::Devanagari => Some(Lang::Hi),
        Script::Han => Some(Lang::Zh),
        Script::Cyrillic => Some(
            whatlang_lang(text)
                .filter(|l| *l == Lang::Ru)
                .unwrap_or(Lang::Ru),
        ),
        Script::Latin => None,
        Script::Other => Some(Lang::Other),
    };
    (Some(script), lang)
}

fn whatlang_lang(text: &str) -> Option<Lang> {
    use whatlang::Lang as W;
    // Trigrams of the first ~320 characters (a paragraph) decide as well as the whole text, at a fraction of the cost.
    let sample: String = text.chars().take(320).collect();
    let info = whatlang::detect(&sample)?;
    Some(match info.lang() {
        W::Eng => Lang::En,
        W::Fra => Lang::Fr,
        W::Spa => Lang::Es,
        W::Deu => Lang::De,
        W::Tur => Lang::Tr,
        W::Rus => Lang::Ru,
        W::Ara => Lang::Ar,
        W::Pes => Lang::Fa,
        W::Urd => Lang::Ur,
        W::Hin => Lang::Hi,
        W::Cmn => Lang::Zh,
        _ => Lang::Other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $text:expr, $lang:expr) => {
            #[test]
            fn $name() {
                assert_eq!(LangId::builtin().detect($text).1, Some($lang));
            }
        };
    }

    t!(
        english,
        "Russia and Pakistan held talks in Moscow on military cooperation and regional security.",
        Lang::En
    );
    t!(
        french,
        "La Russie et le Pakistan ont tenu des consultations à Moscou sur la sécurité régionale.",
        Lang::Fr
    );
    t!(
        arabic,
        "أكد نائب وزير الدفاع الروسي استعداد روسيا وباكستان لتعزيز التعاون العسكري",
        Lang::Ar
    );
    t!(
        persian,
        "وزیر امور خارجه پاکستان در سفر به کابل با مقامات طالبان گفتگو کرد",
        Lang::Fa
    );
    t!(
        urdu,
        "پاکستان کے وزیر خارجہ نے ماسکو میں روسی ہم منصب سے ملاقات کی ہے",
        Lang::Ur
    );
    t!(
        pashto,
        "د افغانستان د بهرنیو چارو وزیر له روسي پلاوي سره وکتل او خبرې یې وکړې",
        Lang::Ps
    );
    t!(
        russian,
        "Министр иностранных дел России Сергей Лавров провёл переговоры в Исламабаде.",
        Lang::Ru
    );
    t!(
        hindi,
        "भारत और रूस के विदेश मंत्रियों ने मास्को में बातचीत की।",
        Lang::Hi
    );
    t!(
        chinese,
        "中国外交部长王毅在北京会见了巴基斯坦外长。",
        Lang::Zh
    );
    t!(german, "Der russische Außenminister traf sich in Islamabad mit seinem pakistanischen Amtskollegen.", Lang::De);
    t!(
        turkish,
        "Rusya Dışişleri Bakanı Lavrov, Pakistanlı mevkidaşı ile İslamabad'da bir araya geldi.",
        Lang::Tr
    );
    t!(
        spanish,
        "El ministro ruso de Asuntos Exteriores se reunió con su homólogo paquistaní en Islamabad.",
        Lang::Es
    );

    #[test]
    fn empty_text_has_no_language() {
        assert_eq!(LangId::builtin().detect("  12 34 "), (None, None));
    }
}

#[cfg(test)]
mod vote_tests {
    use super::*;

    #[test]
    fn function_words_decide_long_texts() {
        let id = LangId::builtin();
        let en = "The minister said that the talks with the delegation of Pakistan and the envoy of Russia were held in Moscow on Tuesday and that it was agreed to meet again.";
        assert_eq!(id.vote(en), Some(Lang::En));
        let fr = "Le ministre a déclaré que les discussions avec la délégation du Pakistan et les envoyés de la Russie ont été tenues dans la capitale pour la paix et que les parties sont satisfaites.";
        assert_eq!(id.vote(fr), Some(Lang::Fr));
        assert_eq!(id.vote("Short text."), None);
    }
}
