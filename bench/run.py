#!/usr/bin/env python3
"""The newsidx benchmark: whole-process figures for newsidx and for the SQLite FTS5 baseline,
measured on the same archives in the same run, written to bench/RESULTS.md as ratios. The web
API's load test needs wrk (Debian's package).

  python3 bench/run.py [--sizes 10000,100000] [--scale-sizes 400000,1000000] [--shared ../shared]
                       [--work /tmp/newsidx-bench] [--copies-only N] [--serve-only N] [--warc-only N]
                       [--nexis-only N]

Archives come from the shared Reuters corpus (../shared/corpus/to_articles.py) when it exists,
else from bench/gen_articles.py. Needs python3, sqlite3 (CLI) and cargo: it builds the binary it
measures, linked statically on x86-64 Linux (`cargo build-static`, as the README installs it),
else `cargo build --release`. Peak memory is read from the kernel's accounting of each process.
"""
import argparse, json, os, platform, random, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STATIC_TARGET = "x86_64-unknown-linux-gnu"
BIN = os.path.join(ROOT, "target", "release", "newsidx")


def build():
    """Builds the binary measured and says how it is linked."""
    global BIN
    if platform.system() == "Linux" and platform.machine() == "x86_64":
        subprocess.run(["cargo", "build-static", "-q"], cwd=ROOT, check=True)
        BIN = os.path.join(ROOT, "target", STATIC_TARGET, "release", "newsidx")
        return "linked statically (`cargo build-static`)"
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    return "`cargo build --release`"


def run(cmd, env=None, stdin=None):
    """Runs a command; returns (wall seconds, peak RSS in MB, stdout, stderr)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    return wall, peak_rss(proc), out, err


_RSS = {}


def peak_rss(proc):
    return _RSS.pop(proc.pid, float("nan"))


class Tracked(subprocess.Popen):
    """Popen that records the child's peak RSS from wait4."""

    def _try_wait(self, wait_flags):
        pid, status, usage = os.wait4(self.pid, wait_flags)
        if pid:
            _RSS[pid] = usage.ru_maxrss / 1024
        return pid, status


subprocess.Popen = Tracked


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round((len(xs) - 1) * q))] if xs else float("nan")


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def article_files(path, ext=".txt"):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if f.endswith(ext))


def make_archive(n, work, shared):
    out = os.path.join(work, "articles-%d" % n)
    if os.path.isdir(out) and len(article_files(out)) == n:
        return out, "reuters" if os.path.exists(out + ".reuters") else "synthetic"
    shutil.rmtree(out, ignore_errors=True)
    generator = os.path.join(shared, "corpus", "to_articles.py")
    if os.path.exists(generator):
        subprocess.run([sys.executable, generator, "--out", out, "--limit", str(n), "--cycle"], check=True,
                       stdout=subprocess.DEVNULL)
        open(out + ".reuters", "w").close()
        return out, "reuters"
    subprocess.run([sys.executable, os.path.join(HERE, "gen_articles.py"), "--out", out, "--limit", str(n)],
                   check=True)
    return out, "synthetic"


def change_one_percent(files, rng):
    for path in rng.sample(files, max(1, len(files) // 100)):
        with open(path, "a") as f:
            f.write("\nThe figures were revised on %d.\n" % rng.randint(0, 10 ** 9))


FALLBACK_QUERIES = ["oil AND prices", "interest AND rates", "dollar AND yen", "wheat AND export",
                    "takeover AND bid", "coffee AND brazil", "chrysler AND renault", "icahn AND twa"]


def queries(kind, queries_file):
    if os.path.exists(queries_file):
        ands = [q.strip() for q in open(queries_file) if q.strip()]
    else:
        ands = FALLBACK_QUERIES
    month = ("1987-03" if kind == "reuters" else "2024-03")
    newsidx = [(q, [q.replace(" AND ", " ")]) for q in ands]
    newsidx += [('"oil prices"', ['"oil prices"']),
                ("oil, place London", ["oil", "--location", "london"]),
                ("prices, %s" % month, ["prices", "--since", month, "--until", month])]
    fts5 = [q for q in ands] + ['"oil prices"', "oil AND place:london",
                                 ("prices", month)]
    return ands, newsidx, fts5


def fts5_sql(q):
    if isinstance(q, tuple):
        word, month = q
        return ("SELECT path FROM articles WHERE articles MATCH '%s' AND substr(date,1,7)='%s' "
                "ORDER BY rank LIMIT 10" % (word, month))
    return "SELECT path FROM articles WHERE articles MATCH '%s' ORDER BY rank LIMIT 10" % q.replace("'", "''")


def html_copy(archive):
    """The same articles as saved web pages: the text page's lines as a headline and paragraphs
    inside an <article>, with a little navigation and footer around them."""
    out = archive + "-html"
    if os.path.isdir(out):
        return out
    for path in article_files(archive):
        lines = [l for l in open(path, errors="replace").read().split("\n") if l.strip()]
        esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = "".join("<p>%s</p>\n" % esc(l) for l in lines[2:])
        page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s | Wire</title></head><body>"
                "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav><article><h1>%s</h1>"
                "<p class='date'>%s</p>\n%s</article><footer>© Wire</footer></body></html>\n"
                % (esc(lines[0]), esc(lines[0]), esc(lines[1]) if len(lines) > 1 else "", body))
        target = os.path.join(out, os.path.relpath(path, archive))[:-4] + ".html"
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "w").write(page)
    return out


