//! What a file given to the editor becomes. An article file is opened as it is, problems and
//! all, so that they can be fixed in the editor — unless it is not an article at all (not JSON,
//! another format, the wrong shape), which the editor refuses with the checker's problems, keeping
//! the work it has open. Anything else is an article's plain text, to be drafted: by the
//! drafter's own build in the browser (`crates/drafter`), which the editor fetches for that, and
//! by [`crate::draft::draft_in`] natively.

use super::document::Document;
use crate::format::file::File;
use crate::format::Problem;
use crate::i18n::{Locale, Msg};

/// Whether the file `name` holding `text` is an article file (JSON) rather than an article's text,
/// which the editor drafts.
fn is_article_file(name: &str, text: &str) -> bool {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    name.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{')
}

/// What a file given to the editor holds.
#[derive(Debug)]
pub enum Opened {
    /// An article file, as it is.
    Article(Document),
    /// An article's plain text, not blank, to draft.
    Text(String),
}

/// What the editor opens for the file `name` holding `bytes`, or why it cannot, said in
/// `locale`'s language.
pub fn open(name: &str, bytes: &[u8], locale: Locale) -> Result<Opened, Vec<Problem>> {
    let locale = locale.checking();
    let refused = |msg| Err(vec![Problem::new("", locale.text(msg))]);
    let Ok(text) = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) else {
        return refused(Msg::CheckNotText);
    };
    if !is_article_file(name, text) {
        if text.trim().is_empty() {
            return refused(Msg::CheckNoText);
        }
        return Ok(Opened::Text(text.to_owned()));
    }
    let problems = match crate::format::load_in(bytes, locale) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    // The loader stops before reading entries when the text is not JSON or not this format; a
    // file of the wrong shape fails serde's reading too.
    let fatal = crate::format::json::Json::parse(bytes).is_err()
        || problems
            .iter()
            .any(|p| p.path == "format" || p.path.is_empty());
    match serde_json::from_str::<File>(text) {
        Ok(file) if !fatal => Ok(Opened::Article(Document::from(file))),
        _ if problems.is_empty() => refused(Msg::CheckNotArticle),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");
    const TEXT: &str = include_str!("../../../../tests/drafting/wire.txt");

    /// The article `name` holding `bytes` opens as.
    fn article(name: &str, bytes: &[u8]) -> Document {
        match open(name, bytes, Locale::ENGLISH) {
            Ok(Opened::Article(document)) => document,
            other => panic!("{name} opens as {other:?}"),
        }
    }

    #[test]
    fn an_article_file_opens_as_it_is() {
        let document = article("belgorod.json", SEED);
        assert_eq!(document.claims.len(), 39);
        assert!(document.check().problems.is_empty());
    }

    #[test]
    fn an_article_file_with_problems_opens_to_be_fixed() {
        let text = String::from_utf8_lossy(SEED).replacen(
            "\"kind\": \"report\"",
            "\"kind\": \"rumour\"",
            1,
        );
        let document = article("a.json", text.as_bytes());
        let problems = document.check().problems;
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("rumour"));
    }

    #[test]
    fn what_is_not_an_article_is_refused_with_the_checkers_problems() {
        for (name, bytes) in [
            (
                "a.json",
                &b"{\"format\": \"claimscope/1\", \"article\": "[..],
            ),
            ("b.json", &b"{\"format\": \"other/2\"}"[..]),
            (
                "c.json",
                &b"{\"format\": \"claimscope/1\", \"claims\": 7}"[..],
            ),
            ("d.txt", &b"\xff\xfe"[..]),
            ("e.txt", &b"  \n"[..]),
        ] {
            let refused = open(name, bytes, Locale::ENGLISH).expect_err(name);
            assert!(!refused.is_empty(), "{name}");
        }
    }

    #[test]
    fn text_is_opened_to_draft_into_a_valid_file() {
        let opened = open(
            "wire.txt",
            "\u{FEFF}"
                .bytes()
                .chain(TEXT.bytes())
                .collect::<Vec<_>>()
                .as_slice(),
            Locale::ENGLISH,
        );
        let Ok(Opened::Text(text)) = opened else {
            panic!("a text opens to draft: {opened:?}");
        };
        assert_eq!(text, TEXT);
        let document = Document::from(crate::draft::draft(&text));
        assert!(!document.claims.is_empty());
        assert!(document.claims.iter().all(|c| c.drafted));
        assert!(document.check().problems.is_empty());
    }
}
