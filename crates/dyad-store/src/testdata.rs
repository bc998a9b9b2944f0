//! Small hand-built documents for the store's tests.

use dyad_core::{
    ActorCode, Aux, DateValue, DatedActor, Diagnostic, Document, EntityKind, Event, EventDate,
    EventType, Lang, LinkedEntity, Location, Mention, Published, PublishedFrom, Quote, RawDocument,
    Script, Sentence, Side, Span, TimeExpr,
};
use jiff::civil::date;

fn code(s: &str) -> ActorCode {
    s.parse().unwrap()
}

pub fn entity(id: &str, name: &str, kind: EntityKind, code_s: Option<&str>) -> LinkedEntity {
    LinkedEntity {
        id: id.into(),
        name: name.into(),
        kind,
        roles: code_s
            .map(|c| DatedActor::always(code(c)))
            .into_iter()
            .collect(),
        coords: None,
        place_country: None,
    }
}

pub fn place(id: &str, name: &str, country: &str, lat: f64, lon: f64) -> LinkedEntity {
    LinkedEntity {
        coords: Some((lat, lon)),
        place_country: Some(country.parse().unwrap()),
        ..entity(id, name, EntityKind::Place, None)
    }
}

pub fn side(entity: &str, name: &str, actor: &str) -> Side {
    let a = code(actor);
    Side {
        entity: Some(entity.into()),
        name: name.into(),
        country: a.country,
        sector: a.sector,
        cameo: None,
        span: Span::default(),
    }
}

/// Builds documents one sentence at a time, keeping offsets right.
pub struct DocBuilder {
    doc: Document,
}

impl DocBuilder {
    pub fn new(hash: &str, lang: Lang, published: Option<DateValue>) -> Self {
        let raw = RawDocument {
            id: format!("id-{hash}"),
            hash: hash.into(),
            path: Some(format!("feeds/{hash}.txt")),
            url: Some(format!("https://example.org/{hash}")),
            title: Some(format!("Title {hash}")),
            source: Some("example.org".into()),
            published: published.map(|d| d.to_string()),
            text: String::new(),
            ..RawDocument::default()
        };
        let mut doc = Document::new(raw);
        doc.lang = Some(lang);
        doc.script = Some(if lang == Lang::of("ar") {
            Script::ARABIC
        } else {
            Script::LATIN
        });
        doc.published = Published {
            date: published,
            from: published.map(|_| PublishedFrom::Metadata),
            note: None,
        };
        DocBuilder { doc }
    }

    pub fn entity(mut self, e: LinkedEntity) -> Self {
        self.doc.entities.push(e);
        self
    }

    /// Appends a sentence; returns its span.
    pub fn sentence(&mut self, text: &str) -> Span {
        if !self.doc.text.is_empty() {
            self.doc.text.push(' ');
        }
        let start = self.doc.text.len();
        self.doc.text.push_str(text);
        let span = Span::new(start, self.doc.text.len());
        self.doc.sentences.push(Sentence { span });
        span
    }

    /// A mention of entity `idx` at the first occurrence of `needle`.
    pub fn mention(mut self, idx: usize, needle: &str) -> Self {
        let start = self.doc.text.find(needle).unwrap();
        self.doc.mentions.push(Mention {
            span: Span::new(start, start + needle.len()),
            entity: idx,
            as_location: self.doc.entities[idx].kind == EntityKind::Place,
            anaphoric: false,
            ending: None,
            dateline: false,
        });
        self
    }

    pub fn time(mut self, needle: &str, value: DateValue) -> Self {
        let start = self.doc.text.find(needle).unwrap();
        self.doc.times.push(TimeExpr {
            span: Span::new(start, start + needle.len()),
            value,
            anchor: "absolute",
            duration_days: None,
            bound: false,
            refers: None,
        });
        self
    }

    #[allow(clippy::too_many_arguments)]
    pub fn event(
        mut self,
        id: &str,
        kind: EventType,
        source: Option<Side>,
        target: Option<Side>,
        date: Option<DateValue>,
        confidence: f32,
        aux: Option<Aux>,
        sentence: &str,
    ) -> Self {
        let span = self.sentence(sentence);
        self.doc.events.push(Event {
            id: id.into(),
            kind,
            mode: None,
            context: vec!["diplomatic".into()],
            source,
            target,
            date: date.map(|value| EventDate::new(value, "text")),
            location: None,
            aux,
            quad: kind.quad(),
            start: span.start,
            end: span.end,
            trigger: span,
            confidence,
            rule: "test.rule".into(),
            cameo: None,
        });
        self
    }

    pub fn located(mut self, name: &str, country: &str, lat: f64, lon: f64) -> Self {
        if let Some(ev) = self.doc.events.last_mut() {
            ev.location = Some(Location {
                name: name.into(),
                country: Some(country.parse().unwrap()),
                lat: Some(lat),
                lon: Some(lon),
            });
        }
        self
    }

