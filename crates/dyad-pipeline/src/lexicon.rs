//! The per-language word lists the entity, event and quote stages run on, compiled once from
//! `data/lexicon/<lang>/*.tsv` (formats in data/lexicon/README.md) and the language's own data
//! (`data/lang/<lang>/language.toml`: affixes, function words, grammar markers).

use crate::PipelineError;
use dyad_core::{Aux, EventType, Lang, Script, Sector, Span};
use dyad_kb::data::{file, files_under, tsv_rows};
pub use dyad_kb::WordOrder;
use dyad_kb::{
    Affixes, Case, Language, Languages, MarkerPosition, PhraseSet, PhraseSetBuilder, Words,
};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Where an event pattern expects its actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
    Recip,
    Noun,
    /// A demand in reported speech: "Britain said the rebels must …": the speaker (the
    /// sentence's subject) is the source, the subject of the trigger's clause the target.
    Reported,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventRule {
    pub kind: EventType,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub voice: Voice,
    pub cameo: Option<String>,
    pub weight: f32,
    /// The cases that hold the target, when the pattern names its own (else the type's frame).
    pub target: Option<Vec<Case>>,
    /// `<lang>/events.tsv:<line>`, reported with every event the rule makes.
    pub id: String,
    /// From an imported dictionary: its code is kept whatever the cues say (a CAMEO dictionary
    /// codes "will meet" as the meeting's code), its intentions are not recoded.
    pub verbatim: bool,
    /// A paired code (`032:033`): the second event, coded the other way (target to source).
    pub pair: Option<Box<PairedCode>>,
    /// Its target is an actor a phrase names or the doer of the act it answers, never one
    /// implied (`target` column `doer`: "expressed concern" about nobody's act, an earthquake,
    /// is no accusation of the speaker's own country).
    pub doer_only: bool,
    /// An event noun whose genitive or `of` phrase names its doer, whatever its type's frame
    /// says (`target` column `of-doer`): a noun whose target stands in a preposition of its own
    /// ("der Angriff Russlands auf Odessa", "the attack of the Taliban on Kunduz") is done by
    /// its genitive, where one made from a transitive verb is done to it ("die Invasion der
    /// Ukraine", "the killing of the envoy": frames.tsv's `of` for ASSAULT).
    pub of_doer: bool,
    /// The target is the first actor after the whole pattern, past this many (`target` column
    /// `after`, `after^`, …: an imported pattern that ends on its target, "celebrated Eid at
    /// .. with +", "warned at ^ +").
    pub target_after: Option<usize>,
}

/// The second half of a paired CAMEO code, with its own PLOVER reading.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedCode {
    pub kind: EventType,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub cameo: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// Precedes or follows a person's name ("foreign minister").
    Title,
    /// An institution that acts ("defence ministry").
    Body,
    /// A collective ("officials", "militants").
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleRule {
    pub sector: Option<Sector>,
    pub kind: RoleKind,
    /// The CAMEO agent code of an imported agents dictionary (`~GOV`, `NGO~`).
    pub agent: Option<AgentCode>,
    /// Named without a country, it belongs to the place it acts in (`data/kb/sectors.tsv`).
    pub local: bool,
}

/// A CAMEO agent code: letters written after the actor's code (`~GOVMED`) or before it
/// (`NGO~`). Kept inline so that role rules stay `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentCode {
    letters: [u8; 15],
    len: u8,
    /// Written before the actor's code (`NGO~`).
    pub before: bool,
}

impl AgentCode {
    /// `~GOV`, `GOV~`, `~ COP`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        let s: String = s.split_whitespace().collect();
        let (body, before) = match (s.strip_prefix('~'), s.strip_suffix('~')) {
            (Some(b), _) => (b, false),
            (None, Some(b)) => (b, true),
            _ => return None,
        };
        if body.is_empty() || body.len() > 15 || !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let mut letters = [0u8; 15];
        letters[..body.len()].copy_from_slice(body.to_ascii_uppercase().as_bytes());
        Some(AgentCode {
            letters,
            len: body.len() as u8,
            before,
        })
    }

    pub fn letters(&self) -> &str {
        std::str::from_utf8(&self.letters[..self.len as usize]).unwrap_or("")
    }

    /// The full code of `actor` (a CAMEO actor code) as this agent.
    pub fn apply(&self, actor: &str) -> String {
        if self.before {
            format!("{}{actor}", self.letters())
        } else {
            format!("{actor}{}", self.letters())
        }
    }
}

/// Dictionaries imported into the dictionary directory (`dyad kb import`), as the lexicon
/// rows they were turned into.
#[derive(Debug, Clone, Default)]
pub struct Layers {
    /// English event rows (events.tsv format, header first), one `(file, contents)` each.
    pub en_events: Vec<(String, String)>,
    /// English role rows (`pattern, sector, kind[, cameo]`, header first), one per file.
    pub en_roles: Vec<(String, String)>,
    /// Discard phrases (`pattern, scope`, header first), one per file.
    pub discards: Vec<(String, String)>,
    /// The layers replace the built-in event and role lexicons of every language (and the
    /// caller builds the knowledge base from the imported actors only).
    pub replace: bool,
}

/// A cue that what follows did not simply happen (`data/lexicon/<lang>/aux.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Scheduled or predicted by others: "is expected to", "is scheduled to", "next week".
    Future,
    /// The actor's own will: "will", "plans to", "vowed to" — with the actor as subject, a
    /// promise or threat made today (PLOVER AGREE, THREATEN, REJECT).
    Intent,
    Negated,
    /// A word of stopping that stands before the act it stops ("stopped", "suspended", "put an
    /// end to", «أوقف», «وقف», «прекратил», 停止, Persian «توقف»): a stopped act does not happen,
    /// so it is negated. Unlike a negation it belongs to a trigger that holds it ("halted its
    /// offensive" is RETREAT, "suspended aid" SANCTION), it governs only the first act next to
    /// it, and it never turns withheld support into a rejection (stopping an act is not
    /// refusing it).
    Stopped,
    /// A word of stopping that stands after the act it stops: a verb that closes its clause
    /// ("saldırıları durdurdu", «حملے روک دیے», «حملات را متوقف کرد», "hat die Angriffe
    /// eingestellt") or a noun after its genitive ("saldırıların durdurulması").
    StoppedAfter,
    Hypothetical,
    Historical,
    /// A refusal to stay passive: "would not stand idly by", "will not tolerate", «no se
    /// quedará de brazos cruzados». Said after a warning it is the threat that makes the
    /// warning one (`events::warnings`); an act it governs ("will not tolerate attacks on …")
    /// is no more than conditional. It holds its own negation, so "not" negates nothing.
    Resolve,
    /// The verb's form puts the act before the news the report tells, though it happened: a
    /// pluperfect ("had signed", «كان قد وقّع», "hatte abgezogen", "کیا تھا") or an adverb of
    /// an earlier time ("previously", «ранее»). It marks no aux: it only keeps an act without
    /// a date of its own from taking the publication day.
    Earlier,
}

impl Cue {
    /// The aux mode an event under this cue carries, unless it is recoded as an intention
    /// (none for a cue of tense alone).
    pub fn aux(self) -> Option<Aux> {
        match self {
            Cue::Future | Cue::Intent => Some(Aux::Future),
            Cue::Negated | Cue::Stopped | Cue::StoppedAfter => Some(Aux::Negated),
            Cue::Hypothetical | Cue::Resolve => Some(Aux::Hypothetical),
            Cue::Historical => Some(Aux::Historical),
            Cue::Earlier => None,
        }
    }
}

/// How sure a warning with a future or conditional complement is to be a threat.
const WARN_WEIGHT: f32 = 0.7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechKind {
    Say,
    Source,
    /// A say-verb that warns ("warned", "حذر", "предупредил"): with a complement that states a
    /// future or conditional act, the warning is a threat by the speaker.
    Warn,
    /// A verb that says only beside a direct quote and otherwise does something else (French
    /// "a lancé": "« … », a lancé le président", but "a lancé 300 missiles"): it names a quote's
    /// speaker and opens no clause.
    Quote,
    /// A verb that characterises ("called", "described as", «назвал», «calificó», «وصف»):
    /// with a judgement after it (`verdicts.tsv`: "a provocation", «ничтожными», "historic")
    /// it is an accusation or praise by its subject. It opens no clause.
    Call,
    /// A copula in reported speech ("is", "was", «是», "ist", «است», "ہے"): with a judgement
    /// word right after it (right before it in a verb-final language) it characterises its
    /// clause's subject — "China said the US sanctions were illegal", «王毅称，美方的做法是“疯狂”的»
    /// — an accusation or praise by the speaker of what the subject names. Outside reported
    /// speech it says nothing; it opens no clause and names no quote's speaker.
    Copula,
    /// A characterising verb's passive form (`call-passive`: «قرار دیا گیا», «करार दिया गया»):
    /// what it characterises is its subject (Urdu and Hindi keep its object marker, «X کو … قرار
    /// دیا گیا»), never the one who judges, who is named only by an agent phrase.
    Passive,
}

/// What a judgement word says of what it is said about (`data/lexicon/<lang>/verdicts.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Blame: "a provocation", "outrageous", «ничтожными», «تجاوز».
    Bad,
    /// Praise: "historic", "constructive", «успешными».
    Good,
}

/// How sure a characterising verb with a judgement after it is to be an accusation or praise.
const CALL_WEIGHT: f32 = 0.75;

/// A copula's judgement in reported speech says less than a characterising verb's: the
/// speaker may be describing, not blaming.
const COPULA_WEIGHT: f32 = 0.65;

