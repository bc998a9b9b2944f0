//! What the two backends share: one SQL text per query, run through [`Db`] (SQLite's connection
//! here, PostgreSQL's in `pg/`), its rows read through [`Cols`].
//!
//! The queries are written in the SQL both databases speak: `?N` or `?` parameters (PostgreSQL's
//! side numbers them `$N`), `ON CONFLICT` instead of `INSERT OR …`, `RETURNING` instead of
//! `last_insert_rowid()`, `lower(a) = lower(b)` for SQLite's ASCII `NOCASE`, `NULLS FIRST`
//! where NULLs are ordered, `TRUE` for an empty condition. The few spellings that differ are
//! rewritten in one table (`pg::dialect`).

use crate::StoreError;
use rusqlite::types::{Value, ValueRef};

/// One row of a result, by column position.
pub(crate) trait Cols {
    fn i64_opt(&self, i: usize) -> Result<Option<i64>, StoreError>;
    fn f64_opt(&self, i: usize) -> Result<Option<f64>, StoreError>;
    fn str_opt(&self, i: usize) -> Result<Option<String>, StoreError>;
    fn bytes_opt(&self, i: usize) -> Result<Option<Vec<u8>>, StoreError>;
    /// The position of a column by its name.
    fn index(&self, name: &str) -> Result<usize, StoreError>;
}

/// A value read where the schema says it cannot be NULL.
fn null(i: usize) -> StoreError {
    StoreError::Unreadable(format!("column {i} is NULL"))
}

/// Reading non-NULL columns, and columns by name.
pub(crate) trait ColsExt: Cols {
    fn i64(&self, i: usize) -> Result<i64, StoreError> {
        self.i64_opt(i)?.ok_or_else(|| null(i))
    }
    fn f64(&self, i: usize) -> Result<f64, StoreError> {
        self.f64_opt(i)?.ok_or_else(|| null(i))
    }
    fn str(&self, i: usize) -> Result<String, StoreError> {
        self.str_opt(i)?.ok_or_else(|| null(i))
    }
    /// A count: never negative.
    fn count(&self, i: usize) -> Result<u64, StoreError> {
        let n = self.i64(i)?;
        u64::try_from(n).map_err(|_| StoreError::Unreadable(format!("column {i}: count {n}")))
    }
}

impl<T: Cols + ?Sized> ColsExt for T {}

/// A connection that runs the store's shared SQL.
pub(crate) trait Db {
    /// Runs a statement; returns how many rows it changed.
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError>;
    /// Runs a query, handing each row to `f` in order; `f` returns `false` to stop. `f` must
    /// not use the connection (PostgreSQL's rows arrive on it).
    fn each(
        &self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cols) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError>;
}

/// Helpers over [`Db`].
pub(crate) trait DbExt: Db {
    /// Every row, mapped.
    fn rows<T>(
        &self,
        sql: &str,
        params: &[Value],
        map: impl Fn(&dyn Cols) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut out = Vec::new();
        self.each(sql, params, &mut |r| {
            out.push(map(r)?);
            Ok(true)
        })?;
        Ok(out)
    }
    /// The first row, mapped, if there is one.
    fn first<T>(
        &self,
        sql: &str,
        params: &[Value],
        map: impl Fn(&dyn Cols) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let mut out = None;
        self.each(sql, params, &mut |r| {
            out = Some(map(r)?);
            Ok(false)
        })?;
        Ok(out)
    }
}

impl<T: Db + ?Sized> DbExt for T {}

/// An integer parameter.
pub(crate) fn int(n: i64) -> Value {
    Value::Integer(n)
}

/// A text parameter.
pub(crate) fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

/// An optional text parameter.
pub(crate) fn opt_text(s: Option<impl Into<String>>) -> Value {
    s.map_or(Value::Null, |s| Value::Text(s.into()))
}

/// A row limit: "no limit" is the largest number, which both databases take (SQLite's -1 is
/// an error to PostgreSQL).
pub(crate) fn limit(n: Option<usize>) -> Value {
    Value::Integer(n.map_or(i64::MAX, |n| i64::try_from(n).unwrap_or(i64::MAX)))
}

impl Cols for rusqlite::Row<'_> {
    fn i64_opt(&self, i: usize) -> Result<Option<i64>, StoreError> {
        Ok(self.get(i)?)
    }
    fn f64_opt(&self, i: usize) -> Result<Option<f64>, StoreError> {
        Ok(self.get(i)?)
    }
    fn str_opt(&self, i: usize) -> Result<Option<String>, StoreError> {
        Ok(self.get(i)?)
    }
    fn bytes_opt(&self, i: usize) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(match self.get_ref(i)? {
            ValueRef::Null => None,
            ValueRef::Blob(b) | ValueRef::Text(b) => Some(b.to_vec()),
            other => {
                return Err(StoreError::Unreadable(format!(
                    "column {i}: {:?} is not a blob",
                    other.data_type()
                )))
            }
        })
    }
    fn index(&self, name: &str) -> Result<usize, StoreError> {
        Ok(self.as_ref().column_index(name)?)
    }
}

impl Db for rusqlite::Connection {
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let n = self
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(params))?;
        Ok(n as u64)
    }

    fn each(
        &self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cols) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            if !f(r)? {
                break;
            }
        }
        Ok(())
    }
}

/// A Rust value read from one column.
pub(crate) trait FromCol: Sized {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError>;
}

impl FromCol for Option<String> {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError> {
        r.str_opt(i)
    }
}
impl FromCol for String {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError> {
        r.str(i)
    }
}
impl FromCol for Option<i64> {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError> {
        r.i64_opt(i)
    }
}
impl FromCol for i64 {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError> {
        r.i64(i)
    }
}
impl FromCol for Option<f64> {
    fn from_col(r: &dyn Cols, i: usize) -> Result<Self, StoreError> {
        r.f64_opt(i)
    }
}

/// The column `name` of `r`.
pub(crate) fn get<T: FromCol>(r: &dyn Cols, name: &str) -> Result<T, StoreError> {
    T::from_col(r, r.index(name)?)
}

/// The column at `i` of `r`.
pub(crate) fn at<T: FromCol>(r: &dyn Cols, i: usize) -> Result<T, StoreError> {
    T::from_col(r, i)
}
