#!/usr/bin/env python3
"""Scores the publication day newsidx extracts from pages no rule was written for: the two test
sets of htmldate (a checkout of adbar/htmldate, `git clone` or `fetch`), each page's ground truth
its day of publication — `tests/test_set` (200 news pages of 2020 in some forty languages, from Media
Cloud) and `tests/eval` (724 pages, mostly German and English news, blogs and sites) — as saved HTML
and as text dumps made the way ../shared/realworld-devset's are.

    scripts/score-date-sets.py HTMLDATE_DIR [NEWSIDX_BIN] [--misses] [--base OTHER_BIN]

Pages are split by the last digit of their name (Media Cloud) or of their number in the truth file
(eval): 0-4 is the part one may look at while changing a rule, 5-9 the part that is only scored.
`--misses` lists the looked-at part's date misses. `--base OTHER_BIN` (a build from before a
change) lists, per set, format and field, the pages the change fixed and broke: with their values
in the looked-at part, by page id alone in the scored part (so that a scored page is not read). The sets have no truth for titles and authors,
so the script also prints how often the text dump gives the title and the authors its page's HTML
gives (mostly their metadata; an agreement, not an accuracy). Nothing of htmldate is written into
the repository.
"""
import importlib.util, json, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "score-body-benchmark.py")
BENCH = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(BENCH)
field_ok = BENCH.field_ok

SETS = {"mediacloud": ("tests/eval_mediacloud_2020.json", "tests/test_set"),
        "eval": ("tests/eval_default.json", "tests/eval")}


def pages(checkout, name):
    """(page id, truth day, html path, address) of a set; the eval set's ids number its pages
    present in the checkout under an ASCII file name (724 of them), in the truth file's order."""
    truth_file, folder = SETS[name]
    truth = json.loads((checkout / truth_file).read_text())
    kept = lambda e: e["file"].isascii() and (checkout / folder / e["file"]).exists()
    present = [(url, e) for url, e in truth.items() if kept(e)]
    for number, (url, entry) in enumerate(present):
        day = entry.get("date")
        page_id = Path(entry["file"]).stem if name == "mediacloud" else f"{number:04d}"
        if isinstance(day, str):
            yield page_id, day, checkout / folder / entry["file"], url


def extract(binary, folder):
    out = subprocess.run([binary, "extract", str(folder)], capture_output=True, text=True).stdout
    return {Path(r["path"]).stem: r for r in map(json.loads, out.splitlines())}


def agreement(articles, ids, field):
    """How many text dumps give a field as their page's HTML does, of the pages whose HTML gives it."""
    html, txt = articles["html"], articles["txt"]
    given = [i for i in ids if html.get(i, {}).get(field)]
    same = sum(field_ok(field, html[i][field], txt.get(i, {}).get(field)) for i in given)
    return f"{field} {same}/{len(given)} = {same / max(1, len(given)):.3f}"


def changes(articles, base, listed, name):
    """The pages whose date (HTML and text) or text agreement with the HTML a change moved."""
    truth = {i: d for i, d, _, _ in listed}
    checks = [("html", "date", lambda i, a: (a["html"].get(i, {}).get("date") or "")[:10] == truth[i]),
              ("txt", "date", lambda i, a: (a["txt"].get(i, {}).get("date") or "")[:10] == truth[i])]
    for field in ("title", "authors"):
        agrees = lambda i, a, f=field: bool(articles["html"].get(i, {}).get(f)) and field_ok(
            f, articles["html"][i][f], a["txt"].get(i, {}).get(f))
        checks.append(("txt", field, agrees))
    for kind, field, right in checks:
        for i in sorted(truth):
            before, after = right(i, base), right(i, articles)
            if before != after:
                looked = i[-1] in "01234"
                shown = (f": {base[kind].get(i, {}).get(field)!r} -> {articles[kind].get(i, {}).get(field)!r}"
                         if looked else "")
                print(f"    {'fixed' if after else 'broke'} {name} {kind} {field} "
                      f"{'looked-at' if looked else 'scored'} {i}{shown}")


def score(binary, checkout, name, work, misses, base_binary=None):
    listed = list(pages(checkout, name))
    for kind in ("html", "txt"):
        (work / name / kind).mkdir(parents=True)
    for page_id, _, path, _ in listed:
        raw = path.read_bytes()
        (work / name / "html" / f"{page_id}.html").write_bytes(raw)
        (work / name / "txt" / f"{page_id}.txt").write_text(BENCH.text_dump(raw.decode("utf-8", errors="replace")))
    articles = {kind: extract(binary, work / name / kind) for kind in ("html", "txt")}
    if base_binary:
        changes(articles, {kind: extract(base_binary, work / name / kind) for kind in ("html", "txt")}, listed, name)
    for kind in ("html", "txt"):
        got = {i: a.get("date") for i, a in articles[kind].items()}
        for part, digits in (("looked-at", "01234"), ("scored", "56789")):
            rows = [(i, d, u) for i, d, _, u in listed if i[-1] in digits]
            wrong = [(i, d, got.get(i), u) for i, d, u in rows if (got.get(i) or "")[:10] != d]
            print(f"{name:10} {kind:4} {part:9} date {len(rows) - len(wrong)}/{len(rows)} = "
                  f"{(len(rows) - len(wrong)) / len(rows):.3f}")
            for miss in wrong if misses and part == "looked-at" else []:
                print("   ", *miss)
    for part, digits in (("looked-at", "01234"), ("scored", "56789")):
        ids = [i for i, _, _, _ in listed if i[-1] in digits]
        print(f"{name:10} txt  {part:9} agrees with the HTML's "
              + "  ".join(agreement(articles, ids, f) for f in ("title", "authors")))


def main():
    argv = sys.argv[1:]
    base = argv[argv.index("--base") + 1] if "--base" in argv else None
    args = [a for a in argv if not a.startswith("--") and a != base]
    checkout = Path(args[0])
    binary = args[1] if len(args) > 1 else str(ROOT / "target" / "release" / "newsidx")
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            score(binary, checkout, name, Path(tmp), "--misses" in argv, base)


if __name__ == "__main__":
    main()
