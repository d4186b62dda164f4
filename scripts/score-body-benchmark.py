#!/usr/bin/env python3
"""Scores the story (body F1) newsidx extracts from pages no rule was written for: the 181 pages
of the public article-extraction benchmark (a checkout of scrapinghub/article-extraction-benchmark,
whose ground truth is each page's article body only), as saved HTML and as text dumps made the
way ../shared/realworld-devset's are (visible text, one block element per line, furniture kept).

    scripts/score-body-benchmark.py BENCHMARK_DIR [NEWSIDX_BIN] [--keep DIR]

Pages are split by the first hex digit of their id: 0-7 is the part one may look at while
changing a rule, 8-f the part that is only scored. Prints precision, recall and mean F1 of the
body for each format and part, by the shared scorer's tokens (../shared/extraction-devset/score.py).
Nothing of the benchmark is written into the repository.
"""
import gzip, json, subprocess, sys, tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "extraction-devset"))
from score import field_ok, tokens  # noqa: E402

SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
BLOCK = set("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav "
            "aside main figure figcaption blockquote pre form dd dt dl hr button label option address "
            "details summary body html".split())


class Dump(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_dump(html):
    parser = Dump()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.out).split("\n"))
    return "\n\n".join(line for line in lines if line) + "\n"


def prf(expected, actual):
    e, a = Counter(tokens(expected)), Counter(tokens(actual))
    if not e and not a:
        return 1.0, 1.0, 1.0
    common = sum((e & a).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(a.values()), common / sum(e.values())
    return p, r, 2 * p * r / (p + r)


def main():
    args = [a for a in sys.argv[1:] if a != "--keep"]
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    if keep:
        args.remove(keep)
    bench = Path(args[0])
    binary = args[1] if len(args) > 1 else str(ROOT / "target" / "release" / "newsidx")
    truth = json.loads((bench / "ground-truth.json").read_text())
    work = Path(keep or tempfile.mkdtemp())
    for kind in ("html", "txt"):
        (work / kind).mkdir(parents=True, exist_ok=True)
    for page in sorted((bench / "html").glob("*.html.gz")):
        page_id = page.name.split(".")[0]
        html = gzip.open(page).read()
        (work / "html" / f"{page_id}.html").write_bytes(html)
        (work / "txt" / f"{page_id}.txt").write_text(text_dump(html.decode("utf-8", errors="replace")))
    articles = {kind: extract(binary, work / kind) for kind in ("html", "txt")}
    for kind, found in articles.items():
        for part, ids in parts(truth):
            scores = [prf(truth[i]["articleBody"], found.get(i, {}).get("body") or "") for i in ids]
            p, r, f = (sum(s[k] for s in scores) / len(scores) for k in range(3))
            print(f"{kind:4} {part:21} pages {len(ids):3}  precision {p:.3f}  recall {r:.3f}  body_f1 {f:.3f}")
    for part, ids in parts(truth):
        print(f"txt  {part:21} agrees with the HTML's " + "  ".join(agreement(articles, ids, f) for f in FIELDS))


FIELDS = ("title", "authors", "date")


def extract(binary, folder):
    """The articles newsidx extracts from a folder, by page id."""
    out = subprocess.run([binary, "extract", str(folder)], capture_output=True, text=True).stdout
    return {Path(o["path"]).name.split(".")[0]: o for o in map(json.loads, out.splitlines())}


def parts(truth):
    """The looked-at and the scored part's page ids."""
    for part, digits in (("looked-at part (0-7)", "01234567"), ("scored part (8-f)", "89abcdef")):
        yield part, [i for i in truth if i[0] in digits]


def agreement(articles, ids, field):
    """How many text dumps give a field as their page's HTML does, of the pages whose HTML gives it."""
    html, txt = articles["html"], articles["txt"]
    given = [i for i in ids if html.get(i, {}).get(field)]
    same = sum(field_ok(field, html[i][field], txt.get(i, {}).get(field)) for i in given)
    return f"{field} {same}/{len(given)} = {same / max(1, len(given)):.3f}"


if __name__ == "__main__":
    main()
