//! A table as a list of typed columns over a row type, and the writer of its hive-partitioned
//! Parquet files. A column is a name, an Arrow type and a function from the row to its value,
//! so a table gains a field by gaining one line.

use crate::ExportError;
use arrow_array::builder::{
    ArrayBuilder, Date32Builder, Float32Builder, Float64Builder, Int32Builder, Int64Builder,
    ListBuilder, StringBuilder, TimestampMicrosecondBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use jiff::civil::Date;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;
use std::sync::Arc;

/// The Arrow type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Str,
    /// Days (Date32).
    Date,
    /// Microseconds since 1970 in UTC.
    Timestamp,
    F64,
    F32,
    I64,
    I32,
    /// A list of strings; `true` when an element can be null.
    StrList(bool),
    I64List,
}

impl Kind {
    fn data_type(self) -> DataType {
        match self {
            Kind::Str => DataType::Utf8,
            Kind::Date => DataType::Date32,
            Kind::Timestamp => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            Kind::F64 => DataType::Float64,
            Kind::F32 => DataType::Float32,
            Kind::I64 => DataType::Int64,
            Kind::I32 => DataType::Int32,
            Kind::StrList(nullable) => {
                DataType::List(Arc::new(Field::new("item", DataType::Utf8, nullable)))
            }
            Kind::I64List => DataType::List(Arc::new(Field::new("item", DataType::Int64, false))),
        }
    }
}

/// One value of a row, as its column's kind holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    Str(Option<Cow<'a, str>>),
    Date(Option<Date>),
    /// Microseconds since 1970 in UTC.
    Timestamp(Option<i64>),
    F64(Option<f64>),
    F32(Option<f32>),
    I64(Option<i64>),
    I32(Option<i32>),
    StrList(Vec<Option<Cow<'a, str>>>),
    I64List(Vec<i64>),
}

impl<'a> Cell<'a> {
    pub(crate) fn str(s: &'a str) -> Cell<'a> {
        Cell::Str(Some(Cow::Borrowed(s)))
    }

    pub(crate) fn opt(s: Option<&'a str>) -> Cell<'a> {
        Cell::Str(s.map(Cow::Borrowed))
    }

    /// A value written through its `Display` (actor codes, dates as written, enums).
    pub(crate) fn shown(v: Option<impl std::fmt::Display>) -> Cell<'a> {
        Cell::Str(v.map(|v| Cow::Owned(v.to_string())))
    }

    /// `2024-05-23T10:00:00Z` as a timestamp; anything unreadable is null.
    pub(crate) fn instant(s: Option<&str>) -> Cell<'a> {
        Cell::Timestamp(
            s.and_then(|s| s.parse::<jiff::Timestamp>().ok())
                .map(|t| t.as_microsecond()),
        )
    }

    pub(crate) fn count(n: usize) -> Cell<'a> {
        Cell::I64(Some(i64::try_from(n).unwrap_or(i64::MAX)))
    }

    pub(crate) fn strs(items: impl IntoIterator<Item = &'a str>) -> Cell<'a> {
        Cell::StrList(items.into_iter().map(|s| Some(Cow::Borrowed(s))).collect())
    }
}

/// One column of a table over rows of type `T`.
pub(crate) struct Column<T> {
    pub name: &'static str,
    pub kind: Kind,
    pub nullable: bool,
    pub get: fn(&T) -> Cell<'_>,
}

impl<T> Clone for Column<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Column<T> {}

impl<T> Column<T> {
    pub(crate) const fn new(
        name: &'static str,
        kind: Kind,
        nullable: bool,
        get: fn(&T) -> Cell<'_>,
    ) -> Column<T> {
        Column {
            name,
            kind,
            nullable,
            get,
        }
    }
}

/// The Arrow schema of a list of columns.
pub(crate) fn schema<T>(columns: &[Column<T>]) -> SchemaRef {
    Arc::new(Schema::new(
        columns
            .iter()
            .map(|c| Field::new(c.name, c.kind.data_type(), c.nullable))
            .collect::<Vec<_>>(),
    ))
}

const EPOCH: Date = Date::constant(1970, 1, 1);

fn days(d: Date) -> i32 {
    i32::try_from(d.duration_since(EPOCH).as_secs().div_euclid(86_400)).unwrap_or(i32::MAX)
}

/// The Arrow builder of one column.
enum Builder {
    Str(StringBuilder),
    Date(Date32Builder),
    Timestamp(TimestampMicrosecondBuilder),
    F64(Float64Builder),
    F32(Float32Builder),
    I64(Int64Builder),
    I32(Int32Builder),
    StrList(ListBuilder<StringBuilder>),
    I64List(ListBuilder<Int64Builder>),
}

