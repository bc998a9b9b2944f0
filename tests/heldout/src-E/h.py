import json, glob, importlib.util, os
def E(name, kind, code): return {"name": name, "kind": kind, "code": code}
def ev(id, core, type, src, tgt, win, evidence=None, notes=None):
    d = {"id": id, "core": core, "type": type, "source": src, "target": tgt}
    if win[0] == win[1]: d["date"] = win[0]
    d["date_window"] = list(win)
    if evidence: d["evidence"] = evidence
    if notes: d["notes"] = notes
    return d
def sym(id, core, type, a, b, win, evidence=None, notes=None):
    d = {"id": id, "core": core, "type": type, "actors": [a, b], "symmetric": True}
    if win[0] == win[1]: d["date"] = win[0]
    d["date_window"] = list(win)
    if evidence: d["evidence"] = evidence
    if notes: d["notes"] = notes
    return d
def F(what, type, source=None, date=None, date_after=None, unless=None):
    d = {"what": what, "type": type}
    if source: d["source"] = source
    if date: d["date"] = date
    if date_after: d["date_after"] = date_after
    if unless: d["unless_aux"] = unless
    return d
def Q(speaker, text): return {"speaker": speaker, "text": text}
def doc(file, lang, published, pit, text, entities, events, forbidden, quotes, notes=None):
    d = {"file": file, "language": lang, "published": published, "published_in_text": pit,
         "text": text, "entities": entities, "events": events, "forbidden": forbidden, "quotes": quotes}
    if notes: d["notes"] = notes
    # sanity: entity names in text
    for e in entities:
        assert e["name"] in text, (file, e["name"])
    for q in quotes:
        assert q["text"] in text, (file, q["text"])
    ids = [e["id"] for e in events]; assert len(ids) == len(set(ids)), file
    return d
def check_evidence(d):
    for e in d["events"]:
        ev_ = e.get("evidence")
        if not ev_: continue
        for part in ev_.split(" ... "):
            if part.strip() not in d["text"]:
                print("EVIDENCE MISMATCH", d["file"], e["id"], repr(part))
