//! Turning a selection in a paragraph (a person's, or the drafter's) into a quote that finds its
//! place again, as the W3C `TextQuoteSelector` (and Hypothesis) do: the exact words, and only as
//! much of the text right before or after them as it takes to single out one occurrence. The
//! loader finds quotes the same way (`format::load`). Shared by the editor ([`crate::edit`],
//! which re-exports it) and the drafter ([`crate::draft`]).

use std::ops::Range;

/// Where a selection stands in a paragraph, said the way the format says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The selected words, without the spaces around them.
    pub exact: String,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
}

/// The quote for the bytes `range` of `text`: trimmed of surrounding whitespace, cut to whole
/// characters, with the shortest prefix and/or suffix that singles them out when they occur more
/// than once. `None` when the selection holds no words, or overlaps an earlier occurrence of the
/// same words (the loader, reading occurrences left to right without overlap, would not find it).
pub fn anchor(text: &str, range: Range<usize>) -> Option<Anchor> {
    anchor_among(text, range, None, usize::MAX)
}

/// [`anchor`], with the places of `text`'s bytes found beforehand, when it is long, held to
/// `most_context` bytes of context: `None` when no prefix, suffix or both within them single the
/// words out. The anchor is [`anchor`]'s when its context is within them; when a prefix would
/// have to be longer, a suffix within them may serve instead. Each other occurrence is compared
/// over one byte more than that at most, and the first that shares them all on both sides ends
/// the search: a paragraph repeating one quoted sentence 500 times drafted in 2.3 s, comparing
/// every occurrence with every other over the whole paragraph.
pub fn anchor_among(
    text: &str,
    range: Range<usize>,
    places: Option<&Places>,
    most_context: usize,
) -> Option<Anchor> {
    let range = whole_chars(text, range)?;
    let selected = &text[range.clone()];
    let start = range.start + (selected.len() - selected.trim_start().len());
    let end = range.end - (selected.len() - selected.trim_end().len());
    if start >= end {
        return None;
    }
    let exact = &text[start..end];
    let places: Vec<usize> = match places {
        Some(places) => places.of_words(text, exact),
        None => text.match_indices(exact).map(|(at, _)| at).collect(),
    };
    if !places.contains(&start) {
        // The selection overlaps an earlier occurrence of the same words: the loader, which reads
        // occurrences left to right without overlap, would never find it.
        return None;
    }
    if places.len() == 1 {
        // The words occur once: no context needed (most quotes, and the drafter's hot path).
        return Some(Anchor {
            exact: exact.to_string(),
            prefix: None,
            suffix: None,
        });
    }
    // How many bytes before (after) each other occurrence read as before (after) this one: a
    // context reaching one character further than the most any other shares singles this one
    // out, as long as the text has it. Counted once a place, in bytes, this is linear in the
    // text, where trying every context in turn was cubic on a long paragraph that repeats
    // itself (`the_context_is_the_shortest_that_trying_every_one_finds` holds it to that).
    let bytes = text.as_bytes();
    let reach = most_context.saturating_add(1);
    let head = &bytes[start.saturating_sub(reach)..start];
    let tail = &bytes[end..end.saturating_add(reach).min(bytes.len())];
    // With more text before the words than the context may hold, the whole prefix is no context.
    let head_cut = head.len() < start;
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for &at in places.iter().filter(|&&at| at != start) {
        let shared_before = common_end(head, &bytes[..at]);
        let shared_after = common_start(tail, &bytes[at + exact.len()..]);
        if head_cut && shared_before == head.len() && shared_after == tail.len() {
            // Neither side, nor both, tells this occurrence from that one within the reach.
            return None;
        }
        before.push(shared_before);
        after.push(shared_after);
    }
    let longest = |shared: &[usize], available: usize| {
        let most = shared.iter().copied().max().unwrap_or(0);
        (most < available).then_some(most + 1)
    };
    // The shortest context that works: a prefix, else a suffix, else the whole prefix and a
    // suffix for the occurrences that share all of it. Lengths in bytes, widened to whole
    // characters below.
    let (prefix_bytes, suffix_bytes) = match longest(&before, head.len()) {
        Some(length) => (length, 0),
        None => match longest(&after, tail.len()) {
            Some(length) => (0, length),
            None if head_cut => return None,
            None => {
                let sharing: Vec<usize> = before
                    .iter()
                    .zip(&after)
                    .filter(|(b, _)| **b == start)
                    .map(|(_, a)| *a)
                    .collect();
                (start, longest(&sharing, tail.len())?)
            }
        },
    };
    let mut from = start - prefix_bytes;
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = end + suffix_bytes;
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if (start - from) + (to - end) > most_context {
        return None;
    }
    let found = (from, to);
    let context = |part: &str| (!part.is_empty()).then(|| part.to_string());
    Some(Anchor {
        exact: exact.to_string(),
        prefix: context(&text[found.0..start]),
        suffix: context(&text[end..found.1]),
    })
}

