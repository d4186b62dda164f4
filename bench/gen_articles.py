#!/usr/bin/env python3
"""Writes N synthetic news pages (title, date line, `PLACE, Mon D (Agency) - ` dateline, body) for
the benchmark when the shared Reuters corpus is not at hand. Deterministic for a given seed.

  gen_articles.py --out DIR --limit N [--seed S]
"""
import argparse, datetime, os, random

WORDS = ("oil prices interest rates dollar yen wheat export takeover bid coffee brazil chrysler renault "
         "icahn twa market shares bank trade minister government company profit quarter sales growth "
         "budget deficit tax tariff port ship grain crop harvest strike union workers talks deal merger "
         "bond yields inflation central currency euro pound stock index investors analysts forecast "
         "production output demand supply crude gas power energy coal steel copper gold silver").split()
PLACES = ["LONDON", "NEW YORK", "TOKYO", "PARIS", "BONN", "SYDNEY", "SAO PAULO", "CHICAGO", "OTTAWA", "MADRID"]
AGENCIES = ["Reuters", "AP", "AFP"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + "."

def page(rng, day):
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 9))).title()
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 9))]
    dateline = "%s, %s %d (%s) - " % (place, MONTHS[day.month - 1], day.day, agency)
    return "%s\n%s\n\n%s%s\n" % (title, day.strftime("%B %-d, %Y"), dateline, "\n\n".join(paragraphs))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--limit", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1987)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    start = datetime.date(2024, 1, 1)
    for i in range(args.limit):
        day = start + datetime.timedelta(days=i % 730)
        folder = os.path.join(args.out, day.strftime("%Y/%m/%d"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "synthetic-%06d.txt" % i), "w") as f:
            f.write(page(rng, day))

if __name__ == "__main__":
    main()
