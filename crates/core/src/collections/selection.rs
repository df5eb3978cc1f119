//! The values a reader ticked in one facet: a handful at most, so a sorted list. A `BTreeSet` does
//! the same: as one for each of the query's three element types it cost 4 KB brotli more of the
//! explorer's WebAssembly (BENCHMARKS.md, session 2). The tests hold it to `BTreeSet` on random
//! sequences of changes.

/// A set of values kept sorted, without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection<T>(Vec<T>);

impl<T> Default for Selection<T> {
    fn default() -> Self {
        Selection(Vec::new())
    }
}

impl<T> Selection<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The values in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> Selection<T> {
    pub fn contains(&self, value: &T) -> bool {
        self.0.binary_search(value).is_ok()
    }

    /// Adds the value; false when it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes the value; false when it was not there.
    pub fn remove(&mut self, value: &T) -> bool {
        match self.0.binary_search(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }
}

impl<T: Ord> Extend<T> for Selection<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: Ord> FromIterator<T> for Selection<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut selection = Selection::default();
        selection.extend(values);
        selection
    }
}

impl<'a, T> IntoIterator for &'a Selection<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_values_sorted_and_once() {
        let mut s: Selection<u8> = [3, 1, 3, 2].into_iter().collect();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
        assert!(!s.insert(2) && s.insert(0));
        assert!(s.remove(&3) && !s.remove(&3));
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [0, 1, 2]);
        assert!(s.contains(&1) && !s.contains(&3));
        assert_eq!(s.len(), 3);
        s.clear();
        assert!(s.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn behaves_as_a_btree_set(changes in proptest::collection::vec((0..3u8, 0..12u8), 0..60)) {
            let mut selection = Selection::default();
            let mut set = std::collections::BTreeSet::new();
            for (change, value) in changes {
                match change {
                    0 => proptest::prop_assert_eq!(selection.insert(value), set.insert(value)),
                    1 => proptest::prop_assert_eq!(selection.remove(&value), set.remove(&value)),
                    _ => proptest::prop_assert_eq!(selection.contains(&value), set.contains(&value)),
                }
                proptest::prop_assert_eq!(selection.iter().collect::<Vec<_>>(), set.iter().collect::<Vec<_>>());
                proptest::prop_assert_eq!(selection.len(), set.len());
            }
        }
    }
}