/// Everything known about one language.
#[derive(Debug)]
pub struct LangLexicon {
    pub lang: Lang,
    pub script: Script,
    pub events: PhraseSet<EventRule>,
    pub roles: PhraseSet<RoleRule>,
    pub speech: PhraseSet<SpeechKind>,
    /// The event a warning with a future or conditional complement is coded as (THREATEN),
    /// when the language has warn verbs in `speech.tsv`.
    pub warn_rule: Option<EventRule>,
    /// The events a characterising verb with a judgement after it is coded as: an accusation
    /// (ACCUSE, CAMEO 111) and praise (SUPPORT, CAMEO 051), when the language has such verbs
    /// in `speech.tsv`.
    pub blame_rule: Option<EventRule>,
    pub praise_rule: Option<EventRule>,
    /// The same for a characterising verb in the passive (`passive` in `speech.tsv`).
    pub passive_blame_rule: Option<EventRule>,
    pub passive_praise_rule: Option<EventRule>,
    /// The same for a copula with a judgement in reported speech (`copula` in `speech.tsv`):
    /// the speaker is the source, the copula's subject the target (voice `reported`).
    pub copula_blame_rule: Option<EventRule>,
    pub copula_praise_rule: Option<EventRule>,
    /// Judgement words (`verdicts.tsv`).
    pub verdicts: PhraseSet<Verdict>,
    /// `None`: a phrase that holds a cue word but cues nothing ("nicht nur", not only).
    pub aux: PhraseSet<Option<Cue>>,
    /// How words are glued in this language: every phrase set is matched with these.
    pub affixes: Affixes,
    /// Function words, pronouns, conjunctions, articles (folded).
    pub words: Words,
    /// Adpositions and case markers before / after an actor, with the case they give.
    pub markers_before: PhraseSet<Case>,
    pub markers_after: PhraseSet<Case>,
    /// Letters written onto an actor's front and endings onto its end, with their case.
    pub marker_prefixes: Vec<(String, Case)>,
    pub marker_suffixes: Vec<(String, Case)>,
    /// Endings that show a case on a declined place name (`[grammar] endings`).
    pub case_endings: Vec<(Case, Vec<String>)>,
    /// Nouns that make the place after them a place ("the capital", "city of").
    pub place_nouns: PhraseSet<()>,
    /// Words that open a clause ("that", "أن", "что").
    pub clause: PhraseSet<()>,
    /// Nouns of a step one party takes (`[words] acts`: "decision", «решение»): what a
    /// reaction may answer besides an event noun.
    pub acts: PhraseSet<()>,
    /// Nouns of trade, traffic and media (`[words] measured`: "exports", "border crossing"):
    /// as a sanction's or a coercion's object, it needs no recipient.
    pub measured: PhraseSet<()>,
    /// Nouns of an agreement or a truce (`[words] accords`): as a support's object, it needs
    /// no recipient.
    pub accords: PhraseSet<()>,
    /// Clitics after a possessor ("'s").
    pub possessive: Vec<String>,
    /// Vowel marks on a verb's first letter that make it passive, and the first letters on
    /// which they do not (`[grammar] passive_marks`, `passive_not_on`).
    pub passive_marks: Vec<char>,
    pub passive_not_on: Vec<char>,
    /// Words of count that make the unvowelled perfect verb before them a passive
    /// (`[grammar] passive_counted`).
    pub passive_counted: Vec<String>,
    /// Endings that write a verb's subject on it, and conjunctions written onto a verb
    /// (`[grammar] verb_subject_endings`, `verb_conjunctions`).
    pub verb_subject_endings: Vec<String>,
    pub verb_conjunctions: Vec<String>,
    /// Auxiliaries that make the verb beside them passive (`[grammar] passive`).
    pub passive: dyad_kb::Passive,
    pub order: WordOrder,
    /// A noun's possessor follows it unmarked (Arabic idafa, Persian ezafe).
    pub construct: bool,
    /// Verb-second: a clause-final verb form has its objects and negation before it.
    pub verb_second: bool,
    /// Verb-second: words that may open a subject in the first place (`[grammar]
    /// first_place_subject`).
    pub first_place_subject: std::collections::HashSet<String>,
    /// Verb-second: finite auxiliaries and modals (`[grammar] finite_auxiliaries`).
    pub finite_auxiliaries: std::collections::HashSet<String>,
    /// Verb-second: particles that close a main clause (`[grammar] separable_particles`) and
    /// the words that may follow one (`particle_followers`).
    pub separable_particles: std::collections::HashSet<String>,
    pub particle_followers: std::collections::HashSet<String>,
    /// Verb-second: particles that are also prepositions, closing the clause when a pattern
    /// reaches them across a long gap (`separable_prepositions`).
    pub separable_prepositions: std::collections::HashSet<String>,
    /// A clause needs no subject of its own (`[grammar] pro_drop`).
    pub pro_drop: bool,
    /// A verb's complement clause follows it (`[grammar] complement_after`).
    pub complement_after: bool,
    /// A verb-final clause may close on its subject (`[grammar] postposed_subject`).
    pub postposed_subject: bool,
    /// A comma sets off a sentence's opening subject from a list after it (`[grammar]
    /// subject_comma`).
    pub subject_comma: bool,
    /// Tense, mood and negation are written onto the verb: a cue inside a trigger is its own.
    pub tense_on_verb: bool,
    /// Verb endings of a tense or mood (`[grammar] tense_endings`: «atacará», "saldıracak").
    pub tense_endings: Vec<dyad_kb::TenseEndings>,
    /// Endings of the adverbial participle after a comma (`[grammar] converb_endings`).
    pub converb_endings: Vec<String>,
    /// Beginnings a converb's word must also have, if any (`[grammar] converb_prefixes`).
    pub converb_prefixes: Vec<String>,
    /// Participles whose subject is the genitive before them (`[grammar] doer_participles`).
    pub doer_participles: Vec<String>,
    /// Postpositions of topic after an event noun (`[grammar] topic_postpositions`).
    pub topic_postpositions: Vec<String>,
    /// Endings of verb forms whose subject is the genitive before them
    /// (`[grammar] genitive_subject_endings`).
    pub genitive_subject_endings: Vec<String>,
    /// Endings of a noun without a possessive suffix (`[grammar] unpossessed_endings`).
    pub unpossessed_endings: Vec<String>,
    /// Endings of a participle whose auxiliary the last verb of its coordination carries
    /// (`[grammar] conjunct_participle`).
    pub conjunct_participle: Vec<String>,
    /// Every noun is written with a capital (German): see `dyad_kb::Language`.
    pub nouns_capitalised: bool,
    /// Particles closing a modifier that may stand between a preposition and its noun
    /// (Chinese 的).
    pub modifier_close: Vec<String>,
    /// Which of the lexicon files the language has (a language may have only some).
    pub has_events: bool,
    /// Imported discard phrases: `true` voids the whole story, `false` the sentence.
    pub discards: PhraseSet<bool>,
}

impl LangLexicon {
    /// The cue a word's own ending writes onto it (`[grammar] tense_endings`): «atacará» and
    /// "saldıracak" are futures, «atacaría» a conditional, "saldırmayacak" a negated future.
    /// `reported`: the word stands in a clause that reports what someone said, where a form may
    /// read otherwise (the Romance conditional is there the future of the past: "dijo que
    /// atacaría", said it would attack). `word` is as written in the text.
    pub fn tense_cue(&self, word: &str, reported: bool) -> Option<Cue> {
        let g = dyad_kb::tense_of(&self.tense_endings, word)?;
        let tense = if reported {
            g.reported.unwrap_or(g.aux)
        } else {
            g.aux
        };
        Some(match tense {
            dyad_kb::Tense::Intent => Cue::Intent,
            dyad_kb::Tense::Future => Cue::Future,
            dyad_kb::Tense::Hypothetical => Cue::Hypothetical,
            dyad_kb::Tense::Negated => Cue::Negated,
        })
    }

