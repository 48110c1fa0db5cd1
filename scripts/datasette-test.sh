#!/usr/bin/env bash
# make datasette-test: build the claims database of CORPUS/html and the 181 pages of the ingest
# benchmark, serve it with a real Datasette on 127.0.0.1 (a free port), and check its JSON API over
# HTTP: a fact with its claims, facets (asked and from datasette/metadata.json), a full-text search
# and the canned queries, each against the rows read from the SQLite file directly.
#   scripts/datasette-test.sh BIN [CORPUS] [SHARED]
# Datasette lives in a venv outside the repository, made on first use:
#   ${CLAIMS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/claims-venv} (pip install 'datasette>=0.65,<1').
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1"); corpus=${2:-corpus}; shared=${3:-../shared}
venv=${CLAIMS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/claims-venv}
if [ ! -x "$venv/bin/datasette" ]; then
  echo "datasette-test: making $venv (pip install datasette)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q 'datasette>=0.65,<1'
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/claims-datasette.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$(dirname "$0")/bench-pages.sh" "$shared/ingest-bench/aeb/html" "$work/aeb"

# The file is named claims.db: Datasette names the database after it, and metadata.json describes "claims".
db=$work/claims.db
rc=0
"$bin" db update "$db" "$corpus/html" "$work/aeb" 2> "$work/update.err" || rc=$?
cat "$work/update.err"
[ "$rc" -le 1 ] || { echo "datasette-test: claims db update failed (exit $rc)" >&2; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$venv/bin/datasette" serve "$db" --host 127.0.0.1 --port "$port" --metadata datasette/metadata.json \
  > "$work/datasette.log" 2>&1 &
server=$!

python3 - "$port" "$db" "$work/update.err" <<'PY'
import json, sqlite3, sys, time, urllib.parse, urllib.request

port, db, update_err = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}"
failures = []
passed = 0

def get(path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)

# Wait for the server: at most 30 s.
for _ in range(300):
    try:
        get("/-/versions.json")
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("datasette-test: datasette did not answer on 127.0.0.1:" + port)

def check(ok, what):
    global passed
    passed += 0 if not ok else 1
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)

con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
con.row_factory = sqlite3.Row
summary = open(update_err).read().strip().splitlines()[-1]
pages = int(summary.split("claims: db: ")[1].split(" pages read")[0])

# Every page read is an article row.
articles = get("/claims/articles.json", _size=0)["filtered_table_rows_count"]
check(articles == pages and articles >= 186, f"articles over HTTP: {articles}, pages read: {pages}")

# A fact of the corpus: four police officers killed, told by four outlets that credit different speakers.
summary_text = "killed: 4 Azerbaijani police officers"
rows = get("/claims/facts.json", summary=summary_text, _shape="array")
check(len(rows) == 1, f"one fact '{summary_text}' over HTTP (got {len(rows)})")
if rows:
    fact = rows[0]
    direct = dict(con.execute("select * from facts where id = ?", (fact["id"],)).fetchone())
    check(fact == direct, f"fact {fact['id']} over HTTP equals its row in the file")
    check(fact["outlet_count"] == 4 and fact["category"] == "killed", f"fact {fact['id']}: 4 outlets, killed ({fact['outlets']})")
    check("speaker" in (fact["disagreement"] or ""), f"fact {fact['id']}: outlets disagree on the speaker ({fact['disagreement']})")
    claims = get("/claims/claims.json", fact_id=fact["id"], _shape="array")
    check(len(claims) >= 4 and all(c["value"] == 4 and c["category"] == "killed" for c in claims),
          f"claims of fact {fact['id']}: {len(claims)}, all 4 killed")
    disagree = get("/claims/facts_where_outlets_disagree.json", _shape="array")
    check(any(r["fact"] == fact["id"] for r in disagree), "canned query 'facts where outlets disagree' lists the fact")

# A facet asked for: claims by category, counts as in the file.
facet = get("/claims/claims.json", _facet="category", _size=0)["facet_results"]["category"]["results"]
over_http = {r["value"]: r["count"] for r in facet}
direct = {r[0]: r[1] for r in con.execute("select category, count(*) from claims group by category")}
check(over_http == direct and over_http.get("killed", 0) > 0, f"claims facet on category equals the file: {over_http}")
# Facets set in metadata.json, without asking.
facts_facets = set(get("/claims/facts.json", _size=0)["facet_results"])
check({"category", "story_id", "disagreement"} <= facts_facets, f"facts come with the metadata's facets: {sorted(facts_facets)}")
outlet_facet = get("/claims/omissions.json", _size=0, _facet_size="max")["facet_results"]["outlet"]["results"]
by_outlet = get("/claims/omissions_by_outlet.json", _shape="array")
check({r["value"]: r["count"] for r in outlet_facet} == {r["outlet"]: r["facts_left_out"] for r in by_outlet} and by_outlet,
      f"omissions: outlet facet equals the canned query 'omissions by outlet' ({len(by_outlet)} outlets)")

# Full-text search on the sentences.
found = get("/claims/claims.json", _search="Azerbaijani", _shape="array")
check(found and all("azerbaijani" in (c["sentence"] + " " + c["subject"]).lower() for c in found),
      f"search 'Azerbaijani': {len(found)} claims, all with the word")
speakers = get("/claims/claims_by_speaker.json", _shape="array")
check(speakers and speakers[0]["claims"] >= speakers[-1]["claims"], f"canned query 'claims by speaker': {len(speakers)} speakers")

meta = get("/-/metadata.json")
check(meta.get("title", "").startswith("claims"), "metadata title served")
print(f"datasette-test: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
PY