    pub fn quote(mut self, speaker: Side, text: &str) -> Self {
        let span = self.sentence(&format!("“{text}”, {} said.", speaker.name));
        self.doc.quotes.push(Quote {
            speaker: Some(speaker),
            text: text.into(),
            start: span.start,
            end: span.end,
            kind: "direct",
        });
        self
    }

    pub fn diagnostic(mut self, stage: &'static str, message: &str) -> Self {
        self.doc.diagnostics.push(Diagnostic {
            stage,
            message: message.into(),
        });
        self
    }

    pub fn build(self) -> Document {
        let mut doc = self.doc;
        doc.raw.text = doc.text.clone();
        doc
    }
}

/// Arabic, 2021-09-29: Fomin (RUS.MIL) meets Pakistan's army in Islamabad; one historical event.
pub fn doc_fomin() -> Document {
    let d = DateValue::ymd(2021, 9, 29);
    let fomin = side("Q4066893", "Alexander Fomin", "RUS.MIL");
    let pak_mil = side("PAK.MIL", "Pakistani army", "PAK.MIL");
    DocBuilder::new("h-fomin", Lang::of("ar"), d)
        .entity(entity(
            "Q4066893",
            "Alexander Fomin",
            EntityKind::Person,
            Some("RUS.MIL"),
        ))
        .entity(entity(
            "PAK.MIL",
            "Pakistani army",
            EntityKind::Actor,
            Some("PAK.MIL"),
        ))
        .entity(place("Q1362", "Islamabad", "PAK", 33.69, 73.06))
        .entity(entity(
            "Q15180",
            "Soviet Union",
            EntityKind::Country,
            Some("SUN"),
        ))
        .event(
            "ev-fomin-1",
            EventType::Consult,
            Some(fomin),
            Some(pak_mil),
            d,
            0.8,
            None,
            "التقى ألكسندر فومين بالجيش الباكستاني في إسلام أباد يوم ٢٩ سبتمبر ٢٠٢١.",
        )
        .located("Islamabad", "PAK", 33.69, 73.06)
        .event(
            "ev-fomin-2",
            EventType::Assault,
            Some(side("Q15180", "Soviet Union", "SUN.MIL")),
            Some(side("AFG", "Afghanistan", "AFG")),
            DateValue::decade(1979),
            0.6,
            Some(Aux::Historical),
            "عندما غزا الاتحاد السوفيتي أفغانستان.",
        )
        .mention(0, "ألكسندر فومين")
        .mention(1, "بالجيش الباكستاني")
        .mention(2, "إسلام أباد")
        .mention(3, "الاتحاد السوفيتي")
        .time("٢٩ سبتمبر ٢٠٢١", DateValue::ymd(2021, 9, 29).unwrap())
        .build()
}

/// English, 2021-04-07: Lavrov (RUS.GOV) in Islamabad; an agreement; an accusation; a quote.
pub fn doc_lavrov() -> Document {
    let d = DateValue::ymd(2021, 4, 7);
    let lavrov = || side("Q80137", "Sergey Lavrov", "RUS.GOV");
    let pak = || side("PAK.GOV", "Pakistani government", "PAK.GOV");
    DocBuilder::new("h-lavrov", Lang::of("en"), d)
        .entity(entity(
            "Q80137",
            "Sergey Lavrov",
            EntityKind::Person,
            Some("RUS.GOV"),
        ))
        .entity(entity(
            "PAK.GOV",
            "Pakistani government",
            EntityKind::Actor,
            Some("PAK.GOV"),
        ))
        .entity(entity(
            "Q30",
            "United States",
            EntityKind::Country,
            Some("USA"),
        ))
        .event(
            "ev-lavrov-1",
            EventType::Consult,
            Some(lavrov()),
            Some(pak()),
            d,
            0.9,
            None,
            "Sergey Lavrov visited Islamabad on April 7, 2021 and met the Pakistani government.",
        )
        .event(
            "ev-lavrov-2",
            EventType::Agree,
            Some(pak()),
            Some(lavrov()),
            DateValue::month(2021, 4),
            0.6,
            None,
            "The Pakistani government agreed with Lavrov to expand energy cooperation in April.",
        )
        .event(
            "ev-lavrov-3",
            EventType::Accuse,
            Some(lavrov()),
            Some(side("Q30", "United States", "USA")),
            d,
            0.4,
            None,
            "Lavrov accused the United States of destabilising Afghanistan.",
        )
        .event(
            "ev-lavrov-4",
            EventType::Cooperate,
            Some(side("RUS", "Russia", "RUS")),
            Some(pak()),
            DateValue::year(2022),
            0.7,
            Some(Aux::Future),
            "Russia will supply military equipment to the Pakistani government next year.",
        )
        .quote(lavrov(), "categorically unacceptable")
        .mention(0, "Sergey Lavrov")
        .mention(0, "Lavrov")
        .mention(1, "Pakistani government")
        .mention(2, "United States")
        .time("April 7, 2021", DateValue::ymd(2021, 4, 7).unwrap())
        .diagnostic(
            "time",
            "\"next year\" resolved against the publication date",
        )
        .build()
}

