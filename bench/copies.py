#!/usr/bin/env python3
"""The measuring set for syndicated copies, and newsidx's pairwise precision and recall on it.

  python3 bench/copies.py [--shared ../shared] [--work /tmp/newsidx-copies] [--bin PATH]

The set is made at run time from the shared Reuters corpus (never kept in the repo):
- 330 wire stories from the same weeks (so many share a topic: oil, grain, currencies);
- for a third of them, 1 to 5 copies in other site folders, each made by two or three of: other
  site furniture above and below, another headline, the last paragraphs cut, a paragraph dropped,
  an editor's paragraph added, an update or correction line, another byline or agency credit,
  other quote marks, hard-wrapped lines;
- hard negatives: 30 templated reports, 5 issues each (the same sentences with other figures),
  and 30 follow-ups that quote two paragraphs of a story among paragraphs of their own.
Every file is one story; the truth is which files are the same story. newsidx indexes the set
and the clusters its hits carry (`search --all-copies`) are scored pair by pair: precision is the share of pairs
put together that are the same story, recall the share of same-story pairs put together.
Prints one JSON object.
"""
import argparse, itertools, json, os, random, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SITES = ["harbour-post", "valley-times", "metro-wire", "coastal-daily", "the-ledger", "north-star",
         "river-gazette", "plains-herald", "capital-news", "island-mail"]


def stories(shared, work, count):
    """`count` Reuters stories of five paragraphs of running text or more (not the results briefs
    made of rows of figures), each distinct in its lead."""
    folder = os.path.join(work, "reuters")
    if not os.path.isdir(folder):
        script = os.path.join(shared, "corpus", "to_articles.py")
        subprocess.run([sys.executable, script, "--out", folder, "--limit", "6000"], check=True,
                       stdout=subprocess.DEVNULL)
    picked, leads, runs = [], set(), set()
    for path in sorted(p for p in walk(folder) if p.endswith(".txt")):
        head, _, body = open(path, encoding="utf-8").read().partition("\n\n")
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        lead = paragraphs[0][:120] if paragraphs else ""
        prose = [p for p in paragraphs if len(p.split()) >= 12]
        own_runs = word_runs(" ".join(paragraphs))
        if len(prose) >= 5 and len(prose) * 2 >= len(paragraphs) and lead not in leads and not own_runs & runs:
            leads.add(lead)
            runs |= own_runs
            lines = head.splitlines()
            picked.append({"title": lines[0], "date": lines[-1], "paragraphs": paragraphs})
        if len(picked) == count:
            break
    return picked


