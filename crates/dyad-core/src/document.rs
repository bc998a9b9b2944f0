//! A document and the layers the pipeline adds to it.

use crate::{ActorCode, DateValue, Event, Lang, Published, Quote, Script};
use jiff::civil::Date;
use serde::Serialize;

/// A UTF-8 byte range `[start, end)` into `Document::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text under the span, or "" if the span does not fall on character boundaries.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// What ingest hands to the pipeline: the article as found, with whatever metadata came with it.
#[derive(Debug, Clone, Default)]
pub struct RawDocument {
    /// The id given with the record (JSONL `id`), else the content hash.
    pub id: String,
    /// Hex SHA-256 of the text as found: re-ingesting the same article is a no-op.
    pub hash: String,
    pub path: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    /// The language the record declares (JSONL `language`), as given: a BCP 47 tag, an ISO
    /// 639 code or an English name. The pipeline takes it over its own identification when
    /// the text is written in that language's script.
    pub language: Option<String>,
    /// A publication date from metadata (JSONL `published`, HTML meta tags), unparsed.
    pub published: Option<String>,
    /// When the page was crawled (`WARC-Date`), unparsed. Never a publication date: it only
    /// bounds one from above.
    pub crawled: Option<String>,
    /// The day the document was handed to dyad, set by the caller from its clock (stages
    /// read no clock). Like `crawled`, only an upper bound of the publication date.
    pub ingested: Option<Date>,
    /// Plain text: HTML has already been reduced to its main content by ingest.
    pub text: String,
    /// The stable identity a changed version of the same document replaces: the given id, the
    /// path relative to the folder ingested, or the address; `None` means `id`.
    pub key: Option<String>,
    /// The character encoding the bytes were decoded from (`UTF-8`, `windows-1256`…), and how
    /// it was known; `None` when the text came as a string (a JSON record's `text`).
    pub encoding: Option<Encoding>,
    /// Problems ingest met while reading the document that did not stop it (a page nested too
    /// deep, an encoding guessed); they become the document's first diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

impl RawDocument {
    /// The stable identity of the document: [`RawDocument::key`], else its id.
    pub fn key(&self) -> &str {
        self.key.as_deref().unwrap_or(&self.id)
    }
}

/// Which character encoding a document's bytes were decoded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Encoding {
    /// The WHATWG name (`UTF-8`, `windows-1256`, `Shift_JIS`).
    pub name: String,
    /// How it was chosen: `bom`, `utf-8` (the bytes are valid UTF-8), `declared` (HTTP header,
    /// WARC header or `<meta charset>`), `detected` (guessed from the bytes) or `forced`
    /// (`--encoding`).
    pub from: String,
}

/// What cleaning took out of the text, and why: `span` is a byte range of the text as it was
/// before cleaning (`RawDocument::text`, for HTML the extracted main text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    pub span: Span,
    pub reason: RemovalReason,
}

impl Serialize for Removed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("start", &self.span.start)?;
        m.serialize_entry("end", &self.span.end)?;
        m.serialize_entry("reason", &self.reason)?;
        m.end()
    }
}