/// English, undated publication: Russia recognises the Taliban government (2025-07-03).
pub fn doc_taliban() -> Document {
    let taliban = LinkedEntity {
        roles: vec![
            DatedActor::between(code("AFG.REB"), None, Some(date(2021, 8, 15))),
            DatedActor::between(code("AFG.GOV"), Some(date(2021, 8, 16)), None),
        ],
        ..entity("Q42871", "Taliban", EntityKind::Group, None)
    };
    DocBuilder::new("h-taliban", Lang::of("en"), None)
        .entity(taliban)
        .entity(entity(
            "Q159",
            "Russia",
            EntityKind::Country,
            Some("RUS.GOV"),
        ))
        .event(
            "ev-taliban-1",
            EventType::Support,
            Some(side("Q159", "Russia", "RUS.GOV")),
            Some(side("Q42871", "Taliban", "AFG.GOV")),
            DateValue::ymd(2025, 7, 3),
            0.85,
            None,
            "Russia recognised the Taliban government on July 3, 2025.",
        )
        .event(
            "ev-taliban-2",
            EventType::Request,
            Some(side("Q42871", "Taliban", "AFG.GOV")),
            None,
            None,
            0.5,
            None,
            "The Taliban asked for more investment.",
        )
        .mention(0, "Taliban")
        .mention(1, "Russia")
        .build()
}

/// English, 2023-05-02: a quote naming Kabul, and Kabul and the United States named outside
/// it too; its mentions out of text order, one inside the quote given twice. Of its mentions
/// only the quoted one is a row (schema 15).
pub fn doc_quoted() -> Document {
    let mut b = DocBuilder::new("h-quoted", Lang::of("en"), DateValue::ymd(2023, 5, 2));
    b.sentence("Kabul was quiet on Tuesday as the United States envoy arrived in Kabul.");
    let mut doc = b
        .entity(entity(
            "Q30",
            "United States",
            EntityKind::Country,
            Some("USA"),
        ))
        .entity(place("Q5838", "Kabul", "AFG", 34.5, 69.2))
        .quote(side("Q30", "United States", "USA"), "Kabul must stay open")
        .mention(0, "United States")
        .mention(1, "Kabul")
        .time("Tuesday", DateValue::ymd(2023, 5, 2).unwrap())
        .build();
    let quoted = doc.text.find("Kabul must").unwrap();
    let second = doc.text.find("in Kabul").unwrap() + 3;
    for start in [quoted, second, quoted] {
        doc.mentions.push(Mention {
            span: Span::new(start, start + "Kabul".len()),
            entity: 1,
            as_location: true,
            anaphoric: false,
            ending: None,
            dateline: false,
        });
    }
    doc
}

/// SQL that adds to a stored document the rows a writer before schema 15 wrote and schema 15
/// does not: every mention (not only those inside a quote) and a `times` table with its time
/// expressions. Both backends take it, once the `times` table is made again.
pub fn rows_before_schema_15(row: i64, doc: &Document) -> String {
    let q = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let mut sql = String::new();
    for m in &doc.mentions {
        sql.push_str(&format!(
            "INSERT INTO mentions (doc, entity, start, \"end\", text, as_location, anaphoric)
             VALUES ({row}, {}, {}, {}, {}, {}, {}) ON CONFLICT DO NOTHING;\n",
            m.entity,
            m.span.start,
            m.span.end,
            q(m.span.of(&doc.text)),
            i32::from(m.as_location),
            i32::from(m.anaphoric),
        ));
    }
    for t in &doc.times {
        sql.push_str(&format!(
            "INSERT INTO times (doc, start, \"end\", text, value, precision, first_day, last_day,
                 anchor, duration_days)
             VALUES ({row}, {}, {}, {}, {}, {}, {}, {}, {}, NULL) ON CONFLICT DO NOTHING;\n",
            t.span.start,
            t.span.end,
            q(t.span.of(&doc.text)),
            q(&t.value.to_string()),
            q(t.value.precision.as_str()),
            q(&t.value.first_day().to_string()),
            q(&t.value.last_day().to_string()),
            q(t.anchor),
        ));
    }
    sql
}

/// All three, in a fixed order.
pub fn all_docs() -> Vec<Document> {
    vec![doc_fomin(), doc_lavrov(), doc_taliban()]
}

#[test]
fn builders_keep_offsets() {
    for doc in all_docs() {
        for ev in &doc.events {
            assert!(ev.start <= ev.end && doc.text.get(ev.start..ev.end).is_some());
        }
        for m in &doc.mentions {
            assert!(!m.span.of(&doc.text).is_empty());
        }
    }
}
