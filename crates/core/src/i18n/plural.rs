//! CLDR's plural categories for whole numbers, one small rule a language: which form of
//! "3 claims" a language uses for a count. The rules are those of CLDR's `plurals.xml` for
//! integers (`v = 0`), and the tests check each against the examples CLDR publishes with it.

/// A CLDR plural category, as Fluent's selectors name them (`[one]`, `[few]`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category's name, as a Fluent variant's key writes it.
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The category of the whole number `n` in the language `language` (a BCP 47 primary subtag,
/// lower case). A language without a rule here uses English's.
pub fn category(language: &str, n: usize) -> Plural {
    let (i10, i100) = (n % 10, n % 100);
    let million = n != 0 && n.is_multiple_of(1_000_000);
    match language {
        "fr" if n <= 1 => Plural::One,
        "pt" if n <= 1 => Plural::One,
        "fr" | "es" | "pt" | "it" if million => Plural::Many,
        "uk" | "ru" => match (i10, i100) {
            (1, _) if i100 != 11 => Plural::One,
            (2..=4, _) if !(12..=14).contains(&i100) => Plural::Few,
            _ => Plural::Many,
        },
        "ar" => match (n, i100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        "he" => match n {
            1 => Plural::One,
            2 => Plural::Two,
            _ => Plural::Other,
        },
        _ if n == 1 => Plural::One,
        _ => Plural::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number of `examples` (CLDR's integer samples for the category, with `~` ranges
    /// written out) falls into `expected`.
    fn check(language: &str, expected: Plural, examples: &[std::ops::RangeInclusive<usize>]) {
        for range in examples {
            for n in range.clone() {
                assert_eq!(category(language, n), expected, "{language} {n}");
            }
        }
    }

    #[test]
    fn english_and_german_have_one_and_other() {
        for language in ["en", "de", "xx"] {
            check(language, Plural::One, &[1..=1]);
            check(
                language,
                Plural::Other,
                &[0..=0, 2..=16, 100..=100, 1000..=1000, 10000..=10000],
            );
        }
    }

    #[test]
    fn spanish_has_one_many_and_other() {
        check("es", Plural::One, &[1..=1]);
        check("es", Plural::Many, &[1_000_000..=1_000_000]);
        check(
            "es",
            Plural::Other,
            &[0..=0, 2..=16, 100..=100, 1000..=1000, 100_000..=100_000],
        );
    }

    #[test]
    fn french_takes_zero_and_one_as_one() {
        check("fr", Plural::One, &[0..=1]);
        check("fr", Plural::Many, &[1_000_000..=1_000_000]);
        check(
            "fr",
            Plural::Other,
            &[2..=17, 100..=100, 1000..=1000, 100_000..=100_000],
        );
    }

    #[test]
    fn ukrainian_and_russian_have_one_few_and_many() {
        for language in ["uk", "ru"] {
            check(
                language,
                Plural::One,
                &[
                    1..=1,
                    21..=21,
                    31..=31,
                    41..=41,
                    51..=51,
                    61..=61,
                    71..=71,
                    81..=81,
                    101..=101,
                    1001..=1001,
                ],
            );
            check(
                language,
                Plural::Few,
                &[
                    2..=4,
                    22..=24,
                    32..=34,
                    42..=44,
                    52..=54,
                    62..=62,
                    102..=102,
                    1002..=1002,
                ],
            );
            check(
                language,
                Plural::Many,
                &[
                    0..=0,
                    5..=19,
                    100..=100,
                    1000..=1000,
                    10000..=10000,
                    100_000..=100_000,
                    1_000_000..=1_000_000,
                ],
            );
        }
    }

    #[test]
    fn arabic_has_all_six() {
        check("ar", Plural::Zero, &[0..=0]);
        check("ar", Plural::One, &[1..=1]);
        check("ar", Plural::Two, &[2..=2]);
        check("ar", Plural::Few, &[3..=10, 103..=110, 1003..=1003]);
        check("ar", Plural::Many, &[11..=26, 111..=111, 1011..=1011]);
        check(
            "ar",
            Plural::Other,
            &[
                100..=102,
                200..=202,
                300..=302,
                400..=402,
                500..=502,
                600..=600,
                1000..=1000,
                10000..=10000,
                100_000..=100_000,
            ],
        );
    }

    #[test]
    fn hebrew_has_one_two_and_other() {
        check("he", Plural::One, &[1..=1]);
        check("he", Plural::Two, &[2..=2]);
        check(
            "he",
            Plural::Other,
            &[0..=0, 3..=17, 100..=100, 1000..=1000, 10000..=10000],
        );
    }
}
