//! Languages and scripts, as codes.
//!
//! Neither is an enum: which languages dyad reads, and what it knows about each, comes from the
//! data (`data/lang/<code>/language.toml`, `data/script/<Code>.toml`), so adding one never
//! touches code. Both are small `Copy` values that compare and hash cheaply.

use serde::{Serialize, Serializer};
use std::fmt;

/// A language, by its ISO 639 code (two letters where ISO 639-1 has one, else three).
/// `Lang::UND` ("undetermined") stands for a text whose language is not known.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang([u8; 3]);

impl Lang {
    /// Undetermined (ISO 639-2 `und`).
    pub const UND: Lang = Lang(*b"und");

    /// The language with this code: two or three ASCII letters, any case.
    pub fn new(code: &str) -> Option<Lang> {
        let code = code.trim();
        let b = code.as_bytes();
        if !(2..=3).contains(&b.len()) || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut out = [0u8; 3];
        for (o, c) in out.iter_mut().zip(b) {
            *o = c.to_ascii_lowercase();
        }
        Some(Lang(out))
    }

    /// A language from a code known to be valid (two or three lower-case ASCII letters), for
    /// constants and tests; panics otherwise (at compile time in a constant).
    pub const fn of(code: &str) -> Lang {
        let b = code.as_bytes();
        assert!(
            b.len() == 2 || b.len() == 3,
            "a language code has 2 or 3 letters"
        );
        let mut out = [0u8; 3];
        let mut i = 0;
        while i < b.len() {
            assert!(
                b[i].is_ascii_lowercase(),
                "a language code is lower-case ASCII"
            );
            out[i] = b[i];
            i += 1;
        }
        Lang(out)
    }

    /// The same as [`Lang::new`] (kept for readers of older code).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::new(code)
    }

    pub fn code(&self) -> &str {
        let n = if self.0[2] == 0 { 2 } else { 3 };
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0[..n]).unwrap_or("und")
    }

    pub fn is_known(&self) -> bool {
        *self != Lang::UND
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A writing system, by its ISO 15924 code (`Latn`, `Arab`, `Cyrl`, `Deva`, `Beng`, `Hani`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Script([u8; 4]);

impl Script {
    pub const LATIN: Script = Script(*b"Latn");
    pub const ARABIC: Script = Script(*b"Arab");
    pub const HAN: Script = Script(*b"Hani");
    /// Letters of a script dyad has no data for.
    pub const UNKNOWN: Script = Script(*b"Zzzz");

    /// The script with this four-letter code (`Arab`, any case).
    pub fn new(code: &str) -> Option<Script> {
        let b = code.trim().as_bytes();
        if b.len() != 4 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut out = [0u8; 4];
        for (i, (o, c)) in out.iter_mut().zip(b).enumerate() {
            *o = if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
        }
        Some(Script(out))
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("Zzzz")
    }
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Script({})", self.code())
    }
}

impl Serialize for Script {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        assert_eq!(Lang::new("EN").unwrap().code(), "en");
        assert_eq!(Lang::of("uzb").code(), "uzb");
        assert_eq!(Lang::new("x"), None);
        assert_eq!(Lang::new("e1"), None);
        assert_eq!(Lang::new("engl"), None);
        assert_eq!(Lang::UND.code(), "und");
        assert!(!Lang::UND.is_known());
        assert_eq!(format!("{}", Lang::of("bn")), "bn");
    }

    #[test]
    fn script_codes() {
        assert_eq!(Script::new("arab"), Some(Script::ARABIC));
        assert_eq!(Script::new("Beng").unwrap().code(), "Beng");
        assert_eq!(Script::new("Latin"), None);
    }
}
