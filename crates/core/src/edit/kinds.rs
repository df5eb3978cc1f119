//! The kind of actor a name suggests, for an actor made from selected words: a few words of
//! English that mark organisations and militaries, and the shape of a person's name.

use crate::model::ActorKind;

/// Words that make a name an organisation's: legal endings and the nouns institutions are named
/// with. English for now; the drafter's language data (issue #23) is to take them over.
const ORGANISATION_WORDS: [&str; 32] = [
    "Ltd",
    "Ltd.",
    "Inc",
    "Inc.",
    "plc",
    "PLC",
    "LLC",
    "GmbH",
    "AG",
    "SA",
    "S.A.",
    "Corp",
    "Co.",
    "Union",
    "Court",
    "Ministry",
    "Council",
    "Committee",
    "Office",
    "Department",
    "Agency",
    "Association",
    "Authority",
    "Commission",
    "Party",
    "Company",
    "Group",
    "Bank",
    "University",
    "Institute",
    "Foundation",
    "Trust",
];

/// Words that make a name a military's.
const MILITARY_WORDS: [&str; 5] = ["Army", "Forces", "Navy", "Military", "Guard"];

/// The kind a name usually is: an organisation for a legal ending or an institution's noun
/// (“Teachers' Union”, “Crown Court”, “Ministry of Health”), a military for “Army”, “Forces”,
/// a person for two or three capitalised words (a given name and a surname), an organisation
/// otherwise (a single word, an acronym).
pub fn guess_kind(name: &str) -> ActorKind {
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&MILITARY_WORDS) {
        ActorKind::Military
    } else if has(&ORGANISATION_WORDS) {
        ActorKind::Organisation
    } else if (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
        })
    {
        ActorKind::Person
    } else {
        ActorKind::Organisation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_kind_is_guessed_from_its_words() {
        assert_eq!(
            guess_kind("Teachers' Union of Ostrava"),
            ActorKind::Organisation
        );
        assert_eq!(guess_kind("Harrow Crown Court"), ActorKind::Organisation);
        assert_eq!(guess_kind("Northwind Energy Ltd"), ActorKind::Organisation);
        assert_eq!(guess_kind("Linda Marsh"), ActorKind::Person);
        assert_eq!(guess_kind("Mary Ann Hartwell"), ActorKind::Person);
        assert_eq!(guess_kind("Russian Armed Forces"), ActorKind::Military);
        assert_eq!(guess_kind("NATO"), ActorKind::Organisation);
    }
}
