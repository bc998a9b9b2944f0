//! The grammar of one sentence as the event stage reads it: its actor phrases, each with the
//! cases the language's markers give it (`data/lang/<code>/language.toml`: "with Russia",
//! "روس کے ساتھ", "Pakistan'ı", "بموسكو"), whether a possessive clitic follows it ("Russia's"),
//! and whether a conjunction joins it to the next one ("Russia and Pakistan").
//!
//! A phrase with no case is a subject or a direct object, which of them its place says: the
//! clause's roles are read from this by `roles`.

use crate::actors::{head, norm_pos, ActorView};
use crate::lexicon::{part_at, LangLexicon, Part, RoleKind};
use crate::punct::is_comma;
use dyad_core::{Document, EntityKind, Mention, Span};
use dyad_kb::{Case, Normalized};

/// An actor phrase of a sentence.
#[derive(Debug, Clone)]
pub struct Np<'d> {
    pub mention: &'d Mention,
    /// The cases its markers give it; empty for a subject or direct object.
    pub cases: Vec<Case>,
    /// A possessive clitic follows it: "Russia's visit".
    pub possessor: bool,
    /// A possessor by a genitive postposition that shares the case of the noun it possesses
    /// ("ایف سی کے قافلے پر": on the Frontier Corps' convoy).
    pub owns_marked: bool,
    /// A conjunction (or a list comma) joins it to the next phrase: "Russia and Pakistan".
    pub joined_to_next: bool,
    /// The next phrase follows it with nothing between and names the same country's actor:
    /// a title and its holder's name ("Президент России Владимир Путин"), one conjunct.
    pub same_as_next: bool,
    /// A genitive right before a place of its own country, which it possesses: "Rusya'nın
    /// Kursk bölgesine" (to Russia's Kursk region), "Ukrainaning Xarkov viloyatiga". It is
    /// the place's owner, not the doer of a participle after it.
    pub owns_next_place: bool,
    /// It stands for an actor (a person of unknown country does not, but still fills a role).
    pub is_actor: bool,
    /// It names a capital (which stands for its government only as subject or object).
    pub is_capital: bool,
    /// A demonym standing alone after a common noun, as its adjective ("cereales ucranianos",
    /// "le pétrole iranien"): it tells whose the thing is and acts for nobody.
    pub modifier: bool,
}

impl Np<'_> {
    pub fn span(&self) -> Span {
        self.mention.span
    }

    pub fn start(&self) -> usize {
        self.mention.span.start
    }

    pub fn unmarked(&self) -> bool {
        self.cases.is_empty()
    }

    pub fn has(&self, c: Case) -> bool {
        self.cases.contains(&c)
    }
}

/// Is the mention a role word of an institution or a collective alone (the police, the court),
/// with no title among its words?
fn body_word(norm: &Normalized, lex: &LangLexicon, m: &Mention) -> bool {
    let (ns, ne) = (norm_pos(norm, m.span.start), norm_pos(norm, m.span.end));
    let Some(text) = norm.text().get(ns..ne) else {
        return false;
    };
    let hits = lex.roles.find_all_stems(text, &lex.affixes);
    !hits.is_empty()
        && hits.iter().all(|&(_, _, _, p)| {
            lex.roles
                .values(p)
                .iter()
                .all(|r| r.kind != RoleKind::Title)
        })
}

