#!/usr/bin/env python3
"""Score dyad's event deduplication on the dedup corpus (tests/fixtures/dedup/).

    python3 tools/score_dedup.py --dyad target/release/dyad [--corpus tests/fixtures/dedup]
                                 [--min-f1 0.9] [--max-hard-negative-merges 0] [--json out.json]

Ingests `corpus.jsonl` into a temporary SQLite database (`dyad ingest --db TMP corpus.jsonl`),
reads every raw event (`dyad events --db TMP --format json`) and every folded event
(`dyad events --db TMP --dedup --format json`), and scores them against `gold.json`:

- Each document has one gold main event (a real-world event with a PLOVER type). Its
  *predicted group* is the folded event holding its most confident raw event of that type
  (or of one of the event's `alt_types`; ties broken by event id). A document with no such
  event is a singleton group of its own.
- B-cubed precision, recall and F1 of the predicted groups against the gold grouping
  (Bagga & Baldwin 1998: per-document precision and recall, averaged over documents).
- Wrong merges: folded events that are the predicted group of documents of two or more
  different gold events. Hard-negative merges: gold hard-negative pairs (different real
  events with the same actors and type) whose documents share a predicted group.
  Both are counted on the documents' main reports, so that a report of a *secondary*
  mention (a Noshki report recalling last week's train attack) joining that other event is
  not counted against the engine. For information, folded events holding *any* reports of
  documents of two gold events are listed too.

Two output shapes of `--dedup` are understood:
- folded objects with `reports: [{"doc", "event", ...}]`: a report's raw event id is
  `reports[].event`;
- today's shape: one representative raw event per folded event. Its members are the raw
  events that share its `cluster` string, read from the JSON when present, else from the
  `events` table of the temporary database (`id`, `cluster`).

Exits 1 when `--min-f1` or `--max-hard-negative-merges` is missed, 2 on usage or run errors.
Standard library only.
"""
import argparse
import collections
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Large enough that no listing is ever cut; the CLI has no default limit today.
NO_LIMIT = "100000000"


def die(msg):
    print(f"score_dedup: {msg}", file=sys.stderr)
    sys.exit(2)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        die(f"{' '.join(cmd)} exited {p.returncode}:\n{p.stderr.strip()}")
    return p.stdout


def read_rows(dyad, db, dedup):
    cmd = [dyad, "events", "--db", db, "--format", "json", "--limit", NO_LIMIT]
    if dedup:
        cmd.append("--dedup")
    out = run(cmd)
    try:
        data = json.loads(out)
    except json.JSONDecodeError as e:
        die(f"{' '.join(cmd)} did not print JSON: {e}")
    if isinstance(data, dict):
        if data.get("next"):
            die(f"{' '.join(cmd)} returned a page with a `next` cursor: the listing is cut")
        data = data.get("items", data.get("events"))
    if not isinstance(data, list):
        die(f"{' '.join(cmd)}: expected a JSON list of events")
    return data


def doc_id(ev):
    d = ev.get("doc")
    if isinstance(d, dict):
        return d.get("id")
    return d