    /// The role words of `kind` written in `text` (folded), in order.
    pub fn role_words<'s, 't: 's>(
        &'s self,
        text: &'t str,
        kind: RoleKind,
    ) -> impl Iterator<Item = &'t str> + 's {
        self.roles
            .find_all(text, &self.affixes)
            .into_iter()
            .filter(move |&(_, _, p)| self.roles.values(p).iter().any(|r| r.kind == kind))
            .map(move |(s, e, _)| &text[s..e])
    }

    /// Does `gap`, the text between a title and a name starting at `at` (an original offset),
    /// join them as title and holder: nothing, the language's articles, or an `of` marker
    /// ("Dışişleri Bakanı Mevlüt Çavuşoğlu", "Die Außenminister der EU", "the ministers of the
    /// EU")?
    pub fn joins_title(&self, norm: &dyad_kb::Normalized, gap: &str, at: usize) -> bool {
        if gap
            .split_whitespace()
            .all(|w| self.words.articles.contains(&w.to_lowercase()))
        {
            return true;
        }
        let at = norm.norm_pos(at);
        // An `of` marker that is all of the gap.
        self.marker_before(norm.text(), at)
            .is_some_and(|(s, cases)| {
                cases.contains(&Case::Of)
                    && norm.text()[s..at].split_whitespace().count()
                        == gap.split_whitespace().count()
            })
    }

    /// Does `rest` (normalised text right after a name) begin with a possessive clitic of the
    /// language, a whole one ("'s …", not "'sa")?
    pub fn possessive_clitic_at(&self, rest: &str) -> bool {
        self.possessive.iter().any(|p| {
            rest.starts_with(p.as_str())
                && !rest[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
    }

    /// Does a marker word of case `c` stand in `gap` (normalised text), a preposition such as
    /// "against" or «contra» anywhere in it?
    pub fn gap_marks(&self, gap: &str, c: Case) -> bool {
        self.markers_before
            .find_all(gap, &self.affixes)
            .iter()
            .any(|&(_, _, p)| self.markers_before.values(p).contains(&c))
    }

    /// The cases the marker words right before normalised offset `at` give (prepositions).
    pub fn cases_before(&self, norm_text: &str, at: usize) -> &[Case] {
        self.marker_before(norm_text, at).map_or(&[], |(_, c)| c)
    }

    /// The preposition ending right before normalised offset `at` (spaces aside): where it
    /// starts and the cases it gives.
    pub fn marker_before(&self, norm_text: &str, at: usize) -> Option<(usize, &[Case])> {
        let window_start = norm_text[..at]
            .char_indices()
            .rev()
            .nth(32)
            .map_or(0, |(i, _)| i);
        let w = &norm_text[window_start..at];
        self.markers_before
            .find_all(w, &self.affixes)
            .iter()
            .rev()
            .find(|&&(_, e, _)| w[e..].trim().is_empty())
            .map(|&(s, _, p)| (window_start + s, self.markers_before.values(p)))
    }

    /// The prepositions that may govern the noun at normalised offset `at` across a modifier
    /// standing before it: the text before `at` ends with a particle closing a modifier
    /// (Chinese 的), and between the preposition and `at` stand only letters, no punctuation
    /// ("同来华出席开幕式的俄罗斯总统普京": 同, with). Each as (the offset its word ends at, its
    /// cases), nearest first; the caller drops one that stands right before another noun.
    pub fn cases_across_modifier(&self, norm_text: &str, at: usize) -> Vec<(usize, &[Case])> {
        let before = &norm_text[..at];
        if !self
            .modifier_close
            .iter()
            .any(|p| before.ends_with(p.as_str()))
        {
            return Vec::new();
        }
        let window_start = before.char_indices().rev().nth(32).map_or(0, |(i, _)| i);
        let w = &norm_text[window_start..at];
        let mut found: Vec<(usize, &[Case])> = self
            .markers_before
            .find_all(w, &self.affixes)
            .iter()
            .filter(|&&(_, e, _)| e < w.len() && w[e..].chars().all(char::is_alphanumeric))
            .map(|&(_, e, p)| (window_start + e, self.markers_before.values(p)))
            .collect();
        found.reverse();
        found
    }

    /// Of the cases a preposition gives a place name (`name`, as written), those the name's
    /// ending shows: the longest declared ending its last word ends with keeps the cases that
    /// declare it and drops the other declared ones ("в Москву": `to`, not `in`). A name with
    /// no such ending, or written in capitals (an abbreviation, which does not decline), keeps
    /// them all.
    pub fn by_ending<'c>(&self, cases: &'c [Case], name: &str) -> Cow<'c, [Case]> {
        if self.case_endings.is_empty() || cases.len() < 2 {
            return Cow::Borrowed(cases);
        }
        let word = name.split_whitespace().next_back().unwrap_or("");
        if !word.chars().any(char::is_lowercase) {
            return Cow::Borrowed(cases);
        }
        let word = dyad_kb::fold_str(word);
        let declared = |c: Case| self.case_endings.iter().find(|(k, _)| *k == c);
        let shown = cases
            .iter()
            .filter_map(|&c| declared(c))
            .flat_map(|(_, es)| es.iter())
            .filter(|e| word.len() > e.len() && word.ends_with(e.as_str()))
            .max_by_key(|e| e.len());
        let Some(shown) = shown else {
            return Cow::Borrowed(cases);
        };
        Cow::Owned(
            cases
                .iter()
                .copied()
                .filter(|&c| declared(c).is_none_or(|(_, es)| es.contains(shown)))
                .collect(),
        )
    }
}

/// All languages' lexicons, and the CAMEO defaults per type and mode.
#[derive(Debug)]
pub struct Lexicon {
    langs: HashMap<Lang, LangLexicon>,
    cameo: HashMap<(EventType, String), String>,
    /// The cases that hold each type's target (data/events/frames.tsv).
    frames: HashMap<EventType, Vec<Case>>,
    /// Whether each type is reported with no target (frames.tsv's `alone`): always, never, or
    /// only under these CAMEO codes.
    alone: HashMap<EventType, Alone>,
    /// What each type is with nobody named as its doer (frames.tsv's `unnamed`).
    unnamed: HashMap<EventType, Unnamed>,
    /// The types whose event noun's `of` complement is the one it was done to (frames.tsv's
    /// `of`: "the killing of X").
    of_patient: HashSet<EventType>,
    /// The sector a country named as the doer of each type stands for (frames.tsv's `state`).
    state: HashMap<EventType, Sector>,
    /// The types reported with no recipient when their doer is carried over from an earlier
    /// clause (frames.tsv's `carried`).
    carried: HashSet<EventType>,
    /// What a type and mode do with an act as their object (data/events/reactions.tsv); a
    /// mode of `None` stands for any.
    reactions: HashMap<(EventType, Option<String>), Answers>,
    /// The acts only a state's authorities do (data/events/custody.tsv), in the file's order.
    custody: Vec<Custodial>,
    /// The (type, mode) pairs of reported acts that make their report an accusation
    /// (data/events/allegations.tsv); a mode of `None` stands for any.
    allegations: HashSet<(EventType, Option<String>)>,
    /// Types whose participants act together (data/dedup/symmetric.tsv, the table the
    /// linker compares sides by): a group of them makes one event per pair.
    mutual: Vec<EventType>,
    /// The sectors whose bodies are a state's own institutions (data/kb/sectors.tsv's
    /// `state`).
    state_bodies: HashSet<Sector>,
    /// The sectors whose bodies speak for their state to other states (data/kb/sectors.tsv's
    /// `abroad`).
    envoys: HashSet<Sector>,
    /// Some language codes with an imported dictionary's patterns.
    pub dictionary: bool,
}

/// What an event does when its object is an act ("condemned the attack on the embassy"):
/// data/events/reactions.tsv.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answers {
    /// The act's doer is the target, never the one it was done to.
    Doer,
    /// As `Doer`; with no doer found, the event is reported without a target.
    Stands,
}

/// When an event type is reported with no target (data/events/frames.tsv's `alone`).
#[derive(Debug)]
enum Alone {
    Always(bool),
    /// Only the events of these CAMEO codes (a meeting stands alone only as its host's).
    Under(Vec<String>),
    /// Only an event whose object is a measure, no party: trade or traffic (`[words] measured`,
    /// "banned wheat exports"), or with `steps` an agreement or a step taken (`[words] accords`
    /// and `acts`: "welcomed the agreement", "welcomed the announcement"). events/roles.rs
    /// marks it `measure>obj`.
    Measured {
        steps: bool,
    },
}

/// An event type told with nobody named as its doer (data/events/frames.tsv's `unnamed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unnamed {
    /// Reported without a source ("Abe was shot dead in Nara").
    Reported,
    /// Not reported.
    Dropped,
    /// Done by this sector of the country where it happens ("protests in Nukus").
    Local(Sector),
}

fn load_reactions(
    vocabulary: &Vocabulary,
) -> Result<HashMap<(EventType, Option<String>), Answers>, PipelineError> {
    let path = "events/reactions.tsv";
    let contents = file(path).ok_or_else(|| data_err(path, 0, "missing: the reactions"))?;
    let mut out = HashMap::new();
    for (line, f) in tsv_rows(contents) {
        let [t, mode, answers] = f[..] else {
            return Err(data_err(path, line, "expected type, mode, answers"));
        };
        let (t, mode) = type_and_mode(vocabulary, path, line, t, mode)?;
        let answers = match answers {
            "doer" => Answers::Doer,
            "stands" => Answers::Stands,
            a => {
                return Err(data_err(
                    path,
                    line,
                    format!("answers: expected doer or stands, not {a:?}"),
                ))
            }
        };
        if out.insert((t, mode), answers).is_some() {
            return Err(data_err(path, line, format!("{t} listed twice")));
        }
    }
    Ok(out)
}

/// An event type and a mode of it (`*`: any mode) as a data row gives them, checked against
/// the vocabulary.
fn type_and_mode(
    vocabulary: &Vocabulary,
    path: &str,
    line: usize,
    t: &str,
    mode: &str,
) -> Result<(EventType, Option<String>), PipelineError> {
    let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
    let mode = match mode {
        "*" => None,
        m => {
            vocabulary
                .check(t, m, &[])
                .map_err(|e| data_err(path, line, e))?;
            Some(m.to_string())
        }
    };
    Ok((t, mode))
}

/// The reported acts that make their report an accusation (data/events/allegations.tsv).
fn load_allegations(
    vocabulary: &Vocabulary,
) -> Result<HashSet<(EventType, Option<String>)>, PipelineError> {
    let path = "events/allegations.tsv";
    let contents = file(path).ok_or_else(|| data_err(path, 0, "missing: the allegations"))?;
    let mut out = HashSet::new();
    for (line, f) in tsv_rows(contents) {
        let [t, mode] = f[..] else {
            return Err(data_err(path, line, "expected type, mode"));
        };
        let (t, mode) = type_and_mode(vocabulary, path, line, t, mode)?;
        if !out.insert((t, mode)) {
            return Err(data_err(path, line, format!("{t} listed twice")));
        }
    }
    Ok(out)
}

