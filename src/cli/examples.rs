//! The examples each subcommand's help ends with.

pub(super) const INDEX_EXAMPLES: &str = "\
Examples:
  newsidx index ~/news                     index a folder (again: only what changed)
  newsidx index ~/news ~/clips -i ./idx    two folders into the index at ./idx
  newsidx index ~/news --rebuild           re-extract everything (after an upgrade)
  newsidx index ~/news -j | jq .added      the summary as JSON";

pub(super) const SEARCH_EXAMPLES: &str = "\
Examples:
  newsidx search 'Witkoff Kremlin'                 both words, best first
  newsidx search '\"peace plan\" -Ukraine'          a phrase, without a word
  newsidx search -- '-Kremlin'                     a query that starts with -
  newsidx search talks -s Reuters -l Moscow        filter by agency and dateline
  newsidx search '' --since 2025-12 --sort date    everything since December, newest first
  newsidx search 'date:[2025-01 TO 2025-06] oil'   a date range inside the query
  newsidx search oil -n 0 -f csv > oil.csv         every hit as CSV (no cap)
  newsidx search oil -j | jq '.hits[].path'        JSON for scripts (exit 1: no hits)";

pub(super) const SHOW_EXAMPLES: &str = "\
Examples:
  newsidx show ~/news/2025/witkoff.txt       every field of one article
  newsidx show ~/news/feed.jsonl#3 -j        the third record of a JSON Lines file, as JSON";

pub(super) const COPIES_EXAMPLES: &str = "\
Examples:
  newsidx copies ~/news/site-a/ferry.txt     the story's original and every copy, by date
  newsidx copies ~/news/site-a/ferry.txt -j  the same as JSON (cluster id, members)";

pub(super) const SERVE_EXAMPLES: &str = "\
Examples:
  newsidx serve                              the page at http://127.0.0.1:7878/ (Ctrl-C stops)
  newsidx serve --open --addr 127.0.0.1:8080 another port, opened in the browser
  curl 'http://127.0.0.1:7878/api/search?q=ferry&source=Reuters'
                                             the search --json object, from the API";

pub(super) const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  newsidx completions bash > ~/.local/share/bash-completion/completions/newsidx
  newsidx completions zsh > ~/.zfunc/_newsidx      (with fpath+=~/.zfunc in .zshrc)
  newsidx completions fish > ~/.config/fish/completions/newsidx.fish";

pub(super) const MAN_EXAMPLES: &str = "\
Examples:
  newsidx man > ~/.local/share/man/man1/newsidx.1 && man newsidx
  newsidx man | man -l -                      read it without installing";

pub(super) const STATS_EXAMPLES: &str = "\
Examples:
  newsidx stats --by source                  articles per wire agency, most first
  newsidx stats ukraine --by month           when coverage of a word peaked, month by month
  newsidx stats -b author -b location --since 2025-12 --json
                                             two facets of December's articles, as JSON
  newsidx stats talks --by author -n 0 -f csv   every author, as key,count rows";

pub(super) const TIMELINE_EXAMPLES: &str = "\
Examples:
  newsidx timeline ukraine                   articles per month, charted on the terminal
  newsidx timeline putin --vs zelenskiy --by week
                                             two queries on one chart, week by week
  newsidx timeline ferry --share --json      each month's share of all articles, as JSON
  newsidx timeline oil --vs gas --svg oil.svg   the same chart drawn into an SVG file
  newsidx timeline oil --vs gas --png oil.png   ... or a PNG image";

pub(super) const KWIC_EXAMPLES: &str = "\
Examples:
  newsidx kwic talks                         every \"talk\" and \"talks\" in context, newest first
  newsidx kwic '\"peace talks\"' --sort left -w 30   a phrase, sorted by the word before it
  newsidx kwic ceasefire --source reuters -f csv    path,date,source,left,match,right rows";

pub(super) const RELATED_EXAMPLES: &str = "\
Examples:
  newsidx related ~/news/reuters/2025/12/talks.txt        the ten articles most like it
  newsidx related feed.jsonl#3 -n 5 --json                 a record of a feed, as JSON";

pub(super) const WATCH_EXAMPLES: &str = "\
Examples:
  newsidx watch add ceasefire 'ceasefire OR truce' --source reuters   save a search
  newsidx watch run                          what each watch finds that is new since its last run
  newsidx watch run ceasefire --json         for cron: nothing but JSON, exit 1 when nothing is new
  newsidx watch list";

pub(super) const EXTRACT_EXAMPLES: &str = "\
Examples:
  newsidx extract page.html                  what newsidx reads from one file, as JSON
  newsidx extract ~/news | jq -r .title      the titles of a folder, without indexing
  newsidx extract --explain page.txt         why each field is what it is: line, rule, table entry";

pub(super) const EXPORT_EXAMPLES: &str = "\
Examples:
  newsidx export --out all.ndjson                      every article, one JSON document per line
  newsidx export oil --since 2025 --to elasticsearch   _bulk lines (action, document) for ES/OpenSearch
  newsidx export --config quickwit > newsidx.yaml      the Quickwit index config for these documents
  newsidx export --config elasticsearch                the ES/OpenSearch mapping (body of PUT /newsidx)
  newsidx export --site example.org | jq -r .url       the addresses of one site's articles";

pub(super) const PUSH_EXAMPLES: &str = "\
Examples:
  newsidx push quickwit+http://localhost:7280/news      every article into Quickwit's index news
  newsidx push elasticsearch+http://localhost:9200/news --since 2025   one year into Elasticsearch
  newsidx push http://localhost:7280                    the kind is asked; the index is newsidx
  newsidx push quickwit+http://localhost:7280/news --json   the summary as JSON (sent, unchanged, deleted)

Run it again after newsidx index: only new and changed articles are sent, and deleted ones are
deleted there. What each engine acknowledged is kept in the index folder (newsidx-push/).";
