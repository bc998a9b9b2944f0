//! Languages and scripts, named by the same ISO 639-1 codes as the data folders.

use serde::{Serialize, Serializer};
use std::fmt;

macro_rules! langs {
    ($($v:ident => $code:literal),* $(,)?) => {
        /// The languages dyad has data for, plus `Other` for anything else.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang { $($v,)* Other }

        impl Lang {
            /// Every supported language (not `Other`).
            pub const ALL: &'static [Lang] = &[$(Lang::$v),*];
            pub fn code(&self) -> &'static str {
                match self { $(Lang::$v => $code,)* Lang::Other => "und" }
            }
            pub fn from_code(code: &str) -> Option<Lang> {
                match code.trim().to_ascii_lowercase().as_str() {
                    $($code => Some(Lang::$v),)*
                    _ => None,
                }
            }
        }
    };
}

langs!(
    En => "en", Ar => "ar", Ru => "ru", Ur => "ur", Fa => "fa", Ps => "ps", Hi => "hi",
    Zh => "zh", Fr => "fr", Es => "es", De => "de", Tr => "tr",
);

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Writing systems; several languages share one (ar, fa, ur, ps all use Arabic script).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Devanagari,
    Han,
    Other,
}

impl Script {
    /// The script of one character, or `None` for digits, punctuation and spaces.
    pub fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Some(Script::Latin),
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                if c.is_alphabetic() {
                    Some(Script::Arabic)
                } else {
                    None
                }
            }
            0x400..=0x52F => Some(Script::Cyrillic),
            0x900..=0x97F => Some(Script::Devanagari),
            0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF => Some(Script::Han),
            _ if c.is_alphabetic() => Some(Script::Other),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(*l));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn scripts() {
        assert_eq!(Script::of('a'), Some(Script::Latin));
        assert_eq!(Script::of('ب'), Some(Script::Arabic));
        assert_eq!(Script::of('Ж'), Some(Script::Cyrillic));
        assert_eq!(Script::of('٢'), None);
        assert_eq!(Script::of('中'), Some(Script::Han));
    }
}