/// The actor phrases of `[start, end)`, in text order: the view's actor mentions and people of
/// unknown country (who fill a subject's place, so that nobody else is taken for it).
pub fn phrases<'d>(
    doc: &'d Document,
    norm: &Normalized,
    view: &ActorView<'d>,
    parts: &[Part],
    start: usize,
    end: usize,
    capitals: &dyn Fn(&Mention) -> bool,
) -> Vec<Np<'d>> {
    let mut out: Vec<Np<'d>> = view
        .within_all(start, end)
        .map(|m| {
            let lex = part_at(parts, m.span.start).lex;
            let is_actor = doc.entities[m.entity].actor_on(None).is_some();
            let place = place_name(doc, m);
            Np {
                mention: m,
                cases: cases_of(norm, lex, m, place, (true, true)),
                possessor: possessor(norm, lex, m),
                owns_marked: false,
                joined_to_next: false,
                same_as_next: false,
                owns_next_place: false,
                is_actor,
                is_capital: capitals(m),
                modifier: modifier(doc, norm, lex, m),
            }
        })
        .collect();
    // How each phrase is joined to the next; a list comma counts only before a chain that a
    // conjunction closes ("Russia, China and Iran"): "Türkiye, Rusya'yı suçladı" is a subject
    // set off by a comma, not a list of two.
    let mut joins: Vec<Join> = (1..out.len())
        .map(|i| {
            let lex = part_at(parts, out[i].start()).lex;
            conjoined(norm, lex, out[i - 1].span(), out[i].span())
        })
        .collect();
    // (A conjunction after the list's last name closes it too, whatever stands between it and
    // the next name: "Arnor, Calenardhon and the evil awful Gondor".)
    // A conjunction that is also a postposition closes no list: Turkish "ile" is "and" between
    // two names and "with" after one, and "Erdoğan, Putin ile görüştü ve …", "Türkiye, Rusya
    // ile Ukrayna arasında" set off their subject by a comma (a list ends with "ve").
    let mut closed = false;
    for (k, j) in joins.iter_mut().enumerate().rev() {
        match j {
            Join::Word => {
                let lex = part_at(parts, out[k + 1].start()).lex;
                closed = !postposition_follows(norm, lex, out[k].span(), out[k + 1].span());
            }
            Join::Pair => closed = true,
            Join::Comma if !closed => *j = Join::No,
            Join::Comma => {}
            Join::No => {
                let lex = part_at(parts, out[k + 1].start()).lex;
                closed = conjunction_follows(norm, lex, out[k].span(), out[k + 1].span())
                    && !postposition_follows(norm, lex, out[k].span(), out[k + 1].span());
            }
        }
    }
    // A comma after the phrases that open the sentence sets off its subject, not the first item
    // of a list, where the list after it carries a case ending and they none (`[grammar]
    // subject_comma`): "Türkiye, İsrail ve İran'ı kınadı" (Turkey condemned Israel and Iran).
    if let Some(k) = joins.iter().position(|j| *j != Join::No) {
        let lex = part_at(parts, out[k].start()).lex;
        let mut last = k + 1;
        while last < joins.len() && joins[last] != Join::No {
            last += 1;
        }
        let opening = norm
            .text()
            .get(norm_pos(norm, start)..norm_pos(norm, out[0].start()))
            .is_some_and(|g| !g.contains(is_comma));
        if lex.subject_comma
            && joins[k] == Join::Comma
            && opening
            && out[k].unmarked()
            && !out[last].unmarked()
        {
            joins[k] = Join::No;
        }
    }
    for i in 1..out.len() {
        let country = |n: &Np| {
            doc.entities[n.mention.entity]
                .actor_on(None)
                .map(|a| a.country)
        };
        let same_country =
            country(&out[i - 1]).is_some() && country(&out[i - 1]) == country(&out[i]);
        // The article glued onto a name after one that has none joins no pair of two
        // countries: "هددت كوريا الشمالية اليابان" is a subject and an object (a nisba pair has
        // its article on both: "اللجنة الروسية الباكستانية"). Of one country it stays the
        // name's own adjective ("جماعة الحوثي اليمنية").
        if joins[i - 1] == Join::Pair
            && !same_country
            && article_without_own(
                norm,
                part_at(parts, out[i].start()).lex,
                out[i - 1].span(),
                out[i].span(),
            )
        {
            joins[i - 1] = Join::No;
        }
        // A compound of one country's names is one actor, not a pair: "US-Präsident Donald
        // Trump".
        let pair_of_one = joins[i - 1] == Join::Pair && same_country;
        // (Nested mentions have no gap.)
        let gap = norm
            .text()
            .get(norm_pos(norm, out[i - 1].span().end)..norm_pos(norm, out[i].start()))
            .map(str::trim);
        let lex = part_at(parts, out[i].start()).lex;
        // "his Pakistani counterpart Qureshi": the demonym and the name are one counterpart.
        let counterpart = gap
            .and_then(|g| counterpart_word(lex, g))
            .is_some_and(str::is_empty);
        // In a verb-final language an institution or a collective named by its role word is
        // no title of the person named after it: «পুলিশ শেখ হাসিনাকে গ্রেপ্তার করেছে» (the
        // police arrested Sheikh Hasina) is two phrases, subject and object.
        let body_then_person = lex.order == dyad_kb::WordOrder::Sov
            && doc.entities[out[i].mention.entity].kind == EntityKind::Person
            && body_word(norm, lex, out[i - 1].mention);
        out[i - 1].same_as_next = out[i - 1].unmarked()
            && same_country
            && !body_then_person
            && (pair_of_one || gap.is_some_and(str::is_empty) || counterpart);
        if joins[i - 1] != Join::No && !pair_of_one {
            out[i - 1].joined_to_next = true;
            // The word joining them is a conjunction here, not a postposition of the first
            // nor a preposition of the second (Turkish "Türkiye ile Ermenistan", Chinese
            // "沙特和伊朗": "ile" and "和" are "and" between two names, "with" elsewhere).
            let (a, b) = (out[i - 1].mention, out[i].mention);
            out[i - 1].cases = cases_of(norm, lex, a, place_name(doc, a), (true, false));
            out[i].cases = cases_of(norm, lex, b, place_name(doc, b), (false, true));
        }
    }
    // A genitive right before a place of its own country possesses it (the place is often no
    // actor phrase: "Kursk bölgesine", to the Kursk region). (Between them the genitive's own
    // ending at most: "Rusya|'nın Kursk".)
    for n in out.iter_mut().filter(|n| n.has(Case::Of)) {
        let country = doc.entities[n.mention.entity]
            .actor_on(None)
            .map(|a| a.country);
        let end = n.span().end;
        n.owns_next_place = country.is_some()
            && doc.mentions.iter().any(|m| {
                m.span.start >= end
                    && doc.entities[m.entity].kind == EntityKind::Place
                    && doc.entities[m.entity].actor_on(None).map(|a| a.country) == country
                    && doc.text.get(end..m.span.start).is_some_and(|g| {
                        let g = g.trim_end();
                        !g.contains(char::is_whitespace) && !g.contains(is_comma)
                    })
            });
    }
    // A preposition may govern a noun across a modifier that stands before it (Chinese
    // "同来访的俄罗斯总统普京"): the nearest one not standing right before another phrase. A
    // setting ("在") is not read so far: "正在访问北京的普京" is Putin, who is visiting Beijing.
    let starts: Vec<usize> = out.iter().map(|n| norm_pos(norm, n.start())).collect();
    for i in 0..out.len() {
        if !out[i].cases.is_empty() {
            continue;
        }
        let lex = part_at(parts, out[i].start()).lex;
        let found = lex.cases_across_modifier(norm.text(), starts[i]);
        let own = found.into_iter().find(|&(end, cases)| {
            !cases.contains(&Case::In)
                && !starts
                    .iter()
                    .any(|&s| s >= end && norm.text()[end..s].trim().is_empty())
        });
        if let Some((_, cases)) = own {
            out[i].cases = cases.to_vec();
        }
    }
    // A possessor named by a genitive postposition shares the case of the noun it possesses
    // when that noun names nobody and carries a postposition of its own: "ایف سی کے قافلے پر
    // حملہ" is an attack on the Frontier Corps (on its convoy), "सीआरपीएफ के काफिले पर" on the
    // CRPF. It keeps its genitive, by which a noun right after it is its act ("ایران کے حملے
    // پر", on Iran's attack).
    for (i, np) in out.iter_mut().enumerate() {
        if np.cases != [Case::Of] {
            continue;
        }
        let lex = part_at(parts, np.start()).lex;
        let next = starts.get(i + 1).copied().unwrap_or(usize::MAX);
        if let Some(cases) = possessed_case(norm.text(), lex, norm_pos(norm, np.span().end), next) {
            np.cases.extend(cases.iter().filter(|&&c| c != Case::Of));
            np.owns_marked = true;
        }
    }
    // Conjuncts share their marker, which stands before the first ("with Russia and China")
    // or after the last ("پاکستان اور چین نے").
    let mut i = 0;
    while i < out.len() {
        let mut j = i;
        while out[j].joined_to_next && j + 1 < out.len() {
            j += 1;
        }
        if j > i {
            let shared = if !out[i].cases.is_empty() {
                out[i].cases.clone()
            } else {
                out[j].cases.clone()
            };
            for n in &mut out[i..=j] {
                if n.cases.is_empty() {
                    n.cases = shared.clone();
                }
            }
        }
        i = j + 1;
    }
    out
}

