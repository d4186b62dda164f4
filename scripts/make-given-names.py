#!/usr/bin/env python3
"""Writes the table of given names the extractor reads a bare name with:

    scripts/make-given-names.py            (needs npm, which fetches the package)

A line of two capitalised words under a headline may be its writer (`Ines Marlow`) or a section's
label (`Long Reads`, `Premier League`); a known given name opening it is what tells them apart.
The names are the first names of every locale of Faker (`@faker-js/faker`, MIT licence, its
notice in crates/newsidx-extract/data/given_names.LICENSE): some 15,000 in thirty-odd languages,
one word each. Nothing of a measuring set goes in; the table is the package's lists as they are.
"""
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "crates/newsidx-extract/data"
PACKAGE = "@faker-js/faker@7.6.0"

# Articles that some locale lists as a given name (`El`, `Una`) and that open a section's label far
# more often (`El Deporte`): left out.
ARTICLES = {"El", "La", "Los", "Las", "Le", "Les", "Un", "Una", "Uno", "Il", "Lo", "Der", "Die", "Das", "The",
            "An", "De", "Het", "Een"}


def first_names(locales: Path):
    """Every one-word first name of every locale's `name/*first_name*.js`."""
    names = set()
    for module in sorted(locales.glob("*/name/*first_name*.js")):
        for quoted in re.findall(r'"([^"]+)"', module.read_text(encoding="utf-8")):
            word = unescaped(quoted)
            if word[:1].isupper() and " " not in word and word != "__esModule" and word not in ARTICLES:
                names.add(word)
    return names


def unescaped(text):
    """A JavaScript string's text with its `\\uXXXX` and `\\xXX` escapes decoded."""
    return re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
        archive = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        package = Path(tmp, "package")
        names = first_names(package / "dist/cjs/locales")
        notice = (package / "LICENSE").read_text(encoding="utf-8")
    DATA.mkdir(exist_ok=True)
    header = f"# Given names, one a line: the first names of every locale of {PACKAGE} (MIT; see\n" \
             "# given_names.LICENSE). Written by scripts/make-given-names.py; do not edit by hand.\n"
    (DATA / "given_names.txt").write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    (DATA / "given_names.LICENSE").write_text(notice, encoding="utf-8")
    print(f"{len(names)} given names written to {(DATA / 'given_names.txt').relative_to(REPO)}")


if __name__ == "__main__":
    main()
