import os
import json, re, datetime as dt, sys
HERE=os.path.dirname(os.path.abspath(__file__)); TOOLS=os.path.join(HERE,'..','..','..','..','shared','tools'); sys.path.insert(0,TOOLS)
import importlib.util
spec=importlib.util.spec_from_file_location("se",os.path.join(TOOLS,"score_events.py"))
src=open(os.path.join(TOOLS,"score_events.py")).read()
# extract functions only (avoid running main)
ns={}
code=src.split("\nif __name__")[0]
exec(compile(code,"se","exec"),ns)
g=json.load(open(os.path.join(HERE,'..','F.json')))
def words(t,lang):
    if lang=='zh': return len(re.sub(r'\s','',t))
    return len(t.split())
for d in g['docs']:
    t=d['text']; lang=d['language']
    probs=[]
    for e in d['events']:
        evd=e.get('evidence')
        if evd:
            for piece in [p.strip() for p in evd.split('...')]:
                if piece and piece not in t: probs.append(f"evidence-miss {e['id']}: {piece[:50]}")
        w=e.get('date_window')
        if w and w[1]>d['published']: probs.append(f"window after pub {e['id']} {w}")
        if w and w[0]>w[1]: probs.append(f"bad window {e['id']}")
        if 'symmetric' in e: assert len(e['actors'])==2
    for en in d['entities']:
        if en['name'] not in t: probs.append(f"entity-miss {en['name']}")
    # conflicts: synthetic events from gold
    for e in d['events']:
        types=e['type'] if isinstance(e['type'],list) else [e['type']]
        w=e.get('date_window') or [d['published'],d['published']]
        d0=dt.date.fromisoformat(w[0]); d1=dt.date.fromisoformat(w[1])
        days=[d0+dt.timedelta(n) for n in range((d1-d0).days+1)]
        pairs=[(e.get('source'),e.get('target'))] if 'actors' not in e else [tuple(e['actors']),tuple(e['actors'][::-1])]
        for ty in types:
          for s,tg in pairs:
            sc = None if s in (None,'*') else {'country':s.split('.')[0],'sector':(s.split('.')+[None])[1]}
            for day in days[:: max(1,len(days)//40)]+[days[-1]]:
                ev={'type':ty,'source':sc,'date':day.isoformat()}
                for r in d['forbidden']:
                    if ns['forbidden_hit'](r,ev): probs.append(f"CONFLICT {e['id']} {ty} {s} {day} vs '{r['what']}'")
    print(d['file'], lang, words(t,lang), len(d['events']), sum(e['core'] for e in d['events']), len(d['forbidden']))
    for p in sorted(set(probs)): print("   ", p)
