import json, sys, importlib, os
sys.path.insert(0, os.path.dirname(__file__))
ORDER = ["en","ru","ar","zh","tr","fa","hi","ur","ps","fr","es","de"]
ABOUT = open(os.path.join(os.path.dirname(__file__), "about.txt")).read().strip()
docs = []
for lang in ORDER:
    p = os.path.join(os.path.dirname(__file__), f"docs_{lang}.py")
    if os.path.exists(p):
        m = importlib.import_module(f"docs_{lang}")
        docs.extend(m.DOCS)
out = {"about": ABOUT, "exhaustive": True, "docs": docs}
ids = [d["file"] for d in docs]; assert len(ids) == len(set(ids))
for d in docs:
    evids = [e["id"] for e in d["events"]]; assert len(evids) == len(set(evids)), d["file"]
    for e in d["events"]:
        w = e.get("date_window")
        if w: assert w[0] <= w[1], (d["file"], e["id"])
json.dump(out, open(os.path.join(os.path.dirname(__file__), "..", "C.json"), "w"), ensure_ascii=False, indent=1)
print(len(docs), "docs")
