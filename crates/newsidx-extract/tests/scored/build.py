#!/usr/bin/env python3
"""Writes the scored set: every story of stories.py in every shape below, and the fields each
file must give. Run it after editing a story, a language or a shape:

    python3 crates/newsidx-extract/tests/scored/build.py

It rewrites articles/ and expected.jsonl beside it (deterministic: same input, same bytes).
The test `scored` in this crate reads them and fails when a field's score falls below
recorded.json."""

import html
import json
import os
import shutil

from languages import HOME_AGENCY, LANGS
from stories import STORIES

HERE = os.path.dirname(os.path.abspath(__file__))


def names(story, lang, upper=False):
    people = [a.upper() if upper else a for a in story["authors"]]
    return f" {lang['conj']} ".join(people)


def byline(story, lang, upper=False):
    word = lang["by"].upper() if upper else lang["by"]
    return f"{word} {names(story, lang, upper)}"


def iso(story):
    y, m, d = story["date"]
    return f"{y:04}-{m:02}-{d:02}"


def dateline(story, lang, agency=None):
    """The dateline opening the story, the place it reports and its agency."""
    y, m, d = story["date"]
    agency = agency or story["agency"]
    if agency:
        return lang["wire"](story["place"], m, d, agency, y), story["place"], agency
    if story["lang"] in ("en", "de", "fr"):
        return f"{story['place']} — ", story["place"], None
    return "", None, None


def others(story):
    """Headlines of the other stories in the same language: the page's related links."""
    return [s["title"] for s in STORIES if s["lang"] == story["lang"] and s is not story]


def expected(story, **fields):
    record = dict(title=story["title"], authors=story["authors"], date=iso(story), location=None,
                  source=None, section=None, body="\n\n".join(story["body"]))
    record.update(fields)
    return record


def page(story, lang, n):
    """A whole page saved as text: menu, crumb or label, headline, byline, dates, the story with a
    caption and an appeal inside it, related links, comments, footer."""
    y, m, d = story["date"]
    prefix, place, agency = dateline(story, lang)
    crumb = f"{lang['home']} › {story['section']}" if n % 2 == 0 else story["section"]
    body = story["body"]
    caption = lang["caption"].format(name=story["authors"][-1], site=story["site"])
    blocks = [story["site"], *lang["menu"], crumb, story["title"], byline(story, lang),
              lang["published"](y, m, d)]
    if n % 2 == 0:
        blocks.append(lang["updated"](y, m, min(d + 1, 28)))
    blocks += [lang["share"], prefix + body[0], caption, body[1], body[2], lang["newsletter"], body[3],
               lang["related"], *others(story)[:2], lang["comments"],
               lang["copyright"].format(site=story["site"])]
    gap = "\n\n" if n % 2 == 0 else "\n"
    return "txt", gap.join(blocks) + "\n", expected(story, location=place, source=agency,
                                                    section=story["section"])


def wire(story, lang, n):
    """Clean wire copy: headline, date, maybe a byline, the datelined story, a credit line in
    its language's wording."""
    y, m, d = story["date"]
    agency = story["agency"] or HOME_AGENCY[story["lang"]]
    prefix, place, agency = dateline(story, lang, agency)
    signed = n % 2 == 0
    blocks = [story["title"], lang["day"](y, m, d)]
    if signed:
        blocks.append(byline(story, lang).split(f" {lang['conj']} ")[0])
    blocks += [prefix + story["body"][0], *story["body"][1:]]
    blocks.append(lang["credit"](story["authors"][-1], "Rosalind Achterberg"))
    authors = story["authors"][:1] if signed else []
    return "txt", "\n\n".join(blocks) + "\n", expected(story, authors=authors, location=place, source=agency)


