//! A page as a list of lines, and the small predicates every other rule is built from:
//! is this line prose, a menu, an appeal, a caption, the end of the story?
//!
//! The patterns here (and in the date, byline and agency rules) use ASCII word boundaries,
//! `(?-u:\b)`: with Unicode ones the regex engine leaves its fast DFA on any line holding a
//! non-ASCII character (a curly quote is enough), which made extraction of real pages five times
//! slower. Their words are ASCII, so the boundaries mean the same.

use super::vocab;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Splits text into trimmed, non-empty lines. In a file hard-wrapped at a fixed width (no line
/// over 100 characters, most of them 50–80), the lines of each paragraph are joined again.
pub(crate) fn split_lines(text: &str) -> Vec<String> {
    let text = plain_breaks(text);
    let wrapped = is_hard_wrapped(&text);
    blocks(&text, |rows| wrapped && rows.iter().all(|r| r.chars().count() >= 40))
}

/// `\r\n` as `\n`; a lone `\r` and a no-break space as a space.
fn plain_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\r', '\u{a0}']) {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace(['\r', '\u{a0}'], " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Characters that print nothing and join no letters: zero-width space, word joiner and the
/// invisible operators, byte-order mark, soft hyphen, direction marks. Pages set them after
/// sentences and around lines, where a line's last character would be one.
const INVISIBLE: [char; 10] = [
    '\u{200b}', '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{feff}', '\u{ad}', '\u{200e}',
    '\u{200f}',
];

/// A line without the white space and the [`INVISIBLE`] characters around it. Inside a line they
/// stay: a word they split is split the same way by every tokenizer, and searching a page's text
/// for them cost more than they are worth.
pub(crate) fn trim_line(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || INVISIBLE.contains(&c))
}

/// The trimmed, non-empty lines of a text, the lines of a block (between blank lines) joined
/// into one where `wraps` says the block's lines but its last wrap a paragraph.
pub(crate) fn blocks(text: &str, wraps: impl Fn(&[&str]) -> bool) -> Vec<String> {
    let text = plain_breaks(text);
    let mut lines = Vec::new();
    for block in text.split("\n\n") {
        let rows: Vec<&str> = block.lines().map(trim_line).filter(|l| !l.is_empty()).collect();
        if rows.len() > 1 && wraps(&rows[..rows.len() - 1]) {
            lines.push(rows.join(" "));
        } else {
            lines.extend(rows.iter().map(|r| r.to_string()));
        }
    }
    lines
}

fn is_hard_wrapped(text: &str) -> bool {
    let lengths: Vec<usize> = text.lines().map(|l| l.trim().chars().count()).filter(|&n| n > 0).collect();
    let in_band = lengths.iter().filter(|n| (50..=80).contains(*n)).count();
    lengths.iter().all(|&n| n <= 100) && in_band * 2 >= lengths.len() && lengths.len() >= 4
}

