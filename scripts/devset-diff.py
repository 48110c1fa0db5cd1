#!/usr/bin/env python3
"""Lists what score.py counts but does not print: subject, qualifier and unit misses over matched
claims, and grouping pair errors (GROUP-FN: gold groups them, the report does not; GROUP-FP: the
reverse). Usage: scripts/devset-diff.py GOLD.json CLAIMS.jsonl [SHARED]"""
import json, sys
import os
sys.path.insert(0, os.path.join(sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"), "gold"))
import score as S
gold, preds = S.load(sys.argv[1], sys.argv[2])
scored = set(gold["categories"])
by = {}
for p in preds:
    if p.get("category") in scored:
        by.setdefault(S.basename(p["article"]), []).append(p)
matched = []
for f, e in gold["articles"].items():
    a = S.basename(f); pool = by.get(a, []); used = [False]*len(pool)
    seen=set(); uniq=[]
    for p in pool:
        k=(p["category"],p.get("value"),p.get("upper"),S.norm(p.get("sentence")))
        if k in seen: continue
        seen.add(k); uniq.append(p)
    pool=uniq; used=[False]*len(pool)
    for g in sorted(e["claims"], key=lambda c: bool(c.get("optional"))):
        i = next((i for i,p in enumerate(pool) if not used[i] and S.candidate(g,p)), None)
        if i is None: continue
        used[i]=True
        if g.get("optional"): continue
        p=pool[i]; matched.append((g,p,a))
        if not S.subject_ok(g,p): print(f"SUBJECT {a}: {g['category']} {g['value']} want {g['subject']} got {p.get('subject')!r}")
        if g["qualifier"]!=p.get("qualifier"): print(f"QUAL {a}: {g['category']} {g['value']} want {g['qualifier']} got {p.get('qualifier')}")
        if g.get("unit") and g.get("unit")!=p.get("unit"): print(f"UNIT {a}: want {g['unit']} got {p.get('unit')}")
from itertools import combinations
for (g1,p1,a1),(g2,p2,a2) in combinations(matched,2):
    gs = g1["group"]==g2["group"]; ps = p1.get("group") is not None and p1.get("group")==p2.get("group")
    if gs and not ps: print(f"GROUP-FN {g1['group']}: {a1} {g1['value']} [{p1.get('group')}] vs {a2} {g2['value']} [{p2.get('group')}]")
    if ps and not gs: print(f"GROUP-FP {p1['group']}: {a1} {g1['group']} {g1['value']} vs {a2} {g2['group']} {g2['value']}")
