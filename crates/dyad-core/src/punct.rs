// Punctuation by what it does (a comma, a sentence stop, a closing quote), for every script at
// once. Which characters are in which class is data: the `[punct]` table of each
// `data/script/<Code>.toml`, compiled by `dyad-kb`'s build script into one [`PunctTable`]
// (`dyad_kb::punct()`). Stages ask the table; no stage names a script's marks.
//
// This file is also read by that build script (`include!`), so it uses nothing outside `core`
// and `std`: the class names are checked against [`PunctClass::ALL`] when the data is compiled.

/// A class of punctuation marks: a key of a script file's `[punct]` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PunctClass {
    /// Separates clauses and list items: `,` `،` `，`.
    Comma,
    /// Separates list items only (Chinese enumeration comma `、`).
    ListComma,
    /// `;` `؛` `；`.
    Semicolon,
    /// `:` `：`.
    Colon,
    /// Always ends a sentence: `؟` `۔` `।` `。` `！` `？`.
    Stop,
    /// The stop of a statement (not a question or an exclamation): `.` `۔` `।` `。`.
    FullStop,
    /// Ends a sentence unless what follows says otherwise: the marks also written inside one
    /// (abbreviations, numbers, "Yahoo!"): `.` `!` `?`.
    SoftStop,
    /// `…`.
    Ellipsis,
    /// A dash between words (not the hyphen inside one): `—` `–`.
    Dash,
    /// Opens a quotation: `“` `«` `„` `‘` `‹` `「` `『`.
    QuoteOpen,
    /// Closes a quotation: `”` `»` `’` `›` `」` `』`, and the straight quotes.
    QuoteClose,
    /// `(` `[` `（`.
    BracketOpen,
    /// `)` `]` `）`.
    BracketClose,
    /// Separates the parts of a page title or byline: `|` `•` `·` `▪`.
    Separator,
    /// Also written inside a word as an apostrophe ("Russia’s"): `'` `’` `‘`.
    Apostrophe,
}

impl PunctClass {
    /// Every class, in bit order.
    pub const ALL: [PunctClass; 15] = [
        PunctClass::Comma,
        PunctClass::ListComma,
        PunctClass::Semicolon,
        PunctClass::Colon,
        PunctClass::Stop,
        PunctClass::FullStop,
        PunctClass::SoftStop,
        PunctClass::Ellipsis,
        PunctClass::Dash,
        PunctClass::QuoteOpen,
        PunctClass::QuoteClose,
        PunctClass::BracketOpen,
        PunctClass::BracketClose,
        PunctClass::Separator,
        PunctClass::Apostrophe,
    ];

    /// The key naming the class in `data/script/*.toml`.
    pub const fn key(self) -> &'static str {
        match self {
            PunctClass::Comma => "comma",
            PunctClass::ListComma => "list_comma",
            PunctClass::Semicolon => "semicolon",
            PunctClass::Colon => "colon",
            PunctClass::Stop => "stop",
            PunctClass::FullStop => "full_stop",
            PunctClass::SoftStop => "soft_stop",
            PunctClass::Ellipsis => "ellipsis",
            PunctClass::Dash => "dash",
            PunctClass::QuoteOpen => "quote_open",
            PunctClass::QuoteClose => "quote_close",
            PunctClass::BracketOpen => "bracket_open",
            PunctClass::BracketClose => "bracket_close",
            PunctClass::Separator => "separator",
            PunctClass::Apostrophe => "apostrophe",
        }
    }

    /// The class a data key names.
    pub fn from_key(key: &str) -> Option<PunctClass> {
        PunctClass::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// A set of classes (a bit per class), built in constants: `PunctSet::of(&[Comma, Semicolon])`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PunctSet(pub u16);

impl PunctSet {
    pub const fn of(classes: &[PunctClass]) -> PunctSet {
        let mut bits = 0u16;
        let mut i = 0;
        while i < classes.len() {
            bits |= 1 << classes[i] as u16;
            i += 1;
        }
        PunctSet(bits)
    }
}

/// Which classes every punctuation mark of the data belongs to (a mark may be in several, and
/// in several scripts' data: the table is their union).
#[derive(Debug)]
pub struct PunctTable {
    /// The class bits of each ASCII character.
    pub ascii: [u16; 128],
    /// The class bits of every other listed mark, sorted by character.
    pub other: &'static [(char, u16)],
    /// Each opening quotation mark with the mark that closes it (`quote_pairs`).
    pub quote_pairs: &'static [(char, char)],
}

impl PunctTable {
    /// The class bits of `c` (0 for a character in no class).
    #[inline]
    pub fn bits(&self, c: char) -> u16 {
        if c.is_ascii() {
            return self.ascii[c as usize];
        }
        match self.other.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => self.other[i].1,
            Err(_) => 0,
        }
    }

    /// Whether `c` is a mark of `class` in any script.
    #[inline]
    pub fn is(&self, c: char, class: PunctClass) -> bool {
        self.bits(c) & (1 << class as u16) != 0
    }

    /// Whether `c` is a mark of any class of `set`.
    #[inline]
    pub fn is_in(&self, c: char, set: PunctSet) -> bool {
        self.bits(c) & set.0 != 0
    }

    /// The mark that closes a quotation `open` opens, if `open` opens one.
    #[inline]
    pub fn closing_quote(&self, open: char) -> Option<char> {
        self.quote_pairs
            .iter()
            .find(|&&(o, _)| o == open)
            .map(|&(_, c)| c)
    }

    /// A predicate for `str::find` and friends: a mark of any class of `set`.
    #[inline]
    pub fn any(&self, set: PunctSet) -> impl Fn(char) -> bool + Copy + '_ {
        move |c| self.is_in(c, set)
    }
}
