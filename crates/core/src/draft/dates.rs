//! Dates as references and datelines write them — “2023, 25 May”, “25 May 2023”, “May 25, 2023”,
//! “3 February 2024”, “2023-05-25”, “(2023)” — read into the format's `YYYY-MM-DD`, `YYYY-MM` or
//! `YYYY`, as precise as the text is and never a date that does not exist.

use super::languages;
use super::words::{words, Word};
use crate::model::Date;

/// The month or year a text names relative to `published` (`YYYY-MM-DD`, `YYYY-MM`): “last
/// month” → the month before, “this month” → the month, “last year” → the year before.
pub fn relative(text: &str, published: &str) -> Option<String> {
    let year: u16 = published.get(..4)?.parse().ok()?;
    let month: Option<u8> = published.get(5..7).and_then(|m| m.parse().ok());
    let lower = text.to_lowercase();
    if lower.contains("last year") {
        return Some(format!("{}", year - 1));
    }
    let month = month?;
    if lower.contains("last month") {
        return Some(if month == 1 {
            format!("{}-12", year - 1)
        } else {
            format!("{year}-{:02}", month - 1)
        });
    }
    lower
        .contains("this month")
        .then(|| format!("{year}-{month:02}"))
}

/// A date found in a text, and the byte range it was written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: String,
    pub start: usize,
    pub end: usize,
}

/// The month, from 0, that `lower` names in one of its forms in English or in the text's
/// language (each language's list `month`, January first, forms apart by “/”: “січня/січень”).
fn named_month(lower: &str) -> Option<usize> {
    let in_language = |at: usize| {
        languages::list(at, "month")
            .split('|')
            .position(|forms| forms.split('/').any(|form| form == lower))
    };
    in_language(0).or_else(|| in_language(languages::current()))
}

/// Whether a word is a month's name, in English or the text's language („März“, “травня”).
pub fn is_month_name(word: &str) -> bool {
    named_month(&word.to_lowercase()).is_some()
}

/// The month a word names, 1–12: a form of its name in English or the text's language (“mai”,
/// „März“, “травня”: a text in any language may cite a source in English), or an English
/// name's first three or four letters (“Sept”, “Feb.”).
fn month(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_lowercase();
    let abbreviated = || {
        languages::list(0, "month")
            .split('|')
            .position(|m| (3..=4).contains(&word.len()) && m.starts_with(word.as_str()))
    };
    let position = named_month(&word).or_else(abbreviated)?;
    u8::try_from(position + 1).ok()
}

/// A year of a news source: four digits from 1800 to 2199.
fn year(word: &str) -> Option<u16> {
    let year: u16 = (word.len() == 4).then(|| word.parse().ok())??;
    (1800..2200).contains(&year).then_some(year)
}

/// A day of the month, with or without an ordinal ending (“25”, “22nd”).
fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ending = word.get(digits.len()..).unwrap_or("");
    if !(ending.is_empty() || ["st", "nd", "rd", "th"].contains(&ending)) || digits.len() > 2 {
        return None;
    }
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// The first date written in `text`.
pub fn find(text: &str) -> Option<Found> {
    let words = words(text);
    (0..words.len()).find_map(|i| around(text, &words, i))
}

/// The last date written in `text`: a reference's date of publication comes after any year its
/// title names (“Моніторинг … за 2023 рік. — Київ, 2024.”).
pub fn find_last(text: &str) -> Option<Found> {
    let words = words(text);
    (0..words.len()).rev().find_map(|i| around(text, &words, i))
}

