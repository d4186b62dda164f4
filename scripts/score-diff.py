#!/usr/bin/env python3
"""Per field, the files a change fixed and the files it broke: compares two extractor outputs
against the expected fields, with the shared dev sets' own scorer.

    scripts/score-diff.py SCORE_PY EXPECTED.jsonl BEFORE.jsonl AFTER.jsonl

score-extraction.sh calls it with the previous run's output, kept under target/score-last/.
"""
import importlib.util
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_path(score, path):
    return {score.norm_path(r["path"]): r for r in score.read_jsonl(path, strict=False)}


def passes(score, field, exp, act):
    if act is None:
        return False
    if field == "body":
        return score.f1(exp.get("body"), act.get("body")) >= 0.90
    return score.field_ok(field, exp[field], act.get(field))


def main(argv):
    score = load_scorer(argv[1])
    expected = score.read_jsonl(argv[2], strict=True)
    before, after = by_path(score, argv[3]), by_path(score, argv[4])
    def find(outputs, path):
        key = score.norm_path(path)
        return next((r for p, r in outputs.items() if p.endswith(key)), None)
    changed = False
    for field in ["title", "authors", "date", "location", "source", "section", "body"]:
        fixed, broken = [], []
        for exp in expected:
            if field not in exp or (field == "section" and exp[field] is None):
                continue
            was = passes(score, field, exp, find(before, exp["path"]))
            now = passes(score, field, exp, find(after, exp["path"]))
            if was != now:
                (fixed if now else broken).append(exp["path"])
        for label, files in (("fixed", fixed), ("broke", broken)):
            for path in files:
                print(f"    {field}: {label} {path}")
                changed = True
    if not changed:
        print("    no file changed on any field")


if __name__ == "__main__":
    main(sys.argv)
