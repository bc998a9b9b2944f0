import json, glob, os, importlib

def E(name, kind, code):
    return {"name": name, "kind": kind, "code": code}

def ev(id, core, type, source, target, window, evidence=None, notes=None):
    e = {"id": id, "core": core, "type": type, "source": source, "target": target}
    if window and window[0] == window[1]:
        e["date"] = window[0]
    e["date_window"] = list(window) if window else None
    if not window:
        del e["date_window"]
    if evidence: e["evidence"] = evidence
    if notes: e["notes"] = notes
    return e

def sym(id, core, type, a, b, window, evidence=None, notes=None):
    e = {"id": id, "core": core, "type": type, "actors": [a, b], "symmetric": True}
    if window and window[0] == window[1]:
        e["date"] = window[0]
    if window: e["date_window"] = list(window)
    if evidence: e["evidence"] = evidence
    if notes: e["notes"] = notes
    return e

def F(what, type, source=None, date=None, date_after=None, unless_aux=None):
    f = {"what": what, "type": type}
    if source: f["source"] = source
    if date: f["date"] = date
    if date_after: f["date_after"] = date_after
    if unless_aux: f["unless_aux"] = unless_aux
    return f

def Q(speaker, text):
    return {"speaker": speaker, "text": text}

def doc(file, language, published, published_in_text, text, entities, events, forbidden=(), quotes=(), notes=None):
    d = {"file": file, "language": language, "published": published, "published_in_text": published_in_text,
         "text": text, "entities": entities, "events": events, "forbidden": list(forbidden)}
    if quotes: d["quotes"] = list(quotes)
    if notes: d["notes"] = notes
    return d
