import json, re, datetime as dt

def E(id, core, type, src=None, tgt=None, win=None, ev=None, notes=None, actors=None, date=None):
    e = {"id": id, "core": core, "type": type}
    if actors:
        e["actors"] = actors; e["symmetric"] = True
    else:
        e["source"] = src; e["target"] = tgt
    if date: e["date"] = date
    if win:
        if isinstance(win, str): win = [win, win]
        e["date_window"] = list(win)
    if ev: e["evidence"] = ev
    if notes: e["notes"] = notes
    return e

def F(what, type, source=None, date=None, after=None, unless=None):
    f = {"what": what, "type": type}
    if source: f["source"] = source
    if date: f["date"] = date
    if after: f["date_after"] = after
    if unless: f["unless_aux"] = unless
    return f

def N(name, kind, code):
    return {"name": name, "kind": kind, "code": code}

def D(file, lang, published, pit, text, entities, events, forbidden=(), quotes=(), notes=None):
    d = {"file": file, "language": lang, "published": published, "published_in_text": pit,
         "text": text, "entities": entities, "events": events, "forbidden": list(forbidden)}
    if quotes: d["quotes"] = [{"speaker": s, "text": t} for s, t in quotes]
    if notes: d["notes"] = notes
    return d
