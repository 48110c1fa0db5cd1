#!/usr/bin/env python3
"""Story purity of a report: do multi-outlet facts mix articles of different events?

    scripts/story-purity.py REPORT.jsonl --gold FILE [--gold FILE ...] [--events FILE ...]
                            [--min-purity P] [--max-unlabelled N] [--score SCORE_PY] [--verbose]

REPORT.jsonl is `claims report --format jsonl` over a mixed folder (claim records with their
`group`, then `{"record":"group"}` lines). Each article (by file name) gets an event:
  - from a gold file: the article's `event` when it has one, else the articles linked by a gold
    group they share (a union), else an event of its own;
  - from an --events file: a JSON object {"file name": "event"}.
Articles that no file names (benchmark pages) are unlabelled: each may be any story, but one
together with a labelled article in a fact is a false merge.

A multi-outlet fact (two or more outlets) that involves a labelled article is pure when all its
articles are labelled with one event. Printed: purity over those facts, each false merge, the
multi-outlet facts made of unlabelled articles only (to be read by hand), and with --score the
gold grouping pair F1 of each gold file on this same report (score.py). Exit status 1 when
purity is below --min-purity or the unlabelled facts exceed --max-unlabelled.
"""
import json
import os
import subprocess
import sys


def base(path):
    return os.path.basename(path or "")


def events_of_gold(path):
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    articles = {base(a): e for a, e in gold["articles"].items()}
    parent = {a: a for a in articles}

    def root(a):
        while parent[a] != a:
            a = parent[a]
        return a

    by_group = {}
    for a, entry in articles.items():
        for claim in entry.get("claims", []):
            if claim.get("group"):
                by_group.setdefault(claim["group"], set()).add(a)
    for members in by_group.values():
        members = sorted(members)
        for other in members[1:]:
            x, y = root(members[0]), root(other)
            if x != y:
                parent[max(x, y)] = min(x, y)
    tag = os.path.basename(path).split(".")[0]
    return {a: e.get("event") or f"{tag}:{root(a)}" for a, e in articles.items()}


def main(argv):
    args = argv[1:]
    opts = {"--gold": [], "--events": []}
    single = {"--min-purity": None, "--max-unlabelled": None, "--score": None}
    verbose = False
    report = None
    i = 0
    while i < len(args):
        a = args[i]
        if a in opts:
            opts[a].append(args[i + 1])
            i += 2
        elif a in single:
            single[a] = args[i + 1]
            i += 2
        elif a == "--verbose":
            verbose = True
            i += 1
        elif report is None and not a.startswith("--"):
            report = a
            i += 1
        else:
            sys.exit(__doc__)
    if report is None:
        sys.exit(__doc__)

    event = {}
    for g in opts["--gold"]:
        event.update(events_of_gold(g))
    for e in opts["--events"]:
        with open(e, encoding="utf-8") as f:
            event.update({base(k): v for k, v in json.load(f).items()})

    articles_of = {}
    groups = []
    with open(report, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            if record.get("record") == "group":
                groups.append(record)
            elif "category" in record and record.get("group"):
                articles_of.setdefault(record["group"], set()).add(base(record["article"]))

    multi = [g for g in groups if len(g.get("outlets", [])) >= 2]
    labelled, pure, false_merges, unlabelled_only = 0, 0, [], []
    for g in multi:
        arts = sorted(articles_of.get(g["group"], ()))
        events = {event[a] for a in arts if a in event}
        unknown = [a for a in arts if a not in event]
        if not events:
            unlabelled_only.append((g, arts))
            continue
        labelled += 1
        if len(events) == 1 and not unknown:
            pure += 1
        else:
            false_merges.append((g, arts))

    purity = pure / labelled if labelled else 1.0
    print(f"multi-outlet facts: {len(multi)} ({labelled} with gold articles, {len(unlabelled_only)} of unlabelled pages only)")
    print(f"story purity: {pure}/{labelled} = {purity:.3f} single-event; false merges: {len(false_merges)}")
    for g, arts in false_merges:
        names = ", ".join(f"{a} [{event.get(a, 'unlabelled')}]" for a in arts)
        print(f"  FALSE MERGE {g['group']} {g['summary']!r}: {names}")
    if verbose or unlabelled_only:
        for g, arts in unlabelled_only:
            print(f"  UNLABELLED {g['group']} {g['summary']!r}: {', '.join(arts)}")

    if single["--score"]:
        for g in opts["--gold"]:
            out = subprocess.run([sys.executable, single["--score"], g, report, "--json"],
                                 capture_output=True, text=True, check=True).stdout
            result = json.loads(out)
            grouping = result.get("grouping", {}).get("f1", 0.0)
            print(f"  {os.path.basename(g)}: claim F1 {result['claims']['f1']:.3f}, grouping pair F1 {grouping:.3f}")

    failed = False
    if single["--min-purity"] is not None and purity < float(single["--min-purity"]):
        print(f"story purity {purity:.3f} is below {single['--min-purity']}", file=sys.stderr)
        failed = True
    if single["--max-unlabelled"] is not None and len(unlabelled_only) > int(single["--max-unlabelled"]):
        print(f"{len(unlabelled_only)} multi-outlet facts of unlabelled pages, more than {single['--max-unlabelled']}",
              file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