/// The cases the markers around a mention give it; `(preposition, postposition)` say whether
/// the marker word before it and the one after it count.
/// The text of a mention that names a place or country: its ending may show its case.
fn place_name<'d>(doc: &'d Document, m: &Mention) -> Option<&'d str> {
    matches!(
        doc.entities[m.entity].kind,
        EntityKind::Place | EntityKind::Country
    )
    .then(|| &doc.text[m.span.start..m.span.end])
}

fn cases_of(
    norm: &Normalized,
    lex: &LangLexicon,
    m: &Mention,
    place: Option<&str>,
    (preposition, postposition): (bool, bool),
) -> Vec<Case> {
    let n = norm.text();
    let (ns, ne) = (norm_pos(norm, m.span.start), norm_pos(norm, m.span.end));
    let mut cases: Vec<Case> = Vec::new();
    let mut add = |cs: &[Case]| {
        for c in cs {
            if !cases.contains(c) {
                cases.push(*c);
            }
        }
    };
    // A preposition, perhaps with an article between: "with the delegation", "à la Russie".
    let mut at = ns;
    for _ in 0..2 * usize::from(preposition) {
        let found = lex.cases_before(n, at);
        if !found.is_empty() {
            match place {
                Some(name) => add(&lex.by_ending(found, name)),
                None => add(found),
            }
            break;
        }
        let before = n[..at].trim_end();
        let last = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if last.is_empty() || !lex.words.articles.contains(last) {
            break;
        }
        at = before.len() - last.len();
    }
    // A postposition: "روس کے ساتھ", "रूस के खिलाफ", "Pakistan ile".
    let after = n[ne..].trim_start();
    let mut governed = false;
    if postposition {
        // The postposition follows the case ending a name takes after an apostrophe, where
        // the language writes one ("Lübnan'ın güneyini", southern Lebanon-ACC: the ending is
        // the genitive the noun after it governs).
        let past_ending = || {
            let rest = after.strip_prefix('\'')?;
            let w = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            (w > 0).then(|| rest[w..].trim_start())
        };
        let found = lex
            .markers_after
            .find_at_start(head(after, 60), &lex.affixes)
            .or_else(|| {
                lex.markers_after
                    .find_at_start(head(past_ending()?, 60), &lex.affixes)
            });
        if let Some((_, _, p)) = found {
            add(lex.markers_after.values(p));
            governed = true;
        }
    }
    // Letters glued in front ("لباكستان"): the clitic the name match stepped over.
    let before = &n[..ns];
    for (p, c) in &lex.marker_prefixes {
        if before.ends_with(p.as_str())
            && !before[..before.len() - p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            add(&[*c]);
        }
    }
    // An ending: written onto the name and declared by the language ("Toshkentga"), or after an
    // apostrophe ("Pakistan'ı").
    let ending = match m.ending {
        Some(e) if e < m.span.end => &n[norm_pos(norm, e)..ne],
        _ => {
            let rest = &n[ne..];
            let w = rest
                .char_indices()
                .skip(1)
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(rest.len(), |(i, _)| i);
            if rest.starts_with('\'') {
                &rest[..w]
            } else {
                ""
            }
        }
    };
    if !ending.is_empty() {
        for (s, c) in &lex.marker_suffixes {
            // A genitive ending before a postposition is the form the postposition governs
            // ("ভারতের প্রতি", to India): no possessor.
            if s == ending && !(governed && *c == Case::Of) {
                add(&[*c]);
            }
        }
    }
    cases
}