def word_runs(text, n=12):
    """The runs of `n` words of a text: the corpus holds rewrites of one story (a lead reworded,
    the rest the same), and a story sharing a run with one picked before is not picked."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(0, max(len(words) - n, 0), 3)}


def walk(folder):
    for base, _, files in os.walk(folder):
        for name in files:
            yield os.path.join(base, name)


def page(title, date, paragraphs, above=(), below=()):
    return "\n".join([*above, title, date, ""]) + "\n" + "\n\n".join(paragraphs) + "\n" + "\n".join(below)


def furniture(rng, site):
    name = site.replace("-", " ").title()
    above = [name, "Home | World | Business | Markets | Opinion", "Share this article"]
    below = ["", "Related stories", "Markets close mixed as traders weigh rates",
             "(c) 2026 %s. All rights reserved." % name, "Subscribe to our newsletter"]
    return above, below


def copy_of(story, rng, site):
    """A copy made by two or three transformations."""
    title, paragraphs, above, below = story["title"], list(story["paragraphs"]), [], []
    ops = rng.sample(["furniture", "headline", "cut", "drop", "add", "update", "credit", "quotes", "wrap"],
                     rng.randint(2, 3))
    for op in ops:
        if op == "furniture":
            above, below = furniture(rng, site)
        elif op == "headline":
            title = "WIRE: " + " ".join(reversed(title.split()))
        elif op == "cut" and len(paragraphs) > 3:
            paragraphs = paragraphs[:max(2, int(len(paragraphs) * rng.uniform(0.4, 0.7)))]
        elif op == "drop" and len(paragraphs) > 3:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        elif op == "add":
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1),
                              "Editor's note: this article was updated with additional reporting from our desk.")
        elif op == "update":
            paragraphs.insert(0, "(Updates with official comment in paragraph four)")
        elif op == "credit":
            paragraphs[0] = re.sub(r"\(Reuters\) [–-]", "(Reuters) -", paragraphs[0])
            paragraphs.append("Reporting by Reuters staff; editing by the desk")
        elif op == "quotes":
            paragraphs = [p.replace('"', "\u201c") for p in paragraphs]
        elif op == "wrap":
            paragraphs = ["\n".join(wrap(p, 72)) for p in paragraphs]
    return page(title, story["date"], paragraphs, above, below)


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word).strip()
    return lines + [line]


TEMPLATE = [
    "The {market} index closed at {a} points on {day}, {updown} {b} percent from the previous session.",
    "Trading volume reached {c} million shares, against {d} million a day earlier, dealers said.",
    "Gainers outnumbered losers by {e} to {f}, with {g} issues unchanged.",
    "The {market} dollar traded at {h} to the U.S. currency, compared with {i} at the previous close.",
    "Bond yields {updown2} to {j} percent, while the overnight rate stood at {k} percent.",
    "Among the most active stocks, {company} shares {updown3} {l} cents to {m}.",
]


def templated(rng, series, issue):
    market = ["Harbour", "Valley", "Coastal", "Northern", "Capital", "Island"][series % 6]
    n = lambda lo, hi: "%.2f" % rng.uniform(lo, hi)
    ud = lambda: rng.choice(["up", "down"])
    values = dict(market=market, day=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][issue],
                  a=n(1000, 9000), b=n(0, 3), c=rng.randint(50, 900), d=rng.randint(50, 900),
                  e=rng.randint(100, 900), f=rng.randint(100, 900), g=rng.randint(50, 300), h=n(0.5, 2),
                  i=n(0.5, 2), j=n(2, 9), k=n(2, 9), l=rng.randint(1, 90), m=n(5, 90),
                  company="%s Holdings" % market, updown=ud(), updown2=rng.choice(["rose", "fell"]),
                  updown3=rng.choice(["rose", "fell"]))
    title = "%s stocks close %s" % (market, values["updown"])
    return page(title, "March %d, 1987" % (2 + issue), [t.format(**values) for t in TEMPLATE])


def follow_up(story, other):
    """A new story quoting two paragraphs of an earlier one among paragraphs of its own."""
    own = other["paragraphs"]
    quoted = story["paragraphs"][1:3]
    return page("Follow-up: " + story["title"], story["date"], own[:3] + quoted + own[3:])


def build(shared, work, seed=11):
    rng = random.Random(seed)
    base = stories(shared, work, 390)
    originals, donors = base[:330], base[330:]
    out = os.path.join(work, "set")
    shutil.rmtree(out, ignore_errors=True)
    truth = {}

    def write(site, name, text, story_id):
        path = os.path.join(out, site, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w", encoding="utf-8").write(text)
        truth[os.path.realpath(path)] = story_id

    for i, story in enumerate(originals):
        write("wire", "story-%03d.txt" % i, page(story["title"], story["date"], story["paragraphs"]), "s%d" % i)
        if i % 3 == 0:
            for k, site in enumerate(rng.sample(SITES, rng.randint(1, 5))):
                write(site, "story-%03d-copy.txt" % i, copy_of(story, rng, site), "s%d" % i)
    for series in range(30):
        for issue in range(5):
            write("markets", "report-%02d-%d.txt" % (series, issue), templated(rng, series, issue),
                  "t%d-%d" % (series, issue))
    for j in range(30):
        write("followups", "follow-%02d.txt" % j, follow_up(originals[j * 7 + 1], donors[j]), "f%d" % j)
    return out, truth


def pairs(groups):
    found = set()
    for members in groups:
        found.update(itertools.combinations(sorted(members), 2))
    return found


def clusters_of(binary, index):
    """Every cluster as its members' paths, from the hits of a search for everything."""
    listed = subprocess.run([binary, "search", "*", "--index", index, "--all-copies", "--limit", "0",
                             "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
    by_id = {}
    for line in listed.splitlines():
        hit = json.loads(line)
        if hit.get("cluster"):
            by_id.setdefault(hit["cluster"], []).append(hit["path"])
    return list(by_id.values())


def score(clusters, truth):
    predicted = pairs([[p for p in c if p in truth] for c in clusters])
    by_story = {}
    for path, story in truth.items():
        by_story.setdefault(story, []).append(path)
    actual = pairs(by_story.values())
    right = len(predicted & actual)
    wrong = sorted(predicted - actual)
    return {
        "files": len(truth), "stories": len(by_story), "copy_pairs": len(actual),
        "found_pairs": len(predicted), "precision": right / max(len(predicted), 1),
        "recall": right / max(len(actual), 1),
        "wrongly_joined": [[os.path.relpath(p, os.path.dirname(os.path.dirname(p))) for p in pair] for pair in wrong[:10]],
        "missed": [[os.path.basename(os.path.dirname(p)) + "/" + os.path.basename(p) for p in pair]
                   for pair in sorted(actual - predicted)[:10]],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--work", default="/tmp/newsidx-copies")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsidx"))
    ap.add_argument("--seed", type=int, default=11, help="the transformations' seed (11: the set the "
                    "parameters were chosen on; others: sets they were not)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    folder, truth = build(args.shared, args.work, args.seed)
    index = os.path.join(args.work, "index")
    subprocess.run([args.bin, "index", folder, "--index", index, "--rebuild"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(json.dumps({"seed": args.seed, **score(clusters_of(args.bin, index), truth)}, indent=1))


if __name__ == "__main__":
    main()
