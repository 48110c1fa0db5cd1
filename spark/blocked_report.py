"""The reduce step cut into blocks of whole stories, and the blocks' reports joined into one.

Plain Python (no Spark): claims_job.py calls it on the driver and in executor tasks, and
scripts/spark-test.sh checks it. The joined report is byte-identical to `claims report` on all
records at once:

1. Plan: `claims report --claims - --format stories` on every record gives each article's story
   and wire-copy source (numbered as the whole report numbers them) and the story records. A story
   is what the report's clustering makes of ALL articles (term rarity is counted over the whole
   collection), so only a pass over all of them can say which articles belong together.
2. Blocks: whole stories, in story order, are packed into blocks of at most `max_records` records
   (a bigger story is a block of its own). A block never holds part of a story, and facts,
   differences, totals, timelines and omissions are only ever found inside one story.
3. Each block runs `claims report --claims -` on its records. Its article records carry the
   plan's story instead of their own terms (two terms named after the story), so the block's
   clustering gives back exactly the plan's stories whatever else is (not) in the block; one
   record per outlet with the outlet's longest article elsewhere keeps the "short text" note the
   whole report would give.
4. Join: claims in input order, facts numbered by their first claim (g1, g2, ...), timelines by
   their first fact, stories and sources by the plan; story labels and terms from the plan.
"""
import csv
import io
import json
import re

# Key order as claims' ArticleRecord writes it: the report recognises an article record by its start.
STUB_PREFIX = "\u0001outlet-longest/"
_decoder = json.JSONDecoder()


def is_article(line):
    return line.startswith('{"record":"article"')


def head_fields(line, count):
    """The first `count` keys and values of a one-line JSON object as claims writes it (no spaces),
    the rest left unparsed: a claim's article, outlet and published come first, an article record's
    after its record, title and url; a line of another shape is parsed whole."""
    fields, i = {}, 1
    try:
        for _ in range(count):
            key, i = _decoder.raw_decode(line, i)
            if line[i] != ":":
                raise ValueError(line[i])
            fields[key], i = _decoder.raw_decode(line, i + 1)
            if line[i] not in ",}":
                raise ValueError(line[i])
            i += 1
    except (ValueError, IndexError):
        return json.loads(line)
    return fields


def _value_span(line, key):
    """(start, end) of the JSON value of the top-level `key` in a one-line JSON object, or None."""
    m = re.search(r'(?<=[{,])"' + re.escape(key) + '":', line)
    if not m:
        return None
    _, end = _decoder.raw_decode(line, m.end())
    return m.end(), end


class Plan:
    """The first pass's answer: story and source of each article, and the stories."""

    def __init__(self, text):
        self.story_of = {}    # article path -> "eN"
        self.source_of = {}   # article path -> "sN"
        self.stories = {}     # "eN" -> story record line
        self.order = []       # story ids in report order
        self.label_of = {}    # "eN" -> the story's label
        for line in text.splitlines():
            record = json.loads(line)
            if record.get("record") == "article_story":
                self.story_of.setdefault(record["article"], record["story"])
                self.source_of.setdefault(record["article"], record["source"])
            elif record.get("record") == "story":
                self.stories[record["story"]] = line
                self.label_of[record["story"]] = record["label"]
                self.order.append(record["story"])

    def blocks(self, records_per_article, max_records):
        """Story id -> block number: whole stories in story order, at most max_records records a block."""
        size = {sid: 0 for sid in self.order}
        for article, sid in self.story_of.items():
            size[sid] += records_per_article.get(article, 1)
        block_of, block, used = {}, 0, 0
        for sid in self.order:
            if used and used + size[sid] > max_records:
                block, used = block + 1, 0
            block_of[sid] = block
            used += size[sid]
        return block_of


def outlet_name(outlet, article):
    """The name the report gives an article's outlet (its file name when the page names none)."""
    return outlet if outlet else article.rsplit("/", 1)[-1]