/// Words a possessed noun may have between a genitive postposition and its own: the noun
/// and one adjective or compound part ("کے فوجی قافلے پر", on the military convoy of).
const POSSESSED_WORDS: usize = 2;

/// The cases of the postposition after the noun that the genitive postposition right after
/// normalised offset `end` makes the phrase ending there the possessor of: the noun is at most
/// [`POSSESSED_WORDS`] words, with no punctuation and no other phrase (starting before
/// `next`) among them, and the postposition after it is not a genitive again nor a setting.
fn possessed_case<'l>(
    text: &str,
    lex: &'l LangLexicon,
    end: usize,
    next: usize,
) -> Option<&'l [Case]> {
    let marker_at = |at: usize| {
        lex.markers_after
            .find_at_start(head(&text[at..], 60), &lex.affixes)
            .map(|(_, e, p)| (at + e, lex.markers_after.values(p)))
    };
    let skip_space = |at: usize| {
        at + text[at..]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(text.len() - at)
    };
    // (A marker's forms may fold to one spelling, each giving its case: کی and کے.)
    let (mut at, cases) = marker_at(skip_space(end))?;
    if cases.iter().any(|&c| c != Case::Of) {
        return None;
    }
    for _ in 0..POSSESSED_WORDS {
        at = skip_space(at);
        if at >= next {
            return None;
        }
        // One word, up to a space; a punctuation mark of any script ends the phrase.
        let word = text[at..]
            .find(|c: char| c.is_whitespace() || dyad_kb::punct().bits(c) != 0)
            .unwrap_or(text.len() - at);
        if word == 0 {
            return None;
        }
        at += word;
        if !text[at..].starts_with(char::is_whitespace) {
            return None;
        }
        let after = skip_space(at);
        if after >= next {
            return None;
        }
        if let Some((_, cases)) = marker_at(after) {
            // (Not a genitive again, nor a setting: "یوکرین کے شہر خارکیف میں", in Ukraine's
            // city of Kharkiv, names where, which the place layer reads; no one is acted on.)
            return (!cases.contains(&Case::Of) && !cases.contains(&Case::In)).then_some(cases);
        }
    }
    None
}