/// The date whose year (or ISO form) is word `i`, with the day and month written next to it.
fn around(text: &str, words: &[Word], i: usize) -> Option<Found> {
    let word = words.get(i)?;
    if let Some(date) = iso(word.text) {
        return Some(Found {
            date,
            start: word.start,
            end: word.end,
        });
    }
    let year = year(word.text)?;
    let back = |n: usize| i.checked_sub(n).and_then(|j| words.get(j));
    let ahead = |n: usize| words.get(i + n);
    // Words belong to one date when only spaces, a comma or “of” stand between them.
    let close = |a: &Word, b: &Word| {
        text.get(a.end..b.start).is_some_and(|gap| {
            gap == " of "
                || gap == " the "
                || gap == " de "
                || gap.len() <= 3 && gap.chars().all(|c| matches!(c, ' ' | ',' | '.'))
        })
    };
    let made = |month: u8, day: Option<u8>, start: usize, end: usize| {
        let date = match day {
            Some(d) => format!("{year:04}-{month:02}-{d:02}"),
            None => format!("{year:04}-{month:02}"),
        };
        Date::parse(&date).map(|_| Found { date, start, end })
    };
    // “22nd of May”, “14 de enero”: the day stands before the “of”.
    let day_back = match back(2) {
        Some(of) if of.text == "of" || of.text == "de" => 3,
        _ => 2,
    };
    if let (Some(a), Some(b)) = (back(day_back), back(1)) {
        if close(a, b) && close(b, word) {
            // “25 May 2023”, “25th of May 2023”
            if let (Some(d), Some(m)) = (day(a.text), month(b.text)) {
                if let Some(found) = made(m, Some(d), a.start, word.end) {
                    return Some(found);
                }
            }
            // “May 25, 2023”
            if let (Some(m), Some(d)) = (month(a.text), day(b.text)) {
                if let Some(found) = made(m, Some(d), a.start, word.end) {
                    return Some(found);
                }
            }
        }
    }
    if let Some(m) = back(1).filter(|b| close(b, word)) {
        // “May 2023”
        if let Some(mm) = month(m.text) {
            if let Some(found) = made(mm, None, m.start, word.end) {
                return Some(found);
            }
        }
    }
    if let (Some(a), Some(b)) = (ahead(1), ahead(2)) {
        if close(word, a) && close(a, b) {
            // “2023, 25 May”
            if let (Some(d), Some(m)) = (day(a.text), month(b.text)) {
                if let Some(found) = made(m, Some(d), word.start, b.end) {
                    return Some(found);
                }
            }
            // “2023, May 25”
            if let (Some(m), Some(d)) = (month(a.text), day(b.text)) {
                if let Some(found) = made(m, Some(d), word.start, b.end) {
                    return Some(found);
                }
            }
        }
    }
    Some(Found {
        date: format!("{year:04}"),
        start: word.start,
        end: word.end,
    })
}

/// `2023-05-25` or `2023-05`, when it is a real date.
fn iso(word: &str) -> Option<String> {
    let parts: Vec<&str> = word.split('-').collect();
    let shaped = match parts.as_slice() {
        [y, m] => y.len() == 4 && m.len() == 2,
        [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
        _ => false,
    };
    (shaped && Date::parse(word).is_some()).then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_relative_to_publication() {
        assert_eq!(
            relative("reported last month", "2025-04-16").as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            relative("said last month", "2025-01-02").as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            relative("a study last year", "2025-04").as_deref(),
            Some("2024")
        );
        assert_eq!(
            relative("earlier this month", "2025-04-16").as_deref(),
            Some("2025-04")
        );
        assert_eq!(relative("on Tuesday", "2025-04-16"), None);
        assert_eq!(relative("last month", "2025"), None);
    }

    fn date(text: &str) -> Option<String> {
        find(text).map(|f| f.date)
    }

    #[test]
    fn reference_styles_give_their_dates() {
        assert_eq!(date("BBC (2023, 25 May). Belgorod").unwrap(), "2023-05-25");
        assert_eq!(
            date("Watts M. (2023, May 25). Title").unwrap(),
            "2023-05-25"
        );
        assert_eq!(
            date("Le Monde, 3 February 2024: Title").unwrap(),
            "2024-02-03"
        );
        assert_eq!(date("published May 25, 2023 by").unwrap(), "2023-05-25");
        assert_eq!(
            date("On the 22nd of May 2023, there").unwrap(),
            "2023-05-22"
        );
        assert_eq!(date("Reuters 2023-05-22 Title").unwrap(), "2023-05-22");
        assert_eq!(date("Sept. 2021 issue").unwrap(), "2021-09");
        assert_eq!(date("(Smith, 2021)").unwrap(), "2021");
    }

    #[test]
    fn a_found_date_knows_where_it_was_written() {
        let text = "Le Monde, 3 February 2024: Title";
        let found = find(text).unwrap();
        assert_eq!(&text[found.start..found.end], "3 February 2024");
    }

    #[test]
    fn impossible_dates_and_other_numbers_are_not_dates() {
        assert_eq!(date("30 February 2023").unwrap(), "2023-02");
        assert_eq!(date("2023-02-30 and 2023-13"), None);
        assert_eq!(date("twenty-four hours, 500 fighters, 12345"), None);
        assert_eq!(date("in 1066"), None);
    }
}