/// Collapses runs of white space to one space.
pub(crate) fn squash(line: &str) -> String {
    let spaced = |w: &[u8]| w[0].is_ascii_whitespace() && (w[0] != b' ' || w[1].is_ascii_whitespace());
    let clean = !line.bytes().any(|b| b.is_ascii_whitespace() && b != b' ')
        && !line.as_bytes().windows(2).any(spaced)
        && line.trim() == line
        && line.is_ascii();
    if clean {
        return line.to_string();
    }
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Number of words: whitespace-separated ones (ASCII white space; other spaces are folded to ASCII
/// ones when the lines are split), a run of Chinese or Japanese (written without spaces; a word
/// there is one to three characters) counting one for every two of its characters.
pub(crate) fn word_count(line: &str) -> usize {
    if !line.is_ascii() {
        return line.split_ascii_whitespace().map(words_in_run).sum();
    }
    let bytes = line.as_bytes();
    let starts =
        bytes.windows(2).filter(|w| w[0].is_ascii_whitespace() && !w[1].is_ascii_whitespace()).count();
    starts + usize::from(bytes.first().is_some_and(|b| !b.is_ascii_whitespace()))
}

/// The words of a run without white space: one, or one for every two Chinese or Japanese
/// characters. Those characters are encoded from lead bytes E3–E9 and EF in UTF-8; a run without
/// such a byte (curly quotes, accents: E2, C3…) is one word, told without decoding it.
fn words_in_run(run: &str) -> usize {
    if !run.bytes().any(|b| (0xE3..=0xE9).contains(&b) || b == 0xEF) {
        return 1;
    }
    run.chars().filter(|c| crate::script::is_unspaced(*c)).count().div_ceil(2).max(1)
}

/// True when the line has letters a sentence is written in: lower-case ones, or those of a
/// script without case (Chinese, Japanese, Arabic, Hebrew, Thai…). A line in capitals has none.
pub(crate) fn has_running_letters(line: &str) -> bool {
    line.chars().any(|c| c.is_lowercase() || (c.is_alphabetic() && !c.is_uppercase()))
}

/// A line that reads as a sentence of running text: enough words, lower-case letters (or
/// letters without case), and a sentence end (or so many words that it must be running text).
pub(crate) fn is_prose(line: &str) -> bool {
    let words = word_count(line);
    let has_lower = has_running_letters(line);
    has_lower
        && !is_menu(line)
        && ((words >= 5 && ends_sentence(line)) || words >= 25)
        && !is_glued_list(line, words)
}

/// `AlabamaAlaskaArizonaArkansas…`: the options of a form's list, saved without spaces: a very
/// long "word" where lower-case letters run into capitals again and again (unlike a URL, or a
/// sentence in a script written without spaces).
fn is_glued_list(line: &str, words: usize) -> bool {
    let camel_joins =
        |w: &[u8]| w.windows(2).filter(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase()).count();
    let long_words = line.len() > words * GLUED_WORD_BYTES / 4;
    long_words
        && line.as_bytes().split(|b| *b == b' ').any(|w| w.len() > GLUED_WORD_BYTES && camel_joins(w) >= 3)
}

/// No word of running text in a spaced script is this long (German compounds stay well under it).
const GLUED_WORD_BYTES: usize = 45;

/// True when the line ends like a sentence, allowing closing quotes and brackets.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', '»', '“', ' ', '」', '』', '）']);
    trimmed.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', '؟', '।']) && !trimmed.ends_with("...")
        || line.trim_end().ends_with(['”', '"', '»'])
}

/// A headline in title case (`Son Makes Rare Stage Appearance At Harbour Gala! LOOK!`): four
/// words in five start with a capital, as no sentence of running text does, even in German.
pub(crate) fn is_title_cased(line: &str) -> bool {
    let words = line.split_whitespace().filter_map(|w| w.chars().find(|c| c.is_alphabetic()));
    let (capitals, all) = words.fold((0, 0), |(c, a), first| (c + usize::from(first.is_uppercase()), a + 1));
    all >= 6 && capitals * 5 >= all * 4
}

/// A row of navigation links: items separated by wide gaps, pipes or bullets.
pub(crate) fn is_menu(line: &str) -> bool {
    if line.len() > 400 {
        return false;
    }
    line.contains("   ") && word_count(line) <= 20
        || line.matches(" | ").count() >= 2
        || line.matches(" · ").count() >= 2
}

static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    // Word boundaries in ASCII (see the module's doc), and none beside a letter outside ASCII.
    let bounded = |phrase: &str| {
        let edge = |c: Option<char>| if c.is_some_and(|c| c.is_ascii()) { r"(?-u:\b)" } else { "" };
        let inner = phrase.replace(r"\b", r"(?-u:\b)");
        format!("{}(?:{inner}){}", edge(phrase.chars().next()), edge(phrase.chars().last()))
    };
    let phrases = vocab::every(vocab::NOTICE_PHRASES).map(bounded);
    let openings = vocab::every(vocab::NOTICE_OPENINGS).map(|p| format!("^{}", bounded(p)));
    let marks = [r"©", r"[\w.+-]+@[\w-]+\.\w", r"https?://", r"(?-u:\b)www\."].map(String::from);
    let pattern = phrases.chain(openings).chain(marks).collect::<Vec<_>>().join("|");
    regex::RegexBuilder::new(&format!("(?i){pattern}"))
        // Past the default cache, its lazy DFA cleared and rebuilt its states on every few pages
        // (extraction of the 100k bench 3% slower); this bound keeps them all.
        .dfa_size_limit(32 << 20)
        .build()
        .expect("valid appeal pattern")
});

