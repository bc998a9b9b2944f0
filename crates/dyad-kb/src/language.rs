//! The languages dyad reads, loaded from `data/lang/<code>/language.toml` (format in
//! `data/lang/README.md`): how each is identified, how its words are glued together, its
//! function words and its grammar markers. Nothing here names a language: the set of languages
//! is the set of data folders.
//!
//! Every word list is folded with the one normaliser ([`crate::fold_str`]) as it is loaded, so
//! the lists compare directly with folded text.

use crate::data::{files_under, tsv_rows};
use crate::phrase::{Affixes, Compounds};
use crate::script::{fold_str, scripts};
use crate::KbError;
use dyad_core::{Lang, Script};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// Where subject and object stand around the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOrder {
    Svo,
    Vso,
    Sov,
}

/// What an adposition or case ending makes of the actor beside it (see `data/lang/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// The doer: the by-phrase of a passive, an ergative subject.
    Agent,
    /// An object marker (Persian را, Urdu کو, Turkish -ı).
    Object,
    With,
    To,
    Against,
    On,
    From,
    Of,
    About,
    For,
    /// A place or setting ("in Moscow"): never an actor.
    In,
    Between,
}

impl Case {
    pub fn as_str(&self) -> &'static str {
        match self {
            Case::Agent => "agent",
            Case::Object => "object",
            Case::With => "with",
            Case::To => "to",
            Case::Against => "against",
            Case::On => "on",
            Case::From => "from",
            Case::Of => "of",
            Case::About => "about",
            Case::For => "for",
            Case::In => "in",
            Case::Between => "between",
        }
    }

    pub fn parse(s: &str) -> Option<Case> {
        Some(match s {
            "agent" => Case::Agent,
            "object" => Case::Object,
            "with" => Case::With,
            "to" => Case::To,
            "against" => Case::Against,
            "on" => Case::On,
            "from" => Case::From,
            "of" => Case::Of,
            "about" => Case::About,
            "for" => Case::For,
            "in" => Case::In,
            "between" => Case::Between,
            _ => return None,
        })
    }
}

/// What a verb's ending says of its act (`[grammar] tense_endings`): the future and the
/// conditional written onto the verb («atacará», «frappera», "saldıracak", «करेगा»), or a
/// negated future ("saldırmayacak").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// The subject's own future act: a promise or threat when the subject is the actor.
    Intent,
    /// A future told of others.
    Future,
    /// A condition or a possibility (the conditional mood).
    Hypothetical,
    /// A negated future.
    Negated,
}

/// One group of verb endings of a tense or mood, with the shortest stem they need and the
/// words that end so but are no such verb form (nouns and names: Turkish "gelecek", the
/// future; Spanish «cancillería»).
#[derive(Debug, Clone)]
pub struct TenseEndings {
    pub aux: Tense,
    /// What the form says in a clause that reports speech, if that differs: the Romance
    /// conditional is there the future of the past ("dijo que atacaría", said it would attack).
    pub reported: Option<Tense>,
    /// Endings as written (lower case, with their accents: «-rá» is the future, «-ra» is not),
    /// longest first.
    pub endings: Vec<String>,
    /// Letters the word must keep before the ending.
    pub stem_min: usize,
    /// Words (folded) that end so and are no such verb form.
    pub not: HashSet<String>,
}

/// The tense or mood a word's ending writes onto it (`[grammar] tense_endings`): the first
/// group with an ending the word ends in, after a stem of at least its `stem_min` letters,
/// unless the word is one of the group's exceptions. `word` is as written in the text: the
/// endings keep their accents, which folding drops («atacará» is a future, «atacara» not).
pub fn tense_of<'g>(groups: &'g [TenseEndings], word: &str) -> Option<&'g TenseEndings> {
    if groups.is_empty() {
        return None;
    }
    let lower = word.to_lowercase();
    let letters = lower.chars().count();
    let mut folded: Option<String> = None;
    groups.iter().find(|g| {
        g.endings
            .iter()
            .any(|e| lower.ends_with(e.as_str()) && letters >= e.chars().count() + g.stem_min)
            && !g
                .not
                .contains(folded.get_or_insert_with(|| fold_str(word)).as_str())
    })
}

/// Where a marker stands relative to the actor it marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerPosition {
    /// A preposition: "with Russia".
    Before,
    /// A postposition: "روس کے ساتھ".
    After,
    /// Letters written onto the actor's front: Arabic بموسكو.
    Prefix,
    /// An ending written onto the actor's end: Turkish Moskova'da.
    Suffix,
}

/// One marker: folded words at a position, giving a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub case: Case,
    pub position: MarkerPosition,
    pub word: String,
}

