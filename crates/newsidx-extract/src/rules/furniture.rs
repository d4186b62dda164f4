//! Furniture set between a story's paragraphs or around it, by what it says: the heading of a
//! list of other stories, an ad slot, a photo caption and its credit, a `Read more:` head, a
//! label, a reading time. Patterns use ASCII word boundaries, as [`super::lines`] explains.
//! Imports the vocabulary and the line shapes.

use super::lines::{ends_sentence, word_count};
use super::vocab;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The heading of a list of related stories in its English forms (`Related`, `Related news`): it
/// ends a story ([`is_list_head`]), and a story set around it goes on after it (`body`'s inset
/// lists). One pattern for both, so the two cannot drift apart.
pub(crate) const RELATED_HEADS: &str = r"related(?:\x20(?:stories|articles|news|content|coverage|posts))?";

static LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?xi)^({RELATED_HEADS}{OTHER_LIST_HEADS}")).expect("valid list-head pattern")
});

/// The rest of [`LIST_HEAD`]'s pattern after [`RELATED_HEADS`].
const OTHER_LIST_HEADS: &str = r"
        | most\ (read|popular|viewed|shared|commented)
        | trending(\ now)? | you\ (may|might)\ also\ like
        | recommended(\ for\ you|\ by\ our\ editors|\ stories|\ reading)? | .{1,30}\ recommended\ stories | top\ stories | latest(\ news)?
        | people\ who\ read\ this,?\ also\ read | about\ the\ authors? | was\ this\ (page|article)\ helpful\??
        | (more|recent|latest)\ (stories|articles|posts)\ by\ .{1,40}
        | also\ read | read\ next | what\ to\ read\ next | popular(\ now)? | more\ (stories|news|from\ .{1,40}|in\ .{1,40})
        | more\ \w+(\ \w+)?\ (stories|news) | (top|most|best)\ rated\ comments | (reader|readers'?|latest|recent|view|show)\ comments
        | editor'?s\ picks | share\ this(\ article)? | like\ this | leave\ a\ (reply|comment) | comments?
        | join\ the\ conversation | post\ a\ comment
        | share\ or\ comment(\ on\ this\ (article|story))?)
        \s*[:.…]*\s*(\(\d+\))?$";

/// The heading of a list that follows a story: related links, most read, comments (English
/// forms in the pattern; other languages' headings in [`vocab::LIST_HEADS`] and
/// [`vocab::INSET_LIST_HEADS`]).
pub(crate) fn is_list_head(line: &str) -> bool {
    let line = line.trim();
    LIST_HEAD.is_match(line) || line.len() < 60 && LISTED_HEADS.contains(bare_heading(line).as_str())
}

static LISTED_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::every(vocab::LIST_HEADS).chain(vocab::every(vocab::INSET_LIST_HEADS)).collect());

/// The head of a related list of another language that sites set inside a story
/// ([`vocab::INSET_LIST_HEADS`]: `Lire aussi`, `Leia mais`).
pub(crate) fn is_inset_heading(line: &str) -> bool {
    line.trim().len() < 60 && INSET_HEADS.contains(bare_heading(line.trim()).as_str())
}

static INSET_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::every(vocab::INSET_LIST_HEADS).collect());

/// A heading in lower case without the colon, dots or count that may close it (`Lees ook:`,
/// `Läs mer (3)`).
fn bare_heading(line: &str) -> String {
    let line = line.trim_end_matches(|c: char| c.is_ascii_digit() || "():.… ".contains(c));
    line.to_lowercase()
}

static SKIPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(file\ )?photo\s*: | ^\(?(photo|picture|image)s?\ (by|credit)(?-u:\b)
        | ^(read\ more|see\ also|related|watch|listen)\s*:
        | ^\W*\d+\s*(min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+(ago|read)\W*$
        | ^(try|buy|shop|get|see|check|view)\ [^.!?]{0,40}(?-u:\b)(now|today|deal|price|prices|offer|here)\s*[!›»>→]?$
        | ^[$£€]\s?\d[\d,.]*\ at\ \S[^.!?]{0,30}$
        | ^share\ on\ | ^list\ \d+\ of\ \d+$ | ^(fact[-\ ]checked|medically\ reviewed)\ by(?-u:\b)
        | ^thanks\ for\ (your\ feedback|reading) | ^this\ content\ can\ also\ be\ viewed\ on
        | ^skip\ to\ (the\ )?(main\ )?(content|navigation|article|story)$ | ^(read|open)\ in\ (the\ )?app$
        | ^\W*((type\ and\ )?(press|hit)\ (enter|return)|type(\ here)?)\ to\ search(?-u:\b)
        | ^(more\ )?(content|story|article)\ (continues\ )?below$
        | ^(read|view|see|continue\ reading)\ (the\ )?(full|whole|entire|original)\ (article|story)$
        | ^(please\ )?try\ again(\ later)?[.!]?$ | ^(oops[.!,]?\ )?something\ went\ wrong(?-u:\b)",
    )
    .expect("valid skipped pattern")
});
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?-u:\b)(reuters|afp|ap|epa|getty\ images)/
        | (?-u:\b)(ap|afp|epa|reuters|getty)\ (photo|images?)\s*/
        | /\s*(getty\ images|reuters|afp|ap|epa|shutterstock|alamy|imago|dpa)(\ via\ .{1,40})?\)?\s*$",
    )
    .expect("valid photo credit pattern")
});
/// A photographer's credit ending a caption: a name, a slash and the outlet (`Anna Grey /
/// Unsplash`, `(Terence Jamal/Harbour Tribune)`), `… via AP`, `(Credit: Ward Clark)`.
static NAMED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|[\s(])[A-Z][a-z]+(?:\ [A-Z][a-z.]*){1,3}\ ?/\ ?[A-Z][\w&.-]*(?:\ [A-Z][\w&.-]*){0,3}\)?\s*$
        | (?-u:\b)via\ (?:AP|AFP|Reuters|Getty\ Images|EPA)\)?\s*$
        | (?i:\(credit:?\ [^)]{2,60}\))\s*$",
    )
    .expect("valid named credit pattern")
});

/// The literals every branch of [`NAMED_CREDIT`] needs: a slash, `via ` or `(credit`. The
/// pattern is anchored at the line's end, so the regex engine searches it backwards from there and
/// builds its reverse automaton line by line; asking only lines with one of these spared a fifth
/// of the instructions of extracting a folder of text pages.
fn may_end_in_credit(line: &str) -> bool {
    let credit = |w: &[u8]| w.eq_ignore_ascii_case(b"(credit");
    line.contains('/') || line.contains("via ") || line.as_bytes().windows(7).any(credit)
}

/// A line opening with a credit's label of [`vocab::CREDIT_LABELS`] and its mark (`:`, `...`):
/// `Credit...Ward Clark/The Harbour Post`, `Photo credit: Ward Clark`, `Foto: Ana Lind/dpa`.
/// Only the words before the line's first mark are looked up, so a line costs one look-up
/// whatever the table holds.
fn is_credit_labelled(line: &str) -> bool {
    let Some((label, rest)) = before_first_mark(line) else { return false };
    let named = rest.strip_prefix(' ').unwrap_or(rest).starts_with(|c: char| !c.is_whitespace());
    line.len() < CREDIT_LINE_BYTES && named && CREDIT_LABEL_SET.contains(label.to_lowercase().as_str())
}

/// The text before a line's first mark (`:`, `...`, `…`) and after it, when the mark stands
/// within a label's length of the line's start.
fn before_first_mark(line: &str) -> Option<(&str, &str)> {
    let (at, mark) =
        line.char_indices().take(LONGEST_CREDIT_LABEL + 1).find(|(_, c)| matches!(c, ':' | '.' | '…'))?;
    let rest = &line[at..];
    let mark_len = if rest.starts_with("...") {
        3
    } else if mark == '.' {
        return None;
    } else {
        mark.len_utf8()
    };
    Some((&line[..at], &rest[mark_len..]))
}

/// Longest line taken for a credit: one naming a photographer and an agency or two.
const CREDIT_LINE_BYTES: usize = 120;

/// Characters of the longest label in [`vocab::CREDIT_LABELS`].
const LONGEST_CREDIT_LABEL: usize = 12;

static CREDIT_LABEL_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::every(vocab::CREDIT_LABELS).collect());

