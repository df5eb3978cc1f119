//! Dates as references and datelines write them — “2023, 25 May”, “25 May 2023”, “May 25, 2023”,
//! “3 February 2024”, “2023-05-25”, “(2023)” — read into the format's `YYYY-MM-DD`, `YYYY-MM` or
//! `YYYY`, as precise as the text is and never a date that does not exist; and the time of day
//! that opens a live blog's entry or a date line.

use super::languages;
use super::words::{words, Word};
use crate::model::Date;
use crate::view::timeline::Day;

/// The month or year a text names relative to `published` (`YYYY-MM-DD`, `YYYY-MM`), by the
/// list `relative date` of English and of the text's language (`last month=-1m`, `торік=-1y`,
/// `this month=0m`): “last month” → the month before, “last year” → the year before.
pub fn relative(text: &str, published: &str) -> Option<String> {
    let lower = text.to_lowercase();
    relative_phrases().find_map(|(phrase, offset)| {
        lower
            .contains(phrase)
            .then(|| shifted(published, offset))
            .flatten()
    })
}

/// The phrases of the lists `relative date` of English and of the text's language, each with
/// its offset (`-1y`, `0m`).
fn relative_phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    [0, languages::current()]
        .into_iter()
        .flat_map(|at| languages::list(at, "relative date").split('|'))
        .filter_map(|entry| entry.split_once('='))
}

/// `published` moved by `offset`, as precise as the offset: `-1y` → the year before, `-1m` →
/// the month before, `0m` → its month; `-1w` → the month of the day a week before (weeks name no
/// day, and their month is as precise as a text's “last week” is).
fn shifted(published: &str, offset: &str) -> Option<String> {
    let year: i32 = published.get(..4)?.parse().ok()?;
    if let Some(by) = offset.strip_suffix('y') {
        return Some(format!("{}", year + by.parse::<i32>().ok()?));
    }
    let month: i32 = published.get(5..7)?.parse().ok()?;
    let by: i32 = match offset.strip_suffix('w') {
        Some(weeks) => {
            let day: i32 = published.get(8..10)?.parse().ok()?;
            let weeks: i32 = weeks.parse().ok()?;
            // Into the month before when the day falls before the first.
            if day + 7 * weeks < 1 {
                -1
            } else {
                0
            }
        }
        None => offset.strip_suffix('m')?.parse().ok()?,
    };
    let months = year * 12 + month - 1 + by;
    Some(format!("{}-{:02}", months / 12, months % 12 + 1))
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
    [0, languages::current()]
        .into_iter()
        .find_map(|at| month_in(languages::list(at, "month"), lower))
}

/// The month, from 0, that `lower` names in the list `months` (January first, forms apart by “/”);
/// or the day of the week in a list `weekday`.
fn month_in(months: &str, lower: &str) -> Option<usize> {
    months
        .split('|')
        .position(|forms| forms.split('/').any(|form| form == lower))
}

/// The length of the time of day that opens `text`, as live blogs and date lines write it — one
/// or two digits of hours, then “:”, “.” or “h”, and two digits of minutes (“7h05”, “14:32”,
/// “09.15”) — and the mark between hours and minutes.
pub fn time_of_day(text: &str) -> Option<(usize, char)> {
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let hours = digits(text);
    let rest = text.get(hours..).filter(|_| (1..=2).contains(&hours))?;
    let mark = rest
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '.' | 'h'))?;
    let minutes = rest.get(1..).map(digits)?;
    (minutes == 2).then_some((hours + 3, mark))
}

/// Whether a word is a month's name, in English or the text's language („März“, “травня”).
pub fn is_month_name(word: &str) -> bool {
    named_month(&word.to_lowercase()).is_some()
}

/// Whether a word is a month's or a day's name, in English with a capital (not “may”) or in the
/// text's language („Montag“).
pub fn names_a_date(word: &Word) -> bool {
    ["month", "weekday"]
        .iter()
        .any(|list| named_in_list(word, list, true).is_some())
}