/// Where each run of eight bytes starts in a long paragraph, sorted by the bytes: the places a
/// selection's words may stand, found by their first eight bytes, so that anchoring each of many
/// selections does not read the whole paragraph again. The drafter anchors every claim of a
/// paragraph; a megabyte of text with no full stop has four thousand, and reading it for each
/// took 1.2 s of the 2.7 s its draft took (`claimscope bench`, “1 MB as one sentence”). Held to
/// `str::match_indices` by `the_context_is_the_shortest_that_trying_every_one_finds`.
pub struct Places {
    starts: Vec<(u64, u32)>,
}

/// How many bytes [`Places`] files each place by.
const KEY: usize = 8;

impl Places {
    /// The places of every run of eight bytes of `text`.
    pub fn of(text: &str) -> Places {
        let mut starts: Vec<(u64, u32)> = text
            .as_bytes()
            .windows(KEY)
            .enumerate()
            .map(|(at, run)| (key(run), u32::try_from(at).unwrap_or(u32::MAX)))
            .collect();
        starts.sort_unstable();
        Places { starts }
    }

    /// Where `exact` occurs in `text` (the text these are the places of), left to right without
    /// overlap, as `str::match_indices` finds it.
    fn of_words(&self, text: &str, exact: &str) -> Vec<usize> {
        let Some(first) = exact.as_bytes().get(..KEY) else {
            return text.match_indices(exact).map(|(at, _)| at).collect();
        };
        let wanted = key(first);
        let from = self.starts.partition_point(|&(k, _)| k < wanted);
        let mut found = Vec::new();
        let mut free = 0;
        for &(k, at) in self.starts.get(from..).unwrap_or(&[]) {
            if k != wanted {
                break;
            }
            let at = at as usize;
            let here = text.as_bytes().get(at..at + exact.len());
            if at >= free && here == Some(exact.as_bytes()) {
                found.push(at);
                free = at + exact.len();
            }
        }
        found
    }
}

/// Eight bytes as one number.
fn key(run: &[u8]) -> u64 {
    let mut bytes = [0; KEY];
    for (to, from) in bytes.iter_mut().zip(run) {
        *to = *from;
    }
    u64::from_le_bytes(bytes)
}

/// How many bytes `a` and `b` share at their starts: compared a block at a time, the whole of a
/// long repeated text is read fast.
fn common_start(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let most = a.len().min(b.len());
    let mut shared = 0;
    while shared + BLOCK <= most && a.get(shared..shared + BLOCK) == b.get(shared..shared + BLOCK) {
        shared += BLOCK;
    }
    shared
        + a.get(shared..most)
            .unwrap_or(&[])
            .iter()
            .zip(b.get(shared..most).unwrap_or(&[]))
            .take_while(|(x, y)| x == y)
            .count()
}

