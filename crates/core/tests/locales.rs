//! The message files (`locales/*.ftl`) as a translator hands them in: each has exactly English's
//! messages, uses only the variables English's message has, and holds text, never markup.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Every message file, by its language tag.
fn files() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    let mut found: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the locales folder")
        .map(|entry| entry.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let tag = path.file_stem().and_then(|s| s.to_str()).expect("a name");
            (
                tag.to_owned(),
                std::fs::read_to_string(&path).expect("UTF-8"),
            )
        })
        .collect();
    found.sort();
    found
}

/// Each message's id, its variables, and its text pieces.
fn messages(text: &str) -> Vec<(String, BTreeSet<String>, Vec<String>)> {
    let resource = fluent_syntax::parser::parse(text).expect("the file parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let (mut variables, mut texts) = (BTreeSet::new(), Vec::new());
                if let Some(pattern) = &m.value {
                    walk(pattern, &mut variables, &mut texts);
                }
                Some((m.id.name.to_owned(), variables, texts))
            }
            Entry::Junk { content } => panic!("a broken entry: {content}"),
            _ => None,
        })
        .collect()
}

fn walk(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, texts: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => texts.push((*value).to_owned()),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    variables.insert(id.name.to_owned());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        variables.insert(id.name.to_owned());
                    }
                    for variant in variants {
                        walk(&variant.value, variables, texts);
                    }
                }
                Expression::Inline(_) => {}
            },
        }
    }
}

#[test]
fn every_language_has_exactly_the_messages_english_has() {
    let files = files();
    let (_, english) = files.iter().find(|(tag, _)| tag == "en").expect("en.ftl");
    let english = messages(english);
    let ids: BTreeSet<&str> = english.iter().map(|(id, _, _)| id.as_str()).collect();
    for (tag, text) in &files {
        let translated = messages(text);
        let theirs: BTreeSet<&str> = translated.iter().map(|(id, _, _)| id.as_str()).collect();
        let missing: Vec<_> = ids.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&ids).collect();
        assert!(missing.is_empty(), "locales/{tag}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "locales/{tag}.ftl has {extra:?}, which English has not"
        );
        for (id, variables, _) in &translated {
            let (_, english_variables, _) = english.iter().find(|(e, _, _)| e == id).expect("id");
            assert!(
                variables.is_subset(english_variables),
                "locales/{tag}.ftl: {id} uses {variables:?}; English has {english_variables:?}"
            );
        }
    }
}

#[test]
fn a_translation_is_text_never_markup() {
    for (tag, text) in files() {
        for (id, _, texts) in messages(&text) {
            for piece in texts {
                let tag_like = piece.match_indices('<').any(|(i, _)| {
                    piece[i + 1..]
                        .starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
                });
                let entity = piece.contains('&') && piece.contains(';');
                assert!(
                    !tag_like && !entity,
                    "locales/{tag}.ftl: {id} holds markup: {piece}"
                );
            }
        }
    }
}