/// What the data says about one language.
#[derive(Debug, Clone)]
pub struct Language {
    pub lang: Lang,
    pub name: String,
    pub script: Script,
    pub order: WordOrder,
    /// A noun's possessor follows it with no marker (Arabic idafa, Persian ezafe): "اجتماع
    /// اللجنة" is "the meeting of the committee".
    pub construct: bool,
    /// Verb-second (German): the finite verb stands second, but a participle, an infinitive or
    /// a separable prefix closes the clause, with the objects and the negation before it ("hat
    /// die Ukraine nicht anerkannt").
    pub verb_second: bool,
    /// Verb-second: the words that may open a subject standing in the first place, before the
    /// finite verb (the nominative articles and pronouns: "der", "die", "ein", "er"). A first
    /// place opened by another closed-class word (a preposition, an object's article, an
    /// adverb: "Am Montag", "Den Botschafter", "Daraufhin") holds no subject: it follows the
    /// finite verb.
    pub first_place_subject: HashSet<String>,
    /// Verb-second: the finite auxiliaries and modals ("hat", "wurde", "soll"). With one in the
    /// first place's stretch, the trigger is the clause-final participle or infinitive, not
    /// the finite verb in second place.
    pub finite_auxiliaries: HashSet<String>,
    /// Verb-second: the separable particles that close a main clause ("wies … zurück", "traf
    /// … ein", "griff … an"), also written as prepositions or articles. A verb trigger ending
    /// in one is read only where it closes the clause: before punctuation, the sentence's end
    /// or a word of `particle_followers` — not before a phrase ("traf in Charkiw ein
    /// Wohnhaus": a missile hit a house, "ein" is its article).
    pub separable_particles: HashSet<String>,
    /// Verb-second: the words that may follow a clause-closing particle ("und", "oder", "als").
    pub particle_followers: HashSet<String>,
    /// Verb-second: separable particles that are also prepositions ("rief … zu einer Waffenruhe
    /// auf", "sagte der Ukraine Panzer zu"). A verb pattern reaches one across a long gap `...`
    /// only where it closes the clause, as a `separable_particles` word always must; with a
    /// short gap `..` it is read as the preposition it also is ("drohte .. mit").
    pub separable_prepositions: HashSet<String>,
    /// A finite verb needs no subject of its own (its ending or the context tells who acts:
    /// Arabic, Persian, Turkish, Spanish, Chinese, Russian in the past tense): a clause with
    /// none continues the subject of the sentences before it.
    pub pro_drop: bool,
    /// A verb's complement clause follows the verb, with or without a complementiser, though
    /// the verb ends its own clause (Persian «از اتحادیه اروپا خواست این اقدام را محکوم کنند»,
    /// asked the EU to condemn the act; Pashto «… وغوښتل چې …»). Not Turkish or Bengali, whose
    /// complement (a verbal noun, «ihlal etmekle», «বলে») stands before the verb.
    pub complement_after: bool,
    /// A verb-final language that may put its subject after the verb, closing the sentence
    /// (Bengali news: "…নিন্দা জানিয়েছে বাংলাদেশ", Bangladesh condemned …): a clause with no
    /// subject before its verb takes the unmarked phrase that ends it.
    pub postposed_subject: bool,
    /// A comma sets off the subject that opens a sentence (Turkish orthography puts one after
    /// a subject that would otherwise read as the first of a list): "Türkiye, İsrail ve İran'ı
    /// kınadı" is Turkey condemning Israel and Iran, not a list of three.
    pub subject_comma: bool,
    /// Tense, mood and negation are written onto the verb ("görüşecek", "görüşmedi",
    /// "سيزور", "نشناخت", "rencontrera"): a cue word inside an event's trigger is the verb's
    /// own form, not a word of the construction ("deny entry", "warned .. would retaliate").
    pub tense_on_verb: bool,
    /// Endings of the adverbial participle that adds a second act to a clause after a comma
    /// ("…, killing three soldiers", «…, убив», "…, matando"): it has no subject of its own, the
    /// clause's subject does it.
    pub converb_endings: Vec<String>,
    /// Beginnings a converb's word must also have, where the language declares any: Arabic's
    /// circumstantial participle (ḥāl) of a derived verb is written with «م» before and the
    /// accusative ending after («…، متهماً إياها»), where a finite verb after a comma
    /// ending so («اتفقا») has a subject of its own.
    pub converb_prefixes: Vec<String>,
    /// Participles of light verbs whose subject is the genitive before them, standing before
    /// an event noun they make a relative clause of: Turkish "İsrail'in Gazze'ye düzenlediği
    /// saldırı" (the attack Israel carried out on Gaza), Uzbek "Isroilning G'azoga uyushtirgan
    /// hujumi". The genitive is the act's doer, not its noun's possessor.
    pub doer_participles: Vec<String>,
    /// Postpositions of topic after an event noun (Turkish "ateşkes konusunda", Uzbek "o't
    /// ochish bo'yicha": about a truce): the noun names what was talked about, asked or agreed
    /// on, not an act that happened, unless a doer of its own is named with it. (Only words
    /// that mean nothing else: Hindi "को लेकर" is also "carrying".)
    pub topic_postpositions: Vec<String>,
    /// Endings of the participles and verbal nouns whose subject stands in the genitive
    /// (Turkish -DIK: "Türkiye'nin kınadığı saldırı", the attack Turkey condemned; "Ukrayna'nın
    /// Moskova'ya saldırdığını", that Ukraine attacked Moscow): a verb trigger so ending has
    /// the genitive before it as its subject, not the sentence's subject.
    pub genitive_subject_endings: Vec<String>,
    /// Case endings of a noun that carries no possessive suffix, in a language whose possessed
    /// noun must carry one (Turkish "toplantıya", to the meeting, against "toplantısına", to
    /// its meeting): a noun so ending has no possessor, and the name before it is no owner
    /// of the act ("Katar toplantıya katıldı": Qatar attended the meeting).
    pub unpossessed_endings: Vec<String>,
    /// Endings of a past participle that stands for a finite verb before a conjunction or a
    /// comma, its auxiliary left to the last verb of the coordination (Persian «… هدف قرار
    /// داده و … متهم کرده بود»: both acts pluperfect): it takes that verb's tense.
    pub conjunct_participle: Vec<String>,
    /// Every noun is written with a capital (German): a lone capitalised word after a title is
    /// no evidence of a name ("der Minister Gespräche…"), two are.
    pub nouns_capitalised: bool,
    /// Particles that close a modifier standing before its noun, between a preposition and
    /// the noun it governs (Chinese 的: "同来访的俄罗斯总统普京", with the visiting Russian
    /// president Putin).
    pub modifier_close: Vec<String>,
    /// Letters that point to this language within its script, the share of letters they must
    /// reach, and the order in which languages of one script are tried.
    pub marker_letters: Vec<char>,
    pub marker_share: f32,
    /// Letters of its script the language never writes: a text with them is another language
    /// of the same letters (Azerbaijani ə beside the ı ğ it shares with Turkish).
    pub marker_not_letters: Vec<char>,
    /// Its marker letters are not counted in capitalised words: names carry them into other
    /// languages' text (Turkish "Erdoğan", "Yıldırım" in an English report).
    pub marker_skip_names: bool,
    pub rank: i32,
    /// The language of its script when nothing points elsewhere.
    pub script_default: bool,
    /// Frequent function words for the fast vote among languages of one script.
    pub vote_words: Vec<String>,
    pub affixes: Affixes,
    /// Letters a one-word name may drop before taking any ending, and the shortest stem.
    pub stem_strip: Vec<char>,
    pub stem_min: usize,
    /// Case endings a one-word name too short to stem takes as whole forms (Russian «Киев» →
    /// «Киеве», «Киева»): a stem of three or four letters with any ending would be a prefix of
    /// too many other words.
    pub short_endings: Vec<String>,
    /// Final letters of the names that do not decline («Баку», «Сочи»): given no short endings.
    pub indeclinable_ends: Vec<char>,
    pub words: Words,
    /// Clitics after a possessor ("'s").
    pub possessive: Vec<String>,
    /// Vowel marks that make a verb passive when written on its first letter (Arabic damma:
    /// قُتل "was killed", أُصيب "was wounded"), unfolded, and the first letters on which they
    /// do not (imperfect prefixes: يُعلن "announces" is active).
    pub passive_marks: Vec<char>,
    pub passive_not_on: Vec<char>,
    /// Words of count (folded) that, right after an unvowelled perfect verb opening its
    /// sentence, make the verb a passive (Arabic «قتل خمسة فلسطينيين», five Palestinians were
    /// killed: an active verb there would have its subject, not a number, after it).
    pub passive_counted: Vec<String>,
    /// Endings that write a verb's subject on it (Arabic اعتقلت "she arrested", قتلوا "they
    /// killed"), folded: such a form has its subject and is no passive by a count after it.
    pub verb_subject_endings: Vec<String>,
    /// Conjunctions written onto a verb (Arabic و, ف: وقتل "and killed"), folded.
    pub verb_conjunctions: Vec<String>,
    /// Auxiliaries that make a verb passive (`[grammar] passive`).
    pub passive: Passive,
    pub markers: Vec<Marker>,
    /// The endings that show a case on a declined place name (folded), for a preposition that
    /// gives more than one case: Russian в + accusative "в Москву" is `to`, в + prepositional
    /// "в Москве" is `in`.
    pub case_endings: Vec<(Case, Vec<String>)>,
    /// The verb endings of a tense or mood (`[grammar] tense_endings`), in the order given:
    /// the first group whose ending fits a word says what it is.
    pub tense_endings: Vec<TenseEndings>,
}

