//! Actor phrases: adjacent items joined by what stands between them in their language —
//! nothing (Arabic and Persian construct phrases, "Pakistani officials"), a possessive clitic
//! ("Russia's"), a genitive marker ("minister of …", "روس کے وزیر"), or a comma with an
//! apposition ("Zazai, a political analyst").

use super::items::{Item, ItemKind};
use crate::actors::norm_pos;
use crate::lexicon::{part_at, LangLexicon, Part, RoleKind};
use crate::punct::is_comma;
use dyad_core::EntityKind;
use dyad_kb::{Case, Kb, Normalized, WordOrder};

/// Groups items into actor phrases: `[start, end)` index ranges into `items`.
pub(super) fn chunks(
    items: &[Item],
    norm: &Normalized,
    kb: &Kb,
    parts: &[Part],
) -> Vec<(usize, usize)> {
    let gap =
        |i: usize| norm.text()[items[i - 1].nend..items[i].nstart.max(items[i - 1].nend)].trim();
    let is_person = |it: &Item| match it.kind {
        super::items::ItemKind::NewName(_) => true,
        super::items::ItemKind::Name { entity, .. } => kb.entity(entity).kind == EntityKind::Person,
        super::items::ItemKind::Role(_) => false,
    };
    let mut out = Vec::new();
    let mut s = 0;
    // Whether `items[s..i]` names a country: kept as the phrase grows, not re-read at each item
    // (a phrase of n joined items would cost n² to re-read).
    let mut has_country = false;
    for i in 1..=items.len() {
        has_country |= items[i - 1]
            .entity()
            .is_some_and(|e| kb.entity(e).kind == EntityKind::Country);
        if i < items.len() {
            let lex = part_at(parts, items[i].start).lex;
            let place = items[i - 1]
                .entity()
                .is_some_and(|e| kb.entity(e).kind == EntityKind::Place);
            let prev_unowned = items[i - 1].entity().is_some_and(|e| {
                matches!(
                    kb.entity(e).kind,
                    EntityKind::Country
                        | EntityKind::Place
                        | EntityKind::Organization
                        | EntityKind::Group
                )
            });
            // A phrase with its own country ("Pakistani police") takes no place after it.
            let next_name = &norm.text()[items[i].nstart..items[i].nend];
            let prev_text = &norm.text()[items[i - 1].nstart..items[i - 1].nend];
            let next_body = items[i].entity().is_some_and(|e| {
                matches!(
                    kb.entity(e).kind,
                    EntityKind::Organization | EntityKind::Group
                )
            });
            let next_land = items[i].entity().is_some_and(|e| {
                matches!(kb.entity(e).kind, EntityKind::Country | EntityKind::Place)
            });
            // A name right before a title (nothing or a possessive between) is its nationality.
            let of_title = items.get(i + 1).is_some_and(|t| {
                t.is_role() && {
                    let g = gap(i + 1);
                    g.is_empty() || lex.possessive.iter().any(|p| p == g)
                }
            });
            if joins(
                &items[i - 1],
                &items[i],
                gap(i),
                Next {
                    name: next_name,
                    body: next_body,
                    land: next_land,
                    of_title,
                    prev_text,
                    prev_unowned,
                    own_case: own_case(&items[i], norm, lex),
                    object_case: object_ended(&items[i], norm, lex),
                    prev_object_case: object_ended(&items[i - 1], norm, lex),
                    prev_own_case: own_case(&items[i - 1], norm, lex),
                },
                lex,
                place,
                has_country,
            ) {
                continue;
            }
        }
        // A comma joins an apposition ("Zazai, a political analyst") but not a list of people
        // ("Kabulov, Foreign Ministry Spokeswoman Maria Zakharova"): split lists at their commas.
        if items[s..i].iter().filter(|it| is_person(it)).count() > 1 {
            let mut from = s;
            for k in s + 1..i {
                if gap(k).starts_with(is_comma) {
                    out.push((from, k));
                    from = k;
                }
            }
            out.push((from, i));
        } else if s < i {
            out.push((s, i));
        }
        s = i;
        has_country = false;
    }
    out
}

