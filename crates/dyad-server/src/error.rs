//! Errors as JSON with a reason: `{"error": "...", "status": 400}`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use dyad_batch::actors::ActorError;
use dyad_relations::RelationsError;
use dyad_store::StoreError;

/// An HTTP error with a reason a user can act on.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub reason: String,
}

impl ApiError {
    pub fn new(status: StatusCode, reason: impl Into<String>) -> ApiError {
        ApiError {
            status,
            reason: reason.into(),
        }
    }

    pub fn bad(reason: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, reason)
    }

    pub fn internal(reason: impl std::fmt::Display) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, reason.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::InvalidQuery(r) => ApiError::bad(r),
            StoreError::NotFound(what) => {
                ApiError::new(StatusCode::NOT_FOUND, format!("not found: {what}"))
            }
            other => ApiError::internal(other),
        }
    }
}

impl From<RelationsError> for ApiError {
    fn from(e: RelationsError) -> ApiError {
        match e {
            RelationsError::Store(s) => s.into(),
            e if e.is_invalid() => ApiError::bad(e.to_string()),
            e => ApiError::internal(e),
        }
    }
}

impl From<ActorError> for ApiError {
    fn from(e: ActorError) -> ApiError {
        match e {
            ActorError::Store(s) => s.into(),
            e if e.is_unknown() => ApiError::new(StatusCode::NOT_FOUND, e.to_string()),
            e if e.is_users() => ApiError::bad(e.to_string()),
            e => ApiError::internal(e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": self.reason, "status": self.status.as_u16()});
        let mut r = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        r
    }
}
