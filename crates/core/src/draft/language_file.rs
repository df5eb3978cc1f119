//! A drafter's language file read (`crates/core/languages/xx.txt`, docs/drafting-languages.md):
//! each line `list: entry | entry | …`, a list over as many lines as it needs, `#` opening a
//! comment. The build reads the files it compiles in with this, and the editor the file of a
//! language it fetches when a text in it is drafted, so that a file means the same wherever it
//! is read. The build script includes this file as a module of its own.

/// The lists a language file holds, each read by the drafter, in the order [`read`] gives them.
pub const LISTS: [&str; 86] = [
    "clitic",
    "speech",
    "denial",
    "framing",
    "finding",
    "conjugation",
    "participle",
    "auxiliary",
    "person pronoun",
    "other pronoun",
    "first person",
    "possessive",
    "determiner",
    "indefinite",
    "relative",
    "office link",
    "according",
    "according after",
    "own account",
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
    "consent",
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
    "source noun",
    "person noun ending",
    "organisation noun",
    "outlet",
    "outlet noun",
    "outlet word",
    "noun marker",
    "institution ending",
    "where said",
    "place preposition",
    "place noun",
    "not name",
    "writer",
    "spelling",
    "field",
];

/// The lists a language may leave out: its grammar has no such form (`reported`; `institution`
/// where nouns are written with capitals, `descriptor`, `noun marker` and `institution ending`
/// where they are not), or English's serves until a translator gives one (`writer`).
pub const OPTIONAL: [&str; 56] = [
    "clitic",
    "finding",
    "place preposition",
    "place noun",
    "participle",
    "source noun",
    "indefinite",
    "conjugation",
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
    "own account",
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
    "spelling",
    "field",
];

/// Each list of `file`, in [`LISTS`]' order, its entries joined by `|`, a verb's infinitive
/// (written `proclamar*`) giving way to its forms ([`conjugated`]); or what is wrong with it, by
/// line: a line naming no list the drafter reads, an entry listed twice in a list, an
/// infinitive no conjugation fits, a list missing.
pub fn read(file: &str) -> Result<Vec<String>, String> {
    let mut lists: Vec<Vec<(&str, usize)>> = vec![Vec::new(); LISTS.len()];
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
            if entries_of.iter().any(|(e, _)| *e == entry) {
                return Err(format!("line {}: “{entry}” is in {name} twice", number + 1));
            }
            entries_of.push((entry, number + 1));
        }
    }
    let missing = LISTS
        .iter()
        .zip(&lists)
        .find(|(name, entries)| entries.is_empty() && !OPTIONAL.contains(name));
    if let Some((name, _)) = missing {
        return Err(format!("the list {name} is missing"));
    }
    let conjugations: Vec<(&str, &str)> = LISTS
        .iter()
        .position(|l| *l == "conjugation")
        .and_then(|at| lists.get(at))
        .map(|entries| {
            entries
                .iter()
                .filter_map(|(e, _)| e.split_once('='))
                .map(|(ending, forms)| (ending.trim(), forms))
                .collect()
        })
        .unwrap_or_default();
    let mut read: Vec<Vec<String>> = Vec::new();
    let mut participles: Vec<String> = Vec::new();
    for entries in &lists {
        let (forms, theirs) = conjugated(entries, &conjugations)?;
        for participle in theirs {
            if !participles.contains(&participle) {
                participles.push(participle);
            }
        }
        read.push(forms);
    }
    // The participles the infinitives give, after those written.
    let at = LISTS.iter().position(|l| *l == "participle");
    if let Some(written) = at.and_then(|at| read.get_mut(at)) {
        for participle in participles {
            if !written.contains(&participle) {
                written.push(participle);
            }
        }
    }
    with_other_spellings(&mut read);
    Ok(read.iter().map(|forms| forms.join("|")).collect())
}

