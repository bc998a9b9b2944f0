//! `dyad serve`: a JSON API over the store and the relations model, and the dashboard.
//!
//! - Reads go through the store's read API on a small pool of read-only connections (a SQLite
//!   file, or a PostgreSQL database named by a `postgres://` URL), each used by one blocking
//!   task at a time; SQLite's WAL, or PostgreSQL's MVCC, lets them run while an ingest writes.
//! - `POST /api/documents` runs the same batch ingest as `dyad ingest` (dyad-batch, as
//!   [`PipelineIngest`]; tests may hand in another [`Ingest`]) on one writer connection.
//! - Binds 127.0.0.1 unless told otherwise; writing needs a token, and so does reading when
//!   bound to any other address. Request bodies are capped and each client is rate-limited.
//! - The dashboard is plain files under `front-end/`, compiled in (build.rs); every response
//!   carries `Content-Security-Policy: default-src 'self'`.
//!
//! Not here: the pipeline (the binary hands it in), TLS (put a proxy in front).

mod api;
mod assets;
mod error;
mod export;
mod guard;
mod ingest;
mod openapi;
mod params;

pub use api::API_PATHS;
pub use error::ApiError;
pub use ingest::PipelineIngest;
pub use openapi::openapi;

use dyad_store::AnyStore;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How the server is run.
#[derive(Clone)]
pub struct Config {
    /// A SQLite file, or a PostgreSQL database's `postgres://` URL.
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Needed to write, and to read when not bound to a loopback address.
    pub token: Option<String>,
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// Requests per second per client address (bursts up to the same number).
    pub rate_limit: u32,
    /// What `POST /api/documents` runs; without it the endpoint says ingest is unavailable.
    pub ingest: Option<Arc<dyn Ingest>>,
    /// Rows read per query of a CSV/JSONL export, which reads page after page.
    pub export_page: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            body_limit: 50 * 1024 * 1024,
            rate_limit: 100,
            ingest: None,
            export_page: 5000,
        }
    }
}

/// What a request to ingest carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// One JSON record per line (`{"id","text"|"html","url","title","source","published"}`).
    Jsonl,
    Text,
    Html,
}

/// Metadata given with a single text or HTML document (query parameters of the request).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
}

/// What an ingest request did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestReport {
    pub inserted: usize,
    /// Older versions (same document key) replaced by a new one.
    pub replaced: usize,
    pub skipped_existing: usize,
    /// Records that could not be read (each named in `errors`).
    pub unreadable: usize,
    /// Documents the store refused (recorded as diagnostics).
    pub failed: usize,
    pub errors: Vec<String>,
}

/// The batch ingest behind `POST /api/documents`: the same code `dyad ingest` runs.
pub trait Ingest: Send + Sync + 'static {
    fn ingest(
        &self,
        store: &mut AnyStore,
        body: &[u8],
        kind: InputKind,
        meta: &DocMeta,
    ) -> Result<IngestReport, String>;
}

/// Everything the handlers share.
pub(crate) struct State {
    /// What `--db` named: a SQLite path or a PostgreSQL URL.
    pub db: String,
    pool: Mutex<Vec<AnyStore>>,
    pub writer: Mutex<Option<AnyStore>>,
    pub token: Option<String>,
    /// Reads without a token: only when bound to a loopback address.
    pub open_reads: bool,
    pub limiter: guard::Limiter,
    pub body_limit: usize,
    pub ingest: Option<Arc<dyn Ingest>>,
    pub export_page: usize,
    /// What actor parameters name: the command line's check (its knowledge base loaded on
    /// the first name that needs it).
    pub names: dyad_batch::actors::Resolver,
}

impl State {
    /// Runs `f` on a pooled read connection, on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&AnyStore) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state.take()?;
            let out = f(&store);
            state.give(store);
            out
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// What each actor parameter names (`what` is the parameter), or the error naming the
    /// one that names nothing: 404 for an actor dyad does not know, 400 for a malformed or
    /// ambiguous one.
    pub async fn actors(
        self: &Arc<Self>,
        what: &'static str,
        given: Vec<String>,
    ) -> Result<Vec<String>, ApiError> {
        if given.is_empty() {
            return Ok(given);
        }
        let state = self.clone();
        self.read(move |store| {
            given
                .iter()
                .map(|a| Ok(state.names.resolve(store, what, a)?))
                .collect()
        })
        .await
    }

