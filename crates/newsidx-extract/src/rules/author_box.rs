//! The author box a page sets above or under its story: the author's name alone on a line, a
//! bio opening with the name (`Ann Lee is a health reporter based in Nairobi.`), and what a page
//! sets under a bio. Applied once the story's authors are known, to the body already read; and,
//! on a page that prints no byline, read for the author's name.
//!
//! May import: the leaves (`names`, `vocab`). Imported by `rules::from_page` and `Placed::on`.

use super::names;
use super::vocab;
use std::ops::Range;
use std::sync::LazyLock;

/// The author a page's author box names when it prints no byline: the nearest person's name
/// alone on a line above the `story` that also opens a bio (`Ann Lee is a health reporter based
/// in Nairobi.`) standing outside the story. A name heading a profile is its subject — the
/// profile's own paragraphs open with it, or the headline holds it — not its author.
pub(crate) fn boxed_author(lines: &[String], story: Range<usize>, headline: &str) -> Option<String> {
    let outside = |i: &usize| !story.contains(i);
    let bios: Vec<&str> =
        (0..lines.len()).filter(outside).map(|i| lines[i].as_str()).filter(|l| may_open_bio(l)).collect();
    if bios.is_empty() {
        return None;
    }
    let headline = headline.to_lowercase();
    lines[..story.start.min(lines.len())]
        .iter()
        .rev()
        .filter(|line| may_be_name(line) && bios.iter().any(|bio| same_first_word(line, bio)))
        .filter_map(|line| names::person_name(line))
        .filter(|name| !headline.contains(&name.to_lowercase()))
        .find(|name| bios.iter().any(|line| opens_bio_of(line, name)))
}

/// A line short enough for a name with its credentials, of two words or more, capitalised: asked
/// before the name parser, which most lines above a story (menus, headlines) would only keep busy.
fn may_be_name(line: &str) -> bool {
    let words = line.split_whitespace().take(NAME_LINE_WORDS + 1).count();
    line.len() <= NAME_LINE_BYTES
        && (2..=NAME_LINE_WORDS).contains(&words)
        && line.starts_with(char::is_uppercase)
}

/// Most words of a name line: a name of five words and three credentials (`Ann Lee MS, RDN, LD`).
const NAME_LINE_WORDS: usize = 8;

/// Longest name line, in bytes.
const NAME_LINE_BYTES: usize = 80;

/// Two lines opening with the same word, in any case: a name line and its bio do.
fn same_first_word(a: &str, b: &str) -> bool {
    let (a, b) = (first_word(a), first_word(b));
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// A line with a bio's verb among its first words: what a bio opening needs, cheaply asked
/// before any name is (most pages have no bio, and most of their lines are no names).
fn may_open_bio(line: &str) -> bool {
    let mut words = line.split_whitespace().take(BIO_OPENING_WORDS);
    words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.any(|w| BIO_VERB_SET.binary_search(&w).is_ok())
}

/// Every verb of [`vocab::BIO_VERBS`], sorted for a binary search (every line outside a story is
/// asked for one, and every opening of a bio).
static BIO_VERB_SET: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut verbs: Vec<&str> = vocab::every(vocab::BIO_VERBS).collect();
    verbs.sort_unstable();
    verbs.dedup();
    verbs
});

/// A line that opens with `name` in full, maybe credentials, and a bio's verb.
fn opens_bio_of(line: &str, name: &str) -> bool {
    if !same_initial(line, name) {
        return false;
    }
    let name: Vec<&str> = name.split_whitespace().collect();
    let words: Vec<&str> = line.split_whitespace().take(BIO_OPENING_WORDS).collect();
    words.len() >= SHORTEST_BIO && opens_bio(&words, &name)
}

