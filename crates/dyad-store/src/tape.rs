//! A compact binary record of what a `Serialize` value tells a serializer (schema 18's body),
//! replayed into `serde_json` to give back the exact bytes `serde_json` would have written.
//!
//! Why not JSON: a document's JSON repeats its text (each mention, sentence and time expression
//! is a slice of it) and writes every key and number as text; escaping and formatting it was
//! most of the cost of packing a body, and zstd then spent its time on the repeats. The tape
//! keeps a string that lies inside the document's text as its span (two integers), a map key
//! once per body (then by number), integers as LEB128 varints and floats as their bits, so
//! replaying it through `serde_json::Serializer` formats each value exactly as writing the
//! document directly does (the same `serialize_*` calls in the same order).
//!
//! Ops, one byte each, then their operands:
//! `NULL` (unit, none, unit struct) · `TRUE` · `FALSE` · `U64 varint` · `I64 zigzag varint` ·
//! `F32 4 bytes` · `F64 8 bytes` · `I128 16 bytes` · `U128 16 bytes` · `STR varint len, bytes` ·
//! `SPAN varint start, varint len` (a slice of the text) · `KEY varint len, bytes` (a string
//! added to the body's dictionary, after [`SEED`]'s) · `REF varint n` (the dictionary's n-th string) · `SEQ …
//! END` · `MAP key value … END`. Integers little-endian. A newtype, tuple or struct variant
//! is the one-entry map `serde_json` writes for it.

use serde::de;
use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};
use std::cell::{Cell, RefCell};
use std::fmt;

const NULL: u8 = 0;
const TRUE: u8 = 1;
const FALSE: u8 = 2;
const U64: u8 = 3;
const I64: u8 = 4;
const F32: u8 = 5;
const F64: u8 = 6;
const I128: u8 = 7;
const U128: u8 = 8;
const STR: u8 = 9;
const SPAN: u8 = 10;
const KEY: u8 = 11;
const REF: u8 = 12;
const SEQ: u8 = 13;
const MAP: u8 = 14;
const END: u8 = 15;

/// Strings every body's dictionary starts with, numbered in this (sorted) order: the keys and
/// variant names of a document's JSON, which were most of a body's dictionary (about 340
/// bytes of a 4.3 KB tape, which lz4 could not shorten). Part of the body format: a change
/// needs a new first byte in pack.rs, or older bodies would replay other names.
const SEED: &[&str] = &[
    "absolute",
    "actor",
    "anchor",
    "aux",
    "cameo",
    "confidence",
    "context",
    "country",
    "date",
    "dateline",
    "day",
    "decade",
    "diagnostics",
    "direct",
    "doc",
    "encoding",
    "end",
    "entities",
    "entity",
    "events",
    "from",
    "future",
    "hash",
    "historical",
    "hypothetical",
    "id",
    "key",
    "kind",
    "language",
    "lat",
    "location",
    "lon",
    "mentions",
    "message",
    "metadata",
    "mode",
    "month",
    "name",
    "negated",
    "note",
    "organization",
    "path",
    "person",
    "place",
    "precision",
    "published",
    "quad",
    "quotes",
    "raw_text",
    "reason",
    "removed",
    "reported",
    "rule",
    "script",
    "sector",
    "sentence",
    "source",
    "speaker",
    "stage",
    "start",
    "target",
    "text",
    "times",
    "title",
    "trigger",
    "type",
    "url",
    "value",
    "year",
];

/// Nesting a tape may have on replay: a damaged body is an error, not a stack overflow.
const MAX_DEPTH: usize = 128;

/// Why a value could not be recorded or replayed.
#[derive(Debug)]
pub struct TapeError(String);

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TapeError(msg.to_string())
    }
}