/// Does a possessive clitic follow the mention ("Russia's", "Russia’")?
fn possessor(norm: &Normalized, lex: &LangLexicon, m: &Mention) -> bool {
    lex.possessive_clitic_at(&norm.text()[norm_pos(norm, m.span.end)..])
}

/// How two neighbouring actor mentions are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    No,
    /// Only a comma stands between them: a list item if a conjunction closes the list.
    Comma,
    /// A conjunction ("and", "و", "ve"), perhaps written onto the second.
    Word,
    /// A hyphen or the language's pair joiner: a pair when the two are of different
    /// countries ("Russian-Pakistani"), one actor when not ("US-Präsident Donald Trump").
    Pair,
}

/// Is what stands between two mentions a pair joiner glued onto the second as its article
/// (Arabic ال), with the first having no such article of its own?
fn article_without_own(norm: &Normalized, lex: &LangLexicon, a: Span, b: Span) -> bool {
    if b.start < a.end {
        return false;
    }
    let (s, e) = (norm_pos(norm, a.end), norm_pos(norm, b.start));
    let raw = &norm.text()[s..e];
    let joiner = raw.trim();
    if !lex.words.pair_joiners.contains(joiner) || !raw.ends_with(joiner) {
        return false;
    }
    let before = &norm.text()[..norm_pos(norm, a.start)];
    before
        .strip_suffix(joiner)
        .is_none_or(|rest| rest.chars().next_back().is_some_and(dyad_kb::is_word_char))
}

