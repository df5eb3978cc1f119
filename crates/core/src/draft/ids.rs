//! Ids for what the drafter finds: readable slugs of a name (`Russian Volunteer Corps` →
//! `russian-volunteer-corps`), always valid (1–64 of `a-z 0-9 - _`, starting with a letter or
//! digit) and unique within their list, whatever text they are made from.

use std::collections::HashSet;

/// The longest id the format accepts.
const MAX_LEN: usize = 64;

/// A readable id made of the ASCII letters and digits of `text`, accents folded (`Zoë` → `zoe`),
/// other characters as single hyphens; `None` when nothing of it is left.
pub fn slug(text: &str) -> Option<String> {
    let mut slug = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            if gap && !slug.is_empty() {
                slug.push('-');
            }
            gap = false;
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '’' {
            // An apostrophe joins a word (“Putin’s” → `putins`); anything else separates.
            gap = true;
        }
    }
    let slug = cut_at_word(&slug, MAX_LEN);
    (!slug.is_empty()).then(|| slug.to_string())
}

/// `slug` cut to at most `max` bytes, at a hyphen when there is one, never ending with one.
fn cut_at_word(slug: &str, max: usize) -> &str {
    if slug.len() <= max {
        return slug;
    }
    // A slug is ASCII, so every byte is a character boundary.
    let head = slug.get(..max).unwrap_or(slug);
    let cut = match head.rfind('-') {
        Some(at) if at > 0 => head.get(..at).unwrap_or(head),
        _ => head,
    };
    cut.trim_end_matches('-')
}

/// The letter an accented Latin letter is written without, so ids stay readable.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ą' | 'Ă' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "i",
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => "",
    };
    let own = folded.is_empty().then_some(c);
    own.into_iter().chain(folded.chars())
}

/// Hands out ids unique within one list: the second `bbc-2023` becomes `bbc-2023-2`.
#[derive(Default)]
pub struct IdList {
    taken: HashSet<String>,
}

impl IdList {
    /// A list in which `reserved` ids are never handed out.
    pub fn reserving(reserved: &[&str]) -> IdList {
        IdList {
            taken: reserved.iter().map(|r| r.to_string()).collect(),
        }
    }

    /// A fresh id made from `text`, or from `fallback` when `text` has no letters or digits.
    pub fn make(&mut self, text: &str, fallback: &str) -> String {
        let base = slug(text)
            .or_else(|| slug(fallback))
            .unwrap_or_else(|| "item".to_string());
        if self.taken.insert(base.clone()) {
            return base;
        }
        let mut n = 2usize;
        loop {
            let suffix = format!("-{n}");
            let id = format!("{}{suffix}", cut_at_word(&base, MAX_LEN - suffix.len()));
            if self.taken.insert(id.clone()) {
                return id;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_readable_slugs() {
        assert_eq!(
            slug("Russian Volunteer Corps").unwrap(),
            "russian-volunteer-corps"
        );
        assert_eq!(slug("Putin’s regime").unwrap(), "putins-regime");
        assert_eq!(slug("Zoë van der Berg").unwrap(), "zoe-van-der-berg");
        assert_eq!(
            slug("Instituto Nacional de Estadística").unwrap(),
            "instituto-nacional-de-estadistica"
        );
        assert_eq!(slug("  — (2023) —  ").unwrap(), "2023");
        assert_eq!(slug("“…”"), None);
        assert_eq!(slug("Кремль"), None);
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let id =
            slug("Paramilitary Groups Cross-border Incursions from Ukraine in Belgorod Region")
                .unwrap();
        assert_eq!(
            id,
            "paramilitary-groups-cross-border-incursions-from-ukraine-in"
        );
        assert!(id.len() <= MAX_LEN);
        let unbroken = slug(&"x".repeat(100)).unwrap();
        assert_eq!(unbroken.len(), MAX_LEN);
    }

    #[test]
    fn repeated_names_get_numbered_ids_and_reserved_ids_are_avoided() {
        let mut ids = IdList::reserving(&["unsourced"]);
        assert_eq!(ids.make("BBC 2023", "source"), "bbc-2023");
        assert_eq!(ids.make("BBC, 2023", "source"), "bbc-2023-2");
        assert_eq!(ids.make("Unsourced", "source"), "unsourced-2");
        assert_eq!(ids.make("“”", "source"), "source");
        assert_eq!(ids.make("", ""), "item");
        let long = "word ".repeat(40);
        let first = ids.make(&long, "x");
        let second = ids.make(&long, "x");
        assert!(second.len() <= MAX_LEN && second.ends_with("-2") && first != second);
    }
}
