import json, sys, os, importlib, re, datetime as dt, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))
ORDER = ["ar", "fa", "ur", "ps", "hi", "bn", "uz", "tr", "ru", "zh", "en", "fr", "es", "de"]
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
docs = []
probs = []
for lang in ORDER:
    p = os.path.join(os.path.dirname(__file__), "src", f"l_{lang}.py")
    if not os.path.exists(p):
        continue
    m = importlib.import_module(f"l_{lang}")
    for d in m.DOCS:
        docs.append(d)
        t = d["text"]
        n = len(t.split()) if lang != "zh" else len(re.sub(r"\s", "", t))
        print(f"{d['file']}: {n} {'chars' if lang=='zh' else 'words'}, {len(d['events'])} events, {sum(e['core'] for e in d['events'])} core, {len(d['forbidden'])} forbidden")
        if not d["file"].startswith(f"dev2-{lang}-"): probs.append(("file", d["file"]))
        dt.date.fromisoformat(d["published"])
        for en in d["entities"]:
            if en["name"] not in t: probs.append((d["file"], "entity not in text", en["name"]))
        ids = set()
        for e in d["events"]:
            if e["id"] in ids: probs.append((d["file"], "dup id", e["id"]))
            ids.add(e["id"])
            ty = e["type"] if isinstance(e["type"], list) else [e["type"]]
            for x in ty:
                if x not in TYPES: probs.append((d["file"], "type", x))
            w = e.get("date_window")
            if w:
                a, b = dt.date.fromisoformat(w[0]), dt.date.fromisoformat(w[1])
                if a > b: probs.append((d["file"], "window", e["id"]))
                if b > dt.date.fromisoformat(d["published"]): probs.append((d["file"], "window after published", e["id"]))
            if e.get("date"):
                dd = dt.date.fromisoformat(e["date"])
                if w and not (a <= dd <= b): probs.append((d["file"], "date outside window", e["id"]))
            for part in (e.get("evidence") or "").split(" ... "):
                if part and part not in t: probs.append((d["file"], "evidence not in text", e["id"], part))
        for f in d["forbidden"]:
            if f["type"] not in TYPES: probs.append((d["file"], "ftype", f["type"]))
        for q in d.get("quotes", []):
            if q["text"] not in t: probs.append((d["file"], "quote not in text", q["text"]))
about = ("Development set dev2 for dyad, OPEN (engineers may read it): 28 short news reports, 2 each in Arabic, Persian, Urdu, Pashto, Hindi, Bengali, Uzbek (Latin), Turkish, Russian, Chinese, English, French, Spanish and German, "
 "written in our own words from real, checkable events of 2015-2025 involving South and Central Asia, Russia, China, Iran, the Gulf, Turkey and their partners, none of them used in dev-multilingual or the held-out sets. "
 "Same conventions as dev-multilingual.json. The annotation is EXHAUSTIVE: every event a careful PLOVER coder would accept is listed (core: true = must be found; core: false = acceptable secondary reading, including history correctly dated in its own time), so an extracted event that matches no listed event is a false positive and score_events.py's supported-precision is a true precision on this set. "
 "Type lists give the PLOVER readings that are all acceptable; '*' accepts any actor or none; symmetric pairs may come in either order; an extracted date must overlap date_window. Events that the text reports as future, negated or hypothetical are not listed as events. "
 "'forbidden' entries are errors a careless coder makes (history or last week's event dated on the publication day, planned or denied events coded as having happened); score_events.py matches them on type, source and date only; entries carrying 'unless_aux' would be acceptable if the extractor marks the event with that auxiliary mode. "
 "About half of the reports carry a dateline (published_in_text); the others give only relative dates against the 'published' date. Persian and Pashto datelines use the Solar Hijri calendar; the Bengali dateline uses Bengali digits; the Chinese ones follow Xinhua style. "
 "Compared with earlier sets, more ceasefires and truces, troop deployments and withdrawals, exercises, travel bans, trade restrictions, recognition, UN resolutions, evacuations, election criticism and court rulings; more agentless passives, nominalisations, coordinated subjects, third parties, role-only officials. See README.md for sources.")
out = {"about": about, "exhaustive": True, "docs": docs}
for p in probs: print("PROBLEM", p)
tmp = "/work/team/dev2/dev2.json.tmp"
json.dump(out, open(tmp, "w"), ensure_ascii=False, indent=1)
json.load(open(tmp))
os.replace(tmp, "/work/team/dev2/dev2.json")
print("saved", len(docs), "docs,", sum(len(d['events']) for d in docs), "events")