def block_input(lines, plan, longest):
    """The report input of one block: its records (in input order) with each article record's story
    terms replaced by its plan story, then one stub article per outlet whose longest article is in
    another block. `longest` maps outlet names to their longest article's words over all blocks."""
    out, own_longest = [], {}
    for line in lines:
        if is_article(line):
            record = json.loads(line)
            sid = plan.story_of[record["article"]]
            record["story_terms"] = [f"claims-plan-{sid}", f"claims-plan-{sid}-b"]
            record["story_weights"] = [100, 100]
            name = outlet_name(record.get("outlet"), record["article"])
            own_longest[name] = max(own_longest.get(name, 0), record.get("words", 0))
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        out.append(line)
    for k, name in enumerate(sorted(own_longest)):
        if longest.get(name, 0) > own_longest[name]:
            stub = {"record": "article", "article": f"{STUB_PREFIX}{k}", "title": None, "outlet": name, "url": None,
                    "published": None, "words": longest[name], "sketch": None, "story_terms": [], "story_weights": []}
            out.append(json.dumps(stub, ensure_ascii=False, separators=(",", ":")))
    return out


def _defused(value):
    """The formula guard claims puts before a CSV cell (see CSVField.defusingFormula)."""
    if value and value[0] in "=+-@\t\r":
        if value[0] in "+-" and re.fullmatch(r"[0-9]*\.?[0-9]*", value[1:]) and any(c.isdigit() for c in value[1:]) \
                and not value.endswith("."):
            return value
        return "'" + value
    return value


def _csv_field(value):
    """A CSV field as claims writes it (the value already carries its formula guard)."""
    if value == "":
        return ""
    if any(c in value for c in ',"\n\r') or value[0] in " \t" or value[-1] in " \t":
        return '"' + value.replace('"', '""') + '"'
    return value


def _renumber_list(text, mapping):
    return re.sub(r'"([gt]\d+)"', lambda m: '"' + mapping[m.group(1)] + '"', text)


