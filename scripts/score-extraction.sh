#!/usr/bin/env bash
# Scores `newsidx extract` against the shared dev sets and prints one score line per set:
#   scripts/score-extraction.sh [SHARED_DIR]      (default ../shared)
# The real-world set is also scored in the two parts of its split by publisher
# (scripts/split-realworld.py): rules are tuned on the "tune" part only, and the "score" part
# tells how they do on publishers no rule was written for.
# Each set's output is kept under target/score-last/; the next run prints, per field, the files
# that changed against it (scripts/score-diff.py): which a change fixed and which it broke.
# For the real-world sets it also prints the date score's ceiling (scripts/date-ceiling.py): how
# many wrong dates are printed on their page at all) and how far the body score is held down by
# truths that stop where the story goes on (scripts/body-ceiling.py).
# Needs python3 for the sets' own scorer. The sets stay outside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
scorer="$shared/extraction-devset/score.py"
[[ -f $scorer ]] || { echo "no dev sets at $shared" >&2; exit 2; }
cargo build --release -q
bin=target/release/newsidx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
last=target/score-last
mkdir -p "$last"

# score LABEL EXPECTED ARTICLES_ROOT SUBDIR PATH_FILTER
score() {
    local label=$1 expected=$2 root=$3 subdir=$4 filter=$5
    grep -E "\"path\": \"$filter" "$expected" > "$tmp/expected.jsonl" || true
    "$bin" extract "$root/$subdir" > "$tmp/out.jsonl" 2> "$tmp/err.txt" || true
    printf '%-34s %s\n' "$label" "$(tail -n 1 "$tmp/err.txt")"
    printf '%-34s ' ""
    python3 "$scorer" "$tmp/expected.jsonl" "$tmp/out.jsonl" --articles "$root" | tail -n 1
    if [[ $label == realworld* ]]; then
        printf '%-34s ' ""
        python3 scripts/date-ceiling.py "$tmp/expected.jsonl" "$tmp/out.jsonl" "$root" > "$tmp/ceiling.txt"
        head -n 1 "$tmp/ceiling.txt"
        printf '%-34s ' ""
        python3 scripts/body-ceiling.py "$tmp/expected.jsonl" "$tmp/out.jsonl" "$scorer" > "$tmp/body-ceiling.txt"
        head -n 1 "$tmp/body-ceiling.txt"
    fi
    local kept="$last/$(echo "$label" | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9\n' '-').jsonl"
    if [[ -f $kept ]]; then
        python3 scripts/score-diff.py "$scorer" "$tmp/expected.jsonl" "$kept" "$tmp/out.jsonl"
    fi
    cp "$tmp/out.jsonl" "$kept"
}

dev="$shared/extraction-devset"
real="$shared/realworld-devset"
score "extraction-devset, all formats" "$dev/expected.jsonl" "$dev/articles" "" ""
score "extraction-devset, text pages" "$dev/expected.jsonl" "$dev/articles" "" "[^\"]*\\.txt\""
score "realworld-devset, HTML pages" "$real/expected.jsonl" "$real/articles" html "html/"
score "realworld-devset, text dumps" "$real/expected.jsonl" "$real/articles" txt "txt/"
python3 scripts/split-realworld.py "$real" "$tmp/split" > /dev/null
for part in tune score; do
    score "realworld $part part, HTML" "$tmp/split/$part.jsonl" "$real/articles" html "html/"
    score "realworld $part part, text" "$tmp/split/$part.jsonl" "$real/articles" txt "txt/"
done