/// A custodial act: its type and mode, the context its rule must carry (`None`: any), and the
/// sector of the state that does it, where the table names one.
#[derive(Debug)]
struct Custodial {
    kind: EventType,
    mode: String,
    context: Option<String>,
    sector: Option<Sector>,
}

/// The custodial acts of `data/events/custody.tsv`, each a mode of its type in plover.tsv.
fn load_custody(vocabulary: &Vocabulary) -> Result<Vec<Custodial>, PipelineError> {
    let path = "events/custody.tsv";
    parse_custody(
        path,
        file(path).ok_or_else(|| data_err(path, 0, "missing: the custodial acts"))?,
        vocabulary,
    )
}

fn parse_custody(
    path: &str,
    contents: &str,
    vocabulary: &Vocabulary,
) -> Result<Vec<Custodial>, PipelineError> {
    let mut out: Vec<Custodial> = Vec::new();
    for (line, f) in tsv_rows(contents) {
        // Optional columns: the context the act's rule must carry (an execution is a killing in
        // the legal context, not every targeted killing) and the sector of the state that does
        // it (a conviction is its courts').
        let (t, mode, context, sector) = match f[..] {
            [t, mode] => (t, mode, "", ""),
            [t, mode, c] => (t, mode, c, ""),
            [t, mode, c, sector] => (t, mode, c, sector),
            _ => {
                return Err(data_err(
                    path,
                    line,
                    "expected type, mode[, context, sector]",
                ))
            }
        };
        let context = Some(context).filter(|c| !c.is_empty());
        let sector = parse_sector(sector).map_err(|e| data_err(path, line, e))?;
        let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
        if mode.is_empty() {
            return Err(data_err(path, line, "no mode"));
        }
        let contexts: Vec<String> = context.iter().map(|c| c.to_string()).collect();
        vocabulary
            .check(t, mode, &contexts)
            .map_err(|e| data_err(path, line, e))?;
        let context = context.map(str::to_string);
        if out
            .iter()
            .any(|r| r.kind == t && r.mode == mode && r.context == context)
        {
            return Err(data_err(path, line, format!("{t} {mode} listed twice")));
        }
        out.push(Custodial {
            kind: t,
            mode: mode.to_string(),
            context,
            sector,
        });
    }
    Ok(out)
}

