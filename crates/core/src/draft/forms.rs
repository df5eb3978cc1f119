//! The names of each actor as the text writes them, read once the cast is known: a name in
//! another case (a genitive by the language's `name ending`, „Kühnholds“; a Cyrillic name in any
//! case, “Ігоря Сидоренка”, “Ладожского полимера”), with the titles before it in a language whose
//! names carry them (`name form: title`, „Bürgermeister Tobias Reinecke“, „Dr. Bernd Kühnhold“),
//! and the office the text calls a person by where its annotators count it (`name form:
//! office`, « le bourgmestre »).
//! A person's surname that the text never writes alone (nor after a title, in a language whose
//! names count so, `name form: surname`), and a possessive of another name, are no names of
//! theirs.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::names::{
    is_cyrillic, is_noun_of_what_one_does, is_patronymic, is_person_noun, is_place_adjective,
    is_title, nominative_by, same_stem, surname_in_a_case, with_name_ending, Named, NAME_ENDINGS,
};
use super::words::{
    self, is_capitalised, is_one_of, without_elided_article, without_possessive, words, Word, Words,
};
use crate::model::{ActorId, ActorKind, NameFinder};

/// Forms of a person's name that count as names the text uses: `title`, the name with the
/// titles written before it; `surname`, the surname alone where the text writes it after a
/// title (« M. Rouvière » writes « Rouvière »); `office`, the office they are called by.
static NAME_FORMS: Words = Words::listed("name form");

static DETERMINERS: Words = Words::listed("determiner");

/// Whether the language counts `form` among a person's names (its list `name form`).
pub(super) fn counts_as_name(form: &str) -> bool {
    NAME_FORMS.contains(form)
}

/// A name of an actor's: the actor's index, its words, and what follows its last word (the “.”
/// of “S.A.”).
struct Name<'n> {
    actor: usize,
    /// Its first letter, in small letters: every form of it opens with it.
    initial: Option<char>,
    words: Vec<&'n str>,
    tail: &'n str,
}