/// Is `gap` (normalised) a genitive marker of the language, optionally with an article after
/// it ("of", "of the", "de la"), standing before or after the possessor as the language writes it?
fn genitive(gap: &str, lex: &LangLexicon, before: bool) -> bool {
    marker_gap(gap, lex, before, &[Case::Of, Case::For])
}

/// Is `gap` (normalised) a marker of one of `cases`, optionally with an article after it?
fn marker_gap(gap: &str, lex: &LangLexicon, before: bool, cases: &[Case]) -> bool {
    let set = if before {
        &lex.markers_before
    } else {
        &lex.markers_after
    };
    let marker = set
        .find_at_start(gap, &lex.affixes)
        .filter(|&(_, _, p)| set.values(p).iter().any(|c| cases.contains(c)));
    match marker {
        Some((_, e, _)) => {
            let after: Vec<&str> = gap[e..].split_whitespace().collect();
            after.is_empty() || (after.len() == 1 && lex.words.articles.contains(after[0]))
        }
        None => false,
    }
}

/// Is `gap` a preposition of the case `in`, perhaps with an article ("in", "in the"), as the
/// ending of the name after it reads it ("войска в Афганистане", not "ввел войска в Афганистан")?
fn locative_gap(gap: &str, name: &str, lex: &LangLexicon) -> bool {
    let found = lex.markers_before.find_at_start(gap, &lex.affixes);
    found.is_some_and(|(_, e, p)| {
        lex.by_ending(lex.markers_before.values(p), name)
            .contains(&Case::In)
            && gap[e..]
                .split_whitespace()
                .all(|w| lex.words.articles.contains(w))
    })
}

/// Does `word` (normalised) end in a non-genitive case ending the language glues onto nouns,
/// of three letters or more, with a stem left before it?
fn case_ended(word: &str, lex: &LangLexicon) -> bool {
    let word = word.split_whitespace().next_back().unwrap_or("");
    lex.marker_suffixes.iter().any(|(s, c)| {
        !matches!(c, Case::Of)
            && !s.starts_with('\'')
            && s.chars().count() >= 3
            && word.len() > s.len()
            && word.ends_with(s.as_str())
    })
}

/// What `joins` reads of the items around the gap besides their kinds (all of the item after
/// it but `prev_text`).
struct Next<'a> {
    /// Its normalised text.
    name: &'a str,
    /// It names an organisation or an armed group.
    body: bool,
    /// It names a country or a place.
    land: bool,
    /// The normalised text of the item before the gap.
    prev_text: &'a str,
    /// The item before the gap names a country, a place, an organisation or an armed group
    /// (not a person).
    prev_unowned: bool,
    /// It is the nationality of a title right after it ("the British ambassador").
    of_title: bool,
    /// Its last word carries a case ending of the language (Bengali "পাকিস্তানে", in Pakistan;
    /// "বিক্ষোভকারীদের", of or to the protesters).
    own_case: bool,
    /// Its last word carries the language's object ending (Arabic accusative «ـا»: «جنديا»).
    object_case: bool,
    /// The item before the gap carries it.
    prev_object_case: bool,
    /// The item before the gap ends in a declared case suffix glued onto it ("প্রধানমন্ত্রীকে").
    prev_own_case: bool,
}

/// Does the item's last word end in a declared case suffix glued onto it? Read as
/// `locative::marked_in` reads a place's ending, except that an ending after an apostrophe
/// outside the item (Turkish "Suriye'de") is not read here.
fn own_case(it: &Item, norm: &Normalized, lex: &LangLexicon) -> bool {
    if lex.marker_suffixes.is_empty() {
        return false;
    }
    let ending = ending_of(it, norm);
    !ending.is_empty() && lex.marker_suffixes.iter().any(|(s, _)| s == ending)
}

/// Does the item's last word carry the language's ending of the object case (Arabic «ـا»,
/// `[words] object_endings`), read as [`own_case`] reads a case suffix?
fn object_ended(it: &Item, norm: &Normalized, lex: &LangLexicon) -> bool {
    !lex.words.object_endings.is_empty() && lex.words.object_endings.contains(ending_of(it, norm))
}

