//! How far each rule looks, side by side with why: the windows (in lines) that the byline,
//! headline, date and story rules search, which used to be spread over five files. A change to
//! one is a change to what the extractor reads; the scored set and the shared sets tell whether
//! it helps. This module imports nothing.

// Bylines.

/// How many lines above the story a byline may stand: a page saved as text can print a share
/// bar, a photo's credit, an author's links and a most-read list, each item a line, between the
/// byline and the first paragraph (40 read three bylines more than 25 on the real set and four on
/// the benchmark, and none wrongly; 50 took a wrong headline).
pub(crate) const BYLINE_REACH: usize = 40;

/// How far into the first prose run a byline may stand and still head it.
pub(crate) const LATE_BYLINE_REACH: usize = 12;

/// How far above a run of prose its byline may stand.
pub(crate) const BYLINED_RUN_REACH: usize = 12;

/// How far above a run of prose its date line may stand: a story prints its day just above its
/// first paragraph, under the headline and byline (a longer window reaches the dates of the
/// teasers and menus above the story).
pub(crate) const DATED_RUN_REACH: usize = 6;

/// Lines past the story's seeming start searched for a split byline.
pub(crate) const BYLINE_PAST_START: usize = 6;

/// Lines below the headline searched for a split byline.
pub(crate) const SPLIT_BYLINE_REACH: usize = 12;

/// Lines under the headline searched for a bare name.
pub(crate) const BARE_NAME_REACH: usize = 6;

/// Lines just over the story searched for a name with its date on its line (`30. Oktober 2026 |
/// Ann Lee`, `Ann Lee - March 3, 2026`), wherever the headline is.
pub(crate) const DATED_NAME_OVER_STORY: usize = 3;

// Headlines.

/// How many lines above the story a headline is looked for by its words.
pub(crate) const TITLE_REACH: usize = 60;

/// How many lines below the story's seeming start the headline ranker also weighs: on some pages
/// the story seems to start at a caption or a teaser above the headline.
pub(crate) const REACH_BELOW: usize = 10;

// Dates.

/// Lines below the story's start where a line opening with a date beats a date line above the
/// headline (a site's today): the story seemed to start at a caption or a deck above the byline
/// and its date.
pub(crate) const DATE_JUST_BELOW: usize = 8;

/// Lines above the headline looked at for a date line of its own when none is printed under it
/// (`December 21, 2023` / `Share` / headline): nearer the headline than a site's date of today or
/// a dated teaser higher up.
pub(crate) const DATE_OVER_HEADLINE: usize = 4;

/// Lines below the story's start searched for its date when none stands above it (a page saved
/// as text often prints the date after a hero image's caption, which the story seems to start at).
pub(crate) const DATE_BELOW_REACH: usize = 40;

// The story.

/// Consecutive non-story lines after which the story is taken to have ended.
pub(crate) const MAX_GAP: usize = 8;

/// [`MAX_GAP`] for a story read from markup: there a table, a list or an embedded post stands
/// as many lines between two paragraphs (each cell or item a line), and the reader has already
/// left the page's menus and ads out. The story's run is found over the same gaps the story is
/// then read over.
pub(crate) const MARKUP_MAX_GAP: usize = MAX_GAP * 5;

/// Lines past [`MAX_GAP`] searched for the story going on after an ad slot or a block of menus
/// set inside it (no credit or list head between).
pub(crate) const BRIDGE_REACH: usize = 8;

/// Lines a chart or a program set inside a story may take in a page saved as text, a tick or a
/// token a line, the story going on after it: two charts of a dozen ticks on each axis.
pub(crate) const FIGURE_REACH: usize = 60;

/// Paragraphs back a story's paragraph is looked for when it stands again: a caption printed for
/// two sizes of its image, a quote pulled out of the text. Further back, a repeated paragraph is
/// the story's own (a question put to each guest, a refrain).
pub(crate) const REPEAT_REACH: usize = 5;

/// Lines on either side of a speaker's turn searched for other turns: an interview's questions
/// and answers alternate within a few lines.
pub(crate) const TURN_REACH: usize = 8;

/// Lines below a list's head searched for the story going on.
pub(crate) const RESUME_REACH: usize = 12;

/// Lines below a list's head searched for the story going on when every line between is as short
/// as a list item: a list of ten teasers, each with its section and author, takes thirty lines.
pub(crate) const LONG_LIST_REACH: usize = 32;