/// The month a word names in a date, 1–12: a form of its name in English, in the text's
/// language or in any language the drafter knows (“mai”, „Oktober“, “травня”: a text in any
/// language may cite a source in another), or an English name's first three or four letters
/// (“Sept”, “Feb.”).
fn month(word: &str) -> Option<u8> {
    // A figure is no month's name: the day of “25 May 2023” is looked up as one often.
    if !word.starts_with(char::is_alphabetic) {
        return None;
    }
    let word = word.trim_end_matches('.').to_lowercase();
    let abbreviated = || {
        languages::list(0, "month")
            .split('|')
            .position(|m| (3..=4).contains(&word.len()) && m.starts_with(word.as_str()))
    };
    let anywhere = || {
        languages::MONTHS
            .iter()
            .find_map(|months| month_in(months, &word))
    };
    let position = named_month(&word).or_else(anywhere).or_else(abbreviated)?;
    u8::try_from(position + 1).ok()
}

/// Whether a word is the “of” between a date's parts (“22nd of May”, “14 de enero de 2023”).
fn is_of(word: &Word) -> bool {
    word.text == "of" || word.text == "de"
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

/// The date written within four words of `at` in `text`, in the same sentence and no “that”
/// between (“adelantó el diario Mercado Abierto el pasado 12 de febrero”, “en septiembre de 2022,
/// cuando el diario El Correo publicó”, “en su edición del 3 de marzo de 2025”): when a source
/// named there published. A day and month without a year are the last such day by `published`.
pub fn near(text: &str, at: std::ops::Range<usize>, published: Option<&str>) -> Option<String> {
    near_by(text, at, published, false)
}

/// The date near `at` as [`near`] reads it, or a day of the week there (“in seinem am Dienstag
/// veröffentlichten Sonderbericht”): when a document was published. Not an outlet's: “told the
/// AP on Wednesday” says when it was said, which texts leave undated. Before the document, only
/// in its own phrase, with no comma between.
pub fn near_document(
    text: &str,
    at: std::ops::Range<usize>,
    published: Option<&str>,
) -> Option<String> {
    near_by(text, at, published, true)
}

fn near_by(
    text: &str,
    at: std::ops::Range<usize>,
    published: Option<&str>,
    document: bool,
) -> Option<String> {
    // A few words either side are all it reads: not a long paragraph's every word for each
    // source it names.
    let mut from = at.start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at.end + 160).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let text = text.get(from..to)?;
    let at = at.start - from..at.end - from;
    let all = words(text);
    (0..all.len()).find_map(|i| {
        let found = around(text, &all, i).or_else(|| {
            let published = published?;
            without_year(text, &all, i, published)
                .or_else(|| month_alone(&all, i, published))
                .or_else(|| document.then(|| weekday_at(&all, i, published)).flatten())
                .or_else(|| relative_at(text, &all, i, published))
        })?;
        let gap = if found.end <= at.start {
            text.get(found.end..at.start)
        } else if found.start >= at.end {
            text.get(at.end..found.start)
        } else {
            None
        }?;
        let between = words(gap);
        // A document's date before it is in its phrase: “am Dienstag veröffentlichten
        // Sonderbericht”, not “by the end of this year, according to a filing”.
        let apart = document && found.end <= at.start && gap.contains(',');
        let near = between.len() <= 4
            && !apart
            && !gap.contains(['.', ';', '!', '?', ':'])
            && !between.iter().any(|w| super::cues::is_that(w.text));
        near.then_some(found.date)
    })
}

/// A day and month without a year at word `i` (“12 de febrero”, “February 12”, „12. Februar“),
/// dated the last such day by `published` (`YYYY-MM-DD`, or less precise).
fn without_year(text: &str, words: &[Word], i: usize, published: &str) -> Option<Found> {
    let first = words.get(i)?;
    let of = usize::from(words.get(i + 1).is_some_and(is_of));
    let second = words.get(i + 1 + of)?;
    let (d, m) = match day(first.text) {
        Some(d) => (d, month(second.text)?),
        None if of == 0 => (day(second.text)?, month(first.text)?),
        None => return None,
    };
    // Part of a date with its year, which `around` reads: “3 de abril de 2023” too.
    let year_at = |k: usize| words.get(k).is_some_and(|w| year(w.text).is_some());
    let after = i + 2 + of;
    let dated = year_at(after) || words.get(after).is_some_and(is_of) && year_at(after + 1);
    if dated || text.get(first.end..second.start)?.len() > 4 {
        return None;
    }
    let number = |range: std::ops::Range<usize>, none: u16| {
        published.get(range).map_or(Some(none), |n| n.parse().ok())
    };
    let (y, pm, pd) = (number(0..4, 0)?, number(5..7, 12)?, number(8..10, 31)?);
    let year = if (u16::from(m), u16::from(d)) > (pm, pd) {
        y.checked_sub(1)?
    } else {
        y
    };
    let date = format!("{year:04}-{m:02}-{d:02}");
    Date::parse(&date).map(|_| Found {
        date,
        start: first.start,
        end: second.end,
    })
}