/// Site furniture that reads like prose: a phrase of [`vocab::NOTICE_PHRASES`] (subscription
/// appeals, cookie notices, disclaimers), a line opening with one of [`vocab::NOTICE_OPENINGS`],
/// an address, a link or a copyright sign, or a call to follow the site.
pub(crate) fn is_appeal(line: &str) -> bool {
    APPEAL.is_match(line) || is_cookie_use(line) || is_follow_call(line)
}

/// A site saying it uses cookies (`We use essential and analytics cookies`). Apart from
/// [`APPEAL`]: its gap of up to thirty characters multiplies the states of any pattern it joins,
/// and only lines naming cookies are read for it.
fn is_cookie_use(line: &str) -> bool {
    (line.contains("ookie") || line.contains("OOKIE")) && COOKIE_USE.is_match(line)
}

static COOKIE_USE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(use|uses|accept)(?-u:\b)[^.]{0,30}(?-u:\b)cookies(?-u:\b)")
        .expect("valid cookie-use pattern")
});

/// A call to follow the site elsewhere: a line of a few words opening with one of
/// [`vocab::FOLLOW_CALLS`] and naming one of [`vocab::PLATFORMS`] (`Follow the Harbour Post on
/// Instagram and TikTok.`, `* Listen to Tide Talk on Spotify`).
fn is_follow_call(line: &str) -> bool {
    let opening = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_with = |call: &&str| {
        let head = opening.get(..call.len()).is_some_and(|h| h.eq_ignore_ascii_case(call));
        head && opening[call.len()..].chars().next().is_none_or(|c| c == ' ')
    };
    let calls = |(_, calls): &(&str, &[&str])| calls.iter().any(opens_with);
    vocab::FOLLOW_CALLS.iter().any(calls)
        && word_count(line) <= 40
        && vocab::PLATFORMS.iter().any(|p| line.contains(p))
}

/// The trailers of [`is_credit`] that are not a credit's opening words: a desk slug
/// (`cl/jdp/bc`), an agency after a dash (`— AFP`), a copyright line.
static CREDIT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^[a-z]{1,5}(/[a-z0-9]{1,5}){1,6}$
        | ^[—–-]{1,2}\s*\w{2,12}\s*$
        | ^©
        | ^copyright(?-u:\b)",
    )
    .expect("valid credit mark pattern")
});
static CONTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)contributed (to )?(this )?(report|story|article)")
        .expect("valid contributor pattern")
});

/// A trailer that closes a wire story: a credit line, a desk slug, an agency sign-off or a
/// copyright line. Nothing after it belongs to the article.
pub(crate) fn is_credit(line: &str) -> bool {
    opens_with_credit(line)
        || (may_be_credit_mark(line) && CREDIT_MARK.is_match(line))
        || (line.contains("ontributed") && CONTRIBUTED.is_match(line))
        || is_source_credit(line)
}

/// A line opening, maybe in brackets, with one of [`vocab::CREDIT_OPENINGS`] (`(Reporting by`,
/// `Redigiert von`). `is_credit` reads every line of a story, so the line's first word is looked
/// up first (lower-cased on the stack), and only the openings starting with it are compared.
fn opens_with_credit(line: &str) -> bool {
    let text = line.trim_start_matches(['(', ' ']);
    let initial = text.as_bytes().first().map(u8::to_ascii_lowercase);
    if initial.is_some_and(|b| b.is_ascii() && !CREDIT_INITIALS.contains(&b)) {
        return false;
    }
    let first = text.split(char::is_whitespace).next().unwrap_or("");
    let Some(openings) = credit_openings_of(first) else { return false };
    openings.iter().any(|opening| {
        let Some(rest) = strip_prefix_any_case(text, opening) else { return false };
        rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) || !opening.ends_with(char::is_alphanumeric)
    })
}

