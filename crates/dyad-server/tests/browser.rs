//! The dashboard in a real headless Chromium (Debian's chromium + chromium-driver, over
//! WebDriver), against the server in-process on port 0 over a real SQLite file.
//!
//! Skips with a loud message when the browser is missing, unless DYAD_CI=1 (set by .ci/run
//! after installing it). Screenshots go to target/screenshots/.

mod support;

use serde_json::Value;
use support::{config, fill, Browser, Server, HOSTILE};

/// Every request the page made (navigation and resources), as the Performance API saw it.
fn requests(b: &Browser) -> Vec<String> {
    let v = b.js(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(function (e) { return e.name; })",
    );
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// No script error, no CSP violation, nothing fetched from anywhere but this server.
fn clean(b: &Browser, s: &Server, view: &str) {
    let errors = b.js("return window.__dyad.errors");
    assert_eq!(errors, Value::Array(vec![]), "{view}: errors on the page");
    let severe = b.severe_logs();
    assert!(severe.is_empty(), "{view}: console errors {severe:?}");
    let origin = format!("http://{}/", s.addr);
    for r in requests(b) {
        assert!(
            r.starts_with(&origin),
            "{view}: a request left the server: {r}"
        );
    }
    assert_eq!(
        b.js("return window.__xss || null"),
        Value::Null,
        "{view}: injected script ran"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('img').length"),
        0,
        "{view}"
    );
}

/// How many pixels of the first canvas under `css` are painted.
fn painted(b: &Browser, css: &str) -> u64 {
    b.js(&format!(
        "var cs = document.querySelectorAll('{css} canvas'); var n = 0;
         for (var k = 0; k < cs.length; k++) {{ var c = cs[k]; if (!c.width || !c.height) continue;
           var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
           for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n++; }}
         return n;"
    ))
    .as_u64()
    .unwrap()
}

/// The edges Cytoscape draws, as `from>to:width`, sorted.
fn drawn_edges(b: &Browser) -> Vec<String> {
    let v = b.js("var c = document.getElementById('graph')._cy;
        return c.edges().map(function (e) { return e.data('from') + '>' + e.data('to') + ':' + e.data('w').toFixed(2); }).sort()");
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// The network on screen is the API's for `until`: its 40 heaviest edges, a line per pair,
/// the 12 busiest actors named, no two names on top of each other.
fn check_network(b: &Browser, s: &Server, until: &str) {
    let n = s.json(&format!(
        "/api/network?level=country&until={until}&limit=40"
    ));
    let edges = n["edges"].as_array().unwrap();
    assert_eq!(
        b.js("return document.getElementById('network-caption').dataset.edges"),
        edges.len().to_string()
    );
    assert!(edges.len() <= 40);
    let mut pairs: Vec<(String, String)> = edges
        .iter()
        .map(|e| {
            let (a, t) = (e["source"].as_str().unwrap(), e["target"].as_str().unwrap());
            (a.min(t).to_string(), a.max(t).to_string())
        })
        .collect();
    pairs.sort();
    pairs.dedup();
    assert_eq!(drawn_edges(b).len(), pairs.len(), "one line per pair");
    let hubs: Vec<String> = n["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .take(12)
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect();
    let named = b.js("var c = document.getElementById('graph')._cy;
        return c.nodes('.hub').map(function (x) { return x.data('key'); })");
    assert_eq!(
        named,
        serde_json::json!(hubs),
        "the busiest actors are named"
    );
    let overlaps = b.js("var c = document.getElementById('graph')._cy, bs = c.nodes('.hub').map(function (x) {
          return [x.data('key'), x.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })]; }), out = [];
        for (var i = 0; i < bs.length; i++) for (var j = i + 1; j < bs.length; j++) {
          var a = bs[i][1], b = bs[j][1];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(bs[i][0] + '/' + bs[j][0]); }
        return out");
    assert_eq!(
        overlaps,
        serde_json::json!([]),
        "names drawn over each other"
    );
}

fn shots() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_dashboard_in_a_real_browser() {
    let Some(b) = Browser::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dash.db");
    fill(&db, 1500);
    let s = Server::start(config(&db));
    let at = |frag: &str| format!("http://{}/#/{frag}", s.addr);
    b.viewport(1280, 800);

    // Overview: the cards say what the API says; the volume chart is drawn.
    b.goto(&at(""));
    b.wait_ready("overview");
    clean(&b, &s, "overview");
    let sum = s.json("/api/summary");
    let shown = b.js("return document.querySelector('[data-card=documents] .n').textContent");
    assert_eq!(shown, sum["documents"].to_string());
    assert!(
        painted(&b, "#volume-chart") > 500,
        "the volume chart is blank"
    );
    // Volume by day: one point per day from the first publication day to the last.
    let vol = s.json("/api/volume?period=day");
    let chart = b.js("var d = document.getElementById('volume-chart').dataset; return [d.period, +d.points, +d.total]");
    let days = vol["rows"].as_array().unwrap();
    let total: u64 = days.iter().map(|r| r["total"].as_u64().unwrap()).sum();
    assert_eq!(chart, serde_json::json!(["day", days.len(), total]));
    assert!(days.len() > 300, "{} days", days.len());
    let top = s.json("/api/dyads?period=month&limit=15");
    let rows = b.js("return document.querySelectorAll('#top-dyads tbody tr').length");
    assert_eq!(rows, top["items"].as_array().unwrap().len());
    b.screenshot(&shots().join("overview-1280x800.png"));

    // A dyad: the table's numbers are the API's; clicking opens the evidence.
    b.goto(&at("dyad?source=RUS&target=PAK&period=month"));
    b.wait_ready("dyad");
    clean(&b, &s, "dyad");
    assert!(painted(&b, "#dyad-chart") > 500, "the dyad chart is blank");
    let api = s.json("/api/relations?source=RUS&target=PAK&period=month");
    let with_data: Vec<&Value> = api["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["data"] == true)
        .collect();
    let table = b.js(
        "return Array.prototype.map.call(document.querySelectorAll('#dyad-table tbody tr'), function (r) {
           return [r.cells[0].textContent, r.cells[1].textContent, r.cells[8].textContent]; })",
    );
    let table = table.as_array().unwrap();
    assert_eq!(table.len(), with_data.len().min(200));
    for (row, bucket) in table.iter().zip(with_data.iter().rev()) {
        assert_eq!(row[0], bucket["label"]);
        assert_eq!(row[1], bucket["events"].to_string(), "{}", bucket["label"]);
        let net = bucket["net_cooperation"].as_i64().unwrap();
        let want = if net > 0 {
            format!("+{net}")
        } else {
            net.to_string()
        };
        assert_eq!(row[2], want.as_str(), "{}", bucket["label"]);
    }
    assert_eq!(
        b.js("return document.getElementById('dyad-total').dataset.events"),
        api["total"]["events"].to_string()
    );
    // The first row with events: its evidence, with the trigger marked.
    b.click("#dyad-table tbody tr");
    b.wait_for("return document.getElementById('evidence').dataset.loaded || null");
    let loaded: u64 = b
        .js("return document.getElementById('evidence').dataset.loaded")
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let first = with_data.last().unwrap();
    assert_eq!(
        loaded,
        first["events"].as_u64().unwrap(),
        "{}",
        first["label"]
    );
    assert!(
        b.js("return document.querySelectorAll('#evidence mark').length")
            .as_u64()
            >= Some(1)
    );
    b.screenshot(&shots().join("dyad-1280x800.png"));
    // A click on the chart itself opens a period too.
    b.js("document.getElementById('evidence').dataset.loaded = ''");
    b.click_at("#dyad-chart .u-over", 0, 0);
    b.wait_for("return document.getElementById('evidence').dataset.loaded || null");
    clean(&b, &s, "dyad after clicks");

    // Lavrov's visit, reported twice: one event, its two reports one click away.
    b.goto(&at("dyad?source=Q80137&target=PAK.GOV&period=month"));
    b.wait_ready("dyad");
    b.click("#dyad-table tbody tr");
    b.wait_for("return document.getElementById('evidence').dataset.loaded || null");
    b.click("#evidence .ev button");
    b.wait_for("return document.querySelectorAll('#evidence .reports .ev').length === 2 || null");
    let reports = b.js(
        "return Array.prototype.map.call(document.querySelectorAll('#evidence .reports .ev .meta a'), function (a) { return a.getAttribute('href'); })",
    );
    assert_eq!(
        reports,
        serde_json::json!(["https://example.org/visit-a", "https://example.org/visit-b"])
    );

    // The network: the 40 heaviest edges by default, the two directions of a pair drawn as
    // one line, the busiest actors named, their names clear of each other.
    b.goto(&at("network?level=country&months=all"));
    b.wait_ready("network");
    clean(&b, &s, "network");
    let last = sum["published_last"].as_str().unwrap();
    check_network(&b, &s, last);
    assert!(painted(&b, "#graph") > 500, "the network is blank");
    let before = drawn_edges(&b);
    b.screenshot(&shots().join("network-1280x800.png"));
    // Moving the time slider back redraws the network as it stood then.
    b.js(
        "var r = document.getElementById('network-slider'); r.value = Math.floor(r.max / 3);
          r.dispatchEvent(new Event('input')); r.dispatchEvent(new Event('change')); return null",
    );
    b.wait_for("return (location.hash.indexOf('until=') > 0 && document.body.dataset.ready === 'network') || null");
    clean(&b, &s, "network after the slider moved");
    let until = b.js("return document.getElementById('network-caption').dataset.until");
    let until = until.as_str().unwrap().to_string();
    assert!(until.as_str() < last, "{until} is before {last}");
    assert!(
        b.js("return location.hash")
            .as_str()
            .unwrap()
            .contains(&format!("until={until}")),
        "the slider's date is in the URL"
    );
    check_network(&b, &s, &until);
    assert_ne!(drawn_edges(&b), before, "the graph did not change");

    // The map: countries coloured, places drawn, markup in a place name kept as text.
    b.goto(&at("map"));
    b.wait_ready("map");
    clean(&b, &s, "map");
    let coloured = b.js("return Array.prototype.filter.call(document.querySelectorAll('#map path'), function (p) { return p.style.fill; }).length");
    assert!(coloured.as_u64().unwrap() > 10, "{coloured}");
    let titles = b.js("return Array.prototype.map.call(document.querySelectorAll('#map circle title'), function (t) { return t.textContent; })");
    assert!(
        titles.to_string().contains("onerror"),
        "the hostile place name is shown as text"
    );
    b.screenshot(&shots().join("map-1280x800.png"));

    // Events: a filter changes the URL and the table.
    b.goto(&at("events"));
    b.wait_ready("events");
    clean(&b, &s, "events");
    b.type_into("#events-form input[name=actor1]", "RUS.GOV");
    b.type_into("#events-form input[name=actor2]", "PAK.GOV");
    b.click("#events-form input[name=directed]");
    b.click("#events-form button[type=submit]");
    b.wait_for("return (location.hash.indexOf('actor=RUS.GOV') > 0 && document.body.dataset.ready === 'events') || null");
    let hash = b.js("return location.hash").as_str().unwrap().to_string();
    assert!(
        hash.contains("actor=PAK.GOV") && hash.contains("directed=1"),
        "{hash}"
    );
    let api_rows = s.json("/api/events?actor=RUS.GOV&actor=PAK.GOV&directed=1&limit=50");
    let shown = b.js("return document.getElementById('events-table').dataset.rows");
    assert_eq!(
        shown,
        api_rows["items"].as_array().unwrap().len().to_string()
    );
    // Open the hostile event: its markup is text.
    b.goto(&at("events?q=onerror"));
    b.wait_ready("events");
    b.click("#events-table tbody tr.click");
    b.wait_for("return document.querySelector('#events-table .ev .sentence') || null");
    let text = b.js("return document.querySelector('#events-table .ev .sentence').textContent");
    assert!(text.as_str().unwrap().contains(HOSTILE), "{text}");
    clean(&b, &s, "events with markup");
    b.screenshot(&shots().join("events-1280x800.png"));

    // Quotes and search, with markup in them.
    b.goto(&at("quotes?about=RUS"));
    b.wait_ready("quotes");
    clean(&b, &s, "quotes");
    b.goto(&at(&format!(
        "search?q={}",
        form_urlencoded::byte_serialize(HOSTILE.as_bytes()).collect::<String>()
    )));
    b.wait_ready("search");
    clean(&b, &s, "search");

    // A phone: the same views at 390 × 844.
    b.viewport(390, 844);
    b.goto(&at(""));
    b.wait_ready("overview");
    clean(&b, &s, "overview on a phone");
    b.screenshot(&shots().join("overview-390x844.png"));
    b.goto(&at("dyad?source=RUS&target=PAK&period=quarter"));
    b.wait_ready("dyad");
    assert!(painted(&b, "#dyad-chart") > 500);
    // The first and last bars are whole, inside the plot.
    let bars = b.js("var u = document.getElementById('dyad-chart')._plot, xs = u.data[0], n = xs.length;
        var step = n > 1 ? u.valToPos(xs[1], 'x') - u.valToPos(xs[0], 'x') : 40, half = Math.min(0.7 * step, 40) / 2;
        return [u.valToPos(xs[0], 'x') - half, u.valToPos(xs[n - 1], 'x') + half, u.bbox.width / devicePixelRatio]");
    let (left, right, plot) = (
        bars[0].as_f64().unwrap(),
        bars[1].as_f64().unwrap(),
        bars[2].as_f64().unwrap(),
    );
    assert!(
        left >= 0.0 && right <= plot,
        "bars cut at the edges: {bars}"
    );
    // Every tab of the navigation is on screen.
    let tabs = b.js("return Array.prototype.map.call(document.querySelectorAll('#nav a'), function (a) {
        var r = a.getBoundingClientRect(); return [a.textContent, r.left >= 0 && r.right <= window.innerWidth && r.width > 0]; })");
    for t in tabs.as_array().unwrap() {
        assert_eq!(t[1], true, "the {} tab is off screen on a phone", t[0]);
    }
    let overflow = b.js("return document.documentElement.scrollWidth - window.innerWidth");
    assert!(
        overflow.as_i64().unwrap() <= 0,
        "the page scrolls sideways: {overflow}"
    );
    b.screenshot(&shots().join("dyad-390x844.png"));
    clean(&b, &s, "dyad on a phone");
}
