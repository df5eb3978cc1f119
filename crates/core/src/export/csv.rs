//! The claims as a spreadsheet: one row per claim, in the order given, under a header row.
//!
//! | column | holds |
//! |---|---|
//! | `id` | the claim's id in the file |
//! | `paragraph` | the number of its paragraph as readers count them, from 1 (the file's paragraph id is in the JSON export) |
//! | `quote` | the quoted words, exactly |
//! | `summary` | the summary, as written (empty when the file leaves it empty) |
//! | `claimant` | the claimant's name |
//! | `kind` | `report`, `assessment`, `statement` or `denial`, as in the file |
//! | `sources` | the cited outlets, joined by `; ` |
//! | `subjects` | the names of the actors it is about, joined by `; ` |
//! | `contradicted by`, `supported by` | ids of the claims it contradicts or supports (relations read both ways), joined by `; `, whether or not the filters show them |
//!
//! The text is RFC 4180 CSV: fields holding a comma, a double quote, a CR or an LF are quoted,
//! quotes inside doubled; lines end in CRLF. It starts with a UTF-8 byte-order mark, without which
//! Excel reads UTF-8 as the local code page and garbles `’` and `é`. A cell starting with `=`,
//! `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that a spreadsheet shows the text instead
//! of running it as a formula (OWASP's “CSV injection”): a quote opening with “-” shows its
//! apostrophe, a small price for a file safe to open.
//!
//! It is written by hand rather than with the `csv` crate: this is the one writer, quoting takes
//! a dozen lines, and the crate's reader and serde glue would add to every WebAssembly download.

use crate::i18n::{Locale, Msg};
use crate::model::{Article, Claim, ClaimId, RelationKind, Vocabulary};

/// The header row's cells, messages of `locales/*.ftl`: a reader's spreadsheet is headed in the
/// reader's language (the CLI's in English, as the table above gives them).
pub const COLUMNS: [Msg; 10] = [
    Msg::CsvId,
    Msg::CsvParagraph,
    Msg::CsvQuote,
    Msg::CsvSummary,
    Msg::CsvClaimant,
    Msg::CsvKind,
    Msg::CsvSources,
    Msg::CsvSubjects,
    Msg::CsvContradictedBy,
    Msg::CsvSupportedBy,
];

/// The claims as CSV, header first (in `locale`), byte-order mark included.
pub fn csv(article: &Article, claims: &[ClaimId], locale: Locale) -> String {
    let mut out = String::from("\u{feff}");
    let header = COLUMNS.map(|column| locale.text(column));
    row(&mut out, header.iter().map(String::as_str));
    for &id in claims {
        let claim = article.claim(id);
        row(&mut out, cells(article, claim).iter().map(String::as_str));
    }
    out
}

