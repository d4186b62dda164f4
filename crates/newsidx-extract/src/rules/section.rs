//! The section a page files its story under: a label (`Section: World`, `Rubrik:`; the table
//! [`vocab::SECTION_LABELS`]), a lead (`Filed under World`), a breadcrumb, or a lone word or a short
//! trail over the headline. Imports the line rules and the breadcrumb reading of `head_lines`.

use super::furniture::{is_inline_furniture, is_list_head};
use super::head_lines::{breadcrumb, first_item, natural_label};
use super::lines::{is_menu, word_count};
use super::vocab;
use regex::Regex;
use std::sync::LazyLock;

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = vocab::every(vocab::SECTION_LABELS).collect::<Vec<_>>().join("|");
    Regex::new(&format!(r"(?i)^({labels})\s*:\s*(?P<value>[\p{{L}}\p{{N}}].*)$"))
        .expect("valid section label")
});

/// The section a short line names after a lead of [`vocab::SECTION_LEADS`] with no colon
/// (`Posted in Transport`): the value opens with a capital. Compared as text, not by [`LABEL`]:
/// asked of every line, a pattern cost 3% more instructions on a slice of the 100k bench.
fn led_section(line: &str) -> Option<&str> {
    let lead = vocab::every(vocab::SECTION_LEADS)
        .find(|lead| line.get(..lead.len()).is_some_and(|head| head.eq_ignore_ascii_case(lead)))?;
    let value = line[lead.len()..].strip_prefix(' ')?.trim_start();
    let short = line.split_whitespace().nth(LED_SECTION_WORDS).is_none();
    (short && value.starts_with(char::is_uppercase)).then_some(value)
}

/// The section: a `Section:` label (or `Posted in Transport`) above the story, a breadcrumb's
/// first level after Home (not a menu row), or a lone one- or two-word line right above the
/// headline, or a short trail there with no Home (`News / Transport`), looked for above the
/// headline (above the story on a page with none found); else a label under the story (`Filed
/// under: Transport`). A lone line below the story is an author's or a list's. Returns the line it
/// was read from.
pub(crate) fn section(
    lines: &[String],
    title_at: Option<usize>,
    story_at: usize,
    title: Option<&str>,
) -> Option<(usize, String)> {
    let head_end = title_at.unwrap_or(story_at).min(lines.len());
    let labelled = |at: usize| {
        let line = &lines[at];
        let label = could_be_label(line).then(|| LABEL.captures(line)).flatten();
        let value = label.and_then(|c| c.name("value")).map(|m| m.as_str()).or_else(|| led_section(line));
        value.and_then(first_item).map(|s| (at, s))
    };
    let crumb =
        |at: usize| (!is_menu(&lines[at])).then(|| breadcrumb(&lines[at], title)).flatten().map(|s| (at, s));
    let above_headline = title_at.and_then(|_| head_end.checked_sub(1));
    (0..story_at.min(lines.len()))
        .find_map(labelled)
        .or_else(|| (0..head_end).find_map(crumb))
        .or_else(|| {
            above_headline
                .and_then(|at| lone_label(&lines[at]).or_else(|| short_trail(&lines[at])).map(|s| (at, s)))
        })
        .or_else(|| (story_at.min(lines.len())..lines.len()).find_map(labelled))
}

/// True when a line opens with a letter some section label opens with and holds a colon: the
/// label pattern, asked of every line under a story, runs on those lines only.
fn could_be_label(line: &str) -> bool {
    let first = line.chars().next().map(|c| c.to_ascii_lowercase());
    first.is_some_and(|c| LABEL_INITIALS.contains(c)) && line.contains(':')
}

/// The letters the labels of [`vocab::SECTION_LABELS`] open with.
static LABEL_INITIALS: LazyLock<String> =
    LazyLock::new(|| vocab::every(vocab::SECTION_LABELS).filter_map(|label| label.chars().next()).collect());

