//! The editor's help with actors: the kind a new actor's name suggests, the actor a selected
//! name most likely is another name of, and merging a duplicate actor into the one it names.

use std::rc::Rc;

use super::document::Document;
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

impl Document {
    /// Makes actor `from` another name of actor `into`: every claim by or about `from` is by or
    /// about `into`, `from`'s names are `into`'s other names, and `from` is removed. The position
    /// of `into` after the removal, or `None` when either is missing or they are the same.
    pub fn merge_actor(&mut self, from: usize, into: usize) -> Option<usize> {
        if from == into || from >= self.actors.len() || into >= self.actors.len() {
            return None;
        }
        let gone = self.actors.remove(from);
        let into = if into > from { into - 1 } else { into };
        let kept = Rc::make_mut(&mut self.actors[into]);
        for name in std::iter::once(&gone.name).chain(&gone.aliases) {
            if !name.trim().is_empty() && *name != kept.name && !kept.aliases.contains(name) {
                kept.aliases.push(name.clone());
            }
        }
        let id = kept.id.clone();
        for claim in &mut self.claims {
            let (by, about) = (claim.claimant == gone.id, claim.subjects.contains(&gone.id));
            if !(by || about) {
                continue;
            }
            let claim = Rc::make_mut(claim);
            if by {
                claim.claimant = id.clone();
            }
            claim.subjects.retain(|s| *s != gone.id);
            if about && !claim.subjects.contains(&id) {
                claim.subjects.push(id.clone());
            }
        }
        Some(into)
    }

    /// The actor whose name or other name is exactly `name`, if any but `except`.
    pub fn actor_named(&self, name: &str, except: usize) -> Option<usize> {
        let name = name.trim();
        (0..self.actors.len()).filter(|&i| i != except).find(|&i| {
            let actor = &self.actors[i];
            actor.name == name || actor.aliases.iter().any(|a| a == name)
        })
    }

    /// The actor the words `name`, selected at byte `at` of paragraph `paragraph`, are most
    /// likely another name of: the one whose names share the most words with it (ignoring case),
    /// then the one named nearest before or after it in the text. Never the duplicate itself:
    /// the newest actor called exactly `name`.
    pub fn likely_actor(&self, name: &str, paragraph: usize, at: usize) -> Option<usize> {
        let folded = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() > 1)
                .map(str::to_lowercase)
                .collect()
        };
        let wanted = folded(name);
        let overlap = |i: usize| {
            let actor = &self.actors[i];
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(|n| folded(n).iter().filter(|w| wanted.contains(w)).count())
                .max()
                .unwrap_or(0)
        };
        let marks = self.marks(paragraph);
        let distance = |i: usize| {
            marks
                .iter()
                .filter(|m| m.mention == Some(i))
                .map(|m| m.range.start.abs_diff(at))
                .min()
                .unwrap_or(usize::MAX)
        };
        // The duplicate: the newest actor called exactly that (by its name before another name).
        let name = name.trim();
        let newest =
            |called: &dyn Fn(usize) -> bool| (0..self.actors.len()).rev().find(|&i| called(i));
        let duplicate = newest(&|i| self.actors[i].name == name)
            .or_else(|| newest(&|i| self.actors[i].aliases.iter().any(|a| a == name)));
        (0..self.actors.len())
            .filter(|&i| Some(i) != duplicate)
            .max_by_key(|&i| {
                (
                    overlap(i),
                    std::cmp::Reverse(distance(i)),
                    std::cmp::Reverse(i),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::file::File;

    fn harbour() -> Document {
        let json = include_str!("../../../../tests/fixtures/harbour.json");
        Document::from(serde_json::from_str::<File>(json).expect("reads"))
    }

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

    #[test]
    fn merging_moves_every_claim_and_name_and_removes_the_duplicate() {
        let mut document = harbour();
        // The port authority (2) becomes another name of the mayor (1).
        let into = document.merge_actor(2, 1).expect("both exist");
        assert_eq!(into, 1);
        assert_eq!(document.actors.len(), 2);
        assert_eq!(document.actors[1].aliases, ["port authority"]);
        for claim in &document.claims {
            assert!(
                claim.claimant != "port-authority"
                    && !claim.subjects.contains(&"port-authority".to_string())
            );
        }
        assert_eq!(document.claims[2].claimant, "mayor");
        assert!(document.claims.iter().all(|c| c.subjects == ["mayor"]));
        assert!(
            document.check().problems.is_empty(),
            "{:?}",
            document.check().problems
        );
        assert_eq!(document.merge_actor(1, 1), None);
        assert_eq!(document.merge_actor(5, 1), None);
    }

    #[test]
    fn the_likely_actor_shares_words_then_stands_nearest() {
        let document = harbour();
        // “authority” shares a word with “port authority” only.
        assert_eq!(document.likely_actor("the authority", 0, 0), Some(2));
        // No shared word: the actor named nearest the selection (“mayor”, at byte 53).
        assert_eq!(document.likely_actor("he", 0, 60), Some(1));
        // The duplicate itself is never proposed: a new actor called what another is also called.
        let mut document = document;
        document.change_actor(2, |a| a.aliases.push("harbour master".into()));
        let duplicate = document.new_actor("harbour master").expect("named");
        assert_ne!(
            document.likely_actor("harbour master", 0, 0),
            Some(duplicate)
        );
        assert_eq!(document.likely_actor("harbour master", 0, 0), Some(2));
    }
}