def load_gold(corpus_dir):
    with open(os.path.join(corpus_dir, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    events = {e["id"]: e for e in gold["events"]}
    docs = {d["doc"]: d for d in gold["documents"]}
    for d in docs.values():
        if d["event"] not in events:
            die(f"gold.json: document {d['doc']} names unknown event {d['event']}")
    return gold, events, docs


def folded_members(folded, raw, db):
    """Folded event id -> the raw event ids it holds, and raw event id -> folded id."""
    members = {}
    if folded and all("reports" in f for f in folded):
        for f in folded:
            members[f["id"]] = [r["event"] for r in f["reports"]]
    else:
        if raw and all("cluster" in e for e in raw):
            cluster_of = {e["id"]: e["cluster"] or e["id"] for e in raw}
        else:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                cluster_of = dict(
                    con.execute("SELECT id, COALESCE(cluster, id) FROM events").fetchall()
                )
            except sqlite3.Error as e:
                die(f"folded events carry no `reports` and the database has no events.cluster: {e}")
            finally:
                con.close()
        by_cluster = collections.defaultdict(list)
        for eid, c in cluster_of.items():
            by_cluster[c].append(eid)
        for f in folded:
            c = f.get("cluster") or cluster_of.get(f["id"])
            if c is None:
                die(f"folded event {f['id']} is not a stored raw event and has no `reports`")
            members[f["id"]] = by_cluster[c]
    folded_of = {}
    for fid, evs in members.items():
        for e in evs:
            if e in folded_of and folded_of[e] != fid:
                die(f"raw event {e} is in two folded events: {folded_of[e]} and {fid}")
            folded_of[e] = fid
    return members, folded_of


def bcubed(pred, gold_of):
    """pred: doc -> group key; gold_of: doc -> gold event. Per-doc P and R."""
    groups = collections.defaultdict(set)
    for d, g in pred.items():
        groups[g].add(d)
    classes = collections.defaultdict(set)
    for d, g in gold_of.items():
        classes[g].add(d)
    per = {}
    for d in gold_of:
        c, k = groups[pred[d]], classes[gold_of[d]]
        both = len(c & k)
        per[d] = (both / len(c), both / len(k))
    return per


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs) if xs else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def halves(events, docs, pred):
    """B-cubed P, R, F1 of each half of the gold events, alternating in gold order (A: the 1st,
    3rd, ... event; B: the 2nd, 4th, ...), each over its own documents only: a change that
    helps one half alone fits the reports read, not the language."""
    order = {eid: i for i, eid in enumerate(events)}
    out = {}
    for name, parity in (("A", 0), ("B", 1)):
        ds = {d for d, g in docs.items() if order[g["event"]] % 2 == parity}
        per = bcubed({d: pred[d] for d in ds}, {d: docs[d]["event"] for d in ds})
        p = mean(x[0] for x in per.values())
        r = mean(x[1] for x in per.values())
        out[name] = {"documents": len(ds), "precision": p, "recall": r, "f1": f1(p, r)}
    return out


def score(gold, events, docs, raw, folded, members, folded_of):
    raw_by_doc = collections.defaultdict(list)
    for e in raw:
        raw_by_doc[doc_id(e)].append(e)
    unknown = sorted(d for d in raw_by_doc if d not in docs)
    pred, main = {}, {}
    for d, g in docs.items():
        ev = events[g["event"]]
        types = {ev["type"], *ev.get("alt_types", [])}
        cands = sorted(
            (e for e in raw_by_doc.get(d, []) if e.get("type") in types),
            key=lambda e: (-float(e.get("confidence", 0)), e["id"]),
        )
        if cands:
            main[d] = cands[0]
            fid = folded_of.get(cands[0]["id"])
            # A main report that no folded event holds (filtered out of the folded
            # listing) stands alone, like a document without one.
            pred[d] = ("F", fid) if fid is not None else ("S", d)
        else:
            pred[d] = ("S", d)
    gold_of = {d: g["event"] for d, g in docs.items()}
    per = bcubed(pred, gold_of)
    p = mean(x[0] for x in per.values())
    r = mean(x[1] for x in per.values())

    # Wrong merges on main reports.
    by_group = collections.defaultdict(set)
    for d, g in pred.items():
        by_group[g].add(d)
    wrong = []
    for g, ds in by_group.items():
        evs = {gold_of[d] for d in ds}
        if g[0] == "F" and len(evs) > 1:
            wrong.append((g[1], sorted(ds)))
    hn_merged = []
    for h in gold.get("hard_negatives", []):
        a, b = h["events"]
        shared = [
            (g[1], sorted(ds))
            for g, ds in by_group.items()
            if g[0] == "F" and any(gold_of[d] == a for d in ds) and any(gold_of[d] == b for d in ds)
        ]
        if shared:
            hn_merged.append((a, b, h.get("why", ""), shared))

    # For information: folded events holding any reports of documents of 2+ gold events.
    doc_of_event = {e["id"]: doc_id(e) for e in raw}
    any_wrong = []
    for fid, evs in members.items():
        ds = {doc_of_event.get(e) for e in evs} - {None}
        gs = {gold_of[d] for d in ds if d in gold_of}
        if len(gs) > 1:
            any_wrong.append((fid, sorted(ds)))

    # Syndicated copies: with their original, and counted once in `num_articles` when the
    # folded shape gives it.
    syn = {d: g["syndicated_from"] for d, g in docs.items() if g.get("syndicated_from")}
    syn_together = sorted(d for d, o in syn.items() if pred[d][0] == "F" and pred[d] == pred[o])
    articles_off = []
    for f in folded:
        if "num_articles" not in f or "reports" not in f:
            continue
        ds = {r.get("doc") for r in f["reports"]} - {None}
        want = len({syn.get(d, d) for d in ds})
        if f["num_articles"] != want:
            articles_off.append((f["id"], f["num_articles"], want))

    return {
        "syndicated": syn,
        "syndicated_together": syn_together,
        "articles_off": articles_off,
        "pred": pred,
        "main": main,
        "per": per,
        "precision": p,
        "recall": r,
        "f1": f1(p, r),
        "wrong": sorted(wrong),
        "hard_negative_merges": hn_merged,
        "any_wrong": sorted(any_wrong),
        "unknown_docs": unknown,
        "halves": halves(events, docs, pred),
    }


def short(g):
    return str(g[1])[:12] if g[0] == "F" else "-"


def report(gold, events, docs, raw, folded, s, out):
    pred, per, main = s["pred"], s["per"], s["main"]
    w = out.write
    w(f"documents {len(docs)}, gold events {len(events)}, raw events {len(raw)}, "
      f"folded events {len(folded)}\n\n")
    w("per event (doc: predicted folded event, '-' = no event of the main type)\n")
    for eid, ev in events.items():
        ds = [d for d in docs if docs[d]["event"] == eid]
        groups = collections.Counter(pred[d] for d in ds)
        w(f"  {eid} {ev['type']:<8} {ev['date']:<21} {len(ds)} docs in {len(groups)} groups"
          f"  P {mean(per[d][0] for d in ds):.2f} R {mean(per[d][1] for d in ds):.2f}"
          f"  {ev['description'][:70]}\n")
        for d in ds:
            tags = []
            if docs[d].get("undated"):
                tags.append("undated")
            if docs[d].get("syndicated_from"):
                tags.append("copy of " + docs[d]["syndicated_from"])
            others = sorted({docs[x]["event"] for x in docs if pred[x] == pred[d] and pred[d][0] == "F"} - {eid})
            m = main.get(d)
            got = (f"{m['type']} {(m.get('date') or {}).get('value', 'undated')} "
                   f"conf {float(m.get('confidence', 0)):.2f}") if m else "no event of the type"
            w(f"    {d:<28} -> {short(pred[d]):<12} {got}"
              f"{'  WITH ' + ','.join(others) if others else ''}"
              f"{'  [' + '; '.join(tags) + ']' if tags else ''}\n")
    w("\nper language\n")
    langs = collections.defaultdict(list)
    for d, g in docs.items():
        langs[g["language"]].append(d)
    for lang in sorted(langs):
        ds = langs[lang]
        coded = sum(1 for d in ds if d in main)
        p = mean(per[d][0] for d in ds)
        r = mean(per[d][1] for d in ds)
        w(f"  {lang}  docs {len(ds):>2}  main type coded {coded:>2}/{len(ds):<2}"
          f"  B3 P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}\n")
    w("\nwrong merges (folded events that are the main report of documents of 2+ gold events)\n")
    for fid, ds in s["wrong"]:
        w(f"  {fid}: " + ", ".join(f"{d} ({docs[d]['event']})" for d in ds) + "\n")
    if not s["wrong"]:
        w("  none\n")
    w("\nhard-negative merges\n")
    for a, b, why, shared in s["hard_negative_merges"]:
        w(f"  {a} + {b} ({why})\n")
        for fid, ds in shared:
            w(f"    {fid}: {', '.join(ds)}\n")
    if not s["hard_negative_merges"]:
        w("  none\n")
    w(f"\nfor information: {len(s['any_wrong'])} folded events hold reports (any type) of documents "
      "of 2+ gold events (a document may legitimately mention another gold event)\n")
    for fid, ds in s["any_wrong"][:30]:
        w(f"  {fid}: " + ", ".join(f"{d} ({docs[d]['event']})" for d in ds if d in docs) + "\n")
    w(f"\nsyndicated copies in their original's folded event: "
      f"{len(s['syndicated_together'])}/{len(s['syndicated'])}\n")
    for d, o in sorted(s["syndicated"].items()):
        if d not in s["syndicated_together"]:
            w(f"  apart: {d} (copy of {o})\n")
    if any("num_articles" in f for f in folded):
        w(f"folded events whose num_articles differs from their distinct articles "
          f"(syndicated copies collapsed): {len(s['articles_off'])}\n")
        for fid, got, want in s["articles_off"][:30]:
            w(f"  {fid}: num_articles {got}, expected {want}\n")
    if s["unknown_docs"]:
        w(f"\nwarning: events of documents not in gold.json: {', '.join(s['unknown_docs'])}\n")
    coded = len(main)
    w(f"\nmain event type coded in {coded}/{len(docs)} documents\n")
    w(f"B-cubed precision {s['precision']:.3f} recall {s['recall']:.3f} F1 {s['f1']:.3f}; "
      f"wrong merges {len(s['wrong'])}; hard-negative merges {len(s['hard_negative_merges'])} "
      f"of {len(gold.get('hard_negatives', []))} pairs\n")
    for name, h in s["halves"].items():
        w(f"  half {name} (every other gold event, {h['documents']} documents): B-cubed precision "
          f"{h['precision']:.3f} recall {h['recall']:.3f} F1 {h['f1']:.3f}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dyad", default=os.path.join(ROOT, "target", "release", "dyad"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "tests", "fixtures", "dedup"))
    ap.add_argument("--min-f1", type=float, help="exit 1 when B-cubed F1 is below this")
    ap.add_argument("--max-hard-negative-merges", type=int,
                    help="exit 1 when more hard-negative pairs than this are merged")
    ap.add_argument("--json", help="also write the figures and the per-document groups here")
    a = ap.parse_args()
    if not os.access(a.dyad, os.X_OK):
        die(f"{a.dyad} is not an executable (build it: cargo build --release -p dyad-cli)")
    corpus = os.path.join(a.corpus, "corpus.jsonl")
    if not os.path.isfile(corpus):
        die(f"{corpus} does not exist")
    gold, events, docs = load_gold(a.corpus)
    with open(corpus, encoding="utf-8") as f:
        ids = [json.loads(line)["id"] for line in f if line.strip()]
    if len(ids) != len(set(ids)):
        die(f"{corpus}: duplicate document ids")
    if set(ids) != set(docs):
        die(f"gold.json and {corpus} disagree on the documents: only in the corpus "
            f"{sorted(set(ids) - set(docs))}, only in gold {sorted(set(docs) - set(ids))}")
    with tempfile.TemporaryDirectory(prefix="score_dedup.") as tmp:
        db = os.path.join(tmp, "dedup.db")
        run([a.dyad, "ingest", "--db", db, corpus])
        raw = read_rows(a.dyad, db, dedup=False)
        folded = read_rows(a.dyad, db, dedup=True)
        members, folded_of = folded_members(folded, raw, db)
    s = score(gold, events, docs, raw, folded, members, folded_of)
    report(gold, events, docs, raw, folded, s, sys.stdout)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({
                "precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                "halves": s["halves"],
                "wrong_merges": [{"folded": fid, "docs": ds} for fid, ds in s["wrong"]],
                "hard_negative_merges": [{"events": [x, y], "folded": [fid for fid, _ in sh]}
                                         for x, y, _, sh in s["hard_negative_merges"]],
                "groups": {d: (g[1] if g[0] == "F" else None) for d, g in s["pred"].items()},
            }, f, indent=1)
    failed = []
    if a.min_f1 is not None and s["f1"] < a.min_f1:
        failed.append(f"B-cubed F1 {s['f1']:.3f} < {a.min_f1}")
    if a.max_hard_negative_merges is not None and len(s["hard_negative_merges"]) > a.max_hard_negative_merges:
        failed.append(f"{len(s['hard_negative_merges'])} hard-negative merges > {a.max_hard_negative_merges}")
    if failed:
        print("FAILED: " + "; ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