class Union:
    """Joins the blocks' reports (JSON Lines and CSV) into the whole report."""

    def __init__(self, plan, block_of):
        self.plan, self.block_of = plan, block_of
        self.blocks = []

    def add(self, block, keys, jsonl, csv_text):
        """One block's outputs; `keys` sorts its claims (in its input order) into the whole input order."""
        claims, groups, stories = [], [], []
        for line in jsonl.decode("utf-8").splitlines():
            if line.startswith('{"record":"group"'):
                groups.append(line)
            elif line.startswith('{"record":"story"'):
                stories.append(line)
            else:
                claims.append(line)
        rows = list(csv.reader(io.StringIO(csv_text.decode("utf-8"), newline="")))[1:]
        if not (len(claims) == len(rows) == len(keys)):
            raise RuntimeError(f"block {block}: {len(keys)} claims in, {len(claims)} JSON Lines and {len(rows)} CSV rows out")
        # Each line parsed once here: write() needs a claim's fact and article, a fact's id and timeline.
        claims = [(line, record.get("group"), record["article"]) for line, record in ((c, json.loads(c)) for c in claims)]
        groups = [(line, record["group"], record.get("timeline")) for line, record in ((g, json.loads(g)) for g in groups)]
        self.blocks.append((block, keys, claims, rows, groups, stories))

    def write(self, jsonl_out, csv_out, header):
        plan = self.plan
        first_key = []      # (key of first claim, block, local group)
        for block, keys, claims, _, _, _ in self.blocks:
            seen = set()
            for key, (_, g, _) in zip(keys, claims):
                if g and g not in seen:
                    seen.add(g)
                    first_key.append((key, block, g))
        first_key.sort()
        gid = {(b, g): f"g{n + 1}" for n, (_, b, g) in enumerate(first_key)}
        # Timelines are numbered in order of their first fact.
        timeline_first = {}
        for block, _, _, _, groups, _ in self.blocks:
            for _, group, timeline in groups:
                if timeline:
                    n = int(gid[(block, group)][1:])
                    k = (block, timeline)
                    timeline_first[k] = min(timeline_first.get(k, n), n)
        tid = {k: f"t{n + 1}" for n, k in enumerate(sorted(timeline_first, key=timeline_first.get))}

        claim_lines, group_lines, story_lines = [], [], {}
        for block, keys, claims, rows, groups, stories in self.blocks:
            ids = {g: gid[(block, g)] for (b, g) in gid if b == block}
            ids.update({t: tid[(block, t)] for (b, t) in tid if b == block})
            local_story = {}
            for line in stories:
                record = json.loads(line)
                articles = [a for a in record["articles"] if not a.startswith(STUB_PREFIX)]
                if not articles:
                    continue
                sid = plan.story_of[articles[0]]
                local_story[record["story"]] = sid
                if self.block_of[sid] == block:
                    story_lines[sid] = self._story_line(line, sid, ids)
            for key, (line, _, article), row in zip(keys, claims, rows):
                sid = plan.story_of.get(article)
                line = re.sub(r'(?<=[{,])"group":"(g\d+)"', lambda m: f'"group":"{ids[m.group(1)]}"', line)
                if sid:
                    line = re.sub(r'(?<=[{,])"story":"e\d+"', f'"story":"{sid}"', line)
                row = list(row)
                if row[0]:
                    row[0] = ids[row[0]]
                if sid:
                    row[14], row[16], row[17] = plan.source_of[article], sid, _defused(plan.label_of[sid])
                row[23] = re.sub(r"\b[gt]\d+\b", lambda m: ids[m.group(0)], row[23])
                claim_lines.append((key, line, ",".join(_csv_field(v) for v in row) + "\r\n"))
            for line, group, _ in groups:
                line = re.sub(r'(?<=[{,])"(group|timeline)":"([gt]\d+)"', lambda m: f'"{m.group(1)}":"{ids[m.group(2)]}"', line)
                line = re.sub(r'(?<=[{,])"story":"(e\d+)"', lambda m: f'"story":"{local_story[m.group(1)]}"', line)
                line = re.sub(r'(?<=[{,])"(sum_of|part_of|timeline_with)":\[[^\]]*\]', lambda m: _renumber_list(m.group(0), ids), line)
                group_lines.append((int(ids[group][1:]), line))
        claim_lines.sort(key=lambda c: c[0])
        group_lines.sort()
        missing = [sid for sid in plan.order if sid not in story_lines]
        if missing:
            raise RuntimeError(f"stories missing from the blocks' reports: {missing[:5]}")
        for _, line, _ in claim_lines:
            jsonl_out.write((line + "\n").encode())
        for _, line in group_lines:
            jsonl_out.write((line + "\n").encode())
        for sid in plan.order:
            jsonl_out.write((story_lines[sid] + "\n").encode())
        csv_out.write(header)
        for _, _, row in claim_lines:
            csv_out.write(row.encode())

    def _story_line(self, line, sid, ids):
        """A block's story record with the plan's id, label and terms and the whole report's fact ids."""
        plan_line = self.plan.stories[sid]
        for key in ("terms", "label"):  # later key first: the earlier span stays valid
            a, b = _value_span(line, key)
            pa, pb = _value_span(plan_line, key)
            line = line[:a] + plan_line[pa:pb] + line[b:]
        line = re.sub(r'(?<=[{,])"story":"e\d+"', f'"story":"{sid}"', line, count=1)
        line = re.sub(r'(?<=[{,])"(facts|told|omitted)":\[[^\]]*\]', lambda m: _renumber_list(m.group(0), ids), line)
        return line


def interleaved(block_of, plan):
    """How many blocks hold records lying between two records of another block in input order
    (i.e. cutting the input into contiguous ranges would have split a story)."""
    first, last = {}, {}
    for position, sid in enumerate(plan.story_of.values()):
        b = block_of[sid]
        first.setdefault(b, position)
        last[b] = position
    return sum(1 for b in first if any(first[c] < first[b] < last[c] for c in first if c != b))
