// The dyad dashboard: one page, views chosen by the URL fragment (#/view?filters), so any view
// can be shared by its address. Every piece of text from the data goes into the page through
// textContent or attributes set one by one — never as HTML.
"use strict";
(function () {
  var view = document.getElementById("view");
  var dyad = window.__dyad;

  // ---- small helpers -------------------------------------------------------------------

  // h("a", {href: "#/", class: "x", text: "hi", on: {click: f}}, child, "text", …)
  function h(tag, props) {
    var el = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === "text") el.textContent = String(v);
      else if (k === "class") el.className = v;
      else if (k === "on") Object.keys(v).forEach(function (ev) { el.addEventListener(ev, v[ev]); });
      else if (k === "data") Object.keys(v).forEach(function (d) { el.dataset[d] = String(v[d]); });
      else if (k === "href") el.setAttribute("href", safeHref(String(v)));
      else el.setAttribute(k, v === true ? "" : String(v));
    });
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(el, x); }); return; }
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  // Links from article data open only http(s) addresses; our own links are fragments or /api.
  function safeHref(u) {
    if (/^(#|\/(api|assets)\/)/.test(u)) return u;
    if (/^https?:\/\//i.test(u)) return u;
    return "#";
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function fmt(n, digits) {
    if (n === null || n === undefined) return "·";
    if (typeof n === "number" && digits !== undefined) return n.toFixed(digits);
    return String(n);
  }
  function signed(n) {
    if (n === null || n === undefined) return h("span", { class: "muted", text: "·" });
    return h("span", { class: n > 0 ? "pos" : n < 0 ? "neg" : "", text: (n > 0 ? "+" : "") + n });
  }
  function band(t) {
    if (!t) return h("span", { class: "muted", text: "·" });
    var label = t.band.replace(/_/g, " ");
    var ch = t.change === null ? "from 0" : (t.change > 0 ? "+" : "") + Math.round(t.change) + "%";
    return h("span", { class: "band band-" + t.band, title: "baseline " + t.baseline.toFixed(2) + " over " + t.periods + " periods", text: label + " (" + ch + ")" });
  }
  function query(params) {
    var s = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v === undefined || v === null || v === "" || v === false) return;
      if (Array.isArray(v)) v.forEach(function (x) { if (x !== "") s.append(k, x); });
      else s.append(k, v === true ? "1" : v);
    });
    return s.toString();
  }
  function route() {
    var raw = location.hash.replace(/^#\/?/, "");
    var i = raw.indexOf("?");
    var name = (i < 0 ? raw : raw.slice(0, i)) || "overview";
    var params = new URLSearchParams(i < 0 ? "" : raw.slice(i + 1));
    return { name: name, params: params };
  }
  function go(name, params) {
    var q = query(params || {});
    location.hash = "#/" + name + (q ? "?" + q : "");
  }
  function one(params, k) { var v = params.get(k); return v === null ? "" : v; }
  function toSeconds(day) { return Date.parse(day + "T00:00:00Z") / 1000; }

  var token = sessionStorage.getItem("dyad-token") || "";
  function askToken(reason) {
    var bar = document.getElementById("problems");
    clear(bar);
    var input = h("input", { type: "password", placeholder: "token", "aria-label": "token" });
    bar.appendChild(h("form", { on: { submit: function (e) {
      e.preventDefault(); token = input.value; sessionStorage.setItem("dyad-token", token);
      bar.hidden = true; render();
    } } }, reason + " ", input, " ", h("button", { type: "submit", text: "Use token" })));
    bar.hidden = false;
  }
  function api(path, params) {
    var q = query(params || {});
    var headers = token ? { Authorization: "Bearer " + token } : {};
    return fetch("/api/" + path + (q ? "?" + q : ""), { headers: headers }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.status === 401) { askToken(body.error || "This server needs a token."); }
        if (!r.ok) throw new Error(body.error || (r.status + " " + r.statusText));
        return body;
      });
    });
  }
  function failed(where) {
    return function (e) {
      where.appendChild(h("p", { class: "problems", text: "Could not load: " + e.message }));
    };
  }
  function done(name) {
    dyad.view = name;
    dyad.rendered = performance.now();
    document.body.dataset.ready = name;
  }
  function actorLabel(code, name) {
    if (!code && !name) return "—";
    if (name && code && name !== code) return name + " (" + code + ")";
    return name || code;
  }
  function code(country, sector) { return country ? country + (sector ? "." + sector : "") : null; }

  // A sentence with its trigger marked: offsets are UTF-8 bytes into the document text.
  var enc = new TextEncoder(), dec = new TextDecoder();
  function sentence(row) {
    var el = h("div", { class: "sentence dir-auto", dir: "auto", lang: row.language || null });
    var bytes = enc.encode(row.sentence || "");
    var a = row.trigger_start - row.start, b = row.trigger_end - row.start;
    if (row.trigger_start >= row.start && a >= 0 && b > a && b <= bytes.length) {
      add(el, dec.decode(bytes.slice(0, a)));
      el.appendChild(h("mark", { text: dec.decode(bytes.slice(a, b)) }));
      add(el, dec.decode(bytes.slice(b)));
    } else {
      el.textContent = row.sentence || "";
    }
    return el;
  }
  function eventBlock(row, withReports) {
    var quad = "q" + row.quad;
    var box = h("div", { class: "ev", data: { event: row.id } },
      h("div", { class: "meta" },
        h("span", { class: "type " + quad, text: row.type + (row.mode ? ":" + row.mode : "") }), " ",
        actorLabel(code(row.source_country, row.source_sector), row.source_name), " → ",
        actorLabel(code(row.target_country, row.target_sector), row.target_name), " · ",
        row.date_value || "undated", row.aux ? " · " + row.aux : "",
        row.location_name ? " · " + row.location_name : "",
        " · confidence " + fmt(row.confidence, 2),
        " · " + row.reports + (row.reports === 1 ? " report" : " reports") + ", " +
        row.sources + (row.sources === 1 ? " source" : " sources")),
      sentence(row),
      h("div", { class: "meta" },
        row.doc_url ? h("a", { href: row.doc_url, rel: "noopener noreferrer", target: "_blank", text: row.doc_title || row.doc_url }) : (row.doc_title || row.doc_id),
        row.doc_source ? " · " + row.doc_source : "", row.language ? " · " + row.language : "",
        row.doc_published ? " · published " + row.doc_published : "", " · rule " + row.rule));
    if (withReports && row.reports > 1 && row.cluster) {
      var slot = h("div", { class: "reports" });
      box.appendChild(h("button", { class: "plain", type: "button", text: "Show the " + row.reports + " reports", on: { click: function (e) {
        e.target.disabled = true;
        api("events", { folded: row.cluster, include_aux: 1, order: "oldest", limit: 200 }).then(function (r) {
          r.items.forEach(function (x) { slot.appendChild(eventBlock(x, false)); });
        }).catch(failed(slot));
      } } }));
      box.appendChild(slot);
    }
    return box;
  }

  // ---- views ---------------------------------------------------------------------------

  var views = {};

  views.overview = function () {
    clear(view).appendChild(h("h1", { text: "Overview" }));
    var cards = h("div", { class: "cards" });
    var volume = h("div", { class: "panel" }, h("h2", { text: "Documents by publication day and language" }),
      h("p", { class: "legend-note", text: "Drag across the chart to zoom into a range; double-click to see it all again. Click a name in the legend to show or hide its line." }));
    var chart = h("div", { class: "chart", id: "volume-chart" });
    volume.appendChild(chart);
    var dy = h("div", { class: "panel" }, h("h2", { text: "Top dyads" }),
      h("p", { class: "legend-note", text: "Events in all; the trend compares the last month of the data with the 4 months before (ACLED Trendfinder's bands)." }));
    var types = h("div", { class: "panel" }, h("h2", { text: "Events by type" }));
    view.appendChild(cards);
    view.appendChild(volume);
    view.appendChild(h("div", { class: "grid2" }, dy, types));
    return Promise.all([api("summary"), api("volume", { period: "day" }), api("dyads", { period: "month", limit: 15 })]).then(function (r) {
      var s = r[0], v = r[1], top = r[2].items;
      [["documents", s.documents], ["events", s.events - s.events_aux], ["not happened (aux)", s.events_aux],
        ["quotes", s.quotes], ["languages", s.by_language.length], ["unreadable inputs", s.errors]].forEach(function (c) {
        cards.appendChild(h("div", { class: "card", data: { card: c[0] } }, h("div", { class: "n", text: c[1] }), h("div", { class: "l", text: c[0] })));
      });
      volumeChart(chart, v);
      var table = h("table", { id: "top-dyads" }, h("thead", {}, h("tr", {},
        h("th", { text: "source → target" }), h("th", { class: "num", text: "events" }), h("th", { class: "num hide-narrow", text: "last month" }), h("th", { class: "num", text: "net" }),
        h("th", { class: "num hide-narrow", text: "mean" }), h("th", { text: "trend" }))));
      var body = h("tbody");
      top.forEach(function (d) {
        var link = "#/dyad?" + query({ source: d.source, target: d.target, period: "month" });
        body.appendChild(h("tr", { class: "click", data: { dyad: d.source + ">" + d.target }, on: { click: function () { location.hash = link; } } },
          h("td", {}, h("a", { href: link, text: d.source_label + " → " + d.target_label })),
          h("td", { class: "num", text: d.events }), h("td", { class: "num hide-narrow", text: fmt(d.current) }), h("td", { class: "num" }, signed(d.net_cooperation)),
          h("td", { class: "num hide-narrow", text: fmt(d.intensity_mean) }),
          h("td", {}, d.trend4 ? band(d.trend4) : h("span", { class: "muted", text: d.period + ": no baseline" }))));
      });
      table.appendChild(body);
      dy.appendChild(h("div", { class: "scroll" }, top.length ? table : h("p", { class: "muted", text: "No dated events between two actors yet." })));
      var max = Math.max.apply(null, s.events_by_type.map(function (t) { return t[1]; }).concat([1]));
      var bars = h("div", { class: "bars" });
      s.events_by_type.forEach(function (t) {
        var bar = h("div", { class: "bar" });
        bar.style.width = Math.max(2, 100 * t[1] / max) + "%";
        bars.appendChild(h("div", { class: "row" }, h("a", { href: "#/events?" + query({ type: t[0] }), text: t[0] }), h("div", {}, bar), h("span", { class: "num", text: t[1] })));
      });
      types.appendChild(bars);
      done("overview");
    });
  };

  var palette = ["#1f5f99", "#b33a2b", "#2f7d4a", "#b8651b", "#6a4c93", "#1b998b", "#8d6e63", "#555"];
  var plots = [];
  function dropPlots() { plots.forEach(function (p) { p.destroy(); }); plots = []; }
  function width(el) { return Math.max(280, el.getBoundingClientRect().width || view.clientWidth - 40); }

  function volumeChart(el, v) {
    if (!v.rows.length) { el.appendChild(h("p", { class: "muted", text: "No dated documents yet." })); return; }
    var langs = v.languages.slice(0, 6);
    var xs = v.rows.map(function (r) { return toSeconds(r.start); });
    el.dataset.period = v.period;
    el.dataset.points = xs.length;
    el.dataset.total = v.rows.reduce(function (n, r) { return n + r.total; }, 0);
    // One point a day. Over a long range the daily lines merge into a block: then a 7-day
    // mean carries the shape, and the languages start hidden (a click on one in the legend
    // shows it).
    var long = xs.length > 400;
    var totals = v.rows.map(function (r) { return r.total; });
    var mean = totals.map(function (_, i) {
      var from = Math.max(0, i - 6), sum = 0;
      for (var k = from; k <= i; k++) sum += totals[k];
      return Math.round(10 * sum / (i - from + 1)) / 10;
    });
    var data = [xs, totals, mean];
    var series = [{}, { label: "all", stroke: long ? "#9aa4ab" : "#14212b", width: long ? 1 : 2 },
      { label: "all, 7-day mean", stroke: "#14212b", width: 2, show: long }];
    langs.forEach(function (l, i) {
      data.push(v.rows.map(function (r) { return r.by_language[l] || 0; }));
      series.push({ label: l, stroke: palette[i % palette.length], width: 1, show: !long });
    });
    plots.push(new uPlot({ width: width(el), height: 240, series: series, scales: { x: { time: true } },
      axes: [{}, { label: "documents" }] }, data, el));
  }

  function actorInputs(params, names) {
    return names.map(function (n) {
      return h("label", {}, n[1], h("input", { type: "text", name: n[0], value: one(params, n[0]), list: "actors", placeholder: "RUS, RUS.MIL, Lavrov" }));
    });
  }
  var actorList = null;
  function actorDatalist() {
    var dl = h("datalist", { id: "actors" });
    (actorList || (actorList = api("actors", { limit: 300 }))).then(function (page) {
      var seen = {};
      page.items.forEach(function (a) {
        [a.code, a.name].forEach(function (x) {
          if (x && !seen[x]) { seen[x] = 1; dl.appendChild(h("option", { value: x })); }
        });
      });
    }).catch(function () {});
    return dl;
  }
  function select(name, options, value, label) {
    var s = h("select", { name: name });
    options.forEach(function (o) { s.appendChild(h("option", { value: o, text: o, selected: o === value })); });
    return h("label", {}, label, s);
  }
  function check(name, params, label) {
    return h("label", { class: "check" }, h("input", { type: "checkbox", name: name, checked: params.get(name) === "1" }), label);
  }
  function formParams(form) {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "checkbox") { if (el.checked) out[el.name] = "1"; return; }
      if (el.multiple) { out[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; }); return; }
      if (el.value !== "") out[el.name] = el.value.trim();
    });
    return out;
  }

  views.dyad = function (params) {
    var source = one(params, "source") || "RUS", target = one(params, "target") || "PAK";
    var period = one(params, "period") || "month";
    clear(view).appendChild(h("h1", { text: "Dyad: " + source + (params.get("both") === "1" ? " ↔ " : " → ") + target }));
    var form = h("form", { class: "filters panel", id: "dyad-form", on: { submit: function (e) { e.preventDefault(); go("dyad", formParams(form)); } } },
      actorInputs(params, [["source", "source"], ["target", "target"]]),
      select("period", ["day", "week", "month", "quarter", "year"], period, "period"),
      h("label", {}, "since", h("input", { type: "date", name: "since", value: one(params, "since") })),
      h("label", {}, "until", h("input", { type: "date", name: "until", value: one(params, "until") })),
      select("quads", ["dyad-1", "plover-2.0-summary", "plover-2.0-quad-table"], one(params, "quads") || "dyad-1", "quad mapping"),
      check("both", params, "both directions"),
      h("button", { type: "submit", text: "Show" }), actorDatalist());
    view.appendChild(form);
    var head = h("p", { id: "dyad-total" });
    var chartBox = h("div", { class: "panel" }, head, h("div", { class: "chart", id: "dyad-chart" }),
      h("p", { class: "legend-note", text: "Bars: cooperative (quads 1+2) and conflictual (quads 3+4) events; line: net cooperation. Gaps are periods with no news at all (no data), not zero. Click a period for its events and evidence." }));
    var evidence = h("div", { class: "panel evidence", id: "evidence" }, h("p", { class: "muted", text: "Click a period in the chart or the table for its events." }));
    var tableBox = h("div", { class: "panel scroll" });
    view.appendChild(chartBox);
    view.appendChild(evidence);
    view.appendChild(tableBox);
    var req = { source: source, target: target, period: period, both: params.get("both") === "1" ? 1 : null,
      since: one(params, "since"), until: one(params, "until"), quads: one(params, "quads") };
    return api("relations", req).then(function (s) {
      head.textContent = s.total.events + " events (" + s.total.reports + " reports, " + s.total.articles + " articles, " + s.total.sources + " sources), net cooperation " +
        (s.net_cooperation > 0 ? "+" : "") + s.net_cooperation + ", mean intensity " + fmt(s.intensity_mean) +
        " · quads " + s.quads + " · " + s.undated + " undated and " + s.unplaced + " coarsely dated reports left out";
      head.dataset.events = s.total.events;
      if (!s.buckets.length) {
        chartBox.appendChild(h("p", { class: "muted", text: "No dated events for this dyad." }));
        done("dyad");
        return;
      }
      function pick(i) {
        var b = s.buckets[i];
        if (!b) return;
        Array.prototype.forEach.call(tableBox.querySelectorAll("tr.sel"), function (r) { r.classList.remove("sel"); });
        var row = tableBox.querySelector('tr[data-start="' + b.start + '"]');
        if (row) row.classList.add("sel");
        showEvidence(evidence, b, req);
      }
      dyadChart(document.getElementById("dyad-chart"), s, pick);
      dyadTable(tableBox, s, pick);
      done("dyad");
    });
  };

  function dyadChart(el, s, pick) {
    var xs = s.buckets.map(function (b) { return toSeconds(b.start); });
    var coop = s.buckets.map(function (b) { return b.by_quad ? b.by_quad[0] + b.by_quad[1] : null; });
    var conf = s.buckets.map(function (b) { return b.by_quad ? -(b.by_quad[2] + b.by_quad[3]) : null; });
    var net = s.buckets.map(function (b) { return b.net_cooperation; });
    var bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined;
    // Half a period of room at each end, so the first and last bars are not cut in half.
    var step = xs.length > 1 ? (xs[xs.length - 1] - xs[0]) / (xs.length - 1) : 30 * 86400;
    var u = new uPlot({
      width: width(el), height: 300,
      scales: { x: { time: true, range: function (u, min, max) { return [min - step / 2, max + step / 2]; } } },
      series: [{},
        { label: "cooperative", stroke: "#2f7d4a", fill: "rgba(47,125,74,.45)", paths: bars, points: { show: false } },
        { label: "conflictual", stroke: "#b33a2b", fill: "rgba(179,58,43,.45)", paths: bars, points: { show: false } },
        { label: "net cooperation", stroke: "#14212b", width: 2, spanGaps: false }],
      axes: [{}, { label: "events" }],
      cursor: { drag: { x: false, y: false } }
    }, [xs, coop, conf, net], el);
    u.over.addEventListener("click", function () { if (u.cursor.idx !== null && u.cursor.idx !== undefined) pick(u.cursor.idx); });
    el.dataset.points = xs.length;
    el._plot = u; // for the browser tests and the console
    plots.push(u);
  }

  function dyadTable(box, s, pick) {
    var cols = ["period", "events", "reports", "sources", "q1", "q2", "q3", "q4", "net", "mean", "vs 4 before", "vs 52 before"];
    var t = h("table", { id: "dyad-table" }, h("thead", {}, h("tr", {}, cols.map(function (c, i) {
      return h("th", { class: (i > 0 && i < 10 ? "num" : "") + (i >= 2 && i <= 7 ? " hide-narrow" : ""), text: c });
    }))));
    var body = h("tbody");
    var rows = s.buckets.map(function (b, i) { return [b, i]; }).filter(function (x) { return x[0].data; });
    var shown = rows.slice(-200).reverse();
    shown.forEach(function (x) {
      var b = x[0], q = b.by_quad || [null, null, null, null];
      body.appendChild(h("tr", { class: "click" + (b.data ? "" : " nodata"), data: { start: b.start }, on: { click: function () { pick(x[1]); } } },
        h("td", { text: b.label }), h("td", { class: "num", text: fmt(b.events) }),
        h("td", { class: "num hide-narrow", text: fmt(b.reports) }), h("td", { class: "num hide-narrow", text: fmt(b.sources) }),
        q.map(function (n) { return h("td", { class: "num hide-narrow", text: fmt(n) }); }),
        h("td", { class: "num" }, signed(b.net_cooperation)), h("td", { class: "num", text: fmt(b.intensity_mean) }),
        h("td", {}, band(b.trend4)), h("td", {}, band(b.trend52))));
    });
    t.appendChild(body);
    box.appendChild(h("h2", { text: "Periods with data, newest first" + (rows.length > shown.length ? " (latest " + shown.length + " of " + rows.length + ")" : "") }));
    box.appendChild(t);
  }

  // The events the series counts in the period (its own matching of actors and dates), a
  // page at a time.
  function showEvidence(box, b, req) {
    clear(box).appendChild(h("h2", { text: b.label + ": " + fmt(b.events) + (b.events === 1 ? " event" : " events") }));
    var types = Object.keys(b.by_type).map(function (k) { return k + " " + b.by_type[k].events + " (" + b.by_type[k].sources + " src)"; });
    if (types.length) box.appendChild(h("p", { class: "muted", text: types.join(" · ") }));
    var list = h("div", { class: "evidence-list" });
    box.appendChild(list);
    var shown = 0;
    function more(after) {
      var q = { source: req.source, target: req.target, period: req.period, both: req.both, since: req.since, until: req.until,
        at: b.start, limit: 100, after: after };
      return api("relations/events", q).then(function (r) {
        r.items.forEach(function (x) { list.appendChild(eventBlock(x, true)); });
        shown += r.items.length;
        if (!shown) list.appendChild(h("p", { class: "muted", text: "No events in this period." }));
        if (r.next) {
          list.appendChild(h("button", { class: "plain more", type: "button", text: "Show more (" + shown + " of " + r.events + ")", on: { click: function (e) {
            e.target.remove(); more(r.next);
          } } }));
        }
        box.dataset.loaded = shown;
        box.dataset.events = r.events;
      }).catch(failed(box));
    }
    return more(null);
  }

  views.network = function (params) {
    clear(view).appendChild(h("h1", { text: "Actor network" }));
    var level = one(params, "level") || "country";
    var months = parseInt(one(params, "months") || "12", 10);
    var controls = h("form", { class: "filters panel", id: "network-form", on: { submit: function (e) { e.preventDefault(); go("network", formParams(controls)); } } },
      select("level", ["country", "actor", "entity"], level, "actors by"),
      select("months", ["1", "3", "6", "12", "24", "60", "all"], one(params, "months") || "12", "window (months)"),
      select("edges", ["20", "40", "80", "150", "300"], edgeLimit(params), "heaviest edges"),
      h("label", {}, "until", h("input", { type: "date", name: "until", value: one(params, "until") })),
      h("button", { type: "submit", text: "Show" }));
    view.appendChild(controls);
    var slider = h("div", { class: "slider panel" });
    var caption = h("p", { class: "muted", id: "network-caption" });
    var graph = h("div", { id: "graph" });
    view.appendChild(slider);
    view.appendChild(caption);
    view.appendChild(graph);
    view.appendChild(h("p", { class: "legend-note", text: "Edges: the two directions between a pair drawn as one line, green cooperative on balance, red conflictual, grey even; thicker means more events. Only the busiest actors are named: point at another to see its name. Click an edge for the dyad (both directions), a node for its events." }));
    return api("summary").then(function (s) {
      var last = one(params, "until") || s.published_last;
      var first = s.published_first;
      if (!last || !first) { caption.textContent = "No dated documents yet."; done("network"); return; }
      var monthsBetween = function (a, b) { return (parseInt(b.slice(0, 4), 10) - parseInt(a.slice(0, 4), 10)) * 12 + parseInt(b.slice(5, 7), 10) - parseInt(a.slice(5, 7), 10); };
      var total = Math.max(0, monthsBetween(first, s.published_last));
      var pos = Math.max(0, Math.min(total, monthsBetween(first, last)));
      var range = h("input", { type: "range", min: 0, max: total, value: pos, "aria-label": "time", id: "network-slider" });
      var label = h("span", {});
      var monthAt = function (n) { var d = new Date(Date.UTC(parseInt(first.slice(0, 4), 10), parseInt(first.slice(5, 7), 10) - 1 + n + 1, 0)); return d.toISOString().slice(0, 10); };
      label.textContent = "until " + monthAt(pos);
      range.addEventListener("input", function () { label.textContent = "until " + monthAt(parseInt(range.value, 10)); });
      range.addEventListener("change", function () { var p = formParams(controls); p.until = monthAt(parseInt(range.value, 10)); go("network", p); });
      slider.appendChild(h("span", { class: "muted", text: first.slice(0, 7) }));
      slider.appendChild(range);
      slider.appendChild(h("span", { class: "muted", text: s.published_last.slice(0, 7) }));
      slider.appendChild(label);
      var until = monthAt(pos);
      var since = null;
      if (one(params, "months") !== "all") {
        var u = new Date(until + "T00:00:00Z");
        since = new Date(Date.UTC(u.getUTCFullYear(), u.getUTCMonth() - (isNaN(months) ? 12 : months) + 1, 1)).toISOString().slice(0, 10);
      }
      return Promise.all([api("network", { level: level, since: since, until: until, limit: edgeLimit(params) }), graphLibrary()]).then(function (r) {
        var n = r[0];
        caption.textContent = n.nodes.length + " actors, " + n.edges.length + " directed edges" + (n.more_edges ? " (" + n.more_edges + " lighter ones not shown: raise “heaviest edges”)" : "") +
          " · " + (since || "start") + " to " + until;
        caption.dataset.edges = n.edges.length;
        caption.dataset.until = until;
        drawGraph(graph, n, level);
        done("network");
      });
    });
  };

  function edgeLimit(params) { return one(params, "edges") || "40"; }

  // The two directions between a pair as one line: half the edges, none drawn on top of
  // its own reverse.
  function pairEdges(edges) {
    var by = {};
    edges.forEach(function (e) {
      var a = e.source < e.target ? e.source : e.target, b = a === e.source ? e.target : e.source;
      var k = a + "\u0000" + b;
      var p = by[k] || (by[k] = { a: a, b: b, from: e.source, to: e.target, events: 0, net: 0 });
      p.events += e.events;
      p.net += e.net_cooperation;
    });
    return Object.keys(by).map(function (k) { return by[k]; });
  }

  // Cytoscape.js (430 KB) is read only when a network is drawn, so the other views' first
  // render does not wait for it to be parsed.
  var graphLoading = null;
  function graphLibrary() {
    if (window.cytoscape) return Promise.resolve();
    return graphLoading || (graphLoading = new Promise(function (ok, fail) {
      var el = document.createElement("script");
      el.src = "/assets/vendor/cytoscape.min.js";
      el.onload = function () { ok(); };
      el.onerror = function () { graphLoading = null; fail(new Error("the graph library did not load")); };
      document.head.appendChild(el);
    }));
  }

  var HUBS = 12;
  var cy = null;
  function drawGraph(el, n, level) {
    if (cy) { cy.destroy(); cy = null; }
    var pairs = pairEdges(n.edges);
    var maxE = Math.max.apply(null, pairs.map(function (e) { return e.events; }).concat([1]));
    var maxN = Math.max.apply(null, n.nodes.map(function (x) { return x.events; }).concat([1]));
    // Nodes come busiest first: those are named; the rest on pointing.
    var elements = n.nodes.map(function (x, i) {
      return { data: { id: "n:" + x.id, key: x.id, label: x.label, size: 14 + 36 * Math.sqrt(x.events / maxN) },
        classes: i < HUBS ? "hub" : "" };
    }).concat(pairs.map(function (e, i) {
      return { data: { id: "e" + i, source: "n:" + e.a, target: "n:" + e.b, from: e.from, to: e.to,
        w: 1 + 9 * Math.sqrt(e.events / maxE), color: e.net > 0 ? "#2f7d4a" : e.net < 0 ? "#b33a2b" : "#8a949b" } };
    }));
    cy = cytoscape({
      container: el, elements: elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#1f5f99", "border-color": "#fff", "border-width": 1 } },
        { selector: "node.hub, node.named", style: { label: "data(label)", color: "#14212b", "font-size": 12, "font-weight": 600,
          "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.85,
          "text-background-padding": 2, "text-background-shape": "roundrectangle", "z-index": 10 } },
        { selector: "node.named", style: { "z-index": 20 } },
        { selector: "edge", style: { width: "data(w)", "line-color": "data(color)", "curve-style": "straight", opacity: 0.55 } },
        { selector: "edge.near", style: { opacity: 0.95 } }
      ],
      layout: n.nodes.length > 1 ? { name: "cose", animate: false, randomize: true, nodeRepulsion: function () { return 40000; },
        idealEdgeLength: function () { return 110; }, nodeOverlap: 40, componentSpacing: 120, gravity: 0.6, numIter: 2500 } : { name: "grid" }
    });
    cy.on("mouseover", "node", function (e) { e.target.addClass("named"); e.target.connectedEdges().addClass("near"); });
    cy.on("mouseout", "node", function (e) { e.target.removeClass("named"); e.target.connectedEdges().removeClass("near"); });
    cy.on("tap", "edge", function (e) { go("dyad", { source: e.target.data("from"), target: e.target.data("to"), period: "month", both: "1" }); });
    cy.on("tap", "node", function (e) { go("events", { actor: e.target.data("key") }); });
    el._cy = cy; // for the browser tests and the console
  }

  var world = null;
  function worldSvg() {
    if (!world) {
      world = fetch("/assets/map/world.svg").then(function (r) { return r.text(); }).then(function (t) {
        return new DOMParser().parseFromString(t, "image/svg+xml").documentElement;
      });
    }
    return world.then(function (svg) { return document.importNode(svg, true); });
  }

  views.map = function (params) {
    clear(view).appendChild(h("h1", { text: "Map" }));
    var form = h("form", { class: "filters panel", on: { submit: function (e) { e.preventDefault(); go("map", formParams(form)); } } },
      h("label", {}, "since", h("input", { type: "date", name: "since", value: one(params, "since") })),
      h("label", {}, "until", h("input", { type: "date", name: "until", value: one(params, "until") })),
      actorInputs(params, [["actor", "involving"]]),
      h("button", { type: "submit", text: "Show" }), actorDatalist());
    view.appendChild(form);
    var box = h("div", { class: "map panel", id: "map" });
    view.appendChild(box);
    var req = { since: one(params, "since"), until: one(params, "until"), actor: one(params, "actor") };
    return Promise.all([worldSvg(), api("map", req)]).then(function (r) {
      var svg = r[0], m = r[1];
      var max = 1;
      Object.keys(m.countries).forEach(function (c) { max = Math.max(max, m.countries[c].events); });
      var colors = ["#d5d9dc", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
      Array.prototype.forEach.call(svg.querySelectorAll("path"), function (p) {
        var c = p.getAttribute("data-code");
        var stat = c && m.countries[c];
        var title = document.createElementNS("http://www.w3.org/2000/svg", "title");
        title.textContent = (p.getAttribute("data-name") || "") + (stat ? ": " + stat.events + " events, net " + stat.net_cooperation : "");
        p.appendChild(title);
        if (stat) {
          var step = Math.min(5, 1 + Math.floor(4 * Math.log(1 + stat.events) / Math.log(1 + max)));
          p.style.fill = colors[step];
          p.addEventListener("click", function () { go("events", { actor: c }); });
        }
      });
      var maxP = Math.max.apply(null, m.places.map(function (p) { return p.events; }).concat([1]));
      m.places.forEach(function (p) {
        var c = document.createElementNS("http://www.w3.org/2000/svg", "circle");
        c.setAttribute("cx", ((p.lon + 180) * 960 / 360).toFixed(1));
        c.setAttribute("cy", ((90 - p.lat) * 960 / 360).toFixed(1));
        c.setAttribute("r", (1.5 + 6 * Math.sqrt(p.events / maxP)).toFixed(1));
        var q = p.by_quad.indexOf(Math.max.apply(null, p.by_quad));
        c.style.fill = ["#2f7d4a", "#1d5a33", "#b8651b", "#b33a2b"][q];
        var t = document.createElementNS("http://www.w3.org/2000/svg", "title");
        t.textContent = p.name + ": " + p.events + " events";
        c.appendChild(t);
        svg.appendChild(c);
      });
      box.appendChild(svg);
      box.appendChild(h("div", { class: "scale" }, "fewer events", [1, 2, 3, 4, 5].map(function (i) { return h("span", { class: "sw s" + i }); }), "more · dots: places, coloured by their most frequent quad"));
      box.dataset.countries = Object.keys(m.countries).length;
      done("map");
    });
  };

  var TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

  views.events = function (params) {
    clear(view).appendChild(h("h1", { text: "Events" }));
    var actors = params.getAll("actor");
    var typeSel = h("select", { name: "type", multiple: true, size: 3 });
    var chosen = params.getAll("type").join(",").split(",");
    TYPES.forEach(function (t) { typeSel.appendChild(h("option", { value: t, text: t, selected: chosen.indexOf(t) >= 0 })); });
    var form = h("form", { class: "filters panel", id: "events-form", on: { submit: function (e) { e.preventDefault();
      var p = formParams(form); p.actor = [p.actor1, p.actor2].filter(Boolean); delete p.actor1; delete p.actor2; go("events", p); } } },
      h("label", {}, "actor", h("input", { type: "text", name: "actor1", value: actors[0] || "", list: "actors" })),
      h("label", {}, "and actor", h("input", { type: "text", name: "actor2", value: actors[1] || "", list: "actors" })),
      check("directed", params, "first is source"),
      h("label", {}, "types", typeSel),
      h("label", {}, "since", h("input", { type: "date", name: "since", value: one(params, "since") })),
      h("label", {}, "until", h("input", { type: "date", name: "until", value: one(params, "until") })),
      h("label", {}, "min. confidence", h("input", { type: "number", name: "min_confidence", min: 0, max: 1, step: 0.05, value: one(params, "min_confidence") })),
      h("label", {}, "language", h("input", { type: "text", name: "lang", value: one(params, "lang"), placeholder: "en, ar…" })),
      h("label", {}, "text", h("input", { type: "text", name: "q", value: one(params, "q") })),
      check("dedup", params, "one row per event"),
      check("include_aux", params, "also not-happened"),
      h("button", { type: "submit", text: "Filter" }), actorDatalist());
    view.appendChild(form);
    var filters = { actor: actors, directed: params.get("directed"), type: params.getAll("type"), since: one(params, "since"), until: one(params, "until"),
      min_confidence: one(params, "min_confidence"), lang: one(params, "lang"), q: one(params, "q"), dedup: params.get("dedup"), include_aux: params.get("include_aux") };
    var exportQ = query(filters);
    view.appendChild(h("p", {}, "Export everything matching: ",
      h("a", { href: "/api/events?" + exportQ + (exportQ ? "&" : "") + "format=csv", download: "events.csv", text: "CSV" }), " · ",
      h("a", { href: "/api/events?" + exportQ + (exportQ ? "&" : "") + "format=jsonl", download: "events.jsonl", text: "JSONL" })));
    var table = h("table", { id: "events-table" }, h("thead", {}, h("tr", {},
      ["date", "type", "source", "target", "where", "conf.", "src", "evidence"].map(function (c, i) {
        return h("th", { class: (i === 4 || i === 5 ? "hide-narrow" : "") + (i === 5 || i === 6 ? " num" : ""), text: c });
      }))));
    var body = h("tbody");
    table.appendChild(body);
    view.appendChild(h("div", { class: "panel scroll" }, table));
    var more = h("div", { class: "more" });
    view.appendChild(more);
    var count = 0;
    function load(after) {
      var req = Object.assign({}, filters, { limit: 50, after: after });
      return api("events", req).then(function (r) {
        r.items.forEach(function (x) {
          count++;
          var detail = h("tr", { class: "detail", hidden: true }, h("td", { colspan: 8 }));
          var row = h("tr", { class: "click", data: { id: x.id }, on: { click: function () {
            detail.hidden = !detail.hidden;
            if (!detail.hidden && !detail.firstChild.firstChild) detail.firstChild.appendChild(eventBlock(x, true));
          } } },
            h("td", { text: x.date_value || "undated" }), h("td", { class: "type q" + x.quad, text: x.type + (x.aux ? " (" + x.aux + ")" : "") }),
            h("td", { text: actorLabel(code(x.source_country, x.source_sector), x.source_name) }),
            h("td", { text: actorLabel(code(x.target_country, x.target_sector), x.target_name) }),
            h("td", { class: "hide-narrow", text: x.location_name || "" }), h("td", { class: "num hide-narrow", text: fmt(x.confidence, 2) }),
            h("td", { class: "num", text: x.sources }),
            h("td", { class: "dir-auto", dir: "auto", text: (x.sentence || "").length > 140 ? x.sentence.slice(0, 139) + "…" : x.sentence }));
          body.appendChild(row);
          body.appendChild(detail);
        });
        clear(more);
        more.appendChild(h("span", { class: "muted", id: "events-count", text: count + (count === 1 ? " event shown " : " events shown ") }));
        if (r.next) more.appendChild(h("button", { type: "button", class: "plain", text: "More", on: { click: function () { load(r.next); } } }));
        table.dataset.rows = count;
      });
    }
    return load(null).then(function () { done("events"); });
  };

  views.quotes = function (params) {
    clear(view).appendChild(h("h1", { text: "Who said what about whom" }));
    var form = h("form", { class: "filters panel", on: { submit: function (e) { e.preventDefault(); go("quotes", formParams(form)); } } },
      actorInputs(params, [["about", "about"], ["speaker", "speaker"]]),
      h("label", {}, "text", h("input", { type: "text", name: "q", value: one(params, "q") })),
      h("button", { type: "submit", text: "Show" }), actorDatalist());
    view.appendChild(form);
    var list = h("div", { class: "panel", id: "quotes" });
    view.appendChild(list);
    var more = h("div", { class: "more" });
    view.appendChild(more);
    function load(after) {
      return api("quotes", { about: one(params, "about"), speaker: one(params, "speaker"), q: one(params, "q"), limit: 30, after: after }).then(function (r) {
        if (!r.items.length && !after) list.appendChild(h("p", { class: "muted", text: "No quotes match." }));
        r.items.forEach(function (x) {
          list.appendChild(h("div", { class: "quote" },
            h("div", { class: "meta muted" }, x.speaker_name ? actorLabel(x.speaker ? x.speaker.country + (x.speaker.sector ? "." + x.speaker.sector : "") : null, x.speaker_name) : "unknown speaker",
              " · " + (x.doc_published || "undated")),
            h("div", { class: "text dir-auto", dir: "auto", lang: x.language || null, text: "“" + x.text + "”" }),
            x.about.length ? h("div", {}, "about: ", x.about.map(function (n) {
              return h("a", { class: "chip", href: "#/quotes?" + query({ about: n.code || n.id }), text: n.name + (n.code ? " · " + n.code : "") });
            })) : null,
            h("div", { class: "meta" }, x.doc_url ? h("a", { href: x.doc_url, rel: "noopener noreferrer", target: "_blank", text: x.doc_title || x.doc_url }) : (x.doc_title || x.doc_id))));
        });
        clear(more);
        if (r.next) more.appendChild(h("button", { type: "button", class: "plain", text: "More", on: { click: function () { load(r.next); } } }));
      });
    }
    return load(null).then(function () { done("quotes"); });
  };

  views.search = function (params) {
    var q = one(params, "q");
    clear(view).appendChild(h("h1", { text: "Search: " + q }));
    if (!q) { done("search"); return Promise.resolve(); }
    return api("search", { q: q }).then(function (r) {
      var more = function (list) { return list.next ? " (first " + list.items.length + ")" : ""; };
      view.appendChild(h("h2", { text: r.documents.items.length + " documents" + more(r.documents) }));
      var docs = h("div", { class: "panel" });
      r.documents.items.forEach(function (d) {
        docs.appendChild(h("div", { class: "ev" }, h("div", {}, d.url ? h("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: d.title || d.id }) : (d.title || d.id)),
          h("div", { class: "meta", text: [d.language, d.published, d.source, d.events + " events", d.quotes + " quotes"].filter(Boolean).join(" · ") })));
      });
      view.appendChild(docs);
      view.appendChild(h("h2", { text: r.events.items.length + " events" + more(r.events) }));
      var evs = h("div", { class: "panel" });
      r.events.items.forEach(function (x) { evs.appendChild(eventBlock(x, true)); });
      view.appendChild(evs);
      done("search");
    });
  };

  // ---- wiring ----------------------------------------------------------------------------

  function render() {
    dropPlots();
    if (cy) { cy.destroy(); cy = null; }
    delete document.body.dataset.ready;
    var r = route();
    var f = views[r.name] || views.overview;
    Array.prototype.forEach.call(document.querySelectorAll("#nav a"), function (a) {
      a.classList.toggle("on", a.dataset.view === r.name || (r.name === "overview" && a.dataset.view === "overview"));
    });
    var p;
    try { p = f(r.params); } catch (e) { p = Promise.reject(e); }
    Promise.resolve(p).catch(function (e) {
      view.appendChild(h("p", { class: "problems", text: "Could not load this view: " + e.message }));
      done(r.name);
    });
  }
  document.getElementById("search").addEventListener("submit", function (e) {
    e.preventDefault();
    go("search", { q: e.target.elements.q.value.trim() });
  });
  window.addEventListener("hashchange", render);
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      plots.forEach(function (u) { var w = width(u.root.parentNode); u.setSize({ width: w, height: u.height }); });
    }, 200);
  });
  render();
})();
