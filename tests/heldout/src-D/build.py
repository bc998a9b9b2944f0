import json, importlib, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ORDER = ["en","ru","ar","zh","tr","fa","hi","ur","ps","fr","es","de","bn","uz"]
docs = []
for l in ORDER:
    if os.path.exists(os.path.join(HERE, f'{l}.py')):
        docs += importlib.import_module(l).DOCS
about = ("Held-out evaluation set D for dyad, written blind (without reading the system's code, lexicons or tests): "
 "short news reports, two each in English, Russian, Arabic, Chinese, Turkish, Persian, Hindi, Urdu, Pashto, French, Spanish, German, Bengali and Uzbek (Latin script), "
 "composed in our own words from real, checkable events of 2015-2025 involving South and Central Asia, Russia, China, Iran, the Gulf, Turkey and their partners, "
 "none of them an event of the development set or of the first held-out set. Annotation follows dev-multilingual.json exactly and is EXHAUSTIVE: "
 "core: true = any competent PLOVER coder must find it; core: false = acceptable secondary reading, including history correctly dated in its own time; "
 "an extracted event matching no listed event is a false positive. Type lists give all acceptable PLOVER readings; '*' accepts any actor or none; "
 "symmetric pairs may come in either order; an extracted date must overlap date_window. Events reported as future, negated or hypothetical are not listed as events. "
 "'forbidden' entries are errors a careless coder makes (history dated on the publication day, planned or denied events coded as having happened); "
 "entries with 'unless_aux' are acceptable if the extractor marks that auxiliary mode. About half of the reports carry a dateline (published_in_text); "
 "the others give only relative dates against 'published'. Persian and Pashto datelines use the Solar Hijri calendar in some reports.")
out = {"about": about, "exhaustive": True, "docs": docs}
json.dump(out, open(os.path.join(HERE, '..', 'D.json'), 'w'), ensure_ascii=False, indent=1)
c = collections.OrderedDict()
for d in docs:
    x = c.setdefault(d['language'], [0,0,0,0])
    x[0]+=1; x[1]+=len(d['events']); x[2]+=sum(e['core'] for e in d['events']); x[3]+=len(d['forbidden'])
for l,x in c.items(): print(l, "docs",x[0],"events",x[1],"core",x[2],"forbidden",x[3])
print("total docs", len(docs), "events", sum(x[1] for x in c.values()), "core", sum(x[2] for x in c.values()))