/// Gives each actor the forms of its names the text writes.
pub fn as_written(actors: &mut [Named], paragraphs: &[String]) {
    let known: Vec<Vec<String>> = actors
        .iter()
        .map(|a| a.names().map(str::to_string).collect())
        .collect();
    let mut names = Vec::new();
    // A person's surname (a name's last word), for its genitive alone: „Rehbeins“.
    let mut surnames: Vec<(&str, usize)> = Vec::new();
    for (actor, (all, named)) in known.iter().zip(actors.iter()).enumerate() {
        for name in all {
            let found = words(name);
            let tail = found.last().and_then(|w| name.get(w.end..)).unwrap_or("");
            let words: Vec<&str> = found.iter().map(|w| w.text).collect();
            if let Some(surname) = words.last().filter(|_| named.is(ActorKind::Person)) {
                surnames.push((surname, actor));
            }
            let initial = words.first().and_then(|w| initial(w));
            names.push(Name {
                actor,
                initial,
                words,
                tail,
            });
        }
    }
    let titled = counts_as_name("title");
    let endings: Vec<&str> = NAME_ENDINGS.iter().collect();
    // A person's surname with a genitive ending: „Rehbeins“ (the first person's).
    let genitive = |w: &str| {
        let ends = endings.iter().any(|e| w.ends_with(e));
        ends.then(|| surnames.iter().find(|(s, _)| with_name_ending(w, s)))
            .flatten()
            .map(|(_, actor)| actor)
    };
    let mut written: Vec<(usize, String)> = Vec::new();
    for paragraph in paragraphs {
        let all = words(paragraph);
        let mut i = 0;
        // The longest name at each word, so that a name inside a longer one is not its own.
        while let Some(word) = all.get(i) {
            // Every form opens with the name's first letter: a test of a character, for every
            // name at every word, is what keeps this fast without an index.
            let letter = initial(word.text);
            let longest = names
                .iter()
                .filter(|name| name.initial == letter && is_at(name, &all, i, paragraph))
                .max_by_key(|name| name.words.len());
            let found = longest
                .map(|name| (name.actor, name.words.len(), name.tail))
                .or_else(|| genitive(word.text).map(|&actor| (actor, 1, "")));
            let Some((actor, count, tail)) = found else {
                i += 1;
                continue;
            };
            let last = all.get(i + count - 1).unwrap_or(word);
            let end = last.start + without_possessive(last.text).len();
            // A name's marks after its last word are its own: “S.A.”.
            let after = paragraph.get(end..).unwrap_or("");
            let end = if after.starts_with(tail) {
                end + tail.len()
            } else {
                end
            };
            written.push((actor, paragraph.get(word.start..end).unwrap_or("").into()));
            let person = actors.get(actor).is_some_and(|a| a.is(ActorKind::Person));
            if titled && person && count > 1 {
                let related = |w: &str| genitive(w).is_some();
                for form in titled_forms(paragraph, &all, i, end, related) {
                    written.push((actor, form));
                }
            }
            i += count;
        }
    }
    let mut taken: HashSet<String> = known.into_iter().flatten().collect();
    for (actor, form) in written {
        if let Some(named) = actors.get_mut(actor).filter(|_| !taken.contains(&form)) {
            named.aliases.push(form.clone());
            taken.insert(form);
        }
    }
    // A woman's name whose words end as a man's do in a case is hers in the nominative:
    // “Людмила Осадча” (of “Осадчий”) is no “Людмил Осадч”.
    let genders = if actors.iter().any(|a| is_cyrillic(&a.name)) {
        super::gender::of_people(actors, paragraphs)
    } else {
        Vec::new()
    };
    for (i, actor) in actors.iter_mut().enumerate() {
        let woman = genders.get(i).copied().flatten() == Some(super::gender::Gender::Woman);
        in_the_nominative(actor, woman);
    }
    if counts_as_name("office") {
        with_offices_written(actors, paragraphs);
    }
    without_unwritten(actors, paragraphs);
}

/// Gives each person the office their description opens with as a name, where the text calls
/// someone by it alone after a definite article, in a sentence that does not name them: « préfet »
/// of « Jean-Marc Ducastel, préfet de la Lière » where the text writes « le préfet a … »
/// (`name form: office`).
fn with_offices_written(actors: &mut [Named], paragraphs: &[String]) {
    let offices: Vec<Option<String>> = actors.iter().map(office_opening).collect();
    // An office two people hold names neither: « l’avocat ».
    let mut holders: HashMap<&str, Option<usize>> = HashMap::new();
    for (actor, office) in offices.iter().enumerate() {
        if let Some(office) = office {
            holders
                .entry(office)
                .and_modify(|h| *h = None)
                .or_insert(Some(actor));
        }
    }
    if holders.is_empty() {
        return;
    }
    // One pass over the text, for a long page's sake: each office after a definite article,
    // written or elided, alone (not „le ministre de l’Économie“, another office), in a sentence
    // that does not name its holder, where it introduces them: « la maire de
    // Montfaucon-sur-Lière, Hélène Caradec », « Me Lacombe, l’avocat de M. Vasseur ».
    let mut called = vec![false; actors.len()];
    for paragraph in paragraphs {
        let all = words(paragraph);
        for (k, word) in all.iter().enumerate() {
            let after_article = all
                .get(k + 1)
                .filter(|_| super::speakers::is_definite(word.text));
            let elided = words::elided(word.text, &DETERMINERS).map(|(_, noun)| noun);
            let found = after_article
                .and_then(|noun| Some((noun, holders.get(noun.text)?)))
                .or_else(|| Some((word, holders.get(elided?)?)));
            let Some((noun, &Some(holder))) = found else {
                continue;
            };
            let next = all.iter().find(|w| w.start > noun.start);
            let alone = next.is_none_or(|n| {
                !super::names::OFFICE_LINKS.contains(n.text) && !is_capitalised(n.text)
                    || paragraph
                        .get(noun.end..n.start)
                        .is_some_and(|gap| gap.contains(['.', ',', ';']))
            });
            let sentence = sentence_around(paragraph, noun.start..noun.end);
            let surname = actors.get(holder).and_then(|a| a.name.rsplit(' ').next());
            let names_them = surname.is_some_and(|s| sentence.contains(s));
            if let Some(c) = called.get_mut(holder).filter(|_| alone && !names_them) {
                *c = true;
            }
        }
    }
    for ((actor, office), called) in actors.iter_mut().zip(offices).zip(called) {
        if let Some(office) = office.filter(|o| called && !actor.names().any(|n| n == o)) {
            actor.aliases.push(office);
        }
    }
}