def html_vs_text(archive, work, runs):
    """Full-index time of the HTML copy of an archive over that of the text archive."""
    html = html_copy(archive)
    times = {}
    for label, root in (("text", archive), ("html", html)):
        index = os.path.join(work, "index-%s" % label)
        walls = []
        for _ in range(runs):
            shutil.rmtree(index, ignore_errors=True)
            walls.append(run([BIN, "index", root, "--index", index, "--json"])[0])
        times[label] = median(walls)
    return times


def warc_copy(html):
    """The HTML copy of an archive as one web archive: each page an HTTP 200 response record in
    its own gzip member (warcio, from PyPI), addressed under https://wire.example/."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io
    out = html + ".warc.gz"
    if os.path.exists(out):
        return out
    with open(out + ".partial", "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for path in article_files(html, ".html"):
            payload = open(path, "rb").read()
            head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
            uri = "https://wire.example/" + os.path.relpath(path, html)
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                          http_headers=head))
    os.rename(out + ".partial", out)
    return out


def warc_section(args, n):
    """A full index of `n` pages as one .warc.gz against the same pages as HTML files, runs paired
    in turn: the archive is read record by record, so its peak memory should not grow with it."""
    archive, _ = make_archive(n, args.work, args.shared)
    html = html_copy(archive)
    warc = warc_copy(html)
    index = os.path.join(args.work, "index-warc")
    walls = {"files": [], "warc": []}
    peaks = {"files": [], "warc": []}
    for _ in range(args.index_runs):
        for label, root in (("files", html), ("warc", warc)):
            shutil.rmtree(index, ignore_errors=True)
            wall, peak, out, _ = run([BIN, "index", root, "--index", index, "--json"])
            walls[label].append(wall)
            peaks[label].append(peak)
    pages = json.loads(run([BIN, "stats", "--index", index, "--by", "year", "--all-copies", "--json"])[2])["total"]
    files = len(article_files(html, ".html"))
    if pages != files:
        sys.exit("the archive gave %d pages of %d: not measured" % (pages, files))
    speed = median([f / w for f, w in zip(walls["files"], walls["warc"])])
    size = os.path.getsize(warc) / 1e6
    lines = ["## Web archives", "",
             "The %d-article HTML copy as one `.warc.gz` (%.0f MB, one gzip member per response record, "
             "written by warcio) against the same pages as files; medians of %d paired runs." % (n, size, args.index_runs), "",
             "| input | full index | peak RSS |", "|---|---|---|",
             "| %d HTML files | %.2f s | %.0f MB |" % (n, median(walls["files"]), max(peaks["files"])),
             "| one .warc.gz | %.2f s | %.0f MB |" % (median(walls["warc"]), max(peaks["warc"])),
             "", "Pages indexed from the archive: %d. Speed of the archive against the files: %.2f× "
             "(target ≥ 0.8×: %s)." % (pages, speed, "met" if speed >= 0.8 else "**not met**")]
    return "\n".join(lines) + "\n"


def nexis_copy(archive, n):
    """The first `n` articles of a text archive as one LexisNexis export in its classic layout
    (`N of M DOCUMENTS`, publication, date, copyright, headline, fields, story, closing fields)."""
    out = os.path.join(os.path.dirname(archive), "nexis-%d" % n, "export.txt")
    shutil.rmtree(os.path.dirname(out) + ".old", ignore_errors=True)
    files = article_files(archive)[:n]
    if not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        records = []
        for i, path in enumerate(files):
            lines = [l.strip() for l in open(path, errors="replace").read().split("\n") if l.strip()]
            at = next((i for i in (1, 2) if re.match(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", lines[i])), 1)
            title, date, body = lines[0], lines[at], lines[at + 1:]
            byline = ["BYLINE: " + lines[1]] if at == 2 and lines[1].startswith("By ") else []
            words = sum(len(l.split()) for l in body)
            records.append("\n\n".join(
                ["%30s%d of %d DOCUMENTS" % ("", i + 1, len(files)), "%28sThe Bench Gazette" % "",
                 "%28s%s" % ("", date), "Copyright 1987 Bench Media Ltd.", title,
                 "SECTION: BUSINESS; Pg. 1", "LENGTH: %d words" % words] + byline + body +
                ["LOAD-DATE: %s" % date, "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newspaper"]))
        open(out, "w").write("\n\n\n".join(records) + "\n")
    return out, files


def nexis_section(args, n):
    """A full index of `n` articles as one LexisNexis export against the same articles as text
    files, runs paired in turn; the export's headlines and bodies are checked against the files'."""
    archive, _ = make_archive(max(n, 10000), args.work, args.shared)
    export, files = nexis_copy(archive, n)
    loose = os.path.join(args.work, "nexis-%d-files" % n)
    if not os.path.isdir(loose):
        for path in files:
            target = os.path.join(loose, os.path.relpath(path, archive))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(path, target)
    index = os.path.join(args.work, "index-nexis")
    walls = {"files": [], "export": []}
    runs = max(args.index_runs, 9)
    for _ in range(runs):
        for label, root in (("files", loose), ("export", os.path.dirname(export))):
            shutil.rmtree(index, ignore_errors=True)
            walls[label].append(run([BIN, "index", root, "--index", index, "--json"])[0])
    records = [json.loads(l) for l in run([BIN, "extract", export])[2].splitlines()]
    singles = {}
    for l in run([BIN, "extract", loose])[2].splitlines():
        a = json.loads(l)
        singles[a["title"]] = a
    same_title = sum(1 for r in records if r.get("title") in singles)
    def keeps(record):
        """Every paragraph the file's own reading gives is in the record's story."""
        single = singles.get(record.get("title"))
        return single is not None and set(single["body"].split("\n\n")) <= set(record["body"].split("\n\n"))
    same_body = sum(1 for r in records if keeps(r))
    identical = sum(1 for r in records if r.get("title") in singles and singles[r["title"]]["body"] == r["body"])
    outlets = sum(1 for r in records if r.get("outlet") == "The Bench Gazette")
    speed = median([f / e for f, e in zip(walls["files"], walls["export"])])
    lines = ["## Research-database exports", "",
             "The first %d articles of the text archive as one LexisNexis export in the classic layout "
             "(%.1f MB, written by `nexis_copy` in this script) against the same articles as %d text files; "
             "medians of %d paired runs." % (n, os.path.getsize(export) / 1e6, len(files), runs), "",
             "| input | full index |", "|---|---|",
             "| %d text files | %.3f s |" % (len(files), median(walls["files"])),
             "| one export | %.3f s |" % median(walls["export"]), "",
             "Records read: %d of %d; headline as the file's reading gives it: %d; story holding every "
             "paragraph of the file's reading: %d (identical: %d; a record's story is taken whole, so it also "
             "keeps the table headings and figure rows a page's rules leave out); outlet kept: %d. Speed of "
             "the export against the files: %.2f× (target ≥ 0.8×: %s)." % (
                 len(records), len(files), same_title, same_body, identical, outlets, speed,
                 "met" if speed >= 0.8 else "**not met**")]
    return "\n".join(lines) + "\n"


def full_index(archive, index, runs):
    """Median wall time and highest peak RSS of `runs` full indexings into an empty folder."""
    walls, peaks = [], []
    for _ in range(runs):
        shutil.rmtree(index, ignore_errors=True)
        wall, peak, _, _ = run([BIN, "index", archive, "--index", index, "--json"])
        walls.append(wall)
        peaks.append(peak)
    return median(walls), max(peaks)


def settle():
    """Waits until what the indexing runs wrote has reached the disk, before searches are timed:
    while the kernel writes a just-built index back, every page a search maps costs more (at a
    million articles, one-shot p50 6.80 ms straight after indexing, 5.24 ms with the same binary
    and index minutes later). Both tools' searches are timed after it."""
    os.sync()


