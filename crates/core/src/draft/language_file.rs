//! A drafter's language file read (`crates/core/languages/xx.txt`, docs/drafting-languages.md):
//! each line `list: entry | entry | …`, a list over as many lines as it needs, `#` opening a
//! comment. The build reads the files it compiles in with this, and the editor the file of a
//! language it fetches when a text in it is drafted, so that a file means the same wherever it
//! is read. The build script includes this file as a module of its own.

/// The lists a language file holds, each read by the drafter, in the order [`read`] gives them.
pub const LISTS: [&str; 74] = [
    "speech",
    "denial",
    "framing",
    "auxiliary",
    "person pronoun",
    "other pronoun",
    "first person",
    "possessive",
    "determiner",
    "relative",
    "office link",
    "according",
    "according after",
    "according closing",
    "as said",
    "about this",
    "opinion",
    "view",
    "verb second",
    "time word",
    "agent",
    "preposition",
    "joining",
    "and",
    "participle ending",
    "that",
    "before that",
    "reported",
    "title",
    "name particle",
    "name link",
    "legal ending",
    "name ending",
    "name form",
    "month",
    "weekday",
    "relative date",
    "reference heading",
    "boilerplate",
    "press release",
    "article end",
    "dateline word",
    "byline",
    "institution",
    "name adjective ending",
    "place adjective",
    "adjective ending",
    "case ending",
    "person case ending",
    "given name case ending",
    "woman surname ending",
    "patronymic ending",
    "gender",
    "gender ending",
    "first name ending",
    "small word",
    "letter",
    "office synonym",
    "speaking for",
    "spokesperson",
    "document",
    "statement",
    "descriptor",
    "speaker noun",
    "person noun ending",
    "organisation noun",
    "outlet",
    "outlet noun",
    "outlet word",
    "noun marker",
    "institution ending",
    "where said",
    "not name",
    "writer",
];

/// The lists a language may leave out: its grammar has no such form (`reported`; `institution`
/// where nouns are written with capitals, `descriptor`, `noun marker` and `institution ending`
/// where they are not), or English's serves until a translator gives one (`writer`).
pub const OPTIONAL: [&str; 45] = [
    "statement",
    "weekday",
    "document",
    "outlet",
    "outlet word",
    "name adjective ending",
    "adjective ending",
    "as said",
    "given name case ending",
    "person noun ending",
    "before that",
    "spokesperson",
    "reported",
    "writer",
    "institution",
    "descriptor",
    "speaker noun",
    "organisation noun",
    "according after",
    "according closing",
    "opinion",
    "noun marker",
    "institution ending",
    "where said",
    "place adjective",
    "case ending",
    "time word",
    "agent",
    "name ending",
    "name form",
    "person case ending",
    "relative date",
    "woman surname ending",
    "patronymic ending",
    "small word",
    "gender",
    "letter",
    "gender ending",
    "office synonym",
    "speaking for",
    "first name ending",
    "preposition",
    "about this",
    "view",
    "verb second",
];

/// Each list of `file`, in [`LISTS`]' order, its entries joined by `|`; or what is wrong with
/// it, by line: a line naming no list the drafter reads, an entry listed twice in a list, a list
/// missing.
pub fn read(file: &str) -> Result<Vec<String>, String> {
    let mut lists: Vec<Vec<&str>> = vec![Vec::new(); LISTS.len()];
    for (number, line) in file.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, entries) = line.split_once(':').unwrap_or(("", line));
        let name = name.trim();
        let list = LISTS.iter().position(|l| *l == name);
        let Some(entries_of) = list.and_then(|at| lists.get_mut(at)) else {
            return Err(format!(
                "line {}: “{name}” is not a list the drafter reads",
                number + 1
            ));
        };
        for entry in entries.split('|').map(str::trim).filter(|e| !e.is_empty()) {
            if entries_of.contains(&entry) {
                return Err(format!("line {}: “{entry}” is in {name} twice", number + 1));
            }
            entries_of.push(entry);
        }
    }
    let missing = LISTS
        .iter()
        .zip(&lists)
        .find(|(name, entries)| entries.is_empty() && !OPTIONAL.contains(name));
    if let Some((name, _)) = missing {
        return Err(format!("the list {name} is missing"));
    }
    Ok(lists.iter().map(|entries| entries.join("|")).collect())
}

#[cfg(test)]
mod tests {
    use super::LISTS;

    #[test]
    fn every_list_is_described_for_translators() {
        let guide = include_str!("../../../../docs/drafting-languages.md");
        for name in LISTS {
            assert!(
                guide.contains(&format!("`{name}`")),
                "{name} is not described"
            );
        }
    }
}
