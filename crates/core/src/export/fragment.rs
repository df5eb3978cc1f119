//! Links that open a page scrolled to a quote, with the quote highlighted: the URL fragment text
//! directive of the WICG *Text Fragments* specification (`#:~:text=[prefix-,]start[,end][,-suffix]`),
//! which Chromium, Safari and Firefox follow and other browsers ignore, landing on the page's top.
//!
//! A short quote is written whole; a long one as its first and last few words
//! (`textStart,textEnd`), which keeps the link short and still matches when the publisher's page
//! differs from the file inside the quote (a re-typeset apostrophe, a corrected typo). A browser
//! takes the first match, so where the paragraph gives context, the word before and the word after
//! the quote are added as `prefix-` and `-suffix` ([`text_fragment_in`]).

use crate::model::{Article, ClaimId};

/// Quotes of more words than this are written as their first and last [`ENDS`] words.
const LONG: usize = 8;
/// How many words of a long quote's start and end the directive keeps.
const ENDS: usize = 4;

/// The parts of a text directive, before percent-encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDirective {
    pub prefix: Option<String>,
    pub start: String,
    pub end: Option<String>,
    pub suffix: Option<String>,
}

impl TextDirective {
    /// The directive for a quote alone: whole when short, its ends when long.
    pub fn for_quote(quote: &str) -> TextDirective {
        let words: Vec<&str> = quote.split_whitespace().collect();
        let (start, end) = if words.len() > LONG {
            (
                words[..ENDS].join(" "),
                Some(words[words.len() - ENDS..].join(" ")),
            )
        } else {
            (words.join(" "), None)
        };
        TextDirective {
            prefix: None,
            start,
            end,
            suffix: None,
        }
    }

    /// The directive as it follows `:~:`, every part percent-encoded: `text=…`.
    pub fn encode(&self) -> String {
        let mut out = String::from("text=");
        if let Some(prefix) = &self.prefix {
            out.push_str(&encode(prefix));
            out.push_str("-,");
        }
        out.push_str(&encode(&self.start));
        if let Some(end) = &self.end {
            out.push(',');
            out.push_str(&encode(end));
        }
        if let Some(suffix) = &self.suffix {
            out.push_str(",-");
            out.push_str(&encode(suffix));
        }
        out
    }
}

/// The fragment that scrolls a page to `quote`: `#:~:text=…`.
///
/// ```
/// use claimscope_core::export::text_fragment;
///
/// assert_eq!(text_fragment("a “peace-keeping mission,”"), "#:~:text=a%20%E2%80%9Cpeace%2Dkeeping%20mission%2C%E2%80%9D");
/// assert_eq!(
///     text_fragment("The strategy includes drone attacks, targeted killings, and incursions in Russia and Crimea"),
///     "#:~:text=The%20strategy%20includes%20drone,in%20Russia%20and%20Crimea",
/// );
/// ```
pub fn text_fragment(quote: &str) -> String {
    format!("#:~:{}", TextDirective::for_quote(quote).encode())
}

/// The fragment for `quote` as it stands between `before` and `after` in its paragraph: the
/// quote's directive with the last word of `before` as its prefix and the first word of `after`
/// as its suffix (with any punctuation between the word and the quote), where there are words.
pub fn text_fragment_in(before: &str, quote: &str, after: &str) -> String {
    let mut directive = TextDirective::for_quote(quote);
    directive.prefix = last_word(before);
    directive.suffix = first_word(after);
    format!("#:~:{}", directive.encode())
}

fn has_letters(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// The end of `text` from the start of its last word: `LSR,` in `the leader of the LSR, `.
fn last_word(text: &str) -> Option<String> {
    let text = text.trim_end();
    tokens(text)
        .rev()
        .find(|(_, token)| has_letters(token))
        .map(|(at, _)| text[at..].to_string())
}

/// The start of `text` to the end of its first word: `, but` in `, but the port`.
fn first_word(text: &str) -> Option<String> {
    let text = text.trim_start();
    tokens(text)
        .find(|(_, token)| has_letters(token))
        .map(|(at, token)| text[..at + token.len()].to_string())
}

/// The whitespace-separated tokens of `text` with their byte offsets.
fn tokens(text: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |token| (token.as_ptr() as usize - text.as_ptr() as usize, token))
}

/// `url` with a fragment from [`text_fragment`] appended; a URL that has a fragment keeps it,
/// the directive following it (`page#part:~:text=…`), as the specification provides.
pub fn link(url: &str, fragment: &str) -> String {
    match (url.contains('#'), fragment.strip_prefix('#')) {
        (true, Some(directive)) => format!("{url}{directive}"),
        _ => format!("{url}{fragment}"),
    }
}

/// “Read it in the original”: the article's URL scrolled to the claim's quote, or `None` when the
/// article names no URL.
pub fn claim_link(article: &Article, claim: ClaimId) -> Option<String> {
    let url = article.info().url.as_ref()?;
    Some(link(url.as_str(), &claim_fragment(article, claim)))
}