def bench_size(n, args, rng):
    archive, kind = make_archive(n, args.work, args.shared)
    files = article_files(archive)
    raw = sum(os.path.getsize(f) for f in files)
    index = os.path.join(args.work, "index-%d" % n)
    db = os.path.join(args.work, "fts5-%d.db" % n)
    fts5 = os.path.join(args.shared, "bench", "fts5_bench.py")
    r = {"n": n, "kind": kind, "raw_mb": raw / 1e6}

    r["index_s"], r["index_rss"] = full_index(archive, index, args.index_runs)
    r["index_mb"] = dir_bytes(index) / 1e6
    r["noop_s"] = median([run([BIN, "index", archive, "--index", index, "--json"])[0] for _ in range(args.index_runs)])
    changed = []
    for _ in range(args.index_runs):
        change_one_percent(files, rng)
        wall, _, out, _ = run([BIN, "index", archive, "--index", index, "--json"])
        changed.append(wall)
        r["changed_summary"] = json.loads(out)
    r["changed_s"] = median(changed)
    r["churned_mb"] = dir_bytes(index) / 1e6

    f_full, f_rss = [], []
    for _ in range(args.index_runs):
        wall, peak, out, _ = run([sys.executable, fts5, "index", archive, db])
        f_full.append(wall)
        f_rss.append(peak)
    r["fts5_index_s"], r["fts5_rss"], r["fts5_mb"] = median(f_full), max(f_rss), os.path.getsize(db) / 1e6

    ands, nq, fq = queries(kind, os.path.join(args.shared, "bench", "queries-and.txt"))
    settle()
    ours, theirs, inproc = [], [], []
    for (label, argv), fts in zip(nq, fq):
        cmd = [BIN, "search", *argv, "--index", index, "--limit", "10", "--format", "jsonl"]
        run(cmd)
        ours += [run(cmd)[0] * 1000 for _ in range(args.query_runs)]
        sql = ["sqlite3", db, fts5_sql(fts)]
        run(sql)
        theirs += [run(sql)[0] * 1000 for _ in range(args.query_runs)]
        _, _, _, err = run([BIN, "search", *argv, "--index", index, "--limit", "10", "--format", "jsonl",
                            "--bench", str(args.inproc_runs)])
        m = re.search(r"p50 ([\d.]+) ms, p95 ([\d.]+) ms", err)
        inproc.append(float(m.group(1)) if m else float("nan"))
    r["q_p50"], r["q_p95"] = pct(ours, 0.5), pct(ours, 0.95)
    r["research"] = research_times(nq[0][1], index, args.query_runs)
    r["stats_inproc"] = stats_in_process(index, args.query_runs)
    r["fts5_q_p50"], r["fts5_q_p95"] = pct(theirs, 0.5), pct(theirs, 0.95)
    r["inproc_p50"] = median(inproc)

    _, _, out, _ = run([sys.executable, fts5, "query", db, *ands])
    fts_in = [float(x) for x in re.findall(r"top10 median ([\d.]+) ms", out)]
    fts_hits = [int(x) for x in re.findall(r"hits=\s*(\d+)", out)]
    r["fts5_inproc_p50"] = median(fts_in)
    counts = []
    for q, want in zip(ands, fts_hits):
        _, _, out, _ = run([BIN, "search", q.replace(" AND ", " "), "--index", index, "--all-copies",
                            "--json", "--limit", "1"])
        counts.append((q, json.loads(out)["total"] if out else -1, want))
    r["counts"] = counts
    r["extras"], r["missed"] = compare_hits(counts, index, db)
    return r