/// Each list's entries also as the list `spelling` lets them be written: with `ß=ss`, Swiss
/// German's „heisst“ is listed beside „heißt“. Not the language's own letters (`letter`), which
/// tell its texts from others': “ss” is no German letter.
fn with_other_spellings(read: &mut [Vec<String>]) {
    let at = LISTS.iter().position(|l| *l == "spelling");
    let letters = LISTS.iter().position(|l| *l == "letter");
    let spellings: Vec<(String, String)> = at
        .and_then(|at| read.get(at))
        .map(|entries| {
            entries
                .iter()
                .filter_map(|e| e.split_once('='))
                .map(|(letters, other)| (letters.trim().to_string(), other.trim().to_string()))
                .filter(|(letters, _)| !letters.is_empty())
                .collect()
        })
        .unwrap_or_default();
    for (i, forms) in read.iter_mut().enumerate() {
        if Some(i) == at || Some(i) == letters {
            continue;
        }
        for (letters, other) in &spellings {
            let respelled: Vec<String> = forms
                .iter()
                .filter(|f| f.contains(letters.as_str()))
                .map(|f| f.replace(letters.as_str(), other))
                .collect();
            for form in respelled {
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
}

/// A list's entries with each infinitive (`proclamar*`) replaced by its forms: its stem and each
/// ending that the list `conjugation` gives for the longest ending of infinitives it ends in
/// (`ar = ó / a / an / +ado`: “proclamó”, “proclama”, “proclaman”, “proclamado”); and the forms
/// of the endings marked `+`, the participles. The entries as written come first, in their order,
/// then the forms the infinitives give, each once.
fn conjugated(
    entries: &[(&str, usize)],
    conjugations: &[(&str, &str)],
) -> Result<(Vec<String>, Vec<String>), String> {
    let mut forms: Vec<String> = Vec::new();
    let mut participles: Vec<String> = Vec::new();
    // The entries as written first, in their order: a file lists its commonest verbs first.
    for (entry, _) in entries.iter().filter(|(e, _)| !e.ends_with('*')) {
        let form = (*entry).to_string();
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    for (entry, line) in entries {
        let Some(infinitive) = entry.strip_suffix('*') else {
            continue;
        };
        let (stem, endings) = conjugations
            .iter()
            .filter_map(|(ending, forms)| {
                let stem = infinitive.strip_suffix(ending)?;
                (!stem.is_empty()).then_some((stem, ending.len(), forms))
            })
            .max_by_key(|(_, ending, _)| *ending)
            .map(|(stem, _, forms)| (stem, forms))
            .ok_or_else(|| format!("line {line}: no conjugation fits “{infinitive}”"))?;
        for ending in endings.split('/').map(str::trim).filter(|f| !f.is_empty()) {
            let participle = ending.strip_prefix('+');
            let form = format!("{stem}{}", participle.unwrap_or(ending));
            if participle.is_some() && !participles.contains(&form) {
                participles.push(form.clone());
            }
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    Ok((forms, participles))
}

#[cfg(test)]
mod tests {
    use super::{read, LISTS, OPTIONAL};

    /// `lines`, then an entry for each list a file must have that they leave out.
    fn file(lines: &str) -> String {
        let mut file = lines.to_string();
        for name in LISTS.iter().filter(|l| !OPTIONAL.contains(l)) {
            if !lines.contains(&format!("{name}:")) {
                file.push_str(&format!("{name}: x\n"));
            }
        }
        file
    }

    /// The list `name` of the file of `lines`.
    fn list(lines: &str, name: &str) -> Vec<String> {
        let at = LISTS.iter().position(|l| *l == name).expect("a list");
        let lists = read(&file(lines)).expect("reads");
        lists[at].split('|').map(str::to_string).collect()
    }

    const VERBS: &str =
        "denial: negó\nconjugation: ar = ó / a / +ado | er = ió / e / +ido | ecer = eció / ece\n";

    #[test]
    fn an_infinitive_stands_for_the_forms_its_conjugation_gives() {
        let lines = format!("{VERBS}speech: dijo | proclamar* | temer* | merecer*\n");
        assert_eq!(
            list(&lines, "speech"),
            [
                "dijo",
                "proclamó",
                "proclama",
                "proclamado",
                "temió",
                "teme",
                "temido",
                "mereció",
                "merece"
            ]
        );
    }

    #[test]
    fn the_forms_of_endings_marked_plus_are_the_languages_participles() {
        let lines = format!("{VERBS}speech: proclamar* | temer*\nframing: proclamar*\n");
        assert_eq!(list(&lines, "participle"), ["proclamado", "temido"]);
    }

    #[test]
    fn a_form_written_and_given_by_an_infinitive_is_listed_once_where_written() {
        let lines = format!("{VERBS}speech: proclamar* | proclamado | dijo\n");
        assert_eq!(
            list(&lines, "speech"),
            ["proclamado", "dijo", "proclamó", "proclama"]
        );
    }

    #[test]
    fn an_infinitive_no_conjugation_fits_is_named_with_its_line() {
        let lines = format!("{VERBS}speech: dijo\nspeech: decir*\n");
        assert_eq!(
            read(&file(&lines)),
            Err("line 4: no conjugation fits “decir”".to_string())
        );
        let without = file("denial: negó\nspeech: proclamar*\n");
        assert_eq!(
            read(&without),
            Err("line 2: no conjugation fits “proclamar”".to_string())
        );
    }

    #[test]
    fn a_listed_spelling_writes_every_entry_with_its_letters_also_the_other_way() {
        let lines = "speech: heißt | sagte\nnot name: Außerdem\nletter: ä | ß\nspelling: ß=ss\n";
        assert_eq!(list(lines, "speech"), ["heißt", "sagte", "heisst"]);
        assert_eq!(list(lines, "not name"), ["Außerdem", "Ausserdem"]);
        assert_eq!(list(lines, "letter"), ["ä", "ß"]);
        assert_eq!(list(lines, "spelling"), ["ß=ss"]);
    }

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
