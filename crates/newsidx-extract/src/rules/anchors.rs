//! Where the story on a page starts, and the byline above it: the lines every other text rule
//! hangs from. A dateline opens a story wherever it stands; without one, the story is where the
//! prose is, corrected for the hero captions, teasers and comment threads pages saved as text hold.

use super::body::{self, Strictness};
use super::byline;
use super::credits::is_credit;
use super::dateline::{self, Dateline};
use super::dates;
use super::furniture::{is_inline_furniture, is_list_head};
use super::lines::{is_prose, is_title_cased, word_count, words_at_least};
use super::notices::is_appeal;
use super::reach::{BYLINED_RUN_REACH, BYLINE_REACH, DATED_RUN_REACH, LATE_BYLINE_REACH};
use crate::page::Shape;

/// The lines every other rule hangs from.
pub(crate) struct Anchors {
    /// The dateline that opens the story.
    pub(crate) dateline: Option<Dateline>,
    /// The byline above the story, with its line.
    pub(crate) byline: Option<(usize, byline::Byline)>,
    /// The first line of the story.
    pub(crate) body: usize,
}

impl Anchors {
    /// Finds the anchors of a page of `shape`.
    pub(crate) fn find(lines: &[String], shape: Shape) -> Anchors {
        if shape == Shape::Record {
            let first = lines.first();
            let opening = first.and_then(|l| dateline::parse(l).filter(|d| opens_story(l, d)));
            let opening = opening.or_else(|| first.and_then(|l| dateline::parse_opening(l)));
            return Anchors { dateline: opening, byline: None, body: 0 };
        }
        let found = lines
            .iter()
            .enumerate()
            .find_map(|(i, l)| dateline::parse(l).filter(|d| opens_story(l, d)).map(|d| (i, d)))
            .map(|(i, d)| (repeated_below(lines, i), d));
        let dateline_at = found.as_ref().map(|(i, _)| *i);
        let first = match (dateline_at, shape) {
            (Some(at), _) => Some(at),
            (None, Shape::Body | Shape::Record) => lines.iter().position(|l| body::is_story_paragraph(l)),
            (None, Shape::Page) => story_run(lines, Strictness::Prose),
            (None, Shape::Markup) => story_run(lines, Strictness::Structured),
        };
        let mut body = first.unwrap_or(lines.len());
        if dateline_at.is_none() && shape != Shape::Body {
            body = below_a_late_byline(lines, body).unwrap_or(body);
        }
        let byline_zone = body.saturating_sub(BYLINE_REACH)..body.min(lines.len());
        let byline = lines[byline_zone.clone()]
            .iter()
            .zip(byline_zone)
            .rev()
            .find_map(|(l, i)| byline::parse(l).filter(|_| !in_teaser_list(lines, i)).map(|b| (i, b)));
        let opening = || lines.get(body).and_then(|l| dateline::parse_opening(l));
        Anchors { dateline: found.map(|(_, d)| d).or_else(opening), byline, body }
    }
}

/// A byline with another one a line or two away, a headline between them, heads a teaser in a
/// list of other stories (`headline / By: A / headline / By: B`), not the story. (A byline
/// printed twice, or one per author, has only date lines between.)
fn in_teaser_list(lines: &[String], at: usize) -> bool {
    let near = at.saturating_sub(2)..lines.len().min(at + 3);
    let headline_between = |j: usize| {
        (at.min(j) + 1..at.max(j)).any(|k| word_count(&lines[k]) >= 5 && !dates::is_dateish(&lines[k]))
    };
    near.filter(|&j| j != at).any(|j| headline_between(j) && byline::parse(&lines[j]).is_some())
}

/// The last copy of line `at` further down the page: a teaser above the share bar repeats the
/// story's opening paragraph, and the story itself follows the last copy.
fn repeated_below(lines: &[String], at: usize) -> usize {
    (at + 1..lines.len()).rev().find(|&i| lines[i] == lines[at]).unwrap_or(at)
}

/// The story's real start when the prose run found first opens with a hero caption, a teaser or
/// the headline itself, and the byline comes a few lines into it: the first opening paragraph
/// below the byline. A byline past a list's heading (`Related`, `Sur le même sujet`) is a teaser's
/// in a list set inside the story.
fn below_a_late_byline(lines: &[String], start: usize) -> Option<usize> {
    let zone = start..lines.len().min(start + LATE_BYLINE_REACH);
    let at = zone.take_while(|&i| !is_list_head(&lines[i])).find(|&i| is_byline_line(&lines[i]))?;
    (at + 1..lines.len().min(at + 1 + LATE_BYLINE_REACH)).find(|&i| is_opening_paragraph(&lines[i]))
}

