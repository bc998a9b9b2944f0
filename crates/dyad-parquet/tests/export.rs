//! A small store written at the store level, exported, and read back with the parquet crate:
//! the files, their partitions, their schemas and every value that matters.

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Float32Type, Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, TimeUnit};
use dyad_core::EventType;
use dyad_parquet::{export, ExportError};
use dyad_store::synth::{ActorSpec, DocSpec, EventSpec, QuoteSpec};
use dyad_store::Store;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::Path;

fn lavrov() -> ActorSpec {
    ActorSpec::entity("Q80137", "Sergey Lavrov", "RUS.GOV")
}

fn consult() -> EventSpec {
    EventSpec::new(
        EventType::Consult,
        lavrov(),
        Some(ActorSpec::code("PAK")),
        "2025-07-02",
    )
}

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let mut accuse = EventSpec::new(
        EventType::Accuse,
        ActorSpec::code("PAK.GOV"),
        Some(ActorSpec::code("AFG")),
        "2025-07-04",
    );
    accuse.place = Some(("Kabul".into(), "AFG".into(), 34.5, 69.2));
    accuse.confidence = 0.75;
    let mut history = EventSpec::new(
        EventType::Consult,
        lavrov(),
        Some(ActorSpec::code("IND")),
        "1999",
    );
    history.aux = Some(dyad_core::Aux::Historical);
    let docs = [
        DocSpec::new("a", "2025-07-03")
            .event(consult())
            .event(accuse)
            .quote(QuoteSpec {
                speaker: lavrov(),
                about: vec![ActorSpec::code("PAK")],
            }),
        // A second report of the same consultation, more confident.
        DocSpec::new("b", "2025-07-05").event(EventSpec {
            confidence: 0.9,
            ..consult()
        }),
        DocSpec::new("c", "2025-08-10").event(history),
        DocSpec::new("d", "").event(EventSpec::new(
            EventType::Aid,
            ActorSpec::code("USA"),
            Some(ActorSpec::code("UKR")),
            "",
        )),
    ];
    let built: Vec<_> = docs.iter().map(DocSpec::build).collect();
    store.write_batch(&built).unwrap();
    store.link().unwrap();
    store
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> RecordBatch {
    let file = std::fs::File::open(path).unwrap();
    let batches: Vec<RecordBatch> = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap()
        .map(Result::unwrap)
        .collect();
    arrow_select_concat(&batches)
}

/// The tests' files are small: one batch each.
fn arrow_select_concat(batches: &[RecordBatch]) -> RecordBatch {
    assert_eq!(batches.len(), 1, "one batch per small file");
    batches[0].clone()
}

fn strs(b: &RecordBatch, col: &str) -> Vec<Option<String>> {
    let a = b.column_by_name(col).unwrap().as_string::<i32>();
    (0..a.len())
        .map(|i| a.is_valid(i).then(|| a.value(i).to_string()))
        .collect()
}

fn ints(b: &RecordBatch, col: &str) -> Vec<i64> {
    let a = b.column_by_name(col).unwrap().as_primitive::<Int64Type>();
    a.values().to_vec()
}

fn dates(b: &RecordBatch, col: &str) -> Vec<Option<String>> {
    let a = b.column_by_name(col).unwrap().as_primitive::<Date32Type>();
    (0..a.len())
        .map(|i| {
            a.value_as_date(i)
                .filter(|_| a.is_valid(i))
                .map(|d| d.to_string())
        })
        .collect()
}

fn lists(b: &RecordBatch, col: &str) -> Vec<Vec<Option<String>>> {
    let a = b.column_by_name(col).unwrap().as_list::<i32>();
    (0..a.len())
        .map(|i| {
            let v = a.value(i);
            let s = v.as_string::<i32>();
            (0..s.len())
                .map(|j| s.is_valid(j).then(|| s.value(j).to_string()))
                .collect()
        })
        .collect()
}

fn some(v: &[&str]) -> Vec<Option<String>> {
    v.iter().map(|s| Some(s.to_string())).collect()
}