/// The sentence of `paragraph` around `range`, from the mark that ends the one before to its own.
fn sentence_around(paragraph: &str, range: Range<usize>) -> &str {
    let marks = ['.', '!', '?'];
    let start = paragraph
        .get(..range.start)
        .and_then(|before| before.rfind(marks))
        .map_or(0, |at| at + 1);
    let end = paragraph
        .get(range.end..)
        .and_then(|after| after.find(marks))
        .map_or(paragraph.len(), |at| range.end + at);
    paragraph.get(start..end).unwrap_or(paragraph)
}

/// The office a person's description opens with, past its article: « préfet » of « le préfet
/// de la Lière ».
fn office_opening(actor: &Named) -> Option<String> {
    let description = actor
        .description
        .as_deref()
        .filter(|_| actor.is(ActorKind::Person))?;
    words(description)
        .iter()
        .map(|w| without_elided_article(w.text))
        .find(|w| !is_one_of(w, &DETERMINERS))
        .filter(|w| w.starts_with(char::is_lowercase) && (is_person_noun(w) || is_title(w)))
        .map(str::to_string)
}

/// Takes from each actor's aliases the ones that are no other name the text writes for them: a
/// person's surname that finds no place a longer name of theirs does not (“Heyes” where the text
/// writes only “Neil Heyes” and “Mr Heyes”), and another of the actor's names with a possessive
/// ending (“Mr Armitage’s”, which “Mr Armitage” finds). Neither marks anything more in the
/// explorer. (A body's name inside a longer one stays: “Південкомбанк” of “АТ «Південкомбанк»” is
/// its own name, as annotators write it.)
fn without_unwritten(actors: &mut [Named], paragraphs: &[String]) {
    // Each name under a key of its own, the finder's actor ids standing for (actor, name).
    let keys: Vec<(usize, usize)> = actors
        .iter()
        .enumerate()
        .flat_map(|(i, actor)| (0..actor.names().count()).map(move |n| (i, n)))
        .collect();
    let names = actors.iter().flat_map(Named::names);
    let finder = NameFinder::new(
        names
            .enumerate()
            .map(|(key, name)| (ActorId(key as u32), name)),
    );
    let mut found = HashSet::new();
    for text in paragraphs {
        finder.find(text, |key, _| {
            if let Some(&key) = keys.get(key.index()) {
                found.insert(key);
            }
        });
    }
    let after_title = counts_as_name("surname");
    for (i, actor) in actors.iter_mut().enumerate() {
        let surname = (actor.is(ActorKind::Person) && actor.name.contains(' '))
            .then(|| actor.name.rsplit(' ').next())
            .flatten();
        let titled = |surname: &str| {
            actor.aliases.iter().any(|alias| {
                alias
                    .strip_suffix(surname)
                    .and_then(|title| title.strip_suffix(' '))
                    .is_some_and(is_title)
            })
        };
        let written = surname.is_some_and(|surname| after_title && titled(surname));
        // The aliases are the names from the second on.
        let unwritten: Vec<bool> = (actor.aliases.iter().enumerate())
            .map(|(k, alias)| {
                let unwritten_surname =
                    surname == Some(alias.as_str()) && !found.contains(&(i, k + 1)) && !written;
                let owner = without_possessive(alias);
                let possessive = owner != alias && actor.names().any(|name| name == owner);
                unwritten_surname || possessive
            })
            .collect();
        let mut unwritten = unwritten.into_iter();
        actor.aliases.retain(|_| !unwritten.next().unwrap_or(false));
    }
}

