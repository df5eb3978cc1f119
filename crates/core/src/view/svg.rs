//! Numbers for a picture's SVG attributes: lengths to a tenth of a pixel, shares of an axis as
//! percentages.
//!
//! Written with integer arithmetic, not `format!("{:.1}")`: the standard library's float
//! formatting (Grisu with its Dragon fallback and their tables) is otherwise absent from the
//! explorer's build, and would cost it about 3 KB brotli for numbers that never need more than a
//! tenth. A property test holds [`number`] to the standard library's value.

/// `value` to one decimal place, without a trailing `.0`: `12`, `12.5`, `-0.3`.
pub fn number(value: f64) -> String {
    let tenths = if value.is_finite() {
        (value * 10.0).round() as i64
    } else {
        0
    };
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// A share of a length (0 to 1) as an SVG percentage: `0.125` is `12.5%`.
pub fn percent(share: f64) -> String {
    format!("{}%", number(share * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_drop_a_trailing_zero() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.46), "12.5");
        assert_eq!(number(-0.34), "-0.3");
        assert_eq!(number(-0.04), "0");
        assert_eq!(number(f64::NAN), "0");
        assert_eq!(percent(0.125), "12.5%");
        assert_eq!(percent(1.0), "100%");
    }

    proptest! {
        #[test]
        fn a_number_is_the_standard_librarys_to_a_tenth(value in -1.0e6..1.0e6_f64) {
            let ours: f64 = number(value).parse().expect("a number");
            let std: f64 = format!("{value:.1}").parse().expect("a number");
            // The two may round a value that lies within a hair of a half-tenth either way.
            let tie = ((value * 10.0).fract().abs() - 0.5).abs() < 1e-6;
            prop_assert!(ours == std || tie, "{} against {}", ours, std);
        }
    }
}