impl Builder {
    fn new(kind: Kind) -> Builder {
        match kind {
            Kind::Str => Builder::Str(StringBuilder::new()),
            Kind::Date => Builder::Date(Date32Builder::new()),
            Kind::Timestamp => {
                Builder::Timestamp(TimestampMicrosecondBuilder::new().with_timezone("UTC"))
            }
            Kind::F64 => Builder::F64(Float64Builder::new()),
            Kind::F32 => Builder::F32(Float32Builder::new()),
            Kind::I64 => Builder::I64(Int64Builder::new()),
            Kind::I32 => Builder::I32(Int32Builder::new()),
            Kind::StrList(nullable) => Builder::StrList(
                ListBuilder::new(StringBuilder::new()).with_field(Field::new(
                    "item",
                    DataType::Utf8,
                    nullable,
                )),
            ),
            Kind::I64List => {
                Builder::I64List(ListBuilder::new(Int64Builder::new()).with_field(Field::new(
                    "item",
                    DataType::Int64,
                    false,
                )))
            }
        }
    }

    /// Appends a value; `false` when its kind is not this column's (a bug in a table).
    fn append(&mut self, cell: Cell<'_>) -> bool {
        match (self, cell) {
            (Builder::Str(b), Cell::Str(v)) => b.append_option(v),
            (Builder::Date(b), Cell::Date(v)) => b.append_option(v.map(days)),
            (Builder::Timestamp(b), Cell::Timestamp(v)) => b.append_option(v),
            (Builder::F64(b), Cell::F64(v)) => b.append_option(v),
            (Builder::F32(b), Cell::F32(v)) => b.append_option(v),
            (Builder::I64(b), Cell::I64(v)) => b.append_option(v),
            (Builder::I32(b), Cell::I32(v)) => b.append_option(v),
            (Builder::StrList(b), Cell::StrList(items)) => {
                for item in items {
                    b.values().append_option(item);
                }
                b.append(true);
            }
            (Builder::I64List(b), Cell::I64List(items)) => {
                b.values().append_slice(&items);
                b.append(true);
            }
            _ => return false,
        }
        true
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Str(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
            Builder::Timestamp(b) => Arc::new(b.finish()),
            Builder::F64(b) => Arc::new(b.finish()),
            Builder::F32(b) => Arc::new(b.finish()),
            Builder::I64(b) => Arc::new(b.finish()),
            Builder::I32(b) => Arc::new(b.finish()),
            Builder::StrList(b) => Arc::new(b.finish()),
            Builder::I64List(b) => Arc::new(b.finish()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Builder::Str(b) => b.len(),
            Builder::Date(b) => b.len(),
            Builder::Timestamp(b) => b.len(),
            Builder::F64(b) => b.len(),
            Builder::F32(b) => b.len(),
            Builder::I64(b) => b.len(),
            Builder::I32(b) => b.len(),
            Builder::StrList(b) => b.len(),
            Builder::I64List(b) => b.len(),
        }
    }
}

/// Rows buffered in Arrow builders before they are handed to the Parquet writer.
const BATCH_ROWS: usize = 8192;
/// Rows per row group: large enough for good compression, small enough that a month's open
/// files (one per event type) stay within tens of megabytes.
const ROW_GROUP_ROWS: usize = 65_536;

/// One open Parquet file of a partition.
struct Open {
    dir: String,
    writer: ArrowWriter<File>,
    builders: Vec<Builder>,
}

/// What one table's writer wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub rows: u64,
    pub files: u64,
}

/// Writes rows of `T` into `root/<key>=<value>/…/part-NNNNN.parquet`, hive-style. Rows come
/// grouped by their first partition key (the month: every scan is in date order), so every
/// file of the previous group is closed when the group changes and memory stays bounded by
/// one group's open files. Rows of a group seen again later go to a new part file.
pub(crate) struct Partitioned<'c, T> {
    root: PathBuf,
    columns: &'c [Column<T>],
    schema: SchemaRef,
    props: WriterProperties,
    group: Option<String>,
    open: Vec<Open>,
    parts: HashMap<String, u32>,
    written: Written,
}

