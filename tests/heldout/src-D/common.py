import json
def E(id, core, type, src, tgt, dw, evidence=None, notes=None, date=None):
    if isinstance(dw, str): dw = [dw, dw]
    e = {"id": id, "core": core, "type": type, "source": src, "target": tgt}
    if date or dw[0] == dw[1]: e["date"] = date or dw[0]
    e["date_window"] = dw
    if evidence: e["evidence"] = evidence
    if notes: e["notes"] = notes
    return e
def S(id, core, type, actors, dw, evidence=None, notes=None, date=None):
    if isinstance(dw, str): dw = [dw, dw]
    e = {"id": id, "core": core, "type": type, "actors": actors, "symmetric": True}
    if date or dw[0] == dw[1]: e["date"] = date or dw[0]
    e["date_window"] = dw
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
def ents(*triples):
    return [{"name": n, "kind": k, "code": c} for n, k, c in triples]
def D(file, lang, published, pit, text, entities, events, forbidden=(), quotes=(), notes=None):
    d = {"file": file, "language": lang, "published": published, "published_in_text": pit,
         "text": text, "entities": entities, "events": events, "forbidden": list(forbidden)}
    if quotes: d["quotes"] = [{"speaker": s, "text": t} for s, t in quotes]
    if notes: d["notes"] = notes
    # sanity: evidence substrings (split on ' ... ')
    for e in events:
        ev = e.get("evidence")
        if ev:
            for part in ev.split(" ... "):
                if part not in text:
                    raise SystemExit(f"{file}/{e['id']}: evidence not in text: {part!r}")
    for s, t in quotes:
        if t not in text: raise SystemExit(f"{file}: quote not in text: {t!r}")
    for n, k, c in [(x['name'], x['kind'], x['code']) for x in entities]:
        if n not in text: raise SystemExit(f"{file}: entity not in text: {n!r}")
    return d
