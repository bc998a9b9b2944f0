import os
import json, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h import check_evidence
order = ["ar","fa","ur","ps","hi","bn","uz","tr","ru","zh","en","fr","es","de"]
docs = []
for l in order:
    try: m = importlib.import_module(l)
    except ModuleNotFoundError: continue
    docs += m.DOCS
for d in docs:
    check_evidence(d)
    d["events"] = [e for e in d["events"] if e["core"]] + [e for e in d["events"] if not e["core"]]
def tl(e): return set(e["type"] if isinstance(e["type"], list) else [e["type"]])
def comp(a, b):
    if a == "*" or b == "*": return True
    pa, pb = a.split("."), b.split(".")
    if pa[0] != pb[0]: return False
    return len(pa) == 1 or len(pb) == 1 or pa[1] == pb[1]
def pairs(e):
    if e.get("symmetric"): a, b = e["actors"]; return [(a, b), (b, a)]
    return [(e["source"], e["target"])]
for d in docs:
    evs = d["events"]
    for i, a in enumerate(evs):
        for b in evs[i+1:]:
            if not (a["core"] and b["core"]): continue
            if not (tl(a) & tl(b)): continue
            wa, wb = a["date_window"], b["date_window"]
            if wa[0] > wb[1] or wb[0] > wa[1]: continue
            if any(comp(x[0], y[0]) and comp(x[1], y[1]) for x in pairs(a) for y in pairs(b)):
                print("CORE OVERLAP", d["file"], a["id"], b["id"])
about = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "about.txt")).read().strip()
out = {"about": about, "exhaustive": True, "docs": docs}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "E.json"),"w"), ensure_ascii=False, indent=1)
for d in docs:
    n = len(d["events"]); c = sum(e["core"] for e in d["events"])
    import re
    words = len(d["text"].split())
    print(d["file"], "words", words, "chars", len(d["text"]), "ev", n, "core", c, "forb", len(d["forbidden"]))
