//! `dyad serve`: the API and dashboard, with the pipeline behind `POST /api/documents`.

use anyhow::{Context as _, Result};
use dyad_server::{Config, PipelineIngest};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub struct ServeArgs {
    pub db: PathBuf,
    pub host: IpAddr,
    pub port: u16,
    pub token: Option<String>,
    pub max_body_mb: usize,
    pub rate_limit: u32,
}

pub fn serve(a: ServeArgs) -> Result<ExitCode> {
    let token = a
        .token
        .or_else(|| std::env::var("DYAD_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    if !crate::commands::is_postgres(&a.db) && !a.db.exists() {
        eprintln!(
            "dyad: {} does not exist yet; serving an empty database (POST /api/documents or `dyad ingest` fills it)",
            a.db.display()
        );
    }
    let config = Config {
        db: a.db.clone(),
        addr: SocketAddr::new(a.host, a.port),
        token: token.clone(),
        body_limit: a.max_body_mb.saturating_mul(1024 * 1024),
        rate_limit: a.rate_limit,
        ingest: Some(Arc::new(PipelineIngest::new())),
        ..Config::new(&a.db)
    };
    let db = crate::commands::shown(&a.db);
    dyad_server::run(config, |addr| {
        println!("dyad: serving {db} at http://{addr}/  (API: /api/, OpenAPI: /api/openapi.json; Ctrl-C stops)");
        if token.is_none() {
            println!("dyad: no token set: reading only (POST /api/documents needs --token or DYAD_TOKEN)");
        }
    })
    .with_context(|| format!("serving {db}"))?;
    Ok(ExitCode::SUCCESS)
}