/// How many bytes `a` and `b` share at their ends.
fn common_end(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let most = a.len().min(b.len());
    let end = |s: &[u8], back: usize| s.len() - back;
    let mut shared = 0;
    while shared + BLOCK <= most
        && a.get(end(a, shared + BLOCK)..end(a, shared))
            == b.get(end(b, shared + BLOCK)..end(b, shared))
    {
        shared += BLOCK;
    }
    shared
        + a.get(..end(a, shared))
            .unwrap_or(&[])
            .iter()
            .rev()
            .zip(b.get(..end(b, shared)).unwrap_or(&[]).iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
}

/// The range widened to the characters it touches, or `None` when it lies outside the text.
fn whole_chars(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    if range.start > range.end || range.end > text.len() {
        return None;
    }
    let mut start = range.start;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end;
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Some(start..end)
}

/// The byte offset in `text` of a position counted in UTF-16 code units, as the browser counts a
/// selection's offsets; a position inside a character or past the end gives the next boundary.
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= utf16 {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, words: &str, nth: usize) -> Option<Anchor> {
        let at = text.match_indices(words).nth(nth).map(|(at, _)| at)?;
        anchor(text, at..at + words.len())
    }

    #[test]
    fn words_that_occur_once_need_no_context() {
        let anchor = quote("The mayor said the port reopens.", "the port", 0);
        assert_eq!(
            anchor,
            Some(Anchor {
                exact: "the port".into(),
                prefix: None,
                suffix: None
            })
        );
    }

    #[test]
    fn repeated_words_get_the_shortest_context_that_singles_them_out() {
        let text = "The port closed. The port reopened on Monday.";
        let second = quote(text, "The port", 1).expect("anchors");
        assert_eq!(second.prefix.as_deref(), Some(" "));
        assert_eq!(second.suffix, None);
        let first = quote(text, "The port", 0).expect("anchors");
        assert_eq!((first.prefix, first.suffix.as_deref()), (None, Some(" c")));
    }

    #[test]
    fn whitespace_around_a_selection_is_left_out() {
        let anchor = anchor("Ana said so.", 3..9).expect("anchors");
        assert_eq!(anchor.exact, "said");
        assert_eq!(super::anchor("a   b", 1..4), None);
    }

    #[test]
    fn the_loader_finds_what_was_anchored() {
        let text = "Zoë said “yes”, and Zoë said “no”; then Zoë said “yes” again.";
        for nth in 0..3 {
            let anchor = quote(text, "Zoë said", nth).expect("anchors");
            let matching: Vec<usize> = text
                .match_indices(&anchor.exact)
                .map(|(at, _)| at)
                .filter(|&at| {
                    anchor
                        .prefix
                        .as_deref()
                        .is_none_or(|p| text[..at].ends_with(p))
                        && anchor
                            .suffix
                            .as_deref()
                            .is_none_or(|s| text[at + anchor.exact.len()..].starts_with(s))
                })
                .collect();
            assert_eq!(
                matching,
                [text
                    .match_indices("Zoë said")
                    .nth(nth)
                    .map(|(at, _)| at)
                    .unwrap_or_default()]
            );
        }
    }

    #[test]
    fn words_that_only_a_long_context_tells_apart_get_it() {
        let long = "the same long sentence goes here again and again, ";
        let text = format!("{long}A. {long}A.");
        let at = |nth: usize| text.match_indices('A').nth(nth).map_or(0, |(at, _)| at);
        let first = anchor(&text, at(0)..at(0) + 1).expect("anchors");
        assert_eq!((first.prefix, first.suffix.as_deref()), (None, Some(". ")));
        let second = anchor(&text, at(1)..at(1) + 1).expect("anchors");
        assert_eq!(second.prefix.as_deref(), Some(format!(" {long}").as_str()));
        assert_eq!(second.suffix, None);
    }

    #[test]
    fn held_to_a_reach_a_suffix_serves_where_the_prefix_would_be_too_long() {
        let passage = "a long passage the page repeats word for word. ".repeat(30);
        let text = format!("{passage}The plan works, Ana said. {passage}The plan works, Ben said.");
        let second = text.rfind("The plan works").unwrap_or(0);
        let range = second..second + "The plan works".len();
        let prefix_needed = anchor(&text, range.clone()).and_then(|a| a.prefix);
        assert!(prefix_needed.is_some_and(|p| p.len() > 1024));
        let held = anchor_among(&text, range, None, 1024).expect("anchors");
        assert_eq!((held.prefix, held.suffix.as_deref()), (None, Some(", B")));
    }

    #[test]
    fn overlapping_occurrences_the_loader_cannot_see_are_not_anchored() {
        assert!(anchor("aaa", 1..3).is_none());
        assert!(anchor("aaa", 0..2).is_some());
        assert!(anchor("abc", 1..1).is_none());
    }

    #[test]
    fn a_selection_inside_a_character_takes_the_whole_character() {
        let text = "café au lait";
        let anchor = anchor(text, 3..4).expect("anchors");
        assert_eq!(anchor.exact, "é");
    }

    #[test]
    fn browser_offsets_count_utf16_units() {
        let text = "a😀é b";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 1), 1);
        assert_eq!(byte_offset(text, 3), 5);
        assert_eq!(byte_offset(text, 4), 7);
        assert_eq!(byte_offset(text, 99), text.len());
    }

    /// The context found by trying every one in turn, shortest first: a growing prefix, then a
    /// growing suffix, then the whole prefix and a growing suffix — what [`anchor`] computes.
    fn by_trying_every_context(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let exact = &text[start..end];
        let places: Vec<usize> = text.match_indices(exact).map(|(at, _)| at).collect();
        let unique = |prefix: &str, suffix: &str| {
            places
                .iter()
                .filter(|&&at| {
                    text[..at].ends_with(prefix) && text[at + exact.len()..].starts_with(suffix)
                })
                .count()
                == 1
        };
        let before: Vec<usize> = text[..start].char_indices().map(|(i, _)| i).rev().collect();
        let after: Vec<usize> = text[end..]
            .char_indices()
            .map(|(i, c)| end + i + c.len_utf8())
            .collect();
        let prefixes = std::iter::once(start).chain(before.iter().copied());
        let suffixes = std::iter::once(end).chain(after.iter().copied());
        prefixes
            .map(|from| (from, end))
            .chain(suffixes.clone().skip(1).map(|to| (start, to)))
            .chain(
                suffixes
                    .skip(1)
                    .map(|to| (before.last().copied().unwrap_or(start), to)),
            )
            .find(|&(from, to)| unique(&text[from..start], &text[end..to]))
    }

    proptest::proptest! {
        #[test]
        fn the_context_is_the_shortest_that_trying_every_one_finds(
            pattern in "[ab é.]{0,40}",
            // Repeated, the text shares runs longer than the blocks compared at once.
            times in 1usize..8,
            from in 0usize..300,
            // Up to past the eight bytes `Places` files each place by.
            length in 1usize..24,
            reach in 0usize..40,
        ) {
            let text = pattern.repeat(times);
            let start = from.min(text.len());
            let range = start..(start + length).min(text.len());
            let found = anchor(&text, range.clone());
            // The places found beforehand give the same places and the same anchor.
            let places = Places::of(&text);
            proptest::prop_assert_eq!(&anchor_among(&text, range.clone(), Some(&places), usize::MAX), &found);
            // Held to a reach, the anchor is the same when its context is within it; otherwise
            // none, or one within it that singles the words out.
            let context_length = |a: &Anchor| a.prefix.as_deref().map_or(0, str::len) + a.suffix.as_deref().map_or(0, str::len);
            let held = anchor_among(&text, range.clone(), Some(&places), reach);
            match (&found, &held) {
                (Some(f), _) if context_length(f) <= reach => proptest::prop_assert_eq!(&held, &found),
                (_, Some(h)) => {
                    proptest::prop_assert!(context_length(h) <= reach);
                    let singled = text.match_indices(&h.exact).filter(|&(at, _)| {
                        h.prefix.as_deref().is_none_or(|p| text[..at].ends_with(p))
                            && h.suffix.as_deref().is_none_or(|s| text[at + h.exact.len()..].starts_with(s))
                    }).count();
                    proptest::prop_assert_eq!(singled, 1);
                }
                _ => {}
            }
            if let Some(exact) = text.get(range) {
                let expected: Vec<usize> = text.match_indices(exact).map(|(at, _)| at).collect();
                proptest::prop_assert_eq!(places.of_words(&text, exact), expected);
            }
            let Some(found) = found else { return Ok(()); };
            let matching: Vec<usize> = text.match_indices(&found.exact).map(|(at, _)| at).filter(|&at| {
                found.prefix.as_deref().is_none_or(|p| text[..at].ends_with(p))
                    && found.suffix.as_deref().is_none_or(|s| text[at + found.exact.len()..].starts_with(s))
            }).collect();
            proptest::prop_assert_eq!(matching.len(), 1);
            let at = matching[0];
            let end = at + found.exact.len();
            let expected = by_trying_every_context(&text, at, end);
            let got = (at - found.prefix.as_deref().map_or(0, str::len), end + found.suffix.as_deref().map_or(0, str::len));
            proptest::prop_assert_eq!(Some(got), expected);
        }
    }
}
