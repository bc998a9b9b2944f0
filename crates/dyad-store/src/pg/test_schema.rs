//! For the tests of dyad's crates that run against a real PostgreSQL server: a schema of the
//! test's own, found at `DYAD_TEST_PG` (default [`DEFAULT_TEST_URL`]) and dropped afterwards.
//! Without a server a test says loudly that it skipped, unless `DYAD_CI=1` (set by `.ci/run`),
//! where a missing server fails it.

use postgres::{Client, NoTls};

/// Where the tests look for a server when `DYAD_TEST_PG` is not set.
pub const DEFAULT_TEST_URL: &str = "postgres://dyad:dyad@127.0.0.1/dyad_test";

/// A schema of one test's own on the server, dropped with it.
pub struct TestSchema {
    admin: Client,
    /// The schema's name.
    pub name: String,
    /// The database URL with the schema as its search path: what `--db` takes.
    pub url: String,
}

impl std::fmt::Debug for TestSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TestSchema({})", self.name)
    }
}

impl Drop for TestSchema {
    fn drop(&mut self) {
        let _ = self
            .admin
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
    }
}

impl TestSchema {
    /// A fresh schema named after `tag` and this process, or `None` (said loudly) when no
    /// server answers and this is not CI.
    pub fn new(tag: &str) -> Option<TestSchema> {
        let url = std::env::var("DYAD_TEST_PG").unwrap_or_else(|_| DEFAULT_TEST_URL.into());
        let mut admin = match Client::connect(&url, NoTls) {
            Ok(c) => c,
            Err(e) if std::env::var("DYAD_CI").as_deref() != Ok("1") => {
                eprintln!(
                    "!!! SKIPPED: no PostgreSQL server at {} ({e}); set DYAD_TEST_PG, or run \
                     .ci/run, which installs one",
                    super::redact(&url)
                );
                return None;
            }
            Err(e) => panic!(
                "DYAD_CI=1 and no PostgreSQL server at {}: {e}",
                super::redact(&url)
            ),
        };
        let name = format!("dyad_{tag}_{}", std::process::id());
        admin
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"
            ))
            .unwrap_or_else(|e| panic!("creating the schema {name}: {e}"));
        let sep = if url.contains('?') { '&' } else { '?' };
        let url = format!("{url}{sep}options=-csearch_path%3D{name}");
        Some(TestSchema { admin, name, url })
    }
}