/// The openings of [`vocab::CREDIT_OPENINGS`] whose first word is `word` (any case).
fn credit_openings_of(word: &str) -> Option<&'static [&'static str]> {
    if word.is_empty() || word.len() > LONGEST_FIRST_WORD {
        return None;
    }
    let mut buffer = [0u8; LONGEST_FIRST_WORD];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let find = |w: &str| CREDIT_OPENINGS_BY_FIRST_WORD.binary_search_by(|(first, _)| first.cmp(&w)).ok();
    let at = std::str::from_utf8(lower).ok().and_then(find);
    let at = at.or_else(|| (!word.is_ascii()).then(|| find(&word.to_lowercase())).flatten())?;
    Some(&CREDIT_OPENINGS_BY_FIRST_WORD[at].1)
}

/// `text` past `prefix`, compared in any case (an opening in ASCII byte by byte).
fn strip_prefix_any_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_ascii() {
        let head = text.get(..prefix.len())?;
        return head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..]);
    }
    let mut rest = text.char_indices();
    for expected in prefix.chars() {
        let (_, c) = rest.next()?;
        if !c.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(at, _)| &text[at..]))
}

/// What every branch of [`CREDIT_MARK`] needs: a short line with a slash, a dash, `©` or
/// `copyright` at the start.
fn may_be_credit_mark(line: &str) -> bool {
    (line.len() <= SLUG_BYTES && line.contains('/'))
        || line.starts_with(['—', '–', '-', '©'])
        || line.get(..9).is_some_and(|head| head.eq_ignore_ascii_case("copyright"))
}

/// The openings of [`vocab::CREDIT_OPENINGS`] by their first word, sorted for a binary search.
static CREDIT_OPENINGS_BY_FIRST_WORD: LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
    LazyLock::new(|| {
        let mut by_first: Vec<(&str, Vec<&str>)> = Vec::new();
        for opening in vocab::every(vocab::CREDIT_OPENINGS) {
            let first = opening.split(' ').next().unwrap_or(opening);
            match by_first.iter_mut().find(|(f, _)| *f == first) {
                Some((_, openings)) => openings.push(opening),
                None => by_first.push((first, vec![opening])),
            }
        }
        by_first.sort_unstable_by_key(|(first, _)| *first);
        by_first
    });

/// The first letters of the openings of [`vocab::CREDIT_OPENINGS`] written in ASCII, lower case:
/// a line opening with any other ASCII character opens none (most lines are let go here).
static CREDIT_INITIALS: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut initials: Vec<u8> =
        CREDIT_OPENINGS_BY_FIRST_WORD.iter().filter_map(|(first, _)| first.bytes().next()).collect();
    initials.dedup();
    initials
});

/// Longest first word of an opening worth lower-casing to look up.
const LONGEST_FIRST_WORD: usize = 16;

/// Longest desk slug (`cl/jdp/bc`), in bytes: at most six initials of five letters.
const SLUG_BYTES: usize = 41;

/// A short line that credits the source and nothing else: the agency alone in brackets (`(AFP)`).
/// An agency's bare name alone is not one, nor `Source: AP`: pages print those under photos and
/// charts inside the story (as credits they ended three real stories early).
fn is_source_credit(line: &str) -> bool {
    let line = line.trim();
    let bracketed = line.starts_with('(') && line.trim_end_matches('.').ends_with(')');
    if !bracketed || line.len() > 40 || word_count(line) > 4 {
        return false;
    }
    super::agency::agency_name(line.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
}

static LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(related(\ (stories|articles|news|content|coverage|posts))? | most\ (read|popular|viewed|shared|commented)
        | trending(\ now)? | you\ (may|might)\ also\ like
        | recommended(\ for\ you|\ by\ our\ editors|\ stories|\ reading)? | .{1,30}\ recommended\ stories | top\ stories | latest(\ news)?
        | people\ who\ read\ this,?\ also\ read | about\ the\ authors? | was\ this\ (page|article)\ helpful\??
        | also\ read | read\ next | what\ to\ read\ next | popular(\ now)? | more\ (stories|news|from\ .{1,40}|in\ .{1,40})
        | editor'?s\ picks | share\ this(\ article)? | like\ this | leave\ a\ (reply|comment) | comments?
        | join\ the\ conversation | post\ a\ comment
        | share\ or\ comment(\ on\ this\ (article|story))?)
        \s*[:.…]*\s*(\(\d+\))?$",
    )
    .expect("valid list-head pattern")
});

