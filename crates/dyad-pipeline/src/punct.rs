//! The punctuation questions the stages ask most, answered by the script data's table
//! (`dyad_kb::punct()`, the `[punct]` tables of `data/script/*.toml`): a stage never names a
//! script's comma or stop itself.

use dyad_core::PunctClass;

/// A comma of any script (`,` `،` `，`). A function, so that it is a `str` pattern.
#[inline]
pub(crate) fn is_comma(c: char) -> bool {
    dyad_kb::punct().is(c, PunctClass::Comma)
}

/// A semicolon of any script (`;` `؛` `；`).
#[inline]
pub(crate) fn is_semicolon(c: char) -> bool {
    dyad_kb::punct().is(c, PunctClass::Semicolon)
}

/// A space or a comma of any script.
#[inline]
pub(crate) fn is_space_or_comma(c: char) -> bool {
    c.is_whitespace() || is_comma(c)
}