/// The auxiliaries that make the verb beside them passive, folded: English "was" in "was
/// arrested", French «été» in «a été frappé», German "wurde" in "wurde … festgenommen",
/// Chinese 被 in "被警方逮捕".
#[derive(Debug, Clone, Default)]
pub struct Passive {
    /// Words standing before the verb.
    pub before: Vec<String>,
    /// How many words may stand between such a word and the verb ("was reportedly arrested");
    /// in a verb-second language the participle closes the clause, so any number may, short
    /// of a comma ("wurde am Montag in Berlin festgenommen").
    pub reach: usize,
    /// Words that may not stand between, since with them the auxiliary governs something else
    /// ("was to attack", «fue a reunirse»: went to meet).
    pub not_between: Vec<String>,
    /// Endings of the adverbs that may stand between ("reportedly", «violemment»); the
    /// language's function words may too ("also", "not"), no other word ("have been vocal
    /// critics" is no passive).
    pub adverb_endings: Vec<String>,
    /// Words standing right after the verb (a subordinate clause's "festgenommen wurde").
    pub after: Vec<String>,
    /// Endings of a verb form that stays active after such a word ("was attacking").
    pub active_endings: Vec<String>,
    /// The one acted on may stand after the passive verb when no phrase stands before it in
    /// its clause: Spanish «Fue detenido en Moscú el periodista …» (the subject of a passive
    /// follows its verb as freely as it precedes it).
    pub subject_after: bool,
    /// A participle written as a passive pattern with no auxiliary before it modifies the noun
    /// right before it (French «deux hommes accusés d'espionnage», Spanish «un hombre condenado
    /// por asesinato»): the one acted on is that noun, never the subject of the clause's own
    /// verb («Les talibans ont exécuté un homme condamné pour meurtre»). The words listed may
    /// stand between the noun and the participle besides the passive auxiliaries, adverbs and
    /// commas (a copula, a relative pronoun: «Navalny, qui est accusé de»); empty: the
    /// language does not read its participles so.
    pub attributive: Vec<String>,
}

/// The function-word lists of a language, folded.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub function: HashSet<String>,
    pub conjunctions: HashSet<String>,
    /// What alone stands between two actor names that qualify one noun together as a pair
    /// (Arabic nisba adjectives side by side, each with its article: "اللجنة الروسية
    /// الباكستانية", the Russian-Pakistani committee). A hyphen does this in every script.
    pub pair_joiners: HashSet<String>,
    /// An article written onto an adjective that agrees with a definite noun (Arabic ال: «الجيش
    /// المصري», the Egyptian army): between a role word and a demonym, it joins them.
    pub glued_articles: HashSet<String>,
    /// The ending of a noun and its adjectives in the object case, where only it is read (the
    /// Arabic indefinite accusative «ـا»: «صحفيا أمريكيا»): such a word never continues a
    /// phrase that lacks it (entities/chunk.rs). Not a case marker of the roles: a name may
    /// end in the same letter.
    pub object_endings: HashSet<String>,
    pub articles: HashSet<String>,
    pub pronouns: HashSet<String>,
    /// Pronouns that refer back to a state or an organisation ("it", "they", «они»), never
    /// to a single person.
    pub group_pronouns: HashSet<String>,
    /// Stems of the word for an official's counterpart ("counterpart", «نظير», «коллег»,
    /// "mevkidaş"): "X and his counterpart Y" are two sides of one act.
    pub counterparts: Vec<String>,
    /// Phrases that stand as a subject for the two parties told just before ("both sides",
    /// "the two countries", «стороны», «الجانبان», «双方»), folded.
    pub reciprocal: Vec<String>,
    pub possessive_pronouns: HashSet<String>,
    pub definite: HashSet<String>,
    pub clause: Vec<String>,
    pub relative: Vec<String>,
    /// Relative pronouns whose form makes them their clause's object ("whom", «que»,
    /// «которых»): the phrase before them is what the clause's verb acts on.
    pub relative_object: Vec<String>,
    pub complementisers: Vec<String>,
    /// Quotatives: words that close reported speech right before its say-verb, the speech
    /// standing before them (Bengali «… গুলি চালিয়েছে বলে অভিযোগ করেছে»), folded.
    pub quotatives: Vec<String>,
    pub apposition: Vec<String>,
    pub place_nouns: Vec<String>,
    pub ambiguous_names: HashSet<String>,
    /// Clipped forms of a country's name used only beside another country's name, in a
    /// compound of two countries (Urdu «پاک روس», Hindi «भारत-पाक»), and common words elsewhere.
    pub compound_names: HashSet<String>,
    /// Words that close an agency dateline written without spaces (Chinese 电).
    pub dateline: Vec<String>,
    /// In a script without spaces, the characters that spell foreign names by sound (Chinese
    /// 扎帕罗夫, 别尔德穆哈梅多夫): a name after a title runs on through them, past the two or
    /// three characters of a native name.
    pub name_letters: HashSet<char>,
    /// Words of a first time ("first", «впервые», «لأول», "首次"): a clause that says its act is
    /// the first since a date ("the first visit since 2019") is not dated by that bound.
    pub first: Vec<String>,
    /// Words that set what a characterising verb calls something ("as", "als", "olarak",
    /// «как», «به عنوان», "के रूप में"): a hostile act's noun right beside one is the judgement
    /// ("described the detention as a coup attempt"), not an act.
    pub called_as: Vec<String>,
    /// Demonstratives ("this", "cette", "این", "该"): before an event noun they point back to
    /// an event already told ("this attack"), which is not a new one.
    pub demonstratives: Vec<String>,
    /// Prepositions that set a circumstance (time, cause, reaction: "after", «au lendemain
    /// de», "tras", "als Reaktion auf", «в ответ на»): an event noun governed by one is the
    /// background of the clause, not an act of its subject ("resigned after protests").
    pub circumstance: Vec<String>,
    /// The same written after the noun, in languages with postpositions («کے بعد», "ardından",
    /// «के बाद», "dan keyin"): the words right after an event noun.
    pub circumstance_after: Vec<String>,
    /// Prepositions and subordinators that place the clause's act after or before another
    /// act ("after", "following", "ahead of", «после того, как», «پس از», "tras", "après"): a
    /// time inside the phrase one opens ("after Saturday's attack", «بعد هجوم السبت») dates
    /// that other act, never the clause around the phrase.
    pub sequence: Vec<String>,
    /// The same written after the phrase, in languages with postpositions («के बाद», «کے بعد»),
    /// with the participles that join a time to the noun after it (`sequence_linkers`: «मंगलवार
    /// को हुए हमले के बाद», «منگل کو ہونے والے حملے کے بعد»): only a time so joined is the
    /// phrase's (the time of "India on Tuesday, after the attack, …" stands before its agent).
    pub sequence_after: Vec<String>,
    pub sequence_linkers: Vec<String>,
    /// Nouns of a step one party takes that are no event of their own ("decision", "move",
    /// "rhetoric", «решение», «اقدام», "karar", "决定"): what a reaction may have as its
    /// object, whose doer is the reaction's target ("criticised India's decision").
    pub acts: Vec<String>,
    /// Nouns of the trade, traffic and media a state opens or shuts for everyone, no party
    /// ("banned wheat exports", "closed the border crossing", "blocked the social network"):
    /// as its object they make a sanction or a coercion complete without a recipient
    /// (data/events/frames.tsv's `alone`: `measured`).
    pub measured: Vec<String>,
    /// Nouns of an agreement or a truce ("welcomed the agreement", «رحّب باتفاق وقف إطلاق
    /// النار»): as its object, with the steps of `acts`, they make a support complete without
    /// a recipient (frames.tsv's `alone`: `acts`).
    pub accords: Vec<String>,
    /// Object pronouns of a person that stand right after their verb ("him", "her"): the
    /// verb's recipient is the person named last before them who is not the clause's subject.
    pub object_pronouns: HashSet<String>,
    /// Object pronouns of a state or an organisation that stand right after their verb ("it",
    /// "them"): the state or body named last who is not the clause's subject.
    pub group_object_pronouns: HashSet<String>,
    /// Object clitics written before the finite verb or its auxiliary (Spanish «le», «lo»,
    /// «les»; French «l'», «lui», «leur»): the actor named last who is not the subject.
    pub object_clitics: HashSet<String>,
    /// Words after the verb's object that open a phrase modifying it, not a complement of the
    /// verb: a participle of a reduced relative ("accused of", «acusados de», «обвиняемых в»)
    /// or a preposition of purpose ("for", «para»). An actor past one is no target the
    /// verb's nearest-actor fallback may take ("arrested two men accused of spying for Iran").
    pub not_object: Vec<String>,
    /// Words that attach a group's leader to the group named before them ("a delegation led
    /// by …", «делегация … во главе с …»): an unknown leader is of the group's country.
    pub led_by: Vec<String>,
    /// Words right before a people's name that make it an ethnic group, not the nationals of
    /// the state of that name ("ethnic Albanians" demonstrating in Serbia, «этнические
    /// армяне» of Karabakh): such a group is of the country where it acts, as a local role is.
    pub ethnic: Vec<String>,
}

