//! What the server's tests share: a real SQLite file (or PostgreSQL database) filled at the store level, the server
//! started in-process on port 0, a plain HTTP/1.1 client, and a WebDriver client for Chromium.
#![allow(dead_code)]

use dyad_server::{Config, Running};
use dyad_store::synth::{ActorSpec, DocSpec, EventSpec, Generator, QuoteSpec};
use dyad_store::{AnyStore, WriteStore};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

pub const HOSTILE: &str = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

/// A store of generated documents plus hand-made ones whose numbers the tests know: a visit
/// RUS.GOV → PAK.GOV reported twice, an accusation, and documents full of markup.
pub fn fill(db: &Path, generated: usize) {
    // A SQLite file, or a PostgreSQL URL.
    let mut store = AnyStore::open(db.to_str().unwrap()).unwrap();
    let gen: Vec<_> = Generator::over(11, jiff::civil::date(2023, 1, 1), 730)
        .take(generated)
        .collect();
    for chunk in gen.chunks(500) {
        store.write_batch(chunk).unwrap();
        store.link().unwrap();
    }
    let mut visit = EventSpec::new(
        dyad_core::EventType::Consult,
        ActorSpec::entity("Q80137", "Sergey Lavrov", "RUS.GOV"),
        Some(ActorSpec::code("PAK.GOV")),
        "2024-03-12",
    );
    visit.mode = Some("visit".into());
    visit.place = Some(("Islamabad".into(), "PAK".into(), 33.69, 73.06));
    let mut evil = EventSpec::new(
        dyad_core::EventType::Accuse,
        ActorSpec::entity("Q-evil", HOSTILE, "RUS.GOV"),
        Some(ActorSpec::code("PAK.GOV")),
        "2024-03-20",
    );
    evil.place = Some((HOSTILE.into(), "PAK".into(), 30.0, 70.0));
    let mut hostile_doc = DocSpec::new("hostile", "2024-03-20")
        .event(evil)
        .quote(QuoteSpec {
            speaker: ActorSpec::entity("Q-evil2", HOSTILE, "PAK.GOV"),
            about: vec![ActorSpec::code("RUS")],
        });
    hostile_doc.lead = Some(HOSTILE.into());
    let docs = [
        DocSpec::new("visit-a", "2024-03-12").event(visit.clone()),
        DocSpec::new("visit-b", "2024-03-13").event(EventSpec {
            confidence: 0.9,
            ..visit
        }),
        hostile_doc,
    ];
    let built: Vec<_> = docs.iter().map(DocSpec::build).collect();
    store.write_batch(&built).unwrap();
    store.link().unwrap();
}

/// The server on a free port, on its own runtime.
pub struct Server {
    pub rt: tokio::runtime::Runtime,
    pub running: Option<Running>,
    pub addr: SocketAddr,
}

impl Server {
    pub fn start(config: Config) -> Server {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let running = rt.block_on(dyad_server::start(config)).unwrap();
        let addr = running.addr;
        Server {
            rt,
            running: Some(running),
            addr,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn get(&self, path: &str) -> Resp {
        request(self.addr, "GET", path, &[], b"")
    }

    pub fn json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        serde_json::from_slice(&r.body).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            let _ = self.rt.block_on(r.stop());
        }
    }
}

pub fn config(db: &Path) -> Config {
    let mut c = Config::new(db);
    c.addr = SocketAddr::from(([127, 0, 0, 1], 0));
    // Exports read page after page: small pages make every export test read several.
    c.export_page = 50;
    c
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// One HTTP/1.1 request on a fresh connection (`Connection: close`), chunked bodies decoded.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    // A server may answer (413) before reading a large body and close; that is fine.
    let _ = s.write_all(body);
    // Read the head, then exactly the body it announces: some servers (ChromeDriver) keep the
    // connection open despite `Connection: close`.
    let mut raw = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        let n = s.read(&mut buf).unwrap_or(0);
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            let done = match len {
                Some(len) => raw.len() >= end + 4 + len,
                None if head.contains("transfer-encoding: chunked") => raw.ends_with(b"0\r\n\r\n"),
                None => false,
            };
            if done {
                break;
            }
        }
    }
    parse(&raw)
}

fn parse(raw: &[u8]) -> Resp {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP head in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(nl) = rest.windows(2).position(|w| w == b"\r\n") {
            let size =
                usize::from_str_radix(String::from_utf8_lossy(&rest[..nl]).trim(), 16).unwrap_or(0);
            if size == 0 {
                break;
            }
            out.extend_from_slice(&rest[nl + 2..nl + 2 + size]);
            rest = &rest[nl + 2 + size + 2..];
        }
        body = out;
    }
    Resp {
        status,
        headers,
        body,
    }
}

/// Base64 (standard alphabet) to bytes, for WebDriver screenshots.
pub fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| !matches!(c, b'=' | b'\n' | b'\r'))
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|c| u32::from(val(*c))).collect();
        let n = v
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, x)| n | x << (18 - 6 * i));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    out
}