/// A social handle as a bio prints it after the name: `@annlee`, `(@annlee)`.
fn is_handle(word: &str) -> bool {
    let bare = word.strip_prefix('(').and_then(|w| w.strip_suffix(')')).unwrap_or(word);
    bare.len() > 1 && bare.starts_with('@') && bare[1..].chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Fewest words of a bio's opening (`Ann Lee is a health reporter`).
const SHORTEST_BIO: usize = 6;

/// The story without its author box: a paragraph that is one of the story's `authors`' names
/// alone (a box's name line), the paragraphs opening with an author's name and a verb of
/// [`vocab::BIO_VERBS`] (`Ann Lee is a health reporter based in Nairobi.`) that a box sets above
/// the story, and everything from such a paragraph on once half the story's text stands above it
/// — what a page sets under a bio (a sign-up form, other stories' decks) is no more the story
/// than the bio is. Someone quoted in the story is not among its authors.
pub(crate) fn without_author_box(body: &str, authors: &[String]) -> Option<String> {
    if authors.is_empty() {
        return None;
    }
    let all: Vec<&str> = body.split("\n\n").collect();
    let named =
        |p: &&str| authors.iter().any(|author| p.len() <= 2 * author.len() && names::same_name(p, author));
    let paragraphs: Vec<&str> = all.iter().copied().filter(|p| !named(p)).collect();
    let first = paragraphs.iter().position(|p| !is_bio_of(p, authors))?;
    let story = &paragraphs[first..];
    let end = first + bio_under(story, authors).unwrap_or(story.len());
    (end - first < all.len()).then(|| paragraphs[first..end].join("\n\n"))
}

/// The first of `paragraphs` that is a bio of one of `authors` with half the text above it.
fn bio_under(paragraphs: &[&str], authors: &[String]) -> Option<usize> {
    let half = paragraphs.iter().map(|p| p.len()).sum::<usize>() / 2;
    let mut text_above = 0;
    paragraphs.iter().position(|p| {
        let bio_here = text_above >= half.max(1) && is_bio_of(p, authors);
        text_above += p.len();
        bio_here
    })
}

/// A paragraph that opens with one of `authors`' names — in full, or the first name alone (`Ann
/// is a health reporter`), maybe followed by credentials (`Ann Lee, RN, is`, `PhD`) — and a
/// bio's verb.
fn is_bio_of(paragraph: &str, authors: &[String]) -> bool {
    if !authors.iter().any(|author| same_initial(author, paragraph)) {
        return false;
    }
    let words: Vec<&str> = paragraph.split_whitespace().take(BIO_OPENING_WORDS).collect();
    authors.iter().any(|author| {
        let name: Vec<&str> = author.split_whitespace().collect();
        let first_name_alone = (name.len() > 1).then_some(1);
        [Some(name.len()), first_name_alone].into_iter().flatten().any(|n| opens_bio(&words, &name[..n]))
    })
}

/// Two texts opening with the same letter, in any case: a cheap first test of a name.
fn same_initial(a: &str, b: &str) -> bool {
    let initial = |text: &str| text.chars().next().map(|c| c.to_lowercase().next());
    initial(a) == initial(b)
}

/// Words of a paragraph read for a bio's opening: a name, credentials and the verb.
const BIO_OPENING_WORDS: usize = 8;

/// `words` open with `name`, credentials or a handle (`Ann Lee (@annlee) is`), and a verb of
/// [`vocab::BIO_VERBS`].
fn opens_bio(words: &[&str], name: &[&str]) -> bool {
    let n = name.len();
    let is_credential = |w: &&&str| {
        let letters = w.trim_end_matches(',');
        let capitals = letters.chars().filter(char::is_ascii_uppercase).count();
        let credential = (2..=5).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_alphabetic());
        credential && capitals >= 2 || is_handle(letters)
    };
    let Some(verb) = words.get(n..).and_then(|rest| rest.iter().find(|w| !is_credential(w))) else {
        return false;
    };
    BIO_VERB_SET.binary_search(verb).is_ok() && names::same_name(&words[..n].join(" "), &name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lines::tests::text_lines as lines;

    #[test]
    fn a_page_without_a_byline_takes_its_author_from_the_author_box() {
        let page = lines(
            "News\nInes Marlow\nTransport\nMar 3, 2026\nFerry fares fall by a fifth\n\
             The harbour authority cut ferry fares by a fifth on Monday.\n\
             Islanders had asked for lower fares for two years.\n\
             Ines Marlow is a transport reporter based in Kirkwall.",
        );
        let headline = "Ferry fares fall by a fifth";
        assert_eq!(boxed_author(&page, 5..7, headline).as_deref(), Some("Ines Marlow"));
        assert_eq!(boxed_author(&page, 5..8, headline), None, "the bio is the story's own line");
        assert_eq!(boxed_author(&page, 5..7, "Ines Marlow on ferry fares"), None, "the story's subject");
        let no_bio =
            lines("Ines Marlow\nFerry fares fall\nThe harbour authority cut fares.\nIslanders cheered.");
        assert_eq!(boxed_author(&no_bio, 2..4, "Ferry fares fall"), None, "a name with no bio");
        let short = lines("Ines Marlow\nThe harbour authority cut fares.\nInes Marlow is here.");
        assert_eq!(boxed_author(&short, 1..2, ""), None, "too short for a bio");
        let handled = lines(
            "Ines Marlow\nFerry fares fall by a fifth\nThe harbour authority cut ferry fares.\n\
             Islanders cheered.\nInes Marlow (@ines_m) is a transport reporter in Kirkwall.",
        );
        let author = boxed_author(&handled, 2..4, "Ferry fares fall by a fifth");
        assert_eq!(author.as_deref(), Some("Ines Marlow"), "a bio with the author's handle");
    }

    #[test]
    fn the_author_box_is_cut_above_and_under_the_story_but_a_quoted_person_is_not() {
        let authors = ["Ines Marlow".to_string(), "Zoë Adler".to_string()];
        let story = "The harbour authority cut ferry fares by a fifth.\n\nIslanders had asked for two years.";
        let bios = "Ines Marlow is a transport reporter based in Kirkwall.\n\nZoe Adler covers the islands.";
        let bios_only = bios.to_string();
        assert_eq!(without_author_box(&format!("{story}\n\n{bios}"), &authors).as_deref(), Some(story));
        let german = format!("{story}\n\nInes Marlow schreibt über Verkehr und die Inseln.");
        assert_eq!(without_author_box(&german, &authors).as_deref(), Some(story));
        let quoted = format!("{story}\n\nTomas Reyes is a ferry captain who has sailed the route for years.");
        assert_eq!(without_author_box(&quoted, &authors), None, "not an author");
        let heading = format!("Ines Marlow, PhD, is a transport reporter.\n\n{story}");
        assert_eq!(
            without_author_box(&heading, &authors).as_deref(),
            Some(story),
            "an author box above the story"
        );
        let first_name = format!("{story}\n\nInes Marlow\n\nInes is a transport reporter based in Kirkwall.");
        assert_eq!(
            without_author_box(&first_name, &authors).as_deref(),
            Some(story),
            "the name line and the first name alone"
        );
        assert_eq!(without_author_box(&bios_only, &authors), None, "nothing but bios is kept");
        let teasers = "Sign up today.\n\nFive ferries to take this summer.";
        let above_teasers = format!("{story}\n\nInes Marlow is a transport reporter.\n\n{teasers}");
        assert_eq!(
            without_author_box(&above_teasers, &authors).as_deref(),
            Some(story),
            "what follows the bio goes too"
        );
    }
}