/// Most words of a line naming its section after a lead with no colon (`Posted in Transport,
/// Islands, Ferries`): a longer one is a sentence.
const LED_SECTION_WORDS: usize = 8;

/// The first level of a trail of two or three levels with no Home, each a label of one or two
/// words (`News / Transport`, `Markets › Commodities`): right above a headline, a trail; a row
/// of `|` is a menu's.
fn short_trail(line: &str) -> Option<String> {
    let sign = TRAIL_SIGNS.iter().find(|sign| line.contains(*sign))?;
    let levels: Vec<&str> = line.split(sign).map(str::trim).collect();
    let labels = levels.iter().all(|level| lone_label(level).is_some());
    ((2..=3).contains(&levels.len()) && labels).then(|| natural_label(levels[0]))
}

/// What separates a trail's levels on a line of their own.
const TRAIL_SIGNS: [&str; 4] = [" / ", " > ", " › ", " » "];

fn lone_label(line: &str) -> Option<String> {
    let words = word_count(line);
    let clean = line.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '&' || c == '-')
        && line.chars().any(char::is_alphabetic)
        && !is_glued(line);
    let control = line.split_whitespace().any(|w| NOT_SECTIONS.contains(&w.to_lowercase().as_str()));
    ((1..=2).contains(&words) && clean && !control && !is_inline_furniture(line) && !is_list_head(line))
        .then(|| natural_label(line))
}

/// True when a word runs into another inside one (`SportFootball`, `AllGamesVideos`): menu items
/// a page saved as text ran together. A brand's capital after one small letter or before another
/// capital (`iPhone`, `MotoGP`) is no seam.
fn is_glued(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars
        .windows(4)
        .any(|w| w[0].is_lowercase() && w[1].is_lowercase() && w[2].is_uppercase() && w[3].is_lowercase())
}