/// The heading of a list that follows a story: related links, most read, comments (English
/// forms in the pattern; other languages' headings in [`vocab::LIST_HEADS`]).
pub(crate) fn is_list_head(line: &str) -> bool {
    let line = line.trim();
    LIST_HEAD.is_match(line) || line.len() < 60 && LISTED_HEADS.contains(bare_heading(line).as_str())
}

static LISTED_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| vocab::every(vocab::LIST_HEADS).collect());

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
pub(crate) mod tests {
    use super::*;

    /// The lines of an invented page as the rules get them, one per line of `text`.
    pub(crate) fn text_lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    proptest::proptest! {
        #[test]
        fn any_line_is_read_without_a_panic_and_trimmed_of_what_prints_nothing(line in "\\PC{0,80}[\u{200b}\u{ad}:.… ]{0,3}") {
            let trimmed = trim_line(&line);
            proptest::prop_assert!(!trimmed.ends_with(INVISIBLE) && !trimmed.starts_with(INVISIBLE));
            let _ = (is_credit(&line), is_credit_labelled(&line), is_marked_furniture(&line));
        }
    }

    #[test]
    fn invisible_characters_are_no_part_of_a_line() {
        let text = "The fares fell by a fifth.\u{2063}\n\n\u{feff}An extra\u{ad}ordinary year.\u{200b}";
        assert_eq!(split_lines(text), ["The fares fell by a fifth.", "An extra\u{ad}ordinary year."]);
        assert!(ends_sentence(&split_lines("The fares fell.\u{200b}")[0]));
        assert_eq!(crate::readers::html::text_lines("<p>Fares fell.\u{2063}</p>"), ["Fares fell."]);
    }

    #[test]
    fn joins_hard_wrapped_paragraphs_only() {
        let wrapped = "A title\n\nThe quick brown fox jumps over the lazy dog and keeps on running\n\
                       far away from the farmer who has been chasing it across the\n\
                       fields since the early hours of a cold and windy morning.\n\n\
                       The farmer gave up at noon and went home to his warm kitchen\n\
                       where he ate soup.";
        assert_eq!(split_lines(wrapped).len(), 3);
        let byline = "By LENA HARGROVE and TOMAS REYES-ORTIZ Associated Press\n\
                      Published 5:10 PM AKST, January 20, 2026\n\n\
                      ANCHORAGE, Alaska (AP) — An avalanche buried a stretch of highway south of Anchorage under snow on Tuesday.";
        assert_eq!(split_lines(byline).len(), 3);
    }

    #[test]
    fn words_are_counted_and_squashed() {
        assert_eq!(word_count("  two  words "), 2);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Müller said — fine."), 4);
        assert_eq!(squash(" a \t b  c "), "a b c");
        assert_eq!(squash("already clean"), "already clean");
        assert_eq!(squash("Müller  said"), "Müller said");
    }

    #[test]
    fn scripts_without_spaces_or_case_are_running_text() {
        assert_eq!(word_count("上海港务局周三表示"), 5, "a word for every two characters");
        assert_eq!(word_count("新款 iPhone 发布"), 3);
        assert!(is_prose("上海港务局周三表示，今年前十个月上海港集装箱吞吐量达到四千二百万标准箱。"));
        assert!(is_prose("東京都は木曜日、新しいフェリー航路の運航を開始したと発表した。"));
        assert!(is_prose("قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة."));
        assert!(!is_prose("新闻首页"), "a menu word is not a sentence");
        assert!(!has_running_letters("BREAKING NEWS"));
    }