/// A byline between a headline and its story (`By` alone when the names follow on the next
/// line). Date lines are not used: a short date line also stands inside stories.
fn is_byline_line(line: &str) -> bool {
    byline::is_by_alone(line) || byline::parse(line).is_some()
}

/// The first line of the story on a page saved as text (or read from markup, `strictness` says):
/// where the prose is, the story's run ([`story_of`]), unless an earlier run is the page's own
/// story above a longer one (a comment thread, the next story a site loads as the reader
/// scrolls): one of at least a third of its words right under a byline, else one of a story's
/// length ([`DATED_RUN_WORDS`]) and at least a fifth of its words right under a date line.
fn story_run(lines: &[String], strictness: Strictness) -> Option<usize> {
    let runs = prose_runs(lines, strictness);
    let best = story_of(&runs)?;
    let under = |start: usize, reach: usize, line_is: fn(&str) -> bool| {
        (start.saturating_sub(reach)..start).any(|i| line_is(&lines[i]))
    };
    let bylined = |r: &&Run| r.words * 3 >= best.words && under(r.start, BYLINED_RUN_REACH, is_byline_line);
    let dated = |r: &&Run| {
        let story_length = r.words >= DATED_RUN_WORDS && r.words * 5 >= best.words && !r.is_feed();
        story_length && under(r.start, DATED_RUN_REACH, dates::is_dateish)
    };
    let earlier = || runs.iter().filter(|r| r.start < best.start);
    Some(earlier().find(bylined).or_else(|| earlier().find(dated)).unwrap_or(&best).start)
}

/// Fewest words of an earlier dated run taken for the page's story: a teaser or a summary under
/// a date is shorter.
const DATED_RUN_WORDS: usize = 150;

/// A run of story paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// Its first line.
    start: usize,
    /// Words in its paragraphs.
    words: usize,
    /// Date lines standing between its paragraphs.
    dates: usize,
}

impl Run {
    /// A run with a date line between every few of its paragraphs is a feed of other stories
    /// (`teaser / name / date / teaser / name / date …`): a story prints its date once, above it.
    fn is_feed(&self) -> bool {
        self.dates >= FEED_DATES
    }
}

/// Date lines inside a run that make it a feed.
const FEED_DATES: usize = 3;

/// The run that holds the story: the one with most words (the first of equals), unless it is a
/// feed and a run that is not has at least a third of its words.
fn story_of(runs: &[Run]) -> Option<Run> {
    let densest = |runs: &mut dyn Iterator<Item = Run>| {
        runs.reduce(|best, r| if r.words > best.words { r } else { best })
    };
    let best = densest(&mut runs.iter().copied())?;
    let story = densest(&mut runs.iter().copied().filter(|r| !r.is_feed()));
    Some(story.filter(|s| best.is_feed() && s.words * 3 >= best.words).unwrap_or(best))
}

/// The runs of story paragraphs, over the gaps [`body::collect`] reads a story over with the same
/// `strictness`. A list of other stories set inside a story (`Most Popular` and its teasers, then
/// the story again), or (in a page saved as text) a block of ads and menus [`body::bridged`] reads
/// past, does not break its run, as it does not end the story [`body::collect`] reads from there.
fn prose_runs(lines: &[String], strictness: Strictness) -> Vec<Run> {
    let mut scan = RunScan::new(strictness);
    for (i, line) in lines.iter().enumerate() {
        scan.bridge_gap(lines, i);
        if i < scan.resume_at {
            continue;
        }
        if body::ends_story(line) && scan.run.is_some() {
            if let Some(at) = body::goes_on_past_list(lines, i) {
                scan.resume_at = at;
                continue;
            }
            scan.ended = true;
        }
        scan.read(line, i);
    }
    scan.runs.extend(scan.run);
    scan.runs
}

/// The runs found so far, and the one being read.
struct RunScan {
    runs: Vec<Run>,
    run: Option<Run>,
    /// Lines since the run's last paragraph, and the date lines among them.
    gap: usize,
    gap_dates: usize,
    /// The line the scan goes on from, past a list or a block of ads.
    resume_at: usize,
    /// A credit or a list's head closed the run: the next paragraph opens another.
    ended: bool,
    /// How the story is read: its gaps end a run, and in prose a gap is read past when the story
    /// goes on after it ([`body::bridged`]).
    strictness: Strictness,
}

impl RunScan {
    fn new(strictness: Strictness) -> RunScan {
        RunScan { runs: Vec::new(), run: None, gap: 0, gap_dates: 0, resume_at: 0, ended: false, strictness }
    }

    /// At a gap as long as a story's, goes on past it when the story does ([`body::bridged`]).
    fn bridge_gap(&mut self, lines: &[String], i: usize) {
        let at_gap_end = self.gap == self.strictness.max_gap() && i >= self.resume_at;
        if !(self.strictness == Strictness::Prose && at_gap_end && self.run.is_some() && !self.ended) {
            return;
        }
        if let Some(at) = body::bridged(lines, i - self.gap) {
            (self.resume_at, self.gap) = (at, 0);
        }
    }

