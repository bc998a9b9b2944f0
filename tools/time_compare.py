#!/usr/bin/env python3
"""Compare dyad's time stage with Python's dateparser on dyad's time test set.

    python3 tools/time_compare.py [tests/fixtures/time/cases.tsv]

For every case (one expression per sentence, or none) both systems read the sentence with the
publication date as the anchor. dyad's side runs the `time_eval` example
(`cargo run --release -p dyad-pipeline --example time_eval`); dateparser's side calls
`dateparser.search.search_dates(text, languages=[lang], settings={RELATIVE_BASE: published,
PREFER_DATES_FROM: 'past'})`.

Scores, per language and overall:
- dyad exact: one expression, with the expected value *and* precision (and duration when the
  case has one): the criterion of dyad's own test (`tests/time_cases.rs`).
- window (both systems): the found date falls inside the expected window (the days the expected
  value covers, or value + duration), and nothing is found when nothing is expected. dateparser
  has no precision, so this is the fair comparison: any date it returns inside the window counts.
Speed: sentences per second over the whole set (dyad: best of repeated rounds in one process;
dateparser: one pass, its own process).

Needs `pip install dateparser`.
"""
import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(path):
    cases = []
    header = True
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            c = line.split("\t")
            while len(c) < 8:
                c.append("")
            cases.append({
                "line": i, "lang": c[0], "published": None if c[1] == "-" else c[1], "text": c[2],
                "expr": None if c[3] == "-" else c[3], "value": None if c[4] == "none" else c[4],
                "precision": c[5], "duration": None if c[6] in ("-", "") else int(c[6]),
                "xfail": c[7].strip() == "xfail",
            })
    return cases


def window(value, precision, duration):
    """The first and last day an expected value covers."""
    if value.endswith("s"):  # decade
        y = int(value[:-1])
        first, last = dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    elif len(value) == 4:
        first, last = dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    elif len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        first = dt.date(y, m, 1)
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    else:
        first = last = dt.date.fromisoformat(value)
    if duration:
        last = max(last, first + dt.timedelta(days=duration - 1))
    return first, last


def dyad_exact(case, found):
    if case["value"] is None:
        return not found
    if len(found) != 1:
        return False
    t = found[0]
    if case["expr"]:
        at = case["text"].encode("utf-8").find(case["expr"].encode("utf-8"))
        if at < 0 or not (t["start"] < at + len(case["expr"].encode("utf-8")) and at < t["end"]):
            return False
    if t["value"] != case["value"] or t["precision"] != case["precision"]:
        return False
    return case["duration"] is None or t["duration"] == case["duration"]


def in_window(case, dates):
    if case["value"] is None:
        return not dates
    first, last = window(case["value"], case["precision"], case["duration"])
    return any(first <= d <= last for d in dates)


def value_first_day(v):
    if v.endswith("s"):
        return dt.date(int(v[:-1]), 1, 1)
    if len(v) == 4:
        return dt.date(int(v), 1, 1)
    if len(v) == 7:
        return dt.date(int(v[:4]), int(v[5:7]), 1)
    return dt.date.fromisoformat(v)


def run_dyad(path):
    cmd = ["cargo", "run", "--quiet", "--release", "-p", "dyad-pipeline", "--example", "time_eval"]
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        cmd += ["--", "--articles", seeds]
    with open(path, "rb") as f:
        p = subprocess.run(cmd, stdin=f, cwd=ROOT, capture_output=True, check=True)
    by_line, summary, articles = {}, None, []
    for line in p.stdout.decode("utf-8").splitlines():
        j = json.loads(line)
        if j.get("summary"):
            summary = j
        elif "articles" in j:
            articles.append(j)
        else:
            by_line[j["line"]] = j["found"]
    summary["articles"] = articles
    return by_line, summary


def run_dateparser(cases):
    import dateparser
    from dateparser.search import search_dates
    out = {}
    t0 = time.perf_counter()
    for c in cases:
        base = dt.datetime.fromisoformat(c["published"]) if c["published"] else dt.datetime(2026, 1, 1)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        try:
            r = search_dates(c["text"], languages=[c["lang"]], settings=settings)
        except Exception as e:  # unsupported language or internal error: counts as nothing found
            r = None
            c["dp_error"] = str(e)[:80]
        out[c["line"]] = [(s, d.date()) for s, d in (r or [])]
    secs = time.perf_counter() - t0
    return out, secs, dateparser.__version__


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests/fixtures/time/cases.tsv")
    cases = load(path)
    dyad, summary = run_dyad(path)
    dp, dp_secs, dp_version = run_dateparser(cases)
    stats = defaultdict(lambda: [0, 0, 0, 0])  # n, dyad exact, dyad window, dateparser window
    disagreements = []
    for c in cases:
        found = dyad.get(c["line"], [])
        ex = dyad_exact(c, found)
        dw = in_window(c, [value_first_day(t["value"]) for t in found]) if c["value"] else not found
        pw = in_window(c, [d for _, d in dp[c["line"]]])
        for key in (c["lang"], "all"):
            s = stats[key]
            s[0] += 1
            s[1] += ex
            s[2] += dw
            s[3] += pw
        if ex != pw:
            disagreements.append((c, found, dp[c["line"]], ex, pw))
    print(f"{'lang':6} {'cases':>5}  {'dyad exact':>10}  {'dyad window':>11}  {'dateparser window':>17}")
    for lang in sorted(k for k in stats if k != "all") + ["all"]:
        n, e, w, p = stats[lang]
        print(f"{lang:6} {n:5d}  {100*e/n:9.1f}%  {100*w/n:10.1f}%  {100*p/n:16.1f}%")
    n = len(cases)
    print()
    print(f"dyad:       {summary['cases_per_second']:,.0f} sentences/s "
          f"(lexicon built in {summary['lexicon_build_seconds']*1000:.1f} ms)")
    print(f"dateparser: {n/dp_secs:,.0f} sentences/s ({dp_version}, {dp_secs:.2f} s for {n})")
    print(f"speed-up:   {summary['cases_per_second']/(n/dp_secs):,.0f}x")
    for a in summary.get("articles", []):
        print(f"dyad {a['articles']} on the seed articles ({a['avg_bytes']} bytes avg): "
              f"{a['docs_per_second']:,.0f} articles/s ({a['mb_per_second']:.0f} MB/s)")
    if "--show" in sys.argv:
        print("\nwhere they disagree (dyad exact vs dateparser window):")
        for c, found, d, ex, pw in disagreements:
            print(f"  [{c['lang']}] {c['text']!r} want {c['value']}: "
                  f"dyad {'ok' if ex else [t['value'] for t in found]} / "
                  f"dateparser {'ok' if pw else [str(x[1]) for x in d]}")


if __name__ == "__main__":
    main()
