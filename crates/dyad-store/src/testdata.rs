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

/// Takes a SQLite store of this schema back to schema 18's quotes: a `quotes` row for each
/// quote of each document's body, numbered by its row id as schema 19 numbers it, with that
/// table's indexes and delete trigger, and without what schema 19 added.
pub fn back_to_schema_18(conn: &rusqlite::Connection) {
    // Without what schemas 21 (story joins' reasons) and 22 (the fingerprint's quarters)
    // added.
    conn.execute_batch(
        "DROP TABLE story_links;
         DROP INDEX documents_quarter0;
         DROP INDEX documents_quarter1;
         DROP INDEX documents_quarter2;
         DROP INDEX documents_quarter3;",
    )
    .unwrap();
    conn.execute_batch(
        "CREATE TABLE quotes (
             doc             INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
             speaker_entity  TEXT,
             speaker_name    TEXT,
             speaker_country TEXT,
             speaker_sector  TEXT,
             text            TEXT NOT NULL,
             start           INTEGER NOT NULL,
             \"end\"           INTEGER NOT NULL,
             kind            TEXT NOT NULL
         );
         CREATE INDEX quotes_doc ON quotes (doc);
         CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector)
             WHERE speaker_country IS NOT NULL;
         CREATE TRIGGER tally_quote_delete AFTER DELETE ON quotes BEGIN
             UPDATE tally SET n = n - 1 WHERE name = 'quotes';
         END;",
    )
    .unwrap();
    let docs: Vec<(i64, i64, Vec<u8>)> = conn
        .prepare("SELECT doc, quote_row, body FROM documents WHERE quote_row IS NOT NULL")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (doc, first, body) in docs {
        let quotes = crate::pack::unpack(&body).unwrap().quotes().unwrap();
        for (row, q) in (first..).zip(quotes) {
            let s = q.speaker.as_ref();
            conn.execute(
                "INSERT INTO quotes (rowid, doc, speaker_entity, speaker_name, speaker_country,
                     speaker_sector, text, start, \"end\", kind)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                rusqlite::params![
                    row,
                    doc,
                    s.and_then(|s| s.entity.clone()),
                    s.map(|s| s.name.clone()),
                    s.map(|s| s.country.clone()),
                    s.and_then(|s| s.sector.clone()),
                    q.text,
                    q.start as i64,
                    q.end as i64,
                    q.kind,
                ],
            )
            .unwrap();
        }
    }
    conn.execute_batch(
        "DROP TRIGGER quotes_of_document;
         DROP TABLE quote_speakers;
         DROP INDEX documents_quote_row;
         ALTER TABLE documents DROP COLUMN quote_row;
         ALTER TABLE documents DROP COLUMN quote_count;
         PRAGMA user_version = 18;",
    )
    .unwrap();
}

/// SQL that takes a PostgreSQL store of this schema back to schema 7's quotes: a `quotes` row
/// for each quote of each given document (its row, its first quote's number, the document),
/// numbered as schema 8 numbers it, with that table's sequence, indexes and count triggers,
/// and without what schema 8 added (nor what schemas 10 and 11 added: story joins' reasons,
/// the fingerprint's quarters). Run with the store's schema as the search path.
pub fn pg_quotes_before_schema_8(docs: &[(i64, Option<i64>, &Document)]) -> String {
    let q = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let opt = |s: Option<&str>| s.map_or("NULL".to_string(), q);
    let init = include_str!("../pg_migrations/0001_init.sql");
    let counted = |from: &str, to: &str| {
        let a = init.find(from).unwrap();
        let b = a + init[a..].find(to).unwrap() + to.len();
        init[a..b].to_string()
    };
    let mut sql = String::from(
        "DROP TABLE story_links;
         DROP INDEX documents_quarter0, documents_quarter1, documents_quarter2,
             documents_quarter3;
         CREATE TABLE quotes (
             rowid           bigserial PRIMARY KEY,
             doc             bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
             speaker_entity  text COLLATE \"C\",
             speaker_name    text COLLATE \"C\",
             speaker_country text COLLATE \"C\",
             speaker_sector  text COLLATE \"C\",
             text            text COLLATE \"C\" NOT NULL,
             start           bigint NOT NULL,
             \"end\"           bigint NOT NULL,
             kind            text COLLATE \"C\" NOT NULL
         );
         CREATE INDEX quotes_doc ON quotes (doc);
         CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector)
             WHERE speaker_country IS NOT NULL;\n",
    );
    for (row, first, doc) in docs {
        let Some(first) = first else { continue };
        for (n, quote) in (*first..).zip(&doc.quotes) {
            let s = quote.speaker.as_ref();
            sql.push_str(&format!(
                "INSERT INTO quotes (rowid, doc, speaker_entity, speaker_name, speaker_country,
                     speaker_sector, text, start, \"end\", kind)
                 VALUES ({n}, {row}, {}, {}, {}, {}, {}, {}, {}, {});\n",
                opt(s.and_then(|s| s.entity.as_deref())),
                opt(s.map(|s| s.name.as_str())),
                opt(s.map(|s| s.country.as_str())),
                opt(s.and_then(|s| s.sector).map(|x| x.as_str())),
                q(&quote.text),
                quote.start,
                quote.end,
                q(quote.kind),
            ));
        }
    }
    sql.push_str(
        "SELECT setval('quotes_rowid_seq', last_value, is_called) FROM quote_rows;
         DROP SEQUENCE quote_rows;
         DROP TABLE quote_speakers;
         ALTER TABLE documents DROP COLUMN quote_row, DROP COLUMN quote_count;\n",
    );
    sql.push_str(&counted("CREATE FUNCTION dyad_quotes_counted()", "END $$;"));
    sql.push('\n');
    sql.push_str(
        &counted("CREATE FUNCTION dyad_documents_counted()", "END $$;")
            .replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"),
    );
    sql.push('\n');
    sql.push_str(
        "CREATE TRIGGER quotes_insert AFTER INSERT ON quotes REFERENCING NEW TABLE AS new_rows
             FOR EACH STATEMENT EXECUTE FUNCTION dyad_quotes_counted();
         CREATE TRIGGER quotes_delete AFTER DELETE ON quotes REFERENCING OLD TABLE AS old_rows
             FOR EACH STATEMENT EXECUTE FUNCTION dyad_quotes_counted();\n",
    );
    sql
}
