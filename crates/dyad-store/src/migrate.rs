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
    Migration {
        version: 3,
        name: "0003_document_keys",
        sql: include_str!("../migrations/0003_document_keys.sql"),
    },
    Migration {
        version: 4,
        name: "0004_read_indexes",
        sql: include_str!("../migrations/0004_read_indexes.sql"),
    },
    Migration {
        version: 5,
        name: "0005_dyad_covering_index",
        sql: include_str!("../migrations/0005_dyad_covering_index.sql"),
    },
    Migration {
        version: 6,
        name: "0006_packed_documents",
        sql: include_str!("../migrations/0006_packed_documents.sql"),
    },
    Migration {
        version: 7,
        name: "0007_aggregates",
        sql: include_str!("../migrations/0007_aggregates.sql"),
    },
    Migration {
        version: 8,
        name: "0008_batch_tallies",
        sql: include_str!("../migrations/0008_batch_tallies.sql"),
    },
    Migration {
        version: 9,
        name: "0009_layers_by_document",
        sql: include_str!("../migrations/0009_layers_by_document.sql"),
    },
    Migration {
        version: 10,
        name: "0010_event_identity",
        sql: include_str!("../migrations/0010_event_identity.sql"),
    },
    Migration {
        version: 11,
        name: "0011_side_date_indexes",
        sql: include_str!("../migrations/0011_side_date_indexes.sql"),
    },
    Migration {
        version: 12,
        name: "0012_report_facts",
        sql: include_str!("../migrations/0012_report_facts.sql"),
    },
    Migration {
        version: 13,
        name: "0013_drop_unlinked_index",
        sql: include_str!("../migrations/0013_drop_unlinked_index.sql"),
    },
    Migration {
        version: 14,
        name: "0014_writer_indexes",
        sql: include_str!("../migrations/0014_writer_indexes.sql"),
    },
    Migration {
        version: 15,
        name: "0015_layers_in_body",
        sql: include_str!("../migrations/0015_layers_in_body.sql"),
    },
    Migration {
        version: 16,
        name: "0016_unread_event_indexes",
        sql: include_str!("../migrations/0016_unread_event_indexes.sql"),
    },
    Migration {
        version: 17,
        name: "0017_bands_by_key",
        sql: include_str!("../migrations/0017_bands_by_key.sql"),
    },
    Migration {
        version: 18,
        name: "0018_binary_bodies",
        sql: include_str!("../migrations/0018_binary_bodies.sql"),
    },
    Migration {
        version: 19,
        name: "0019_quotes_in_body",
        sql: include_str!("../migrations/0019_quotes_in_body.sql"),
    },
    Migration {
        version: 20,
        name: "0020_reports_are_mentions",
        sql: include_str!("../migrations/0020_reports_are_mentions.sql"),
    },
    Migration {
        version: 21,
        name: "0021_story_links",
        sql: include_str!("../migrations/0021_story_links.sql"),
    },
    Migration {
        version: 22,
        name: "0022_copies_across_weeks",
        sql: include_str!("../migrations/0022_copies_across_weeks.sql"),
    },
];

/// `PRAGMA application_id` of a dyad database ('dyad' in ASCII), set by migration 3.
pub const APPLICATION_ID: i32 = 0x6479_6164;

/// What a database file holds, as far as dyad is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing: a new or empty file, dyad's to initialise.
    Empty,
    /// A dyad database at this schema version.
    Dyad(u32),
}

/// Whether the open database is dyad's, read without writing anything. A database with tables
/// is dyad's when its header carries dyad's application id, or (schema 1 and 2, before the id)
/// when it has dyad's tables at a dyad schema version.
pub(crate) fn identify(conn: &Connection) -> Result<Found, String> {
    let read = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => "not an SQLite database".to_string(),
        _ => e.to_string(),
    };
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(read)?;
    let version = user_version(conn).map_err(read)?;
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(read)?;
    if app == APPLICATION_ID {
        return Ok(Found::Dyad(version));
    }
    if app != 0 {
        return Err(format!(
            "another program's database (application id {app:#x})"
        ));
    }
    if tables.is_empty() && version == 0 {
        return Ok(Found::Empty);
    }
    let ours = ["documents", "events", "entities", "diagnostics"]
        .iter()
        .all(|t| tables.iter().any(|x| x == t));
    if ours && (1..3).contains(&version) {
        return Ok(Found::Dyad(version));
    }
    let listed: Vec<&str> = tables.iter().map(String::as_str).take(5).collect();
    Err(format!(
        "not a dyad database (tables: {})",
        listed.join(", ")
    ))
}

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
    // Migrations may call the store's own SQL functions (6 packs stored rows).
    crate::pack::register(conn)?;
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