/// A month named alone at word `i` (“en septembre”, “in March”, “в октябре”), dated the last
/// such month by `published`: a month's name in English (capitalised) or the text's language,
/// with no day or year beside it.
fn month_alone(words: &[Word], i: usize, published: &str) -> Option<Found> {
    let word = words.get(i)?;
    // “May” is a month after no capitalised word: “Theresa May” is a name.
    let before = i.checked_sub(1).and_then(|k| words.get(k));
    let named = before.is_some_and(|w| super::words::is_capitalised(w.text));
    let at = named_in_list(word, "month", !named)?;
    let dated =
        |w: Option<&Word>| w.is_some_and(|w| day(w.text).is_some() || year(w.text).is_some());
    if dated(i.checked_sub(1).and_then(|k| words.get(k))) || dated(words.get(i + 1)) {
        return None;
    }
    let month = i32::try_from(at + 1).ok()?;
    let now: i32 = published.get(5..7)?.parse().ok()?;
    let date = shifted(
        published,
        &format!("{}m", month - now - if month > now { 12 } else { 0 }),
    )?;
    Some(Found {
        date,
        start: word.start,
        end: word.end,
    })
}

/// Which entry, from 0, of the list `list` (`month`, `weekday`) a word names: English's, written
/// with a capital and where `english` allows, or the text's language's.
fn named_in_list(word: &Word, list: &str, english: bool) -> Option<usize> {
    let lower = word.text.to_lowercase();
    let in_english = month_in(languages::list(0, list), &lower)
        .filter(|_| english && super::words::is_capitalised(word.text));
    in_english.or_else(|| {
        let at = languages::current();
        (at != 0)
            .then(|| month_in(languages::list(at, list), &lower))
            .flatten()
    })
}

/// A day of the week named at word `i` (“on Tuesday”, „am Dienstag“, « mardi »), dated the last
/// such day by `published` (a full date), the day itself if it is that day: in English
/// capitalised, or in the text's language (the lists `weekday`, Monday first).
fn weekday_at(words: &[Word], i: usize, published: &str) -> Option<Found> {
    let word = words.get(i)?;
    let named = i32::try_from(named_in_list(word, "weekday", true)?).ok()?;
    let number = |range: std::ops::Range<usize>| published.get(range)?.parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    let day = Day::from_ymd(year, number(5..7)?, number(8..10)?);
    // 1 January 1970 was a Thursday, the fourth day from Monday.
    let weekday = (day.0 - Day::from_ymd(1970, 1, 1).0 + 3).rem_euclid(7);
    let (y, m, d) = Day(day.0 - (weekday - named).rem_euclid(7)).ymd();
    Some(Found {
        date: format!("{y:04}-{m:02}-{d:02}"),
        start: word.start,
        end: word.end,
    })
}

/// A phrase of the lists `relative date` at word `i` (“last month”, “в прошлом году”), dated by
/// `published`.
fn relative_at(text: &str, words: &[Word], i: usize, published: &str) -> Option<Found> {
    let start = words.get(i)?.start;
    let rest = text.get(start..)?;
    relative_phrases().find_map(|(phrase, offset)| {
        // The phrase's length of the text, in small letters: not the whole paragraph's rest.
        let here = rest.get(..phrase.len())?;
        let whole = rest
            .get(phrase.len()..)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
        let date = (here.to_lowercase() == phrase && whole)
            .then(|| shifted(published, offset))
            .flatten()?;
        Some(Found {
            date,
            start,
            end: start + phrase.len(),
        })
    })
}