fn data_err(file: &str, line: usize, message: impl Into<String>) -> PipelineError {
    PipelineError::Data {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// Comma-separated case names ("object,with").
fn parse_cases(s: &str) -> Result<Vec<Case>, String> {
    s.split(',')
        .map(str::trim)
        .map(|c| Case::parse(c).ok_or_else(|| format!("unknown case {c:?}")))
        .collect()
}

fn parse_sector(s: &str) -> Result<Option<Sector>, String> {
    match s {
        "" | "-" => Ok(None),
        s => s.parse().map(Some).map_err(|e| format!("{e}")),
    }
}

/// PLOVER's modes of each event type and its contexts (`data/events/plover.tsv`): the only
/// values a built-in lexicon row may give; and the sectors whose role words act where they
/// are (`data/kb/sectors.tsv`).
#[derive(Debug, Default)]
struct Vocabulary {
    modes: HashSet<(EventType, String)>,
    contexts: HashSet<String>,
    local: HashSet<Sector>,
    /// The sectors whose bodies are a state's own institutions (`state`).
    state: HashSet<Sector>,
    /// The sectors whose bodies speak for their state to other states (`abroad`).
    abroad: HashSet<Sector>,
}

impl Vocabulary {
    fn builtin() -> Result<Self, PipelineError> {
        let path = "events/plover.tsv";
        let contents =
            file(path).ok_or_else(|| data_err(path, 0, "missing: PLOVER's modes and contexts"))?;
        let mut v = Vocabulary::default();
        for (line, f) in tsv_rows(contents) {
            match f[..] {
                ["mode", t, name, ..] => {
                    let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
                    v.modes.insert((t, name.to_string()));
                }
                ["context", "-", name, ..] => {
                    v.contexts.insert(name.to_string());
                }
                _ => {
                    return Err(data_err(
                        path,
                        line,
                        "expected mode TYPE name or context - name",
                    ))
                }
            }
        }
        let path = "kb/sectors.tsv";
        let contents = file(path).ok_or_else(|| data_err(path, 0, "missing: the sectors"))?;
        for (line, f) in tsv_rows(contents) {
            let sector = parse_sector(f[0])
                .map_err(|e| data_err(path, line, e))?
                .ok_or_else(|| data_err(path, line, "a sector, not -"))?;
            let columns = [
                ("local", &mut v.local),
                ("state", &mut v.state),
                ("abroad", &mut v.abroad),
            ];
            for (column, (name, set)) in columns.into_iter().enumerate() {
                match f.get(column + 1).copied() {
                    Some("yes") => {
                        set.insert(sector);
                    }
                    Some("no") => {}
                    other => {
                        return Err(data_err(
                            path,
                            line,
                            format!("{name}: expected yes or no, not {other:?}"),
                        ));
                    }
                }
            }
        }
        Ok(v)
    }

    fn check(&self, kind: EventType, mode: &str, contexts: &[String]) -> Result<(), String> {
        if !mode.is_empty() && !self.modes.contains(&(kind, mode.to_string())) {
            return Err(format!(
                "mode {mode:?} is not a mode of {kind} (data/events/plover.tsv)"
            ));
        }
        match contexts.iter().find(|c| !self.contexts.contains(*c)) {
            Some(c) => Err(format!("unknown context {c:?} (data/events/plover.tsv)")),
            None => Ok(()),
        }
    }
}

/// The checks a built-in lexicon file's rows get beyond their columns: its header names the
/// columns the format defines (data/lexicon/README.md), each pattern is well formed, and no
/// pattern is written twice (the second row would silently lose to the first).
struct FileCheck<'a> {
    path: &'a str,
    seen: dyad_kb::fasthash::FastMap<&'a str, usize>,
}

impl<'a> FileCheck<'a> {
    /// `None` for a file that is not built in (an imported dictionary's layer: its importer
    /// wrote it).
    fn new(
        path: &'a str,
        contents: &'a str,
        headers: &[&[&str]],
    ) -> Result<Option<Self>, PipelineError> {
        if !path.starts_with("lexicon/") {
            return Ok(None);
        }
        let header = contents
            .lines()
            .enumerate()
            .find(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        if let Some((i, l)) = header {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            if !headers.iter().any(|h| cols == *h) {
                return Err(data_err(
                    path,
                    i + 1,
                    format!("header {cols:?}, expected {:?}", headers[0]),
                ));
            }
        }
        Ok(Some(FileCheck {
            path,
            seen: Default::default(),
        }))
    }

    fn row(
        &mut self,
        line: usize,
        pattern: &'a str,
        columns: usize,
        want: &[usize],
    ) -> Result<(), PipelineError> {
        if !want.contains(&columns) {
            return Err(data_err(
                self.path,
                line,
                format!("{columns} columns, expected {want:?}"),
            ));
        }
        check_pattern(pattern).map_err(|e| data_err(self.path, line, e))?;
        if let Some(first) = self.seen.insert(pattern, line) {
            return Err(data_err(
                self.path,
                line,
                format!("pattern {pattern:?} again (first on line {first})"),
            ));
        }
        Ok(())
    }
}

/// The rows of a two-column lexicon file (`pattern`, a value: speech.tsv, aux.tsv,
/// verdicts.tsv), each given to `row` with its line number, after the built-in file's checks.
fn pattern_rows<'a>(
    path: &'a str,
    contents: &'a str,
    value: &str,
    mut row: impl FnMut(usize, &'a str, &'a str) -> Result<(), PipelineError>,
) -> Result<(), PipelineError> {
    let mut check = FileCheck::new(path, contents, &[&["pattern", value]])?;
    for (line, f) in tsv_rows(contents) {
        if let Some(c) = &mut check {
            c.row(line, f[0], f.len(), &[2])?;
        }
        let [pattern, v, ..] = f[..] else {
            return Err(data_err(path, line, format!("expected pattern, {value}")));
        };
        row(line, pattern, v)?;
    }
    Ok(())
}

/// A pattern as data/lexicon/README.md defines it: lower-case words separated by single spaces,
/// `*` only at a word's end, `..` (or the long gap `...`) a word of its own and never first or
/// last.
fn check_pattern(p: &str) -> Result<(), String> {
    if p.is_empty() || p != p.trim() || p.contains("  ") || p.contains('\t') {
        return Err(format!("pattern {p:?} is empty or has stray spaces"));
    }
    if p.chars().any(char::is_uppercase) {
        return Err(format!("pattern {p:?} is not lower case"));
    }
    if p.contains('ё') {
        return Err(format!(
            "pattern {p:?} contains ё (write е, as the text is folded)"
        ));
    }
    let words: Vec<&str> = p.split(' ').collect();
    let gap = |w: &str| w == ".." || w == "...";
    if gap(words[0]) || gap(words[words.len() - 1]) {
        return Err(format!("pattern {p:?} starts or ends with a gap"));
    }
    if words[0] == dyad_kb::phrase::INFINITIVE {
        return Err(format!("pattern {p:?} starts with an infinitive"));
    }
    for w in words {
        if !gap(w) && w.contains("..") {
            return Err(format!(
                "the gap \"..\" or \"...\" must be a word of its own in {p:?}"
            ));
        }
        if w == "*" || w.strip_suffix('*').unwrap_or(w).contains('*') {
            return Err(format!("\"*\" only at the end of a word in {p:?}"));
        }
    }
    Ok(())
}

impl Lexicon {
    /// Compiles every language of `languages` with the lexicon files it has under
    /// `data/lexicon/<lang>/`. A lexicon folder for a language with no `data/lang/<lang>/` is an
    /// error, as is a file the engine does not know.
    pub fn builtin(languages: &Languages) -> Result<Self, PipelineError> {
        Self::builtin_with(languages, &Layers::default())
    }

    /// The built-in lexicons with imported layers over them (or instead of them).
    pub fn builtin_with(languages: &Languages, layers: &Layers) -> Result<Self, PipelineError> {
        let mut per: HashMap<Lang, HashMap<&str, (&str, &str)>> = HashMap::new();
        for (path, contents) in files_under("lexicon/") {
            let mut parts = path.split('/').skip(1);
            let (Some(code), Some(name), None) = (parts.next(), parts.next(), parts.next()) else {
                continue; // README.md, coverage.py
            };
            // Generators and their lemma tables (gen/) live beside the lexicons, and so does
            // each language's concept list (concepts.tsv), a table coverage.py checks against
            // events.tsv: neither is loaded.
            if code == "gen" || name == "concepts.tsv" {
                continue;
            }
            let lang = Lang::new(code)
                .filter(|l| languages.get(*l).is_some())
                .ok_or_else(|| {
                    data_err(
                        path,
                        0,
                        format!("no data/lang/{code}/language.toml for this lexicon"),
                    )
                })?;
            let kind = name.trim_end_matches(".tsv");
            if !["events", "roles", "speech", "aux", "verdicts"].contains(&kind)
                || !name.ends_with(".tsv")
            {
                return Err(data_err(
                    path,
                    0,
                    "unknown lexicon file (expected events, roles, speech, aux, verdicts .tsv)",
                ));
            }
            per.entry(lang).or_default().insert(kind, (path, contents));
        }
        let clitics = languages.clitic_scripts();
        let vocabulary = Vocabulary::builtin()?;
        let mut langs = HashMap::new();
        for language in languages.all() {
            let files = per.remove(&language.lang).unwrap_or_default();
            let get = |k: &str| files.get(k).copied().unwrap_or(("", ""));
            let builtin = |k: &str| {
                if layers.replace {
                    Vec::new()
                } else {
                    vec![get(k)]
                }
            };
            let (mut events, mut roles) = (builtin("events"), builtin("roles"));
            let mut discards = Vec::new();
            if language.lang.code() == "en" {
                fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
                    v.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect()
                }
                events.extend(refs(&layers.en_events));
                roles.extend(refs(&layers.en_roles));
                discards = refs(&layers.discards);
            }
            let sources = Sources {
                events,
                roles,
                discards,
                speech: get("speech"),
                aux: get("aux"),
                verdicts: get("verdicts"),
            };
            langs.insert(
                language.lang,
                LangLexicon::compile(language, sources, &clitics, &vocabulary)?,
            );
        }
        let mut cameo = HashMap::new();
        let path = "events/cameo_defaults.tsv";
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let [t, mode, code] = f[..] else {
                return Err(data_err(path, line, "expected type, mode, cameo"));
            };
            let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
            cameo.insert((t, mode.to_string()), code.to_string());
        }
        let mut frames = HashMap::new();
        let mut alone = HashMap::new();
        let mut unnamed = HashMap::new();
        let mut of_patient = HashSet::new();
        let mut state = HashMap::new();
        let mut carried = HashSet::new();
        let path = "events/frames.tsv";
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let [t, cases, stands, no_doer, of, by_state, carried_alone] = f[..] else {
                return Err(data_err(
                    path,
                    line,
                    "expected type, target, alone, unnamed, of, state, carried",
                ));
            };
            let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
            frames.insert(t, parse_cases(cases).map_err(|e| data_err(path, line, e))?);
            let yes_no = |column: &str, v: &str| match v {
                "yes" => Ok(true),
                "no" => Ok(false),
                other => Err(data_err(
                    path,
                    line,
                    format!("{column}: expected yes or no, not {other:?}"),
                )),
            };
            let stands = match stands {
                "yes" | "no" => Alone::Always(yes_no("alone", stands)?),
                "measured" => Alone::Measured { steps: false },
                "acts" => Alone::Measured { steps: true },
                codes => {
                    let codes: Vec<String> = codes.split(',').map(str::to_string).collect();
                    if codes
                        .iter()
                        .any(|c| c.is_empty() || !c.bytes().all(|b| b.is_ascii_digit()))
                    {
                        return Err(data_err(
                            path,
                            line,
                            format!("alone: expected yes, no, measured, acts or CAMEO codes, not {codes:?}"),
                        ));
                    }
                    Alone::Under(codes)
                }
            };
            alone.insert(t, stands);
            if yes_no("carried", carried_alone)? {
                carried.insert(t);
            }
            let doer = match no_doer {
                "yes" => Unnamed::Reported,
                "no" => Unnamed::Dropped,
                sector => Unnamed::Local(parse_sector(sector).ok().flatten().ok_or_else(|| {
                    data_err(
                        path,
                        line,
                        format!("unnamed: expected yes, no or a sector, not {sector:?}"),
                    )
                })?),
            };
            unnamed.insert(t, doer);
            if by_state != "-" {
                let sector = parse_sector(by_state).ok().flatten().ok_or_else(|| {
                    data_err(
                        path,
                        line,
                        format!("state: expected a sector or -, not {by_state:?}"),
                    )
                })?;
                state.insert(t, sector);
            }
            match of {
                "patient" => {
                    of_patient.insert(t);
                }
                "agent" => {}
                o => {
                    return Err(data_err(
                        path,
                        line,
                        format!("of: expected patient or agent, not {o:?}"),
                    ))
                }
            }
        }
        if let Some(t) = EventType::ALL.iter().find(|t| !frames.contains_key(t)) {
            return Err(data_err(path, 0, format!("no frame for {t}")));
        }
        let custody = load_custody(&vocabulary)?;
        let reactions = load_reactions(&vocabulary)?;
        let allegations = load_allegations(&vocabulary)?;
        let path = "dedup/symmetric.tsv";
        let mut mutual = Vec::new();
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let t: EventType = f[0].parse().map_err(|e: String| data_err(path, line, e))?;
            mutual.push(t);
        }
        Ok(Lexicon {
            dictionary: !layers.en_events.is_empty(),
            langs,
            cameo,
            frames,
            alone,
            unnamed,
            of_patient,
            state,
            carried,
            reactions,
            custody,
            allegations,
            mutual,
            state_bodies: vocabulary.state.clone(),
            envoys: vocabulary.abroad.clone(),
        })
    }

    /// Is a body of `sector` one of a state's own institutions (data/kb/sectors.tsv's
    /// `state`): named by its role word alone, the state's the report is about?
    pub fn state_body(&self, sector: Option<Sector>) -> bool {
        sector.is_some_and(|s| self.state_bodies.contains(&s))
    }

    /// Does a body of `sector` speak for its state to other states (data/kb/sectors.tsv's
    /// `abroad`)? The state named alone (no sector) does.
    pub fn speaks_abroad(&self, sector: Option<Sector>) -> bool {
        sector.is_none_or(|s| self.envoys.contains(&s))
    }

    /// Does a report by another that someone did an act of `kind` and `mode` accuse them of it
    /// (data/events/allegations.tsv)?
    pub fn alleges(&self, kind: EventType, mode: Option<&str>) -> bool {
        self.allegations.contains(&(kind, None))
            || mode.is_some_and(|m| self.allegations.contains(&(kind, Some(m.to_string()))))
    }

    /// Is an act of `kind` and `mode`, told by a rule of `contexts`, one only a state's
    /// authorities do to people in their custody (data/events/custody.tsv)?
    pub fn custodial(&self, kind: EventType, mode: &str, contexts: &[String]) -> bool {
        self.custody_row(kind, mode, contexts).is_some()
    }

    /// The sector of the state that does a custodial act (custody.tsv's `sector`), if it says.
    pub fn custodian_sector(
        &self,
        kind: EventType,
        mode: &str,
        contexts: &[String],
    ) -> Option<Sector> {
        self.custody_row(kind, mode, contexts).flatten()
    }

    fn custody_row(
        &self,
        kind: EventType,
        mode: &str,
        contexts: &[String],
    ) -> Option<Option<Sector>> {
        // (The first row that matches, in the file's order.)
        self.custody
            .iter()
            .find(|r| {
                r.kind == kind
                    && r.mode == mode
                    && r.context.as_ref().is_none_or(|c| contexts.contains(c))
            })
            .map(|r| r.sector)
    }

    /// May an event of `kind` whose doer is carried over from an earlier clause be reported
    /// with nobody named as its recipient (frames.tsv's `carried`)?
    pub fn stands_carried(&self, kind: EventType) -> bool {
        self.carried.contains(&kind)
    }

    /// May an event of `kind` be reported with nobody named as its doer (frames.tsv's
    /// `unnamed`)?
    pub fn stands_unnamed(&self, kind: EventType) -> bool {
        self.unnamed.get(&kind) == Some(&Unnamed::Reported)
    }

    /// The sector whose people of the place an act happens in did an act of `kind` told with
    /// nobody named as its doer (frames.tsv's `unnamed`: a protest is its place's civilians').
    pub fn local_doer(&self, kind: EventType) -> Option<Sector> {
        match self.unnamed.get(&kind) {
            Some(Unnamed::Local(s)) => Some(*s),
            _ => None,
        }
    }

    /// Is the `of` complement of an event noun of `kind` the one it was done to ("the arrest
    /// of X"), not its doer ("the visit of X")? (frames.tsv's `of`)
    pub fn of_is_patient(&self, kind: EventType) -> bool {
        self.of_patient.contains(&kind)
    }

    /// The sector a country named as the doer of an act of `kind` stands for (frames.tsv's
    /// `state`: "Pakistan recalled its ambassador" is Pakistan's government).
    pub fn state_sector(&self, kind: EventType) -> Option<Sector> {
        self.state.get(&kind).copied()
    }

    /// What an event of `kind` and `mode` does when its object is an act
    /// (data/events/reactions.tsv).
    pub fn answers(&self, kind: EventType, mode: Option<&str>) -> Option<Answers> {
        mode.and_then(|m| self.reactions.get(&(kind, Some(m.to_string()))))
            .or_else(|| self.reactions.get(&(kind, None)))
            .copied()
    }

    /// May an event of `kind`, coded `cameo`, be reported with no target (frames.tsv's
    /// `alone`)?
    pub fn stands_alone(&self, kind: EventType, cameo: Option<&str>) -> bool {
        match self.alone.get(&kind) {
            None => true,
            Some(Alone::Always(yes)) => *yes,
            Some(Alone::Under(codes)) => cameo.is_some_and(|c| codes.iter().any(|x| x == c)),
            Some(Alone::Measured { .. }) => false,
        }
    }

    /// Does an event of `kind` stand without a recipient when its object is a measure or an
    /// act (frames.tsv's `alone`: `measured` or `acts`)?
    pub fn stands_measured(&self, kind: EventType) -> bool {
        matches!(self.alone.get(&kind), Some(Alone::Measured { .. }))
    }

    /// ...on an agreement or a step taken (`acts`), rather than on trade or traffic?
    pub fn stands_on_steps(&self, kind: EventType) -> bool {
        matches!(self.alone.get(&kind), Some(Alone::Measured { steps: true }))
    }

    /// Do the participants of an event of `kind` act together ("talks between Russia and
    /// Pakistan": neither is the other's target)?
    pub fn mutual(&self, kind: EventType) -> bool {
        self.mutual.contains(&kind)
    }

    /// The cases that hold the target of an event of `kind` coded by `rule`.
    pub fn target_cases<'a>(&'a self, kind: EventType, rule: &'a EventRule) -> &'a [Case] {
        rule.target
            .as_deref()
            .or_else(|| self.frames.get(&kind).map(Vec::as_slice))
            .unwrap_or(&[])
    }

    /// The lexicon of a language dyad has data for.
    pub fn get(&self, lang: Lang) -> Option<&LangLexicon> {
        self.langs.get(&lang)
    }

    /// The CAMEO code for a type and mode when the pattern gives none.
    pub fn default_cameo(&self, kind: EventType, mode: Option<&str>) -> Option<&str> {
        mode.and_then(|m| self.cameo.get(&(kind, m.to_string())))
            .or_else(|| self.cameo.get(&(kind, String::new())))
            .map(String::as_str)
    }

    /// Number of phrases per language, for `dyad kb stats`.
    pub fn sizes(&self) -> Vec<(Lang, usize, usize, usize, usize)> {
        let mut v: Vec<_> = self
            .langs
            .iter()
            .map(|(l, x)| {
                (
                    *l,
                    x.events.len(),
                    x.roles.len(),
                    x.speech.len(),
                    x.aux.len(),
                )
            })
            .collect();
        v.sort_by_key(|x| x.0);
        v
    }
}

