#!/usr/bin/env python3
"""Fits the headline ranker of pages saved as text, and writes its weights.

    scripts/train-title-ranker.py [SHARED_DIR]        (default ../shared)

Learns only from the tuning part of the real-world set (scripts/split-realworld.py) and the
invented scored set in the repository (crates/newsidx-extract/tests/scored); the scoring part
is never read here. The features come from the extractor itself (the example
`title-candidates`), so training and extraction compute them the same way. The model is a
linear scorer fitted with a listwise softmax loss (one page's candidates compete; the loss is
the negative log of the share of probability on the lines that give the expected headline),
plain gradient descent with Adam and L2, in the standard library. The L2 strength is chosen by
5-fold cross-validation over publishers of the tuning part; the weights, standardisation
folded in, go to crates/newsidx-extract/src/rules/title_weights.json.
"""
import hashlib
import importlib.util
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WEIGHTS = REPO / "crates/newsidx-extract/src/rules/title_weights.json"
SCORED = REPO / "crates/newsidx-extract/tests/scored"
L2_CHOICES = [0.0003, 0.003, 0.03]
EPOCHS = 300


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def candidates_of(paths):
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "newsidx-extract", "--example", "title-candidates"],
                   cwd=REPO, check=True)
    binary = REPO / "target/release/examples/title-candidates"
    out = subprocess.run([str(binary), *map(str, paths)], capture_output=True, text=True, check=True).stdout
    return {row["path"]: row for row in map(json.loads, out.splitlines())}


def tuning_pages(shared, score, split):
    """(path, expected title, group) of the tuning part's text dumps and the scored set's text files."""
    real = shared / "realworld-devset"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(REPO / "scripts/split-realworld.py"), str(real), tmp],
                       check=True, capture_output=True)
        tune = [json.loads(l) for l in Path(tmp, "tune.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = []
    for record in tune:
        if record["path"].startswith("txt/"):
            stem = Path(record["path"]).stem
            html = real / "articles/html" / f"{stem}.html"
            name = split.publisher(html.read_text(encoding="utf-8", errors="replace")) if html.exists() else None
            pages.append((real / "articles" / record["path"], record["title"], name or f"id:{stem}"))
    for line in (SCORED / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["path"].endswith(".txt") and not record["path"].startswith("legacy/"):
            pages.append((SCORED / "articles" / record["path"], record["title"], "invented"))
    return pages


def examples(pages, found, score):
    """Per page: the candidates' feature rows and which of them give the expected headline."""
    data = []
    for path, title, group in pages:
        row = found.get(str(path))
        if not row or not row["candidates"]:
            continue
        xs = [c["features"] for c in row["candidates"]]
        ys = [score.field_ok("title", title, c["title"]) for c in row["candidates"]]
        data.append((xs, ys, group))
    return data


def standardiser(data, n):
    rows = [x for xs, _, _ in data for x in xs]
    mean = [sum(r[k] for r in rows) / len(rows) for k in range(n)]
    std = [math.sqrt(sum((r[k] - mean[k]) ** 2 for r in rows) / len(rows)) or 1.0 for k in range(n)]
    return mean, std


def fit(data, n, l2, mean, std):
    pages = [([[(x[k] - mean[k]) / std[k] for k in range(n)] for x in xs], ys) for xs, ys, _ in data if any(ys)]
    w, m, v = [0.0] * n, [0.0] * n, [0.0] * n
    for step in range(1, EPOCHS + 1):
        grad = [l2 * wk for wk in w]
        for xs, ys in pages:
            scores = [sum(wk * xk for wk, xk in zip(w, x)) for x in xs]
            top = max(scores)
            p = [math.exp(s - top) for s in scores]
            total = sum(p)
            on_right = sum(pj for pj, y in zip(p, ys) if y)
            for x, pj, y in zip(xs, p, ys):
                coef = pj / total - (pj / on_right if y else 0.0)
                for k in range(n):
                    grad[k] += coef * x[k] / len(pages)
        for k in range(n):
            m[k] = 0.9 * m[k] + 0.1 * grad[k]
            v[k] = 0.999 * v[k] + 0.001 * grad[k] ** 2
            w[k] -= 0.05 * (m[k] / (1 - 0.9 ** step)) / (math.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8)
    return [wk / sk for wk, sk in zip(w, std)]


def accuracy(data, w):
    right = 0
    for xs, ys, _ in data:
        scores = [sum(wk * xk for wk, xk in zip(w, x)) for x in xs]
        best = max(range(len(xs)), key=lambda j: (scores[j], -j))
        right += ys[best]
    return right / max(len(data), 1)


def fold(group, k=5):
    return hashlib.sha256(group.encode()).digest()[1] % k


def main():
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared").resolve()
    score = load("score", shared / "extraction-devset/score.py")
    split = load("split", REPO / "scripts/split-realworld.py")
    pages = tuning_pages(shared, score, split)
    found = candidates_of([p for p, _, _ in pages])
    names = next(iter(found.values()))["features"]
    data = examples(pages, found, score)
    n = len(names)
    mean, std = standardiser(data, n)
    results = {}
    for l2 in L2_CHOICES:
        held = []
        for f in range(5):
            train = [d for d in data if fold(d[2]) != f]
            test = [d for d in data if fold(d[2]) == f]
            held.append(accuracy(test, fit(train, n, l2, mean, std)) * len(test))
        results[l2] = sum(held) / len(data)
        print(f"l2 {l2}: cross-validated headline accuracy {results[l2]:.3f}")
    l2 = max(L2_CHOICES, key=lambda c: (results[c], c))
    w = fit(data, n, l2, mean, std)
    rules = sum(ys[[x[0] for x in xs].index(1.0)] if 1.0 in [x[0] for x in xs] else 0 for xs, ys, _ in data)
    print(f"{len(data)} pages; rules alone {rules / len(data):.3f}, ranker on its training pages {accuracy(data, w):.3f}")
    table = {
        "note": "fitted by scripts/train-title-ranker.py; do not edit by hand",
        "trained_on": {"pages": len(data), "l2": l2, "cross_validated_accuracy": round(results[l2], 4)},
        "weights": {name: round(wk, 6) for name, wk in zip(names, w)},
    }
    WEIGHTS.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