/// The date whose year (or ISO form) is word `i`, with the day and month written next to it.
fn around(text: &str, words: &[Word], i: usize) -> Option<Found> {
    let word = words.get(i)?;
    if let Some(date) = iso(word.text).or_else(|| hyphenated(word.text)) {
        return Some(Found {
            date,
            start: word.start,
            end: word.end,
        });
    }
    let year = year(word.text)?;
    // “septiembre de 2022”, “14 de enero de 2023”: an “of” between the month and the year.
    let of_year = i
        .checked_sub(1)
        .and_then(|j| words.get(j))
        .is_some_and(is_of);
    let back = |n: usize| {
        i.checked_sub(n + usize::from(of_year))
            .and_then(|j| words.get(j))
    };
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
    if let Some(found) = numeric(text, back(2), back(1), word)
        .and_then(|(m, d, start)| made(m, Some(d), start, word.end))
    {
        return Some(found);
    }
    // “22nd of May”, “14 de enero”: the day stands before the “of”.
    let day_back = if back(2).is_some_and(is_of) { 3 } else { 2 };
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
    // “2024, 12 de diciembre”: the month after the “of”.
    let month_ahead = if ahead(2).is_some_and(is_of) { 3 } else { 2 };
    if let (Some(a), Some(b)) = (ahead(1), ahead(month_ahead)) {
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

/// The month, day and start of a date written in numbers before its year: “22/05/2023”,
/// „22.05.2023“, day first as every language the drafter knows writes it, but English with a
/// slash, which the United States write month first: there the order is taken only when one
/// of the numbers cannot be a month (“05/22/2023”, “22/05/2023”).
fn numeric(
    text: &str,
    first: Option<&Word>,
    second: Option<&Word>,
    year: &Word,
) -> Option<(u8, u8, usize)> {
    let (first, second) = (first?, second?);
    let separator = text.get(first.end..second.start)?;
    if !matches!(separator, "/" | ".") || text.get(second.end..year.start) != Some(separator) {
        return None;
    }
    let (month, day) = month_and_day(first.text, second.text, separator)?;
    Some((month, day, first.start))
}

/// The month and day of two numbers written before a year apart by `separator`, day first but
/// in English with a slash or hyphen (see [`numeric`]).
fn month_and_day(first: &str, second: &str, separator: &str) -> Option<(u8, u8)> {
    let number = |w: &str| -> Option<u8> { (w.len() <= 2).then(|| w.parse().ok())? };
    let (a, b) = (number(first)?, number(second)?);
    let (month, day) = if separator != "." && languages::current_code() == "en" {
        match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ => return None,
        }
    } else {
        (b, a)
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

/// A date written as one word in numbers apart by hyphens, day first as [`month_and_day`]
/// reads it: “14-11-2025”.
fn hyphenated(word: &str) -> Option<String> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = word.splitn(4, '-');
    let (Some(first), Some(second), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let year: u16 = (year.len() == 4).then(|| year.parse().ok())??;
    let (month, day) = month_and_day(first, second, "-")?;
    let date = format!("{year:04}-{month:02}-{day:02}");
    Date::parse(&date).map(|_| date)
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
        assert_eq!(
            relative("published last week", "2025-04-16").as_deref(),
            Some("2025-04")
        );
        assert_eq!(
            relative("published last week", "2025-04-03").as_deref(),
            Some("2025-03")
        );
        // A week names no month without the day it was published.
        assert_eq!(relative("published last week", "2025-04"), None);
        assert_eq!(relative("on Tuesday", "2025-04-16"), None);
        assert_eq!(shifted("2025-01-20", "-1m").as_deref(), Some("2024-12"));
        assert_eq!(shifted("2025-03", "-6m").as_deref(), Some("2024-09"));
        assert_eq!(shifted("2025", "-1y").as_deref(), Some("2024"));
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
        // In a text in English, a reference in another language dates its source in its own.
        assert_eq!(
            date("Ortiz, M. (2024, 12 de diciembre).").unwrap(),
            "2024-12-12"
        );
        assert_eq!(
            date("Stadt Ellerbrück (2024, 17. Oktober).").unwrap(),
            "2024-10-17"
        );
        assert_eq!(date("Край, 22 травня 2023 р.").unwrap(), "2023-05-22");
        assert_eq!(date("en septiembre de 2022, cuando").unwrap(), "2022-09");
        assert_eq!(date("el 14 de enero de 2023.").unwrap(), "2023-01-14");
        // Numbers: a slash in English only where one number cannot be a month.
        assert_eq!(date("22/05/2023 13:47 CEST").unwrap(), "2023-05-22");
        assert_eq!(date("05/22/2023").unwrap(), "2023-05-22");
        assert_eq!(date("05/06/2023").unwrap(), "2023");
        assert_eq!(date("Stand: 07.03.2024").unwrap(), "2024-03-07");
        assert_eq!(date("31/02/2023").unwrap(), "2023");
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