fn builder<T>(clitics: &[Script]) -> PhraseSetBuilder<T> {
    PhraseSetBuilder::new().clitics_in(clitics)
}

/// The lexicon files of one language: (path, contents), empty when the language has none.
struct Sources<'a> {
    events: Vec<(&'a str, &'a str)>,
    roles: Vec<(&'a str, &'a str)>,
    discards: Vec<(&'a str, &'a str)>,
    speech: (&'a str, &'a str),
    aux: (&'a str, &'a str),
    verdicts: (&'a str, &'a str),
}

impl LangLexicon {
    fn compile(
        language: &Language,
        sources: Sources,
        clitics: &[Script],
        vocabulary: &Vocabulary,
    ) -> Result<Self, PipelineError> {
        let Sources {
            events,
            roles,
            discards,
            speech,
            aux,
            verdicts,
        } = sources;
        // Prepositions the language writes contracted with an article are matched word by word.
        let cut = language.affixes.contracted();
        let mut ev = builder(clitics).cut_before(&cut);
        let mut readings = None;
        const EVENTS: &[&str] = &[
            "pattern", "type", "mode", "context", "voice", "cameo", "weight", "target",
        ];
        for (path, contents) in events {
            let mut check = FileCheck::new(path, contents, &[&EVENTS[..7], EVENTS])?;
            for (line, f) in tsv_rows(contents) {
                if let Some(c) = &mut check {
                    c.row(line, f[0], f.len(), &[7, 8])?;
                }
                if f.len() < 5 {
                    return Err(data_err(
                        path,
                        line,
                        "expected pattern, type, mode, context, voice, cameo, weight",
                    ));
                }
                let kind: EventType = f[1].parse().map_err(|e: String| data_err(path, line, e))?;
                let voice = match f[4] {
                    "active" => Voice::Active,
                    "passive" => Voice::Passive,
                    "recip" => Voice::Recip,
                    "noun" => Voice::Noun,
                    "reported" => Voice::Reported,
                    v => return Err(data_err(path, line, format!("unknown voice {v:?}"))),
                };
                let weight = match f.get(6).copied().unwrap_or("") {
                    "" => 0.7,
                    w => w
                        .parse::<f32>()
                        .map_err(|_| data_err(path, line, format!("bad weight {w:?}")))?,
                };
                let (cameo, pair) = match f.get(5).filter(|c| !c.is_empty()) {
                    Some(c) => match c.split_once(':') {
                        Some((a, b)) => {
                            if readings.is_none() {
                                readings = Some(dyad_kb::cameo_dict::Readings::builtin()?);
                            }
                            let r = readings.as_ref().and_then(|r| r.read(b.trim()).0.cloned());
                            let pair = PairedCode {
                                kind: r.as_ref().map_or(kind, |r| r.kind),
                                mode: r.as_ref().map(|r| r.mode.clone()).filter(|m| !m.is_empty()),
                                context: r.as_ref().map_or(Vec::new(), |r| {
                                    r.context
                                        .split(',')
                                        .filter(|c| !c.is_empty())
                                        .map(str::to_string)
                                        .collect()
                                }),
                                cameo: b.trim().to_string(),
                            };
                            (Some(a.trim().to_string()), Some(Box::new(pair)))
                        }
                        None => (Some(c.to_string()), None),
                    },
                    None => (None, None),
                };
                if !(0.0..=1.0).contains(&weight) {
                    return Err(data_err(
                        path,
                        line,
                        format!("weight {weight} not in [0, 1]"),
                    ));
                }
                let rule = EventRule {
                    verbatim: !path.starts_with("lexicon/"),
                    pair,
                    kind,
                    mode: Some(f[2]).filter(|m| !m.is_empty()).map(str::to_string),
                    context: f[3]
                        .split(',')
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_string)
                        .collect(),
                    voice,
                    cameo,
                    weight,
                    target_after: f
                        .get(7)
                        .and_then(|t| t.strip_prefix("after"))
                        .filter(|skips| skips.chars().all(|c| c == '^'))
                        .map(str::len),
                    target: match cases_of(f.get(7).copied().unwrap_or("")).as_str() {
                        "" => None,
                        t if t.starts_with("after") => None,
                        t => Some(parse_cases(t).map_err(|e| data_err(path, line, e))?),
                    },
                    doer_only: f
                        .get(7)
                        .is_some_and(|t| t.split(',').any(|c| c.trim() == "doer")),
                    of_doer: f
                        .get(7)
                        .is_some_and(|t| t.split(',').any(|c| c.trim() == "of-doer")),
                    id: format!("{}:{line}", path.trim_start_matches("lexicon/")),
                };
                // An imported dictionary's codes and readings are its importer's to check.
                if !rule.verbatim {
                    vocabulary
                        .check(rule.kind, f[2], &rule.context)
                        .map_err(|e| data_err(path, line, e))?;
                    if let Some(c) = rule.cameo.as_deref().filter(|c| {
                        !(3..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit())
                    }) {
                        return Err(data_err(
                            path,
                            line,
                            format!("cameo {c:?} is not 3 or 4 digits"),
                        ));
                    }
                }
                // A noun of the lexicon also heads compounds in a language that writes them
                // ("Raketenangriff"); a dictionary's patterns are read as the dictionary wrote them.
                if rule.voice == Voice::Noun && !rule.verbatim {
                    ev.add_head(f[0], rule);
                } else {
                    ev.add(f[0], rule);
                }
            }
        }
        let mut ro = builder(clitics).cut_before(&cut);
        for (path, contents) in roles {
            let mut check = FileCheck::new(path, contents, &[&["pattern", "sector", "kind"]])?;
            for (line, f) in tsv_rows(contents) {
                if let Some(c) = &mut check {
                    c.row(line, f[0], f.len(), &[3])?;
                }
                let [pattern, sector, kind, ..] = f[..] else {
                    return Err(data_err(path, line, "expected pattern, sector, kind"));
                };
                let agent = match f.get(3).copied().unwrap_or("") {
                    "" => None,
                    a => Some(AgentCode::parse(a).ok_or_else(|| {
                        data_err(
                            path,
                            line,
                            format!("bad agent code {a:?} (expected ~CODE or CODE~)"),
                        )
                    })?),
                };
                let sector = parse_sector(sector).map_err(|e| data_err(path, line, e))?;
                let kind = match kind {
                    "title" => RoleKind::Title,
                    "body" => RoleKind::Body,
                    "group" => RoleKind::Group,
                    k => return Err(data_err(path, line, format!("unknown role kind {k:?}"))),
                };
                // Only a collective or an institution acts for a place unnamed: a bare title
                // ("the police chief") is someone named before.
                let local = kind != RoleKind::Title
                    && sector.is_some_and(|s| vocabulary.local.contains(&s));
                // A role word heads compounds in a language that writes them ("Armeesprecher").
                ro.add_head(
                    pattern,
                    RoleRule {
                        sector,
                        kind,
                        agent,
                        local,
                    },
                );
            }
        }
        let mut di = builder(clitics).cut_before(&cut);
        for (path, contents) in discards {
            for (line, f) in tsv_rows(contents) {
                let story = match f[..] {
                    [_, "story", ..] => true,
                    [_, "sentence", ..] => false,
                    _ => return Err(data_err(path, line, "expected pattern, story|sentence")),
                };
                di.add(f[0], story);
            }
        }
        let mut sp = builder(clitics).cut_before(&cut);
        let mut warn_rule = None;
        let (mut blame_rule, mut praise_rule) = (None, None);
        let (mut passive_blame_rule, mut passive_praise_rule) = (None, None);
        let (mut copula_blame_rule, mut copula_praise_rule) = (None, None);
        let (path, contents) = speech;
        pattern_rows(path, contents, "kind", |line, pattern, kind| {
            let kind = match kind {
                "say" => SpeechKind::Say,
                "source" => SpeechKind::Source,
                "warn" => SpeechKind::Warn,
                "quote" => SpeechKind::Quote,
                "call" => SpeechKind::Call,
                "copula" => SpeechKind::Copula,
                "call-passive" => SpeechKind::Passive,
                k => return Err(data_err(path, line, format!("unknown speech kind {k:?}"))),
            };
            // A speech verb acts in its own voice; a copula of reported speech judges in the
            // speaker's (the speaker is the source, the copula's subject the target).
            let voice = match kind {
                SpeechKind::Copula => Voice::Reported,
                SpeechKind::Passive => Voice::Passive,
                _ => Voice::Active,
            };
            let rule = |kind: EventType, cameo: &str, weight: f32, id: &str| EventRule {
                kind,
                mode: None,
                context: Vec::new(),
                voice,
                cameo: Some(cameo.to_string()),
                weight,
                target: None,
                id: format!("{}:{id}", path.trim_start_matches("lexicon/")),
                verbatim: false,
                pair: None,
                target_after: None,
                doer_only: false,
                of_doer: false,
            };
            if kind == SpeechKind::Warn && warn_rule.is_none() {
                // CAMEO 130: threaten, not specified.
                warn_rule = Some(rule(EventType::Threaten, "130", WARN_WEIGHT, "warn"));
            }
            if matches!(kind, SpeechKind::Call | SpeechKind::Passive) && blame_rule.is_none() {
                // CAMEO 111: criticize or denounce; 051: praise or endorse.
                blame_rule = Some(rule(EventType::Accuse, "111", CALL_WEIGHT, "call-bad"));
                praise_rule = Some(rule(EventType::Support, "051", CALL_WEIGHT, "call-good"));
            }
            if kind == SpeechKind::Passive && passive_blame_rule.is_none() {
                passive_blame_rule = Some(rule(
                    EventType::Accuse,
                    "111",
                    CALL_WEIGHT,
                    "call-bad-passive",
                ));
                passive_praise_rule = Some(rule(
                    EventType::Support,
                    "051",
                    CALL_WEIGHT,
                    "call-good-passive",
                ));
            }
            if kind == SpeechKind::Copula && copula_blame_rule.is_none() {
                copula_blame_rule =
                    Some(rule(EventType::Accuse, "111", COPULA_WEIGHT, "copula-bad"));
                copula_praise_rule = Some(rule(
                    EventType::Support,
                    "051",
                    COPULA_WEIGHT,
                    "copula-good",
                ));
            }
            // A passive characterising verb is a characterising verb (its first kind, which the
            // quote layer reads) in the passive.
            if kind == SpeechKind::Passive {
                sp.add(pattern, SpeechKind::Call);
            }
            sp.add(pattern, kind);
            Ok(())
        })?;
        let mut ve = builder(clitics).cut_before(&cut);
        let (path, contents) = verdicts;
        pattern_rows(path, contents, "verdict", |line, pattern, verdict| {
            let verdict = match verdict {
                "bad" => Verdict::Bad,
                "good" => Verdict::Good,
                v => {
                    return Err(data_err(
                        path,
                        line,
                        format!("unknown verdict {v:?} (bad, good)"),
                    ))
                }
            };
            ve.add(pattern, verdict);
            Ok(())
        })?;
        let mut au = builder(clitics).cut_before(&cut);
        let (path, contents) = aux;
        pattern_rows(path, contents, "aux", |line, pattern, aux| {
            let aux = match aux {
                "future" => Some(Cue::Future),
                "intent" => Some(Cue::Intent),
                "negated" => Some(Cue::Negated),
                "stopped" => Some(Cue::Stopped),
                "stopped-after" => Some(Cue::StoppedAfter),
                "hypothetical" => Some(Cue::Hypothetical),
                "historical" => Some(Cue::Historical),
                "resolve" => Some(Cue::Resolve),
                "earlier" => Some(Cue::Earlier),
                "none" => None,
                a => return Err(data_err(path, line, format!("unknown aux {a:?}"))),
            };
            au.add(pattern, aux);
            Ok(())
        })?;
        let mut before = builder(clitics).cut_before(&cut);
        let mut after = builder(clitics).cut_before(&cut);
        let (mut prefixes, mut suffixes) = (Vec::new(), Vec::new());
        for m in &language.markers {
            match m.position {
                MarkerPosition::Before => {
                    before.add(&m.word, m.case);
                }
                MarkerPosition::After => {
                    after.add(&m.word, m.case);
                }
                MarkerPosition::Prefix => prefixes.push((m.word.clone(), m.case)),
                MarkerPosition::Suffix => suffixes.push((m.word.clone(), m.case)),
            }
        }
        // Longest first: "'nda" before "'da".
        suffixes.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        prefixes.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let phrases = |words: &[String]| {
            let mut b = builder(clitics).cut_before(&cut);
            for w in words {
                b.add(w, ());
            }
            b.build()
        };
        Ok(LangLexicon {
            lang: language.lang,
            script: language.script,
            has_events: !ev.is_empty(),
            events: ev.build(),
            roles: ro.build(),
            speech: sp.build(),
            warn_rule,
            blame_rule,
            praise_rule,
            passive_blame_rule,
            passive_praise_rule,
            copula_blame_rule,
            copula_praise_rule,
            verdicts: ve.build(),
            aux: au.build(),
            affixes: language.affixes.clone(),
            words: language.words.clone(),
            markers_before: before.build(),
            markers_after: after.build(),
            marker_prefixes: prefixes,
            marker_suffixes: suffixes,
            case_endings: language.case_endings.clone(),
            place_nouns: phrases(&language.words.place_nouns),
            clause: phrases(&language.words.clause),
            acts: phrases(&language.words.acts),
            measured: phrases(&language.words.measured),
            accords: phrases(&language.words.accords),
            possessive: language.possessive.clone(),
            passive_marks: language.passive_marks.clone(),
            passive_not_on: language.passive_not_on.clone(),
            passive_counted: language.passive_counted.clone(),
            verb_subject_endings: language.verb_subject_endings.clone(),
            verb_conjunctions: language.verb_conjunctions.clone(),
            passive: language.passive.clone(),
            order: language.order,
            construct: language.construct,
            verb_second: language.verb_second,
            first_place_subject: language.first_place_subject.clone(),
            finite_auxiliaries: language.finite_auxiliaries.clone(),
            separable_particles: language.separable_particles.clone(),
            particle_followers: language.particle_followers.clone(),
            separable_prepositions: language.separable_prepositions.clone(),
            pro_drop: language.pro_drop,
            complement_after: language.complement_after,
            postposed_subject: language.postposed_subject,
            subject_comma: language.subject_comma,
            tense_on_verb: language.tense_on_verb,
            tense_endings: language.tense_endings.clone(),
            converb_endings: language.converb_endings.clone(),
            converb_prefixes: language.converb_prefixes.clone(),
            doer_participles: language.doer_participles.clone(),
            topic_postpositions: language.topic_postpositions.clone(),
            genitive_subject_endings: language.genitive_subject_endings.clone(),
            unpossessed_endings: language.unpossessed_endings.clone(),
            conjunct_participle: language.conjunct_participle.clone(),
            nouns_capitalised: language.nouns_capitalised,
            modifier_close: language.modifier_close.clone(),
            discards: di.build(),
        })
    }
}

