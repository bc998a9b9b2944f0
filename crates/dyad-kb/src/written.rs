//! A language written in a second script, read by transliterating it into the script its data
//! is written in (`data/lang/<code>/<Script>.toml`, format in `data/lang/README.md`): Uzbek is
//! written in Latin (the 1995 alphabet, in which all of dyad's Uzbek data is written) and in
//! Cyrillic (much of its news still is). The letters of the second script that identify the
//! language, and the spelling of each of its letters in the first, are data; nothing here
//! names a language or a script.

use crate::script::scripts;
use crate::KbError;
use dyad_core::{Lang, Script};
use serde::Deserialize;
use std::collections::HashMap;

/// One language's second script: how a text in it is recognised and transliterated.
#[derive(Debug, Clone)]
pub struct Written {
    pub lang: Lang,
    /// The second script (the file's name).
    pub script: Script,
    /// Letters of the second script that point to the language, the share of the script's
    /// letters they must reach, and the order among the languages of that script.
    pub marker_letters: Vec<char>,
    pub marker_share: f32,
    pub rank: i32,
    /// Letters the language never writes in this script: a text with more of them than a
    /// tenth of its marker letters is in another language of the script (Kazakh і ә ө,
    /// Belarusian і beside its ў, Tajik ӣ ӯ ҷ).
    pub not_letters: Vec<char>,
    /// Frequent function words of the language in this script (folded), for the vote among
    /// the languages of the script: a short text may have none of the marker letters.
    pub vote_words: Vec<String>,
    pub translit: Transliteration,
}

/// Letter-by-letter spelling of one script in another, with the two contexts that change a
/// letter's spelling in the orthographies that need them: the start of a word and the place
/// after a vowel (Uzbek Cyrillic е is "ye" in both, "e" after a consonant).
#[derive(Debug, Clone, Default)]
pub struct Transliteration {
    letters: HashMap<char, String>,
    initial: HashMap<char, String>,
    after_vowel: HashMap<char, String>,
    vowels: Vec<char>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    script: String,
    identify: FileIdentify,
    transliterate: FileTranslit,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIdentify {
    letters: String,
    share: f32,
    #[serde(default)]
    rank: i32,
    #[serde(default)]
    not_letters: String,
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTranslit {
    vowels: String,
    letters: HashMap<String, String>,
    #[serde(default)]
    initial: HashMap<String, String>,
    #[serde(default)]
    after_vowel: HashMap<String, String>,
}

impl Written {
    /// Reads `data/lang/<folder>/<Script>.toml`.
    pub fn from_toml(
        path: &str,
        folder: &str,
        file_script: &str,
        contents: &str,
    ) -> Result<Written, KbError> {
        let f: File = toml::from_str(contents).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| contents[..s.start].matches('\n').count() + 1);
            KbError::new(path, line, e.message().to_string())
        })?;
        let lang = Lang::new(folder)
            .ok_or_else(|| KbError::new(path, 0, format!("{folder:?} is not an ISO 639 code")))?;
        if f.script != file_script {
            return Err(KbError::new(
                path,
                0,
                format!("script {:?} does not match the file's name", f.script),
            ));
        }
        let script = Script::new(&f.script)
            .filter(|s| scripts().iter().any(|i| i.code == s.code()))
            .ok_or_else(|| {
                KbError::new(
                    path,
                    0,
                    format!("script {:?} has no file in data/script/", f.script),
                )
            })?;
        let table = |key: &str, m: &HashMap<String, String>| -> Result<_, KbError> {
            let mut out = HashMap::new();
            for (k, v) in m {
                let mut cs = k.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) if !c.is_uppercase() => {
                        out.insert(c, v.clone());
                    }
                    _ => {
                        return Err(KbError::new(
                            path,
                            0,
                            format!(
                                "transliterate.{key}: {k:?} is not one small letter (capitals follow their small letter)"
                            ),
                        ))
                    }
                }
            }
            Ok(out)
        };
        let t = &f.transliterate;
        Ok(Written {
            lang,
            script,
            marker_letters: f.identify.letters.chars().collect(),
            marker_share: f.identify.share,
            rank: f.identify.rank,
            not_letters: f.identify.not_letters.chars().collect(),
            vote_words: f
                .identify
                .words
                .iter()
                .map(|w| crate::fold_str(w))
                .collect(),
            translit: Transliteration {
                letters: table("letters", &t.letters)?,
                initial: table("initial", &t.initial)?,
                after_vowel: table("after_vowel", &t.after_vowel)?,
                vowels: t.vowels.chars().collect(),
            },
        })
    }
}

impl Transliteration {
    /// `text` with every letter of the table spelled in the other script; everything else
    /// (digits, punctuation, letters of other scripts) as it is. A capital is spelled with a
    /// capital first letter ("Ш" → "Sh"), and in a word of capitals all in capitals
    /// ("ШОШ" → "SHOSH").
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 4);
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let upper = c.is_uppercase();
            let low = if upper {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                c
            };
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let initial = prev.is_none_or(|p| !p.is_alphabetic());
            let after_vowel =
                prev.is_some_and(|p| self.vowels.contains(&p.to_lowercase().next().unwrap_or(p)));
            let spelled = if initial {
                self.initial.get(&low)
            } else if after_vowel {
                self.after_vowel.get(&low)
            } else {
                None
            }
            .or_else(|| self.letters.get(&low));
            let Some(s) = spelled else {
                out.push(c);
                continue;
            };
            if !upper {
                out.push_str(s);
                continue;
            }
            // A word of capitals: the neighbour letter is a capital too.
            let caps = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|n| n.is_uppercase())
            };
            if caps(i.checked_sub(1)) || caps(Some(i + 1)) {
                out.extend(s.chars().flat_map(char::to_uppercase));
            } else {
                let mut cs = s.chars();
                if let Some(first) = cs.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(cs.as_str());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uz() -> Written {
        crate::Languages::builtin()
            .unwrap()
            .written()
            .iter()
            .find(|w| w.lang.code() == "uz")
            .cloned()
            .expect("data/lang/uz/Cyrl.toml")
    }

    #[test]
    fn uzbek_cyrillic_is_spelled_in_the_latin_alphabet() {
        let t = uz().translit;
        for (cyr, lat) in [
            ("Ўзбекистон", "Oʻzbekiston"),
            ("Тошкентда", "Toshkentda"),
            ("Афғонистон", "Afgʻoniston"),
            ("Қозоғистон", "Qozogʻiston"),
            ("Ҳиндистон", "Hindiston"),
            ("Хитой", "Xitoy"),
            ("Мирзиёев", "Mirziyoyev"),
            ("Европа", "Yevropa"),
            ("Ереван", "Yerevan"),
            ("кечаги", "kechagi"),
            ("маъно", "maʼno"),
            ("эълон", "eʼlon"),
            ("Россия", "Rossiya"),
            ("юзага", "yuzaga"),
            ("милиция", "militsiya"),
            ("Цюрих", "Syurix"),
            ("ЎЗБЕКИСТОН", "OʻZBEKISTON"),
            ("Шавкат", "Shavkat"),
            ("5-декабр куни, 2026.", "5-dekabr kuni, 2026."),
        ] {
            assert_eq!(t.apply(cyr), lat, "{cyr}");
        }
    }

    #[test]
    fn other_scripts_are_left_as_they_are() {
        let t = uz().translit;
        assert_eq!(
            t.apply("Reuters: «Тошкент» 北京"),
            "Reuters: «Toshkent» 北京"
        );
    }
}