def html_page(head, body_html, lang_code):
    return (f'<!DOCTYPE html>\n<html lang="{lang_code}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f"<body>\n{body_html}\n</body>\n</html>\n")


def menu_html(lang):
    links = "".join(f'<li><a href="/{html.escape(w.lower())}">{html.escape(w)}</a></li>' for w in lang["menu"])
    return f'<header><nav class="site-menu"><ul>{links}</ul></nav></header>'


def related_html(story, lang):
    links = "".join(f'<li><a href="/r{i}">{html.escape(t)}</a></li>' for i, t in enumerate(others(story)[:2]))
    return f'<section class="related"><h2>{html.escape(lang["related"])}</h2><ul>{links}</ul></section>'


def paragraphs_html(paragraphs):
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def html_meta(story, lang, n):
    """A marked-up page whose head states the fields (Open Graph and article tags, or JSON-LD)."""
    y, m, d = story["date"]
    e = html.escape
    prefix, place, agency = dateline(story, lang)
    published = f"{iso(story)}T09:14:00+01:00"
    if n % 2 == 0:
        head = (f"<title>{e(story['title'])} | {e(story['site'])}</title>\n"
                f'<meta property="og:title" content="{e(story["title"])}">\n'
                f'<meta name="author" content="{e(", ".join(story["authors"]))}">\n'
                f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{y:04}-{m:02}-{min(d + 1, 28):02}T18:02:00+01:00">\n'
                f'<meta property="article:section" content="{e(story["section"])}">')
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story["title"],
              "datePublished": published, "articleSection": story["section"],
              "author": [{"@type": "Person", "name": a} for a in story["authors"]]}
        head = (f"<title>{e(story['title'])} – {e(story['site'])}</title>\n"
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    caption = lang["caption"].format(name=story["authors"][-1], site=story["site"])
    body = story["body"]
    article = (f"<article>\n<h1>{e(story['title'])}</h1>\n<p class=\"byline\">{e(byline(story, lang))}</p>\n"
               f"<time datetime=\"{published}\">{e(lang['day'](y, m, d))}</time>\n"
               f"<p>{e(prefix + body[0])}</p>\n<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>{e(caption)}"
               f"</figcaption></figure>\n{paragraphs_html(body[1:3])}\n"
               f"<aside class=\"newsletter\"><p>{e(lang['newsletter'])}</p></aside>\n{paragraphs_html(body[3:])}\n"
               f"<div class=\"share\">{e(lang['share'])}</div>\n</article>")
    page_html = (f"{menu_html(lang)}\n<main>\n{article}\n{related_html(story, lang)}\n</main>\n"
                 f"<footer><p>{e(lang['copyright'].format(site=story['site']))}</p></footer>")
    return "html", html_page(head, page_html, story["lang"]), expected(
        story, location=place, source=agency, section=story["section"])


def html_plain(story, lang, n):
    """A marked-up page with no metadata: a breadcrumb, a byline element holding only the names,
    a time element, and the agency credited only after the story."""
    y, m, d = story["date"]
    e = html.escape
    if n % 2 == 0:
        people = f" {e(lang['conj'])} ".join(
            f'<a rel="author" href="/author/{i}">{e(a)}</a>' for i, a in enumerate(story["authors"]))
        byline_html = f'<div class="byline">{people}</div>'
    else:
        people = f" {e(lang['conj'])} ".join(f'<span class="author-name">{e(a)}</span>' for a in story["authors"])
        byline_html = f'<div class="article-author">{people}</div>'
    crumb = (f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{e(lang["home"])}</a></li>'
             f'<li><a href="/s">{e(story["section"])}</a></li></ol></nav>')
    agency = e(story["agency"] or "")
    credit = "" if not agency else f"<p>({agency})</p>" if n % 2 == 0 else f"<p>— {agency}</p>"
    article = (f"<article>\n<h1>{e(story['title'])}</h1>\n{byline_html}\n"
               f"<time datetime=\"{iso(story)}\">{e(lang['day'](y, m, d))}</time>\n"
               f"{paragraphs_html(story['body'])}\n{credit}\n</article>")
    page_html = (f"{menu_html(lang)}\n{crumb}\n<main>\n{article}\n{related_html(story, lang)}\n</main>\n"
                 f"<footer><p>{e(lang['copyright'].format(site=story['site']))}</p></footer>")
    head = f"<title>{e(story['site'])}</title>"
    return "html", html_page(head, page_html, story["lang"]), expected(
        story, source=story["agency"], section=story["section"])


def markdown(story, lang, n):
    """Markdown with YAML front matter stating the fields."""
    prefix, place, agency = dateline(story, lang)
    authors = (f"author: {json.dumps(', '.join(story['authors']), ensure_ascii=False)}" if n % 2 == 0 else
               "authors:\n" + "\n".join(f"  - {json.dumps(a, ensure_ascii=False)}" for a in story["authors"]))
    front = (f"---\ntitle: {json.dumps(story['title'], ensure_ascii=False)}\n{authors}\ndate: {iso(story)}\n"
             f"section: {json.dumps(story['section'], ensure_ascii=False)}\n---\n")
    body = [prefix + story["body"][0], *story["body"][1:]]
    text = front + f"\n# {story['title']}\n\n" + "\n\n".join(body) + "\n"
    return "md", text, expected(story, location=place, source=agency, section=story["section"])


def json_record(story, lang, n):
    """A JSON export: one object per article, with one of the usual sets of key names."""
    body = "\n\n".join(story["body"])
    if n % 2 == 0:
        record = {"headline": story["title"], "byline": byline(story, lang), "published": f"{iso(story)}T09:14:00Z",
                  "section": story["section"], "body": body}
        if story["agency"]:
            record["agency"] = story["agency"]
    else:
        record = {"title": story["title"], "authors": story["authors"], "date": iso(story),
                  "category": story["section"], "text": body}
    return "json", json.dumps(record, ensure_ascii=False, indent=2) + "\n", expected(
        story, source=record.get("agency"), section=story["section"])


def legacy(story, lang, n):
    """A plain wire-room text file in Windows-1252, as older archives hold them."""
    y, m, d = story["date"]
    prefix, place, agency = dateline(story, lang)
    blocks = [story["title"], byline(story, lang), lang["day"](y, m, d), prefix + story["body"][0],
              *story["body"][1:]]
    return "txt-cp1252", "\r\n\r\n".join(blocks) + "\r\n", expected(story, location=place, source=agency)


def printed(story, lang, n):
    """A newspaper page set as text: the paper and the day, the section, the headline, a byline in
    capitals, the datelined story."""
    y, m, d = story["date"]
    prefix, place, agency = dateline(story, lang)
    blocks = [f"{story['site']} · {lang['day'](y, m, d)}", story["section"].upper(), story["title"],
              byline(story, lang, upper=True), prefix + story["body"][0], *story["body"][1:]]
    return "txt", "\n".join(blocks) + "\n", expected(story, location=place, source=agency,
                                                     section=story["section"])


def html_header(story, lang, n):
    """A marked-up page with no metadata whose headline, byline and date line stand in a header
    above the story's own container (which holds the paragraphs alone)."""
    y, m, d = story["date"]
    e = html.escape
    by = f'<p class="meta">{e(byline(story, lang))}</p>' if n % 2 == 0 else f'<address>{e(byline(story, lang))}</address>'
    header = f"<header class=\"story-head\">\n<h1>{e(story['title'])}</h1>\n{by}\n<p>{e(lang['day'](y, m, d))}</p>\n</header>"
    article = f"<div class=\"story-body\">\n{paragraphs_html(story['body'])}\n</div>"
    page_html = (f"{menu_html(lang)}\n<main>\n{header}\n{article}\n{related_html(story, lang)}\n</main>\n"
                 f"<footer><p>{e(lang['copyright'].format(site=story['site']))}</p></footer>")
    head = f"<title>{e(story['site'])}</title>"
    return "html", html_page(head, page_html, story["lang"]), expected(story)


SHAPES = {"page": page, "wire": wire, "html-meta": html_meta, "html-plain": html_plain, "html-header": html_header,
          "markdown": markdown, "json": json_record, "legacy": legacy, "print": printed}


def main():
    root = os.path.join(HERE, "articles")
    shutil.rmtree(root, ignore_errors=True)
    records = []
    for shape, render in SHAPES.items():
        os.makedirs(os.path.join(root, shape))
        for n, story in enumerate(STORIES):
            kind, text, record = render(story, LANGS[story["lang"]], n)
            ext, _, charset = kind.partition("-")
            path = f"{shape}/{story['lang']}-{story['slug']}.{ext}"
            with open(os.path.join(root, path), "wb") as f:
                f.write(text.encode(charset or "utf-8"))
            records.append({"path": path, **record})
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} files written to {root}")


if __name__ == "__main__":
    main()
