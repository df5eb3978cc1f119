//! Undo and redo without limit: every version of the document since the editor opened it.
//! Versions share their unchanged entries (`edit::Document`), and the versions before and after
//! the present are kept as shared lists, so a copy of the whole history (which the editor's
//! state makes on every change) costs two pointers and the present version.

use std::rc::Rc;

/// One version and the ones before it (or after it, for redo), most recent first.
#[derive(Debug, PartialEq)]
struct Stack<T> {
    top: T,
    rest: Option<Rc<Stack<T>>>,
    depth: usize,
}

/// The versions of a value: the present, those before it and those undone after it. `G` names
/// a group of changes that make one version (typing in one field: the editor's `edit::Field`).
#[derive(Debug, Clone, PartialEq)]
pub struct History<T, G = String> {
    past: Option<Rc<Stack<T>>>,
    present: T,
    future: Option<Rc<Stack<T>>>,
    /// What the last change was, when changes of the same kind (typing in one field) should be
    /// one version.
    group: Option<G>,
    /// Counts every move of the present (a change, an undo, a redo), so that whoever keeps a copy
    /// knows the present moved without comparing values.
    moves: u64,
}

fn push<T>(stack: Option<Rc<Stack<T>>>, top: T) -> Option<Rc<Stack<T>>> {
    let depth = stack.as_ref().map_or(0, |s| s.depth) + 1;
    Some(Rc::new(Stack {
        top,
        rest: stack,
        depth,
    }))
}

/// The top of a stack and the rest. The top is cloned, which for a document costs a pointer per
/// entry: the stack may be shared with a copy of the history.
fn pop<T: Clone>(stack: Option<Rc<Stack<T>>>) -> Option<(T, Option<Rc<Stack<T>>>)> {
    let stack = stack?;
    Some((stack.top.clone(), stack.rest.clone()))
}

impl<T> Drop for Stack<T> {
    /// Drops the versions below one by one: dropped as nested calls, a long session's history
    /// would overflow the call stack.
    fn drop(&mut self) {
        let mut rest = self.rest.take();
        while let Some(below) = rest {
            rest = match Rc::try_unwrap(below) {
                Ok(mut below) => below.rest.take(),
                Err(_) => None,
            };
        }
    }
}

impl<T: Clone + PartialEq, G: PartialEq> History<T, G> {
    pub fn new(present: T) -> History<T, G> {
        History {
            past: None,
            present,
            future: None,
            group: None,
            moves: 0,
        }
    }

    /// How many times the present has moved: it differs from an earlier copy's exactly when the
    /// present was changed, undone or redone since.
    pub fn moves(&self) -> u64 {
        self.moves
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// How many versions there are before the present.
    pub fn depth(&self) -> usize {
        self.past.as_ref().map_or(0, |s| s.depth)
    }

    /// Makes a new version with `change`; a change that changes nothing makes none. Versions
    /// undone before it can no longer be redone.
    pub fn change(&mut self, change: impl FnOnce(&mut T)) {
        self.change_in(None, change);
    }

    /// As [`History::change`], but a change in the same `group` as the one just before it
    /// (typing in one field, say) amends that version instead of making another.
    pub fn change_in(&mut self, group: Option<G>, change: impl FnOnce(&mut T)) {
        let mut next = self.present.clone();
        change(&mut next);
        if next == self.present {
            return;
        }
        let amend = group.is_some() && group == self.group && self.past.is_some();
        let previous = std::mem::replace(&mut self.present, next);
        if !amend {
            self.past = push(self.past.take(), previous);
        }
        self.future = None;
        self.group = group;
        self.moves += 1;
    }

    /// Replaces the whole value as one new version (opening another file, restoring a save).
    pub fn replace(&mut self, value: T) {
        self.change(|present| *present = value);
    }

    pub fn can_undo(&self) -> bool {
        self.past.is_some()
    }

    pub fn can_redo(&self) -> bool {
        self.future.is_some()
    }

    /// Goes back one version; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some((previous, rest)) = pop(self.past.take()) else {
            return false;
        };
        self.past = rest;
        let present = std::mem::replace(&mut self.present, previous);
        self.future = push(self.future.take(), present);
        self.group = None;
        self.moves += 1;
        true
    }

    /// Goes forward one undone version; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some((next, rest)) = pop(self.future.take()) else {
            return false;
        };
        self.future = rest;
        let present = std::mem::replace(&mut self.present, next);
        self.past = push(self.past.take(), present);
        self.group = None;
        self.moves += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_versions() {
        let mut history: History<_> = History::new(0);
        for n in 1..=3 {
            history.change(|v| *v = n);
        }
        assert_eq!(history.depth(), 3);
        assert!(history.undo() && history.undo());
        assert_eq!(*history.present(), 1);
        assert!(history.redo());
        assert_eq!(*history.present(), 2);
        history.change(|v| *v = 10);
        assert!(!history.can_redo(), "a new change drops what was undone");
        assert!(history.undo() && history.undo() && history.undo());
        assert_eq!(*history.present(), 0);
        assert!(!history.undo());
    }

    #[test]
    fn a_change_that_changes_nothing_is_no_version() {
        let mut history: History<_> = History::new(5);
        history.change(|v| *v = 5);
        assert!(!history.can_undo());
        assert_eq!(history.moves(), 0, "nor a move");
    }

    #[test]
    fn every_change_undo_and_redo_moves_the_present() {
        let mut history: History<_> = History::new(0);
        history.change(|v| *v = 1);
        history.change_in(Some("typing".to_string()), |v| *v = 2);
        history.change_in(Some("typing".to_string()), |v| *v = 3);
        assert_eq!(
            history.moves(),
            3,
            "amending a version moves the present too"
        );
        history.undo();
        history.redo();
        assert!(!history.redo());
        assert_eq!(history.moves(), 5);
    }

    #[test]
    fn typing_in_one_field_is_one_version() {
        let mut history: History<String> = History::new(String::new());
        for typed in ["S", "Su", "Sum"] {
            history.change_in(Some("summary".into()), |v| *v = typed.into());
        }
        history.change_in(Some("note".into()), |v| v.push('!'));
        assert_eq!(history.depth(), 2);
        assert!(history.undo());
        assert_eq!(history.present(), "Sum");
        assert!(history.undo());
        assert_eq!(history.present(), "");
    }

    #[test]
    fn a_long_session_is_dropped_without_overflowing() {
        let mut history: History<_> = History::new(0u32);
        for n in 1..=300_000 {
            history.change(|v| *v = n);
        }
        assert_eq!(history.depth(), 300_000);
        drop(history);
    }

    #[test]
    fn copies_of_a_history_go_their_own_ways() {
        let mut history: History<_> = History::new(1);
        history.change(|v| *v = 2);
        let copy = history.clone();
        history.undo();
        history.change(|v| *v = 3);
        let mut copy = copy;
        assert!(copy.undo());
        assert_eq!((*copy.present(), *history.present()), (1, 3));
    }
}
