//! What every request passes: the rate limit, the token, and the security headers on the way
//! out.

use crate::error::ApiError;
use crate::State;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
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

pub async fn check(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    req: Request,
    next: Next,
) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));
    if !state.limiter.allow(ip, Instant::now()) {
        return ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests from this address; retry in a second",
        )
        .into_response();
    }
    let api = req.uri().path().starts_with("/api/");
    let write = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if api && (write || !state.open_reads) {
        let ok = match (&state.token, bearer(&req)) {
            (Some(t), Some(given)) => same(t.as_bytes(), given.as_bytes()),
            _ => false,
        };
        if !ok {
            let reason = match (&state.token, write) {
                (None, _) => "writing is disabled: start dyad serve with --token or DYAD_TOKEN",
                (Some(_), true) => "writing needs the server's token (Authorization: Bearer …)",
                (Some(_), false) => {
                    "this server is not on a loopback address: reading needs its token (Authorization: Bearer …)"
                }
            };
            let status = if state.token.is_none() {
                StatusCode::FORBIDDEN
            } else {
                StatusCode::UNAUTHORIZED
            };
            return ApiError::new(status, reason).into_response();
        }
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
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
    res
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
