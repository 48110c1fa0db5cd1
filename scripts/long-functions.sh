#!/usr/bin/env bash
# Functions (func, init, deinit, subscript, computed properties' bodies are not counted) longer than
# a limit: the house rule is no function over 60 lines outside word tables.
#   scripts/long-functions.sh [--max N] [--fail] [PATH...]   (default: Sources, 60 lines)
# A function's length is the lines from its declaration to its closing brace. Braces inside string
# literals and comments are skipped. Prints `file:line: name is N lines (limit M)` per function; with
# --fail the exit status is 1 when any is found.
set -euo pipefail
max=60 fail=0 paths=()
while [ $# -gt 0 ]; do
  case $1 in
    --max) max=$2; shift 2 ;;
    --fail) fail=1; shift ;;
    *) paths+=("$1"); shift ;;
  esac
done
[ ${#paths[@]} -gt 0 ] || paths=(Sources)
script=$(cat <<'PY'
import re, sys
limit, fail, files = int(sys.argv[1]), sys.argv[2] == "1", sys.argv[3:]
decl = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|open|static|class|"
                  r"final|override|mutating|nonmutating|nonisolated|convenience|required|dynamic|@inlinable|"
                  r"@discardableResult)\s+)*(func\s+([^\s(<]+)|init[?!]?\s*[(<]|deinit\b|subscript\s*[(<])")

def code_only(lines):
    """Each line with string literals and comments blanked (braces in them do not count)."""
    out, in_block, in_multi = [], 0, False
    for line in lines:
        res, i, n = [], 0, len(line)
        while i < n:
            if in_block:
                if line.startswith("*/", i): in_block -= 1; i += 2
                elif line.startswith("/*", i): in_block += 1; i += 2
                else: i += 1
                continue
            if in_multi:
                if line.startswith('"""', i): in_multi = False; i += 3
                else: i += 1
                continue
            if line.startswith("//", i): break
            if line.startswith("/*", i): in_block = 1; i += 2; continue
            if line.startswith('"""', i): in_multi = True; i += 3; continue
            c = line[i]
            if c == '"':
                i += 1
                depth = 0  # interpolations \( ... ) may hold strings of their own
                while i < n:
                    if line[i] == "\\" and i + 1 < n and line[i + 1] == "(":
                        depth += 1; i += 2; continue
                    if depth and line[i] == ")": depth -= 1
                    elif line[i] == "\\": i += 1
                    elif line[i] == '"' and not depth: break
                    i += 1
                i += 1
                continue
            res.append(c); i += 1
        out.append("".join(res))
    return out

found = 0
for path in files:
    raw = open(path, encoding="utf-8").read().split("\n")
    code = code_only(raw)
    for start, line in enumerate(code):
        m = decl.match(line)
        if not m:
            continue
        name = m.group(2) or m.group(1).split("(")[0].split("<")[0].strip()
        depth, opened, end = 0, False, None
        for j in range(start, len(code)):
            for ch in code[j]:
                if ch == "{": depth += 1; opened = True
                elif ch == "}": depth -= 1
            if opened and depth <= 0:
                end = j; break
            if not opened and j > start and decl.match(code[j]):
                break  # a requirement without a body (protocol)
        if end is None:
            continue
        length = end - start + 1
        if length > limit:
            found += 1
            print(f"{path}:{start + 1}: {name} is {length} lines (limit {limit})")
if found:
    print(f"long-functions: {found} function{'s' if found != 1 else ''} over {limit} lines", file=sys.stderr)
sys.exit(1 if fail and found else 0)
PY
)
find "${paths[@]}" -name '*.swift' -print0 | sort -z | xargs -0 python3 -c "$script" "$max" "$fail"