macro_rules! reasons {
    ($($(#[$doc:meta])* $v:ident = $name:literal,)*) => {
        /// Why a stretch of text is not article prose.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum RemovalReason {
            $($(#[$doc])* #[serde(rename = $name)] $v,)*
        }

        impl RemovalReason {
            pub const ALL: &'static [RemovalReason] = &[$(RemovalReason::$v),*];
            pub fn as_str(&self) -> &'static str {
                match self { $(RemovalReason::$v => $name,)* }
            }
            pub fn parse(s: &str) -> Option<RemovalReason> {
                match s { $($name => Some(RemovalReason::$v),)* _ => None }
            }
        }
    };
}

reasons! {
    /// Menus, breadcrumbs, language switchers, site names and "welcome" banners.
    Navigation = "navigation",
    /// A date line at the top, lifted out as the document's dateline.
    Dateline = "dateline",
    /// The headline again, after it has been kept once.
    RepeatedTitle = "repeated-title",
    /// A bare web address.
    Url = "url",
    /// Share, print, follow and "like" buttons.
    Share = "share",
    /// Comment counts, forms and notices.
    Comments = "comments",
    /// Newsletter and subscription appeals.
    Newsletter = "newsletter",
    /// Donation appeals and bank details.
    Donation = "donation",
    /// "Read more: <another headline>" and similar teasers inside the article.
    Teaser = "teaser",
    /// "Related", "More news", "Most read": lists of other headlines, and other stories
    /// appended below the article.
    MoreNews = "more-news",
    /// A photo or video caption.
    Caption = "caption",
    /// Photo, source and agency credits.
    Credit = "credit",
    /// An author line at the top ("By Furqan Raja | April 8, 2021"), kept as metadata.
    Byline = "byline",
    /// Author contact lines and author boxes.
    Contact = "contact",
    /// Copyright and disclaimer lines.
    Legal = "legal",
    /// Advertisements and sponsored-content labels.
    Advertisement = "advertisement",
}

/// A sentence: its span and, for speed, nothing else (the text is `span.of(&doc.text)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
}

/// The kinds of things the knowledge base knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Person,
    Organization,
    Group,
    Place,
    /// A collective or generic actor found by a role word ("Pakistani officials").
    Actor,
}

impl EntityKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Place => "place",
            EntityKind::Actor => "actor",
        }
    }
}

/// One actor code and the days it holds (inclusive; open ends are `None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedActor {
    pub actor: ActorCode,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// The office, as the knowledge base names it ("Minister of Foreign Affairs").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The full CAMEO actor code, when an imported dictionary gave one ("PSEREBHMS"): the
    /// actor code keeps only its country and sector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
}

impl DatedActor {
    /// A role with open ends.
    pub fn always(actor: ActorCode) -> Self {
        Self::between(actor, None, None)
    }

    /// A role held from `from` to `to` (inclusive; `None` is open).
    pub fn between(actor: ActorCode, from: Option<Date>, to: Option<Date>) -> Self {
        DatedActor {
            actor,
            from,
            to,
            title: None,
            cameo: None,
        }
    }
}

/// An entity found in a document, linked to the knowledge base or created from a role cue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkedEntity {
    /// Knowledge-base id, or `new:<key>` for a person found by a role cue, or the actor code
    /// for a collective ("PAK.GOV").
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Actor codes by date; the first one that holds on a date is the actor on that date.
    #[serde(skip)]
    pub roles: Vec<DatedActor>,
    /// Coordinates, for places.
    #[serde(skip)]
    pub coords: Option<(f64, f64)>,
    /// Country of a place, which is not an actor code of its own.
    #[serde(skip)]
    pub place_country: Option<crate::Country>,
}

impl LinkedEntity {
    /// The actor this entity stood for on `date` (or its undated default).
    pub fn actor_on(&self, date: Option<Date>) -> Option<ActorCode> {
        self.role_on(date).map(|r| r.actor)
    }

    /// The role that holds on `date` (see [`LinkedEntity::actor_on`]).
    pub fn role_on(&self, date: Option<Date>) -> Option<&DatedActor> {
        let holds = |r: &&DatedActor| match date {
            Some(d) => r.from.is_none_or(|f| f <= d) && r.to.is_none_or(|t| d <= t),
            None => r.to.is_none(),
        };
        self.roles
            .iter()
            .find(holds)
            .or_else(|| {
                // No role holds on that day: a dateless role is the default, else the nearest.
                self.roles
                    .iter()
                    .find(|r| r.from.is_none() && r.to.is_none())
            })
            .or_else(|| match date {
                Some(d) => self.roles.iter().min_by_key(|r| {
                    let gap =
                        |x: Option<Date>| x.map(|x| (x - d).get_days().abs()).unwrap_or(i32::MAX);
                    gap(r.from).min(gap(r.to))
                }),
                None => self.roles.last(),
            })
    }
}

/// A reference from an event or quote to one entity of the document.
pub type EntityRef = usize;