/// ChromeDriver with one headless Chromium session, networking of its own switched off.
pub struct Browser {
    driver: std::process::Child,
    addr: SocketAddr,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// `None` (with a loud message) when Chromium or ChromeDriver is missing, unless DYAD_CI=1.
    pub fn start() -> Option<Browser> {
        let which = |b: &str| {
            std::env::var_os("PATH").and_then(|p| {
                std::env::split_paths(&p)
                    .map(|d| d.join(b))
                    .find(|f| f.is_file())
            })
        };
        let (driver, chromium) = match (which("chromedriver"), which("chromium")) {
            (Some(d), Some(c)) => (d, c),
            _ => {
                if std::env::var("DYAD_CI").as_deref() == Ok("1") {
                    panic!(
                        "DYAD_CI=1 but chromium or chromedriver is missing: .ci/run installs them"
                    );
                }
                eprintln!(
                    "\n!!! SKIPPED: browser tests need Debian's chromium and chromium-driver \
                     (apt-get install chromium chromium-driver); .ci/run installs them !!!\n"
                );
                return None;
            }
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        for _ in 0..100 {
            if TcpStream::connect(addr).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                         "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", "--hide-scrollbars",
                         format!("--user-data-dir={}", profile.path().display()),
                         "--window-size=1280,800"]
            },
            "goog:loggingPrefs": {"browser": "ALL"}
        }}});
        let mut b = Browser {
            driver: child,
            addr,
            session: String::new(),
            _profile: profile,
        };
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"].as_str().expect("a session").to_string();
        Some(b)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let r = request(
            self.addr,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        );
        let v = r.json();
        assert!(r.status < 400, "WebDriver {method} {path}: {v}");
        v["value"].clone()
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn goto(&self, url: &str) {
        self.call(
            "POST",
            &self.s("/url"),
            Some(serde_json::json!({"url": url})),
        );
    }

    pub fn js(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(serde_json::json!({"script": script, "args": []})),
        )
    }

    /// Waits until `document.body.dataset.ready == view` (the view has rendered).
    pub fn wait_ready(&self, view: &str) {
        for _ in 0..300 {
            if self.js("return document.body.dataset.ready || null") == view {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "view {view} never rendered; errors: {}",
            self.js("return window.__dyad && window.__dyad.errors")
        );
    }

    pub fn wait_for(&self, script: &str) -> Value {
        for _ in 0..200 {
            let v = self.js(script);
            if !v.is_null() && v != false {
                return v;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("never true: {script}");
    }

    pub fn element(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(serde_json::json!({"using": "css selector", "value": css})),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(|x| x.as_str())
            .unwrap()
            .to_string()
    }

    pub fn click(&self, css: &str) {
        let e = self.element(css);
        self.call(
            "POST",
            &self.s(&format!("/element/{e}/click")),
            Some(serde_json::json!({})),
        );
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let e = self.element(css);
        self.call(
            "POST",
            &self.s(&format!("/element/{e}/clear")),
            Some(serde_json::json!({})),
        );
        self.call(
            "POST",
            &self.s(&format!("/element/{e}/value")),
            Some(serde_json::json!({"text": text})),
        );
    }

    /// A real pointer click at (x, y) from the centre of the element.
    pub fn click_at(&self, css: &str, x: i64, y: i64) {
        let r = self.js(&format!(
            "var r = document.querySelector('{css}').getBoundingClientRect(); \
             return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];"
        ));
        let (cx, cy) = (r[0].as_i64().unwrap() + x, r[1].as_i64().unwrap() + y);
        self.call(
            "POST",
            &self.s("/actions"),
            Some(serde_json::json!({"actions": [{"type": "pointer", "id": "mouse",
                "parameters": {"pointerType": "mouse"},
                "actions": [
                    {"type": "pointerMove", "origin": "viewport", "x": cx - 1, "y": cy, "duration": 50},
                    {"type": "pointerMove", "origin": "viewport", "x": cx, "y": cy, "duration": 50},
                    {"type": "pointerDown", "button": 0},
                    {"type": "pointerUp", "button": 0}]}]})),
        );
    }

    /// Sets the viewport (mobile emulation below 700 px) and reloads nothing.
    pub fn viewport(&self, width: u32, height: u32) {
        self.call(
            "POST",
            &self.s("/goog/cdp/execute"),
            Some(
                serde_json::json!({"cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700}}),
            ),
        );
    }

    pub fn screenshot(&self, path: &Path) {
        let v = self.call("GET", &self.s("/screenshot"), None);
        std::fs::write(path, base64(v.as_str().unwrap())).unwrap();
    }

    /// Console messages Chromium logged at level SEVERE (errors), if the driver reports them.
    pub fn severe_logs(&self) -> Vec<String> {
        let r = request(
            self.addr,
            "POST",
            &self.s("/se/log"),
            &[("Content-Type", "application/json")],
            br#"{"type":"browser"}"#,
        );
        if r.status >= 400 {
            return Vec::new();
        }
        r.json()["value"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = request(self.addr, "DELETE", &self.s(""), &[], b"");
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
