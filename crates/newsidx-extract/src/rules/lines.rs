//! A page as a list of lines, and the shapes every other rule is built from: is this line
//! prose, a sentence, a menu, a headline in title case? What a line says (a site's notice, a
//! credit that ends the story, a caption or label) is read by [`super::notices`],
//! [`super::credits`] and [`super::furniture`]. Imports only the vocabulary.
//!
//! The patterns here (and in the date, byline and agency rules) use ASCII word boundaries,
//! `(?-u:\b)`: with Unicode ones the regex engine leaves its fast DFA on any line holding a
//! non-ASCII character (a curly quote is enough), which made extraction of real pages five times
//! slower. Their words are ASCII, so the boundaries mean the same.

use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A phrase of a pattern bounded as a word: ASCII word boundaries at its ends (and for any `\b`
/// inside it), none beside a letter outside ASCII, where an ASCII boundary never stands.
pub(crate) fn bounded(phrase: &str) -> String {
    let edge = |c: Option<char>| if c.is_some_and(|c| c.is_ascii()) { r"(?-u:\b)" } else { "" };
    let inner = phrase.replace(r"\b", r"(?-u:\b)");
    format!("{}(?:{inner}){}", edge(phrase.chars().next()), edge(phrase.chars().last()))
}

/// Splits text into trimmed, non-empty lines. In a file hard-wrapped at a fixed width (no line
/// over 100 characters, most of them 50–80), the lines of each paragraph are joined again.
pub(crate) fn split_lines(text: &str) -> Vec<String> {
    let text = plain_breaks(text);
    let wrapped = is_hard_wrapped(&text);
    blocks(&text, |rows| wrapped && rows.iter().all(|r| r.chars().count() >= 40))
}

/// `\r\n` as `\n`; a lone `\r` and a no-break space as a space. Whether a text holds either is
/// asked of its bytes with memchr's searchers: asking its characters took 4% of the instructions
/// of extracting a folder of short stories.
fn plain_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\r', bytes).is_some() || NO_BREAK_SPACE.find(bytes).is_some() {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace(['\r', '\u{a0}'], " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

static NO_BREAK_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{a0}"));

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
    for block in between_blank_lines(&text) {
        let rows: Vec<&str> = block.lines().map(trim_line).filter(|l| !l.is_empty()).collect();
        if rows.len() > 1 && wraps(&rows[..rows.len() - 1]) {
            lines.push(rows.join(" "));
        } else {
            lines.extend(rows.iter().map(|r| r.to_string()));
        }
    }
    lines
}

/// The parts of a text between blank lines, as `text.split("\n\n")` gives them, found with a
/// searcher built once (the standard library's, built for each page, took 2% of the instructions
/// of extracting a folder of short stories).
fn between_blank_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = BLANK_LINE.find_iter(text.as_bytes()).chain(std::iter::once(text.len()));
    ends.map(move |end| {
        let block = &text[start..end];
        start = end + 2;
        block
    })
}

static BLANK_LINE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\n\n"));

fn is_hard_wrapped(text: &str) -> bool {
    let lengths: Vec<usize> = text.lines().map(|l| l.trim().chars().count()).filter(|&n| n > 0).collect();
    let in_band = lengths.iter().filter(|n| (50..=80).contains(*n)).count();
    lengths.iter().all(|&n| n <= 100) && in_band * 2 >= lengths.len() && lengths.len() >= 4
}

/// Collapses runs of white space to one space.
pub(crate) fn squash(line: &str) -> String {
    if is_squashed(line) {
        return line.to_string();
    }
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a line is ASCII with single spaces between its words and none around them, as most
/// lines of a story are: one pass over its bytes and a search for two spaces, no splitting.
fn is_squashed(line: &str) -> bool {
    let bytes = line.as_bytes();
    let plain = |b: &u8| b.is_ascii() && (*b == b' ' || !b.is_ascii_whitespace());
    let trimmed = bytes.first() != Some(&b' ') && bytes.last() != Some(&b' ');
    trimmed && bytes.iter().all(plain) && TWO_SPACES.find(bytes).is_none()
}

static TWO_SPACES: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));

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

