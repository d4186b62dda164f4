#!/usr/bin/env python3
"""How high a date score can go on a set: of the files whose extracted date is wrong, how many
print the expected date anywhere in the file, in any common spelling.

    scripts/date-ceiling.py EXPECTED.jsonl ACTUAL.jsonl ARTICLES_DIR

A miss whose expected date stands nowhere in the file cannot be fixed by a rule (the ground truth
took it from somewhere else: a crawl date, a modified time, another time zone). The script prints
the score, the ceiling (every findable miss fixed) and each findable miss with the spelling found.
It reads the shared sets in place and copies nothing from them.
"""
import datetime
import json
import sys


def spellings(day):
    """The ways a page may print `day`."""
    long, short = day.strftime("%B"), day.strftime("%b")
    d, m, y = day.day, day.month, day.year
    return [
        day.isoformat(),
        f"{long} {d}, {y}", f"{long} {d:02}, {y}", f"{short}. {d}, {y}", f"{short} {d}, {y}",
        f"{d} {long} {y}", f"{d} {short} {y}", f"{d}. {long} {y}",
        f"{m}/{d}/{y}", f"{m:02}/{d:02}/{y}", f"{d:02}.{m:02}.{y}", f"{y}/{m:02}/{d:02}",
        f"{y}{m:02}{d:02}",
    ]


def key_of(path, expected):
    """The expected entry a path of the extractor's output belongs to."""
    return next((k for k in expected if path == k or path.endswith("/" + k)), None)


def main(expected_file, actual_file, root):
    expected = {e["path"]: e for e in map(json.loads, open(expected_file)) if "date" in e}
    scored, right, findable = 0, 0, []
    for got in map(json.loads, open(actual_file)):
        key = key_of(got["path"], expected)
        if key is None:
            continue
        scored += 1
        want, have = expected[key]["date"], (got.get("date") or "")[:10] or None
        if want == have:
            right += 1
            continue
        if want is None:
            continue
        text = open(f"{root}/{key}", errors="replace").read().lower()
        found = [s for s in spellings(datetime.date.fromisoformat(want)) if s.lower() in text]
        if found:
            findable.append((key, want, have, found[0]))
    print(f"date {right}/{scored} = {right / max(scored, 1):.3f}; misses {scored - right}, "
          f"of which {len(findable)} print the expected date; "
          f"ceiling {(right + len(findable)) / max(scored, 1):.3f}")
    for miss in findable:
        print("  ", *miss)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