impl LangLexicon {
    /// The lexicon of text in a language dyad has no data for: no affixes, no words, no
    /// patterns (names are still matched, nothing is coded).
    pub fn neutral() -> Self {
        LangLexicon {
            lang: Lang::UND,
            script: Script::UNKNOWN,
            events: builder(&[]).build(),
            roles: builder(&[]).build(),
            speech: builder(&[]).build(),
            warn_rule: None,
            blame_rule: None,
            praise_rule: None,
            passive_blame_rule: None,
            passive_praise_rule: None,
            copula_blame_rule: None,
            copula_praise_rule: None,
            verdicts: builder(&[]).build(),
            aux: builder(&[]).build(),
            affixes: Affixes::none(),
            words: Words::default(),
            markers_before: builder(&[]).build(),
            markers_after: builder(&[]).build(),
            marker_prefixes: Vec::new(),
            marker_suffixes: Vec::new(),
            case_endings: Vec::new(),
            place_nouns: builder(&[]).build(),
            clause: builder(&[]).build(),
            acts: builder(&[]).build(),
            measured: builder(&[]).build(),
            accords: builder(&[]).build(),
            possessive: Vec::new(),
            passive_marks: Vec::new(),
            passive_not_on: Vec::new(),
            passive_counted: Vec::new(),
            verb_subject_endings: Vec::new(),
            verb_conjunctions: Vec::new(),
            passive: dyad_kb::Passive::default(),
            order: WordOrder::Svo,
            construct: false,
            verb_second: false,
            first_place_subject: Default::default(),
            finite_auxiliaries: Default::default(),
            separable_particles: Default::default(),
            particle_followers: Default::default(),
            separable_prepositions: Default::default(),
            pro_drop: false,
            complement_after: false,
            postposed_subject: false,
            subject_comma: false,
            tense_on_verb: false,
            tense_endings: Vec::new(),
            converb_endings: Vec::new(),
            converb_prefixes: Vec::new(),
            doer_participles: Vec::new(),
            topic_postpositions: Vec::new(),
            genitive_subject_endings: Vec::new(),
            unpossessed_endings: Vec::new(),
            conjunct_participle: Vec::new(),
            nouns_capitalised: false,
            modifier_close: Vec::new(),
            has_events: false,
            discards: builder(&[]).build(),
        }
    }
}

