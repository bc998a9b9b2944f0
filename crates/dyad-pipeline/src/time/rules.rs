//! Per-language rules that data cannot express, behind one trait.
//!
//! Almost everything about a language lives in `data/time/<lang>.toml`. A language whose
//! numbers are not written with digits (Chinese 二〇二一年九月二十九日) also needs a small scanner;
//! it implements [`LangRules`] in `time/<lang>.rs` and is registered in [`rules_for`].

/// A number found by a language rule, as folded-text byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumTok {
    pub start: usize,
    pub end: usize,
    pub value: u32,
    /// How many digits the number was written with (a year needs 4).
    pub digits: u8,
}

/// What a language may add to the data-driven scanner.
pub trait LangRules: Send + Sync {
    /// Numbers written without decimal digits, found in the folded text.
    fn scan_numbers(&self, _folded: &str, _out: &mut Vec<NumTok>) {}
}

/// Languages that need nothing beyond their data file.
pub struct DataOnly;

impl LangRules for DataOnly {}

/// The rules for a language code.
pub fn rules_for(code: &str) -> &'static dyn LangRules {
    match code {
        "zh" => &super::zh::Chinese,
        _ => &DataOnly,
    }
}