/// The value a partition directory takes for a null: Hive's, which Spark, pyarrow and DuckDB
/// read back as null.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// A partition value made safe for a directory name (Hive's escaping: `%XX`).
fn escape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The relative directory of a partition: `month=2025-07/type=CONSULT`.
pub(crate) fn partition_dir(keys: &[(&str, Option<&str>)]) -> String {
    keys.iter()
        .map(|(k, v)| match v {
            Some(v) if !v.is_empty() => format!("{k}={}", escape(v)),
            _ => format!("{k}={NULL_PARTITION}"),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `2025-07` for a day in July 2025.
pub(crate) fn month(d: Option<Date>) -> Option<String> {
    d.map(|d| format!("{:04}-{:02}", d.year(), d.month()))
}

impl<'c, T> Partitioned<'c, T> {
    pub(crate) fn new(root: PathBuf, columns: &'c [Column<T>]) -> Partitioned<'c, T> {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .set_created_by(format!("dyad {}", env!("CARGO_PKG_VERSION")))
            .build();
        Partitioned {
            root,
            schema: schema(columns),
            columns,
            props,
            group: None,
            open: Vec::new(),
            parts: HashMap::new(),
            written: Written::default(),
        }
    }

    /// Writes one row into the partition `keys` (first key: the group).
    pub(crate) fn write(
        &mut self,
        keys: &[(&str, Option<&str>)],
        row: &T,
    ) -> Result<(), ExportError> {
        let dir = partition_dir(keys);
        let group = dir.split('/').next().unwrap_or("").to_string();
        if self.group.as_deref() != Some(group.as_str()) {
            self.close_all()?;
            self.group = Some(group);
        }
        let i = match self.open.iter().position(|o| o.dir == dir) {
            Some(i) => i,
            None => {
                let o = self.create(dir)?;
                self.open.push(o);
                self.open.len() - 1
            }
        };
        let columns = self.columns;
        let open = &mut self.open[i];
        for (c, b) in columns.iter().zip(open.builders.iter_mut()) {
            if !b.append((c.get)(row)) {
                return Err(ExportError::Internal(format!(
                    "column {} was given a value of another type",
                    c.name
                )));
            }
        }
        self.written.rows += 1;
        if open.builders.first().map_or(0, Builder::len) >= BATCH_ROWS {
            flush(&self.schema, open)?;
        }
        Ok(())
    }

    fn create(&mut self, dir: String) -> Result<Open, ExportError> {
        let n = self.parts.entry(dir.clone()).or_insert(0);
        let path = self.root.join(&dir);
        std::fs::create_dir_all(&path).map_err(|e| ExportError::io(&path, e))?;
        let file_path = path.join(format!("part-{:05}.parquet", *n));
        *n += 1;
        let file = File::create(&file_path).map_err(|e| ExportError::io(&file_path, e))?;
        let writer = ArrowWriter::try_new(file, self.schema.clone(), Some(self.props.clone()))?;
        self.written.files += 1;
        Ok(Open {
            dir,
            writer,
            builders: self.columns.iter().map(|c| Builder::new(c.kind)).collect(),
        })
    }

    fn close_all(&mut self) -> Result<(), ExportError> {
        for mut o in self.open.drain(..) {
            flush(&self.schema, &mut o)?;
            o.writer.close()?;
        }
        Ok(())
    }

    /// Closes every file; what was written.
    pub(crate) fn finish(mut self) -> Result<Written, ExportError> {
        self.close_all()?;
        Ok(self.written.clone())
    }
}

fn flush(schema: &SchemaRef, open: &mut Open) -> Result<(), ExportError> {
    if open.builders.first().map_or(0, Builder::len) == 0 {
        return Ok(());
    }
    let arrays: Vec<ArrayRef> = open.builders.iter_mut().map(Builder::finish).collect();
    let batch = RecordBatch::try_new(schema.clone(), arrays)?;
    open.writer.write(&batch)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_directories_are_hive_style() {
        assert_eq!(
            partition_dir(&[("month", Some("2025-07")), ("type", Some("CONSULT"))]),
            "month=2025-07/type=CONSULT"
        );
        assert_eq!(
            partition_dir(&[("month", None)]),
            "month=__HIVE_DEFAULT_PARTITION__"
        );
        assert_eq!(partition_dir(&[("k", Some("a/b=c d"))]), "k=a%2Fb%3Dc%20d");
        assert_eq!(
            month(Some(Date::constant(2025, 7, 31))).as_deref(),
            Some("2025-07")
        );
    }

    #[test]
    fn dates_are_days_since_1970() {
        assert_eq!(days(EPOCH), 0);
        assert_eq!(days(Date::constant(1970, 1, 2)), 1);
        assert_eq!(days(Date::constant(1969, 12, 31)), -1);
        assert_eq!(days(Date::constant(2025, 7, 1)), 20_270);
    }
}