impl de::Error for TapeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TapeError(msg.to_string())
    }
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint at `*at`, moving past it.
pub(crate) fn get_varint(b: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

/// Records `value` onto `out`; strings lying inside `text` (by address) become spans of it.
pub fn record<T: Serialize + ?Sized>(
    value: &T,
    text: &str,
    out: &mut Vec<u8>,
) -> Result<(), TapeError> {
    let mut rec = Recorder {
        out,
        text_start: text.as_ptr() as usize,
        text_len: text.len(),
        keys: [Slot::default(); SLOTS],
        entered: 0,
    };
    value.serialize(&mut rec)
}

struct Recorder<'o> {
    out: &'o mut Vec<u8>,
    text_start: usize,
    text_len: usize,
    /// Keys entered in the dictionary, found by their address (keys are mostly
    /// `&'static str`, so the address repeats): a direct-mapped table, cheaper than a hash
    /// map's hashing for the thousands of keys of a document. A key whose slot holds another
    /// is entered again (the dictionary may hold a string twice); a hit is checked against
    /// the bytes on the tape, as another string may later sit at a freed key's address.
    keys: [Slot; SLOTS],
    entered: u32,
}

/// Slots of [`Recorder::keys`]: a document's JSON has about 50 distinct keys and variants.
const SLOTS: usize = 256;

/// [`Slot::at`] of a key of [`SEED`], which is not on the tape.
const SEEDED: usize = usize::MAX;

#[derive(Clone, Copy, Default)]
struct Slot {
    addr: usize,
    len: usize,
    /// Where the key's bytes are on the tape.
    at: usize,
    n: u32,
}

impl Recorder<'_> {
    fn string(&mut self, v: &str) {
        let at = (v.as_ptr() as usize).wrapping_sub(self.text_start);
        if !v.is_empty() && at <= self.text_len && v.len() <= self.text_len - at {
            self.out.push(SPAN);
            // Absolute: a start repeated (the events of one sentence) is a repeat lz4 finds,
            // which a distance from the last span is not (measured: 0.2% larger bodies).
            put_varint(self.out, at as u64);
            put_varint(self.out, v.len() as u64);
        } else {
            self.out.push(STR);
            put_varint(self.out, v.len() as u64);
            self.out.extend_from_slice(v.as_bytes());
        }
    }

    fn key(&mut self, k: &str) {
        let addr = k.as_ptr() as usize;
        let h = (addr ^ k.len()).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - 8);
        let slot = &mut self.keys[h % SLOTS];
        if slot.addr == addr && slot.len == k.len() {
            let known = match slot.at {
                SEEDED => SEED.get(slot.n as usize).map(|s| s.as_bytes()),
                at => self.out.get(at..at + slot.len),
            };
            if known == Some(k.as_bytes()) {
                self.out.push(REF);
                put_varint(self.out, u64::from(slot.n));
                return;
            }
        }
        if let Ok(n) = SEED.binary_search(&k) {
            *slot = Slot {
                addr,
                len: k.len(),
                at: SEEDED,
                n: n as u32,
            };
            self.out.push(REF);
            put_varint(self.out, n as u64);
            return;
        }
        self.out.push(KEY);
        put_varint(self.out, k.len() as u64);
        *slot = Slot {
            addr,
            len: k.len(),
            at: self.out.len(),
            n: SEED.len() as u32 + self.entered,
        };
        self.entered += 1;
        self.out.extend_from_slice(k.as_bytes());
    }
}

/// A map key: a string is entered in the dictionary; anything else is recorded as a value
/// (`serde_json` then quotes a number key, or refuses what it cannot key by, as it would).
struct KeyRecorder<'r, 'o>(&'r mut Recorder<'o>);

type Res = Result<(), TapeError>;