    /// [`State::actors`] for one.
    pub async fn actor(
        self: &Arc<Self>,
        what: &'static str,
        given: String,
    ) -> Result<String, ApiError> {
        let mut v = self.actors(what, vec![given]).await?;
        v.pop().ok_or_else(|| ApiError::internal("no actor"))
    }

    pub fn take(&self) -> Result<AnyStore, ApiError> {
        let pooled = self.pool.lock().map_err(ApiError::internal)?.pop();
        match pooled {
            Some(s) => Ok(s),
            // Reads never write: SQLite's read-only flags or a read-only PostgreSQL session,
            // as the CLI's queries.
            None => AnyStore::open_read_only(&self.db).map_err(ApiError::internal),
        }
    }

    /// Closes every pooled connection and the writer (see [`Running::stop`]).
    fn close(&self) {
        if let Ok(mut pool) = self.pool.lock() {
            pool.clear();
        }
        if let Ok(mut writer) = self.writer.lock() {
            writer.take();
        }
    }

    pub fn give(&self, store: AnyStore) {
        if let Ok(mut pool) = self.pool.lock() {
            if pool.len() < 8 {
                pool.push(store);
            }
        }
    }
}

/// What went wrong starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// `path` is shown without a password.
    #[error("cannot open the database {path}: {source}")]
    Store {
        path: String,
        source: dyad_store::StoreError,
    },
    #[error("the database name {0:?} is not UTF-8")]
    NotUtf8(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("refusing to serve on {0} without a token: pass --token or set DYAD_TOKEN")]
    NoToken(IpAddr),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// A server running in the background (tests, benchmarks).
pub struct Running {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    state: Arc<State>,
}

impl Running {
    /// Stops accepting, finishes the requests in flight, and closes the connections.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        let served = self.task.await.map_err(std::io::Error::other)?;
        // Connections are closed on a blocking thread, as they are used: closing PostgreSQL's
        // synchronous client waits for the server, which a runtime thread must not do.
        let state = self.state;
        tokio::task::spawn_blocking(move || state.close())
            .await
            .map_err(std::io::Error::other)?;
        served
    }
}

/// Opens the database, binds and starts serving in the background (port 0 picks a free one).
pub async fn start(config: Config) -> Result<Running, ServerError> {
    let ip = config.addr.ip();
    if !ip.is_loopback() && config.token.is_none() {
        return Err(ServerError::NoToken(ip));
    }
    // Bound first: once the stores are open, nothing fails before the server holds them.
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr,
            source,
        })?;
    let addr = listener.local_addr()?;
    // Open (and migrate) once up front, so a bad path fails now, not on the first request;
    // this connection is the writer, the reads get read-only ones. On a blocking thread, as
    // every use of a store: PostgreSQL's synchronous client runs a runtime of its own.
    let db = config
        .db
        .to_str()
        .ok_or_else(|| ServerError::NotUtf8(config.db.clone()))?
        .to_string();
    let opening = db.clone();
    let (writer, first) = tokio::task::spawn_blocking(move || {
        let failed = |source: dyad_store::StoreError| ServerError::Store {
            path: dyad_store::pg::redact(&opening),
            source,
        };
        let writer = AnyStore::open(&opening).map_err(failed)?;
        let first = AnyStore::open_read_only(&opening).map_err(failed)?;
        Ok::<_, ServerError>((writer, first))
    })
    .await
    .map_err(std::io::Error::other)??;
    let state = Arc::new(State {
        db,
        pool: Mutex::new(vec![first]),
        writer: Mutex::new(Some(writer)),
        token: config.token.clone().filter(|t| !t.is_empty()),
        open_reads: ip.is_loopback(),
        limiter: guard::Limiter::new(config.rate_limit),
        body_limit: config.body_limit,
        ingest: config.ingest.clone(),
        export_page: config.export_page.max(1),
        names: dyad_batch::actors::Resolver::new(),
    });
    let app = api::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(Running {
        addr,
        stop: Some(stop),
        task,
        state,
    })
}

/// Serves until Ctrl-C; `on_ready` gets the address once listening.
pub fn run(config: Config, on_ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let running = start(config).await?;
        on_ready(running.addr);
        let _ = tokio::signal::ctrl_c().await;
        running.stop().await?;
        Ok(())
    })
}
