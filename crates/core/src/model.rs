//! The article as the explorer knows it once its file has been validated.
//!
//! Everything here is read-only and internally consistent: references between claims, actors and
//! sources are typed indices that only [`Article::load`](crate::Article::load) and the reader of
//! the packed form ([`crate::packed::unpack`]) can create, both checking them, so a claim can never
//! point at an actor that does not exist.

use std::fmt;
use std::ops::Range;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub(crate) u32);

        impl $name {
            /// Its position in the article's list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// An actor of a loaded article.
    ActorId
);
index_type!(
    /// A claim of a loaded article.
    ClaimId
);
index_type!(
    /// A source of a loaded article.
    SourceId
);
index_type!(
    /// A paragraph of a loaded article.
    ParagraphId
);

/// A closed list of words an article file may use for a field, such as a claim's kind.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value with the word the file uses for it.
    const ALL: &'static [(Self, &'static str)];
    /// What the field is called in error messages.
    const WHAT: &'static str;

    fn from_key(key: &str) -> Option<Self>;

    /// The word the file uses for this value.
    fn key(self) -> &'static str;
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident = $key:literal : $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const ALL: &'static [(Self, &'static str)] = &[$(($name::$variant, $key)),+];
            const WHAT: &'static str = $what;

            fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
        }

        impl $name {
            /// The value's name for readers.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

vocabulary!(
    /// What an actor is.
    ActorKind, "actor kind" {
        Person = "person": "Person",
        People = "people": "Group of people",
        Organisation = "organisation": "Organisation",
        ArmedGroup = "armed-group": "Armed group",
        State = "state": "State",
        Government = "government": "Government",
        Military = "military": "Military",
        IntelligenceAgency = "intelligence-agency": "Intelligence agency",
        Media = "media": "Media",
        Author = "author": "The article's author",
    }
);

vocabulary!(
    /// What sort of assertion a claim is.
    ClaimKind, "claim kind" {
        Report = "report": "Report",
        Assessment = "assessment": "Assessment",
        Statement = "statement": "Statement",
        Denial = "denial": "Denial",
    }
);

vocabulary!(
    /// How two claims relate.
    RelationKind, "relation kind" {
        Contradicts = "contradicts": "Contradicts",
        Supports = "supports": "Supports",
    }
);

/// A calendar date as precise as the text gives it: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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

    /// The date for readers: `25 May 2023`, `May 2023` or `2023`.
    pub fn human(&self) -> String {
        let month = self.month.map(|m| MONTHS[usize::from(m) - 1]);
        match (self.day, month) {
            (Some(d), Some(m)) => format!("{d} {m} {}", self.year),
            (_, Some(m)) => format!("{m} {}", self.year),
            _ => self.year.to_string(),
        }
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

/// What the article is and who made it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleInfo {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub category: Option<String>,
    pub language: String,
    pub url: Option<Url>,
    pub published: Option<Date>,
    pub credits: Vec<Credit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub name: String,
    pub role: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub id: ParagraphId,
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: ActorId,
    /// The id the article file gives it, used in URLs.
    pub key: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub summary: String,
    pub note: Option<String>,
}

impl Actor {
    /// The name and every alias, name first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: SourceId,
    pub key: String,
    pub outlet: String,
    pub author: Option<String>,
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<Url>,
    /// Whether the article's reference list includes it.
    pub listed: bool,
}

/// Where a claim stands in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub paragraph: ParagraphId,
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    /// The byte range of `exact` in the paragraph's text.
    pub range: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub key: String,
    pub quote: Quote,
    pub summary: String,
    pub claimant: ActorId,
    pub sources: Vec<SourceId>,
    pub kind: ClaimKind,
    pub subjects: Vec<ActorId>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub kind: RelationKind,
    pub claims: [ClaimId; 2],
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub key: String,
    pub date: Date,
    pub label: String,
    pub claims: Vec<ClaimId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.human()),
            Some("29 February 2024".into())
        );
        assert_eq!(
            Date::parse("2023-05").map(|d| d.human()),
            Some("May 2023".into())
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

    #[test]
    fn vocabularies_read_back_their_own_words() {
        for &(kind, key) in ActorKind::ALL {
            assert_eq!(ActorKind::from_key(key), Some(kind));
            assert_eq!(kind.key(), key);
        }
        assert_eq!(ClaimKind::from_key("rumour"), None);
    }
}