/// Names a person the text writes in another case only in the nominative, by the language's
/// list `person case ending`, where the text writes the surname so too: “Ігоря Сидоренка” and
/// “Сидоренко” are “Ігор Сидоренко”; or where every word of the name is in a case and the surname
/// ends as no woman's does in the nominative (the list `woman surname ending`): “Романа Гуцала”
/// is “Роман Гуцал”, but “Ольга Зарубина” may be a woman's name and stays as written. A
/// woman's name (`a_woman`, as the text shows) changes only with her given name in a case:
/// “Ірини Мельничук”.
fn in_the_nominative(actor: &mut Named, a_woman: bool) {
    static ENDINGS: Words = Words::listed("person case ending");
    static WOMEN: Words = Words::listed("woman surname ending");
    // A name, not a description in small letters (“глава региона”).
    let capitalised = actor.name.split(' ').all(is_capitalised);
    if !actor.is(ActorKind::Person) || !is_cyrillic(&actor.name) || !capitalised {
        return;
    }
    // A patronymic as the nominative writes it says the name is in it: “Валентина Ильинична”.
    if actor.name.split(' ').skip(1).any(is_patronymic) {
        return;
    }
    static GIVEN: Words = Words::listed("given name case ending");
    let mut words: Vec<String> = actor
        .name
        .split(' ')
        .map(|w| nominative_by(w, &ENDINGS))
        .collect();
    let written = actor.name.rsplit(' ').next();
    // A given name in a case before a surname the text writes alone as here, which no case
    // changes: “Ірини Мельничук” and “Мельничук” are “Ірина Мельничук”.
    let given = actor
        .name
        .split_once(' ')
        .map(|(given, _)| nominative_by(given, &GIVEN))
        .filter(|nominative| actor.name.split(' ').next() != Some(nominative.as_str()));
    let unchanging = written.is_some_and(|w| {
        words.last().map(String::as_str) == Some(w) && actor.aliases.iter().any(|a| a == w)
    });
    // A woman's surname in a case, which the text writes alone in the nominative, one or two
    // letters apart at the end: “Ирины Воронцовой” and “Воронцова” are “Ирина Воронцова”.
    // Her given name is in a case too (“Ирины”), and the surname written alone ends as a
    // woman's does in the nominative, not another case (“Кремневу”).
    let woman = written
        .filter(|_| words.len() == 2 && given.is_some())
        .and_then(|w| {
            actor.aliases.iter().find(|a| {
                let shared = a.chars().zip(w.chars()).take_while(|(x, y)| x == y).count();
                let length = a.chars().count();
                *a != w
                    && WOMEN
                        .iter()
                        .any(|e| a.ends_with(e) && e.ends_with(['а', 'я']))
                    && shared >= 3
                    && shared + 2 >= length
                    && shared < w.chars().count()
            })
        });
    if let (Some(woman), Some(last)) = (woman, words.last_mut()) {
        last.clone_from(woman);
    }
    let given = given.filter(|_| (unchanging || woman.is_some()) && words.len() == 2);
    if let (Some(given), Some(first)) = (&given, words.first_mut()) {
        first.clone_from(given);
    }
    let nominative = words.join(" ");
    // The surname changes, and the text writes it so.
    let surname = words
        .last()
        .filter(|s| words.len() > 1 && written != Some(s.as_str()));
    let in_a_case = actor.name.split(' ').zip(&words).all(|(w, n)| w != n)
        && written.is_some_and(|w| !WOMEN.iter().any(|e| w.ends_with(e)));
    let confirmed = given.is_some()
        || !a_woman && surname.is_some_and(|s| actor.aliases.contains(s) || in_a_case);
    if confirmed && nominative != actor.name {
        actor.aliases.retain(|a| *a != nominative);
        let written = std::mem::replace(&mut actor.name, nominative);
        actor.aliases.insert(0, written);
    }
}