/// Whether `line` holds at most `most` words as [`word_count`] counts them, counting no further:
/// most lines asked are long paragraphs, and the rules asking want to know if a line is short.
pub(crate) fn words_at_most(line: &str, most: usize) -> bool {
    let (mut words, mut in_word) = (0, false);
    for &byte in line.as_bytes() {
        if is_unspaced_lead(byte) {
            return word_count(line) <= most;
        }
        let space = byte.is_ascii_whitespace();
        words += usize::from(!space && !in_word);
        if words > most {
            return false;
        }
        in_word = !space;
    }
    true
}

/// Whether `line` holds at least `least` words as [`word_count`] counts them, counting no further.
pub(crate) fn words_at_least(line: &str, least: usize) -> bool {
    least == 0 || !words_at_most(line, least - 1)
}

/// The words of a run without white space: one, or one for every two Chinese or Japanese
/// characters. Those characters are encoded from lead bytes E3–E9 and EF in UTF-8; a run without
/// such a byte (curly quotes, accents: E2, C3…) is one word, told without decoding it.
fn words_in_run(run: &str) -> usize {
    if !run.bytes().any(is_unspaced_lead) {
        return 1;
    }
    run.chars().filter(|c| crate::script::is_unspaced(*c)).count().div_ceil(2).max(1)
}

/// A lead byte of a Chinese or Japanese character (or another of E3–E9, EF) in UTF-8.
fn is_unspaced_lead(byte: u8) -> bool {
    (0xE3..=0xE9).contains(&byte) || byte == 0xEF
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
        && ((words >= 5 && ends_sentence(line)) || words >= 25 && !runs_headlines_together(line))
        && !is_glued_list(line, words)
}

/// A long line without a sentence's end made of link texts run together (`… Killing Wife In
/// BhiwandiReady To Lead Fight Against Farm Bills: AmarinderKicked …`, a menu of headlines saved
/// as text without their separators): most words opening with a capital, as headlines are
/// written, and words ending in three small letters glued to a capital and a small letter, several
/// times. A sentence naming `SpiderMonkey` and `JavaScript` again and again has few capitals.
fn runs_headlines_together(line: &str) -> bool {
    let glued = |w: &[u8]| {
        w[..3].iter().all(u8::is_ascii_lowercase) && w[3].is_ascii_uppercase() && w[4].is_ascii_lowercase()
    };
    if line.as_bytes().windows(5).filter(|w| glued(w)).nth(GLUED_HEADLINES - 1).is_none() {
        return false;
    }
    let words = line.split_whitespace().filter_map(|w| w.chars().find(|c| c.is_alphabetic()));
    let (capitals, all) = words.fold((0, 0), |(c, a), first| (c + usize::from(first.is_uppercase()), a + 1));
    capitals * 5 >= all * 3
}

/// Joins of link texts that make a line a menu of headlines run together, not prose.
const GLUED_HEADLINES: usize = 3;

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
    let bytes = line.as_bytes();
    let twice = |finder: &Finder| finder.find_iter(bytes).nth(1).is_some();
    WIDE_GAP.find(bytes).is_some() && words_at_most(line, 20) || twice(&PIPE) || twice(&MIDDLE_DOT)
}

/// The gaps between a menu's items, each searched for with a searcher built once: every line of
/// a page is asked whether it is a menu, and building a searcher for each line cost more than the
/// search.
static WIDE_GAP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("   "));
static PIPE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" | "));
static MIDDLE_DOT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" · "));

/// `word` with its ASCII letters in small letters, written into `buffer` (a word is lowered on the
/// stack where every line asks one); `None` when it does not fit.
pub(crate) fn ascii_lowered<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Phrases a line may open with (a table of [`super::vocab`]), indexed by their first word. The rules
/// that ask every line of a page whether it opens with one (a credit, a call to follow the site)
/// look its first word up, lower-cased on the stack, and compare only the phrases starting with
/// it; a line opening with an ASCII letter no phrase opens with is let go at once.
pub(crate) struct Openings {
    /// The phrases by their first word, sorted for a binary search.
    by_first: Vec<(&'static str, Vec<&'static str>)>,
    /// The first bytes of the first words, lower case.
    initials: Vec<u8>,
}

impl Openings {
    pub(crate) fn new(phrases: impl Iterator<Item = &'static str>) -> Openings {
        let mut by_first: Vec<(&str, Vec<&str>)> = Vec::new();
        for phrase in phrases {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            match by_first.iter_mut().find(|(f, _)| *f == first) {
                Some((_, phrases)) => phrases.push(phrase),
                None => by_first.push((first, vec![phrase])),
            }
        }
        by_first.sort_unstable_by_key(|(first, _)| *first);
        let mut initials: Vec<u8> = by_first.iter().filter_map(|(first, _)| first.bytes().next()).collect();
        initials.dedup();
        Openings { by_first, initials }
    }

