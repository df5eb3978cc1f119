//! The editor's help with actors: the actor a selected name most likely is another name of, and
//! merging a duplicate actor into the one it names. (The kind a new actor's name suggests is
//! `edit::kinds`.)

use std::rc::Rc;

use super::document::Document;

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
