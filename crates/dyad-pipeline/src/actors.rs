//! Which mentions can be actors of an event or speakers of a quote, and how a pronoun or bare
//! title ("he", "the minister") finds the person it refers to. Shared by events and quotes.

use crate::lexicon::LangLexicon;
use dyad_core::{Document, EntityKind, Mention, Side, Span};
use dyad_kb::Normalized;
use jiff::civil::Date;

/// The document's actor mentions: not nested in a larger phrase, not a place used as a location,
/// and standing for some actor (a city that is not a capital stands for none).
pub struct ActorView<'a> {
    pub doc: &'a Document,
    tops: Vec<&'a Mention>,
    /// `tops` plus people whose country is unknown: they fill a subject's place in a clause.
    phrases: Vec<&'a Mention>,
}

impl<'a> ActorView<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Self::build(doc, false)
    }

    /// The view with settings kept ("arrived in Gondor", "in Bree"): an imported CAMEO
    /// dictionary, as PETRARCH, takes the actor a setting names for a target.
    pub fn with_settings(doc: &'a Document) -> Self {
        Self::build(doc, true)
    }

    fn build(doc: &'a Document, settings: bool) -> Self {
        let mut tops: Vec<&Mention> = Vec::new();
        let mut phrases: Vec<&Mention> = Vec::new();
        let mut max_end = 0;
        for m in &doc.mentions {
            let nested = m.span.end <= max_end && phrases.last().is_none_or(|t| t.span != m.span);
            max_end = max_end.max(m.span.end);
            if nested || (m.as_location && !settings) {
                continue;
            }
            let e = &doc.entities[m.entity];
            let actor = e.actor_on(None);
            if e.kind == EntityKind::Place && actor.and_then(|a| a.sector).is_none() {
                continue;
            }
            if actor.is_none() {
                if e.kind == EntityKind::Person {
                    phrases.push(m);
                }
                continue;
            }
            tops.push(m);
            phrases.push(m);
        }
        ActorView { doc, tops, phrases }
    }

    /// Actor mentions inside `[start, end)`, in text order.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = &'a Mention> + '_ {
        let i = self.tops.partition_point(|m| m.span.start < start);
        self.tops[i..]
            .iter()
            .copied()
            .take_while(move |m| m.span.end <= end)
    }

    /// Actor phrases inside `[start, end)`, people of unknown country included, in text order.
    pub fn within_all(&self, start: usize, end: usize) -> impl Iterator<Item = &'a Mention> + '_ {
        let i = self.phrases.partition_point(|m| m.span.start < start);
        self.phrases[i..]
            .iter()
            .copied()
            .take_while(move |m| m.span.end <= end)
    }

    /// The last person named before `pos` (for "he said", "the minister").
    pub fn last_person_before(&self, pos: usize) -> Option<&'a Mention> {
        let i = self.tops.partition_point(|m| m.span.start < pos);
        self.tops[..i]
            .iter()
            .rev()
            .filter(|m| m.span.end <= pos)
            .take(12)
            .find(|m| self.doc.entities[m.entity].kind == EntityKind::Person)
            .copied()
    }

    /// The last actor of any kind named before `pos` (for "it hosted").
    pub fn last_actor_before(&self, pos: usize, floor: usize) -> Option<&'a Mention> {
        let i = self.tops.partition_point(|m| m.span.start < pos);
        self.tops[..i]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= floor)
            .find(|m| m.span.end <= pos)
            .copied()
    }

    /// An event side from a mention, with the actor code valid on `date`.
    pub fn side(&self, m: &Mention, date: Option<Date>) -> Option<Side> {
        let e = &self.doc.entities[m.entity];
        let role = e.role_on(date)?;
        let actor = role.actor;
        let entity =
            (!e.id.starts_with("new:") && e.kind != EntityKind::Actor).then(|| e.id.clone());
        Some(Side {
            entity,
            name: e.name.clone(),
            country: actor.country,
            sector: actor.sector,
            cameo: role.cameo.clone(),
            span: m.span,
        })
    }

    /// A more specific mention of the same country in `[start, end)`: a bare "Russia" acting in
    /// a sentence about Russia's defence minister is the minister's side. A state acts through
    /// its own institutions: as a doer (`organs`, data/kb/sectors.tsv's `state`) it is not the
    /// citizens, refugees or firms of its own the sentence names ("Iran summoned the ambassador
    /// over the arrest of Iranian citizens").
    pub fn specialise(
        &self,
        side: Side,
        (start, end): (usize, usize),
        date: Option<Date>,
        organs: Option<&crate::lexicon::Lexicon>,
    ) -> Side {
        if side.sector.is_some() {
            return side;
        }
        let organ = |s: &Side| organs.is_none_or(|lex| lex.state_body(s.sector));
        let better = self
            .within(start, end)
            .filter(|m| self.doc.entities[m.entity].kind != EntityKind::Place)
            .filter_map(|m| self.side(m, date).map(|s| (m, s)))
            .filter(|(_, s)| s.country == side.country && s.sector.is_some() && organ(s))
            .max_by_key(|(m, _)| self.doc.entities[m.entity].kind == EntityKind::Person);
        better.map_or(side, |(_, s)| s)
    }
}

/// Does `[start, end)` of the text hold a pronoun or a bare title ("the minister")?
pub fn has_pronoun(norm: &Normalized, lex: &LangLexicon, start: usize, end: usize) -> bool {
    let (ns, ne) = (norm_pos(norm, start), norm_pos(norm, end));
    let words: Vec<&str> = norm.text()[ns..ne]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| is_pronoun(lex, w)) {
        return true;
    }
    // "the minister", "the envoy": a title right after "the" with no name.
    let sub = &norm.text()[ns..ne];
    lex.roles
        .find_all(sub, &lex.affixes)
        .iter()
        .any(|&(s, _, phrase)| {
            let before = sub[..s].trim_end();
            let last = before.rsplit(' ').next().unwrap_or("");
            lex.words.definite.contains(last)
                && lex
                    .roles
                    .values(phrase)
                    .iter()
                    .any(|r| r.kind == crate::lexicon::RoleKind::Title)
        })
}

/// Is the folded word a personal pronoun? Not when it is an article too: folding takes the
/// accent that tells them apart (Spanish «él», he; «el», the).
pub fn is_pronoun(lex: &LangLexicon, w: &str) -> bool {
    lex.words.pronouns.contains(w) && !lex.words.articles.contains(w)
}

/// The items of `v` (sorted by `start`) that start inside `[from, to)`: a binary search, so
/// per-trigger lookups stay linear in the document, however long it is.
pub fn starting_in<T>(v: &[T], start: impl Fn(&T) -> usize, from: usize, to: usize) -> &[T] {
    let a = v.partition_point(|x| start(x) < from);
    let b = a + v[a..].partition_point(|x| start(x) < to);
    dyad_core::scan::read(b - a);
    &v[a..b]
}

/// The first normalised offset at or after original offset `orig`.
pub fn norm_pos(norm: &Normalized, orig: usize) -> usize {
    norm.norm_pos(orig)
}

/// The span of the sentence holding `pos`, or the whole text.
pub fn sentence_span(doc: &Document, pos: usize) -> Span {
    doc.sentence_at(pos)
        .map_or(Span::new(0, doc.text.len()), |i| doc.sentences[i].span)
}

/// The first bytes of `s`, at most `max`, ending on a character boundary.
pub fn head(s: &str, max: usize) -> &str {
    let mut n = max.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}
