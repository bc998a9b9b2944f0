//! PLOVER actor codes: a country (ISO 3166 alpha-3 or a non-state code) and a sector.

use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Why an actor code could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("country code {0:?} is not three letters A-Z")]
    Country(String),
    #[error("unknown sector {0:?}")]
    Sector(String),
}

/// Three upper-case letters: an ISO alpha-3 code, or one of PLOVER's non-state codes
/// (IGO, UNO, EUR, NGO, ISM, IMG, MNC) or SUN for the Soviet Union.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 3]);

impl Country {
    pub fn as_str(&self) -> &str {
        // Constructed only from ASCII upper-case letters.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Non-state codes are not countries on a map; they never get a "capital".
    pub fn is_state(&self) -> bool {
        !matches!(
            self.as_str(),
            "IGO" | "UNO" | "EUR" | "NGO" | "ISM" | "IMG" | "MNC"
        )
    }
}

impl FromStr for Country {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, CodeError> {
        let b = s.trim().as_bytes();
        if b.len() == 3 && b.iter().all(|c| c.is_ascii_alphabetic()) {
            Ok(Country([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            Err(CodeError::Country(s.to_string()))
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

macro_rules! sectors {
    ($($v:ident),* $(,)?) => {
        /// PLOVER's sector codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Sector { $($v),* }

        impl Sector {
            pub const ALL: &'static [Sector] = &[$(Sector::$v),*];
            pub fn as_str(&self) -> &'static str {
                match self { $(Sector::$v => stringify!($v)),* }
            }
        }

        impl FromStr for Sector {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, CodeError> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $(stringify!($v) => Ok(Sector::$v),)*
                    _ => Err(CodeError::Sector(s.to_string())),
                }
            }
        }
    };
}

sectors!(
    GOV, MIL, COP, JUD, LEG, PRM, PTY, REB, SPY, UAF, OPP, ELI, PRE, AGR, BUS, CRM, CVL, EDU, JRN,
    LAB, MED, REF, REL, SOC, UNK,
);

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `{country, sector}`; the sector is `None` when only the country is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ActorCode {
    pub country: Country,
    pub sector: Option<Sector>,
}

impl ActorCode {
    pub fn new(country: Country, sector: Option<Sector>) -> Self {
        ActorCode { country, sector }
    }
}

impl FromStr for ActorCode {
    /// Reads `RUS`, `RUS.MIL`, `RUSMIL` (CAMEO style) or `UNO`.
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, CodeError> {
        let s = s.trim();
        let (c, sec) = match s.split_once(['.', ' ', '_']) {
            Some((c, sec)) => (c, Some(sec)),
            None if s.len() == 6 => (&s[..3], Some(&s[3..])),
            None => (s, None),
        };
        Ok(ActorCode {
            country: c.parse()?,
            sector: sec.filter(|x| !x.is_empty()).map(str::parse).transpose()?,
        })
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sector {
            Some(s) => write!(f, "{}.{}", self.country, s),
            None => write!(f, "{}", self.country),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes() {
        for (input, want) in [
            ("RUS.MIL", "RUS.MIL"),
            ("rus", "RUS"),
            ("PAKGOV", "PAK.GOV"),
            ("UNO", "UNO"),
            ("AFG REB", "AFG.REB"),
        ] {
            assert_eq!(
                input.parse::<ActorCode>().unwrap().to_string(),
                want,
                "{input}"
            );
        }
        assert!("RU".parse::<ActorCode>().is_err());
        assert!("RUS.XYZ".parse::<ActorCode>().is_err());
    }
}
