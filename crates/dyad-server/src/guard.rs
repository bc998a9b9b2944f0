//! What every request passes: the rate limit, the token, and the security headers on the way
//! out.

use crate::error::ApiError;
use crate::State;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// A token bucket per client address: `rate` requests per second, bursts of `rate`.
pub struct Limiter {
    rate: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl Limiter {
    pub fn new(rate: u32) -> Limiter {
        Limiter {
            rate: f64::from(rate.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    pub fn allow(&self, ip: IpAddr, now: Instant) -> bool {
        let Ok(mut b) = self.buckets.lock() else {
            return true;
        };
        if b.len() > 10_000 {
            // Forget clients idle long enough to have a full bucket again.
            b.retain(|_, (_, t)| now.duration_since(*t).as_secs_f64() < 1.0);
        }
        let (tokens, last) = b.entry(ip).or_insert((self.rate, now));
        let refill = now.duration_since(*last).as_secs_f64() * self.rate;
        *tokens = (*tokens + refill).min(self.rate);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Compares in time independent of where the first difference is.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn bearer(req: &Request) -> Option<&str> {
    req.headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Rate limit and read token for every request; the security headers on every response,
/// refusals included.
pub async fn check(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = match admit(&state, &req) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    };
    secure(res.headers_mut());
    res
}

fn admit(state: &State, req: &Request) -> Result<(), ApiError> {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));
    if !state.limiter.allow(ip, Instant::now()) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests from this address; retry in a second",
        ));
    }
    if req.uri().path().starts_with("/api/") && !state.open_reads && !authorised(state, req) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this server is not on a loopback address: reading needs its token (Authorization: Bearer …)",
        ));
    }
    Ok(())
}

fn authorised(state: &State, req: &Request) -> bool {
    match (&state.token, bearer(req)) {
        (Some(t), Some(given)) => same(t.as_bytes(), given.as_bytes()),
        _ => false,
    }
}

/// On the routes that write only, so a method a route does not have is a 405, not a 401.
pub async fn writer(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    req: Request,
    next: Next,
) -> Response {
    if authorised(&state, &req) {
        return next.run(req).await;
    }
    match state.token {
        None => ApiError::new(
            StatusCode::FORBIDDEN,
            "writing is disabled: start dyad serve with --token or DYAD_TOKEN",
        ),
        Some(_) => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "writing needs the server's token (Authorization: Bearer …)",
        ),
    }
    .into_response()
}

fn secure(h: &mut axum::http::HeaderMap) {
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn buckets_refill_per_client() {
        let l = Limiter::new(3);
        let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));
        let t0 = Instant::now();
        assert!((0..3).all(|_| l.allow(a, t0)));
        assert!(!l.allow(a, t0), "the burst is spent");
        assert!(l.allow(b, t0), "another client has its own bucket");
        assert!(
            l.allow(a, t0 + Duration::from_millis(400)),
            "refilled 1.2 tokens"
        );
        assert!(!l.allow(a, t0 + Duration::from_millis(400)));
    }

    #[test]
    fn token_comparison() {
        assert!(same(b"secret", b"secret"));
        assert!(!same(b"secret", b"secreT"));
        assert!(!same(b"secret", b"secret2"));
    }
}