    #[test]
    fn prose_needs_a_sentence() {
        assert!(is_prose("The Kremlin said on Wednesday that talks went well."));
        assert!(is_prose("“We will see,” he said to reporters on Monday, smiling."));
        assert!(!is_prose("Most Popular"));
        assert!(!is_prose("Markets   Business   Economy   Tech"));
        assert!(!is_prose("Nigeria's central bank issues new rules for payment agents"));
        let options =
            "AlabamaAlaskaArizonaArkansasCaliforniaColoradoConnecticutDelaware, and the rest of them too.";
        assert!(!is_prose(options), "a form's options saved without spaces");
        let unspaced =
            "东京电力公司周一表示，福岛第一核电站的处理水排放工作将按计划继续进行，并将定期公布监测结果。";
        assert!(!is_glued_list(unspaced, 1), "a script written without spaces is not a glued list");
    }

    fn capitalised(text: &str) -> String {
        let mut chars = text.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    #[test]
    fn recognises_credits_and_slugs() {
        assert!(is_credit("(Reporting by Dmitry Antonov; Editing by Guy Faulconbridge)"));
        assert!(is_credit("Reporting by Priya Nandakumar; Editing by Tom Aldous"));
        assert!(is_credit(
            "Associated Press writer Ihor Savchenko in Lviv, Ukraine, contributed to this report."
        ));
        assert!(is_credit("cl/jdp/bc"));
        assert!(is_credit("— AFP"));
        assert!(!is_credit("The Kremlin said on Wednesday that talks went well."));
        assert!(!is_credit("Reportedly the talks went well."));
        for other_language in [
            "(Reporte de Ana Lind; editado en español por Tomás Quist)",
            "(Reportage de Ana Lind, version française Tom Quist, édité par Ines Marlow)",
            "Redigiert von Ines Marlow",
            "(Tradotto da Ana Lind, in redazione a Roma Tom Quist)",
            "Reportagem de Ana Lind; edição de Tom Quist",
        ] {
            assert!(is_credit(other_language), "{other_language}");
        }
        assert!(!is_credit("Reporteros sin Fronteras pidió la liberación del periodista."));
        assert!(!is_credit("In 2017 the ferry ran twice a day."));
        for opening in vocab::every(vocab::CREDIT_OPENINGS) {
            assert!(is_credit(&format!("({} Ana Lind)", capitalised(opening))), "{opening}");
        }
    }

    #[test]
    fn recognises_appeals_and_lists() {
        assert!(is_appeal("Sign up to the Morning Briefing, delivered every weekday."));
        assert!(is_appeal("Erin Kowalczyk covers city hall. Reach her at ek@example.com."));
        assert!(!is_appeal("The council voted 5-2 during public comment on Thursday."));
        assert!(is_appeal("This cookie is set by GDPR Cookie Consent plugin to store the user's choice."));
        assert!(!is_appeal("The bakery sold its last cookie at noon, the owner said."));
        assert!(is_appeal(
            "The Harbour Post is an independent news organization dedicated to island reporting."
        ));
        assert!(is_appeal(
            "Our reviews are editorially independent; we may be paid when you buy through links."
        ));
        assert!(is_appeal(
            "Our editors write on behalf of you, our readers, and test every product we recommend."
        ));
        assert!(!is_appeal("The bakery's cookies help the shelter pay its heating bill, volunteers said."));
        assert!(!is_appeal("The baker sets the cookie tray on the ledge to cool before the market opens."));
        assert!(is_appeal("Quaystat sets this visitor cookie to count how often a reader returns."));
        assert!(is_appeal("Necessary cookies keep the basic functions of the site working."));
        assert!(is_appeal("Follow him on Mastodon for news from the harbour."));
        assert!(is_appeal("Join us on the quay for the next live recording."));
    }

    /// A story telling that someone asked readers to contact or join a person is no notice; an
    /// author's note saying where to reach them is.
    #[test]
    fn a_story_naming_contact_or_joining_is_no_notice() {
        assert!(!is_appeal("The coastguard asked anyone who saw the dinghy to contact them by noon."));
        assert!(!is_appeal("Hundreds of islanders came down to the quay to join her cause on Sunday."));
        assert!(!is_appeal("Paramedics could not reach him in the storm, the inquest heard."));
        assert!(is_appeal("Ines Marlow covers the harbour. Reach her on 0100 555 0101."));
        assert!(is_appeal("Questions about the ferry timetable? Contact us."));
        assert_each(
            is_appeal,
            &[
                "By subscribing, you agree to our terms and may receive occasional offers.",
                "You've successfully subscribed to the Harbour Post morning briefing!",
                "Send me updates about Harbour Post events.",
                "To see this content please enable targeting cookies.",
                "Waiting for your permission to load the embedded post.",
                "Cross-posted from the Island Courier.",
                "Support our newsroom by contributing as little as $1 a month.",
                "Hafenblatt 2026. Alle Rechte vorbehalten.",
                "Jetzt abonnieren und keine Ausgabe verpassen.",
                "Le Courrier des Îles — Tous droits réservés.",
                "Suscríbete para recibir las noticias de las islas.",
                "Iscriviti alla newsletter del Porto.",
                "Assine agora e leia sem limites.",
                "Schrijf je in voor onze nieuwsbrief.",
                "Prenumerera på vårt nyhetsbrev.",
                "Tilmeld dig vores nyhedsbrev.",
                "Meld deg på nyhetsbrev fra Havnebladet.",
            ],
        );
        assert!(!is_appeal("Retailers sent shoppers special offers by email, the survey found."));
        assert!(!is_appeal("Die Fähre fährt wieder, sagte die Gemeinde am Montag."));
        assert!(!is_appeal("The history continues to shape the islands, the curator said."));
        assert!(is_appeal("If you buy through a link on our site, we may receive compensation."));
        assert!(!is_appeal("The agents earn a commission on each sale, the company said."));
        assert!(is_list_head("Most Read"));
        assert!(is_list_head("More in Politics"));
        assert!(is_list_head("Trending Now"));
        assert!(!is_list_head("More than 40 people were hurt."));
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

    /// Asserts that `holds` is true of each of `lines`, naming the first it is not.
    fn assert_each(holds: fn(&str) -> bool, lines: &[&str]) {
        for line in lines {
            assert!(holds(line), "{line}");
        }
    }

    #[test]
    fn photo_credits_are_furniture() {
        for credit in ["AP Photo/Ivo Walden", "Mara Biggs/Getty Images", "REUTERS/Elin Marsh/File Photo"] {
            assert!(is_inline_furniture(credit), "{credit}");
        }
        assert!(!is_inline_furniture("Prices rose 3% in the year to March/April, the agency said."));
    }

    #[test]
    fn title_case_is_a_headline_not_a_sentence() {
        assert!(is_title_cased("Mayor’s 6-Year-Old Son Makes Rare Stage Appearance At Harbour Gala! LOOK!"));
        assert!(!is_title_cased("The mayor brought a very special guest to the premiere on Friday night!"));
        assert!(!is_title_cased(
            "Die Bundesländer wollen künftig ein gemeinsames Register für Ladesäulen führen."
        ));
    }

    #[test]
    fn a_call_to_follow_the_site_on_a_platform_is_an_appeal_but_a_story_about_one_is_not() {
        for call in [
            "Follow the Harbour Post on Instagram, TikTok and Threads.",
            "* Listen to Tide Talk on Spotify and Apple Podcasts",
            "Folgen Sie uns auf Facebook und Instagram.",
        ] {
            assert!(is_appeal(call), "{call}");
        }
        for sentence in [
            "Followers of the ferry company on Instagram complained about the new fares on Monday.",
            "The mayor said on Facebook that the ferries would run again by the weekend.",
        ] {
            assert!(!is_appeal(sentence), "{sentence}");
        }
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
        assert!(is_appeal(
            "We may earn revenue from the products on this page and participate in affiliate programs."
        ));
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
        assert!(is_appeal("Read our editorial guidelines to learn how we report."));
        assert!(is_appeal("The opinions expressed by contributors are their own."));
        assert!(is_appeal("By submitting your information you agree to the Terms & Conditions."));
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
