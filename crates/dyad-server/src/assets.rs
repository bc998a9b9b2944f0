//! The dashboard's files, compiled in by build.rs.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "text/plain; charset=utf-8",
    }
}

/// One embedded file by its path under `front-end/`.
pub fn get(path: &str) -> Option<&'static [u8]> {
    ASSETS.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}

pub fn respond(path: &str) -> Response {
    match get(path) {
        Some(bytes) => {
            let mut r = bytes.into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(path)),
            );
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            r
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dashboard_and_its_licences_are_compiled_in() {
        for p in [
            "index.html",
            "js/app.js",
            "css/app.css",
            "vendor/uPlot.iife.min.js",
            "vendor/LICENSE-uPlot.txt",
            "vendor/cytoscape.min.js",
            "vendor/LICENSE-cytoscape.txt",
            "map/world.svg",
        ] {
            assert!(get(p).is_some_and(|b| !b.is_empty()), "{p}");
        }
        assert_eq!(content_type("js/app.js"), "text/javascript; charset=utf-8");
    }

    #[test]
    fn nothing_is_loaded_from_outside() {
        // Every reference in our own files is relative to this server.
        for (path, bytes) in ASSETS {
            if path.starts_with("vendor/") || path.ends_with(".txt") {
                continue;
            }
            // The SVG namespace is a name, not an address that is loaded.
            let text = String::from_utf8_lossy(bytes).replace("http://www.w3.org/2000/svg", "");
            for bad in [
                "http://",
                "https://",
                "//cdn",
                "<script>",
                " style=\"",
                "onclick=",
            ] {
                assert!(!text.contains(bad), "{path} contains {bad:?}");
            }
        }
    }
}