/// The first letter of `word`, in small letters.
fn initial(word: &str) -> Option<char> {
    word.chars().next().and_then(|c| c.to_lowercase().next())
}

/// Whether the text's words from `i` on write `name`, each word as the name's or in a case.
fn is_at(name: &Name, all: &[Word], i: usize, text: &str) -> bool {
    let count = name.words.len();
    let here = all.get(i..i + count).unwrap_or(&[]);
    here.len() == count
        && here.windows(2).all(|pair| match pair {
            [a, b] => text.get(a.end..b.start).is_some_and(|gap| gap.len() <= 2),
            _ => true,
        })
        && here
            .iter()
            .zip(&name.words)
            .enumerate()
            .all(|(k, (word, part))| is_form_of(word.text, part, k + 1 == count, count == 1))
}

/// The forms of a person's name with the titles written before it: „Vorstandschef Dr. Bernd
/// Kühnhold“ gives „Dr. Bernd Kühnhold“ and itself; so does a noun for what they do,
/// „Hydrologe Andrin Casutt“. A title after an article describes („Der
/// Vorsitzende Richter“ gives „Richter …“ alone), and one after another person's name in the
/// genitive (`related`) is a relation („Oberdorfers Verteidiger Dr. Tobias Wendland“ gives
/// „Dr. …“ alone).
fn titled_forms(
    text: &str,
    all: &[Word],
    at: usize,
    end: usize,
    related: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut forms = Vec::new();
    let mut first = at;
    while let Some(title) = first.checked_sub(1).and_then(|k| all.get(k)) {
        let next = all.get(first).map_or(end, |w| w.start);
        let gap = text.get(title.end..next).unwrap_or("");
        // „Dr.“, „Prof.“: an abbreviation's point, not a sentence's end („… sagte eine
        // Ministeriumssprecherin. Umweltminister Dr. …“).
        let abbreviated = gap == ". " && title.text.chars().count() <= 4;
        // A compound after an acronym by what it ends in: „IISF-Ökonomin“, not „ZDF-Sendung“.
        let tail = title.text.rsplit('-').next().unwrap_or(title.text);
        let office = is_title(title.text) || is_noun_of_what_one_does(tail);
        if !(office && (gap == " " || abbreviated)) {
            break;
        }
        first -= 1;
        let before = first.checked_sub(1).and_then(|k| all.get(k));
        let described = before.is_some_and(|w| is_one_of(w.text, &DETERMINERS) || related(w.text));
        if described && !abbreviated {
            break;
        }
        forms.push(text.get(title.start..end).unwrap_or("").to_string());
    }
    forms
}

/// Whether `word` writes the name's word `part`: as it is (a name in small letters may open a
/// sentence with a capital), a possessive, or in another case if it is the name's last word or
/// the name is Cyrillic (“Ладожского полимера” for “Ладожский полимер”). A name of one word is no
/// adjective made of it: “Среднегорской” is no form of “Среднегорск”.
fn is_form_of(word: &str, part: &str, last: bool, single: bool) -> bool {
    let word = without_possessive(word);
    if word == part {
        return true;
    }
    let cyrillic = is_cyrillic(part);
    if part.starts_with(char::is_lowercase) {
        return word.to_lowercase() == part || cyrillic && same_stem(word, part);
    }
    let adjective = cyrillic && single && is_place_adjective(word);
    (last || cyrillic) && !adjective && surname_in_a_case(word, part)
}