/// A span of text that names an entity. Compound phrases ("Russia's Deputy Defense Minister
/// Alexander Fomin") are one mention of the most specific entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub span: Span,
    /// Index into `Document::entities`.
    pub entity: EntityRef,
    /// The mention is a place used as a location ("in Moscow"), not as an actor.
    pub as_location: bool,
    /// The entity was named by a pronoun or a bare title ("he", "the minister").
    pub anaphoric: bool,
    /// Where an ending the language writes onto names begins inside the span (Uzbek
    /// "Toshkent|da", Bengali "ভারত|ের"): its case may mark the mention's role.
    #[serde(skip)]
    pub ending: Option<usize>,
    /// The mention is the place of a dateline ("TEHRAN, Jan 8 —"): where the report was filed,
    /// which says nothing about who an event acted on.
    #[serde(skip)]
    pub dateline: bool,
}

/// A normalised time expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    pub span: Span,
    pub value: DateValue,
    /// What the value was resolved against: `absolute`, `published`, or the date of an
    /// earlier expression.
    pub anchor: &'static str,
    /// The expression names a stretch of that many days beginning at `value` ("last week",
    /// "6–7 April", a Solar Hijri month). (Durations with no place in time — "a two-day visit" —
    /// are not time expressions.)
    pub duration_days: Option<u32>,
    /// The date bounds a stretch running to the publication ("since 2019", "by 2030"): it dates
    /// an act only as the start of one still going on, never a first one since, nor a deadline.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bound: bool,
    /// The expression is measured from another event and names that event's date ("two days
    /// after the talks", «через неделю после», "حملے کے دو دن بعد"): where the words it dates
    /// stand. It dates them only, not the clause around it.
    #[serde(skip)]
    pub refers: Option<Refers>,
}

impl TimeExpr {
    /// The expression names a period of more than a year ("1979–1989", "the Cold War"): it
    /// tells what a noun is ("the 1979–1989 campaign"), or how long something lasted, far more
    /// often than when one act happened, so it dates no act. (A year of its own — "in 2021",
    /// «۱۴۰۰» — still does.)
    pub fn spans_years(&self) -> bool {
        self.duration_days.is_some_and(|d| d > 366)
    }

    /// The last day the expression covers: its stretch's ("last week": the Sunday), else its
    /// precision's.
    pub fn last_day(&self) -> jiff::civil::Date {
        match self.duration_days {
            Some(d) if d > 1 => self
                .value
                .first_day()
                .saturating_add(jiff::Span::new().days(i64::from(d) - 1)),
            _ => self.value.last_day(),
        }
    }
}

/// Where the event an expression is measured from stands: after it ("a week after the
/// attack", «بعد يومين من الهجوم») or before it, as postpositions have it ("حملے کے دو دن بعد").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Refers {
    Ahead,
    Behind,
}

/// A problem with one document. Never fatal for the batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub stage: &'static str,
    pub message: String,
}

/// A part of a document in one language (a document quoting another language has several).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LangSpan {
    pub span: Span,
    pub lang: Lang,
}

/// A document and every layer the pipeline has added so far.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub raw: RawDocument,
    pub lang: Option<Lang>,
    /// The document's parts by language, in order, covering the text (one span for most).
    pub segments: Vec<LangSpan>,
    pub script: Option<Script>,
    pub published: Published,
    /// Title and dateline found in the text and lifted out of it during cleaning.
    pub title: Option<String>,
    pub dateline: Option<String>,
    /// What cleaning removed from `raw.text`, in text order.
    pub removed: Vec<Removed>,
    /// The cleaned text: every span of every layer points into it.
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<LinkedEntity>,
    pub mentions: Vec<Mention>,
    pub times: Vec<TimeExpr>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub diagnostics: Vec<Diagnostic>,
    /// SimHash of the cleaned text ([`crate::fingerprint`]), set by the pipeline; the store
    /// groups near-duplicate documents by it.
    pub fingerprint: Option<u64>,
}

impl Document {
    pub fn new(mut raw: RawDocument) -> Self {
        let diagnostics = std::mem::take(&mut raw.diagnostics);
        Document {
            raw,
            diagnostics,
            ..Default::default()
        }
    }

    /// The publication day, when one is known to day precision.
    pub fn published_day(&self) -> Option<Date> {
        self.published
            .date
            .filter(|d| d.precision == crate::DatePrecision::Day)
            .map(|d| d.first_day())
    }

    /// Index of the sentence holding `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }
}
