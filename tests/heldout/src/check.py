import os
import json, sys, re
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared", "tools"))
import score_events as S
d = json.load(open(os.path.join(os.path.dirname(__file__), "..", "C.json")))
for doc in d["docs"]:
    t = doc["text"]; f = doc["file"]
    n = len(t.split()) if doc["language"] != "zh" else len(t)
    print(f, n)
    for e in doc["entities"]:
        if e["name"] not in t: print("  ENTITY not in text:", e["name"])
    for q in doc.get("quotes", []):
        if q["text"] not in t: print("  QUOTE not in text:", q["text"])
    for e in doc["events"]:
        ev_ = e.get("evidence")
        if ev_:
            for part in re.split(r"\s*\.\.\.\s*|\s*;\s+|…|\.\.\.", ev_):
                if part and part.strip() and part.strip() not in t:
                    print("  EVIDENCE part not in text:", e["id"], repr(part[:60]))
        types = e["type"] if isinstance(e["type"], list) else [e["type"]]
        srcs = e["actors"] if e.get("symmetric") else [e.get("source", "*")]
        w = e.get("date_window") or ["2000-01-01", "2000-01-01"]
        for ty in types:
            for s in srcs:
                code = s if s != "*" else "XXX"
                for dt_ in w:
                    fake = {"type": ty, "source": {"country": code.split(".")[0], "sector": code.split(".")[1] if "." in code else ""}, "date": dt_}
                    for r in doc["forbidden"]:
                        if S.forbidden_hit(r, fake): print("  FORBIDDEN collides with", e["id"], ty, s, dt_, "->", r["what"])