/// A part of a document in one language, with that language's lexicon: stages match each part
/// with its own words and affixes.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// The part in the text.
    pub span: Span,
    /// The part in the normalised text.
    pub norm_start: usize,
    pub norm_end: usize,
    pub lex: &'a LangLexicon,
}

impl<'a> Part<'a> {
    pub fn new(norm: &dyad_kb::Normalized, span: Span, lex: &'a LangLexicon) -> Self {
        Part {
            span,
            norm_start: crate::actors::norm_pos(norm, span.start),
            norm_end: crate::actors::norm_pos(norm, span.end),
            lex,
        }
    }

    /// Every match of `set` in this part, with the language's affixes.
    pub fn find<T>(
        &self,
        set: &PhraseSet<T>,
        norm: &dyad_kb::Normalized,
    ) -> Vec<dyad_kb::PhraseMatch> {
        set.find_in(norm, self.norm_start, self.norm_end, &self.lex.affixes)
    }
}

/// The part holding text offset `pos` (parts cover the text in order).
pub fn part_at<'p, 'a>(parts: &'p [Part<'a>], pos: usize) -> &'p Part<'a> {
    let i = parts.partition_point(|p| p.span.end <= pos);
    &parts[i.min(parts.len() - 1)]
}

/// The cases of an events.tsv `target` column, without the `doer` and `of-doer` flags.
fn cases_of(column: &str) -> String {
    column
        .split(',')
        .map(str::trim)
        .filter(|c| *c != "doer" && *c != "of-doer")
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compiles an English lexicon whose events file is `events` (as if built in), and gives
    /// the load error's text.
    fn load_error(events: &str) -> Option<String> {
        let languages = Languages::builtin().unwrap();
        let en = languages.get(Lang::new("en").unwrap()).unwrap();
        let sources = Sources {
            events: vec![("lexicon/en/events.tsv", events)],
            roles: Vec::new(),
            discards: Vec::new(),
            speech: ("", ""),
            aux: ("", ""),
            verdicts: ("", ""),
        };
        let vocabulary = Vocabulary::builtin().unwrap();
        LangLexicon::compile(en, sources, &[], &vocabulary)
            .err()
            .map(|e| e.to_string())
    }

    const HEAD: &str = "pattern\ttype\tmode\tcontext\tvoice\tcameo\tweight\n";

    #[test]
    fn the_custodial_acts_are_data_and_checked() {
        let lexicon = Lexicon::builtin(&Languages::builtin().unwrap()).unwrap();
        assert!(lexicon.custodial(EventType::Coerce, "arrest", &[]));
        assert!(lexicon.custodial(EventType::Retreat, "release", &[]));
        // A mode of another type, or an act anyone may do, is not custodial.
        assert!(!lexicon.custodial(EventType::Retreat, "arrest", &[]));
        assert!(!lexicon.custodial(EventType::Coerce, "seize", &[]));
        assert!(!lexicon.custodial(EventType::Retreat, "withdraw", &[]));
        // A targeted killing is custodial only as a sentence carried out (legal context).
        let legal = ["legal".to_string()];
        assert!(lexicon.custodial(EventType::Assault, "targeted", &legal));
        assert!(!lexicon.custodial(EventType::Assault, "targeted", &[]));
        // A conviction is the courts' act; an arrest names no sector.
        assert_eq!(
            lexicon.custodian_sector(EventType::Sanction, "convict", &[]),
            Some(Sector::JUD)
        );
        assert_eq!(
            lexicon.custodian_sector(EventType::Coerce, "arrest", &[]),
            None
        );
        // An execution carries out a court's sentence; an assassination has no custodian.
        assert_eq!(
            lexicon.custodian_sector(EventType::Assault, "targeted", &legal),
            Some(Sector::JUD)
        );
        assert_eq!(
            lexicon.custodian_sector(EventType::Assault, "targeted", &[]),
            None
        );
        let vocabulary = Vocabulary::builtin().unwrap();
        let err = |rows: &str| {
            parse_custody(
                "events/custody.tsv",
                &format!("# c\ntype\tmode\n{rows}"),
                &vocabulary,
            )
            .err()
            .map(|e| e.to_string())
        };
        assert_eq!(err("COERCE\tarrest\nRETREAT\trelease\n"), None);
        for (rows, want) in [
            ("COERCE\tarrest\nCOERCE\tlecture\n", "custody.tsv:4:"),
            (
                "COERCE\tlecture\n",
                "mode \"lecture\" is not a mode of COERCE",
            ),
            ("RETREAT\tarrest\n", "not a mode of RETREAT"),
            ("ARREST\tarrest\n", "custody.tsv:3:"),
            ("COERCE\n", "expected type, mode"),
            ("ASSAULT\ttargeted\tcourtroom\n", "unknown context"),
            ("SANCTION\tconvict\t\tBENCH\n", "custody.tsv:3:"),
            ("COERCE\t\n", "no mode"),
            ("COERCE\tarrest\nCOERCE\tarrest\n", "listed twice"),
        ] {
            let e = err(rows).unwrap_or_else(|| panic!("{rows:?} loaded"));
            assert!(
                e.contains(want) && e.contains("events/custody.tsv"),
                "{rows:?}: {e}"
            );
        }
    }

    #[test]
    fn a_well_formed_file_loads() {
        let ok = format!(
            "{HEAD}# a comment\naccus*\tACCUSE\tallege\tmilitary,legal\tactive\t112\t0.9\n\
             visited\tCONSULT\tvisit\t\tactive\t\t0.8\n"
        );
        assert_eq!(load_error(&ok), None);
    }

    #[test]
    fn bad_rows_fail_with_their_file_line_and_reason() {
        let cases = [
            (
                "met\tCONSULT\tdemo\t\tactive\t\t0.8",
                "mode \"demo\" is not a mode of CONSULT",
            ),
            (
                "met\tCONSULT\t\tpeace\tactive\t\t0.8",
                "unknown context \"peace\"",
            ),
            (
                "met\tCONSULT\t\t\tactive\t04\t0.8",
                "cameo \"04\" is not 3 or 4 digits",
            ),
            (
                "met\tCONSULT\t\t\tactive\t\t1.5",
                "weight 1.5 not in [0, 1]",
            ),
            ("Met\tCONSULT\t\t\tactive\t\t0.8", "is not lower case"),
            (
                "met ..\tCONSULT\t\t\tactive\t\t0.8",
                "starts or ends with a gap",
            ),
            (
                "me*t\tCONSULT\t\t\tactive\t\t0.8",
                "only at the end of a word",
            ),
            ("met  with\tCONSULT\t\t\tactive\t\t0.8", "stray spaces"),
            (
                "met\tCONSULT\t\t\tactive\t\t0.8\tobject\textra",
                "9 columns",
            ),
            ("met\tMEET\t\t\tactive\t\t0.8", "unknown PLOVER event type"),
        ];
        for (row, why) in cases {
            let err = load_error(&format!("{HEAD}talks\tCONSULT\t\t\trecip\t\t0.8\n{row}\n"))
                .unwrap_or_else(|| panic!("{row:?} loaded"));
            // Line 3: the header is line 1.
            assert!(
                err.starts_with("lexicon/en/events.tsv:3: ") && err.contains(why),
                "{row:?}: {err}"
            );
        }
    }

    #[test]
    fn a_pattern_twice_and_a_wrong_header_fail() {
        let twice = format!("{HEAD}met\tCONSULT\t\t\trecip\t\t0.8\nmet\tAGREE\t\t\trecip\t\t0.8\n");
        assert_eq!(
            load_error(&twice).as_deref(),
            Some("lexicon/en/events.tsv:3: pattern \"met\" again (first on line 2)")
        );
        let header = "pattern\ttype\tmode\n";
        assert!(load_error(header)
            .unwrap()
            .starts_with("lexicon/en/events.tsv:1: header"));
    }
}
