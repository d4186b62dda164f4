#!/usr/bin/env python3
"""Splits the shared real-world measuring set by publisher into a part rules are tuned on and a
part that is only scored, and writes the expected lines of each part.

    scripts/split-realworld.py REALWORLD_DIR OUT_DIR

Writes OUT_DIR/tune.jsonl and OUT_DIR/score.jsonl (lines of REALWORLD_DIR/expected.jsonl) and
prints how many pages and publishers each part holds. A page's publisher is the host of its
canonical address (<link rel=canonical>, og:url), else its og:site_name; a text dump goes with
the HTML page of the same id. A publisher is in the scoring part when the first byte of the
SHA-256 of its name is below 86 (a third), so the split is fixed, needs no list kept in the
repository, and never splits one site across both parts. Pages with no publisher found are
split by their id the same way.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

CANONICAL = re.compile(r"<link[^>]+rel=[\"']?canonical[\"']?[^>]*>", re.I)
OG_URL = re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*>", re.I)
SITE_NAME = re.compile(r"<meta[^>]+property=[\"']og:site_name[\"'][^>]*content=[\"']([^\"']+)", re.I)
HREF = re.compile(r"(?:href|content)=[\"']?(https?://[^\"' >]+)", re.I)


def publisher(html: str) -> str | None:
    for pattern in (CANONICAL, OG_URL):
        for tag in pattern.findall(html):
            found = HREF.search(tag)
            if found:
                host = found.group(1).split("/")[2].lower()
                return host.removeprefix("www.").removeprefix("amp.")
    named = SITE_NAME.search(html)
    return named.group(1).strip().lower() if named else None


def scoring_part(name: str) -> bool:
    return hashlib.sha256(name.encode()).digest()[0] < 86


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    publishers = {}
    for page in sorted((root / "articles" / "html").glob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        publishers[page.stem] = publisher(text) or f"id:{page.stem}"
    parts = {"tune": [], "score": []}
    sites = {"tune": set(), "score": set()}
    for line in (root / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        stem = Path(json.loads(line)["path"]).stem
        name = publishers.get(stem, f"id:{stem}")
        part = "score" if scoring_part(name) else "tune"
        parts[part].append(line)
        sites[part].add(name)
    for part, lines in parts.items():
        (out / f"{part}.jsonl").write_text("".join(l + "\n" for l in lines), encoding="utf-8")
        print(f"{part}: {len(lines)} pages from {len(sites[part])} publishers")


if __name__ == "__main__":
    main()
