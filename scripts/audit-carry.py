#!/usr/bin/env python3
"""Carries earlier audit verdicts to a new draw (issue 10's precision audit).

For each record of SAMPLE (lines of scripts/audit-sample.sh), finds the newest judged record of the
same page, sentence and value in Tests/Fixtures/audit/ and keeps its verdict only when every judged
field (category, value, upper, unit, subject, speaker) is unchanged; every other record is marked
"verdict": "to judge" for a person to read. Writes the sample back with "carried" (the file the
verdict came from) and prints the counts to standard error.
    scripts/audit-carry.py SAMPLE [AUDIT_DIR] > sample-with-verdicts.jsonl
"""
import json, os, sys

# Oldest first: a later file's verdict wins for the same record.
ORDER = ["before", "after", "seed2026", "seed77", "seed3141", "seed4242", "seed777", "seed9090",
         "seed5151", "pool-s19", "pool-s19b", "seed6262", "seed7373"]
FIELDS = ["category", "value", "upper", "unit", "subject", "speaker"]


def judged_records(audit_dir):
    judged = {}
    names = ORDER + sorted(f[:-6] for f in os.listdir(audit_dir) if f.endswith(".jsonl") and f[:-6] not in ORDER)
    for name in names:
        path = os.path.join(audit_dir, name + ".jsonl")
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r.get("verdict") in ("right", "wrong"):
                judged[(r["article"], r["sentence"], r["value"])] = (name, r)
    return judged


def main():
    sample = sys.argv[1]
    audit_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "audit")
    judged = judged_records(audit_dir)
    counts = {"right": 0, "wrong": 0, "to judge": 0}
    for line in open(sample, encoding="utf-8"):
        r = json.loads(line)
        earlier = judged.get((r["article"], r["sentence"], r["value"]))
        if earlier and all(r.get(f) == earlier[1].get(f) for f in FIELDS):
            name, j = earlier
            r.update({k: j[k] for k in ("verdict", "wrong", "class", "note", "english") if k in j})
            r["carried"] = name
        else:
            r["verdict"] = "to judge"
            if earlier:
                r["earlier"] = {"file": earlier[0], "verdict": earlier[1]["verdict"], "note": earlier[1].get("note")}
        counts[r["verdict"]] += 1
        print(json.dumps(r, ensure_ascii=False))
    print(f"audit-carry: {counts['right']} right and {counts['wrong']} wrong carried, {counts['to judge']} to judge",
          file=sys.stderr)


if __name__ == "__main__":
    main()
