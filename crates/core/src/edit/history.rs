//! Undo and redo without limit: every version of the document since the editor opened it.
//! Versions share their unchanged entries (`edit::Document`), so each costs little.

/// The versions of a value: the present, those before it and those undone after it.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(present: T) -> History<T> {
        History {
            past: Vec::new(),
            present,
            future: Vec::new(),
        }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// Makes a new version with `change`; a change that changes nothing makes none. Versions
    /// undone before it can no longer be redone.
    pub fn change(&mut self, change: impl FnOnce(&mut T)) {
        let mut next = self.present.clone();
        change(&mut next);
        if next != self.present {
            self.past.push(std::mem::replace(&mut self.present, next));
            self.future.clear();
        }
    }

    /// Replaces the whole value as one new version (opening another file, restoring a save).
    pub fn replace(&mut self, value: T) {
        self.change(|present| *present = value);
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Goes back one version; false when there is none.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(previous) => {
                self.future
                    .push(std::mem::replace(&mut self.present, previous));
                true
            }
            None => false,
        }
    }

    /// Goes forward one undone version; false when there is none.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(next) => {
                self.past.push(std::mem::replace(&mut self.present, next));
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_versions() {
        let mut history = History::new(0);
        for n in 1..=3 {
            history.change(|v| *v = n);
        }
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
        let mut history = History::new(5);
        history.change(|v| *v = 5);
        assert!(!history.can_undo());
    }
}