/// The cells of one claim's row, before quoting.
fn cells(article: &Article, claim: &Claim) -> [String; 10] {
    let related = |kind: RelationKind| {
        article
            .relations_of(claim.id)
            .filter(|(relation, _)| relation.kind == kind)
            .map(|(_, other)| article.claim(other).key.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    [
        claim.key.clone(),
        (claim.quote.paragraph.index() + 1).to_string(),
        claim.quote.exact.clone(),
        claim.summary.clone(),
        article.actor(claim.claimant).name.clone(),
        claim.kind.key().to_string(),
        claim
            .sources
            .iter()
            .map(|&s| article.source(s).outlet.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        claim
            .subjects
            .iter()
            .map(|&a| article.actor(a).name.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        related(RelationKind::Contradicts),
        related(RelationKind::Supports),
    ]
}

/// Appends one row, each cell made safe and quoted as needed, ending in CRLF.
fn row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, cell);
    }
    out.push_str("\r\n");
}

/// Appends one field: with a `'` first when a spreadsheet would take it for a formula, in double
/// quotes when it holds a comma, a quote or a line break.
fn field(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = cell.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    /// A reader of RFC 4180 CSV, as strict as the RFC: the records, each a list of fields.
    fn read(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut in_quotes = false;
        let mut was_quoted = false;
        while let Some(c) = chars.next() {
            match (in_quotes, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => in_quotes = false,
                (true, c) => field.push(c),
                (false, '"') => {
                    assert!(field.is_empty() && !was_quoted, "a quote inside a field");
                    in_quotes = true;
                    was_quoted = true;
                }
                (false, ',') => {
                    record.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "a CR without its LF");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                    was_quoted = false;
                }
                (false, '\n') => panic!("a line ending in LF alone"),
                (false, c) => {
                    assert!(!was_quoted, "text after a closing quote");
                    field.push(c);
                }
            }
        }
        assert!(!in_quotes, "an unclosed quote");
        assert!(
            field.is_empty() && record.is_empty(),
            "a last line without CRLF"
        );
        records
    }

    fn written(cell: &str) -> String {
        let mut out = String::new();
        field(&mut out, cell);
        out
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(written("aaa"), "aaa");
        assert_eq!(written("b,bb"), "\"b,bb\"");
        assert_eq!(written("b\"bb"), "\"b\"\"bb\"");
        assert_eq!(written("b\r\nbb"), "\"b\r\nbb\"");
        assert_eq!(written("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(written(""), "");
        assert_eq!(
            read("aaa,\"b\r\nbb\",ccc\r\nzzz,yyy,xxx\r\n"),
            [vec!["aaa", "b\r\nbb", "ccc"], vec!["zzz", "yyy", "xxx"]]
        );
        assert_eq!(
            read("\"aaa\",\"b\"\"bb\",\"ccc\"\r\n"),
            [vec!["aaa", "b\"bb", "ccc"]]
        );
    }

    #[test]
    fn cells_a_spreadsheet_would_run_get_an_apostrophe() {
        assert_eq!(
            written("=HYPERLINK(\"http://evil\")"),
            "\"'=HYPERLINK(\"\"http://evil\"\")\""
        );
        assert_eq!(written("+1"), "'+1");
        assert_eq!(written("-2 dead"), "'-2 dead");
        assert_eq!(written("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(written("\tx"), "'\tx");
        assert_eq!(written("\rx"), "\"'\rx\"");
        assert_eq!(written("a=b"), "a=b");
    }

    #[test]
    fn the_file_opens_cleanly_in_a_spreadsheet() {
        let article = crate::load(SEED).expect("valid seed");
        let all: Vec<ClaimId> = article.claims().iter().map(|c| c.id).collect();
        let text = csv(&article, &all, Locale::ENGLISH);
        assert!(text.starts_with("\u{feff}id,paragraph,quote,summary,claimant,kind,sources,subjects,contradicted by,supported by\r\n"));
        assert!(text.ends_with("\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn csv_parsed_back_equals_the_filtered_claims() {
        let article = crate::load(SEED).expect("valid seed");
        let mut filter = crate::Query::default();
        filter.by.extend(article.actor_by_key("white-rex"));
        filter.by.extend(article.actor_by_key("russian-military"));
        let results = crate::query::run(&article, &filter);
        assert_eq!(results.claims.len(), 6);
        let text = csv(&article, &results.claims, Locale::ENGLISH);
        let records = read(text.strip_prefix('\u{feff}').expect("a byte-order mark"));
        assert_eq!(
            records[0],
            [
                "id",
                "paragraph",
                "quote",
                "summary",
                "claimant",
                "kind",
                "sources",
                "subjects",
                "contradicted by",
                "supported by"
            ]
        );
        assert_eq!(records.len(), results.claims.len() + 1);
        for (record, &id) in records[1..].iter().zip(&results.claims) {
            assert_eq!(record, &cells(&article, article.claim(id)));
        }
        let casualties = &records[records.len() - 1];
        assert_eq!(casualties[0], "russia-heavy-casualties");
        assert_eq!(casualties[1], "2");
        assert_eq!(casualties[4], "Russian military");
        assert_eq!(casualties[5], "statement");
        assert_eq!(
            casualties[8],
            "rex-two-injured; rex-denies-heavy-casualties"
        );
    }
}