    /// Reads line `i`: a paragraph goes on with the open run or opens a new one; any other line
    /// widens the gap.
    fn read(&mut self, line: &str, i: usize) {
        let open = !self.ended && self.gap < self.strictness.max_gap();
        let continues = self.run.is_some() && body::is_story_paragraph(line) && open;
        if !(is_opening_paragraph(line) || continues) {
            self.gap += 1;
            self.gap_dates += usize::from(dates::is_dateish(line));
            return;
        }
        let mut current = match self.run {
            Some(r) if open => Run { dates: r.dates + self.gap_dates, ..r },
            _ => Run { start: i, words: 0, dates: 0 },
        };
        if current.start == i {
            self.runs.extend(self.run.take());
        }
        current.words += word_count(line);
        self.run = Some(current);
        (self.gap, self.gap_dates, self.ended) = (0, 0, false);
    }
}

/// A paragraph that can open a story: running text of some length, not furniture, nor a
/// teaser's opening cut short (`Ten reasons the ferry will never be on time again this…`).
pub(crate) fn is_opening_paragraph(line: &str) -> bool {
    is_prose(line)
        && words_at_least(line, 10)
        && !is_title_cased(line)
        && !is_appeal(line)
        && !is_inline_furniture(line)
        && !is_credit(line)
        && !is_cut_short(line)
}

/// A line of a teaser's length ending in an ellipsis with no sentence ended before it: the
/// opening of a story cut short in a list of links.
fn is_cut_short(line: &str) -> bool {
    let line = line.trim_end();
    let cut = line.strip_suffix('…').or_else(|| line.strip_suffix("..."));
    let one_sentence = |text: &str| !text.contains(". ") && !text.contains("? ") && !text.contains("! ");
    cut.is_some_and(|text| word_count(text) <= CUT_TEASER_WORDS && one_sentence(text))
}

/// Most words of a teaser's opening cut short in a list of links.
const CUT_TEASER_WORDS: usize = 16;

/// A dateline opens the story when an agency is named in it, or when prose follows it.
fn opens_story(line: &str, dateline: &Dateline) -> bool {
    let rest = &line[dateline.len..];
    (dateline.agency.is_some() && word_count(rest) >= 2) || is_prose(rest)
}

#[cfg(test)]
mod tests {
    use super::body::tests::long_paragraph as paragraph;
    use super::*;

    #[test]
    fn a_list_of_other_stories_inside_the_story_does_not_move_its_start_below_the_list() {
        let mut lines = vec!["Ferry fares to the outer islands cut by a fifth".to_string()];
        lines.extend(["the fares", "the timetable"].map(paragraph));
        lines.extend(
            ["Most Popular", "Travel", "The ten best beaches of the year", "Ana Lopez"].map(String::from),
        );
        lines.extend(["Food", "Where to eat on the islands this summer", "Tom Reyes"].map(String::from));
        lines.extend(["the boats", "the harbour", "the night crossing", "the cafe"].map(paragraph));
        assert_eq!(
            story_run(&lines, Strictness::Prose),
            Some(1),
            "the later part alone is longer, but it is the same story"
        );
        let (paragraphs, _) = body::collect(&lines, 1, 0, body::Strictness::Prose);
        assert_eq!(paragraphs.len(), 6);
    }

    #[test]
    fn a_feed_of_teasers_with_their_names_and_dates_is_not_the_story_though_longer() {
        let mut lines = vec!["Ferry fares to the outer islands cut by a fifth".to_string()];
        lines.extend(["Ana Lopez", "March 3, 2026"].map(String::from));
        lines.extend(["the fares", "the timetable", "the boats"].map(paragraph));
        lines.extend(["Share", "Read next"].map(String::from));
        for (topic, day) in [("the pier", 2), ("the lighthouse", 1), ("the ferry crew", 1), ("the cafe", 1)] {
            lines.extend([
                paragraph(topic),
                paragraph(topic),
                "Tom Reyes".into(),
                format!("March {day}, 2026"),
            ]);
        }
        assert_eq!(story_run(&lines, Strictness::Prose), Some(3));
        let feed_alone: Vec<String> = lines.iter().skip(6).cloned().collect();
        assert_eq!(
            story_run(&feed_alone, Strictness::Prose),
            Some(2),
            "with no other prose, the feed is what the page has"
        );
    }

