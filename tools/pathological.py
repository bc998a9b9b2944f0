#!/usr/bin/env python3
"""Writes the pathological inputs of issue 15 into a folder and, with --measure BINARY, runs
`BINARY extract --format jsonl` over each under /usr/bin/time -v, printing a Markdown table of
input, size, wall time, peak memory, the peak above the program's own floor (the peak on a
one-line input: the knowledge base and lexicons) as a multiple of the input's size, and exit
status. Each run has a time limit (--timeout).

    python3 tools/pathological.py /tmp/patho --measure target/release/dyad
"""
import argparse, os, random, subprocess, sys, time, json

WORDS = ["Russia", "Pakistan", "talks", "minister", "Lavrov", "Islamabad", "security", "trade",
         "army", "officials", "border", "said", "meeting", "Moscow", "energy", "visit"]


def words(n, sep, rng):
    return sep.join(rng.choice(WORDS) for _ in range(n))


def write_inputs(d):
    rng = random.Random(15)
    os.makedirs(d, exist_ok=True)
    cases = {}

    def put(name, data):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        cases[name] = p

    put("one-line.txt", "Lavrov met Qureshi in Islamabad.\n")
    put("one-line.html", "<html><body><p>Lavrov met Qureshi in Islamabad.</p></body></html>")
    put("deep-100k-div.html", "<html><body>" + "<div>" * 100_000 + "Lavrov met Qureshi." + "</div>" * 100_000 + "</body></html>")
    put("deep-20k-div.html", "<html><body>" + "<div>" * 20_000 + "Lavrov met Qureshi." + "</div>" * 20_000 + "</body></html>")
    put("commas-1mb.txt", words(150_000, ", ", rng)[: 1 << 20])
    put("one-sentence-2mb.txt", words(300_000, " ", rng)[: 2 << 20] + ".")
    put("short-lines-1m.txt", "\n".join("Lavrov met." for _ in range(1_000_000)))
    sentences = [f"{words(12, ' ', rng)}. " for _ in range(4000)]
    put("text-45mb.txt", ("".join(sentences) * 200)[: 45 << 20])
    rec = json.dumps({"id": "big", "text": ("".join(sentences) * 220)[: (50 << 20) - 100]})
    put("record-50mb.jsonl", rec + "\n")
    return cases


def measure(binary, path, timeout):
    cmd = ["/usr/bin/time", "-v", binary, "extract", "--format", "jsonl", path]
    t0 = time.time()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        err = p.stderr.decode(errors="replace")
        wall = time.time() - t0
        rss = next((int(l.split(":")[1]) for l in err.splitlines() if "Maximum resident" in l), 0)
        status = next((l.split(":", 1)[1].strip() for l in err.splitlines() if "Exit status" in l), "?")
        sig = next((l.strip() for l in err.splitlines() if "terminated by signal" in l), "")
        return f"{wall:.1f} s", rss, sig or f"exit {status}"
    except subprocess.TimeoutExpired:
        return f"> {timeout} s (killed)", None, "timeout"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--measure")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    cases = write_inputs(a.dir)
    if not a.measure:
        return
    # The floor: what the program takes for a one-line document, mostly the knowledge base; an
    # HTML page also loads the HTML extractor's word lists.
    floors = {}
    for kind in ["txt", "html"]:
        _, floors[kind], _ = measure(a.measure, cases["one-line." + kind], a.timeout)
        print(f"floor (one-line.{kind}): {floors[kind] / 1024:.0f} MB")
    print("| input | size | time | peak memory | (peak - floor) / size | exit |")
    print("|---|---|---|---|---|---|")
    for name, path in cases.items():
        if (a.only and name not in a.only) or name.startswith("one-line."):
            continue
        floor = floors["html" if name.endswith(".html") else "txt"]
        size = os.path.getsize(path)
        wall, rss, status = measure(a.measure, path, a.timeout)
        peak = f"{rss / 1024:.0f} MB" if rss is not None else "-"
        times = f"{(rss - floor) * 1024 / size:.1f}x" if rss is not None else "-"
        print(f"| {name} | {size / 1e6:.1f} MB | {wall} | {peak} | {times} | {status} |", flush=True)


if __name__ == "__main__":
    main()