def research_times(argv, index, runs):
    """Whole-process medians (ms) of the counting commands and of a one-shot search of the same
    query, run in turn so that drift hits all alike."""
    cmds = {
        "search": [BIN, "search", *argv, "--index", index, "--limit", "10", "--format", "jsonl"],
        "stats --by author": [BIN, "stats", *argv, "--by", "author", "--index", index, "--json"],
        "stats --by month": [BIN, "stats", *argv, "--by", "month", "--index", index, "--json"],
        "timeline --by month": [BIN, "timeline", *argv, "--by", "month", "--index", index, "--json"],
    }
    times = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(run(cmd)[0] * 1000)
    return {name: median(t) for name, t in times.items()}


def stats_in_process(index, runs):
    """Median in-process time (ms) of `stats --by source` over every article (`--bench`)."""
    _, _, _, err = run([BIN, "stats", "--by", "source", "--index", index, "--json", "--bench", str(runs)])
    m = re.search(r"p50 ([\d.]+) ms", err)
    return float(m.group(1)) if m else float("nan")


def bench_scale(n, args):
    """Peak memory and one-shot latency on a larger archive (newsidx only): memory must stay flat."""
    archive, kind = make_archive(n, args.work, args.shared)
    index = os.path.join(args.work, "index-%d" % n)
    index_s, index_rss = full_index(archive, index, args.index_runs)
    _, nq, _ = queries(kind, os.path.join(args.shared, "bench", "queries-and.txt"))
    settle()
    times = []
    for _, argv in nq:
        cmd = [BIN, "search", *argv, "--index", index, "--limit", "10", "--format", "jsonl"]
        run(cmd)
        times += [run(cmd)[0] * 1000 for _ in range(args.query_runs)]
    raw = sum(os.path.getsize(f) for f in article_files(archive))
    return {"n": n, "raw_mb": raw / 1e6, "index_s": index_s, "index_rss": index_rss,
            "index_mb": dir_bytes(index) / 1e6,
            "q_p50": pct(times, 0.5), "q_p95": pct(times, 0.95),
            "stats_inproc": stats_in_process(index, args.query_runs)}