/// A line inside a story that is not part of it: an ad slot, a photo caption, a `Read more:` head,
/// a label.
pub(crate) fn is_inline_furniture(line: &str) -> bool {
    is_marked_furniture(line) || is_label_line(line)
}

/// Furniture by what it says: an ad slot, a photo caption or credit, a `Read more:` head, a
/// reading time, a link to skip to the content or to open the app.
pub(crate) fn is_marked_furniture(line: &str) -> bool {
    is_ad_label(line)
        || SKIPPED.is_match(line)
        || (line.contains('/') && PHOTO_CREDIT.is_match(line))
        || (line.len() < 400 && may_end_in_credit(line) && NAMED_CREDIT.is_match(line))
        || is_credit_labelled(line)
        || ends_in_labelled_credit(line)
}

/// A caption closed by its credit's label and a name (`Ferries at the quay. Credit: Ana Quist`,
/// `(Image credit: Harbour Museum)`, `Foto: Ines Marlow/dpa`), any label of
/// [`vocab::CREDIT_LABELS`]; the name is a few capitalised words (joining words aside), which a
/// sentence after a colon is not. A page saved as text may glue the label to the caption
/// (`Ferries at the quayCredit: Ana Quist`).
fn ends_in_labelled_credit(line: &str) -> bool {
    let line = line.trim_end().trim_end_matches(')').trim_end_matches('.');
    let Some((caption, name)) = line.rsplit_once(':') else { return false };
    let label = caption.rsplit(['.', '(', ')']).next().unwrap_or(caption).trim();
    let is_label = |w: &&str| {
        let Some((before, tail)) = label.len().checked_sub(w.len()).and_then(|at| label.split_at_checked(at))
        else {
            return false;
        };
        let glued = before.ends_with(char::is_lowercase) && tail.starts_with(char::is_uppercase);
        let same = tail.eq_ignore_ascii_case(w) || (!tail.is_ascii() && tail.to_lowercase() == *w);
        same && (before.is_empty() || before.ends_with(' ') || glued)
    };
    vocab::CREDIT_LABELS.iter().any(|(_, words)| words.iter().any(is_label)) && is_credited_name(name)
}

/// A photographer's or an outlet's name: one to ten words, each capitalised or a joining word
/// (`Sosuke Fujita, The University of Tokyo`, `Mike Lusmore/Getty Images for Harbour`).
fn is_credited_name(name: &str) -> bool {
    let words: Vec<&str> = name.split([' ', '/', ',']).filter(|w| !w.is_empty()).collect();
    let named = |w: &&str| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || ORGANISATION_JOINING_WORDS.contains(w)
            || vocab::NAME_PARTICLES.contains(w)
    };
    (1..=10).contains(&words.len()) && !name.contains(['!', '?', ';']) && words.iter().all(named)
}

/// Lower-case words inside a credited outlet's name (`Museum of the Isles`, `Getty Images for
/// Harbour`); those inside a person's are [`vocab::NAME_PARTICLES`].
const ORGANISATION_JOINING_WORDS: &[&str] = &["of", "the", "for", "via", "and", "&", "et", "und"];

/// An ad slot's label alone on its line (`Advertisement`, `Anzeige`, `Annons`), any language of
/// [`vocab::AD_LABELS`].
fn is_ad_label(line: &str) -> bool {
    let line = line.trim();
    line.len() < 20 && AD_LABEL_SET.contains(line.to_lowercase().as_str())
}

static AD_LABEL_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::every(vocab::AD_LABELS).collect());

/// `Topics: …`, `Match facts: …`: a short label and a colon, not followed by a quotation or by
/// running text (`Best race: Although he has made a name …` is a paragraph with a lead-in).
pub(crate) fn is_label_line(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    let label_words = word_count(label);
    let starts_upper = label.chars().next().is_some_and(char::is_uppercase);
    let quoted = rest.trim_start().starts_with(['"', '“', '„', '«', '‘']);
    (1..=3).contains(&label_words)
        && starts_upper
        && !quoted
        && !label.contains(['"', '“'])
        && !is_pronoun(label.split_whitespace().next().unwrap_or(""))
        && !is_running_text(rest)
}