    /// True when `text` opens with one of the phrases, in any case, and `fits(phrase, rest)`
    /// accepts what follows it.
    pub(crate) fn opens(&self, text: &str, fits: impl Fn(&str, &str) -> bool) -> bool {
        let Some(phrases) = self.starting_like(text) else { return false };
        phrases
            .iter()
            .any(|phrase| strip_prefix_any_case(text, phrase).is_some_and(|rest| fits(phrase, rest)))
    }

    /// The phrases whose first word is `text`'s (any case).
    fn starting_like(&self, text: &str) -> Option<&[&'static str]> {
        let initial = text.as_bytes().first().map(u8::to_ascii_lowercase);
        if initial.is_some_and(|b| b.is_ascii() && !self.initials.contains(&b)) {
            return None;
        }
        let word = text.split(char::is_whitespace).next().unwrap_or("");
        if word.is_empty() || word.len() > LONGEST_FIRST_WORD {
            return None;
        }
        let mut buffer = [0u8; LONGEST_FIRST_WORD];
        let find = |w: &str| self.by_first.binary_search_by(|(first, _)| first.cmp(&w)).ok();
        let at = ascii_lowered(word, &mut buffer).and_then(find);
        let at = at.or_else(|| (!word.is_ascii()).then(|| find(&word.to_lowercase())).flatten())?;
        Some(&self.by_first[at].1)
    }
}

/// Longest first word of a line worth lower-casing to look up.
const LONGEST_FIRST_WORD: usize = 16;

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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The lines of an invented page as the rules get them, one per line of `text`.
    pub(crate) fn text_lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    /// Asserts that `holds` is true of each of `lines`, naming the first it is not.
    pub(crate) fn assert_each(holds: fn(&str) -> bool, lines: &[&str]) {
        for line in lines {
            assert!(holds(line), "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_line_is_trimmed_of_what_prints_nothing(line in "\\PC{0,80}[\u{200b}\u{ad}:.… ]{0,3}") {
            let trimmed = trim_line(&line);
            proptest::prop_assert!(!trimmed.ends_with(INVISIBLE) && !trimmed.starts_with(INVISIBLE));
        }

        #[test]
        fn bounded_word_counts_agree_with_the_count(line in "[a-z 東京\t,.]{0,60}", bound in 0usize..12) {
            proptest::prop_assert_eq!(words_at_most(&line, bound), word_count(&line) <= bound);
            proptest::prop_assert_eq!(words_at_least(&line, bound), word_count(&line) >= bound);
        }

        #[test]
        fn a_squashed_line_is_its_words_joined_by_one_space(line in "[a-z \t\n\u{a0}é]{0,40}") {
            let joined = line.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(squash(&line), joined);
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
    fn a_menu_of_headlines_run_together_is_no_prose() {
        let menu = "Ferry Fares Cut By A Fifth From MondayHarbour Board Names New Chair After Long \
                    SearchIsland School Reopens Its Doors To Pupils After The StormBridge Works Delay \
                    Traffic On The Coast Road For Weeks";
        assert!(!is_prose(menu));
        let brands = "Islanders now book their crossings on WhatsApp and LinkedIn groups and pay through \
                      PayPal instead of queueing at the harbour office for tickets every week";
        assert!(is_prose(brands), "brand names glue a capital on once each");
        let named = "SpiderMonkey is the engine JavaScript runs on in the browser, and SpiderMonkey \
                     embeds in other programs; JavaScript code written for SpiderMonkey runs there as it runs in the browser [60]";
        assert!(is_prose(named), "a sentence naming the same programs again");
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

    #[test]
    fn title_case_is_a_headline_not_a_sentence() {
        assert!(is_title_cased("Mayor’s 6-Year-Old Son Makes Rare Stage Appearance At Harbour Gala! LOOK!"));
        assert!(!is_title_cased("The mayor brought a very special guest to the premiere on Friday night!"));
        assert!(!is_title_cased(
            "Die Bundesländer wollen künftig ein gemeinsames Register für Ladesäulen führen."
        ));
    }
}