/// Are two actor mentions joined by "and" (or a comma in a list)?
pub fn conjoined(norm: &Normalized, lex: &LangLexicon, a: Span, b: Span) -> Join {
    if b.start < a.end {
        return Join::No;
    }
    let (s, mut e) = (norm_pos(norm, a.end), norm_pos(norm, b.start));
    // A list may repeat its preposition before each item ("avec les dirigeants du Qatar, de
    // l'Arabie saoudite et du Koweït", "with Russia and with China"): a preposition before
    // the second giving a case the first's gives joins nothing.
    // The first's preposition may stand inside its phrase, before the name the phrase ends on
    // ("les dirigeants du Qatar, de l'Arabie saoudite").
    if let Some((ms, second)) = lex.marker_before(norm.text(), e).filter(|&(ms, _)| ms > s) {
        let n = norm.text();
        let a_start = norm_pos(norm, a.start);
        let inner = n[a_start..s]
            .char_indices()
            .filter(|&(i, c)| i > 0 && !c.is_whitespace() && n[..a_start + i].ends_with(' '))
            .map(|(i, _)| a_start + i);
        let same = std::iter::once(a_start)
            .chain(inner)
            .any(|at| lex.cases_before(n, at).iter().any(|c| second.contains(c)));
        if same {
            e = ms;
        }
    }
    let raw = &norm.text()[s..e];
    // Two names made one compound by a hyphen are a pair ("Russian-Pakistani talks",
    // "российско-пакистанского комитета", "US–Taliban deal"); so are names with only the
    // language's pair joiner between them (Arabic "الروسية الباكستانية").
    if matches!(raw, "-" | "–" | "‐") || lex.words.pair_joiners.contains(raw.trim()) {
        return Join::Pair;
    }
    // The rest of the first name's word is its ending, not a word between the two: the case
    // ending each conjunct carries in a language that glues them on ("İsrail'i ve ABD'yi",
    // "Isroilni va AQShni"). (Only before a space or comma: an unspaced script's "和" is the
    // conjunction itself.)
    let raw = match raw.find(|c: char| c.is_whitespace() || is_comma(c)) {
        Some(k) if k > 0 && !raw.starts_with(['-', '–', '‐']) => &raw[k..],
        _ => raw,
    };
    // Articles and elided articles between the two do not matter: "et l'Iran", "and the UK".
    let words: Vec<&str> = raw
        .split_whitespace()
        .map(|w| w.trim_matches(is_comma))
        .filter(|w| !w.is_empty() && !w.ends_with('\'') && !lex.words.articles.contains(*w))
        .collect();
    // "Lavrov and his counterpart Qureshi", "لافروف ونظيره الباكستاني …": a counterpart
    // joins its official ("and his Pakistani counterpart": the demonym is the counterpart's).
    if counterpart_join(lex, raw.trim(), &norm.text()[norm_pos(norm, b.end)..]) {
        return Join::Word;
    }
    match words.as_slice() {
        // A one-letter conjunction may be written onto the next word (Arabic و).
        [] if lex
            .words
            .conjunctions
            .iter()
            .any(|c| c.chars().count() == 1 && norm.text()[e..].starts_with(c.as_str())) =>
        {
            Join::Word
        }
        [] if raw.contains(is_comma) => Join::Comma,
        [w] if lex.words.conjunctions.contains(*w) => Join::Word,
        // In a language that writes its nouns with a capital, a declined adjective may stand
        // before the second name ("Israel und der islamistischen Hamas", "Russland und der
        // selbsternannten Volksrepublik"): it belongs to the second phrase.
        [w, adjectives @ ..]
            if lex.nouns_capitalised
                && lex.words.conjunctions.contains(*w)
                && adjectives.len() <= 2
                && adjectives.iter().all(|a| declined_adjective(lex, a)) =>
        {
            Join::Word
        }
        // A conjunction of several words ("as well as", «а также», "ainsi que", "así como").
        [_, _, ..] if lex.words.conjunctions.contains(words.join(" ").as_str()) => Join::Word,
        _ => Join::No,
    }
}

/// Is the (case-folded) word a declined adjective of a language that marks its attributive
/// adjectives with an ending (German -e, -en, -er, -em, -es), and no function word?
fn declined_adjective(lex: &LangLexicon, w: &str) -> bool {
    w.chars().count() > 4
        && w.chars().all(char::is_alphabetic)
        && !lex.words.function.contains(w)
        && ["e", "en", "er", "em", "es"].iter().any(|e| w.ends_with(e))
}