# Targets at a million articles: peak RSS indexing (MB), one-shot p50 (ms), `stats --by source`
# over everything in-process (ms).
MILLION_TARGETS = {"index_rss": 400, "q_p50": 6, "stats_inproc": 50}


def scale_table(results, scaled):
    lines = ["## Memory and latency as the archive grows", "",
             "newsidx alone, median full-index time and highest peak RSS of the same runs as above; "
             "`stats --by source` over every article, in-process median (`--bench`).", "",
             "| articles | text | full index | peak RSS indexing | index size | one-shot p50 | one-shot p95 "
             "| `stats --by source` |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results + scaled:
        lines.append("| %d | %.0f MB | %.2f s | %.0f MB | %.1f MB | %.2f ms | %.2f ms | %.1f ms |" % (
            r["n"], r["raw_mb"], r["index_s"], r["index_rss"], r["index_mb"], r["q_p50"], r["q_p95"],
            r["stats_inproc"]))
    million = [r for r in scaled if r["n"] == 1000000]
    if million:
        r = million[0]
        met = lambda key: "met" if r[key] <= MILLION_TARGETS[key] else "**not met**"
        lines += ["", "At a million articles: peak RSS indexing %.0f MB (target < %d MB: %s), one-shot p50 "
                  "%.2f ms (target ≤ %d ms: %s), `stats --by source` %.1f ms in-process (target ≤ %d ms: %s)." % (
                      r["index_rss"], MILLION_TARGETS["index_rss"], met("index_rss"),
                      r["q_p50"], MILLION_TARGETS["q_p50"], met("q_p50"),
                      r["stats_inproc"], MILLION_TARGETS["stats_inproc"], met("stats_inproc"))]
    return lines + [""]


def hit_sets(q, total, index, db):
    """The files newsidx and FTS5 find for an AND query."""
    words = [w for w in q.lower().split() if w != "and"]
    _, _, out, _ = run([BIN, "search", " ".join(words), "--index", index, "--all-copies",
                        "--format", "jsonl", "--limit", str(max(total, 1))])
    mine = {json.loads(l)["path"] for l in out.splitlines()}
    _, _, out, _ = run(["sqlite3", db, "SELECT path FROM articles WHERE articles MATCH '%s'" % q])
    return words, mine, {os.path.abspath(p) for p in out.splitlines()}


def compare_hits(counts, index, db, sample=3):
    """For each AND query: the word forms in a few of newsidx's extra hits (stemming), and the hits
    FTS5 has that newsidx lacks (words in text the extractor left out of the body)."""
    extras, missed = [], []
    for q, ours, _ in counts:
        words, mine, base = hit_sets(q, ours, index, db)
        missed += ["`%s`: %s" % (q, os.path.basename(p)) for p in sorted(base - mine)]
        for path in sorted(mine - base)[:sample]:
            text = open(path, errors="replace").read().lower()
            forms = sorted({m for w in words for m in re.findall(r"\b%s\w*" % re.escape(w[:max(4, len(w) - 1)]), text)})
            extras.append("`%s`: %s has %s" % (q, os.path.basename(path), ", ".join(forms[:6])))
    return extras, missed


def machine():
    mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    return "%d cores (%s), %.0f GiB memory, %s" % (os.cpu_count(), cpu, int(mem) / 2 ** 20, platform.platform())


def row(name, ours, theirs, unit, target, met):
    ratio = ours / theirs if theirs else float("nan")
    return "| %s | %.3g %s | %.3g %s | %.2f× | %s | %s |" % (name, ours, unit, theirs, unit, ratio, target,
                                                            "yes" if met else "**no**")


def report(results, args):
    lines = ["# newsidx benchmark", "",
             "Measured by `python3 bench/run.py --sizes %s --scale-sizes %s` on %s, %s; newsidx %s." % (
                 ",".join(str(r["n"]) for r in results), args.scale_sizes, time.strftime("%Y-%m-%d"),
                 machine(), args.binary),
             "Whole-process wall times (median of %d runs for indexing, %d for each query), peak RSS of the "
             "process, both tools on the same archive in the same run; ratios are newsidx / FTS5." % (
                 args.index_runs, args.query_runs), ""]
    for r in results:
        lines += ["## %d articles (%s, %.0f MB of text)" % (r["n"], r["kind"], r["raw_mb"]), "",
                  "| figure | newsidx | SQLite FTS5 | ratio | target | met |", "|---|---|---|---|---|---|",
                  row("full index", r["index_s"], r["fts5_index_s"], "s", "≤ 0.4× FTS5",
                      r["index_s"] <= 0.4 * r["fts5_index_s"]),
                  row("no-op re-index", r["noop_s"], r["fts5_index_s"], "s", "≤ 1 s", r["noop_s"] <= 1),
                  row("re-index, 1% changed", r["changed_s"], r["fts5_index_s"], "s", "≤ 2 s", r["changed_s"] <= 2),
                  row("index size", r["index_mb"], r["fts5_mb"], "MB", "≤ 0.8× raw (%.0f MB)" % r["raw_mb"],
                      r["index_mb"] <= 0.8 * r["raw_mb"]),
                  row("peak RSS indexing", r["index_rss"], r["fts5_rss"], "MB", "≤ 300 MB", r["index_rss"] <= 300),
                  row("one-shot search top-10, p50", r["q_p50"], r["fts5_q_p50"], "ms", "≤ 3 ms", r["q_p50"] <= 3),
                  row("one-shot search top-10, p95", r["q_p95"], r["fts5_q_p95"], "ms", "≤ 10 ms", r["q_p95"] <= 10),
                  row("in-process query, p50", r["inproc_p50"], r["fts5_inproc_p50"], "ms", "—", True), "",
                  "Research commands against a one-shot search of the same query (whole process, median, "
                  "ms; target ≤ 1.5× the search):", "",
                  "| command | ms | × search | met |", "|---|---|---|---|"] + [
                  "| `%s` | %.1f | %.2f× | %s |" % (name, ms, ms / r["research"]["search"],
                                                   "yes" if ms <= 1.5 * r["research"]["search"] else "**no**")
                  for name, ms in r["research"].items() if name != "search"] + ["",
                  "FTS5 has no incremental mode: its re-index figures are its full index time. One-shot FTS5 "
                  "queries run in the `sqlite3` CLI; its in-process figure is from `fts5_bench.py query`.", "",
                  "Hit counts of the eight AND queries (newsidx / FTS5): " + ", ".join(
                      "`%s` %d / %d" % c for c in r["counts"]) + ".", ""]
        if r["extras"]:
            lines += ["Extra newsidx hits come from stemming; a sample of the word forms they contain:", ""]
            lines += ["- " + e for e in r["extras"]] + [""]
        lines += ["Hits FTS5 has and newsidx lacks (words only in lines the extractor left out of the "
                  "body): %d%s" % (len(r["missed"]), (": " + ", ".join(r["missed"][:10]) + ".") if r["missed"] else "."), ""]
        s = r["changed_summary"]
        lines += ["Last 1%% re-run: %s. Index size after the full index; after the 1%% re-runs (deleted "
                  "documents not yet merged away) it is %.1f MB." % (", ".join("%s %s" % (k, s[k]) for k in s),
                                                                   r["churned_mb"]), ""]
    if len(results) >= 2:
        a, b = results[0], results[-1]
        lines += ["## Scaling", "",
                  "From %d to %d articles (%.0f×): one-shot p50 %.2f → %.2f ms (%.2f×), in-process p50 "
                  "%.3f → %.3f ms (%.2f×), peak RSS indexing %.0f → %.0f MB." % (
                      a["n"], b["n"], b["n"] / a["n"], a["q_p50"], b["q_p50"], b["q_p50"] / a["q_p50"],
                      a["inproc_p50"], b["inproc_p50"], b["inproc_p50"] / a["inproc_p50"], a["index_rss"],
                      b["index_rss"]), ""]
    return "\n".join(lines)


def copies_section(args, n):
    """Pairwise precision and recall of copy detection on bench/copies.py's set (seed 11 is the
    one the parameters were chosen on, the others are not), and a full index of `n` articles with
    copy detection against the same without it (`--no-copies`), runs paired in turn."""
    sys.path.insert(0, HERE)
    import copies
    work = os.path.join(args.work, "copies")
    os.makedirs(work, exist_ok=True)
    lines = ["## Syndicated copies", "",
             "Pairwise precision and recall on the copies set (`bench/copies.py`: 330 Reuters stories, "
             "a third with 1-5 transformed copies, 30 templated report series of 5, 30 follow-ups; made "
             "at run time). Seed 11 is the set the parameters were chosen on; 12-14 are not.", "",
             "| seed | files | same-story pairs | pairs joined | precision | recall | target |",
             "|---|---|---|---|---|---|---|"]
    for seed in (11, 12, 13, 14):
        folder, truth = copies.build(args.shared, work, seed)
        index = os.path.join(work, "index")
        subprocess.run([BIN, "index", folder, "--index", index, "--rebuild"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        got = copies.score(copies.clusters_of(BIN, index), truth)
        met = "met" if min(got["precision"], got["recall"]) >= 0.97 else "**not met**"
        lines.append("| %d | %d | %d | %d | %.3f | %.3f | ≥ 0.97 each: %s |" % (
            seed, got["files"], got["copy_pairs"], got["found_pairs"], got["precision"], got["recall"], met))
    archive, _ = make_archive(n, args.work, args.shared)
    index = os.path.join(args.work, "index-copies")
    with_copies, without = [], []
    for _ in range(args.index_runs):
        for cmd, times in (([], with_copies), (["--no-copies"], without)):
            shutil.rmtree(index, ignore_errors=True)
            wall, _, _, _ = run([BIN, "index", archive, "--index", index] + cmd)
            times.append(wall)
    ratio = median([a / b for a, b in zip(with_copies, without)])
    lines += ["", "Full index of %d articles: %.2f s with copy detection, %.2f s without (`--no-copies`), "
              "medians of %d paired runs: %.2f× (target ≤ 1.10×: %s)." % (
                  n, median(with_copies), median(without), args.index_runs, ratio,
                  "met" if ratio <= 1.10 else "**not met**")]
    return "\n".join(lines) + "\n"


def api_path(argv):
    """The /api/search request of a search's arguments (a query, then --location/--since/--until)."""
    from urllib.parse import urlencode
    params, rest = [("q", argv[0])], argv[1:]
    for flag, value in zip(rest[::2], rest[1::2]):
        params.append((flag.lstrip("-"), value))
    return "/api/search?" + urlencode(params + [("limit", "10")])


def serve_section(args, n):
    """`/api/search` under load: the bench's search queries in turn, from wrk on loopback with 16
    connections for 20 s, against `newsidx serve` on the index of `n` articles; beside it the
    in-process latency of the same searches (`search --bench`), the floor a server can reach."""
    archive, kind = make_archive(n, args.work, args.shared)
    index = os.path.join(args.work, "index-%d" % n)
    if not os.path.exists(os.path.join(index, "meta.json")):
        full_index(archive, index, 1)
    run([BIN, "index", archive, "--index", index])
    _, nq, _ = queries(kind, os.path.join(args.shared, "bench", "queries-and.txt"))
    paths = [api_path(argv) for _, argv in nq]
    inproc = []
    for _, argv in nq:
        _, _, _, err = run([BIN, "search", *argv, "--index", index, "--limit", "10", "--format", "json",
                            "--bench", str(args.inproc_runs)])
        m = re.search(r"p50 ([\d.]+) ms", err)
        inproc.append(float(m.group(1)) if m else float("nan"))
    script = os.path.join(args.work, "api-search.lua")
    with open(script, "w") as f:
        f.write("paths = {%s}\ni = 0\nrequest = function()\n  i = i %% #paths + 1\n"
                "  return wrk.format(\"GET\", paths[i])\nend\n" % ", ".join(json.dumps(p) for p in paths))
    server = subprocess.Popen([BIN, "serve", "--index", index, "--addr", "127.0.0.1:0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = re.search(r"http://\S+/", server.stdout.readline()).group(0).rstrip("/")
        for path in paths:
            subprocess.run(["curl", "-sf", "-o", "/dev/null", url + path], check=True)
        out = subprocess.run(["wrk", "-t2", "-c16", "-d%ds" % args.serve_seconds, "--latency", "-s", script, url],
                             capture_output=True, text=True, check=True).stdout
    finally:
        server.terminate()
        server.wait()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    lat = {q: re.search(r"%s%%\s+([\d.]+)(us|ms|s)\b" % q, out).groups() for q in ("50", "99")}
    ms = {q: float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u] for q, (v, u) in lat.items()}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failed = (int(bad.group(1)) if bad else 0) + (sum(int(x) for x in errors.groups()) if errors else 0)
    lines = ["## Web API under load", "",
             "`newsidx serve` on the %d-article index; wrk on the same 2 cores (`wrk -t2 -c16 -d%ds`), the "
             "%d search queries of the table above in turn as `/api/search?q=…&limit=10` (snippets and "
             "collapsed copies included)." % (n, args.serve_seconds, len(paths)), "",
             "| figure | measured | target |", "|---|---|---|",
             "| requests/s | %.0f | ≥ 1,000: %s |" % (rps, "met" if rps >= 1000 else "**not met**"),
             "| p50 | %.2f ms | |" % ms["50"],
             "| p99 | %.2f ms | ≤ 20 ms: %s |" % (ms["99"], "met" if ms["99"] <= 20 else "**not met**"),
             "| failed requests | %d of %d | 0: %s |" % (failed, total, "met" if failed == 0 else "**not met**"),
             "| in-process search p50, same queries (the floor) | %.2f ms | |" % median(inproc),
             "", "p50 against the in-process p50: %.2f×." % (ms["50"] / median(inproc))]
    return "\n".join(lines) + "\n"


def splice(text, section):
    """`text` with its section of the same heading replaced by `section` (or `section` added)."""
    heading = section.splitlines()[0]
    if heading not in text:
        return text.rstrip("\n") + "\n\n" + section
    before, _, rest = text.partition(heading)
    after = rest[rest.find("\n## "):] if "\n## " in rest else ""
    return before + section + after


# Sections only a --*-only run measures, which a full run keeps from the old results.
SEPARATE_SECTIONS = ("## Web archives",)


def kept_sections(path, text):
    """`text` with the old results' sections that a full run does not measure kept at its end."""
    old = open(path).read() if os.path.exists(path) else ""
    for section in re.split(r"\n(?=## )", old):
        heading = section.splitlines()[0] if section.startswith("## ") else None
        if heading in SEPARATE_SECTIONS and heading not in text:
            text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    return text


def replace_section(args, section):
    """Replaces (or adds) one section of the results file, and prints it."""
    old = open(args.out).read() if os.path.exists(args.out) else ""
    open(args.out, "w").write(splice(old, section))
    print(section)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--work", default="/tmp/newsidx-bench")
    ap.add_argument("--index-runs", type=int, default=3)
    ap.add_argument("--query-runs", type=int, default=20)
    ap.add_argument("--inproc-runs", type=int, default=200)
    ap.add_argument("--scale-sizes", default="400000,1000000",
                    help="larger archives measured for memory and latency only ('' for none)")
    ap.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--copies-only", type=int, metavar="N", default=0,
                    help="measure only copy detection (its set and a full index of N articles) and "
                    "replace that section of the results")
    ap.add_argument("--serve-only", type=int, metavar="N", default=0,
                    help="measure only the web API under load on N articles and replace that section")
    ap.add_argument("--serve-seconds", type=int, default=20)
    ap.add_argument("--nexis-only", type=int, metavar="N", default=0,
                    help="measure only N articles as one LexisNexis export against the same articles as "
                    "files and replace that section")
    ap.add_argument("--warc-only", type=int, metavar="N", default=0,
                    help="measure only N pages as one .warc.gz against the same pages as files "
                    "(needs warcio: pip install warcio) and replace that section")
    args = ap.parse_args()
    args.binary = build()
    os.makedirs(args.work, exist_ok=True)
    for n, measure in ((args.nexis_only, nexis_section), (args.warc_only, warc_section), (args.serve_only, serve_section),
                       (args.copies_only, copies_section)):
        if n:
            replace_section(args, measure(args, n))
            return
    os.makedirs(args.work, exist_ok=True)
    rng = random.Random(7)
    results = []
    for n in [int(s) for s in args.sizes.split(",")]:
        print("benchmarking %d articles…" % n, file=sys.stderr)
        results.append(bench_size(n, args, rng))
    scaled = []
    for n in [int(s) for s in args.scale_sizes.split(",") if s]:
        print("measuring %d articles…" % n, file=sys.stderr)
        scaled.append(bench_scale(n, args))
    text = report(results, args) + "\n" + "\n".join(scale_table(results, scaled))
    first = results[0]
    times = html_vs_text(os.path.join(args.work, "articles-%d" % first["n"]), args.work, args.index_runs)
    text += ("\n## HTML against text\n\nThe %d articles saved as HTML pages (`<article>`, `<h1>`, `<p>`, "
             "navigation, footer) take %.2f s to index against %.2f s as text: %.2f× (target ≤ 3×).\n"
             % (first["n"], times["html"], times["text"], times["html"] / times["text"]))
    text += "\n" + copies_section(args, results[-1]["n"])
    text += "\n" + nexis_section(args, 500)
    text += "\n" + serve_section(args, results[-1]["n"])
    text = kept_sections(args.out, text)
    open(args.out, "w").write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