    #[test]
    fn a_block_of_ads_does_not_split_the_run_when_a_short_paragraph_follows_it() {
        let mut lines = vec!["Ferry fares to the outer islands cut by a fifth".to_string()];
        lines.extend(["the fares", "the timetable"].map(paragraph));
        lines.extend(
            [
                "Advertisement",
                "SHOP",
                "DEALS",
                "GIFTS",
                "GAMES",
                "TRAVEL",
                "FOOD",
                "MONEY",
                "HOMES",
                "Sponsored",
            ]
            .map(String::from),
        );
        lines.push("and the operators said the cheaper crossings would start in the spring.".into());
        lines.extend(["the boats", "the harbour", "the night crossing"].map(paragraph));
        assert_eq!(story_run(&lines, Strictness::Prose), Some(1), "one story across the block");
    }

    #[test]
    fn in_markup_a_long_list_inside_the_story_does_not_move_its_start_below_the_list() {
        let mut lines: Vec<String> = ["the fares", "the timetable"].map(paragraph).into();
        lines.extend((1..=20).map(|rank| format!("{rank}. Harbour club ({} points)", 40 - rank)));
        lines.extend(["the boats", "the harbour", "the night crossing", "the cafe"].map(paragraph));
        assert_eq!(Anchors::find(&lines, Shape::Markup).body, 0, "a table read from markup is no gap");
        let as_text = Anchors::find(&lines, Shape::Page).body;
        assert_eq!(as_text, 22, "in a page saved as text, a block that long ends a run");
    }

    #[test]
    fn the_dated_story_a_page_opens_with_beats_a_longer_one_loaded_after_it() {
        let story = |topics: &[&str]| topics.iter().map(|t| paragraph(t)).collect::<Vec<_>>();
        let mut lines: Vec<String> =
            ["Ferry fares to the outer islands cut by a fifth", "March 3, 2026"].map(String::from).into();
        lines.extend(story(&[
            "the fares",
            "the timetable",
            "the boats",
            "the pier",
            "the harbour",
            "the quay",
        ]));
        let between =
            ["Share", "Facebook", "Email", "Print", "Comments", "Lighthouse keepers return to the cape"];
        lines.extend(between.iter().chain(&["March 2, 2026"]).map(|l| l.to_string()));
        let next = [
            "the lamp",
            "the keepers",
            "the cape",
            "the storm",
            "the rocks",
            "the gulls",
            "the path",
            "the tower",
            "the fog",
            "the bell",
        ];
        lines.extend(story(&next));
        assert_eq!(
            story_run(&lines, Strictness::Prose),
            Some(2),
            "the page's own story, though the next one is longer"
        );
        assert_eq!(story_run(&lines, Strictness::Structured), Some(2), "and so in markup");
        let mut page: Vec<String> =
            ["Ferry fares cut", "March 3, 2026", &paragraph("the fares")].map(String::from).into();
        page.extend(
            ["Read next", "Lighthouse keepers return to the cape", "March 2, 2026"].map(String::from),
        );
        page.extend(story(&next));
        assert_eq!(
            story_run(&page, Strictness::Prose),
            Some(6),
            "a dated teaser is too short to be the story"
        );
    }

    #[test]
    fn a_list_that_closes_the_page_still_splits_runs() {
        let mut lines = vec!["Ferry fares to the outer islands cut by a fifth".to_string()];
        lines.extend(["the fares", "the timetable"].map(paragraph));
        lines.extend(["Read next", "The ten best beaches of the year"].map(String::from));
        lines.extend(["the boats", "the harbour", "the night crossing"].map(paragraph));
        assert_eq!(story_run(&lines, Strictness::Prose), Some(5));
    }

    #[test]
    fn a_teasers_byline_in_a_list_set_inside_the_story_does_not_move_its_start() {
        let mut lines =
            vec!["Ferry fares to the outer islands cut by a fifth".to_string(), paragraph("the fares")];
        lines.extend(["Related", "Island ferries: a history", "By Noel Ash"].map(String::from));
        lines.extend(["the timetable", "the boats", "the harbour"].map(paragraph));
        assert_eq!(Anchors::find(&lines, Shape::Page).body, 1, "{lines:#?}");
        lines.remove(2);
        assert_eq!(Anchors::find(&lines, Shape::Page).body, 4, "a byline a few lines in: the story under it");
    }

    #[test]
    fn teasers_cut_short_do_not_open_the_story() {
        let mut lines: Vec<String> = [
            "Ten reasons the island ferry will never again be on time for…",
            "Twelve things every commuter who has ever waited at the pier...",
            "The harbour cafe that islanders say serves the best chips in…",
            "Why the night crossing is the loveliest journey of them all…",
            "Ferry fares to the outer islands cut by a fifth",
        ]
        .map(String::from)
        .into();
        lines.extend(["the fares", "the timetable"].map(paragraph));
        assert_eq!(story_run(&lines, Strictness::Prose), Some(5), "{lines:#?}");
        assert!(is_opening_paragraph(
            "The crossing was calm. Then the wind rose, and the captain turned back to the pier…"
        ));
    }
}
