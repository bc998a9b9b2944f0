import json, glob, os, importlib.util
DOCS = []
def ent(name, kind, code): return {"name": name, "kind": kind, "code": code}
def ev(id, core, type, src=None, tgt=None, win=None, evidence=None, notes=None, actors=None):
    e = {"id": id, "core": core, "type": type}
    if actors: e["actors"] = actors; e["symmetric"] = True
    else: e["source"] = src or "*"; e["target"] = tgt or "*"
    if win:
        if isinstance(win, str): win = [win, win]
        if win[0] == win[1]: e["date"] = win[0]
        e["date_window"] = list(win)
    if evidence: e["evidence"] = evidence
    if notes: e["notes"] = notes
    return e
def fb(what, type, source, date=None, date_after=None, unless_aux=None):
    f = {"what": what, "type": type, "source": source}
    if date: f["date"] = date
    if date_after: f["date_after"] = date_after
    if unless_aux: f["unless_aux"] = unless_aux
    return f
def q(speaker, text): return {"speaker": speaker, "text": text}
def doc(file, lang, published, pit, text, entities, events, forbidden=(), quotes=(), notes=None):
    d = {"file": file, "language": lang, "published": published, "published_in_text": pit, "text": text,
         "entities": entities, "events": events, "forbidden": list(forbidden)}
    if quotes: d["quotes"] = list(quotes)
    if notes: d["notes"] = notes
    for e in events: assert e["id"] and e["type"], e
    DOCS.append(d)
    return d