impl<'a, 'o> Serializer for &'a mut Recorder<'o> {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Res {
        self.out.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Res {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Res {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Res {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Res {
        self.out.push(I64);
        put_varint(self.out, zigzag(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Res {
        self.out.push(I128);
        self.out.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Res {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Res {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Res {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Res {
        self.out.push(U64);
        put_varint(self.out, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Res {
        self.out.push(U128);
        self.out.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Res {
        self.out.push(F32);
        self.out.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Res {
        self.out.push(F64);
        self.out.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Res {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Res {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        // serde_json writes bytes as an array of numbers.
        self.out.push(SEQ);
        for b in v {
            self.out.push(U64);
            put_varint(self.out, u64::from(*b));
        }
        self.out.push(END);
        Ok(())
    }
    fn serialize_none(self) -> Res {
        self.out.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.out.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.out.push(NULL);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Res {
        self.key(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Res {
        self.out.push(MAP);
        self.key(variant);
        v.serialize(&mut *self)?;
        self.out.push(END);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, TapeError> {
        self.out.push(SEQ);
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, TapeError> {
        self.out.push(SEQ);
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, TapeError> {
        self.out.push(SEQ);
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, TapeError> {
        // `{"variant":[…]}`: closed by two ENDs (see SerializeTupleVariant::end).
        self.out.push(MAP);
        self.key(variant);
        self.out.push(SEQ);
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, TapeError> {
        self.out.push(MAP);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, TapeError> {
        self.out.push(MAP);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, TapeError> {
        self.out.push(MAP);
        self.key(variant);
        self.out.push(MAP);
        Ok(self)
    }
}

impl SerializeSeq for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.push(END);
        Ok(())
    }
}

impl ser::SerializeTuple for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.push(END);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.push(END);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.extend_from_slice(&[END, END]);
        Ok(())
    }
}

impl SerializeMap for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Res {
        k.serialize(KeyRecorder(self))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.push(END);
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
        self.key(key);
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.push(END);
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Recorder<'_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res {
        self.key(key);
        v.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.out.extend_from_slice(&[END, END]);
        Ok(())
    }
}

/// Forwards everything to the recorder except strings, which go to the dictionary.
macro_rules! forward {
    ($($f:ident($($a:ident: $t:ty),*) -> $r:ty;)*) => {
        $(fn $f(self, $($a: $t),*) -> $r { self.0.$f($($a),*) })*
    };
}

impl<'r, 'o> Serializer for KeyRecorder<'r, 'o> {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = &'r mut Recorder<'o>;
    type SerializeTuple = &'r mut Recorder<'o>;
    type SerializeTupleStruct = &'r mut Recorder<'o>;
    type SerializeTupleVariant = &'r mut Recorder<'o>;
    type SerializeMap = &'r mut Recorder<'o>;
    type SerializeStruct = &'r mut Recorder<'o>;
    type SerializeStructVariant = &'r mut Recorder<'o>;

    fn serialize_str(self, v: &str) -> Res {
        self.0.key(v);
        Ok(())
    }
    forward! {
        serialize_bool(v: bool) -> Res;
        serialize_i8(v: i8) -> Res;
        serialize_i16(v: i16) -> Res;
        serialize_i32(v: i32) -> Res;
        serialize_i64(v: i64) -> Res;
        serialize_i128(v: i128) -> Res;
        serialize_u8(v: u8) -> Res;
        serialize_u16(v: u16) -> Res;
        serialize_u32(v: u32) -> Res;
        serialize_u64(v: u64) -> Res;
        serialize_u128(v: u128) -> Res;
        serialize_f32(v: f32) -> Res;
        serialize_f64(v: f64) -> Res;
        serialize_char(v: char) -> Res;
        serialize_bytes(v: &[u8]) -> Res;
        serialize_none() -> Res;
        serialize_unit() -> Res;
        serialize_unit_struct(n: &'static str) -> Res;
        serialize_unit_variant(n: &'static str, i: u32, v: &'static str) -> Res;
        serialize_seq(l: Option<usize>) -> Result<Self::SerializeSeq, TapeError>;
        serialize_tuple(l: usize) -> Result<Self::SerializeTuple, TapeError>;
        serialize_tuple_struct(n: &'static str, l: usize) -> Result<Self::SerializeTupleStruct, TapeError>;
        serialize_tuple_variant(n: &'static str, i: u32, v: &'static str, l: usize) -> Result<Self::SerializeTupleVariant, TapeError>;
        serialize_map(l: Option<usize>) -> Result<Self::SerializeMap, TapeError>;
        serialize_struct(n: &'static str, l: usize) -> Result<Self::SerializeStruct, TapeError>;
        serialize_struct_variant(n: &'static str, i: u32, v: &'static str, l: usize) -> Result<Self::SerializeStructVariant, TapeError>;
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        n: &'static str,
        i: u32,
        variant: &'static str,
        v: &T,
    ) -> Res {
        self.0.serialize_newtype_variant(n, i, variant, v)
    }
}

/// A recorded tape, replayed as the value it recorded (implements `Serialize`).
pub struct Replay<'a> {
    tape: &'a [u8],
    text: &'a str,
    at: Cell<usize>,
    depth: Cell<usize>,
    /// The dictionary's strings, as ranges of the tape, in the order they were entered.
    keys: RefCell<Vec<(usize, usize)>>,
}

impl<'a> Replay<'a> {
    pub fn new(tape: &'a [u8], text: &'a str) -> Self {
        Replay {
            tape,
            text,
            at: Cell::new(0),
            depth: Cell::new(0),
            keys: RefCell::new(Vec::new()),
        }
    }

    /// Whether the whole tape was read (a replay that stops early read a damaged tape).
    pub fn finished(&self) -> bool {
        self.at.get() == self.tape.len()
    }

    fn byte(&self) -> Option<u8> {
        let at = self.at.get();
        let b = *self.tape.get(at)?;
        self.at.set(at + 1);
        Some(b)
    }

    fn peek(&self) -> Option<u8> {
        self.tape.get(self.at.get()).copied()
    }

    fn varint(&self) -> Option<u64> {
        let mut at = self.at.get();
        let v = get_varint(self.tape, &mut at)?;
        self.at.set(at);
        Some(v)
    }

    fn bytes<const N: usize>(&self) -> Option<[u8; N]> {
        let at = self.at.get();
        let b = self.tape.get(at..at.checked_add(N)?)?;
        self.at.set(at + N);
        b.try_into().ok()
    }

    fn inline(&self) -> Option<(usize, usize)> {
        let len = usize::try_from(self.varint()?).ok()?;
        let at = self.at.get();
        let end = at.checked_add(len).filter(|&e| e <= self.tape.len())?;
        self.at.set(end);
        Some((at, end))
    }

    fn str_at(&self, (a, b): (usize, usize)) -> Option<&'a str> {
        std::str::from_utf8(self.tape.get(a..b)?).ok()
    }

    fn span(&self) -> Option<&'a str> {
        let start = usize::try_from(self.varint()?).ok()?;
        let len = usize::try_from(self.varint()?).ok()?;
        self.text.get(start..start.checked_add(len)?)
    }

    fn dict(&self, n: u64) -> Option<&'a str> {
        let n = usize::try_from(n).ok()?;
        if let Some(s) = SEED.get(n) {
            return Some(s);
        }
        let r = *self.keys.borrow().get(n - SEED.len())?;
        self.str_at(r)
    }

    /// Moves past one value without reading it, entering the keys it holds in the
    /// dictionary (later references count them). A loop, not recursion: a damaged tape's
    /// nesting cannot overflow the stack.
    fn skip(&self) -> Option<()> {
        let mut open = 0usize;
        loop {
            match self.byte()? {
                NULL | TRUE | FALSE => {}
                U64 | I64 | REF => {
                    self.varint()?;
                }
                F32 => {
                    self.bytes::<4>()?;
                }
                F64 => {
                    self.bytes::<8>()?;
                }
                I128 | U128 => {
                    self.bytes::<16>()?;
                }
                STR => {
                    self.inline()?;
                }
                SPAN => {
                    self.varint()?;
                    self.varint()?;
                }
                KEY => {
                    let r = self.inline()?;
                    self.keys.borrow_mut().push(r);
                }
                SEQ | MAP => open += 1,
                END => open = open.checked_sub(1)?,
                _ => return None,
            }
            if open == 0 {
                return Some(());
            }
        }
    }

    fn value<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::Error;
        let bad = || S::Error::custom("stored document body: damaged tape");
        let op = self.byte().ok_or_else(bad)?;
        match op {
            NULL => s.serialize_unit(),
            TRUE => s.serialize_bool(true),
            FALSE => s.serialize_bool(false),
            U64 => s.serialize_u64(self.varint().ok_or_else(bad)?),
            I64 => s.serialize_i64(unzigzag(self.varint().ok_or_else(bad)?)),
            F32 => s.serialize_f32(f32::from_le_bytes(self.bytes().ok_or_else(bad)?)),
            F64 => s.serialize_f64(f64::from_le_bytes(self.bytes().ok_or_else(bad)?)),
            I128 => s.serialize_i128(i128::from_le_bytes(self.bytes().ok_or_else(bad)?)),
            U128 => s.serialize_u128(u128::from_le_bytes(self.bytes().ok_or_else(bad)?)),
            STR => {
                let r = self.inline().ok_or_else(bad)?;
                s.serialize_str(self.str_at(r).ok_or_else(bad)?)
            }
            SPAN => s.serialize_str(self.span().ok_or_else(bad)?),
            KEY => {
                let r = self.inline().ok_or_else(bad)?;
                let k = self.str_at(r).ok_or_else(bad)?;
                self.keys.borrow_mut().push(r);
                s.serialize_str(k)
            }
            REF => {
                let n = self.varint().ok_or_else(bad)?;
                s.serialize_str(self.dict(n).ok_or_else(bad)?)
            }
            SEQ | MAP => {
                let depth = self.depth.get();
                if depth >= MAX_DEPTH {
                    return Err(bad());
                }
                self.depth.set(depth + 1);
                let out = if op == SEQ {
                    let mut seq = s.serialize_seq(None)?;
                    loop {
                        match self.peek() {
                            Some(END) => break,
                            Some(_) => seq.serialize_element(self)?,
                            None => return Err(bad()),
                        }
                    }
                    seq.end()
                } else {
                    let mut map = s.serialize_map(None)?;
                    loop {
                        match self.peek() {
                            Some(END) => break,
                            Some(_) => {
                                map.serialize_key(self)?;
                                map.serialize_value(self)?;
                            }
                            None => return Err(bad()),
                        }
                    }
                    map.end()
                };
                self.at.set(self.at.get() + 1);
                self.depth.set(depth);
                out
            }
            _ => Err(bad()),
        }
    }
}

impl Serialize for Replay<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value(s)
    }
}

/// Reads a tape as a `serde::Deserializer`: a part of a body (its quotes, its entities'
/// mentions) is read straight from it, without replaying the whole document as JSON and
/// parsing that back (which made a page of quotes 13 times slower, issue 16.4). What a type
/// does not ask for is skipped op by op ([`Replay::skip`]); strings are borrowed from the
/// tape and the text. Reads what `serde_json` would read from the replayed JSON: a unit
/// variant or a key is a string, an option is its value or `null`.
impl<'de> de::Deserializer<'de> for &Replay<'de> {
    type Error = TapeError;

    fn deserialize_any<V: de::Visitor<'de>>(self, v: V) -> Result<V::Value, TapeError> {
        let op = self.byte().ok_or_else(damaged)?;
        match op {
            NULL => v.visit_unit(),
            TRUE => v.visit_bool(true),
            FALSE => v.visit_bool(false),
            U64 => v.visit_u64(self.varint().ok_or_else(damaged)?),
            I64 => v.visit_i64(unzigzag(self.varint().ok_or_else(damaged)?)),
            F32 => v.visit_f32(f32::from_le_bytes(self.bytes().ok_or_else(damaged)?)),
            F64 => v.visit_f64(f64::from_le_bytes(self.bytes().ok_or_else(damaged)?)),
            I128 => v.visit_i128(i128::from_le_bytes(self.bytes().ok_or_else(damaged)?)),
            U128 => v.visit_u128(u128::from_le_bytes(self.bytes().ok_or_else(damaged)?)),
            STR => {
                let r = self.inline().ok_or_else(damaged)?;
                v.visit_borrowed_str(self.str_at(r).ok_or_else(damaged)?)
            }
            SPAN => v.visit_borrowed_str(self.span().ok_or_else(damaged)?),
            KEY => {
                let r = self.inline().ok_or_else(damaged)?;
                let k = self.str_at(r).ok_or_else(damaged)?;
                self.keys.borrow_mut().push(r);
                v.visit_borrowed_str(k)
            }
            REF => {
                let n = self.varint().ok_or_else(damaged)?;
                v.visit_borrowed_str(self.dict(n).ok_or_else(damaged)?)
            }
            SEQ | MAP => {
                let depth = self.depth.get();
                if depth >= MAX_DEPTH {
                    return Err(damaged());
                }
                self.depth.set(depth + 1);
                let out = if op == SEQ {
                    v.visit_seq(Items(self))?
                } else {
                    v.visit_map(Items(self))?
                };
                // What the visitor left unread (a tuple shorter than the sequence).
                while self.peek().ok_or_else(damaged)? != END {
                    self.skip().ok_or_else(damaged)?;
                }
                self.at.set(self.at.get() + 1);
                self.depth.set(depth);
                Ok(out)
            }
            _ => Err(damaged()),
        }
    }

    fn deserialize_option<V: de::Visitor<'de>>(self, v: V) -> Result<V::Value, TapeError> {
        if self.peek() == Some(NULL) {
            self.at.set(self.at.get() + 1);
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: de::Visitor<'de>>(
        self,
        _: &'static str,
        v: V,
    ) -> Result<V::Value, TapeError> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: de::Visitor<'de>>(self, v: V) -> Result<V::Value, TapeError> {
        self.skip().ok_or_else(damaged)?;
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier
    }
}

/// The items of a sequence, or the keys and values of a map, up to its `END`.
struct Items<'r, 'de>(&'r Replay<'de>);

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = TapeError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, TapeError> {
        match self.0.peek().ok_or_else(damaged)? {
            END => Ok(None),
            _ => seed.deserialize(self.0).map(Some),
        }
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = TapeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, TapeError> {
        match self.0.peek().ok_or_else(damaged)? {
            END => Ok(None),
            _ => seed.deserialize(self.0).map(Some),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, TapeError> {
        seed.deserialize(self.0)
    }
}

fn damaged() -> TapeError {
    TapeError("stored document body: damaged tape".into())
}

/// Reads a value of type `T` from `tape` (recorded against `text`): what deserialising the
/// replayed JSON gives, without writing it.
pub fn read<'de, T: de::Deserialize<'de>>(tape: &'de [u8], text: &'de str) -> Result<T, TapeError> {
    let replay = Replay::new(tape, text);
    let value = T::deserialize(&replay)?;
    if !replay.finished() {
        return Err(TapeError(
            "stored document body: bytes after the value".into(),
        ));
    }
    Ok(value)
}

/// Replays `tape` (recorded against `text`) as JSON onto `out`: the bytes `serde_json` writes
/// for the value that was recorded.
pub fn to_json(tape: &[u8], text: &str, out: &mut Vec<u8>) -> Result<(), TapeError> {
    let replay = Replay::new(tape, text);
    replay
        .serialize(&mut serde_json::Serializer::new(&mut *out))
        .map_err(|e| TapeError(e.to_string()))?;
    if !replay.finished() {
        return Err(TapeError(
            "stored document body: bytes after the value".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::ser::SerializeStruct;

    /// Keys with a fixed address (as a derived `Serialize` writes them), so the dictionary's
    /// references are exercised; `Node::Map` also takes keys built at run time.
    const KEYS: [&str; 4] = ["id", "text", "start", "own"];

    /// A value of serde's data model; `Slice` is a part of the text the tape is recorded
    /// against (a span on the tape), `Str` a string of its own.
    #[derive(Debug, Clone)]
    enum Node {
        Null,
        Bool(bool),
        U(u64),
        I(i64),
        F32(f32),
        F64(f64),
        Str(String),
        Slice(usize, usize),
        Variant(usize),
        Newtype(usize, Box<Node>),
        Seq(Vec<Node>),
        Map(Vec<(String, Node)>),
        Struct(Vec<(usize, Node)>),
    }

    struct With<'a>(&'a Node, &'a str);

    impl Serialize for With<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let text = self.1;
            match self.0 {
                Node::Null => s.serialize_none(),
                Node::Bool(b) => s.serialize_bool(*b),
                Node::U(u) => s.serialize_u64(*u),
                Node::I(i) => s.serialize_i64(*i),
                Node::F32(f) => s.serialize_f32(*f),
                Node::F64(f) => s.serialize_f64(*f),
                Node::Str(x) => s.serialize_str(x),
                Node::Slice(a, b) => {
                    let (a, b) = ((*a).min(text.len()), (*b).min(text.len()));
                    let (a, b) = (a.min(b), a.max(b));
                    s.serialize_str(text.get(a..b).unwrap_or(""))
                }
                Node::Variant(k) => s.serialize_unit_variant("V", 0, KEYS[k % 4]),
                Node::Newtype(k, n) => {
                    s.serialize_newtype_variant("V", 0, KEYS[k % 4], &With(n, text))
                }
                Node::Seq(v) => {
                    let mut seq = s.serialize_seq(Some(v.len()))?;
                    for n in v {
                        seq.serialize_element(&With(n, text))?;
                    }
                    seq.end()
                }
                Node::Map(v) => {
                    let mut m = s.serialize_map(None)?;
                    for (k, n) in v {
                        m.serialize_entry(k, &With(n, text))?;
                    }
                    m.end()
                }
                Node::Struct(v) => {
                    let mut m = s.serialize_struct("S", v.len())?;
                    for (k, n) in v {
                        m.serialize_field(KEYS[k % 4], &With(n, text))?;
                    }
                    m.end()
                }
            }
        }
    }

    fn node() -> impl Strategy<Value = Node> {
        let leaf = prop_oneof![
            Just(Node::Null),
            any::<bool>().prop_map(Node::Bool),
            any::<u64>().prop_map(Node::U),
            any::<i64>().prop_map(Node::I),
            any::<f32>().prop_map(Node::F32),
            any::<f64>().prop_map(Node::F64),
            any::<String>().prop_map(Node::Str),
            (0..64usize, 0..64usize).prop_map(|(a, b)| Node::Slice(a, b)),
            any::<usize>().prop_map(Node::Variant),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                (any::<usize>(), inner.clone()).prop_map(|(k, n)| Node::Newtype(k, Box::new(n))),
                prop::collection::vec(inner.clone(), 0..6).prop_map(Node::Seq),
                prop::collection::vec((any::<String>(), inner.clone()), 0..6).prop_map(Node::Map),
                prop::collection::vec((any::<usize>(), inner), 0..6).prop_map(Node::Struct),
            ]
        })
    }

    /// `v` with its floats as `null`: replayed JSON prints an `f32` in its own shortest
    /// form, which parses to another `f64` than the `f32` widened (no body's quotes or
    /// mentions hold a float).
    fn without_floats(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::Number(n) if n.is_f64() => Value::Null,
            Value::Array(a) => Value::Array(a.into_iter().map(without_floats).collect()),
            Value::Object(m) => {
                Value::Object(m.into_iter().map(|(k, v)| (k, without_floats(v))).collect())
            }
            v => v,
        }
    }

    /// Text whose slices are cut on character boundaries (ASCII), with JSON's specials in it.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![Just('a'), Just('"'), Just('\\'), Just('\n'), Just(' ')],
            0..64,
        )
        .prop_map(|c| c.into_iter().collect())
    }

    proptest! {
        #[test]
        fn a_replayed_tape_is_the_json_serde_json_writes(n in node(), text in text()) {
            let value = With(&n, &text);
            let mut tape = Vec::new();
            record(&value, &text, &mut tape).unwrap();
            let mut json = Vec::new();
            to_json(&tape, &text, &mut json).unwrap();
            prop_assert_eq!(
                String::from_utf8(json).unwrap(),
                serde_json::to_string(&value).unwrap()
            );
        }

        #[test]
        fn a_damaged_tape_is_an_error_or_json_never_a_panic(
            tape in prop::collection::vec(any::<u8>(), 0..256),
            text in text(),
        ) {
            let mut json = Vec::new();
            if to_json(&tape, &text, &mut json).is_ok() {
                prop_assert!(serde_json::from_slice::<serde_json::Value>(&json).is_ok());
            }
            let _ = read::<serde_json::Value>(&tape, &text);
            let _ = read::<(de::IgnoredAny, serde_json::Value)>(&tape, &text);
        }

        #[test]
        fn a_tape_reads_as_its_replayed_json_parses(n in node(), text in text()) {
            let value = With(&n, &text);
            let mut tape = Vec::new();
            record(&value, &text, &mut tape).unwrap();
            let mut json = Vec::new();
            to_json(&tape, &text, &mut json).unwrap();
            let parsed: serde_json::Value = serde_json::from_slice(&json).unwrap();
            let read: serde_json::Value = read(&tape, &text).unwrap();
            prop_assert_eq!(without_floats(read), without_floats(parsed));
        }

        /// A skipped value still enters its keys in the dictionary: the value after it may
        /// refer to them.
        #[test]
        fn a_value_read_after_a_skipped_one_is_the_same(
            a in node(),
            b in node(),
            text in text(),
        ) {
            let (a, b) = (With(&a, &text), With(&b, &text));
            let mut tape = Vec::new();
            record(&(&a, &b), &text, &mut tape).unwrap();
            let (_, read): (de::IgnoredAny, serde_json::Value) = read(&tape, &text).unwrap();
            let parsed: serde_json::Value =
                serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
            prop_assert_eq!(without_floats(read), without_floats(parsed));
        }
    }

    #[test]
    fn parts_of_the_text_are_spans_and_repeated_keys_references() {
        let text = "Paris said no.";
        let n = Node::Seq(vec![
            Node::Struct(vec![(0, Node::Slice(0, 5)), (1, Node::Str("Paris".into()))]),
            Node::Struct(vec![(0, Node::Slice(6, 10))]),
        ]);
        let mut tape = Vec::new();
        record(&With(&n, text), text, &mut tape).unwrap();
        let id = SEED.binary_search(&"id").unwrap() as u8;
        let text_ = SEED.binary_search(&"text").unwrap() as u8;
        assert_eq!(
            tape,
            [
                &[SEQ, MAP, REF, id, SPAN, 0, 5, REF, text_, STR, 5][..],
                b"Paris",
                &[END, MAP, REF, id, SPAN, 6, 4, END, END],
            ]
            .concat()
        );
        let mut json = Vec::new();
        to_json(&tape, text, &mut json).unwrap();
        assert_eq!(
            String::from_utf8(json.clone()).unwrap(),
            r#"[{"id":"Paris","text":"Paris"},{"id":"said"}]"#
        );
        // A key of no seed is entered once, then referred to by its number after the seed's.
        let n = Node::Seq(vec![
            Node::Struct(vec![(3, Node::Null)]),
            Node::Struct(vec![(3, Node::Null)]),
        ]);
        tape.clear();
        record(&With(&n, text), text, &mut tape).unwrap();
        assert_eq!(
            tape,
            [
                &[SEQ, MAP, KEY, 3][..],
                b"own",
                &[NULL, END, MAP, REF, SEED.len() as u8, NULL, END, END],
            ]
            .concat()
        );
        json.clear();
        to_json(&tape, text, &mut json).unwrap();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"[{"own":null},{"own":null}]"#
        );
    }

    #[test]
    fn the_seed_is_sorted_and_short_enough_for_one_byte_references() {
        assert!(SEED.windows(2).all(|w| w[0] < w[1]));
        assert!(SEED.len() < 128);
    }

    #[test]
    fn a_tape_nested_past_the_limit_is_refused() {
        let mut json = Vec::new();
        let deep = vec![SEQ; MAX_DEPTH + 1];
        assert!(to_json(&deep, "", &mut json).is_err());
        assert!(read::<serde_json::Value>(&deep, "").is_err());
        let closed = [vec![SEQ; MAX_DEPTH + 1], vec![END; MAX_DEPTH + 1]].concat();
        assert!(read::<serde_json::Value>(&closed, "").is_err());
        // Skipped, a deep value is only counted through.
        let skipped = [vec![SEQ, SEQ], closed, vec![END, U64, 7, END]].concat();
        let (_, seven): (de::IgnoredAny, u64) = read(&skipped, "").unwrap();
        assert_eq!(seven, 7);
        let ok = [vec![SEQ; MAX_DEPTH], vec![END; MAX_DEPTH]].concat();
        json.clear();
        to_json(&ok, "", &mut json).unwrap();
        assert_eq!(json.len(), 2 * MAX_DEPTH);
    }
}
