#!/usr/bin/env python3
"""How much of a body score's shortfall is truths that stop where the story goes on.

    scripts/body-ceiling.py EXPECTED.jsonl ACTUAL.jsonl [SCORE_PY]   (default ../shared/extraction-devset/score.py)

Some ground-truth bodies of the real-world set hold only a story's first paragraphs (the
annotator stopped at a paywall or a length). The extractor's body then goes on past the truth's
last paragraph and scores low on precision for text that is the story. This script finds such
files: the truth's last paragraph stands in the extracted body, and the two paragraphs after it
there are sentences of prose (12 words or more each, so a `More for you` list or a date range
after a story does not count). It prints the mean body F1, the mean with those files counted
as right (an estimate of the ceiling, not a measurement: what follows may still hold some
furniture), and each such file. It reads the shared sets in place and copies nothing from them.
"""
import importlib.util
import json
import os
import sys

DEFAULT_SCORER = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "extraction-devset", "score.py")

PROSE_WORDS = 12
PROBE_CHARS = 60


def key_of(path, expected):
    """The expected entry a path of the extractor's output belongs to."""
    return next((k for k in expected if path == k or path.endswith("/" + k)), None)


def goes_on_past(truth, body):
    """Paragraphs of `body` after the one holding the truth's last paragraph, if found."""
    paragraphs = [p for p in truth.split("\n") if p.strip()]
    if not paragraphs or len(paragraphs[-1]) < PROBE_CHARS:
        return []
    probe = paragraphs[-1][:PROBE_CHARS]
    ours = [p for p in body.split("\n") if p.strip()]
    at = next((i for i, p in enumerate(ours) if probe in p), None)
    return [] if at is None else ours[at + 1:]


def sets_scorer(path):
    """The sets' own score.py, for its body F1 (same tokens as the score lines)."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(expected_file, actual_file, scorer=DEFAULT_SCORER):
    f1 = sets_scorer(scorer).f1
    expected = {e["path"]: e for e in map(json.loads, open(expected_file)) if "body" in e}
    scores, cut = [], []
    for got in map(json.loads, open(actual_file)):
        key = key_of(got["path"], expected)
        if key is None:
            continue
        truth, body = expected[key]["body"] or "", got.get("body") or ""
        score = f1(truth, body)
        after = goes_on_past(truth, body)
        story_goes_on = len(after) >= 2 and all(len(p.split()) >= PROSE_WORDS for p in after[:2])
        if score < 0.95 and story_goes_on:
            cut.append((score, key, sum(len(p.split()) for p in after)))
        scores.append(score)
    mean = sum(scores) / max(len(scores), 1)
    ceiling = (sum(scores) + sum(1 - s for s, _, _ in cut)) / max(len(scores), 1)
    print(f"body mean F1 {mean:.4f}; {len(cut)} truths stop where the story goes on; "
          f"with those right {ceiling:.4f}")
    for score, key, words in sorted(cut):
        print(f"   {score:.3f} {key} (+{words} words after the truth's end)")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
