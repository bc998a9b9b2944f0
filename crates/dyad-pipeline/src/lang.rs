//! Language and script of a document.
//!
//! The script is counted from the letters. Within Arabic script the language is decided by the
//! letters only Pashto, Urdu or Persian use (whatlang confuses these on short texts); other
//! scripts go to whatlang's trigram model.

use dyad_core::{Lang, Script};

/// The dominant script and the language of `text`.
pub fn detect(text: &str) -> (Option<Script>, Option<Lang>) {
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
        Script::Latin => whatlang_lang(text).or(Some(Lang::Other)),
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
                assert_eq!(detect($text).1, Some($lang));
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
        assert_eq!(detect("  12 34 "), (None, None));
    }
}
