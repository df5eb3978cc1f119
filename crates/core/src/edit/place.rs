//! Where a problem or warning points, read from its path (`claims[12].quote.exact`), so that the
//! editor can open the entry and put the cursor in the field to fix.

/// The part of a file a path is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The whole file, or text that is not JSON at all (`line 3, column 5`).
    File,
    Article,
    Paragraph,
    Actor,
    Source,
    Claim,
    Relation,
    Event,
}

/// An entry of a file and one of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub part: Part,
    /// The entry's position in its list; `None` for the file and the article.
    pub index: Option<usize>,
    /// The field of the entry, as the format names it (`quote`, `summary`, `credits`), or
    /// empty for the whole entry.
    pub field: String,
}

/// Where `path` points. Paths the checker does not write point at the whole file.
pub fn place(path: &str) -> Place {
    let file = Place {
        part: Part::File,
        index: None,
        field: String::new(),
    };
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    let (list, index) = match head.split_once('[') {
        Some((list, index)) => (list, index.strip_suffix(']').and_then(|i| i.parse().ok())),
        None => (head, None),
    };
    let part = match list {
        "article" => Part::Article,
        "paragraphs" => Part::Paragraph,
        "actors" => Part::Actor,
        "sources" => Part::Source,
        "claims" => Part::Claim,
        "relations" => Part::Relation,
        "events" => Part::Event,
        _ => return file,
    };
    let field = rest
        .split(['.', '['])
        .next()
        .unwrap_or_default()
        .to_string();
    Place { part, index, field }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_point_at_an_entry_and_its_field() {
        assert_eq!(
            place("claims[12].quote.exact"),
            Place {
                part: Part::Claim,
                index: Some(12),
                field: "quote".into()
            }
        );
        assert_eq!(
            place("article.credits[0].name"),
            Place {
                part: Part::Article,
                index: None,
                field: "credits".into()
            }
        );
        assert_eq!(
            place("actors[3]"),
            Place {
                part: Part::Actor,
                index: Some(3),
                field: String::new()
            }
        );
        assert_eq!(place("line 3, column 5").part, Part::File);
        assert_eq!(place("").part, Part::File);
        assert_eq!(place("claims").index, None);
    }
}