#[test]
fn every_table_is_written_partitioned_with_real_types() {
    let store = store();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let done = export(&store, &out).unwrap();
    let counts: Vec<(&str, u64, u64)> = done
        .tables
        .iter()
        .map(|(t, w)| (*t, w.rows, w.files))
        .collect();
    assert_eq!(
        counts,
        [
            ("events", 5, 4),
            ("events_folded", 4, 4),
            ("documents", 4, 3),
            ("entities", 11, 3),
            ("quotes", 1, 1),
        ]
    );
    assert_eq!(
        files(&out),
        [
            "_SUCCESS",
            "documents/month=2025-07/part-00000.parquet",
            "documents/month=2025-08/part-00000.parquet",
            "documents/month=__HIVE_DEFAULT_PARTITION__/part-00000.parquet",
            "entities/month=2025-07/part-00000.parquet",
            "entities/month=2025-08/part-00000.parquet",
            "entities/month=__HIVE_DEFAULT_PARTITION__/part-00000.parquet",
            "events/month=1999-01/type=CONSULT/part-00000.parquet",
            "events/month=2025-07/type=ACCUSE/part-00000.parquet",
            "events/month=2025-07/type=CONSULT/part-00000.parquet",
            "events/month=__HIVE_DEFAULT_PARTITION__/type=AID/part-00000.parquet",
            "events_folded/month=1999-01/type=CONSULT/part-00000.parquet",
            "events_folded/month=2025-07/type=ACCUSE/part-00000.parquet",
            "events_folded/month=2025-07/type=CONSULT/part-00000.parquet",
            "events_folded/month=__HIVE_DEFAULT_PARTITION__/type=AID/part-00000.parquet",
            "quotes/month=2025-07/part-00000.parquet",
        ]
    );

    // Two reports of one consultation: both in `events`, one row in `events_folded`.
    let ev = read(&out.join("events/month=2025-07/type=CONSULT/part-00000.parquet"));
    let schema = ev.schema();
    let ty = |c: &str| schema.field_with_name(c).unwrap().data_type().clone();
    let nullable = |c: &str| schema.field_with_name(c).unwrap().is_nullable();
    assert_eq!(ty("date_first"), DataType::Date32);
    assert_eq!(ty("confidence"), DataType::Float32);
    assert_eq!(ty("lat"), DataType::Float64);
    assert_eq!(ty("quad"), DataType::Int32);
    assert_eq!(ty("start"), DataType::Int64);
    assert!(matches!(ty("context"), DataType::List(f) if f.data_type() == &DataType::Utf8));
    assert_eq!(
        ty("doc_ingested_at"),
        DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
    );
    assert!(!nullable("id") && !nullable("sentence") && !nullable("confidence"));
    assert!(nullable("mode") && nullable("date_first") && nullable("lat"));
    // The partition keys are directories, not columns.
    assert!(schema.field_with_name("type").is_err() && schema.field_with_name("month").is_err());
    assert_eq!(ev.num_rows(), 2);
    assert_eq!(strs(&ev, "id"), some(&["a-e0", "b-e0"]));
    assert_eq!(strs(&ev, "doc_id"), some(&["a", "b"]));
    assert_eq!(strs(&ev, "source_entity"), some(&["Q80137", "Q80137"]));
    assert_eq!(strs(&ev, "source_country"), some(&["RUS", "RUS"]));
    assert_eq!(strs(&ev, "source_sector"), some(&["GOV", "GOV"]));
    assert_eq!(strs(&ev, "target_country"), some(&["PAK", "PAK"]));
    assert_eq!(strs(&ev, "target_sector"), vec![None, None]);
    assert_eq!(strs(&ev, "date"), some(&["2025-07-02", "2025-07-02"]));
    assert_eq!(
        dates(&ev, "date_first"),
        some(&["2025-07-02", "2025-07-02"])
    );
    assert_eq!(strs(&ev, "date_precision"), some(&["day", "day"]));
    assert_eq!(strs(&ev, "aux"), vec![None, None]);
    assert_eq!(lists(&ev, "context"), vec![Vec::new(), Vec::new()]);
    let conf = ev
        .column_by_name("confidence")
        .unwrap()
        .as_primitive::<Float32Type>();
    assert_eq!(conf.values().to_vec(), [0.8, 0.9]);
    let quad = ev
        .column_by_name("quad")
        .unwrap()
        .as_primitive::<Int32Type>();
    assert_eq!(quad.values().to_vec(), [1, 1]);
    // Both documents come from one outlet (example.org): one source.
    assert_eq!(ints(&ev, "sources"), [1, 1]);
    let folded = ints(&ev, "folded");
    assert_eq!(folded[0], folded[1]);
    let sentence = strs(&ev, "sentence")[0].clone().unwrap();
    assert!(
        sentence.starts_with("Sergey Lavrov (RUS.GOV) consulted"),
        "{sentence}"
    );

    let f = read(&out.join("events_folded/month=2025-07/type=CONSULT/part-00000.parquet"));
    let names: Vec<String> = f
        .schema()
        .fields()
        .iter()
        .map(|x| x.name().clone())
        .collect();
    assert_eq!(names[..3], ["folded", "sources", "id"]);
    // The most confident report stands for the event.
    assert_eq!(strs(&f, "id"), some(&["b-e0"]));
    assert_eq!(ints(&f, "sources"), [1]);
    assert_eq!(ints(&f, "folded"), [folded[0]]);
    // What `dyad events --dedup --format json` adds: the counts and the reports, in order.
    assert_eq!(ints(&f, "num_reports"), [2]);
    assert_eq!(ints(&f, "num_sources"), [1]);
    assert_eq!(lists(&f, "report_events"), [some(&["a-e0", "b-e0"])]);
    assert_eq!(lists(&f, "report_doc_ids"), [some(&["a", "b"])]);
    assert_eq!(
        lists(&f, "report_published"),
        [some(&["2025-07-03", "2025-07-05"])]
    );
    assert_eq!(lists(&f, "report_linked_to")[0][0], None);
    assert_eq!(dates(&f, "first_reported"), some(&["2025-07-03"]));
    assert_eq!(dates(&f, "last_reported"), some(&["2025-07-05"]));
    let json = store
        .folded_events(&dyad_store::EventQuery {
            include_aux: true,
            ..Default::default()
        })
        .unwrap();
    let consult = json.iter().find(|e| e.rep.id == "b-e0").unwrap();
    assert_eq!(
        lists(&f, "languages"),
        [consult
            .languages
            .iter()
            .map(|l| Some(l.clone()))
            .collect::<Vec<_>>()]
    );
    assert_eq!(ints(&f, "num_articles"), [consult.num_articles as i64]);
    assert_eq!(ints(&f, "story"), [consult.story]);

    let acc = read(&out.join("events/month=2025-07/type=ACCUSE/part-00000.parquet"));
    assert_eq!(strs(&acc, "location_name"), some(&["Kabul"]));
    assert_eq!(strs(&acc, "location_country"), some(&["AFG"]));
    let lat = acc
        .column_by_name("lat")
        .unwrap()
        .as_primitive::<Float64Type>();
    assert_eq!(lat.value(0), 34.5);
    assert_eq!(ints(&acc, "sources"), [1]);

    let hist = read(&out.join("events/month=1999-01/type=CONSULT/part-00000.parquet"));
    assert_eq!(strs(&hist, "aux"), some(&["historical"]));
    assert_eq!(strs(&hist, "date"), some(&["1999"]));
    assert_eq!(dates(&hist, "date_first"), some(&["1999-01-01"]));
    assert_eq!(dates(&hist, "date_last"), some(&["1999-12-31"]));
    assert_eq!(strs(&hist, "date_precision"), some(&["year"]));

    let undated =
        read(&out.join("events/month=__HIVE_DEFAULT_PARTITION__/type=AID/part-00000.parquet"));
    assert_eq!(dates(&undated, "date_first"), vec![None]);
    assert_eq!(strs(&undated, "doc_published"), vec![None]);

    // Documents carry their text; the event's span is a byte span of it.
    let docs = read(&out.join("documents/month=2025-07/part-00000.parquet"));
    assert_eq!(strs(&docs, "id"), some(&["a", "b"]));
    assert_eq!(
        dates(&docs, "published_first"),
        some(&["2025-07-03", "2025-07-05"])
    );
    assert_eq!(
        strs(&docs, "published"),
        some(&["2025-07-03", "2025-07-05"])
    );
    assert_eq!(strs(&docs, "language"), some(&["en", "en"]));
    assert_eq!(ints(&docs, "events"), [2, 1]);
    assert_eq!(ints(&docs, "quotes"), [1, 0]);
    let text = strs(&docs, "text")[0].clone().unwrap();
    let (s, e) = (ints(&ev, "start")[0] as usize, ints(&ev, "end")[0] as usize);
    assert_eq!(&text[s..e], sentence);
    assert_eq!(
        docs.schema()
            .field_with_name("published_first")
            .unwrap()
            .data_type(),
        &DataType::Date32
    );

    let ents = read(&out.join("entities/month=2025-07/part-00000.parquet"));
    let names = strs(&ents, "name");
    let lav = names
        .iter()
        .position(|n| n.as_deref() == Some("Sergey Lavrov"))
        .unwrap();
    assert_eq!(strs(&ents, "doc_id")[lav].as_deref(), Some("a"));
    assert_eq!(strs(&ents, "kb_id")[lav].as_deref(), Some("Q80137"));
    assert_eq!(strs(&ents, "country")[lav].as_deref(), Some("RUS"));
    assert_eq!(strs(&ents, "sector")[lav].as_deref(), Some("GOV"));
    let mentions = &lists(&ents, "mentions")[lav];
    assert_eq!(mentions, &some(&["Sergey Lavrov", "Sergey Lavrov"]));
    let starts = ents
        .column_by_name("mention_starts")
        .unwrap()
        .as_list::<i32>()
        .value(lav);
    let first = starts.as_primitive::<Int64Type>().value(0) as usize;
    assert_eq!(&text[first..first + "Sergey Lavrov".len()], "Sergey Lavrov");
    let kabul = names
        .iter()
        .position(|n| n.as_deref() == Some("Kabul"))
        .unwrap();
    assert_eq!(strs(&ents, "kind")[kabul].as_deref(), Some("place"));
    assert_eq!(strs(&ents, "place_country")[kabul].as_deref(), Some("AFG"));

    let q = read(&out.join("quotes/month=2025-07/part-00000.parquet"));
    assert_eq!(strs(&q, "speaker_entity"), some(&["Q80137"]));
    assert_eq!(strs(&q, "speaker_country"), some(&["RUS"]));
    assert_eq!(strs(&q, "text"), some(&["We will not accept what PAK did"]));
    assert_eq!(lists(&q, "about_ids"), vec![some(&["PAK"])]);
    assert_eq!(lists(&q, "about_codes"), vec![some(&["PAK"])]);
}

#[test]
fn an_export_never_mixes_with_an_older_one() {
    let store = store();
    let dir = tempfile::tempdir().unwrap();
    export(&store, dir.path()).unwrap();
    let before = files(dir.path());
    let err = export(&store, dir.path()).unwrap_err();
    assert!(
        matches!(&err, ExportError::Exists(p) if p.ends_with("events")),
        "{err}"
    );
    assert_eq!(files(dir.path()), before);
}

#[test]
fn an_empty_store_writes_no_table() {
    let store = Store::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let done = export(&store, dir.path()).unwrap();
    assert!(done.tables.iter().all(|(_, w)| w.rows == 0 && w.files == 0));
    assert_eq!(files(dir.path()), ["_SUCCESS"]);
}