/// The ending written onto the item's last word: the declared ending the matcher took off,
/// else the letters of the word after the item.
fn ending_of<'n>(it: &Item, norm: &'n Normalized) -> &'n str {
    let n = norm.text();
    if it.stem_end < it.end {
        &n[norm_pos(norm, it.stem_end).min(it.nend)..it.nend]
    } else {
        let rest = &n[it.nend..];
        let wend = rest
            .char_indices()
            .find(|(_, c)| !dyad_kb::is_word_char(*c))
            .map_or(rest.len(), |(i, _)| i);
        &rest[..wend]
    }
}

fn joins(
    prev: &Item,
    next: &Item,
    gap: &str,
    next_info: Next,
    lex: &LangLexicon,
    prev_is_place: bool,
    has_country: bool,
) -> bool {
    if gap.is_empty() {
        // A verb-initial language whose adjectives repeat their noun's case ending (Arabic:
        // «جنديا أمريكيا», an American soldier in the accusative) never writes a word in the
        // object case after one of its own phrase that is not: it begins the next phrase, the
        // verb's object after its subject («قتل مسلحون جنديا أمريكيا», gunmen killed an
        // American soldier; «اعتقلت الشرطة التركية صحفيا سوريا»). A possessor is never in
        // the object case either (it is genitive).
        if lex.order == WordOrder::Vso && next_info.object_case && !next_info.prev_object_case {
            return false;
        }
        // A verb-final language without construct phrases (Turkish, Uzbek, Hindi) writes a
        // role's possessor before it ("Rusya ordusu", "Rossiya armiyasi"): a country or place
        // right after a role is not whose it is but the next phrase, the object or the goal
        // ("Rusya ordusu Ukrayna'ya saldırdı"). A person's name after a title stays its name.
        if prev.is_role() && next_info.land && lex.order == WordOrder::Sov && !lex.construct {
            return false;
        }
        // A verb-final language that writes a role's possessor after it with an unwritten
        // ezafe (Persian «سفیر بریتانیا», the ambassador of Britain) never puts a country, a
        // place or a body before a role as its possessor or nationality: the two are the
        // subject and the next phrase, the object or the goal («ایران سفیر بریتانیا را احضار
        // کرد», Iran summoned Britain's ambassador; «وزارت خارجه ایران سفیر …»). A person's
        // name before a title stays its apposition («ظریف وزیر خارجه ایران»).
        if next_info.prev_unowned && next.is_role() && lex.order == WordOrder::Sov && lex.construct
        {
            return false;
        }
        // A role word with a case ending glued on, other than the genitive ("elchisini", the
        // envoy-ACC; "elchiga", to the envoy), ends its noun phrase: the role or place after it
        // is another phrase ("Shvetsiya elchisini vazirlikka chaqirdi"). A short ending (-ni,
        // -ga) is also the last letters of many stems (qo'mondoni), so only one of three
        // letters or more is read; a person's name after a title stays its name.
        if prev.is_role()
            && (next.is_role() || next_info.land)
            && case_ended(next_info.prev_text, lex)
        {
            return false;
        }
        // A body or a collective with a name or another collective right after it that carries
        // a case ending is the subject beside the verb's next argument, as a language that
        // marks case by suffixes and not its subject writes them ("ভারতের সেনাবাহিনী
        // পাকিস্তানে হামলা চালিয়েছে": the army attacked *in* Pakistan; "পুলিশ
        // বিক্ষোভকারীদের ওপর": police on the protesters). Such a language puts a possessor
        // before its head, so the ending is never the body's own. A title does take its
        // name so ("প্রধানমন্ত্রী শেখ হাসিনাকে", Prime Minister Sheikh Hasina as the object).
        if matches!(prev.kind, ItemKind::Role(r) if r.kind != RoleKind::Title)
            && !matches!(next.kind, ItemKind::Role(r) if r.kind == RoleKind::Title)
            && next_info.own_case
        {
            return false;
        }
        // A verb-final language that writes case as an ending on a noun phrase's last word
        // puts a title before its holder's name with no ending of its own ("প্রধানমন্ত্রী শেখ
        // হাসিনাকে", Prime Minister Sheikh Hasina as the object): a title that carries one
        // has ended its phrase, and a name after it is the next phrase ("ভারতের প্রধানমন্ত্রীকে
        // শেখ হাসিনা ফোন করেছেন": Sheikh Hasina phoned India's prime minister).
        if lex.order == WordOrder::Sov
            && !lex.construct
            && matches!(prev.kind, ItemKind::Role(r) if r.kind == RoleKind::Title)
            && !next.is_role()
            && !next_info.land
            && !next_info.body
            && next_info.prev_own_case
        {
            return false;
        }
        // Two plain names side by side are two actors ("Pakistan Afghanistan" in a list).
        return !(prev.is_plain_name() && next.is_plain_name());
    }
    // A role word and a demonym that agrees with it, the article glued onto both («الجيش
    // المصري», the Egyptian army; «الشرطة التركية»). Only a demonym: a country's name after
    // the article is the next phrase («هددت كوريا الشمالية اليابان»), and a role after a
    // role is the verb's object as often as a possessor («استدعت الخارجية السفير»).
    if prev.is_role()
        && matches!(next.kind, ItemKind::Name { demonym: true, .. })
        && lex.words.glued_articles.contains(gap)
    {
        return true;
    }
    if lex.possessive.iter().any(|p| p == gap) {
        return prev.is_name() && (next.is_role() || next.is_name());
    }
    // "minister of defence of Russia", "de la Russie": a role and what it belongs to.
    if prev.is_role() && genitive(gap, lex, true) {
        return true;
    }
    // "القوات البحرية للجيش الإيراني": a role with no country of its own and an actor after a
    // glued genitive letter (Arabic لـ after a definite noun: the navy *of* the Iranian army).
    // (Not a role with its country: "الرئيس التركي للسعودية" is a visit *to* Saudi Arabia.)
    if prev.is_role()
        && !has_country
        && next.is_name()
        && lex
            .marker_prefixes
            .iter()
            .any(|(p, c)| matches!(c, Case::Of | Case::For) && gap.trim() == p.as_str())
    {
        return true;
    }
    // "روس کے وزیر خارجہ", "रूस के विदेश मंत्री": the possessor and a genitive postposition.
    if prev.is_name() && next.is_role() && genitive(gap, lex, false) {
        return true;
    }
    // "gunmen from the BLA", «مسلحون من جيش تحرير بلوشستان»: a collective taken from an
    // organisation (a partitive) is its members. Only an organisation: "troops from
    // Afghanistan" and "diplomats from Russia" say where they came from, not whom they act for.
    if matches!(prev.kind, ItemKind::Role(r) if r.kind == RoleKind::Group)
        && next_info.body
        && marker_gap(gap, lex, true, &[Case::From])
    {
        return true;
    }
    // "rebels in Darfur", "police in Karachi": a collective and the place it belongs to.
    if matches!(prev.kind, ItemKind::Role(r) if r.kind != RoleKind::Title)
        && !has_country
        && next.is_plain_name()
        && locative_gap(gap, next_info.name, lex)
    {
        return true;
    }
    // Appositions: "Edris Mohammadi Zazai, a political analyst", "the Federation Council,
    // Russia's upper house", "Acting Foreign Minister, Amir Khan Muttaqi,".
    // (Not after a place: "In Beijing, foreign ministry spokesman Zhao Lijian" is two phrases.)
    if let Some(rest) = gap.strip_prefix(is_comma) {
        let rest = rest.trim();
        if !prev_is_place && (rest.is_empty() || lex.words.apposition.iter().any(|a| a == rest)) {
            // An unknown name found before its title takes the title's nationality with it
            // ("Simon Shercliff, the British ambassador", "…, Britain's ambassador").
            return (prev.is_plain_name() && next.is_role())
                || (prev.is_role() && next.is_plain_name() && !next_info.land)
                || (matches!(prev.kind, ItemKind::NewName(_))
                    && next.is_name()
                    && next_info.of_title);
        }
    }
    false
}