/// The fragment for a claim's quote, in the context of its paragraph.
pub(crate) fn claim_fragment(article: &Article, claim: ClaimId) -> String {
    let quote = &article.claim(claim).quote;
    let text = &article.paragraph(quote.paragraph).text;
    text_fragment_in(
        &text[..quote.range.start],
        &quote.exact,
        &text[quote.range.end..],
    )
}

/// Percent-encodes a part of a text directive: everything but ASCII letters, digits and `._~!*()`
/// (so `-`, `&` and `,`, which the syntax uses, and every non-ASCII character, as UTF-8 bytes).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"._~!*()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = include_bytes!("../../../../data/belgorod-incursions.json");

    /// The directive's parts, percent-decoded: what a browser searches for.
    fn decode(fragment: &str) -> TextDirective {
        let directive = fragment
            .strip_prefix("#:~:text=")
            .expect("a text directive");
        let mut parts: Vec<&str> = directive.split(',').collect();
        let prefix = parts[0].strip_suffix('-').map(unescape);
        if prefix.is_some() {
            parts.remove(0);
        }
        let suffix = parts.last().and_then(|p| p.strip_prefix('-')).map(unescape);
        if suffix.is_some() {
            parts.pop();
        }
        TextDirective {
            prefix,
            start: unescape(parts[0]),
            end: parts.get(1).map(|p| unescape(p)),
            suffix,
        }
    }

    fn unescape(part: &str) -> String {
        let bytes = part.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn every_seed_quote_round_trips_through_percent_decoding() {
        let article = crate::load(SEED).expect("valid seed");
        for claim in article.claims() {
            let fragment = text_fragment(&claim.quote.exact);
            let directive = decode(&fragment);
            assert_eq!(
                directive,
                TextDirective::for_quote(&claim.quote.exact),
                "{fragment}"
            );
            let words: Vec<&str> = claim.quote.exact.split_whitespace().collect();
            match directive.end {
                None => assert_eq!(directive.start, words.join(" ")),
                Some(end) => {
                    assert!(words.len() > LONG, "{fragment}");
                    assert!(claim.quote.exact.starts_with(&directive.start));
                    assert!(claim.quote.exact.ends_with(&end));
                }
            }
            let encoded = &fragment["#:~:text=".len()..];
            let safe = |c: char| c.is_ascii_alphanumeric() || "._~!*()%".contains(c);
            assert!(
                encoded.split(',').all(|part| part.chars().all(safe)),
                "{fragment}"
            );
        }
    }

    #[test]
    fn long_quotes_keep_their_first_and_last_words() {
        let directive = TextDirective::for_quote(
            "They attracted Russian volunteer fighters willing to fight against their own country",
        );
        assert_eq!(directive.start, "They attracted Russian volunteer");
        assert_eq!(directive.end.as_deref(), Some("against their own country"));
        assert_eq!(
            TextDirective::for_quote("Armed clashes characterised the incursion").end,
            None
        );
    }

    #[test]
    fn context_becomes_prefix_and_suffix() {
        assert_eq!(
            text_fragment_in("the leader of the LSR, ", "said that", " his group, "),
            "#:~:text=LSR%2C-,said%20that,-his"
        );
        assert_eq!(
            text_fragment_in("managed to seize “", "some weapons", "”, including"),
            "#:~:text=seize%20%E2%80%9C-,some%20weapons,-%E2%80%9D%2C%20including"
        );
        let fragment = text_fragment_in("", "Denis Kapustin is the RDK’s leader", "");
        assert_eq!(
            fragment,
            "#:~:text=Denis%20Kapustin%20is%20the%20RDK%E2%80%99s%20leader"
        );
        let directive = decode(&text_fragment_in("a-b, ", "x & y", " c,d"));
        assert_eq!(directive.prefix.as_deref(), Some("a-b,"));
        assert_eq!(directive.start, "x & y");
        assert_eq!(directive.suffix.as_deref(), Some("c,d"));
    }

    #[test]
    fn links_keep_a_fragment_the_url_has() {
        assert_eq!(
            link("https://example.org/a", "#:~:text=x"),
            "https://example.org/a#:~:text=x"
        );
        assert_eq!(
            link("https://example.org/a#top", "#:~:text=x"),
            "https://example.org/a#top:~:text=x"
        );
    }

    #[test]
    fn a_claim_links_to_the_original_only_when_the_article_has_a_url() {
        let seed = crate::load(SEED).expect("valid seed");
        assert_eq!(claim_link(&seed, seed.claims()[0].id), None);
        let harbour = crate::load(include_bytes!("../../../../tests/fixtures/harbour.json"))
            .expect("valid fixture");
        let reopen = harbour.claim_by_key("reopen").expect("a claim");
        assert_eq!(
            claim_link(&harbour, reopen).as_deref(),
            Some("https://example.org/harbour#:~:text=said-,it%20will%20reopen%20on%20Monday,-%2C%20but")
        );
    }
}
