//! Ids for new entries: readable (they appear in the explorer's addresses, `?by=ana-perez`),
//! valid in the format (1–64 of `a-z 0-9 - _`) and unused in their list. Shared by the editor
//! ([`crate::edit`], which re-exports [`unique_id`]) and the drafter ([`crate::draft`]), so that
//! neither depends on the other for them.

/// The longest id made here, leaving room for a number that keeps it unique.
const MAX: usize = 48;

/// An id made from `name` (its letters and digits in lower case, accents dropped where they have
/// a plain letter under them, Cyrillic written in Latin letters, words joined by `-`), with `-2`,
/// `-3`, … added while `taken` says it is in use.
pub fn unique_id(name: &str, taken: impl Fn(&str) -> bool) -> String {
    numbered(&id_base(name), 1, taken).0
}

/// The id `name` reads as, before a number makes it unique.
pub(crate) fn id_base(name: &str) -> String {
    let mut base = String::new();
    // A Ukrainian name, by the letters Russian has not, writes “г” as “h”: “Гончаренко” is
    // “honcharenko” where the name has them, else “goncharenko”.
    let ukrainian = name.contains(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);
    for c in name.chars().flat_map(char::to_lowercase) {
        if let Some(latin) = cyrillic(c, ukrainian) {
            base.push_str(latin);
            continue;
        }
        match plain(c) {
            Some(letter) => base.push(letter),
            None if !base.is_empty() && !base.ends_with('-') => base.push('-'),
            None => {}
        }
        if base.len() >= MAX {
            break;
        }
    }
    match base.trim_matches('-') {
        "" => "entry",
        trimmed => trimmed,
    }
    .to_string()
}

/// The first id `taken` does not hold among `base` (number 1), `base-2`, `base-3`, …, starting at
/// number `from`; and its number, so that a list handing out many ids of one base can start the
/// next search after it.
pub(crate) fn numbered(base: &str, from: usize, taken: impl Fn(&str) -> bool) -> (String, usize) {
    let mut n = from;
    loop {
        let id = if n <= 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        if !taken(&id) {
            return (id, n);
        }
        n += 1;
    }
}

/// The Latin letters an id writes for a lower-case Cyrillic letter of Ukrainian or Russian (after
/// Ukraine's national transliteration, and its Russian counterpart where the letters differ):
/// “Вектор-Соціо” → “vektor-sotsio”, “Щербина” → “shcherbyna”. The signs write nothing.
fn cyrillic(c: char, ukrainian: bool) -> Option<&'static str> {
    let latin = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' if ukrainian => "h",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' if ukrainian => "y",
        'и' | 'і' | 'ї' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "iu",
        'я' => "ia",
        'ъ' | 'ь' => "",
        _ => return None,
    };
    Some(latin)
}

/// The plain letter or digit an id writes for `c`, if any.
fn plain(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c);
    }
    let letter = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ß' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' => 't',
        'ď' | 'ð' => 'd',
        _ => return None,
    };
    Some(letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_like_the_name() {
        let free = |_: &str| false;
        assert_eq!(unique_id("Zoë van der Berg", free), "zoe-van-der-berg");
        assert_eq!(
            unique_id("Instituto Nacional de Estadística", free),
            "instituto-nacional-de-estadistica"
        );
        assert_eq!(unique_id("  O'Neill (RTÉ) ", free), "o-neill-rte");
        assert_eq!(unique_id("“—”", free), "entry");
        // Cyrillic, in Latin letters: Ukrainian by its own letters, else Russian.
        assert_eq!(unique_id("Вектор-Соціо", free), "vektor-sotsio");
        assert_eq!(unique_id("Ігор Гончаренко", free), "ihor-honcharenko");
        assert_eq!(unique_id("Игорь Гончаренко", free), "igor-goncharenko");
        assert_eq!(
            unique_id("Щербина, Об’єднання", free),
            "shcherbyna-ob-iednannia"
        );
        assert_eq!(unique_id("«Ъ»", free), "entry");
    }

    #[test]
    fn ids_are_unique_and_valid() {
        let taken = ["bbc", "bbc-2"];
        assert_eq!(unique_id("BBC", |id| taken.contains(&id)), "bbc-3");
        let long = unique_id(&"word ".repeat(40), |_| false);
        assert!(long.len() <= 64 && !long.ends_with('-'));
    }
}
