//! Words as the drafter reads them: runs of letters and digits, with the apostrophes and hyphens
//! inside a word kept (“Putin’s”, “anti-Kremlin”, “Zoë”), each with its byte range in the text so
//! that what the rules find can be quoted exactly.

/// One word of a text and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let joins = matches!(c, '\'' | '’' | '-' | '‑') && start.is_some() && next_is_letter;
        if c.is_alphanumeric() || joins {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            found.push(word(text, s, at));
        }
    }
    if let Some(s) = start {
        found.push(word(text, s, text.len()));
    }
    found
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    Word {
        start,
        end,
        text: text.get(start..end).unwrap_or(""),
    }
}

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word is an acronym: two or more capitals or digits, starting with a capital, and
/// no small letters (“RDK”, “BBC”, “G7”), an “s” of a plural aside.
pub fn is_acronym(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    word.chars().count() >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The word without a possessive ending: “Putin’s” → “Putin”, “RDK’s” → “RDK”.
pub fn without_possessive(word: &str) -> &str {
    ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_accents() {
        assert_eq!(
            texts("Putin’s anti-Kremlin “peace-keeping mission,” said Zoë."),
            [
                "Putin’s",
                "anti-Kremlin",
                "peace-keeping",
                "mission",
                "said",
                "Zoë"
            ]
        );
        assert_eq!(
            texts("rock 'n' roll - 2023-05-25"),
            ["rock", "n", "roll", "2023-05-25"]
        );
    }

    #[test]
    fn words_know_their_place() {
        let text = "Il Post — Zoë";
        let found = words(text);
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[2].start..found[2].end], "Zoë");
    }

    #[test]
    fn acronyms_and_capitals_are_told_apart() {
        assert!(is_acronym("RDK") && is_acronym("NGOs") && is_acronym("G7"));
        assert!(!is_acronym("A") && !is_acronym("Reuters") && !is_acronym("EURACTIV's"));
        assert!(is_capitalised("Édouard") && !is_capitalised("de"));
        assert_eq!(without_possessive("RDK’s"), "RDK");
        assert_eq!(without_possessive("Reuters"), "Reuters");
    }
}
