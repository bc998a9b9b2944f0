//! Schema migrations: `.sql` files compiled in, applied in order, recorded in
//! `PRAGMA user_version`. Each migration runs in its own transaction, so a failed one leaves
//! the schema at the previous version.

use crate::StoreError;
use rusqlite::{Connection, TransactionBehavior};

/// One schema step, from `migrations/<file>.sql`; `version` counts up from 1.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, oldest first: add a file under `migrations/` and a line here. The number
/// in the file name is the version (checked by a test).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_init",
        sql: include_str!("../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "0002_event_clusters",
        sql: include_str!("../migrations/0002_event_clusters.sql"),
    },
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Brings the schema up to date; returns how many migrations were applied.
pub(crate) fn migrate(
    conn: &mut Connection,
    migrations: &[Migration],
) -> Result<usize, StoreError> {
    let supported = migrations.last().map_or(0, |m| m.version);
    let found = user_version(conn)?;
    if found > supported {
        return Err(StoreError::SchemaTooNew { found, supported });
    }
    let mut applied = 0;
    for m in migrations.iter().filter(|m| m.version > found) {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| fail(m, source))?;
        // Read again under the write lock: another process may have migrated meanwhile.
        if user_version(&tx)? >= m.version {
            continue;
        }
        tx.execute_batch(m.sql).map_err(|source| fail(m, source))?;
        // user_version lives in the database header, written by this same transaction.
        tx.pragma_update(None, "user_version", m.version)
            .map_err(|source| fail(m, source))?;
        tx.commit().map_err(|source| fail(m, source))?;
        applied += 1;
    }
    Ok(applied)
}

fn fail(m: &Migration, source: rusqlite::Error) -> StoreError {
    StoreError::Migration {
        version: m.version,
        name: m.name,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_numbers_match_versions() {
        for m in MIGRATIONS {
            assert_eq!(
                m.name.get(..5),
                Some(format!("{:04}_", m.version).as_str()),
                "{}",
                m.name
            );
        }
    }

    #[test]
    fn applies_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn, MIGRATIONS).unwrap(), MIGRATIONS.len());
        assert_eq!(migrate(&mut conn, MIGRATIONS).unwrap(), 0);
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn failed_migration_rolls_back() {
        let broken = [
            Migration {
                version: 1,
                name: "one",
                sql: "CREATE TABLE a (x);",
            },
            Migration {
                version: 2,
                name: "two",
                sql: "CREATE TABLE b (x); SELECT nonsense FROM;",
            },
        ];
        let mut conn = Connection::open_in_memory().unwrap();
        let err = migrate(&mut conn, &broken).unwrap_err();
        assert!(
            matches!(err, StoreError::Migration { version: 2, .. }),
            "{err}"
        );
        assert_eq!(user_version(&conn).unwrap(), 1);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'b'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0, "table of the failed migration was kept");
    }

    #[test]
    fn refuses_newer_schema() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn, MIGRATIONS).unwrap_err();
        assert!(matches!(err, StoreError::SchemaTooNew { .. }), "{err}");
    }
}