/// A language the identifier can name, coded by dyad or not.
#[derive(Debug, Clone)]
pub struct KnownLanguage {
    pub lang: Lang,
    pub name: String,
}

/// A language the trigram identifier cannot report, named by its own letters and function
/// words (`data/lang/identify_more.tsv`). Never coded: it is only labelled.
#[derive(Debug, Clone)]
pub struct NamedLanguage {
    pub lang: Lang,
    pub name: String,
    pub script: Script,
    /// Letters that point to it within its script, the share they must reach, and how many of
    /// them at least (one such letter in a short text may be a name's spelling: French "Israël").
    pub marker_letters: Vec<char>,
    pub marker_share: f32,
    pub marker_fewest: usize,
    /// Function words (folded), counted only when the trigram model is unsure.
    pub words: Vec<String>,
}

/// Every language with data, and every language the identifier can name.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    langs: Vec<Language>,
    by_lang: HashMap<Lang, usize>,
    /// whatlang's code (ISO 639-3) → the language it means.
    identifier: HashMap<String, KnownLanguage>,
    /// Languages named by their letters and words alone.
    named: Vec<NamedLanguage>,
    /// Languages also written in a second script, read by transliteration.
    written: Vec<crate::written::Written>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: String,
    name: String,
    script: String,
    #[serde(default)]
    identify: FileIdentify,
    #[serde(default)]
    affixes: FileAffixes,
    #[serde(default)]
    compounds: Option<FileCompounds>,
    #[serde(default)]
    words: FileWords,
    grammar: FileGrammar,
}