/// Does `text` begin with a counterpart word of the language ("counterpart", «نظيره»,
/// "mevkidaşı", «коллегой»)? Returns what follows that word.
fn counterpart_word<'t>(lex: &LangLexicon, text: &'t str) -> Option<&'t str> {
    let c = lex
        .words
        .counterparts
        .iter()
        .find(|c| text.starts_with(c.as_str()))?;
    // The rest of the word: an ending or a clitic ("نظيره", "коллегой", "mevkidaşı").
    let rest = &text[c.len()..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Some(rest[end..].trim_start())
}

/// Is the text between two actors a conjunction, possessive pronouns and a counterpart word
/// ("and his counterpart", «ونظيره», «и его коллега», «و همتای», «اور ان کے ہم منصب»), or
/// a conjunction and possessive pronouns before an actor a counterpart word follows ("and his
/// | Pakistani | counterpart")?
fn counterpart_join(lex: &LangLexicon, gap: &str, after_second: &str) -> bool {
    if lex.words.counterparts.is_empty() {
        return false;
    }
    let w = &lex.words;
    // The conjunction: a word, or one letter written onto the next word (Arabic و).
    let Some(mut rest) = w.conjunctions.iter().find_map(|c| {
        let r = gap.strip_prefix(c.as_str())?;
        (c.chars().count() == 1 || r.is_empty() || r.starts_with(char::is_whitespace))
            .then(|| r.trim_start())
    }) else {
        return false;
    };
    // Possessive pronouns and articles ("his", «его», «ان کے», "su", "le").
    loop {
        let next = w
            .possessive_pronouns
            .iter()
            .chain(w.articles.iter())
            .filter_map(|p| rest.strip_prefix(p.as_str()))
            .find(|r| r.is_empty() || r.starts_with(char::is_whitespace));
        match next {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    match counterpart_word(lex, rest) {
        Some(tail) => tail.is_empty(),
        None => rest.is_empty() && counterpart_word(lex, after_second.trim_start()).is_some(),
    }
}

/// Does a postposition of the language open the text between two mentions (Turkish "ile",
/// with, also "and")?
fn postposition_follows(norm: &Normalized, lex: &LangLexicon, a: Span, b: Span) -> bool {
    if b.start < a.end {
        return false;
    }
    let raw = &norm.text()[norm_pos(norm, a.end)..norm_pos(norm, b.start)];
    let gap = raw.trim_start_matches(|c| c == ' ' || is_comma(c));
    lex.markers_after
        .find_at_start(head(gap, 60), &lex.affixes)
        .is_some()
}

/// Does a conjunction word open the text between two mentions ("… and the evil awful …")?
fn conjunction_follows(norm: &Normalized, lex: &LangLexicon, a: Span, b: Span) -> bool {
    if b.start < a.end {
        return false;
    }
    let raw = &norm.text()[norm_pos(norm, a.end)..norm_pos(norm, b.start)];
    raw.trim_start_matches(|c| c == ' ' || is_comma(c))
        .split_whitespace()
        .next()
        .is_some_and(|w| lex.words.conjunctions.contains(w))
}

/// Is the mention a country's adjective after a common noun? In a script with capitals a
/// country's name is capitalised and its adjective is not ("Venezuela", "venezolano"); after a
/// word that is not a closed-class word it modifies that noun ("el petróleo venezolano"), after
/// an article it is a noun of its own ("los venezolanos": the people).
fn modifier(doc: &Document, norm: &Normalized, lex: &LangLexicon, m: &Mention) -> bool {
    let text = &doc.text[m.span.start..m.span.end];
    let lower_initial = text
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && c.to_uppercase().next() != Some(c));
    if doc.entities[m.entity].kind != EntityKind::Country || !lower_initial || text.contains(' ') {
        return false;
    }
    let before = norm.text()[..norm_pos(norm, m.span.start)].trim_end_matches(' ');
    let Some(word) = before.rsplit(' ').next().filter(|w| !w.is_empty()) else {
        return false;
    };
    word.chars().all(char::is_alphabetic) && !lex.words.function.contains(word)
}

/// Is the mention a capital city (a place that stands for its government)?
pub fn is_capital_mention(doc: &Document, m: &Mention) -> bool {
    let e = &doc.entities[m.entity];
    e.kind == EntityKind::Place && e.actor_on(None).is_some_and(|a| a.sector.is_some())
}