/// A long sentence of mostly lower-case words (not a list of names, scores or links).
fn is_running_text(text: &str) -> bool {
    let words = word_count(text);
    let lower = text.split_whitespace().filter(|w| w.starts_with(char::is_lowercase)).count();
    words >= 15 && ends_sentence(text) && lower * 2 >= words
}

fn is_pronoun(word: &str) -> bool {
    matches!(word, "He" | "She" | "They" | "It" | "We" | "I" | "You" | "Er" | "Sie" | "Il" | "Elle")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::credits::is_credit;
    use crate::rules::lines::tests::assert_each;

    proptest::proptest! {
        #[test]
        fn any_line_is_read_without_a_panic(line in "\\PC{0,80}[\u{200b}\u{ad}:.… ]{0,3}") {
            let _ = (is_credit(&line), is_credit_labelled(&line), is_marked_furniture(&line));
        }
    }

    #[test]
    fn recognises_list_heads() {
        assert!(is_list_head("Most Read"));
        assert!(is_list_head("More in Politics"));
        assert!(is_list_head("Trending Now"));
        assert!(is_list_head("Top Rated Comments"), "a comment thread's head");
        assert!(is_list_head("Reader comments (12)"));
        assert!(is_list_head("More Harbour Stories"), "other stories of a section");
        assert!(is_list_head("Recent stories by Ines Marlow:"), "other stories of the writer");
        assert!(!is_list_head("More stories by the harbour were told on Monday than in a year."));
        assert!(!is_list_head("More than 40 people were hurt."));
        assert!(!is_list_head("More island families tell their stories"), "a sentence");
        assert_each(
            is_list_head,
            &[
                "Recommended by Our Editors",
                "MotorTrend Recommended Stories",
                "People who read this, also read:",
                "About the author",
                "Was this page helpful?",
                "You Might Also Like …",
                "Share or comment on this article:",
            ],
        );
        assert!(!is_list_head("About the authors of the report, little is known."));
        assert!(!is_list_head("You might be interested in"), "an inline widget the story continues after");
    }

    #[test]
    fn photo_credits_are_furniture() {
        for credit in ["AP Photo/Ivo Walden", "Mara Biggs/Getty Images", "REUTERS/Elin Marsh/File Photo"] {
            assert!(is_inline_furniture(credit), "{credit}");
        }
        assert!(!is_inline_furniture("Prices rose 3% in the year to March/April, the agency said."));
    }

    #[test]
    fn captions_closed_by_a_labelled_credit_are_furniture_but_sentences_with_a_colon_are_not() {
        for caption in [
            "Ferries wait at the quay on Monday. Credit: Ana Quist",
            "The new terminal, seen from the harbour wall. Credit: Harbour Museum of the Isles.",
            "A model of the new ferry (Image credit: Quist & Reyes)",
            "Die Fähre im Hafen von Kirkwall. Foto: Ines Marlow/dpa",
            "The ferry in 1998. Picture: Tom Reyes/Getty Images for Harbour Lines",
            "Ferries wait at the quay on Monday (Tom Reyes-Pool/Getty Images)",
            "The ferry leaves Kirkwall in the fogCredit: Ana Quist",
            "Le ferry au port. CRÉDIT : Ana Quist",
        ] {
            assert!(is_marked_furniture(caption), "{caption}");
        }
        for sentence in [
            "Fares fell by a fifth, and the bigger picture: crossings are still dearer than in 2019.",
            "The council had one question for the operators: when?",
            "The photo: a ferry leaving the quay at dawn, its lights still on.",
            "The islanders bought an iPhoto: Apple never sold one.",
        ] {
            assert!(!is_marked_furniture(sentence), "{sentence}");
        }
    }

    #[test]
    fn captions_ending_in_a_named_credit_are_furniture() {
        assert!(is_marked_furniture("Lena Hargrove / Harbour Post"));
        assert!(is_marked_furniture("Ferries wait at the quay on Monday. (Tomas Reyes/Gulf Tribune)"));
        assert!(is_marked_furniture("Delegates arrive at the convention via AP"));
        assert!(is_marked_furniture("Our neighbours, through the year. (Credit: Ana Quist)"));
        assert!(is_marked_furniture("A ferry in the fog. (CREDIT: Ana Quist)"), "any case");
        assert!(is_marked_furniture("Credit...Ana Quist/The Harbour Post"));
        assert!(is_marked_furniture("Photo credit: Ana Quist"));
        assert!(is_marked_furniture("Foto: Ana Quist/dpa"), "a label of another language");
        let labels = vocab::every(vocab::CREDIT_LABELS);
        assert!(
            labels.clone().all(|l| l.chars().count() <= LONGEST_CREDIT_LABEL),
            "a label longer than looked for"
        );
        assert!(labels.map(|l| format!("{l}: Ana Quist")).all(|line| is_credit_labelled(&line)));
        assert!(!is_marked_furniture("Photographers gathered: the harbour was full."), "no label");
        assert!(!is_marked_furniture("Credit unions raised their rates on Monday."), "no label");
        assert!(!is_marked_furniture("Talks between Kyiv and Moscow / Washington stall"));
        assert!(is_marked_furniture("Skip to main content"));
        assert!(is_marked_furniture("Read in app"));
        for line in
            ["More content below", "Read full article", "Please try again later.", "Something went wrong"]
        {
            assert!(is_marked_furniture(line), "{line}");
        }
        for prompt in [
            "// Press enter to search",
            "Type and press Enter to search",
            "Hit enter to search or ESC to close",
        ] {
            assert!(is_marked_furniture(prompt), "{prompt}");
        }
        assert!(!is_marked_furniture("Type of ferry to search for is listed on the board"), "no prompt");
        assert!(!is_marked_furniture("Skip to the end of the talks, and little has changed"));
        assert!(!is_marked_furniture("The council said the 24/7 service would start in May."));
    }

    #[test]
    fn shop_buttons_are_furniture_and_sentences_are_not() {
        for line in ["Try ExpressVPN Now", "Shop the deal now", "$2,499 at Apple", "See the deal here ›"] {
            assert!(is_inline_furniture(line), "{line}");
        }
        assert!(!is_inline_furniture("Get ready for the storm today."));
        assert!(!is_inline_furniture("See you in court, the mayor told the council on Tuesday."));
    }

    #[test]
    fn share_rows_counters_reviewers_and_embed_notices_are_furniture() {
        for line in [
            "Share on FacebookShare on Twitter",
            "list 3 of 12",
            "Fact checked by Nick Blackmer",
            "Thanks for your feedback!",
            "This content can also be viewed on the site it originates from.",
        ] {
            assert!(is_inline_furniture(line), "{line}");
        }
        assert!(!is_inline_furniture(
            "Thanks to the new ferry, islanders can reach the mainland in an hour."
        ));
    }

    #[test]
    fn reading_times_and_ages_are_furniture() {
        for line in ["5 min read", "·4 min read", "2 days ago", "3 hours ago"] {
            assert!(is_inline_furniture(line), "{line}");
        }
        assert!(!is_inline_furniture("5 days ago the river burst its banks."));
    }

    #[test]
    fn labels_are_not_quotes() {
        assert!(is_label_line("Match facts: Rovers 2 (Hughes 9) Vale 1 (Coyle 63)."));
        assert!(is_label_line("Topics: Fisheries, European Union"));
        assert!(!is_label_line("He added: “We have something pretty well worked out.”"));
        assert!(!is_label_line("Trump said: \"This is fine.\""));
        assert!(!is_label_line(
            "Best race: Although the team is known for its speed on long tracks, its best day came on a short one."
        ));
        assert!(is_label_line(
            "Match facts: Ardwick Rovers 2 (Hughes pen 9, Delacroix 90+3) Salford Vale 1 (Coyle 63). Att: 6,412."
        ));
    }

    #[test]
    fn related_list_headings_and_ad_labels_are_read_in_every_language_of_the_vocabulary() {
        for heading in ["Más información", "Lees ook:", "Läs mer (3)", "LEIA TAMBÉM", "Mehr zum Thema"] {
            assert!(is_list_head(heading), "{heading}");
        }
        assert!(!is_list_head("Más información sobre la sequía llegará el lunes, dijo el ministro."));
        for label in ["Annons", "ANZEIGE", "Publicidade", "Advertisement"] {
            assert!(is_marked_furniture(label), "{label}");
        }
        assert!(!is_marked_furniture("Annonsörerna drog sig ur i mars."));
    }
}