/// `[compounds]`: how the language writes nouns together as one word (see phrase.rs's
/// `Compounds`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileCompounds {
    min_modifier: usize,
    min_head: usize,
    linking: Vec<String>,
    #[serde(default)]
    not_modifiers: Vec<String>,
    #[serde(default)]
    bound_prefixes: Vec<String>,
    #[serde(default)]
    not_heads: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileIdentify {
    #[serde(default)]
    letters: String,
    #[serde(default)]
    share: f32,
    #[serde(default)]
    not_letters: String,
    #[serde(default)]
    skip_names: bool,
    #[serde(default)]
    rank: i32,
    #[serde(default)]
    default: bool,
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileAffixes {
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    short_prefix_min: usize,
    #[serde(default)]
    sure_prefixes: Vec<String>,
    #[serde(default)]
    suffixes: Vec<String>,
    #[serde(default)]
    stem_strip: String,
    #[serde(default = "default_stem_min")]
    stem_min: usize,
    #[serde(default)]
    short_endings: Vec<String>,
    #[serde(default)]
    indeclinable_ends: String,
    /// A preposition written together with an article → the preposition («al» = «a»).
    #[serde(default)]
    contractions: std::collections::BTreeMap<String, String>,
    /// The endings of a verb's infinitive, for the pattern word `<inf>`.
    #[serde(default)]
    infinitives: Vec<String>,
    /// Object pronouns written onto an infinitive's end.
    #[serde(default)]
    enclitics: Vec<String>,
}

fn default_stem_min() -> usize {
    4
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileWords {
    #[serde(default)]
    function: Vec<String>,
    #[serde(default)]
    conjunctions: Vec<String>,
    #[serde(default)]
    pair_joiners: Vec<String>,
    #[serde(default)]
    glued_articles: Vec<String>,
    #[serde(default)]
    object_endings: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    group_pronouns: Vec<String>,
    #[serde(default)]
    counterparts: Vec<String>,
    #[serde(default)]
    reciprocal: Vec<String>,
    #[serde(default)]
    possessive_pronouns: Vec<String>,
    #[serde(default)]
    definite: Vec<String>,
    #[serde(default)]
    clause: Vec<String>,
    #[serde(default)]
    relative: Vec<String>,
    #[serde(default)]
    relative_object: Vec<String>,
    #[serde(default)]
    complementisers: Vec<String>,
    #[serde(default)]
    quotatives: Vec<String>,
    #[serde(default)]
    apposition: Vec<String>,
    #[serde(default)]
    place_nouns: Vec<String>,
    #[serde(default)]
    ambiguous_names: Vec<String>,
    #[serde(default)]
    compound_names: Vec<String>,
    #[serde(default)]
    dateline: Vec<String>,
    #[serde(default)]
    name_letters: String,
    #[serde(default)]
    first: Vec<String>,
    #[serde(default)]
    called_as: Vec<String>,
    #[serde(default)]
    demonstratives: Vec<String>,
    #[serde(default)]
    circumstance: Vec<String>,
    #[serde(default)]
    circumstance_after: Vec<String>,
    #[serde(default)]
    sequence: Vec<String>,
    #[serde(default)]
    sequence_after: Vec<String>,
    #[serde(default)]
    sequence_linkers: Vec<String>,
    #[serde(default)]
    acts: Vec<String>,
    #[serde(default)]
    measured: Vec<String>,
    #[serde(default)]
    accords: Vec<String>,
    #[serde(default)]
    quantity: Vec<String>,
    #[serde(default)]
    object_pronouns: Vec<String>,
    #[serde(default)]
    group_object_pronouns: Vec<String>,
    #[serde(default)]
    object_clitics: Vec<String>,
    #[serde(default)]
    not_object: Vec<String>,
    #[serde(default)]
    led_by: Vec<String>,
    #[serde(default)]
    ethnic: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileGrammar {
    order: WordOrder,
    #[serde(default)]
    construct: bool,
    #[serde(default)]
    verb_second: bool,
    #[serde(default)]
    first_place_subject: Vec<String>,
    #[serde(default)]
    finite_auxiliaries: Vec<String>,
    #[serde(default)]
    separable_particles: Vec<String>,
    #[serde(default)]
    particle_followers: Vec<String>,
    #[serde(default)]
    separable_prepositions: Vec<String>,
    #[serde(default)]
    pro_drop: bool,
    #[serde(default)]
    complement_after: bool,
    #[serde(default)]
    postposed_subject: bool,
    #[serde(default)]
    subject_comma: bool,
    #[serde(default)]
    tense_on_verb: bool,
    #[serde(default)]
    converb_endings: Vec<String>,
    #[serde(default)]
    converb_prefixes: Vec<String>,
    #[serde(default)]
    doer_participles: Vec<String>,
    #[serde(default)]
    topic_postpositions: Vec<String>,
    #[serde(default)]
    genitive_subject_endings: Vec<String>,
    #[serde(default)]
    unpossessed_endings: Vec<String>,
    #[serde(default)]
    conjunct_participle: Vec<String>,
    #[serde(default)]
    nouns_capitalised: bool,
    #[serde(default)]
    modifier_close: Vec<String>,
    #[serde(default)]
    possessive: Vec<String>,
    #[serde(default)]
    passive_marks: String,
    #[serde(default)]
    passive_not_on: String,
    #[serde(default)]
    passive_counted: Vec<String>,
    #[serde(default)]
    verb_subject_endings: Vec<String>,
    #[serde(default)]
    verb_conjunctions: Vec<String>,
    #[serde(default)]
    passive: FilePassive,
    #[serde(default)]
    markers: Vec<FileMarker>,
    #[serde(default)]
    endings: Vec<FileEndings>,
    #[serde(default)]
    tense_endings: Vec<FileTense>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTense {
    aux: Tense,
    #[serde(default)]
    reported: Option<Tense>,
    endings: Vec<String>,
    #[serde(default = "default_tense_stem")]
    stem_min: usize,
    #[serde(default)]
    not: Vec<String>,
}

fn default_tense_stem() -> usize {
    3
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FilePassive {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    reach: usize,
    #[serde(default)]
    not_between: Vec<String>,
    #[serde(default)]
    adverb_endings: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    active_endings: Vec<String>,
    #[serde(default)]
    subject_after: bool,
    #[serde(default)]
    attributive: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEndings {
    case: Case,
    endings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileMarker {
    case: Case,
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    prefix: Vec<String>,
    #[serde(default)]
    suffix: Vec<String>,
}

/// Folds every entry; an entry that folds to nothing is a data error.
fn fold_list(file: &str, key: &str, words: &[String]) -> Result<Vec<String>, KbError> {
    words
        .iter()
        .map(|w| {
            let f = fold_str(w).split_whitespace().collect::<Vec<_>>().join(" ");
            // A list entry may be punctuation (`; `, `, with`): keep a trailing space.
            let f = if f.is_empty() && !w.is_empty() {
                w.to_string()
            } else if w.ends_with(' ') {
                format!("{f} ")
            } else {
                f
            };
            if f.trim().is_empty() {
                Err(KbError::new(file, 0, format!("{key}: empty entry {w:?}")))
            } else {
                Ok(f)
            }
        })
        .collect()
}

fn fold_set(file: &str, key: &str, words: &[String]) -> Result<HashSet<String>, KbError> {
    Ok(fold_list(file, key, words)?.into_iter().collect())
}

/// The 1-based line of the first occurrence of `needle` in `contents` (0 if absent).
fn line_of(contents: &str, needle: &str) -> usize {
    contents
        .find(needle)
        .map_or(0, |i| contents[..i].matches('\n').count() + 1)
}

impl Language {
    fn from_toml(path: &str, folder: &str, contents: &str) -> Result<Language, KbError> {
        let f: File = toml::from_str(contents).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| contents[..s.start].matches('\n').count() + 1);
            KbError::new(path, line, e.message().to_string())
        })?;
        let at = |needle: &str, m: String| KbError::new(path, line_of(contents, needle), m);
        let lang = Lang::new(&f.code)
            .ok_or_else(|| at("code", format!("{:?} is not an ISO 639 code", f.code)))?;
        if lang.code() != folder {
            return Err(at(
                "code",
                format!("code {:?} does not match its folder {folder:?}", f.code),
            ));
        }
        let script = Script::new(&f.script)
            .filter(|s| scripts().iter().any(|i| i.code == s.code()))
            .ok_or_else(|| {
                at(
                    "script",
                    format!("script {:?} has no file in data/script/", f.script),
                )
            })?;
        let mut markers = Vec::new();
        for m in &f.grammar.markers {
            for (pos, words) in [
                (MarkerPosition::Before, &m.before),
                (MarkerPosition::After, &m.after),
                (MarkerPosition::Prefix, &m.prefix),
                (MarkerPosition::Suffix, &m.suffix),
            ] {
                for w in fold_list(path, "grammar.markers", words)? {
                    markers.push(Marker {
                        case: m.case,
                        position: pos,
                        word: w,
                    });
                }
            }
        }
        let mut case_endings: Vec<(Case, Vec<String>)> = Vec::new();
        for e in &f.grammar.endings {
            if case_endings.iter().any(|(c, _)| *c == e.case) {
                return Err(at(
                    "endings",
                    format!("grammar.endings: case {:?} listed twice", e.case.as_str()),
                ));
            }
            case_endings.push((e.case, fold_list(path, "grammar.endings", &e.endings)?));
        }
        let mut tense_endings = Vec::new();
        for t in &f.grammar.tense_endings {
            let mut endings = Vec::with_capacity(t.endings.len());
            for e in &t.endings {
                let e = e.trim().to_lowercase();
                if e.is_empty() || e.contains(char::is_whitespace) {
                    return Err(at(
                        "tense_endings",
                        format!("grammar.tense_endings: ending {e:?} is empty or not one word"),
                    ));
                }
                endings.push(e);
            }
            if endings.is_empty() {
                return Err(at(
                    "tense_endings",
                    "grammar.tense_endings: a group with no endings".to_string(),
                ));
            }
            endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
            tense_endings.push(TenseEndings {
                aux: t.aux,
                reported: t.reported,
                endings,
                stem_min: t.stem_min,
                not: fold_set(path, "grammar.tense_endings.not", &t.not)?,
            });
        }
        let w = &f.words;
        let words = Words {
            function: fold_set(path, "words.function", &w.function)?,
            conjunctions: fold_set(path, "words.conjunctions", &w.conjunctions)?,
            pair_joiners: fold_set(path, "words.pair_joiners", &w.pair_joiners)?,
            glued_articles: fold_set(path, "words.glued_articles", &w.glued_articles)?,
            object_endings: fold_set(path, "words.object_endings", &w.object_endings)?,
            articles: fold_set(path, "words.articles", &w.articles)?,
            pronouns: fold_set(path, "words.pronouns", &w.pronouns)?,
            group_pronouns: fold_set(path, "words.group_pronouns", &w.group_pronouns)?,
            counterparts: fold_list(path, "words.counterparts", &w.counterparts)?,
            reciprocal: fold_list(path, "words.reciprocal", &w.reciprocal)?,
            possessive_pronouns: fold_set(
                path,
                "words.possessive_pronouns",
                &w.possessive_pronouns,
            )?,
            definite: fold_set(path, "words.definite", &w.definite)?,
            clause: fold_list(path, "words.clause", &w.clause)?,
            relative: fold_list(path, "words.relative", &w.relative)?,
            relative_object: fold_list(path, "words.relative_object", &w.relative_object)?,
            complementisers: fold_list(path, "words.complementisers", &w.complementisers)?,
            quotatives: fold_list(path, "words.quotatives", &w.quotatives)?,
            apposition: fold_list(path, "words.apposition", &w.apposition)?,
            place_nouns: fold_list(path, "words.place_nouns", &w.place_nouns)?,
            ambiguous_names: fold_set(path, "words.ambiguous_names", &w.ambiguous_names)?,
            compound_names: fold_set(path, "words.compound_names", &w.compound_names)?,
            dateline: fold_list(path, "words.dateline", &w.dateline)?,
            name_letters: fold_str(&w.name_letters)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            first: fold_list(path, "words.first", &w.first)?,
            called_as: fold_list(path, "words.called_as", &w.called_as)?,
            demonstratives: fold_list(path, "words.demonstratives", &w.demonstratives)?,
            circumstance: fold_list(path, "words.circumstance", &w.circumstance)?,
            circumstance_after: fold_list(path, "words.circumstance_after", &w.circumstance_after)?,
            sequence: fold_list(path, "words.sequence", &w.sequence)?,
            sequence_after: fold_list(path, "words.sequence_after", &w.sequence_after)?,
            sequence_linkers: fold_list(path, "words.sequence_linkers", &w.sequence_linkers)?,
            acts: fold_list(path, "words.acts", &w.acts)?,
            measured: fold_list(path, "words.measured", &w.measured)?,
            accords: fold_list(path, "words.accords", &w.accords)?,
            object_pronouns: fold_set(path, "words.object_pronouns", &w.object_pronouns)?,
            group_object_pronouns: fold_set(
                path,
                "words.group_object_pronouns",
                &w.group_object_pronouns,
            )?,
            object_clitics: fold_set(path, "words.object_clitics", &w.object_clitics)?,
            not_object: fold_list(path, "words.not_object", &w.not_object)?,
            led_by: fold_list(path, "words.led_by", &w.led_by)?,
            ethnic: fold_list(path, "words.ethnic", &w.ethnic)?,
        };
        let a = &f.affixes;
        Ok(Language {
            lang,
            name: f.name,
            script,
            order: f.grammar.order,
            construct: f.grammar.construct,
            verb_second: f.grammar.verb_second,
            first_place_subject: fold_set(
                path,
                "grammar.first_place_subject",
                &f.grammar.first_place_subject,
            )?,
            finite_auxiliaries: fold_set(
                path,
                "grammar.finite_auxiliaries",
                &f.grammar.finite_auxiliaries,
            )?,
            separable_particles: fold_set(
                path,
                "grammar.separable_particles",
                &f.grammar.separable_particles,
            )?,
            particle_followers: fold_set(
                path,
                "grammar.particle_followers",
                &f.grammar.particle_followers,
            )?,
            separable_prepositions: fold_set(
                path,
                "grammar.separable_prepositions",
                &f.grammar.separable_prepositions,
            )?,
            pro_drop: f.grammar.pro_drop,
            complement_after: f.grammar.complement_after,
            postposed_subject: f.grammar.postposed_subject,
            subject_comma: f.grammar.subject_comma,
            tense_on_verb: f.grammar.tense_on_verb,
            converb_endings: fold_list(
                path,
                "grammar.converb_endings",
                &f.grammar.converb_endings,
            )?,
            converb_prefixes: fold_list(
                path,
                "grammar.converb_prefixes",
                &f.grammar.converb_prefixes,
            )?,
            doer_participles: fold_list(
                path,
                "grammar.doer_participles",
                &f.grammar.doer_participles,
            )?,
            topic_postpositions: fold_list(
                path,
                "grammar.topic_postpositions",
                &f.grammar.topic_postpositions,
            )?,
            genitive_subject_endings: fold_list(
                path,
                "grammar.genitive_subject_endings",
                &f.grammar.genitive_subject_endings,
            )?,
            unpossessed_endings: fold_list(
                path,
                "grammar.unpossessed_endings",
                &f.grammar.unpossessed_endings,
            )?,
            conjunct_participle: fold_list(
                path,
                "grammar.conjunct_participle",
                &f.grammar.conjunct_participle,
            )?,
            nouns_capitalised: f.grammar.nouns_capitalised,
            modifier_close: fold_list(path, "grammar.modifier_close", &f.grammar.modifier_close)?,
            marker_letters: f.identify.letters.chars().collect(),
            marker_share: f.identify.share,
            marker_not_letters: f.identify.not_letters.chars().collect(),
            marker_skip_names: f.identify.skip_names,
            rank: f.identify.rank,
            script_default: f.identify.default,
            vote_words: fold_list(path, "identify.words", &f.identify.words)?,
            affixes: Affixes::new(
                fold_list(path, "affixes.prefixes", &a.prefixes)?,
                a.short_prefix_min,
                fold_list(path, "affixes.sure_prefixes", &a.sure_prefixes)?,
                fold_list(path, "affixes.suffixes", &a.suffixes)?,
            )
            .with_gap_free(gap_free(
                fold_list(path, "words.articles", &f.words.articles)?,
                fold_list(path, "words.quantity", &f.words.quantity)?,
            ))
            .with_compounds_of(match &f.compounds {
                None => None,
                Some(c) => Some(Compounds {
                    min_modifier: c.min_modifier,
                    min_head: c.min_head.max(1),
                    linking: fold_list(path, "compounds.linking", &c.linking)?,
                    not_modifiers: fold_list(path, "compounds.not_modifiers", &c.not_modifiers)?,
                    bound_prefixes: fold_list(path, "compounds.bound_prefixes", &c.bound_prefixes)?,
                    not_heads: fold_list(path, "compounds.not_heads", &c.not_heads)?,
                }),
            })
            .with_contractions({
                let mut v = Vec::new();
                for (form, prep) in &a.contractions {
                    let f = fold_list(path, "affixes.contractions", &[form.clone(), prep.clone()])?;
                    v.push((f[0].clone(), f[1].clone()));
                }
                v
            })
            .with_infinitives(
                fold_list(path, "affixes.infinitives", &a.infinitives)?,
                fold_list(path, "affixes.enclitics", &a.enclitics)?,
            ),
            stem_strip: fold_str(&a.stem_strip).chars().collect(),
            stem_min: a.stem_min,
            short_endings: fold_list(path, "affixes.short_endings", &a.short_endings)?,
            indeclinable_ends: fold_str(&a.indeclinable_ends).chars().collect(),
            words,
            possessive: fold_list(path, "grammar.possessive", &f.grammar.possessive)?,
            passive_marks: f.grammar.passive_marks.chars().collect(),
            passive_not_on: f.grammar.passive_not_on.chars().collect(),
            passive_counted: fold_list(
                path,
                "grammar.passive_counted",
                &f.grammar.passive_counted,
            )?,
            verb_subject_endings: fold_list(
                path,
                "grammar.verb_subject_endings",
                &f.grammar.verb_subject_endings,
            )?,
            verb_conjunctions: fold_list(
                path,
                "grammar.verb_conjunctions",
                &f.grammar.verb_conjunctions,
            )?,
            passive: {
                let p = &f.grammar.passive;
                Passive {
                    before: fold_list(path, "grammar.passive.before", &p.before)?,
                    reach: p.reach,
                    not_between: fold_list(path, "grammar.passive.not_between", &p.not_between)?,
                    adverb_endings: fold_list(
                        path,
                        "grammar.passive.adverb_endings",
                        &p.adverb_endings,
                    )?,
                    after: fold_list(path, "grammar.passive.after", &p.after)?,
                    active_endings: fold_list(
                        path,
                        "grammar.passive.active_endings",
                        &p.active_endings,
                    )?,
                    subject_after: p.subject_after,
                    attributive: fold_list(path, "grammar.passive.attributive", &p.attributive)?,
                }
            },
            markers,
            case_endings,
            tense_endings,
        })
    }

    /// The tense or mood a word's ending writes onto it: see [`tense_of`].
    pub fn tense_of(&self, word: &str) -> Option<&TenseEndings> {
        tense_of(&self.tense_endings, word)
    }

    /// The stem a one-word name may decline from ("Исламабад" → "исламабад*" for
    /// "Исламабаде"), as a pattern; `None` when the language declines no names or the name is
    /// not a single word of its script.
    pub fn name_stem(&self, name: &str) -> Option<String> {
        if self.stem_strip.is_empty() {
            return None;
        }
        self.folded_name_stem(&fold_str(name.trim()))
    }

    /// [`Language::name_stem`] of a name already trimmed and folded.
    fn folded_name_stem(&self, n: &str) -> Option<String> {
        if self.stem_strip.is_empty() || n.ends_with('*') || n.contains(' ') {
            return None;
        }
        let len = n.chars().count();
        if len <= self.stem_min || !self.of_script(n) {
            return None;
        }
        let stem = n.trim_end_matches(&self.stem_strip[..]);
        (stem.chars().count() >= self.stem_min).then(|| format!("{stem}*"))
    }

    /// The declined forms of a one-word name too short to stem (already trimmed and folded):
    /// the name with each of the language's short endings, when it ends in a letter no
    /// ending replaces nor the language declares indeclinable (a consonant: «Киев», «Ирак»;
    /// «Баку» does not decline).
    fn folded_short_forms(&self, n: &str) -> Vec<String> {
        if self.short_endings.is_empty() || n.ends_with('*') || n.contains(' ') {
            return Vec::new();
        }
        let len = n.chars().count();
        let declines = n.chars().next_back().is_some_and(|c| {
            c.is_alphabetic()
                && !self.stem_strip.contains(&c)
                && !self.indeclinable_ends.contains(&c)
        });
        if !(3..=self.stem_min).contains(&len) || !declines || !self.of_script(n) {
            return Vec::new();
        }
        self.short_endings
            .iter()
            .map(|e| format!("{n}{e}"))
            .collect()
    }

    /// Are all the letters of a folded name of this language's script (hyphens aside)?
    fn of_script(&self, n: &str) -> bool {
        n.chars()
            .all(|c| c == '-' || crate::script::script_of(c).is_some_and(|s| s == self.script))
    }
}

impl Languages {
    /// Every language under `data/lang/` compiled into the binary.
    pub fn builtin() -> Result<Languages, KbError> {
        let mut out = Languages::default();
        for (path, contents) in files_under("lang/") {
            let mut parts = path.split('/').skip(1);
            match (parts.next(), parts.next(), parts.next()) {
                (Some("identify.tsv"), None, None) => out.load_identifier(path, contents)?,
                (Some("identify_more.tsv"), None, None) => out.load_named(path, contents)?,
                (Some(folder), Some("language.toml"), None) => {
                    out.add(Language::from_toml(path, folder, contents)?)
                }
                // A second script of the language: `<Script>.toml` (ISO 15924).
                (Some(folder), Some(file), None) if file.ends_with(".toml") => {
                    let script = file.trim_end_matches(".toml");
                    out.written.push(crate::written::Written::from_toml(
                        path, folder, script, contents,
                    )?)
                }
                // Generators and the candidate lists they write, for review (not read).
                (Some("README.md"), None, None) | (Some("gen"), _, _) => {}
                _ => {
                    return Err(KbError::new(
                        path,
                        0,
                        "unexpected file: data/lang/ holds identify.tsv, identify_more.tsv, <code>/language.toml and <code>/<Script>.toml",
                    ))
                }
            }
        }
        if let Some(w) = out
            .written
            .iter()
            .find(|w| !out.by_lang.contains_key(&w.lang))
        {
            return Err(KbError::new(
                &format!("lang/{}/{}.toml", w.lang.code(), w.script.code()),
                0,
                "a second script of a language with no language.toml",
            ));
        }
        Ok(out)
    }

    /// Adds (or replaces) a language.
    pub fn add(&mut self, l: Language) {
        match self.by_lang.get(&l.lang) {
            Some(&i) => self.langs[i] = l,
            None => {
                self.by_lang.insert(l.lang, self.langs.len());
                self.langs.push(l);
            }
        }
    }

    fn load_identifier(&mut self, path: &str, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            let [code, iso, name] = f[..] else {
                return Err(KbError::new(path, line, "expected whatlang, iso, name"));
            };
            let lang = Lang::new(iso)
                .ok_or_else(|| KbError::new(path, line, format!("{iso:?} is not an ISO code")))?;
            self.identifier.insert(
                code.to_string(),
                KnownLanguage {
                    lang,
                    name: name.to_string(),
                },
            );
        }
        Ok(())
    }

    fn load_named(&mut self, path: &str, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            let [iso, name, script, letters, share, fewest, words] = f[..] else {
                return Err(KbError::new(
                    path,
                    line,
                    "expected iso, name, script, letters, share, fewest, words",
                ));
            };
            let err = |m: String| KbError::new(path, line, m);
            let lang = Lang::new(iso).ok_or_else(|| err(format!("{iso:?} is not an ISO code")))?;
            let script = Script::new(script)
                .filter(|s| scripts().iter().any(|i| i.code == s.code()))
                .ok_or_else(|| err(format!("script {script:?} has no file in data/script/")))?;
            let marker_share: f32 = share
                .parse()
                .map_err(|_| err(format!("share {share:?} is not a number")))?;
            let marker_fewest: usize = fewest
                .parse()
                .map_err(|_| err(format!("fewest {fewest:?} is not a count")))?;
            let marker_letters: Vec<char> = match letters {
                "-" => Vec::new(),
                l => l.chars().collect(),
            };
            let words: Vec<String> = words.split_whitespace().map(String::from).collect();
            if words.is_empty() && marker_letters.is_empty() {
                return Err(err(format!("{iso}: neither letters nor words")));
            }
            self.named.push(NamedLanguage {
                lang,
                name: name.to_string(),
                script,
                marker_letters,
                marker_share,
                marker_fewest,
                words: fold_list(path, "words", &words)?,
            });
        }
        Ok(())
    }

    /// Languages named by their letters and words alone, in file order.
    pub fn written(&self) -> &[crate::written::Written] {
        &self.written
    }

    /// The transliteration that reads `lang` written in `script`, if its data declares one.
    pub fn transliteration(
        &self,
        lang: Lang,
        script: Script,
    ) -> Option<&crate::written::Transliteration> {
        self.written
            .iter()
            .find(|w| w.lang == lang && w.script == script)
            .map(|w| &w.translit)
    }

    pub fn named(&self) -> &[NamedLanguage] {
        &self.named
    }

    /// The data of a language dyad reads.
    pub fn get(&self, lang: Lang) -> Option<&Language> {
        self.by_lang.get(&lang).map(|&i| &self.langs[i])
    }

    /// Every language with data, in the order they were loaded (by code).
    pub fn all(&self) -> &[Language] {
        &self.langs
    }

    /// The language the identifier's code means (coded by dyad or not).
    pub fn from_identifier(&self, code: &str) -> Option<&KnownLanguage> {
        self.identifier.get(code)
    }

    /// The English name of a language, from its data or the identifier's list.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        self.get(lang).map(|l| l.name.as_str()).or_else(|| {
            self.identifier
                .values()
                .find(|k| k.lang == lang)
                .map(|k| k.name.as_str())
                .or_else(|| {
                    self.named
                        .iter()
                        .find(|k| k.lang == lang)
                        .map(|k| k.name.as_str())
                })
        })
    }

    /// The scripts in which some language writes clitics onto words.
    pub fn clitic_scripts(&self) -> Vec<Script> {
        let mut v: Vec<Script> = self
            .langs
            .iter()
            .filter(|l| l.affixes.has_prefixes())
            .map(|l| l.script)
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Stems of a one-word name in every language that declines names of its script.
    pub fn name_stems(&self, name: &str) -> Vec<String> {
        // Folded once, not once a language; a name of several words, or already a stem, has
        // none in any language; and only languages of the script of its first letter can
        // stem it (all its letters must be of theirs).
        let n = fold_str(name.trim());
        if n.ends_with('*') || n.contains(' ') {
            return Vec::new();
        }
        let script = n.chars().find(|&c| c != '-').map(crate::script::script_of);
        let mut v: Vec<String> = self
            .langs
            .iter()
            .filter(|l| script.is_none_or(|s| s == Some(l.script)))
            .flat_map(|l| {
                l.folded_name_stem(&n)
                    .into_iter()
                    .chain(l.folded_short_forms(&n))
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The words a gap of a pattern steps over without counting them: the articles and the words of
/// the language's quantity phrases ("more than", "at least", "dozens").
fn gap_free(articles: Vec<String>, quantity: Vec<String>) -> Vec<String> {
    let words = quantity
        .iter()
        .flat_map(|q| q.split_whitespace().map(str::to_string).collect::<Vec<_>>());
    articles.into_iter().chain(words).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_language_loads() {
        let l = Languages::builtin().unwrap();
        for code in [
            "en", "ar", "ru", "ur", "fa", "ps", "hi", "zh", "tr", "fr", "es", "de",
        ] {
            assert!(l.get(Lang::new(code).unwrap()).is_some(), "{code}");
        }
        assert_eq!(l.from_identifier("bul").map(|k| k.lang.code()), Some("bg"));
        assert_eq!(l.name(Lang::of("pt")), Some("Portuguese"));
        assert_eq!(l.name(Lang::of("sw")), Some("Swahili"));
        assert!(l.get(Lang::of("sw")).is_none(), "named, not read");
    }

    #[test]
    fn lists_are_folded() {
        let l = Languages::builtin().unwrap();
        let ur = l.get(Lang::of("ur")).unwrap();
        assert!(ur.words.function.contains("كي"), "ہے/کی fold to one form");
        let with: Vec<&str> = ur
            .markers
            .iter()
            .filter(|m| m.case == Case::With)
            .map(|m| m.word.as_str())
            .collect();
        assert!(with.contains(&"كي ساته"), "{with:?}");
    }

    #[test]
    fn russian_names_decline() {
        let l = Languages::builtin().unwrap();
        assert_eq!(l.name_stems("Исламабад"), ["исламабад*"]);
        assert_eq!(l.name_stems("Москва"), ["москв*"]);
        assert!(l.name_stems("Islamabad").is_empty());
        assert!(l.name_stems("Нур-Султан Назарбаев").is_empty());
        // Too short to stem: its case forms are listed whole, not as a prefix of any word.
        let kiev = l.name_stems("Киев");
        assert!(kiev.contains(&"киеве".to_string()), "{kiev:?}");
        assert!(kiev.contains(&"киева".to_string()), "{kiev:?}");
        assert!(!kiev.iter().any(|s| s.ends_with('*')), "{kiev:?}");
        assert!(!kiev.contains(&"киевскии".to_string()), "{kiev:?}");
        // A short name ending in a vowel does not decline; nor a two-letter one.
        assert!(l.name_stems("Баку").is_empty());
        assert!(l.name_stems("Ош").is_empty());
    }

    #[test]
    fn bad_data_names_file_and_line() {
        let e = Language::from_toml(
            "lang/xx/language.toml",
            "xx",
            "code = \"xx\"\nname = \"X\"\nscript = \"Latn\"\n[grammar]\norder = \"osv\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 5, "{e}");
        let e = Language::from_toml(
            "lang/xx/language.toml",
            "xx",
            "code = \"xx\"\nname = \"X\"\nscript = \"Qaaa\"\n[grammar]\norder = \"svo\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("data/script"), "{e}");
        assert_eq!(e.line, 3);
        let e = Language::from_toml(
            "lang/yy/language.toml",
            "yy",
            "code = \"xx\"\nname = \"X\"\nscript = \"Latn\"\n[grammar]\norder = \"svo\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("folder"), "{e}");
        let e = Language::from_toml(
            "lang/xx/language.toml",
            "xx",
            "code = \"xx\"\nname = \"X\"\nscript = \"Latn\"\n[grammar]\norder = \"svo\"\nmarkers = [{ case = \"near\", before = [\"x\"] }]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 6, "{e}");
        // An unknown tense, and a group with no endings.
        let e = Language::from_toml(
            "lang/xx/language.toml",
            "xx",
            "code = \"xx\"\nname = \"X\"\nscript = \"Latn\"\n[grammar]\norder = \"svo\"\ntense_endings = [{ aux = \"soon\", endings = [\"x\"] }]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 6, "{e}");
        let e = Language::from_toml(
            "lang/xx/language.toml",
            "xx",
            "code = \"xx\"\nname = \"X\"\nscript = \"Latn\"\n[grammar]\norder = \"svo\"\ntense_endings = [{ aux = \"future\", endings = [] }]\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("no endings"), "{e}");
    }

    /// The future and the conditional by their endings, with the stem they need, their
    /// accents, and the nouns that end alike.
    #[test]
    fn tense_endings() {
        let l = Languages::builtin().unwrap();
        let tense = |code: &str, w: &str| l.get(Lang::of(code)).unwrap().tense_of(w).map(|g| g.aux);
        assert_eq!(tense("es", "atacará"), Some(Tense::Intent));
        assert_eq!(tense("es", "Responderán"), Some(Tense::Intent));
        assert_eq!(tense("es", "respondería"), Some(Tense::Hypothetical));
        // The past subjunctive has no accent; the past tense another ending.
        assert_eq!(tense("es", "atacara"), None);
        assert_eq!(tense("es", "atacaron"), None);
        // Nouns and names that end alike; a stem too short.
        assert_eq!(tense("es", "cancillería"), None);
        assert_eq!(tense("es", "Teherán"), None);
        assert_eq!(tense("es", "Irán"), None);
        assert_eq!(tense("es", "categoría"), None);
        assert_eq!(tense("fr", "frappera"), Some(Tense::Intent));
        assert_eq!(tense("fr", "riposteraient"), Some(Tense::Hypothetical));
        // The passé simple and the imperfect of a verb in -rer, and nouns.
        assert_eq!(tense("fr", "déclara"), None);
        assert_eq!(tense("fr", "retirait"), None);
        assert_eq!(tense("fr", "retira"), None);
        assert_eq!(tense("fr", "caméra"), None);
        assert_eq!(tense("fr", "extra"), None);
        assert_eq!(tense("tr", "saldıracak"), Some(Tense::Intent));
        assert_eq!(tense("tr", "vereceğini"), Some(Tense::Intent));
        assert_eq!(tense("tr", "saldırmayacak"), Some(Tense::Negated));
        assert_eq!(tense("tr", "saldırırsa"), Some(Tense::Hypothetical));
        assert_eq!(tense("tr", "gelecek"), None);
        assert_eq!(tense("tr", "yiyecek"), None);
        assert_eq!(tense("tr", "saldırdı"), None);
        assert_eq!(tense("tr", "borsa"), None);
        assert_eq!(tense("hi", "उठाएगा"), Some(Tense::Intent));
        assert_eq!(tense("hi", "करेंगे"), Some(Tense::Intent));
        assert_eq!(tense("hi", "जाएगा"), Some(Tense::Future));
        assert_eq!(tense("hi", "लगा"), None);
        assert_eq!(tense("ur", "کریگا"), Some(Tense::Intent));
        assert_eq!(tense("en", "will"), None);
        // The conditional reads as the future of the past where speech is reported.
        let es = l.get(Lang::of("es")).unwrap();
        assert_eq!(
            es.tense_of("atacaría").and_then(|g| g.reported),
            Some(Tense::Intent)
        );
    }
}