/// Words of a page's controls and social links, printed on lines of their own above a headline
/// as sections are (`RSS`, `Sign in`, `Copied`, `Next`, `Read more`, `Join now`): never a section.
#[rustfmt::skip]
const NOT_SECTIONS: &[&str] = &[
    "rss", "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "pinterest", "whatsapp",
    "email", "print", "share", "copied", "copy", "edit", "next", "previous", "prev", "page", "sign",
    "login", "log", "register", "subscribe", "menu", "search", "close", "open", "from", "slug", "meta",
    "proofread", "stream", "save", "saved", "listen", "play", "comments", "comment", "reply", "back",
    "skip", "show", "hide", "loading", "itunes", "podcasts", "newsletter", "newsletters", "privacy",
    "cookies", "account", "profile", "notifications", "advertisement", "ad", "sponsored", "by", "more",
    "read", "join", "expand", "collapse", "give", "donate", "home", "now", "download", "follow", "continue",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::tests::text_lines as lines;

    fn section_name(
        lines: &[String],
        title_at: Option<usize>,
        story_at: usize,
        title: Option<&str>,
    ) -> Option<String> {
        section(lines, title_at, story_at, title).map(|(_, name)| name)
    }

    #[test]
    fn section_from_glued_breadcrumb() {
        let page = lines("HomeWorldTalks stall in Geneva\nTalks stall in Geneva");
        assert_eq!(section_name(&page, Some(1), 0, Some("Talks stall in Geneva")).as_deref(), Some("World"));
        let trail = lines("HomeNewsAll NewsTalks stall in Geneva\nTalks stall in Geneva");
        let first = section_name(&trail, Some(1), 0, Some("Talks stall in Geneva"));
        assert_eq!(first.as_deref(), Some("News"), "the first of glued crumbs");
    }

    #[test]
    fn section_from_crumbs_labels_and_lone_lines() {
        let crumbs = lines("Home > Markets > Commodities\nTitle here now");
        assert_eq!(section_name(&crumbs, Some(1), 0, None).as_deref(), Some("Markets"));
        let not_a_crumb = lines("Home Shopping sets stock options\nTitle here now");
        assert_eq!(section_name(&not_a_crumb, Some(1), 0, None), None);
        let led = lines("You are here: Home » Markets » Commodities\nTitle here now");
        assert_eq!(section_name(&led, Some(1), 0, None).as_deref(), Some("Markets"));
        let german = lines("Startseite > Politik\nTitel der Meldung hier");
        assert_eq!(section_name(&german, Some(1), 0, None).as_deref(), Some("Politik"));
        let label = lines("Category: Fintech\nTitle here now");
        assert_eq!(section_name(&label, Some(1), 0, None).as_deref(), Some("Fintech"));
        let trail = lines("Lakeshore Times\nNews / Transport\nTitle here now");
        assert_eq!(section_name(&trail, Some(2), 0, None).as_deref(), Some("News"), "a trail with no Home");
        let lone = lines("Lakeshore Times\nLOCAL\nTitle here now");
        assert_eq!(section_name(&lone, Some(2), 0, None).as_deref(), Some("Local"));
        let none = lines("Some long site slogan with words\nTitle here now");
        assert_eq!(section_name(&none, Some(1), 0, None), None);
        let homepage = lines("HOMEPAGE\nFood\nTitle here now");
        assert_eq!(
            section_name(&homepage, Some(2), 0, None).as_deref(),
            Some("Food"),
            "a link home is no crumb"
        );
        let story = "The harbour authority cut ferry fares to the outer islands by a fifth on Monday.";
        let after_story = lines(&format!("{story}\nAbout the author\nAnn Lee"));
        assert_eq!(section_name(&after_story, None, 0, None), None, "a lone line after the story");
        let filed = lines(&format!("{story}\nFiled under: Transport |\nAnn Lee"));
        assert_eq!(section_name(&filed, None, 0, None).as_deref(), Some("Transport"), "a label after it");
        let posted = lines(&format!("{story}\nPosted in Transport, Islands\nAnn Lee"));
        assert_eq!(
            section_name(&posted, None, 0, None).as_deref(),
            Some("Transport"),
            "a lead with no colon"
        );
        let sentence =
            lines(&format!("{story}\nPosted in reply to Ann Lee\nFiled under the harbour's new rules"));
        assert_eq!(section_name(&sentence, None, 0, None), None, "no capital after the lead");
        let under_byline = lines(&format!("Title here now\nBy Ann Lee\nCategory: Transport\n{story}"));
        assert_eq!(
            section_name(&under_byline, Some(0), 3, None).as_deref(),
            Some("Transport"),
            "a label over the story"
        );
        let rule = lines("---\nTitle here now");
        assert_eq!(section_name(&rule, Some(1), 0, None), None, "a rule of dashes");
        let empty = lines("section: | slug: ferry-fares\nTitle here now");
        assert_eq!(section_name(&empty, Some(1), 0, None), None, "an empty label");
        for control in [
            "RSS",
            "Sign in",
            "Copied",
            "Next",
            "Instagram",
            "Read more",
            "Join Now",
            "Expand",
            "SportFootball",
        ] {
            let above = lines(&format!("{control}\nTitle here now"));
            assert_eq!(section_name(&above, Some(1), 0, None), None, "{control}");
        }
        let brand = lines("MotoGP\nTitle here now");
        assert_eq!(
            section_name(&brand, Some(1), 0, None).as_deref(),
            Some("MotoGP"),
            "a brand's capitals are no seam"
        );
    }

    #[test]
    fn a_breadcrumb_printed_as_text_starts_from_home_in_any_language_of_the_vocabulary() {
        for crumb in ["Hem › Inrikes", "FORSIDE > Inrikes", "Voorpagina / Inrikes", "Homepage | Inrikes"] {
            let page = lines(&format!("{crumb}\nSkogsbrand vid sjön under kontroll efter tre dygn"));
            assert_eq!(section_name(&page, Some(1), 0, None).as_deref(), Some("Inrikes"), "{crumb}");
        }
    }
}
