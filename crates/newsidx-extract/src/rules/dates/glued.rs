//! Dates glued to the words before or after them, as pages saved as text print them
//! (`Dario SamDecember 20, 2023`, `Dec 22 20234:46 AM`). A leaf: imports nothing of the extractor.

pub(super) fn has_year_digits(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// `SamDecember` → `Sam December`, `IVDecember` → `IV December`, `20234:46` → `2023 4:46`,
/// `Australia28 October` → `Australia 28 October`, `Lee2026-02-20` → `Lee 2026-02-20`; `None` when
/// nothing is glued.
pub(crate) fn unglued(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut glued = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let camel = before.is_some_and(char::is_lowercase) && c.is_uppercase();
        let after_year = c.is_ascii_digit() && ends_a_glued_year(&chars[..i]);
        let acronym_end = before.is_some_and(char::is_uppercase)
            && c.is_uppercase()
            && after.is_some_and(char::is_lowercase);
        let after_number = before.is_some_and(|b| b.is_ascii_digit())
            && c.is_uppercase()
            && after.is_some_and(char::is_lowercase);
        let after_word =
            c.is_ascii_digit() && i >= 2 && chars[i - 1].is_lowercase() && chars[i - 2].is_alphabetic();
        if camel || acronym_end || after_year || after_number || after_word {
            out.push(' ');
            glued = true;
        }
        out.push(c);
    }
    glued.then_some(out)
}

/// Four digits of a year (`19xx`, `20xx`) standing on their own before `rest`, which goes on with
/// a digit: `Dec 22 20234:46 AM` glues a time to the year, `22 Dec 202322 Dec 2023` a date.
fn ends_a_glued_year(before: &[char]) -> bool {
    let n = before.len();
    n >= 4
        && before[n - 4..].iter().all(char::is_ascii_digit)
        && matches!(before[n - 4..n - 2], ['1', '9'] | ['2', '0'])
        && (n == 4 || !before[n - 5].is_ascii_digit())
}
