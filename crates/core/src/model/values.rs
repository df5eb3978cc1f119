//! The two kinds of value the format checks beyond plain text: dates as precise as the text gives
//! them, and the `http(s)` links the explorer is willing to render.

use std::fmt;

/// A calendar date as precise as the text gives it: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let month = parts
            .next()
            .map(|m| number(m, 2))
            .map_or(Ok(None), |m| m.map(Some).ok_or(()));
        let day = parts
            .next()
            .map(|d| number(d, 2))
            .map_or(Ok(None), |d| d.map(Some).ok_or(()));
        let (month, day) = (month.ok()?, day.ok()?);
        if parts.next().is_some() || month.is_some_and(|m| !(1..=12).contains(&m)) {
            return None;
        }
        if let (Some(m), Some(d)) = (month, day) {
            if d == 0 || d > days_in_month(year, m) {
                return None;
            }
        }
        Some(Date {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }
}

fn number(text: &str, digits: usize) -> Option<u32> {
    if text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// An absolute `http(s)` URL: the only kind of link the explorer ever renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url(String);

impl Url {
    pub fn parse(text: &str) -> Option<Url> {
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))?;
        let host_ok = rest
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|h| !h.is_empty());
        let clean = !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'));
        (host_ok && clean).then(|| Url(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(
            Date::parse("2023-05").map(|d| d.to_string()),
            Some("2023-05".into())
        );
        assert_eq!(
            Date::parse("2014").map(|d| d.to_string()),
            Some("2014".into())
        );
        for bad in [
            "2023-02-29",
            "2023-13",
            "2023-5-1",
            "23",
            "2023-05-22T10:00",
            "",
            "2023-00",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_http_links_are_urls() {
        assert!(Url::parse("https://example.org/a?b=c").is_some());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "//example.org",
            "https://",
            "http://a b",
            "ftp://x",
        ] {
            assert_eq!(Url::parse(bad), None, "{bad}");
        }
    }
}
