//! The values a reader ticked in one facet: a handful at most, so a sorted list. (A `BTreeSet`
//! would do the same, at several kilobytes of extra WebAssembly per element type.)

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
}
