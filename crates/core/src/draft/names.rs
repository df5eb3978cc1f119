//! The actors a text names: runs of capitalised words (with the particles, apostrophes and
//! accents of names such as “Zoë van der Berg” or “Instituto Nacional de Estadística”), a
//! nationality before an institution (“Russian military”, “Ukrainian intelligence”), and a few
//! groups named in small letters (“civilians”, “police”). An acronym in brackets after a name is
//! its alias (“Russian Volunteer Corps (RDK)”), as are a person's surname used alone later and a
//! capital standing for its country (“Kyiv” for Ukraine), and a company's first word (“Norvik”).
//! A single name the text uses as a place (“in Lindgrad”) is no actor, nor are letters after a
//! name (“KC”). Kinds are guessed from cue words: titles (“President”, “minister”), “Ltd”,
//! “Ministry”, “University”, country names. An acronym before a person's name is another actor
//! (“фракції КПРФ Сергій Баклан”), and a name in brackets after a person's is their party, not
//! their initials (“Birgit Hartwig (VPM)”).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::model::{ActorKind, Vocabulary};

use super::cues::{is_auxiliary, is_denial, is_speech};
use super::dates;
use super::references::{plain_name, same_plain_name};
use super::sentences::{sentences, Merged};
use super::words::{
    after_particle, is_acronym, is_capitalised, is_one_of, with_capital, without_possessive, words,
    Pairs, Word, Words, PARTICLES,
};

/// An actor the text names. Its kind is the format's word for an [`ActorKind`], as the lists of
/// cue words below write it ([`Named::is`] compares it with one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: &'static str,
    /// The paragraph it is first named in, counted from 0.
    pub paragraph: usize,
    /// What the text says it is, from an apposition: “White Rex, the leader of the LSR”.
    pub description: Option<String>,
}

impl Named {
    /// Whether the actor is of `kind`.
    pub fn is(&self, kind: ActorKind) -> bool {
        self.kind == kind.key()
    }

    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Countries, as a text names them.
static COUNTRIES: Words = Words::new("Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Canada|Chile|China|Colombia|Croatia|Cuba|Cyprus|Czechia|Denmark|Ecuador|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Myanmar|Nepal|Netherlands|Nigeria|Norway|Pakistan|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Serbia|Singapore|Slovakia|Slovenia|Somalia|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tunisia|Turkey|Türkiye|Uganda|Ukraine|Uruguay|Venezuela|Vietnam|Yemen|Zimbabwe|United States|United Kingdom|UK|US|USA|Britain|Great Britain|South Africa|South Korea|North Korea|Saudi Arabia|New Zealand|Sri Lanka|United Arab Emirates|Ivory Coast|Crimea|Gaza|Scotland|Wales|England");

/// Capitals and buildings that stand for a country's government, with the country.
static SEATS: Pairs = Pairs::new(concat!(
    "Kyiv=Ukraine|Kiev=Ukraine|Moscow=Russia|Kremlin=Russia|Washington=United States|",
    "White House=United States|Beijing=China|London=United Kingdom|",
    "Downing Street=United Kingdom|Paris=France|Élysée=France|Berlin=Germany|Rome=Italy|",
    "Madrid=Spain|Tehran=Iran|Ankara=Turkey|Jerusalem=Israel|Tokyo=Japan|",
    "Seoul=South Korea|Pyongyang=North Korea|Damascus=Syria|Baghdad=Iraq|",
    "Kabul=Afghanistan|Riyadh=Saudi Arabia|Cairo=Egypt|Warsaw=Poland|Minsk=Belarus|",
    "Caracas=Venezuela|Havana=Cuba|Ottawa=Canada|Canberra=Australia|Taipei=Taiwan|",
    "Islamabad=Pakistan|New Delhi=India|Doha=Qatar|Tbilisi=Georgia",
));

/// Nouns after a nationality (“Russian …”) that make an actor, with its kind.
static INSTITUTIONS: Pairs = Pairs::new(concat!(
    "government=government|regime=government|authorities=government|",
    "administration=government|ministry=government|officials=government|president=person|",
    "leader=person|military=military|army=military|armed forces=military|forces=military|",
    "troops=military|navy=military|soldiers=military|intelligence=intelligence-agency|",
    "security service=intelligence-agency|police=organisation|people=people|",
    "citizens=people|civilians=people|voters=people|volunteers=people|fighters=people|",
    "residents=people|nationalists=people|farmers=people|workers=people|students=people|",
    "refugees=people",
));

/// Groups of people named in small letters that claims are often by or about.
static GROUPS: Pairs = Pairs::new(concat!(
    "civilian population=people|civilians=people|residents=people|protesters=people|",
    "demonstrators=people|police=organisation|witnesses=people|refugees=people|",
    "migrants=people|farmers=people|tenants=people|landlords=people|investigators=people|",
    "prosecutors=people|workers=people|drivers=people|passengers=people|patients=people|",
    "researchers=people|scientists=people|doctors=people|nurses=people|teachers=people|",
    "parents=people|voters=people|consumers=people|shareholders=people|investors=people|",
    "traders=people|critics=people|supporters=people|campaigners=people|activists=people|",
    "government=government",
));

/// Titles before a person's name, in every language's file.
static TITLES: Words = Words::listed("title");

/// More titles: offices and ranks written before a name.
static MORE_TITLES: Words = Words::new(concat!(
    "Councillor|Councilman|Councilwoman|Deputy|MP|Representative|Commissioner|Inspector|",
    "Chief|Superintendent|Bishop|Rabbi|Imam|Detective|Officer|Sergeant|Lieutenant|Admiral|",
    "Marshal|Premier",
));

/// Offices written before a name in capitals (“Chief Executive Officer Priya Raman”), or as a
/// name's apposition (“Owen Pryce, Managing Partner at …”).
static OFFICES: Words = Words::new(concat!(
    "Executive|Officer|Managing|Partner|Director|Chairman|Chairwoman|Chair|Founder|CEO|",
    "Manager|Spokesperson|Spokesman|Spokeswoman|Head|Correspondent|Editor|Reporter",
));

/// Points of the compass that open a name (“Northern Power Networks”) or only a region
/// (“Western Russian borderlands”).
const DIRECTIONS: &[&str] = &["Western", "Eastern", "Northern", "Southern"];

/// Words that make a name a place, an event, a prize or a law rather than an actor.
static NOT_ACTOR_WORDS: Words = Words::new(concat!(
    "Award|Awards|Prize|Cup|Championship|Festival|Day|War|Street|Road|Avenue|Square|",
    "Bridge|River|Mountain|Mountains|Lake|Island|Islands|Region|Province|Oblast|County|",
    "District|Airport|Station|Stadium|Act|Bill|Treaty|Agreement|Accord|Summit|Conference|",
    "Olympics|Games|Sea|Ocean|Valley|Park",
));

/// Letters written after a person's name: honours, degrees, offices.
static POST_NOMINALS: Words = Words::new("KC|QC|MP|MEP|MSP|MS|AM|OBE|MBE|CBE|KBE|DBE|PhD|MD|Jr|Sr");

/// Endings of a company's legal name, which the text may leave out later, in the text's
/// language: “Ltd”, „GmbH & Co. KG“, “S.A.”, „e.V.“.
static LEGAL_ENDINGS: Words = Words::listed("legal ending");

/// Capitalised words that open sentences and are not names.
static NOT_NAMES: Words = Words::listed("not name");
/// Words that open a description (“the”, „der“, “l’”), in the text's language.
static DETERMINERS: Words = Words::listed("determiner");
/// Words that tie an office to its place (“of”, „beim“, “de”).
pub(super) static OFFICE_LINKS: Words = Words::listed("office link");
/// Words that join the capitalised words of an institution's name (“of”, „für“, “&”).
static NAME_LINKS: Words = Words::listed("name link");
/// Endings of a patronymic as the nominative writes it (“-ович”, “-івна”), in the text's language.
static PATRONYMICS: Words = Words::listed("patronymic ending");

/// Whether `word` is a patronymic as the nominative writes it: “Вікторович”, “Ильинична”.
pub(super) fn is_patronymic(word: &str) -> bool {
    PATRONYMICS.iter().any(|ending| word.ends_with(ending))
}

/// Whether `word` is a patronymic in any case: “Вікторовича”, “Вікторівни”.
fn is_patronymic_in_any_case(word: &str) -> bool {
    PATRONYMICS.iter().any(|ending| {
        let stem = ending.trim_end_matches('а');
        let tail: String = word
            .chars()
            .rev()
            .take(ending.chars().count() + 2)
            .collect();
        tail.chars().rev().collect::<String>().contains(stem)
    })
}
/// Nouns in small letters that head an institution's name (“council”, “préfecture”).
static INSTITUTION_NOUNS: Words = Words::listed("institution");

/// Words in a name that tell an actor's kind, checked in order.
static KIND_WORDS: Pairs = Pairs::new(concat!(
    "Ministry=government|Government=government|Department=government|Cabinet=government|",
    "Executive=government|Administration=government|Inspectorate=government|",
    "Parliament=government|Kremlin=government|Congress=government|Senate=government|",
    "Army=military|Navy=military|Forces=military|Military=military|Guard=military|",
    "Intelligence=intelligence-agency|Legion=armed-group|Front=organisation|",
    "Movement=organisation|Alliance=organisation|Coalition=organisation|",
    "Observatory=organisation|Federación=organisation|Asociación=organisation|",
    "Fédération=organisation|Ventures=organisation|Capital=organisation|",
    "Holdings=organisation|Networks=organisation|Partners=organisation|",
    "Securities=organisation|Advisory=organisation|Consulting=organisation|",
    "Investments=organisation|Industries=organisation|Solutions=organisation|",
    "Research=organisation|Advisors=organisation|Associates=organisation|Analytics=organisation|",
    "Technologies=organisation|Therapeutics=organisation|Pharmaceuticals=organisation|",
    "Services=organisation|Insurance=organisation|Airlines=organisation|Energy=organisation|",
    "Police=organisation|Brigade=armed-group|Battalion=armed-group|Militia=armed-group|",
    "News=media|Times=media|Post=media|Guardian=media|Herald=media|Tribune=media|",
    "Gazette=media|Journal=media|Ledger=media|Telegraph=media|Chronicle=media|",
    "Observer=media|Courier=media|Inquirer=media|Examiner=media|Reuters=media|Echo=media|",
    "Bloomberg=media|Press=media|Broadcasting=media|Radio=media|Television=media|Desk=media|",
    "Ltd=organisation|Inc=organisation|Corp=organisation|Company=organisation|",
    "Group=organisation|University=organisation|Universidad=organisation|",
    "Università=organisation|Institute=organisation|Instituto=organisation|",
    "Institut=organisation|Association=organisation|Foundation=organisation|",
    "Bank=organisation|Party=organisation|Union=organisation|Committee=organisation|",
    "Organisation=organisation|Organization=organisation|Society=organisation|",
    "Federation=organisation|Agency=organisation|Authority=organisation|",
    "Commission=organisation|Council=organisation|Court=organisation|",
    "Hospital=organisation|School=organisation|College=organisation|Centre=organisation|",
    "Center=organisation|Club=organisation|Fund=organisation|Trust=organisation|",
    "Corps=organisation|Nacional=organisation|National=organisation|",
    "International=organisation|Ratings=organisation|Global=organisation",
));

/// Words around a group's first mention that make it an armed group.
static ARMED_CUES: Words = Words::new(concat!(
    "paramilitary|paramilitaries|militia|militias|rebel|rebels|insurgent|insurgents|",
    "guerrilla|guerrillas|armed|separatist|separatists",
));

/// A name found in a sentence, before names are merged into actors.
struct Mention {
    name: String,
    kind: Option<&'static str>,
    /// Another name the text writes for it here: an acronym in brackets, a courtesy form (“M.
    /// Vasseur”), the form as written of a name given in the nominative.
    alias: Option<String>,
    paragraph: usize,
    description: Option<String>,
    /// Whether it is a single word that ends as the people of a nation do (“French”): no actor
    /// unless the text also writes it first in a company's name („Kranich“ of „Kranich
    /// Antriebstechnik AG“).
    nationality: bool,
}

/// The actors `paragraphs` name, in the order they are first named. `not_actors` are names the
/// text uses for its sources (outlets, authors), which are not actors.
pub fn find(
    paragraphs: &[String],
    not_actors: &[String],
    skip: &[Vec<Range<usize>>],
) -> Vec<Named> {
    let mut mentions = Vec::new();
    for (p, text) in paragraphs.iter().enumerate() {
        let skipped = skip.get(p).map_or(&[][..], Vec::as_slice);
        for sentence in sentences(text) {
            mentions.extend(in_sentence(text, sentence, p, skipped));
        }
    }
    let elsewhere = capitalised_inside_sentences(paragraphs);
    let opening_speakers = speaking_first(paragraphs);
    let nouns = common_nouns(paragraphs);
    // The names of the text's sources, as compared: looked up once each, not against each name.
    let listed: HashSet<String> = not_actors.iter().map(|n| plain_name(n)).collect();
    let is_listed = |name: &str| {
        let plain = plain_name(name);
        listed.contains(&plain)
            || is_cyrillic(&plain) && listed.iter().any(|n| same_plain_name(n, &plain))
    };
    let places = places(paragraphs);
    // A person's surname or a company's first word opening sentences only (“Raman said …”,
    // “Harrow will run …”) is still their name.
    // And the first of two surnames: “Arnedo anunció …” after “Tomás Arnedo Villar”.
    let mut short_forms: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind.is_none_or(|k| k == ActorKind::Person.key()))
        // „18 Millionen Euro“: nouns, not a person's names; nor the place after an institution's
        // noun, „Landkreis Oberwald“.
        .filter(|m| !is_common_noun(&m.name, &nouns) && !opens_with_institution(&m.name))
        .flat_map(|m| {
            let parts: Vec<&str> = m.name.split(' ').collect();
            let last = parts.last().filter(|_| parts.len() >= 2);
            let first_surname = parts.len().checked_sub(2).filter(|_| parts.len() >= 3);
            last.into_iter()
                .chain(first_surname.and_then(|at| parts.get(at)))
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
        })
        .filter(|surname| is_capitalised(surname))
        .collect();
    let companies_first_words: HashSet<String> = mentions
        .iter()
        .filter(|m| legal_stem(&m.name).is_some())
        .filter_map(|m| m.name.split_once(' ').map(|(first, _)| first.to_string()))
        .collect();
    mentions.retain(|m| !m.nationality || companies_first_words.contains(&m.name));
    short_forms.extend(companies_first_words);
    // „Rehbeins Angaben“: a person's genitive, then a thing of theirs, which is no surname.
    let genitive_of_someone = |m: &Mention, short_forms: &HashSet<String>| {
        m.name
            .split_once(' ')
            .is_some_and(|(first, _)| genitive_of_one_of(first, short_forms))
    };
    let things: Vec<String> = mentions
        .iter()
        .filter(|m| genitive_of_someone(m, &short_forms))
        .filter_map(|m| m.name.rsplit(' ').next().map(str::to_string))
        .collect();
    for thing in &things {
        short_forms.remove(thing);
    }
    // „Auf Nachfrage Wendlands“: a noun before a person's surname in a case is no part of the
    // name.
    // A noun the text writes with no name after it somewhere („drei Anwohner aus …“), not a
    // given name („Der 43-jährige Martin Paul Krause“).
    let standing = |noun: &str| {
        paragraphs
            .iter()
            .any(|p| beside_capitals(p, noun).any(|(_, name_after)| !name_after))
    };
    for mention in &mut mentions {
        if let Some(surname) = noun_before_surname(&mention.name, &short_forms, &nouns) {
            mention.name = surname;
        }
        // „Nach Ansicht von Gisela Brandhuber“: a noun, then a preposition the language also
        // writes inside names, is no part of the name after them.
        let after_noun = mention.name.split_once(' ').and_then(|(first, rest)| {
            let (particle, name) = rest.split_once(' ')?;
            (nouns.contains(first) && PARTICLES.contains(particle)).then(|| name.to_string())
        });
        if let Some(name) = after_noun {
            mention.name = name;
        }
        // „Anwohner Jens Harms sprach …“: a noun for a person the text writes as one (after an
        // article or a number: „drei Anwohner“), opening a person's full name, is no part of
        // it. A title („Analyst“) is read as one, later.
        let person = mention.kind.is_none_or(|k| k == ActorKind::Person.key());
        let noun_first = mention.name.split_once(' ').and_then(|(first, rest)| {
            let parts: Vec<&str> = rest.split(' ').collect();
            let full_name = (2..=3).contains(&parts.len())
                && parts
                    .iter()
                    .all(|w| is_capitalised(w) && !nouns.contains(*w) && !ends_as_institution(w));
            // A noun for a person by what they do („Anwohnerin“, „Landwirt“), not a body's
            // („Stiftung Hans Peter Wild“) nor a first name („Ernst August Krause“).
            let lower = first.to_lowercase();
            let persons = is_person_noun(first) || super::speakers::ends_as_person_noun(&lower);
            let noun = nouns.contains(first) && !is_title(first) && persons && standing(first);
            (person && noun && full_name).then(|| rest.to_string())
        });
        if let Some(name) = noun_first {
            mention.name = name;
        }
    }
    // “— розповіла Швець ЕкоПресу”: the surname of a person the text names in full, then a
    // word that is none of its people's first names (to whom it was said), is the surname.
    let person_like = |m: &Mention| m.kind.is_none_or(|k| k == ActorKind::Person.key());
    let two_words = |m: &Mention| {
        m.name
            .split_once(' ')
            .filter(|(_, last)| !last.contains(' '))
            .map(|(first, last)| (first.to_string(), last.to_string()))
    };
    let mut surnames: HashMap<String, usize> = HashMap::new();
    let mut given: HashMap<String, usize> = HashMap::new();
    for (first, last) in mentions
        .iter()
        .filter(|m| person_like(m))
        .filter_map(two_words)
    {
        *given.entry(first).or_default() += 1;
        *surnames.entry(last).or_default() += 1;
    }
    for mention in &mut mentions {
        let Some((first, second)) = mention.name.split_once(' ') else {
            continue;
        };
        // Counted without this mention's own pair.
        let own = person_like(mention) && !second.contains(' ');
        let count = |map: &HashMap<String, usize>, word: &str, own_word: &str| {
            map.get(word)
                .copied()
                .unwrap_or(0)
                .saturating_sub(usize::from(own && word == own_word))
        };
        let someones_surname = count(&surnames, first, second) > 0;
        let a_first_name = |w: &str| count(&given, w, first) > 0;
        if person_like(mention) && someones_surname && !a_first_name(first) && !a_first_name(second)
        {
            mention.name = first.to_string();
        }
    }
    mentions.retain(|m| {
        if genitive_of_someone(m, &short_forms) {
            return false;
        }
        // A surname is no place where the text writes it after a preposition too: “el caso no
        // se agota en Salcedo”.
        let place = places.contains(&m.name)
            && m.kind.is_none_or(|k| k == ActorKind::Organisation.key())
            && !short_forms.contains(&m.name);
        let noun =
            m.kind.is_none() && !short_forms.contains(&m.name) && is_common_noun(&m.name, &nouns);
        // “на Вінниччині, у Вінницькій і Черкаській областях”: an adjective of a place, in a
        // case, whose noun is in small letters — no actor, unless it is a surname's form.
        let adjective = m.kind.is_none()
            && !m.name.contains(' ')
            && is_cyrillic(&m.name)
            && is_place_adjective(&m.name)
            && !short_forms.iter().any(|s| same_stem(s, &m.name));
        // A body spelled out before its acronym whose name has a place's word: “Association
        // of District and Unitary Authorities (ADUA)”.
        let spelled_out_body = m.alias.as_deref().is_some_and(is_acronym)
            && is_institution(&m.name)
            // Not a law (“Police and Criminal Evidence Act (PACE)”).
            && !words(&m.name)
                .last()
                .is_some_and(|w| NOT_ACTOR_WORDS.contains(w.text));
        !place
            && !adjective
            && (!names_no_actor(&m.name) || spelled_out_body)
            && !noun
            // A cited author's surname is an actor too when the text names the person in full.
            && (!is_listed(&m.name)
                || short_forms.contains(&m.name)
                // A body that publishes what the text cites, and is named with its acronym:
                // “The European Clean Air Observatory (ECAO) estimates …”.
                || m.alias.as_deref().is_some_and(is_acronym))
            && (m.kind.is_some()
                || m.name.contains(' ')
                || elsewhere.contains(&m.name)
                || opening_speakers.contains(&m.name)
                || short_forms.contains(&m.name)
                // „Der Betriebsrat kündigte …“: an institution's noun opening a sentence.
                || ends_as_institution(&m.name)
                // A surname in another case opening a sentence: “Ковальчукові також передали …”.
                || is_cyrillic(&m.name) && short_forms.iter().any(|s| same_stem(s, &m.name))
                || is_acronym(&m.name))
    });
    for mention in &mut mentions {
        if mention.alias.is_none() {
            if let Some(nominative) = nominative_institution(&mention.name) {
                mention.alias = Some(std::mem::replace(&mut mention.name, nominative));
            }
        }
    }
    let mut actors = merge(mentions);
    by_courtesy_gender(&mut actors, paragraphs);
    actors
}

/// Gives the courtesy forms of a shared surname to the people they are: where one person holds
/// forms of both genders (“Mr Ashdown” and “Mrs Ashdown”), the forms of the gender their own
/// words show stay theirs, and the others go to the next person the text names in full with
/// that surname whose words show that gender (“His wife, Margaret Ashdown”) or, where neither
/// shows one, none; where no one's words show a gender, the first form's stays with the first
/// person named, the other's goes to the next.
fn by_courtesy_gender(actors: &mut [Named], paragraphs: &[String]) {
    use super::gender::{of_people, of_word, Gender};
    let courtesy_gender = |alias: &str| {
        let (title, surname) = alias.split_once(' ')?;
        (!surname.contains(' ')).then_some(())?;
        of_word(title).map(|g| (g, without_possessive(surname).to_string()))
    };
    // What each person's own words show, their courtesy forms aside: read once for all, when
    // first needed (moving forms changes no one's name).
    let mut shown: Option<Vec<Option<Gender>>> = None;
    let mut own = |actors: &[Named], j: usize| -> Option<Gender> {
        let shown = shown.get_or_insert_with(|| {
            let alone: Vec<Named> = actors
                .iter()
                .map(|actor| Named {
                    aliases: Vec::new(),
                    ..actor.clone()
                })
                .collect();
            of_people(&alone, paragraphs)
        });
        shown.get(j).copied().flatten()
    };
    for i in 0..actors.len() {
        let Some(actor) = actors.get(i) else { break };
        if !actor.name.contains(' ') || !actor.is(ActorKind::Person) && !actor.kind.is_empty() {
            continue;
        }
        let forms: Vec<(Gender, String, String)> = actor
            .aliases
            .iter()
            .filter_map(|a| courtesy_gender(a).map(|(g, surname)| (g, surname, a.clone())))
            .collect();
        let Some((first_gender, surname, _)) = forms.first().cloned() else {
            continue;
        };
        if forms.iter().all(|(g, _, _)| *g == first_gender) {
            continue;
        }
        let tail = format!(" {surname}");
        let others: Vec<usize> = (0..actors.len())
            .filter(|&j| j != i)
            .filter(|&j| {
                actors.get(j).is_some_and(|a| {
                    a.name.ends_with(&tail) && (a.kind.is_empty() || a.is(ActorKind::Person))
                })
            })
            .collect();
        let others: Vec<(usize, Option<Gender>)> =
            others.into_iter().map(|j| (j, own(actors, j))).collect();
        let theirs = own(actors, i);
        // The gender that stays: the person's own; else the one no other person shows where
        // another shows one; else the first form's.
        let shown_by_other = others.iter().find_map(|(_, g)| *g);
        let kept = theirs
            .or_else(|| shown_by_other.map(Gender::other))
            .unwrap_or(first_gender);
        let moving: Vec<String> = forms
            .iter()
            .filter(|(g, _, _)| *g != kept)
            .map(|(_, _, alias)| alias.clone())
            .collect();
        let Some(moved_gender) = forms.iter().map(|(g, _, _)| *g).find(|g| *g != kept) else {
            continue;
        };
        let other = others
            .iter()
            .find(|(_, g)| *g == Some(moved_gender))
            .or_else(|| {
                others
                    .iter()
                    .find(|(_, g)| g.is_none())
                    .filter(|_| theirs.is_none() && shown_by_other.is_none())
            })
            .map(|(j, _)| *j);
        let Some(other) = other else { continue };
        if let Some(actor) = actors.get_mut(i) {
            actor.aliases.retain(|a| !moving.contains(a));
        }
        if let Some(actor) = actors.get_mut(other) {
            actor.aliases.extend(moving);
        }
    }
}

/// The surname of a name of two words whose first is one of the text's `nouns` and whose second
/// is one of `surnames` in another case: „Nachfrage Wendlands“ → „Wendlands“.
fn noun_before_surname(
    name: &str,
    surnames: &HashSet<String>,
    nouns: &HashSet<String>,
) -> Option<String> {
    let (first, second) = name.split_once(' ')?;
    if !nouns.contains(first) || second.contains(' ') {
        return None;
    }
    genitive_of_one_of(second, surnames).then(|| second.to_string())
}

/// Whether `word` is one of `names` with one of the language's `name ending`s: „Rehbeins“.
fn genitive_of_one_of(word: &str, names: &HashSet<String>) -> bool {
    NAME_ENDINGS.iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(|name| names.contains(name) && with_name_ending(word, name))
    })
}

/// An institution's name in the genitive, in the nominative: „Landesrechnungshofs“ →
/// „Landesrechnungshof“, „Landkreises“ → „Landkreis“, „Landgerichts Mannheim“ → „Landgericht
/// Mannheim“ — its first word without the -s or -es, where that ends as the language's list
/// `institution ending` has it and the word as written does not; or a Cyrillic one's
/// (“Верховної Ради”).
pub fn nominative_institution(name: &str) -> Option<String> {
    if is_cyrillic_institution(name) {
        return cyrillic_institution(name);
    }
    let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
    if ends_as_institution_written(first) {
        return None;
    }
    let stem = ["s", "es"]
        .iter()
        .filter_map(|ending| first.strip_suffix(ending))
        .find(|stem| ends_as_institution_written(stem))?;
    Some(if rest.is_empty() {
        stem.to_string()
    } else {
        format!("{stem} {rest}")
    })
}

/// In a language that writes every noun with a capital (its list `noun marker`), the capitalised
/// words the text writes after an article or a number: nouns, not names („die Stellen“, „18
/// Millionen Euro“).
fn common_nouns(paragraphs: &[String]) -> HashSet<String> {
    let mut nouns = HashSet::new();
    if !writes_nouns_with_capitals() {
        return nouns;
    }
    for paragraph in paragraphs {
        let all = words(paragraph);
        for (i, marker) in all.iter().enumerate() {
            // A figure, its decimal comma too: „11,6 Millionen Euro“.
            let number = marker.text.starts_with(|c: char| c.is_ascii_digit())
                && marker.text.chars().all(|c| c.is_ascii_digit() || c == ',');
            if !(number || MARKERS.contains(&marker.text.to_lowercase())) {
                continue;
            }
            // Past up to two words in small letters („die neuen Stellen“), and after a number its
            // unit too: „18 Millionen Euro“.
            let after = all.iter().skip(i + 1);
            let small = after
                .clone()
                .take(2)
                .take_while(|w| !is_capitalised(w.text))
                .count();
            let marked = after.skip(small).take(if number { 2 } else { 1 });
            for noun in marked.take_while(|w| is_capitalised(w.text)) {
                nouns.insert(noun.text.to_string());
            }
        }
    }
    nouns
}

/// Noun markers (its list `noun marker`), of a language that writes every noun with a capital.
static MARKERS: Words = Words::listed("noun marker");

/// Whether the text's language writes every noun with a capital, and joins words into one.
pub fn writes_nouns_with_capitals() -> bool {
    MARKERS.iter().next().is_some()
}

/// Whether every capitalised word of `name` is one of the text's `nouns` and none of them ends
/// as an institution's name does.
fn is_common_noun(name: &str, nouns: &HashSet<String>) -> bool {
    let capitalised: Vec<Word> = words(name)
        .into_iter()
        .filter(|w| is_capitalised(w.text))
        .collect();
    !capitalised.is_empty()
        && capitalised
            .iter()
            .all(|w| nouns.contains(w.text) && !ends_as_institution(w.text))
}

/// Whether a word ends as an institution's name does in a language that writes every noun with
/// a capital (its list `institution ending`, a genitive's -s or -es aside: „des
/// Landesrechnungshofs“).
fn ends_as_institution(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        lower.as_str(),
        lower.trim_end_matches('s'),
        lower.trim_end_matches("es"),
    ]
    .iter()
    .any(|form| ends_as_institution_written(form))
}

/// Whether a word as written ends as the language's list `institution ending` has it.
fn ends_as_institution_written(word: &str) -> bool {
    static ENDINGS: Words = Words::listed("institution ending");
    let lower = word.to_lowercase();
    ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// Whether a capitalised word opens sentences or names a day or a month rather than a name
/// (“On”, “Tuesday”, „September“).
pub fn is_opener(word: &str) -> bool {
    NOT_NAMES.contains(word) || dates::is_month_name(word)
}

/// Whether a name is a place, an event, a day or a law rather than an actor: its last word says
/// so (“Harlow County”, “Water Act”) or one before it does with no word of an actor's kind
/// after it (“Harlow County Health Department” acts); or it is a single word that opens
/// sentences or names a day or month (“Tuesday”, „September“), or a document („Sonderbericht“).
fn names_no_actor(name: &str) -> bool {
    let found = words(name);
    let by_word = |w: &Word| NOT_ACTOR_WORDS.contains(w.text);
    // Or an office's body after a possessive: “Brenford County District Attorney’s Office”.
    let kind_after = |at: usize| {
        found
            .iter()
            .skip(at + 1)
            .any(|w| KIND_WORDS.iter().any(|(cue, _)| cue == w.text) || w.text == "Office")
    };
    let placed = found.last().is_some_and(by_word)
        || found
            .iter()
            .enumerate()
            .any(|(at, w)| by_word(w) && !kind_after(at));
    let dated = found.len() == 1 && is_opener(name);
    // „in seinem Sonderbericht“, „Einer Studie“: a document, not who wrote it; not a
    // publication's name that ends in one, “Harvard Business Review”.
    let document = match found.as_slice() {
        [one] => super::speakers::is_document(one.text),
        [article, noun] => {
            super::cues::is_determiner(article.text) && super::speakers::is_document(noun.text)
        }
        _ => false,
    };
    placed || dated || document
}

/// Whether a cited name is an institution speaking for itself rather than a publication: a
/// programme, office, institute, agency, foundation… (“United Nations Environment Programme”).
pub fn is_institution(name: &str) -> bool {
    static INSTITUTIONAL: Words = Words::new(concat!(
        "Programme|Program|Office|Institute|Agency|Foundation|Ministry|Department|Council|",
        "Commission|Authority|Bureau|Organization|Organisation|University|Fund|Bank|",
        "Association|Federation|Centre|Center|Service|Statistics",
    ));
    // Or a name that a noun of the language's list `institution` ends (“Victoria Police”) or, as
    // languages that put the noun first write it, opens: “Servicio de Salud de Castilla-La
    // Mancha”.
    let found = words(name);
    let head = |w: Option<&Word>| w.is_some_and(|w| is_one_of(w.text, &INSTITUTION_NOUNS));
    found.iter().any(|w| INSTITUTIONAL.contains(w.text))
        || found.len() > 1 && (head(found.last()) || head(found.first()))
}

/// Nouns of a kind of place, in the cases texts write them (the language's list `place noun`):
/// “city”, “village”, “селі”, “районі”.
static PLACE_NOUNS: Words = Words::listed("place noun");

/// Single names the text uses as places somewhere: after a preposition of its list `place
/// preposition`, “in”, “near”, « à » (“trading in Lindgrad”, “in Málaga and Palma”), or after
/// “port of”, “city of”, “the capital,” — but not countries or their seats, which act. Elsewhere
/// the same word is then a place too: “the Barcelona figures”.
fn places(paragraphs: &[String]) -> HashSet<String> {
    static BEFORE: Words = Words::listed("place preposition");
    static AND: Words = Words::listed("and");
    let mut found = HashSet::new();
    for text in paragraphs {
        let all = words(text);
        for (i, word) in all.iter().enumerate().skip(1) {
            let previous = all.get(i - 1).map_or("", |w| w.text);
            let gap = all
                .get(i - 1)
                .and_then(|p| text.get(p.end..word.start))
                .unwrap_or("");
            let locative = gap == " "
                && (BEFORE.contains(previous)
                    || AND.contains(previous)
                        && i >= 3
                        && all
                            .get(i - 3)
                            .is_some_and(|w| Some(w.text) == BEFORE.iter().next())
                    || previous == "of"
                        && i >= 2
                        && all.get(i - 2).is_some_and(|w| PLACE_NOUNS.contains(w.text)));
            let after_place_noun = gap == ", " && PLACE_NOUNS.contains(previous);
            let single = all.get(i + 1).is_none_or(|n| {
                !is_capitalised(n.text) || text.get(word.end..n.start) != Some(" ")
            });
            if (locative || after_place_noun)
                && single
                && is_capitalised(word.text)
                && !COUNTRIES.contains(word.text)
                && !SEATS.iter().any(|(s, _)| s == word.text)
            {
                found.insert(without_possessive(word.text).to_string());
            }
        }
    }
    // Not a name that speaks elsewhere, as its sentence's subject: « Le syndicat a écrit à
    // Bayrou. Bayrou a répondu que … », “No one at Northvale … . Northvale disputes …”.
    // Opening its sentence: “Residents in Hull deny …”, « Les habitants de Montoir contestent
    // … » speak, not Hull nor Montoir.
    for text in paragraphs {
        let all = words(text);
        for (i, pair) in all.windows(3).enumerate() {
            if let [name, verb, next] = pair {
                let place = without_possessive(name.text);
                let opens = i.checked_sub(1).and_then(|b| all.get(b)).is_none_or(|b| {
                    text.get(b.end..name.start)
                        .is_some_and(|gap| gap.contains(['.', '!', '?', ':']))
                });
                let subject =
                    found.contains(place) && text.get(name.end..verb.start) == Some(" ") && opens;
                let speaks = |w: &str| is_speech(w) || is_denial(w);
                if subject && (speaks(verb.text) || is_auxiliary(verb.text) && speaks(next.text)) {
                    found.remove(place);
                }
            }
        }
    }
    found
}

/// Single capitalised words that some sentence uses after its first word: names, not words
/// capitalised because they open a sentence.
fn capitalised_inside_sentences(paragraphs: &[String]) -> HashSet<String> {
    let mut found = HashSet::new();
    for text in paragraphs {
        for sentence in sentences(text) {
            let sentence_words = words(text.get(sentence.clone()).unwrap_or(""));
            for (i, word) in sentence_words.iter().enumerate().skip(1) {
                let before = sentence_words
                    .get(i - 1)
                    .and_then(|b| text.get(b.end + sentence.start..word.start + sentence.start))
                    .unwrap_or("");
                // A quotation opens with a capital too: “… he said. "Rents are rising …"”, and
                // so does a sentence inside one: “«… аварийными. Дороги мы доделаем …»”.
                // A name in guillemets (“акции «Камнефтехима»”) closes within a few words.
                let guillemets = before.ends_with(['«', '„', '‚'])
                    && text
                        .get(word.end + sentence.start..)
                        .and_then(|rest| rest.find(['»', '“', '‘']).and_then(|end| rest.get(..end)))
                        .is_none_or(|quoted| words(quoted).len() > 3);
                let opens_quote = guillemets
                    || before
                        .trim_end()
                        .ends_with(['“', '"', '‘', '.', '!', '?', '…']);
                // Standing alone: a word inside a longer name (“Office of Legislative Audits”)
                // does not make “Legislative” a name at the start of a sentence.
                let joined = |other: Option<&Word>, gap: Option<&str>| {
                    other.is_some_and(|o| is_capitalised(o.text)) && gap == Some(" ")
                };
                let after = sentence_words.get(i + 1);
                // Past the article that opens the sentence, in a language that writes its nouns
                // in small letters: “La Procuraduría informó …”.
                let opening_article = i == 1
                    && !writes_nouns_with_capitals()
                    && sentence_words
                        .first()
                        .is_some_and(|w| DETERMINERS.contains(&w.text.to_lowercase()));
                let alone = (opening_article || !joined(sentence_words.get(i - 1), Some(before)))
                    && !joined(
                        after,
                        after.and_then(|a| {
                            text.get(word.end + sentence.start..a.start + sentence.start)
                        }),
                    );
                if is_capitalised(word.text) && !opens_quote && alone {
                    found.insert(without_possessive(word.text).to_string());
                }
            }
        }
    }
    found
}

/// Single capitalised words that open a sentence as the subject of a verb of speech or denial,
/// right before it or past a relative clause set off by commas, and that the text never writes
/// in small letters: a body named only so, “Labour denied that …”, “Labour, which holds 34 of
/// the 57 seats, says …” (not “Officials said”, where the text writes “officials” too, nor a
/// plural for a group). Not in a language that writes every noun with a capital.
fn speaking_first(paragraphs: &[String]) -> HashSet<String> {
    static RELATIVES: Words = Words::listed("relative");
    let mut found = HashSet::new();
    if writes_nouns_with_capitals() {
        return found;
    }
    let speaks = |w: &Word| is_speech(w.text) || super::cues::is_denial(w.text);
    for text in paragraphs {
        for sentence in sentences(text) {
            let span = text.get(sentence).unwrap_or("");
            let all = words(span);
            let [first, next, ..] = all.as_slice() else {
                continue;
            };
            let gap = span.get(first.end..next.start).unwrap_or("");
            let right_before = gap == " " && speaks(next);
            let past_relative = gap == ", "
                && RELATIVES.contains(&next.text.to_lowercase())
                && (2..all.len().min(16)).any(|k| {
                    all.get(k).is_some_and(speaks)
                        && all
                            .get(k - 1)
                            .and_then(|b| span.get(b.end..all.get(k).map_or(b.end, |w| w.start)))
                            == Some(", ")
                });
            // Not a plural noun for a group, “Dockers said …”, “Жители заявили …”.
            let plural = first.text.ends_with('s') || is_cyrillic(first.text);
            if is_capitalised(first.text)
                && !plural
                && !first.text.contains(['’', '\''])
                && (right_before || past_relative)
            {
                found.insert(first.text.to_string());
            }
        }
    }
    // Not a word the text also writes in small letters.
    if !found.is_empty() {
        let small: HashSet<&str> = paragraphs
            .iter()
            .flat_map(|p| words(p).into_iter().map(|w| w.text))
            .filter(|w| w.starts_with(char::is_lowercase))
            .collect();
        found.retain(|w| !small.contains(w.to_lowercase().as_str()));
    }
    found
}

/// The names a sentence uses.
fn in_sentence(
    text: &str,
    sentence: Range<usize>,
    paragraph: usize,
    skip: &[Range<usize>],
) -> Vec<Mention> {
    let span = text.get(sentence.clone()).unwrap_or("");
    let skipped = Merged::of(skip);
    let all: Vec<Word> = with_legal_endings(span, split_hyphenated(words(span)))
        .into_iter()
        .filter(|w| !skipped.covers(&(w.start + sentence.start..w.end + sentence.start)))
        .collect();
    let armed = all.iter().any(|w| is_one_of(w.text, &ARMED_CUES));
    let (spelled_out, spelled_out_words): (Vec<Mention>, Vec<Range<usize>>) =
        spelled_out_before_acronyms(span, &all).into_iter().unzip();
    let mut found: Vec<Mention> = spelled_out.into_iter().map(|m| m.with(paragraph)).collect();
    let small_letters = writes_institutions_in_small_letters();
    let mut i = 0;
    while i < all.len() {
        let Some(word) = all.get(i) else { break };
        // Their words and acronyms are theirs: not “France (FPPF)” of “Fédération des petits
        // propriétaires de France (FPPF)”.
        if spelled_out_words.iter().any(|r| r.contains(&word.start)) {
            i += 1;
            continue;
        }
        if let Some((institution, next)) = small_letters
            .then(|| institution_in_small_letters(span, &all, i))
            .flatten()
        {
            found.push(institution.with(paragraph));
            i = next;
            continue;
        }
        if !is_capitalised(word.text) {
            if let Some((institution, next)) = institution_at(span, &all, i) {
                found.push(institution.with(paragraph));
                i = next;
                continue;
            }
            if let Some(group) = group_at(span, &all, i) {
                found.push(group.with(paragraph));
            }
            i += 1;
            continue;
        }
        let quoted = legal_form_before_quotes(span, word)
            .map(|(mention, end)| (vec![mention], end))
            .or_else(|| quoted_after_noun(span, &all, i))
            .or_else(|| quoted_after_adjective_and_noun(span, &all, i));
        if let Some((mentions, end)) = quoted {
            found.extend(mentions.into_iter().map(|m| m.with(paragraph)));
            i += all.iter().skip(i).take_while(|w| w.start < end).count();
            continue;
        }
        if let Some((institutions, next)) = institution_after_adjective(span, &all, i) {
            found.extend(institutions.into_iter().map(|m| m.with(paragraph)));
            i = next;
            continue;
        }
        let mut run = run_from(span, &all, i);
        // A name right after a preposition and a kind of place's noun is the place's, whatever
        // case it is in: “у селі Верхня Криниця Лиманецького району” — two words, and
        // adjectives of its place after them (not “мэр города Игорь Сидоренко”); not a country
        // or its seat, which act.
        let after_place_noun = i.checked_sub(1).and_then(|k| all.get(k)).is_some_and(|w| {
            PLACE_NOUNS.contains(&w.text.to_lowercase()) && w.end + 1 == word.start
        }) && i
            .checked_sub(2)
            .and_then(|k| all.get(k))
            .is_some_and(|w| super::attribution::PREPOSITIONS.contains(&w.text.to_lowercase()));
        let place_run = run.len() <= 2
            || run
                .get(2..)
                .is_some_and(|rest| rest.iter().all(|w| is_place_adjective(w.text)));
        // Nor a person who speaks right after: “У місті Віталій Кличко заявив …”.
        let acting = || {
            all.get(i + run.len())
                .is_some_and(|w| is_speech(w.text) || is_auxiliary(w.text))
                || COUNTRIES.contains(word.text)
                || SEATS.iter().any(|(s, _)| s == word.text)
        };
        if after_place_noun && place_run && !acting() {
            i += run.len().max(1);
            continue;
        }
        // “мер Києва Віталій Кличко”: after an office, a place in a case, then a name of two
        // words — not a name of three, whose middle word is a patronymic (the language's list
        // `patronymic ending`).
        let skipped = office_and_place_before_name(&all, i, &run);
        if skipped > 0 {
            i += skipped;
            continue;
        }
        // An office's place, after the office and particles: „Bürgermeister von Bad Ebersau“
        // names the town, which governs.
        let word_before = |back: usize| i.checked_sub(back).and_then(|k| all.get(k));
        let after_office = |particles: usize| {
            (1..=particles)
                .all(|back| word_before(back).is_some_and(|w| PARTICLES.contains(w.text)))
                && word_before(particles + 1).is_some_and(|w| office_of_a_place(w, &all, i))
        };
        let placed = after_office(1);
        // “La sénatrice de Loire-Atlantique Martine Lebreton-Daumas”, “le député de la Moselle
        // Paul Girard”, “El exalcalde de Torrealta del Campo Julián Ortega Baeza”: after them, a
        // place of one word and a name of two, or a place of several whose last follows a
        // particle and a name of two or three (not “San Sebastián Eneko Goia”, where no word
        // tells where the place ends).
        let particle = run.iter().rposition(|w| PARTICLES.contains(w.text));
        let place_end = particle.map_or(1, |particle| particle + 2);
        // Or a place of one word and a name of three, where the paragraph calls the person by
        // the name's middle word alone, their first surname, and no one else by it: “El
        // exconsejero de Fomento Ramiro Celaya Montes negó … », aseguró Celaya” (not “de Puerto
        // Real Vicente Ruiz” beside “Jorge Vicente”).
        let by_first_surname = || {
            particle.is_none()
                && run.len() == 4
                && run.get(2).is_some_and(|w| {
                    let (in_names, alone): (Vec<_>, Vec<_>) =
                        beside_capitals(text, w.text).partition(|&(before, after)| before || after);
                    !alone.is_empty() && in_names.len() == 1
                })
        };
        // Read only after an office: the paragraph is read whole for the surname.
        let after_an_office = placed || after_office(2);
        let name_fits = |words: usize| match words {
            2 => true,
            3 => particle.is_some() || by_first_surname(),
            _ => false,
        };
        if let Some(end) = Some(place_end).filter(|&end| {
            after_an_office
                && name_fits(run.len().saturating_sub(end))
                && run.get(end..).is_some_and(is_persons_name)
        }) {
            i += end;
            continue;
        }
        // “Рішення Лозівської селищної ради”: the run's last word opens an institution's name.
        if run.len() >= 2 && institution_after_adjective(span, &all, i + run.len() - 1).is_some() {
            run.pop();
        }
        // “фракції КПРФ Сергій Баклан”, “ФДМУ Олексій Дорошенко”: an acronym, then a person's
        // name are two actors.
        if let Some(acronym) = run.get(..1).filter(|_| acronym_before_person(&run)) {
            found.extend(named_by_run(span, &all, i, acronym, armed).map(|m| m.with(paragraph)));
            i += 1;
            continue;
        }
        let mut mention = named_by_run(span, &all, i, &run, armed);
        // A name in brackets, after another's, is what the other belongs to: “Олег Ремезов
        // («Единая Россия»)”.
        let bracketed = span
            .get(..word.start)
            .is_some_and(|b| b.trim_end_matches(['«', '„', '“', '"']).ends_with(" ("));
        if let Some(m) = mention.as_mut().filter(|m| bracketed && m.kind.is_none()) {
            m.kind = Some(ActorKind::Organisation.key());
        }
        // A name written whole in guillemets is a body's or a brand's, no person's, and keeps
        // its case: „директор «Терра Поділля» Богдан Литвиненко“.
        let guillemets = span.get(..word.start).is_some_and(|b| b.ends_with('«'))
            && run
                .last()
                .and_then(|last| span.get(last.end..))
                .is_some_and(|after| after.starts_with('»'));
        if let Some(m) = mention.as_mut().filter(|m| {
            guillemets
                && m.kind.is_none_or(|k| k == ActorKind::Person.key())
                && m.name.contains(' ')
        }) {
            m.kind = Some(ActorKind::Organisation.key());
        }
        if let Some(m) = mention.as_mut().filter(|m| placed && m.kind.is_none()) {
            m.kind = Some(ActorKind::Government.key());
        }
        found.extend(mention.map(|m| m.with(paragraph)));
        i += run.len().max(1);
    }
    found
}

/// Whether `office`, before a particle and the words from `at`, is an office and its place: a
/// speaker's noun (“alcalde de …”), or a title of six letters or more before two capitalised
/// words („Bürgermeister von Bad Ebersau“) — not a courtesy title, nor a title before a noble
/// particle or one surname („Frau von der Leyen“, „Präsident von Weizsäcker“).
fn office_of_a_place(office: &Word, all: &[Word], at: usize) -> bool {
    let two_capitalised = all
        .get(at..at + 2)
        .is_some_and(|place| place.len() == 2 && place.iter().all(|w| is_capitalised(w.text)));
    is_person_noun(office.text)
        || is_title(office.text) && office.text.chars().count() >= 6 && two_capitalised
}

/// The office and its place before a name from word `i`, where the place is an adjective and a
/// noun of a place: “Губернатор Приозёрной области” of “Губернатор Приозёрной области Андрей
/// Кольцов”, which “губернатор” later names.
fn office_and_place_adjective_before(span: &str, all: &[Word], i: usize) -> Option<String> {
    let office = |w: &Word| is_title(w.text) || is_person_noun(w.text);
    let spaced = |from: &Word| {
        all.get(i)
            .and_then(|name| span.get(from.start..name.start))
            .is_some_and(|gap| !gap.contains([',', '.', ';', ':', '—', '–']))
    };
    if let Some([holder, adjective, place]) = i.checked_sub(3).and_then(|k| all.get(k..i)) {
        let holds = office(holder)
            && is_cyrillic(adjective.text)
            && is_capitalised(adjective.text)
            && is_adjective(adjective.text)
            && PLACE_NOUNS.contains(place.text);
        if holds && spaced(holder) {
            return span.get(holder.start..place.end).map(str::to_string);
        }
    }
    // Or the office and its field in small letters: “Міністр економіки Віталій Стельмах”.
    let [holder, field] = all.get(i.checked_sub(2)?..i)? else {
        return None;
    };
    let holds =
        office(holder) && is_cyrillic(field.text) && !is_capitalised(field.text) && spaced(holder);
    holds
        .then(|| span.get(holder.start..field.end).map(str::to_string))
        .flatten()
}

/// How many words of the run from word `i` are an office's place in a case, and the office when
/// the run opens with it, before a person's given name and surname: “мер Києва Віталій Кличко”,
/// “Мер Житомира Сергій Сухомлин заявив …”; none before a name of three whose middle word is a
/// patronymic (the language's list `patronymic ending`), or after no office.
fn office_and_place_before_name(all: &[Word], i: usize, run: &[Word]) -> usize {
    let before = i.checked_sub(1).and_then(|k| all.get(k));
    let office_before = before.is_some_and(|w| !is_capitalised(w.text) && is_person_noun(w.text));
    // „жительница села Береговое Людмила Фокина“: the place a place's noun names — not a
    // place of two words before a given name that “and” joins to another („села Красная Горка
    // Анна и Иван Петровы“).
    static AND: Words = Words::listed("and");
    let joined = all
        .get(i + run.len())
        .is_some_and(|next| AND.contains(next.text));
    let place_before = before.is_some_and(|w| PLACE_NOUNS.contains(w.text)) && !joined;
    let (office, rest) = match run {
        [first, rest @ ..] if rest.len() == 3 && is_person_noun(first.text) => (1, rest),
        _ if office_before || place_before => (0, run),
        _ => return 0,
    };
    match rest {
        // “Голова СБУ Василь Малюк”: past the office, the acronym is a body's of its own.
        [place, ..] if is_acronym(place.text) => office,
        [_, given, _] if PATRONYMICS.iter().next().is_some() && !is_patronymic(given.text) => {
            office + 1
        }
        _ => 0,
    }
}

/// Where `text` writes `word` as a whole word: for each time, whether a capitalised word stands
/// right before it and right after it (“Jorge Vicente”, „Anwohner Jens“), or neither
/// (“aseguró Celaya al comienzo”).
fn beside_capitals<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = (bool, bool)> + 't {
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text.get(..at).unwrap_or("");
        let after = text.get(at + word.len()..).unwrap_or("");
        if before.ends_with(char::is_alphanumeric) || after.starts_with(char::is_alphanumeric) {
            return None;
        }
        let capital_before = before
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(' ').next())
            .is_some_and(is_capitalised);
        let capital_after = after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase));
        Some((capital_before, capital_after))
    })
}

/// Whether `name`'s words are a person's given name and surname: capitalised, no acronym or
/// title among them, and no word of another kind's name.
fn is_persons_name(name: &[Word]) -> bool {
    let text: Vec<&str> = name.iter().map(|w| w.text).collect();
    name.iter()
        .all(|w| is_capitalised(w.text) && !is_acronym(w.text) && !is_title(w.text))
        && kind_of(&text.join(" "), false, false).is_none()
}

/// Whether a run of capitalised words opens with an acronym and goes on with a person's name:
/// two or three words in small letters after their capitals, none telling another kind (not
/// “UN Security Council”).
fn acronym_before_person(run: &[Word]) -> bool {
    match run {
        [acronym, rest @ ..] if (2..=3).contains(&rest.len()) && is_acronym(acronym.text) => {
            is_persons_name(rest)
        }
        _ => false,
    }
}

/// The name the run of capitalised words `run`, from word `i`, makes, if any: without the
/// titles and sentence openers before it and the letters after it, with its kind as they and
/// its sentence (`armed`) tell, or the institution a nationality names (“Russian military”).
fn named_by_run(span: &str, all: &[Word], i: usize, run: &[Word], armed: bool) -> Option<Mention> {
    let previous = i.checked_sub(1).and_then(|p| all.get(p)).map(|w| w.text);
    let next = i + run.len().max(1);
    let mut names: Vec<&Word> = run.iter().collect();
    // “Губернатор Приозёрной области Андрей Кольцов”: an adjective before a noun of a place is
    // the place's, no name.
    let place_after = all.get(next).is_some_and(|n| {
        PLACE_NOUNS.contains(n.text)
            && span.get(run.last().map_or(0, |w| w.end)..n.start) == Some(" ")
    });
    if place_after
        && names
            .last()
            .is_some_and(|w| is_cyrillic(w.text) && is_adjective(w.text))
    {
        names.pop();
    }
    // “Міністр економіки Віталій Стельмах …”: an office alone opening the sentence, in a
    // language that writes it in small letters elsewhere, is no name.
    // (Then its field and a name: not a surname that is also an office's word, “Голова
    // додала, що …”.)
    let name_after = all.get(next + 1).is_some_and(|w| {
        is_capitalised(w.text) && all.get(next).is_some_and(|f| !is_capitalised(f.text))
    });
    if let ([office], true) = (names.as_slice(), name_after) {
        let opens = i == 0
            || span.get(..office.start).is_some_and(|before| {
                let before = before.trim_end();
                before.is_empty() || before.ends_with(['—', '–', '«', '„', '“', '"'])
            });
        if opens && is_person_noun(office.text) && !writes_nouns_with_capitals() {
            return None;
        }
    }
    if names
        .iter()
        .all(|w| is_title(w.text) || !is_capitalised(w.text))
    {
        // “Managing Partner”, “Chief Executive”: an office, not a name.
        return None;
    }
    // “M. Vasseur”, “Ms Pike”, „Frau Kluth“: a surname after a courtesy title, a name the text
    // uses for the person as written.
    let courtesy = match names.as_slice() {
        [title, surname] if TITLES.contains(without_dot(title.text)) => {
            Some(span.get(title.start..surname.end).unwrap_or("").to_string())
        }
        _ => None,
    };
    let mut titled = false;
    let mut title_words: Option<String> = None;
    // A company's name is whole, whatever office a word of it names: “Kessler & Partner GmbH”.
    let company = names.last().is_some_and(|w| is_legal_ending(w.text));
    // “Attorney General’s Office”: its titles are its name, here and where openers go.
    let body = an_offices_body(&names);
    if let Some(k) = title_before_name(&names).filter(|_| !company && !body) {
        title_words = names
            .get(..=k)
            .map(|t| t.iter().map(|w| w.text).collect::<Vec<_>>().join(" "));
        names.drain(..=k);
        titled = true;
    }
    // “L’entreprise Agrinor SAS”: a noun after an elided article; or any word in small letters
    // after an elision, “D'après Les Échos” (not “O’Neill”).
    let elided_noun = |w: &Word| {
        let after_elision = w
            .text
            .char_indices()
            .take(4)
            .find(|(_, c)| matches!(c, '’' | '\''))
            .and_then(|(at, mark)| w.text.get(at + mark.len_utf8()..))
            .is_some_and(|rest| rest.starts_with(char::is_lowercase));
        after_elision
            || super::words::elided(w.text, &DETERMINERS)
                .is_some_and(|(_, noun)| noun.starts_with(char::is_lowercase))
    };
    // After a noun of an organisation: “l’association Lière Vivante”, “the union Unite”.
    let after_noun = |word: &str| {
        let lower = word.to_lowercase();
        let noun = lower.rsplit(['’', '\'']).next().unwrap_or(&lower);
        INSTITUTION_NOUNS.contains(noun)
            || super::speakers::organisation_noun(|n| n == noun).is_some()
    };
    let spaced = i
        .checked_sub(1)
        .and_then(|p| all.get(p))
        .zip(all.get(i))
        .is_some_and(|(before, first)| span.get(before.end..first.start) == Some(" "));
    // After an office and its link: “a spokesperson for Metro Transit”, „Sprecher von …“.
    let before_previous = i.checked_sub(2).and_then(|k| all.get(k));
    let of_an_office = previous.is_some_and(|p| OFFICE_LINKS.contains(p))
        && before_previous.is_some_and(|w| !is_capitalised(w.text) && is_person_noun(w.text));
    // Of two words or more, in a language that writes no person in a case after it
    // (“администрация Трампа”, “le gouvernement Bayrou” are a person's).
    let named_after_noun = spaced
        && names.len() >= 2
        && !names.iter().any(|w| is_cyrillic(w.text))
        && previous.is_some_and(after_noun);
    // A document's maker named in one word, an acronym or a compound: “Опрос ВЦИОМ”,
    // “Исследование Левада-Центра” (not a surname: “Расследование Навального”).
    let made_by_body = names
        .get(1)
        .is_some_and(|w| is_acronym(w.text) || w.text.contains('-'));
    let institutional = of_an_office
        || named_after_noun
        || i == 0 && names.len() == 2 && made_by_body && opens_on_document(&names)
        || previous.is_some_and(|p| ["the", "at", "of"].contains(&p))
        || names.first().is_some_and(|w| w.text == "The")
        || names.len() >= 2 && names.first().is_some_and(|w| elided_noun(w));
    titled |= without_openers(&mut names, i == 0, body);
    // „Die Ministerin“: an office after the article that opens the sentence is no name either.
    if names.iter().all(|w| is_title(w.text)) {
        return None;
    }
    // „die Beratungsfirma Castellan Advisory“: a noun that describes the name before it.
    static DESCRIPTORS: Words = Words::listed("descriptor");
    let describes = |w: &Word| {
        let lower = w.text.to_lowercase();
        DESCRIPTORS.iter().any(|d| lower.ends_with(d))
    };
    let mut described: Option<String> = None;
    if names.len() >= 3 && names.first().is_some_and(|w| describes(w)) {
        described = names.first().map(|w| w.text.to_string());
        names.remove(0);
    }
    // In a language that writes nouns with capitals, a noun for what someone does before a
    // name of two words: „Anwohnerin Gisela Brandt“, „FPÖ-Klubobmann Gernot Pließnig“ (a
    // compound after an acronym), not a first name („Martin“ is too short).
    if names.len() == 3
        && names
            .first()
            .is_some_and(|w| is_noun_of_what_one_does(w.text))
    {
        described = names.first().map(|w| w.text.to_string());
        names.remove(0);
    }
    // Opening a sentence, such a noun is no part of the name.
    if names.len() >= 2 && names.first().is_some_and(|w| elided_noun(w)) {
        described = names.first().map(|w| w.text.to_string());
        names.remove(0);
    }
    // Letters after a name are not part of it: “Nadia Qureshi KC”, “Jo Bell MP”.
    while names.len() > 2 && names.last().is_some_and(|w| POST_NOMINALS.contains(w.text)) {
        names.pop();
    }
    let (first, last) = (names.first()?, names.last()?);
    // A surname cut to its initial, with its dot, as a court report writes it: „Markus S.“.
    // Alone, inside a sentence: „Laut Anklage soll S. zwischen Oktober …“.
    let inside = |after: &str| {
        after
            .strip_prefix(". ")
            .is_some_and(|rest| rest.starts_with(char::is_lowercase))
    };
    let initial = last.text.chars().count() == 1
        && last.text.chars().all(char::is_uppercase)
        && span
            .get(last.end..)
            .is_some_and(|after| after.starts_with('.') && (names.len() >= 2 || inside(after)));
    let end = last.end + usize::from(initial);
    let name = without_possessive(span.get(first.start..end).unwrap_or("")).to_string();
    let possessive = without_possessive(last.text).len() < last.text.len();
    let after = span.get(last.end..).unwrap_or("");
    // A short name in brackets is a body's: “Conserveros Unidos del Noroeste (Conunor)”.
    let short_name = (!possessive)
        .then(|| short_name_after(after, &name))
        .flatten();
    // An acronym after an office is a body's: “Аналитик ФГ «Финам»”.
    let kind = kind_of(&name, armed, titled && !is_acronym(&name))
        .or_else(|| {
            (institutional || short_name.is_some()).then_some(ActorKind::Organisation.key())
        })
        .or_else(|| body_after(span, last.end));
    // A name its initials follow in brackets is a body's, which are named so, as people are
    // not: “Frente Aragonés (FA)”, “Plataforma Turolense (PT)”.
    let kind = kind.or_else(|| {
        acronym_after(after)
            .filter(|acronym| !possessive && spells_initials(acronym, &name))
            .map(|_| ActorKind::Organisation.key())
    });
    // After a person's name, letters in brackets are their party (“Birgit Hartwig (VPM)”), not
    // their initials.
    let person = kind.unwrap_or_else(|| default_kind(&name)) == ActorKind::Person.key();
    let acronym = (!possessive)
        .then(|| acronym_after(after))
        .flatten()
        .filter(|acronym| !person || initials_of(acronym, &name))
        .or(short_name)
        .or(courtesy);
    if let Some(institution) = institution_after(span, all, next) {
        // “Russian military”: the nationality names an institution, not the country.
        return Some(Mention {
            nationality: false,
            name: format!("{name} {}", institution.0),
            kind: Some(institution.1),
            alias: None,
            paragraph: 0,
            description: None,
        });
    }
    Some(Mention {
        nationality: is_nationality(&name) && !speaks_next(span, all, next),
        name,
        kind,
        alias: acronym,
        paragraph: 0,
        description: apposition(span, last.end)
            .or(title_words)
            .or(described)
            .or_else(|| office_and_place_adjective_before(span, all, i)),
    })
}

/// Takes the titles (“President”, before more of the name, unless the name is an office's
/// `body`), the words that open sentences rather than names (“However”, “The”) and a sentence's
/// opening adverb (“Symbolically”) off the front of `names`; whether a title was among them.
fn without_openers(names: &mut Vec<&Word>, sentence_start: bool, body: bool) -> bool {
    static SPEAKING_FOR: Words = Words::listed("speaking for");
    let mut titled = false;
    while let Some(first) = names.first() {
        let document = sentence_start && opens_on_document(names);
        // A person's office opening the sentence in a language that writes it in small
        // letters elsewhere: “Суддя Ірина Шевчук відклала засідання”.
        let office = sentence_start
            && names.len() > 1
            && !first.text.chars().all(char::is_uppercase)
            && is_person_noun(first.text);
        let title = (is_title(first.text) || office) && !body;
        let direction = DIRECTIONS.contains(&first.text)
            && names
                .get(1)
                .is_some_and(|n| is_capitalised(n.text) && !is_nationality(n.text));
        let opener = (NOT_NAMES.contains(first.text)
            || names.len() > 1 && dates::is_month_name(first.text))
            && !direction;
        if title && names.len() > 1 {
            titled = true;
        }
        // A noun that speaks for the name after its particle (the list `speaking for`):
        // “Fuentes de Mareira” are Mareira's.
        let tied = |w: &&Word| !is_capitalised(w.text);
        let speaking_for = names.get(1).is_some_and(tied)
            && names.iter().skip(1).any(|w| is_capitalised(w.text))
            && SPEAKING_FOR.contains(&first.text.to_lowercase());
        if speaking_for {
            names.remove(0);
            while names.first().is_some_and(tied) {
                names.remove(0);
            }
        } else if opener {
            // With the particles after it: “Selon la RATP” is “RATP”.
            names.remove(0);
            while names.len() > 1 && names.first().is_some_and(|w| !is_capitalised(w.text)) {
                names.remove(0);
            }
        } else if (title && names.len() > 1)
            || document
            || (sentence_start && first.text.ends_with("ly") && names.len() == 1)
        {
            names.remove(0);
        } else {
            break;
        }
    }
    titled
}

/// Whether a name's words open on a document's noun in Cyrillic letters, its maker's name after
/// it in the genitive, as a sentence opens: “Опрос ВЦИОМ показал …”, “Звіт ОБСЄ …” (not
/// “Auditoría Superior del Estado”, a name).
fn opens_on_document(names: &[&Word]) -> bool {
    static DOCUMENTS: Words = Words::listed("document");
    names.len() > 1
        && names.first().is_some_and(|first| {
            is_cyrillic(first.text)
                && !first.text.chars().all(char::is_uppercase)
                && DOCUMENTS.contains(&first.text.to_lowercase())
        })
}

/// In a language that writes nouns with capitals, a noun for what someone does, as it stands
/// before their name: „Anwohnerin“, „Hydrologe“ (eight letters or more, ending as the language's
/// list `person noun ending` says), or a compound after an acronym, „FPÖ-Klubobmann“ — not a
/// first name („Martin“ is too short).
pub(super) fn is_noun_of_what_one_does(word: &str) -> bool {
    let lower = word.to_lowercase();
    let after_acronym = word.split_once('-').is_some_and(|(a, _)| is_acronym(a));
    writes_nouns_with_capitals()
        && (after_acronym
            || lower.chars().count() >= 8 && super::speakers::ends_as_person_noun(&lower))
}

/// Whether `word` is a noun of the language's `speaker noun` that describes a person (“mayor”,
/// “суддя”), in any letters' case.
pub(super) fn is_person_noun(word: &str) -> bool {
    speaker_noun_kind(&word.to_lowercase()) == Some(ActorKind::Person.key())
}

/// The kind of a speaker the text describes by a noun, in the text's language (its list
/// `speaker noun`): “the mayor” is a person, “officials” a government, “следствие” an
/// organisation. Other nouns do not make a speaker.
pub(super) fn speaker_noun_kind(noun: &str) -> Option<&'static str> {
    static NOUNS: Words = Words::listed("speaker noun");
    NOUNS
        .iter()
        .find_map(|entry| entry.split_once('=').filter(|(n, _)| *n == noun))
        .map(|(_, kind)| kind)
}

/// The kind of a speaker a noun of the list `speaker noun` describes, written in any case:
/// “полиции”, “прокуратуре”, “мера”. Gives the noun as listed and the kind: the noun as written,
/// else one of the same stem, else the longest the word adds a case's ending to. Only a language
/// that declines its nouns (its list `case ending`) writes them in other cases: “officials” is no
/// form of “official”.
pub(super) fn speaker_noun_in_a_case(word: &str) -> Option<(&'static str, &'static str)> {
    static NOUNS: Words = Words::listed("speaker noun");
    static CASES: Words = Words::listed("case ending");
    let entries = || NOUNS.iter().filter_map(|entry| entry.split_once('='));
    let declines = CASES.iter().next().is_some();
    let ending = |n: &str| {
        word.strip_prefix(n)
            .map_or(0, |ending| ending.chars().count())
    };
    entries().find(|(n, _)| *n == word).or_else(|| {
        declines
            .then(|| {
                entries().find(|(n, _)| same_stem(word, n)).or_else(|| {
                    entries()
                        .filter(|(n, _)| n.chars().count() >= 3 && (1..=3).contains(&ending(n)))
                        .max_by_key(|(n, _)| n.len())
                })
            })
            .flatten()
    })
}

/// Names written with words in small letters, whose acronym follows in brackets: “l’Agence
/// régionale de la rénovation (ARR)”, “Office de l’eau et des milieux aquatiques (OEMA)”,
/// “chambre de commerce et d’industrie du Val-de-Lière (CCI)”, “Institut national de la
/// statistique et des études économiques (Insee)”. Names all in capitals are found by their run.
/// Each with where it is written in `span`, up to its acronym's closing bracket.
fn spelled_out_before_acronyms(span: &str, all: &[Word]) -> Vec<(Mention, Range<usize>)> {
    let mut found = Vec::new();
    for (j, word) in all.iter().enumerate() {
        let bracketed = span.get(..word.start).is_some_and(|b| b.ends_with('('))
            && span.get(word.end..).is_some_and(|a| a.starts_with(')'));
        if !bracketed || j == 0 {
            continue;
        }
        let before = all.get(..j).unwrap_or(&[]);
        let (Some(s), Some(last)) = (spelled_out_start(before, word.text), before.last()) else {
            continue;
        };
        let Some(first) = all.get(s) else { continue };
        let from = first.start + elided_length(first.text);
        let name = span.get(from..last.end).unwrap_or("").to_string();
        // Written in small letters from its start, a name is a body's only when it opens with an
        // institution's noun (“comité social et économique (CSE)”), not a plan's or a
        // procedure's (“plan de sauvegarde de l’emploi (PSE)”).
        let head = first.text.get(elided_length(first.text)..).unwrap_or("");
        if !is_capitalised(head) && !INSTITUTION_NOUNS.contains(&head.to_lowercase()) {
            continue;
        }
        let mention = Mention {
            nationality: false,
            name,
            kind: Some(ActorKind::Organisation.key()),
            alias: Some(word.text.to_string()),
            paragraph: 0,
            description: None,
        };
        found.push((mention, first.start..word.end));
    }
    found
}

/// The length of an elided article a word opens with: “l’” of “l’eau”, “d’” of “d’industrie”.
fn elided_length(word: &str) -> usize {
    word.char_indices()
        .find(|&(at, c)| matches!(c, '’' | '\'') && at <= 2)
        .map_or(0, |(at, c)| at + c.len_utf8())
}

/// How many words before an acronym [`spelled_out_start`] reads.
pub(super) const SPELLED_OUT: usize = 12;

/// Where the name that `acronym` abbreviates starts among the words `before` it, which it ends:
/// its letters are the initials of the name's words, small words (particles, articles, “and”)
/// aside, accents aside, capitalised words maybe following the last (a place). The acronym is
/// in capitals, or a short name of three to six letters in small letters after the first
/// (“Insee”, “Dares”). A name with no word in small letters is found by its run of capitals
/// instead.
pub(super) fn spelled_out_start(before: &[Word], acronym: &str) -> Option<usize> {
    static AND: Words = Words::listed("and");
    let short = (3..=6).contains(&acronym.chars().count())
        && is_capitalised(acronym)
        && acronym.chars().skip(1).all(char::is_lowercase);
    if !(is_acronym(acronym) || short) {
        return None;
    }
    static SMALL: Words = Words::listed("small word");
    // Particles, articles, “and”, and small words in small letters: the language's (“pour”,
    // „für“) and any of two letters (“по”, “of”).
    let small = |w: &str| {
        let lower = w.to_lowercase();
        PARTICLES.contains(&lower)
            || DETERMINERS.contains(&lower)
            || AND.contains(&lower)
            || lower == w && (w.chars().count() <= 2 || SMALL.contains(w))
    };
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .map(without_accent)
        .collect();
    let j = before.len();
    (j.saturating_sub(SPELLED_OUT)..j).find(|&s| {
        let Some(first) = before.get(s) else {
            return false;
        };
        let first_text = first.text.get(elided_length(first.text)..).unwrap_or("");
        if first_text.is_empty() || small(first_text) {
            return false;
        }
        // Not within a run of capitalised words, in a language that writes nouns with capitals,
        // which is found as a name of its own: „Kieler Instituts für Umwelt- und Planungsrecht
        // (IUP)“ — one word before it, a space apart, past the sentence's first (not „D’après
        // l’Agence régionale de santé (ARS)“).
        let after_a_name = writes_nouns_with_capitals()
            && s >= 2
            && elided_length(first.text) == 0
            && before.get(s - 1).is_some_and(|w| {
                is_capitalised(w.text)
                    && !small(w.text)
                    && !is_opener(w.text)
                    && w.end + 1 == first.start
            });
        if after_a_name {
            return false;
        }
        // Each part of a hyphenated word may give a letter (“науково-експертне”: НЕ), or the
        // word one (“Val-de-Lière”); and the small words may give none (“Agence régionale pour
        // la rénovation de l’habitat”: ARRH) or each one (“Union des droites”: UDD).
        [(false, false), (true, false), (false, true)]
            .iter()
            .any(|&(parts, every)| {
                let significant: Vec<&str> = before
                    .get(s..)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.text.get(elided_length(w.text)..).unwrap_or(""))
                    .flat_map(|w| w.split(if parts { '-' } else { '\0' }))
                    .filter(|w| !w.is_empty() && (every || !small(w)))
                    .collect();
                let initials = significant
                    .iter()
                    .take(letters.len())
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .map(without_accent);
                significant.len() >= letters.len()
                    && initials.eq(letters.iter().copied())
                    && significant
                        .get(letters.len()..)
                        .unwrap_or(&[])
                        .iter()
                        .all(|w| is_capitalised(w))
                    && (significant.iter().any(|w| !is_capitalised(w))
                    // “Sindicato Unitario do Mar (SUM)”: a small word no name particle, where a
                    // run of capitalised words would stop.
                    || before.get(s..).unwrap_or(&[]).iter().any(|w| {
                        !is_capitalised(w.text) && !PARTICLES.contains(w.text)
                    }))
            })
    })
}

/// A capital letter without its accent, as acronyms write it: “É” of “études” is the “E” of
/// “Insee”.
fn without_accent(letter: char) -> char {
    match letter {
        'À' | 'Â' | 'Ä' | 'Á' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' | 'Í' => 'I',
        'Ô' | 'Ö' | 'Ó' => 'O',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'Ç' => 'C',
        'Ñ' => 'N',
        other => other,
    }
}

/// An institution named by a capitalised adjective of its place (ending as the language's list
/// `place adjective` has it), up to two words in small letters and its noun (the list
/// `institution`), in any case, and the place after it: “Зарічанська окружна прокуратура”,
/// “Лозівської селищної ради”, “Ленинский районный суд Северогорска”; or by any adjective (the
/// list `adjective ending`), with adjectives alone before the noun: “Державна екологічна
/// інспекція Поліського округу”. Its mentions — the name in the nominative, with the name as
/// written or an acronym in brackets after it — and the word after it.
fn institution_after_adjective(
    span: &str,
    all: &[Word],
    i: usize,
) -> Option<(Vec<Mention>, usize)> {
    let first = all.get(i)?;
    // Most languages have no such lists: no word is lowered for them.
    let of_place = is_place_adjective(first.text);
    if !of_place && (!is_adjective(first.text) || is_opener(first.text)) {
        return None;
    }
    let spaced = |a: &Word, b: &Word| span.get(a.end..b.start) == Some(" ");
    let mut j = i + 1;
    let head = loop {
        let (before, word) = (all.get(j - 1)?, all.get(j)?);
        if is_capitalised(word.text) || !spaced(before, word) || j > i + 3 {
            return None;
        }
        if let Some(head) = institution_in_a_case(word.text) {
            break head;
        }
        if !of_place && !is_adjective(word.text) {
            return None;
        }
        j += 1;
    };
    let noun = all.get(j)?;
    // The place after it, one capitalised word (“суд Северогорска”), not a person's name; or
    // an adjective of a place and its noun (“Поліського округу”).
    let run = run_from(span, all, j + 1);
    let place = all
        .get(j + 1)
        .filter(|next| spaced(noun, next) && run.len() == 1);
    let place_noun = place
        .filter(|p| is_place_adjective(p.text))
        .zip(all.get(j + 2))
        .filter(|(p, n)| spaced(p, n) && !is_capitalised(n.text) && n.text.chars().count() > 3)
        .map(|(_, n)| n);
    // Or the field it works in (the list `field`): “міського центру зайнятості”.
    static FIELDS: Words = Words::listed("field");
    let field = all
        .get(j + 1)
        .filter(|f| place.is_none() && spaced(noun, f) && FIELDS.contains(f.text));
    let last = place_noun.or(place).or(field).unwrap_or(noun);
    let mut next = j
        + 1
        + usize::from(place.is_some())
        + usize::from(place_noun.is_some())
        + usize::from(field.is_some());
    // Then its region, after a link: “Государственной инспекции труда в Тальской области”.
    let region = match all.get(next..next + 3) {
        Some([link, adjective, region]) => {
            let spaced = spaced(last, link) && spaced(link, adjective) && spaced(adjective, region);
            (field.is_some()
                && spaced
                && OFFICE_LINKS.contains(link.text)
                && is_place_adjective(adjective.text)
                && PLACE_NOUNS.contains(region.text))
            .then_some(region)
        }
        _ => None,
    };
    if region.is_some() {
        next += 3;
    }
    let last = region.unwrap_or(last);
    let written = span.get(first.start..last.end)?;
    // Named in the nominative, as written too: “Зарічанської окружної прокуратури”.
    let nominative: Vec<String> = words(written)
        .iter()
        .enumerate()
        .map(|(k, w)| match k.cmp(&(j - i)) {
            std::cmp::Ordering::Less => nominative_of(w.text),
            std::cmp::Ordering::Equal => head.to_string(),
            std::cmp::Ordering::Greater => w.text.to_string(),
        })
        .collect();
    let nominative = nominative.join(" ");
    let mention = |alias: Option<&str>| Mention {
        nationality: false,
        name: nominative.clone(),
        alias: alias.map(str::to_string),
        kind: Some(ActorKind::Government.key()),
        paragraph: 0,
        description: None,
    };
    // Its acronym, when the acronym ends it (“районне управління ДСНС”) or follows in brackets
    // (“Антимонопольного комітету України (АМКУ)”).
    let acronym = place
        .filter(|p| is_acronym(p.text))
        .map(|p| p.text.to_string())
        .or_else(|| acronym_after(span.get(last.end..).unwrap_or("")));
    let mut mentions = vec![mention((nominative != written).then_some(written))];
    if let Some(acronym) = acronym.filter(|a| a != written) {
        mentions.push(mention(Some(&acronym)));
    }
    Some((mentions, next))
}

/// The noun of the language's list `institution` that a Cyrillic word is in any case: its stem
/// and up to three letters (“ради” is “рада”, “комітету” is “комітет”).
fn institution_in_a_case(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    INSTITUTION_NOUNS.iter().find(|head| {
        let stem = head.trim_end_matches(['а', 'я', 'о', 'е', 'і', 'и', 'ь', 'й', 'ї', 'є']);
        lower.starts_with(stem) && lower.chars().count() <= stem.chars().count() + 3
    })
}

/// Whether a Cyrillic name of several words ends on an institution's noun in any case:
/// “Верховної Ради”, “Апарату Верховної Ради”. Such a name is never a person's.
fn is_cyrillic_institution(name: &str) -> bool {
    let found = words(name);
    matches!(found.as_slice(), [_, .., last] if is_cyrillic(name) && institution_in_a_case(last.text).is_some())
}

/// Such a name ([`is_cyrillic_institution`]) in the nominative by the language's list `case
/// ending`, where each of its words is in a case the list knows: “Верховної Ради” is “Верховна
/// Рада”; “Апарату Верховної Ради” has a word the list does not know and stays as written.
fn cyrillic_institution(name: &str) -> Option<String> {
    let found = words(name);
    let nominative: Vec<String> = found.iter().map(|w| nominative_of(w.text)).collect();
    let changed = found
        .iter()
        .zip(&nominative)
        .filter(|(w, n)| w.text != n.as_str());
    (changed.count() == found.len()).then(|| nominative.join(" "))
}

/// Whether a name opens with a noun of the language's list `institution`: « ministère de
/// l'Intérieur ».
pub fn opens_with_institution_noun(name: &str) -> bool {
    words(name)
        .first()
        .is_some_and(|w| is_one_of(w.text, &INSTITUTION_NOUNS))
}

/// Whether a word ends as the language's list `adjective ending` has an adjective end in any
/// case: “Державна”, “екологічної”.
fn is_adjective(word: &str) -> bool {
    static ENDINGS: Words = Words::listed("adjective ending");
    let lower = word.to_lowercase();
    ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Whether a word ends as an adjective made from a place's name does (the language's list
/// `place adjective`): “Вінницькій”, “Вишнівського”.
pub fn is_place_adjective(word: &str) -> bool {
    static ENDINGS: Words = Words::listed("place adjective");
    let lower = word.to_lowercase();
    ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// A word of an institution's name in the nominative, by the language's list `case ending`
/// (`ської=ська`: the longest ending of another case, and the nominative's in its place).
fn nominative_of(word: &str) -> String {
    static ENDINGS: Words = Words::listed("case ending");
    nominative_by(word, &ENDINGS)
}

/// A word in the nominative by a list of endings of other cases, each with the nominative's
/// (`ської=ська`): the longest that `word` ends with, on a stem left.
pub fn nominative_by(word: &str, endings: &'static Words) -> String {
    let found = endings
        .iter()
        .filter_map(|entry| entry.split_once('='))
        .filter(|(ending, _)| {
            word.ends_with(ending) && word.chars().count() > ending.chars().count()
        })
        .max_by_key(|(ending, _)| ending.len());
    match found {
        Some((ending, nominative)) => {
            format!(
                "{}{nominative}",
                word.get(..word.len() - ending.len()).unwrap_or(word)
            )
        }
        None => word.to_string(),
    }
}

/// An institution named by a noun in small letters, then a particle or link and its place:
/// “préfecture du Val-de-Lière”, “council of Northfield”, “fiscalía de Almenara”. The mention and
/// the word after it. (Names in a case, as Cyrillic ones write the place, are left to their
/// capitals: tried, they drafted worse.)
fn institution_at(span: &str, all: &[Word], i: usize) -> Option<(Mention, usize)> {
    let head = all.get(i)?;
    if !is_one_of(head.text, &INSTITUTION_NOUNS) {
        return None;
    }
    let spaced = |a: &Word, b: &Word| span.get(a.end..b.start) == Some(" ");
    let small = |w: &Word| PARTICLES.contains(w.text) || NAME_LINKS.contains(w.text);
    // Particles and links, and a few words in small letters between them: “comité de
    // empresa de Portomeán”, “fédération de pêche du Val-de-Lière”.
    let mut j = i + 1;
    let mut words_between = 0;
    while let (Some(before), Some(link)) = (all.get(j - 1), all.get(j)) {
        if is_capitalised(link.text) || !spaced(before, link) {
            break;
        }
        if !small(link) {
            words_between += 1;
            if words_between > 2 {
                return None;
            }
        }
        j += 1;
    }
    let run = run_from(span, all, j);
    let (first, mut last) = (*run.first()?, *run.last()?);
    let linked = all
        .get(j - 1)
        .is_some_and(|b| small(b) && spaced(b, &first));
    if j == i + 1 || !linked {
        return None;
    }
    // An adjective in small letters after the place or field ends the name too (the language's
    // list `name adjective ending`): “ministère de la Transition écologique”; not a verb of
    // speech that ends so: « la préfecture du Finistère indique que … ».
    static ADJECTIVES: Words = Words::listed("name adjective ending");
    let mut end = j + run.len();
    if let Some(adjective) = all.get(end).filter(|w| {
        !is_capitalised(w.text)
            && !is_speech(w.text)
            && spaced(&last, w)
            && ADJECTIVES.iter().any(|ending| w.text.ends_with(ending))
    }) {
        last = *adjective;
        end += 1;
    }
    let mention = Mention {
        nationality: false,
        name: span.get(head.start..last.end)?.to_string(),
        kind: Some(ActorKind::Organisation.key()),
        alias: None,
        paragraph: 0,
        description: None,
    };
    Some((mention, end))
}

/// The adjectives' endings of a language that writes an institution's name in small letters but
/// its first word (French).
static NAME_ADJECTIVES: Words = Words::listed("name adjective ending");

/// Whether the language writes institutions' names so: only a language whose names' adjectives
/// are listed (`name adjective ending`) does. Asked once a sentence, not at each of its words.
fn writes_institutions_in_small_letters() -> bool {
    NAME_ADJECTIVES.iter().next().is_some()
}

/// An institution whose name only its first word capitalises, as French names are written, in a
/// language that does (`writes_institutions_in_small_letters`): “l’Observatoire régional des
/// territoires ruraux”, “la Cour des comptes”. Its first word is a noun of the language's list
/// `institution`; then adjectives in small letters and, after a particle and maybe an article,
/// a noun in small letters (no `small word`) or a place's capitalised name, hyphens and all
/// (« du Vieux-Quai »), and their adjectives, again. It ends before any other word (“… publié en juin”, “… a estimé”), never
/// on a particle; and where it ends.
fn institution_in_small_letters(span: &str, all: &[Word], i: usize) -> Option<(Mention, usize)> {
    static SMALL: Words = Words::listed("small word");
    let head = all.get(i)?;
    let bare = head.text.get(elided_length(head.text)..)?;
    if !is_capitalised(bare) || is_cyrillic(bare) {
        return None;
    }
    // Past an article opening the sentence: “La Cour des comptes a estimé …”.
    if bare.len() == head.text.len() && DETERMINERS.contains(&head.text.to_lowercase()) {
        return institution_in_small_letters(span, all, i + 1);
    }
    if !is_one_of(bare, &INSTITUTION_NOUNS) {
        return None;
    }
    let spaced = |a: &Word, b: &Word| span.get(a.end..b.start) == Some(" ");
    // Not a small word that ends so (« aux », « elle »).
    let adjective = |w: &str| {
        !is_capitalised(w)
            && !is_speech(w)
            && !SMALL.contains(w)
            && NAME_ADJECTIVES.iter().any(|e| w.ends_with(e))
    };
    let linking = |w: &str| PARTICLES.contains(w) || NAME_LINKS.contains(w);
    // The words read, and where the name may end: after a noun or an adjective.
    let (mut j, mut end) = (i + 1, i + 1);
    let mut after_particle = false;
    // A word in small letters read, no link: else the name is all capitals, a run's.
    let mut small_letters = false;
    while let (Some(before), Some(word)) = (all.get(j - 1), all.get(j)) {
        if !spaced(before, word) || j - i > 9 {
            break;
        }
        let text = word.text;
        if after_particle && (DETERMINERS.contains(text) || linking(text)) {
            // “de la”, “de l’…”.
        } else if after_particle
            && (text.chars().all(|c| c.is_alphabetic() || c == '-') || elided_length(text) > 0)
            && !SMALL.contains(text)
        {
            // One noun (or a place's capitalised words) after the particle.
            after_particle = false;
            end = j + 1;
            if is_capitalised(text) {
                let run = run_from(span, all, j);
                j += run.len().max(1);
                end = j;
                continue;
            }
            small_letters = true;
        } else if after_particle {
            break;
        } else if adjective(text) {
            end = j + 1;
            small_letters = true;
        } else if linking(text) && !is_capitalised(text) {
            after_particle = true;
        } else {
            break;
        }
        j += 1;
    }
    if end == i + 1 || !small_letters {
        return None;
    }
    let last = all.get(end - 1)?;
    let mention = Mention {
        nationality: false,
        name: span
            .get(head.start + elided_length(head.text)..last.end)?
            .to_string(),
        kind: Some(ActorKind::Organisation.key()),
        alias: None,
        paragraph: 0,
        description: None,
    };
    Some((mention, end))
}

/// A company named by its legal form, then its name in quotation marks: “ТОВ «Зарічанськводсервіс»”,
/// “ПАО «Камнефтехим»”. The whole is its name, the quoted part an alias; and where it ends.
fn legal_form_before_quotes(span: &str, word: &Word) -> Option<(Mention, usize)> {
    if !LEGAL_ENDINGS.contains(word.text) {
        return None;
    }
    let (inside, end) = quoted_after(span, word.end)?;
    let inside = span.get(inside)?;
    if !is_capitalised(inside) || words(inside).len() > 6 {
        return None;
    }
    let mention = Mention {
        nationality: false,
        name: span.get(word.start..end)?.to_string(),
        kind: Some(ActorKind::Organisation.key()),
        alias: Some(inside.to_string()),
        paragraph: 0,
        description: None,
    };
    Some((mention, end))
}

/// The words in quotation marks right after byte `end` and a space (“«Камнефтехим»” after
/// “ПАО”): where they stand inside the marks, and where the closing mark ends.
fn quoted_after(span: &str, end: usize) -> Option<(Range<usize>, usize)> {
    let opening = span.get(end..)?.strip_prefix(' ')?.chars().next()?;
    let closing = super::words::closing_mark(opening)?;
    let start = end + 1 + opening.len_utf8();
    let length = span.get(start..)?.find(closing)?;
    Some((start..start + length, start + length + closing.len_utf8()))
}

/// A name in quotation marks after a noun of the language's `organisation noun` in any case:
/// “фракції «Рідне місто»”, “партия «Новые люди»”. The noun in the nominative (by the list
/// `case ending`) and the quoted words are the name of an organisation of the noun's kind, the
/// quoted words alone and the whole as written its aliases — or, where the list gives no
/// nominative, the quoted words alone are its name; and where it ends.
fn quoted_after_noun(span: &str, all: &[Word], i: usize) -> Option<(Vec<Mention>, usize)> {
    let (noun, word) = (all.get(i.checked_sub(1)?)?, all.get(i)?);
    let (inside, end) = quoted_after(span, noun.end).filter(|(q, _)| q.start == word.start)?;
    let inside = span.get(inside)?;
    let lower = noun.text.to_lowercase();
    let kind = super::speakers::organisation_noun_in_a_case(&lower)?;
    if words(inside).len() > 6 {
        return None;
    }
    let written = span.get(noun.start..end)?;
    let mention = |name: &str, alias: Option<&str>| organisation_named(name, alias, kind);
    // The noun's nominative where the list gives it, else the quoted words alone: “Ромашка” of
    // “В компании «Ромашка»”.
    let nominative = nominative_of(&lower);
    if super::speakers::organisation_noun(|n| n == nominative).is_none() {
        return Some((vec![mention(inside, None)], end));
    }
    let name = format!("{nominative}{}", span.get(noun.end..end)?);
    let mut found = vec![mention(&name, Some(inside))];
    if written != name {
        found.push(mention(written, Some(inside)));
    }
    Some((found, end))
}

/// A capitalised adjective, a noun of the language's `organisation noun` in the nominative that
/// names an organisation (not a company), then a name in quotation marks: “Громадська спілка
/// «Споживчий контроль»”, one organisation whose alias is the quoted name; and where it ends.
fn quoted_after_adjective_and_noun(
    span: &str,
    all: &[Word],
    i: usize,
) -> Option<(Vec<Mention>, usize)> {
    let [adjective, noun, first, ..] = all.get(i..)? else {
        return None;
    };
    // The cheap tests first: most capitalised words are no such adjective.
    let spaced = span.get(adjective.end..noun.start) == Some(" ");
    let adjectival = is_adjective(adjective.text) || is_place_adjective(adjective.text);
    if !(spaced && is_cyrillic(adjective.text) && adjectival) {
        return None;
    }
    let (inside, end) = quoted_after(span, noun.end).filter(|(q, _)| q.start == first.start)?;
    let lower = noun.text.to_lowercase();
    // Of a union, party or association, whose adjective is its name's; not a company's,
    // which describes it: “Российская компания «Яндекс»”.
    let kind = super::speakers::organisation_noun_in_a_case(&lower)
        .filter(|&kind| nominative_of(&lower) == lower && kind == ActorKind::Organisation.key())?;
    let inside = span.get(inside)?;
    (words(inside).len() <= 6).then(|| {
        let name = span.get(adjective.start..end).unwrap_or(inside);
        (vec![organisation_named(name, Some(inside), kind)], end)
    })
}

/// The mention of a body named in quotation marks after its noun, of the noun's kind (a list
/// key), with the quoted words as its alias where they are not its whole name.
fn organisation_named(name: &str, alias: Option<&str>, kind: &str) -> Mention {
    Mention {
        nationality: false,
        name: name.to_string(),
        kind: Some(super::speakers::actor_kind(kind)),
        alias: alias.map(str::to_string),
        paragraph: 0,
        description: None,
    }
}

/// The words with each legal ending written with dots or in several words (“S.A.”, „e.V.“,
/// „Co. KG“) made one, so that it ends the name before it.
fn with_legal_endings<'t>(span: &'t str, found: Vec<Word<'t>>) -> Vec<Word<'t>> {
    // Each ending written in several words, by its first word: only a word that is one is
    // looked at further, as few are.
    let endings: Vec<(&str, &str)> = LEGAL_ENDINGS
        .iter()
        .filter(|e| e.contains(['.', ' ']))
        .filter_map(|e| Some((words(e).first()?.text, e)))
        .collect();
    let mut joined = Vec::with_capacity(found.len());
    let mut i = 0;
    while let Some(word) = found.get(i) {
        let rest = span.get(word.start..).unwrap_or("");
        let ending = endings
            .iter()
            .filter(|(first, e)| *first == word.text && rest.starts_with(*e))
            .map(|(_, e)| *e)
            .filter(|e| {
                !rest
                    .get(e.len()..)
                    .is_some_and(|r| r.starts_with(char::is_alphanumeric))
            })
            .max_by_key(|e| e.len());
        match ending {
            Some(ending) => {
                let end = word.start + ending.len();
                joined.push(Word {
                    start: word.start,
                    end,
                    text: span.get(word.start..end).unwrap_or(""),
                });
                i += found.iter().skip(i).take_while(|w| w.start < end).count();
            }
            None => {
                joined.push(*word);
                i += 1;
            }
        }
    }
    joined
}

fn split_hyphenated(found: Vec<Word>) -> Vec<Word> {
    found
        .into_iter()
        .flat_map(|w| {
            let cut = w.text.find('-').filter(|&at| {
                !is_capitalised(w.text) && w.text.get(at + 1..).is_some_and(is_capitalised)
            });
            match cut {
                Some(at) => vec![
                    Word {
                        start: w.start,
                        end: w.start + at,
                        text: w.text.get(..at).unwrap_or(""),
                    },
                    Word {
                        start: w.start + at + 1,
                        end: w.end,
                        text: w.text.get(at + 1..).unwrap_or(""),
                    },
                ],
                None => vec![w],
            }
        })
        .collect()
}

/// Whether a word is a title or an office written before a name (“Minister”, “Dr”, “Chief”).
pub fn is_title(word: &str) -> bool {
    let word = without_dot(word);
    TITLES.contains(word)
        || MORE_TITLES.contains(word)
        || OFFICES.contains(word)
        || compound_title(word)
}

/// In a language that joins words into one (its list `noun marker` says it writes every noun
/// with a capital), a word ending in a title of five letters or more is a title too:
/// „Kultusministerin“, „DL-Fraktionschef“, „Ministerpräsident“.
fn compound_title(word: &str) -> bool {
    if !writes_nouns_with_capitals() {
        return false;
    }
    let lower = word.to_lowercase();
    // Compared from the end a character at a time: no title is copied for it.
    TITLES.iter().any(|title| {
        let length = title.chars().count();
        length >= 5
            && lower.chars().count() > length
            && lower
                .chars()
                .rev()
                .zip(title.chars().rev().flat_map(char::to_lowercase))
                .take_while(|(a, b)| a == b)
                .count()
                >= length
    })
}

/// The last title word of a run that a name follows: “Interior Minister Pavel Drozd” → the
/// index of “Minister”. Words before it are part of the office (“Interior”, “Housing”).
fn title_before_name(names: &[&Word]) -> Option<usize> {
    let k = names.iter().rposition(|w| is_title(w.text))?;
    let rest = names.get(k + 1..)?;
    let name_follows =
        !rest.is_empty() && rest.first().is_some_and(|w| is_capitalised(w.text)) && rest.len() <= 4;
    name_follows.then_some(k)
}

/// Whether `names` end with a title in the possessive and the noun of its office's body, whose
/// titles are the body's name: “Attorney General’s Office” (not “Mayor Ann Lee’s Office”).
fn an_offices_body(names: &[&Word]) -> bool {
    match names {
        [.., holder, body] => {
            let title = without_possessive(holder.text);
            title.len() < holder.text.len()
                && is_title(title)
                && POSSESSED_HEADS.contains(body.text)
        }
        _ => false,
    }
}

fn without_dot(word: &str) -> &str {
    word.trim_end_matches('.')
}

/// Whether a word is one capital letter: an initial.
fn is_initial(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
}

/// The capitalised words from `i` on that make one name: joined by single spaces, with
/// particles and “of” between capitalised words, ending at a possessive.
fn run_from<'t>(span: &str, all: &[Word<'t>], i: usize) -> Vec<Word<'t>> {
    static AND: Words = Words::listed("and");
    let mut run: Vec<Word> = Vec::new();
    let mut j = i;
    while let Some(word) = all.get(j) {
        // „Institut für Umwelt- und Planungsrecht“: a compound's first part after a name's
        // link, its shared end left out, then “and” (not „Kinder- und Jugendhilfe“ alone).
        let linked = run
            .len()
            .checked_sub(2)
            .and_then(|k| run.get(k))
            .is_some_and(|w| NAME_LINKS.contains(w.text));
        let after_elision = linked
            && run.last().is_some_and(|last: &Word| {
                span.get(last.end..word.start) == Some("- ") && is_capitalised(last.text)
            })
            && AND.contains(word.text);
        // “Dr. Birgit Hartwig”: a title's full stop joins it to the name.
        // “Bankhaus Lindqvist & Co. KGaA”: an ampersand joins too.
        // A plural's possessive joins too: “Chimney Sweeps’ Guild”, “Teachers' Union”.
        let joined = run.last().is_none_or(|last: &Word| {
            let gap = span.get(last.end..word.start);
            let plural = last.text.ends_with('s') && matches!(gap, Some("’ " | "' "));
            gap == Some(" ")
                || gap == Some(" & ")
                // “Constructora Altiplano del Centro, S.A. de C.V.”
                || gap == Some(", ") && LEGAL_ENDINGS.contains(word.text)
                || gap == Some(". ") && is_title(last.text)
                // “Walter J. Brandt”: a middle initial, after a given name.
                || gap == Some(". ") && run.len() > 1 && is_initial(last.text)
                    && !NOT_NAMES.contains(word.text)
                || plural && is_capitalised(word.text)
                || after_elision
        });
        if !joined {
            break;
        }
        if is_capitalised(word.text) {
            if !run.is_empty() && legal_form_before_quotes(span, word).is_some() {
                break;
            }
            run.push(*word);
            if without_possessive(word.text).len() < word.text.len()
                && !possessive_inside_name(&run, all.get(j + 1))
            {
                break;
            }
            j += 1;
            continue;
        }
        // “Northern Power Networks plc”, „Förderverein Freibad Ebersau e.V.“.
        if LEGAL_ENDINGS.contains(word.text) && !run.is_empty() {
            run.push(*word);
            break;
        }
        let after_a_particle = |w: &Word| {
            after_particle(w.text) && run.last().is_some_and(|l| PARTICLES.contains(l.text))
        };
        let connector = PARTICLES.contains(word.text)
            || after_elision
            || after_a_particle(word)
            || NAME_LINKS.contains(word.text)
            || word.text == "and"
                && run.iter().filter(|w| w.text != "The").count() == 1
                && joins_institution(span, all, j);
        // Not into an office: „Hartwig von Ministerpräsident Seidl“ is two people.
        let continues = all.get(j + 1).is_some_and(|n| {
            is_capitalised(n.text) && span.get(word.end..n.start) == Some(" ") && !is_title(n.text)
        }) || all.get(j + 1).is_some_and(|n| {
            PARTICLES.contains(n.text) || after_particle(n.text) && PARTICLES.contains(word.text)
        });
        // Nor after an office alone: „Bürgermeister von Bad Ebersau“ is an office and its place.
        let office = PARTICLES.contains(word.text)
            && run
                .last()
                .is_some_and(|office| office_of_a_place(office, all, j + 1));
        // Nor a name's particle into an institution: „Prof. Karin Lohmeyer von der Hochschule
        // für Gesundheit“ is the professor of the college, not „von der Leyen“.
        let of_an_institution = PARTICLES.contains(word.text)
            && all
                .get(j + 1..)
                .unwrap_or(&[])
                .iter()
                .take(2)
                .find(|n| is_capitalised(n.text))
                .is_some_and(|n| ends_as_institution(n.text));
        // Nor a titled person's name into their place: “Mayor Ann Lee of Northfield Borough
        // Council” is Ann Lee of the council.
        let titled = NAME_LINKS.contains(word.text)
            && !PARTICLES.contains(word.text)
            && run.len() >= 3
            && run.first().is_some_and(|w| is_title(w.text));
        if !(connector && continues && !run.is_empty()) || office || titled || of_an_institution {
            break;
        }
        run.push(*word);
        j += 1;
    }
    while run
        .last()
        .is_some_and(|w| !is_capitalised(w.text) && !LEGAL_ENDINGS.contains(w.text))
    {
        run.pop();
    }
    run
}

/// Whether the possessive that ends `run` is inside a name: “St Anne's Hospital”, “King's
/// College”, not “Russia's Defence Ministry”.
fn possessive_inside_name(run: &[Word], next: Option<&Word>) -> bool {
    let saint = run
        .len()
        .checked_sub(2)
        .and_then(|i| run.get(i))
        .is_some_and(|w| ["St", "St.", "Saint"].contains(&w.text));
    next.is_some_and(|n| is_capitalised(n.text))
        && (saint || next.is_some_and(|n| POSSESSED_HEADS.contains(n.text)))
}

/// The nouns that end a name with a possessive inside it: “St Anne's Hospital”, “King's
/// College”, and an office's bodies, “District Attorney’s Office”, “Sheriff’s Department”.
static POSSESSED_HEADS: Words = Words::new(concat!(
    "Hospital|College|School|Church|Cathedral|Infirmary|Clinic|Academy|Hall|",
    "Office|Department"
));

/// Whether the “and” at `j` joins two places or fields in an institution's name: “Kestermoor
/// and Vale NHS Foundation Trust”, “Health and Safety Executive”, never “Russia and Ukraine”.
fn joins_institution(span: &str, all: &[Word], j: usize) -> bool {
    static HEADS: Words = Words::new(concat!(
        "Trust|Council|Authority|Service|Partnership|Board|Commission|Constabulary|Police|",
        // Not “Office”: “the Treasury and Cabinet Office” are two.
        "Agency|Executive|Administration|Department|Institute|Ministry|Foundation|",
        "Association|Federation|Bureau|Inspectorate|Regulator",
    ));
    let mut last = j;
    for (k, word) in all.iter().enumerate().skip(j + 1).take(6) {
        let spaced = all
            .get(k - 1)
            .is_some_and(|p| span.get(p.end..word.start) == Some(" "));
        if !spaced || !is_capitalised(word.text) {
            break;
        }
        last = k;
    }
    last > j + 1 && all.get(last).is_some_and(|w| HEADS.contains(w.text))
}

/// Whether an acronym opens with the initial of one of the name's capitalised words.
fn initials_of(acronym: &str, name: &str) -> bool {
    acronym.chars().next().is_some_and(|first| {
        words(name)
            .iter()
            .any(|w| is_capitalised(w.text) && w.text.starts_with(first))
    })
}

/// Whether `acronym` is the first letters of `name`'s capitalised words, in order: “FA” of
/// “Frente Aragonés”, “UAC” of “Unión Aragonesa de Centro”.
fn spells_initials(acronym: &str, name: &str) -> bool {
    let initials: String = words(name)
        .iter()
        .filter(|w| is_capitalised(w.text))
        .filter_map(|w| w.text.chars().next())
        .collect();
    initials.chars().count() >= 2 && initials == acronym
}

/// An acronym in brackets right after a name: “ (RDK)”.
fn acronym_after(after: &str) -> Option<String> {
    let inside = after.strip_prefix(" (")?;
    let close = inside.find(')')?;
    let acronym = inside.get(..close)?;
    is_acronym(acronym).then(|| acronym.to_string())
}

/// A short name in brackets right after the name it abbreviates: “Conserveros Unidos del
/// Noroeste (Conunor)”.
fn short_name_after(after: &str, name: &str) -> Option<String> {
    let inside = after.strip_prefix(" (")?;
    let short = inside.get(..inside.find(')')?)?;
    super::references::abbreviates(short, name).then(|| short.to_string())
}

/// A description set off by commas right after a name: “White Rex, the leader of the LSR, said”.
fn apposition(span: &str, end: usize) -> Option<String> {
    let phrase = between_commas(span, end)?;
    let opens = ["the ", "a ", "an "].iter().any(|a| phrase.starts_with(a));
    (opens && words(phrase).len() <= 10).then(|| phrase.to_string())
}

/// The words set off by commas right after a name.
fn between_commas(span: &str, end: usize) -> Option<&str> {
    let after = span.get(end..)?.strip_prefix(", ")?;
    after.get(..after.find(',')?)
}

/// The kind of body that words set off by commas after a name describe, opening with a
/// determiner of the text's language: “Valtubes, le fabricant de tubes, …”. (In another
/// language than English such words may be the next clause's subject, “Interrogé par la
/// présidente, Anne-Laure Besnard, le prévenu, …”: they say what kind of actor a name is, but
/// are not kept as its description.)
fn body_after(span: &str, end: usize) -> Option<&'static str> {
    let phrase = between_commas(span, end)?;
    let found = words(phrase);
    let opens = found
        .first()
        .is_some_and(|w| super::asides::is_or_elides(w.text, &DETERMINERS));
    opens.then(|| body_described(phrase)).flatten()
}

/// The kind of body a description names by its own noun (the language's list `organisation
/// noun`) before any link to another (“the UK's fifth-largest supermarket chain”, “le groupe
/// sidérurgique”), where no word of it holds a person's office (“a company spokesman”, “the head
/// of the union”).
fn body_described(description: &str) -> Option<&'static str> {
    let mut kind = None;
    for word in words(description).iter().skip(1) {
        let lower = word.text.to_lowercase();
        if OFFICE_LINKS.contains(&lower) {
            break;
        }
        if is_title(word.text) || is_person_noun(word.text) {
            return None;
        }
        if without_possessive(word.text).len() < word.text.len() {
            continue;
        }
        if let Some(found) = super::speakers::organisation_noun(|n| n == lower) {
            kind = Some(super::speakers::actor_kind(found));
        }
    }
    kind
}

/// Whether the word at `next` is a verb of speech right after a space: “Raman said”, a surname
/// that ends as demonyms do, never “Russian said”.
fn speaks_next(span: &str, all: &[Word], next: usize) -> bool {
    let before = next.checked_sub(1).and_then(|b| all.get(b));
    // Not the forms that are nouns as often as verbs: “a Russian state”, “Ukrainian claims”.
    static ALSO_NOUNS: Words = Words::new("state|states|claim|claims|warning|say");
    all.get(next).is_some_and(|n| {
        is_speech(n.text)
            && !ALSO_NOUNS.contains(n.text)
            && before.is_some_and(|b| span.get(b.end..n.start) == Some(" "))
    })
}

/// A nationality: a capitalised word ending as demonyms do (“Russian”, “Chinese”, “British”,
/// “Israeli”, “French”, “Dutch”).
fn is_nationality(name: &str) -> bool {
    // The people of a nation (“Russians”) are not named actors either.
    let name = name.strip_suffix('s').unwrap_or(name);
    !name.contains(' ')
        && ["ian", "ese", "ish", "ean", "can", "ani", "eli", "ch", "an"]
            .iter()
            .any(|e| name.ends_with(e))
        && !COUNTRIES.contains(name)
        && !SEATS.iter().any(|(s, _)| s == name)
}

/// An institution named in small letters right after word `i - 1`, a nationality: “military”,
/// “armed forces”, “volunteer fighters”.
fn institution_after(span: &str, all: &[Word], i: usize) -> Option<(String, &'static str)> {
    let nationality = all.get(i.checked_sub(1)?)?;
    if !is_nationality(nationality.text) {
        return None;
    }
    let mut phrase = String::new();
    let mut last_end = nationality.end;
    for word in all.iter().skip(i).take(2) {
        if span.get(last_end..word.start) != Some(" ") || is_capitalised(word.text) {
            return None;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push_str(word.text);
        last_end = word.end;
        if let Some((_, kind)) = INSTITUTIONS.iter().find(|(noun, _)| phrase.ends_with(noun)) {
            let single =
                !phrase.contains(' ') || phrase == "armed forces" || phrase == "security service";
            // One word may stand between: “volunteer fighters”, but only before a group noun.
            if single || kind == ActorKind::People.key() {
                return Some((phrase, kind));
            }
        }
    }
    None
}

/// A group named in small letters at word `i`: “civilian population”, “police”.
fn group_at(span: &str, all: &[Word], i: usize) -> Option<Mention> {
    let word = all.get(i)?;
    for (group, kind) in GROUPS.iter() {
        let end = word.start + group.len();
        let text = span.get(word.start..end)?;
        let whole = span
            .get(end..)
            .is_none_or(|rest| !rest.starts_with(char::is_alphanumeric));
        if text == group && whole {
            let previous = i.checked_sub(1).and_then(|p| all.get(p));
            // Part of a longer group already: “civilian population”, not “population”.
            if previous.is_some_and(|p| {
                GROUPS
                    .iter()
                    .any(|(g, _)| g.ends_with(&format!("{} {}", p.text, word.text)))
            }) {
                return None;
            }
            return Some(Mention {
                nationality: false,
                name: group.to_string(),
                kind: Some(kind),
                alias: None,
                paragraph: 0,
                description: None,
            });
        }
    }
    None
}

impl Mention {
    fn with(mut self, paragraph: usize) -> Mention {
        self.paragraph = paragraph;
        self
    }
}

/// The kind a name's own words, a title before it, or its sentence tell, if any do.
fn kind_of(name: &str, armed: bool, titled: bool) -> Option<&'static str> {
    if titled {
        return Some(ActorKind::Person.key());
    }
    if COUNTRIES.contains(name) {
        return Some(ActorKind::State.key());
    }
    if SEATS.iter().any(|(seat, _)| seat == name) {
        return Some(ActorKind::Government.key());
    }
    let name_words = words(name);
    let by_word = KIND_WORDS
        .iter()
        .find(|(cue, _)| name_words.iter().any(|w| w.text == *cue))
        .map(|(_, kind)| kind);

    // An organisation's name, or a name of the form “… of …”, in a sentence about armed groups.
    let organised = match by_word {
        Some(kind) => kind == ActorKind::Organisation.key(),
        None => name.contains(" of "),
    };
    if armed && organised && name_words.len() > 1 {
        return Some(ActorKind::ArmedGroup.key());
    }
    by_word
        .or_else(|| publication(name, &name_words))
        .or_else(|| institution_kind(&name_words))
        .or_else(|| {
            (is_acronym(name) || legal_stem(name).is_some())
                .then_some(ActorKind::Organisation.key())
        })
}

/// The kind of a name of several words opening with a noun of the language's list
/// `institution` or `organisation noun` (“Ayuntamiento de Torrealba”, „Stadt Bad Ebersau“): a
/// government's where its list `organisation noun` says so, else an organisation's — never a
/// person's.
fn institution_kind(name_words: &[Word]) -> Option<&'static str> {
    let [first, _, ..] = name_words else {
        return None;
    };
    let lower = first.text.to_lowercase();
    let recalls = super::speakers::organisation_noun(|n| n == lower);
    if !INSTITUTION_NOUNS.contains(&lower) && recalls.is_none() {
        return None;
    }
    Some(super::speakers::actor_kind(recalls.unwrap_or_default()))
}

/// The media's kind for a known publication in any of its forms („Deutschen Presse-Agentur“) or a
/// broadcaster's call sign (“WPAL-TV”), or a name of several words whose last is a noun of the
/// language's list `outlet noun` („Süddeutsche Zeitung“) or that holds a word of a publication's
/// name („Mecklenburger Tageblatts“).
fn publication(name: &str, name_words: &[Word]) -> Option<&'static str> {
    let known = super::references::known_outlet(name).is_some() || is_call_sign(name);
    let [_, .., last] = name_words else {
        return known.then_some(ActorKind::Media.key());
    };
    (known
        || super::references::is_outlet_noun(&last.text.to_lowercase())
        || super::references::holds_outlet_word(name))
    .then_some(ActorKind::Media.key())
}

/// Whether a name is a broadcaster's call sign: three letters or more, then “-TV”, “-FM” or “-AM”
/// (“WPAL-TV”).
fn is_call_sign(name: &str) -> bool {
    ["-TV", "-FM", "-AM"].iter().any(|band| {
        name.strip_suffix(band)
            .is_some_and(|letters| letters.len() >= 3 && is_acronym(letters))
    })
}

/// Merges the mentions into actors: one actor per name, acronyms and a person's surname as
/// aliases, a seat of government as an alias of its country when the text names the country.
fn merge(mentions: Vec<Mention>) -> Vec<Named> {
    let mut actors: Vec<Named> = Vec::new();
    for mention in mentions {
        let existing = actors.iter().position(|a| {
            a.names().any(|n| n == mention.name)
                || mention
                    .alias
                    .as_deref()
                    .is_some_and(|alias| a.names().any(|n| n == alias))
        });
        match existing {
            Some(i) => {
                if let Some(actor) = actors.get_mut(i) {
                    // Named short first, in full later: the full name is the actor's.
                    if mention.alias.as_deref() == Some(actor.name.as_str()) {
                        actor.name.clone_from(&mention.name);
                    } else if mention.name.contains(['«', '„', '“'])
                        && !actor.names().any(|n| n == mention.name)
                    {
                        // Found by its quoted alias under another name: “фракції «Рідне місто»”.
                        actor.aliases.push(mention.name.clone());
                    }
                    if let Some(alias) = mention.alias {
                        if actor.name != alias && !actor.aliases.contains(&alias) {
                            actor.aliases.push(alias);
                        }
                    }
                    if actor.description.is_none() {
                        actor.description = mention.description;
                    }
                }
            }
            None => actors.push(Named {
                name: mention.name.clone(),
                aliases: mention.alias.into_iter().collect(),
                kind: mention.kind.unwrap_or(""),
                paragraph: mention.paragraph,
                description: mention.description,
            }),
        }
    }
    fold(&mut actors, inflected_form_of);
    fold(&mut actors, surname_of);
    fold(&mut actors, head_word_of);
    fold(&mut actors, without_place_of);
    fold(&mut actors, compound_end_of);
    fold(&mut actors, without_legal_ending_of);
    fold(&mut actors, first_word_of);
    fold(&mut actors, country_of_seat);
    for actor in &mut actors {
        without_place_before(actor);
        if actor.kind.is_empty() {
            actor.kind = default_kind(&actor.name);
        }
    }
    actors
}

/// A person's name run on from the place of their office, “Cortes Valencianas Rubén Carrasco
/// Lamas” of “el diputado de las Cortes Valencianas Rubén Carrasco Lamas”: where the text uses a
/// word of the name alone as a surname (“Carrasco”), three words in or more, the name runs from
/// the word before it, a given name, and is a person's. (Two words in may be a given name of
/// two, “María José Olmedo”.)
///
/// In a Cyrillic name, which writes a given name of one word and no second surname, two words
/// in will do, in any case, past no patronymic: “Верхнеозёрска Андрея Воронцова” of “главы
/// администрации Верхнеозёрска Андрея Воронцова”, later “Воронцов”.
fn without_place_before(actor: &mut Named) {
    let found = words(&actor.name);
    let cyrillic = is_cyrillic(&actor.name);
    let far_enough = |at: usize| {
        at >= 3
            || cyrillic
                && at == 2
                && found
                    .get(1)
                    .is_some_and(|w| !is_patronymic_in_any_case(w.text))
    };
    let surname = actor.aliases.iter().find_map(|alias| {
        found
            .iter()
            .position(|w| w.text == alias || cyrillic && surname_in_a_case(w.text, alias))
            .filter(|&at| far_enough(at) && at + 2 >= found.len())
    });
    let Some(given) = surname.and_then(|at| found.get(at - 1)) else {
        return;
    };
    let all_capitalised = found.iter().all(|w| is_capitalised(w.text));
    if let Some(name) = actor.name.get(given.start..).filter(|_| all_capitalised) {
        actor.name = name.to_string();
        actor.kind = ActorKind::Person.key();
    }
}

/// Folds each actor for which `owner_of` names another into that one: its name and aliases
/// become the other's aliases. The rules below say which names are short forms of which.
fn fold(actors: &mut Vec<Named>, owner_of: impl Fn(&[Named], &Named) -> Option<usize>) {
    let mut i = 0;
    while i < actors.len() {
        let owner = actors
            .get(i)
            .and_then(|short| owner_of(actors, short))
            .filter(|&owner| owner != i);
        let Some(owner) = owner else {
            i += 1;
            continue;
        };
        let removed = actors.remove(i);
        let owner = if owner > i { owner - 1 } else { owner };
        if let Some(actor) = actors.get_mut(owner) {
            actor.aliases.push(removed.name);
            actor.aliases.extend(removed.aliases);
            actor.paragraph = actor.paragraph.min(removed.paragraph);
        }
    }
}

/// Whether a name is written in Cyrillic, whose names change their endings with their case.
pub fn is_cyrillic(name: &str) -> bool {
    name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// A name in another case is the same actor. Written in Cyrillic (“Ігоря Сидоренка”,
/// “Сидоренкові” after “Ігор Сидоренко”; “Андрея Мухина” after “Андрей Мухин”), as the name met
/// first: each word the same but for an ending of up to three letters, on a stem of four or
/// more. In the Latin script, only with one of the language's `name ending`s, after the name or
/// a person's surname („Kühnholds“, „Wendlands“ for „Tobias Wendland“), where the Cyrillic test
/// would join “Martin” and “Martina”.
fn inflected_form_of(actors: &[Named], form: &Named) -> Option<usize> {
    let at = actors.iter().position(|a| std::ptr::eq(a, form))?;
    if !is_cyrillic(&form.name) {
        // A genitive by the language's `name ending`, before or after the name: „des
        // Landesrechnungshofs“, „Kühnholds“, „des Landkreises“.
        // Or a person's surname so: „Wendlands“ for „Tobias Wendland“.
        let surname = |a: &Named| {
            (a.kind.is_empty() || a.is(ActorKind::Person))
                && a.name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| with_name_ending(&form.name, last))
        };
        return actors
            .iter()
            .position(|a| with_name_ending(&form.name, &a.name))
            .or_else(|| actors.iter().position(surname));
    }
    let words: Vec<&str> = form.name.split(' ').collect();
    actors.iter().take(at).position(|a| {
        let theirs: Vec<&str> = a.name.split(' ').collect();
        // The whole name in another case, its last word (a surname) alone, or the given name
        // and surname without the patronymic (“Галиною Дячук”, “Галина Іванівна Дячук”).
        let given_and_surname: Vec<&str> = match theirs.as_slice() {
            [given, _, surname] => vec![given, surname],
            _ => Vec::new(),
        };
        let matched = match words.len() {
            n if n == theirs.len() => theirs.as_slice(),
            // A surname alone; an institution's last word is its place (“суд Северогорска”,
            // “Фонд державного майна України”).
            1 if a.kind.is_empty() || a.is(ActorKind::Person) => {
                theirs.last().map(std::slice::from_ref).unwrap_or(&[])
            }
            2 => given_and_surname.as_slice(),
            _ => &[],
        };
        a.name != form.name
            && !matched.is_empty()
            && words.iter().zip(matched).all(|(w, t)| same_stem(w, t))
    })
}

/// Endings a name takes in another case, after its last word: German's genitive „-s“.
pub static NAME_ENDINGS: Words = Words::listed("name ending");

/// Whether `word` is `name` (of four letters or more) with one of the language's `name ending`s:
/// „Kühnholds“, „Landkreises“.
pub fn with_name_ending(word: &str, name: &str) -> bool {
    name.chars().count() >= 4
        && NAME_ENDINGS
            .iter()
            .any(|ending| word.strip_suffix(ending) == Some(name))
}

/// Whether `word` writes the surname `name` in another case: a Cyrillic name in any case
/// (“Ремезова”), another by the language's `name ending` („Wendlands“).
pub fn surname_in_a_case(word: &str, name: &str) -> bool {
    word != name
        && if is_cyrillic(name) {
            is_capitalised(word) && same_stem(word, name)
        } else {
            with_name_ending(word, name)
        }
}

/// Whether two words differ only in an ending of up to three letters, on a stem of four or more.
pub fn same_stem(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longer = a.chars().count().max(b.chars().count());
    shared >= 4 && longer - shared <= 3
}

/// A person's surname used alone (“Kapustin” after “Denis Kapustin”), or one opening with a
/// particle (“Van der Berg”), is the same person; so is a Cyrillic surname in a case, before or
/// after the full name, where it can be only one person's (“Сунцовой” of “Вера Сунцова”).
fn surname_of(actors: &[Named], short: &Named) -> Option<usize> {
    let particle = short
        .name
        .split(' ')
        .next()
        .is_some_and(|f| PARTICLES.contains(f.to_lowercase().as_str()));
    let single = (!short.name.contains(' ') || particle) && short.kind.is_empty()
        || short.is(ActorKind::Person);
    let tail = format!(" {}", short.name.to_lowercase());
    // Or the first of two surnames, as Spanish names have them: “Echevarría” for “Pilar
    // Echevarría Ruiz”, “Piñeiro” for “Xosé Manuel Piñeiro Outeiral”.
    let first_surname = |name: &str| {
        let parts: Vec<&str> = name.split(' ').collect();
        let count = parts.len();
        (count >= 3 && parts.iter().all(|p| is_capitalised(p)))
            .then(|| parts.get(count - 2).map(|p| p.to_lowercase()))
            .flatten()
    };
    let exact = single
        .then(|| {
            actors.iter().position(|a| {
                let lower = a.name.to_lowercase();
                a.name != short.name
                    && a.name.contains(' ')
                    && (a.kind.is_empty() || a.is(ActorKind::Person))
                    && !opens_with_institution(&a.name)
                    && (lower.ends_with(&tail)
                        || first_surname(&a.name).as_deref() == Some(tail.trim_start()))
            })
        })
        .flatten();
    // Else a Cyrillic surname in a case, whatever it was taken for, where one person's surname
    // alone it can be: “Кроме Сунцовой” for “Вера Сунцова”. A case adds letters (or changes
    // its last): a shorter word is another, “Андрей” no form of “Андреев”.
    let cyrillic = !short.name.contains(' ') && is_cyrillic(&short.name);
    let in_a_case = |a: &Named| {
        let surname = a.name.rsplit(' ').next().unwrap_or("");
        a.name.contains(' ')
            && (a.kind.is_empty() || a.is(ActorKind::Person))
            && short.name.chars().count() >= surname.chars().count()
            && surname_in_a_case(&short.name, surname)
    };
    exact.or_else(|| {
        let mut found = actors
            .iter()
            .enumerate()
            .filter(|(_, a)| cyrillic && in_a_case(a));
        match (found.next(), found.next()) {
            (Some((k, _)), None) => Some(k),
            _ => None,
        }
    })
}

/// Whether a name of several words opens with an institution's noun, which its place follows:
/// „Landkreis Oberwald“, „Kreisklinik Altenmarkt“, “Tribunal Supremo”. (A compound of seven
/// letters or more, so that a given name such as “Murat” is none.)
fn opens_with_institution(name: &str) -> bool {
    let (first, _) = name.split_once(' ').unwrap_or(("", ""));
    is_one_of(first, &INSTITUTION_NOUNS) || first.chars().count() >= 7 && ends_as_institution(first)
}

/// An organisation called by the last word of its name (“the Front” after “Northern Liberation
/// Front”, “the Alliance”), or by the noun its name in small letters opens with, is the same
/// organisation.
fn head_word_of(actors: &[Named], short: &Named) -> Option<usize> {
    // A Cyrillic name's last word is its place in a case (“суд Северогорска”), no short form.
    if short.name.contains(' ')
        || is_acronym(&short.name)
        || short.is(ActorKind::Person)
        || is_cyrillic(&short.name)
    {
        return None;
    }
    // Or by the noun a name in small letters opens with: “Council” for “council of Northfield”.
    let opened_by = |name: &str| {
        name.split(' ').next().is_some_and(|first| {
            first.starts_with(char::is_lowercase) && first == short.name.to_lowercase()
        })
    };
    // Not a place after a particle: “Valbrême” of “conseil municipal de Valbrême”; nor after
    // an institution's noun that opens the name: „Oberwald“ of „Landkreis Oberwald“, „Altenmarkt“
    // of „Kreisklinik Altenmarkt“.
    fn last_word(name: &str) -> Option<&str> {
        let mut backwards = name.rsplit(' ');
        let last = backwards.next();
        let before = backwards.next().unwrap_or("");
        last.filter(|_| !before.starts_with(char::is_lowercase) && !opens_with_institution(name))
    }
    actors.iter().position(|a| {
        a.name.contains(' ')
            && !a.is(ActorKind::Person)
            && (last_word(&a.name) == Some(short.name.as_str()) || opened_by(&a.name))
    })
}

/// An institution of several words called without the place that ends its name
/// (“Антимонопольний комітет” for “Антимонопольний комітет України”) is the same institution,
/// when only one name goes on so.
fn without_place_of(actors: &[Named], short: &Named) -> Option<usize> {
    let last = short.name.rsplit(' ').next().unwrap_or("");
    let institution = institution_in_a_case(last).is_some() || ends_as_institution_written(last);
    if !short.name.contains(' ') || short.is(ActorKind::Person) || !institution {
        return None;
    }
    the_only(actors, |a| {
        !a.is(ActorKind::Person)
            && a.name
                .strip_prefix(short.name.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|place| place.split(' ').all(is_capitalised))
    })
}

/// The index of the one actor that `owns`, if exactly one does.
fn the_only(actors: &[Named], owns: impl Fn(&Named) -> bool) -> Option<usize> {
    let mut owners = actors.iter().enumerate().filter(|(_, a)| owns(a));
    match (owners.next(), owners.next()) {
        (Some((owner, _)), None) => Some(owner),
        _ => None,
    }
}

/// An institution called by the end of its one-word name, in a language that joins the words of
/// a name into one (its list `institution ending`): „Rechnungshof“ for „Landesrechnungshof“,
/// „Betriebsrat“ for „Gesamtbetriebsrat“ — when only one name ends so.
fn compound_end_of(actors: &[Named], short: &Named) -> Option<usize> {
    let lower = short.name.to_lowercase();
    if short.name.contains(' ')
        || short.is(ActorKind::Person)
        || lower.chars().count() < 5
        || !ends_as_institution_written(&lower)
    {
        return None;
    }
    the_only(actors, |a| {
        let theirs = a.name.to_lowercase();
        !a.name.contains(' ')
            && !a.is(ActorKind::Person)
            && theirs.len() > lower.len()
            && theirs.ends_with(&lower)
    })
}

/// A company named without its legal ending (“Northwind Energy” after “Northwind Energy Ltd”)
/// is the same company.
fn without_legal_ending_of(actors: &[Named], short: &Named) -> Option<usize> {
    actors
        .iter()
        .position(|a| legal_stem(&a.name) == Some(short.name.as_str()))
}

/// Whether a name is a company's legal name: it ends with a legal form (“Ltd”, “SAS”, „GmbH“).
pub fn is_company(name: &str) -> bool {
    legal_stem(name).is_some()
}

/// Whether a word is a legal form of the language's list `legal ending`: “ООО”, „GmbH“.
pub fn is_legal_ending(word: &str) -> bool {
    LEGAL_ENDINGS.contains(word)
}

/// A company's name without its legal ending: “Northwind Energy Ltd” → “Northwind Energy”.
fn legal_stem(name: &str) -> Option<&str> {
    LEGAL_ENDINGS.iter().find_map(|ending| {
        name.strip_suffix(ending)
            .filter(|n| n.ends_with([' ', ',']))
            .map(|n| n.trim_end_matches([' ', ',']))
    })
}

/// A company called by the first word of its name (“Norvik” after “Norvik Hydrogen Ltd”,
/// “Harrow” after “Harrow Bus Group Ltd”, “Harcourt” after “Harcourt Foods”) or the last before
/// its legal ending is the same company, when only one name has that word so.
fn first_word_of(actors: &[Named], short: &Named) -> Option<usize> {
    let single = !short.name.contains(' ')
        && !is_acronym(&short.name)
        && ![ActorKind::Person, ActorKind::State]
            .into_iter()
            .any(|k| short.is(k))
        && !COUNTRIES.contains(&short.name)
        && !SEATS.iter().any(|(s, _)| s == short.name);
    // A company's first word (“Kranich” for “Kranich Antriebstechnik AG”), or an institution's
    // head noun before its place (“Fiscalía” for “Fiscalía Provincial de Almenara”, “Ministry”
    // for “Ministry of Defence”).
    let linked = |name: &str| {
        words(name)
            .iter()
            .any(|w| PARTICLES.contains(w.text) || NAME_LINKS.contains(w.text))
    };
    // Or the last word of a company's name of two words or more before its legal ending
    // (“Mareira” for “Conservas Mareira S.A.”).
    let stem_ends = |a: &Named| {
        legal_stem(&a.name).is_some_and(|stem| {
            stem.contains(' ') && stem.rsplit(' ').next() == Some(short.name.as_str())
        })
    };
    // Or a company's name of two words, known as one by its own words or what the text says
    // of it: “Harcourt” for “Harcourt Foods, the UK's fifth-largest supermarket chain”.
    // Not an institution's, whose first word is its place: “Harbridge Police”.
    let two_words = |a: &Named| {
        let found = words(&a.name);
        a.is(ActorKind::Organisation)
            && found.len() == 2
            && found.iter().all(|w| {
                is_capitalised(w.text)
                    && !INSTITUTION_NOUNS.contains(&w.text.to_lowercase())
                    && !ends_as_institution(w.text)
            })
    };
    let opens = |a: &Named| {
        !a.is(ActorKind::Person)
            && ((legal_stem(&a.name).is_some() || linked(&a.name) || two_words(a))
                && a.name.split(' ').next() == Some(short.name.as_str())
                || stem_ends(a))
    };
    // Companies of a group that share the word („Kranich Antriebstechnik AG“ and its daughter
    // „Kranich Guss GmbH“): the one named first, whom the story is about.
    let of_a_group = || {
        let sharing: Vec<usize> = actors
            .iter()
            .enumerate()
            .filter(|(_, a)| opens(a))
            .map(|(i, _)| i)
            .collect();
        let companies = sharing.iter().all(|&i| {
            actors
                .get(i)
                .is_some_and(|a| legal_stem(&a.name).is_some() && !stem_ends(a))
        });
        sharing.first().copied().filter(|_| companies)
    };
    the_only(actors, opens)
        .or_else(of_a_group)
        .filter(|_| single)
}

/// A seat of government (“Kyiv”, “Kremlin”) is an alias of its country when the text names the
/// country too.
fn country_of_seat(actors: &[Named], seat: &Named) -> Option<usize> {
    let (_, country) = SEATS.iter().find(|(s, _)| *s == seat.name)?;
    actors.iter().position(|a| a.name == *country)
}

/// The kind of a name no cue tells: several capitalised words are a person's name, one word an
/// organisation's.
fn default_kind(name: &str) -> &'static str {
    let found = words(name);
    let count = found.len();
    // „Landgericht Kellbrunn“: a word that ends as an institution's name does.
    let institution =
        found.iter().any(|w| ends_as_institution(w.text)) || is_cyrillic_institution(name);
    if (2..=4).contains(&count)
        && !name.contains(" of ")
        && legal_stem(name).is_none()
        && !institution
    {
        ActorKind::Person.key()
    } else {
        ActorKind::Organisation.key()
    }
}

/// Where an actor is named in a text: the byte ranges of its names and aliases as whole words.
pub fn mentions(text: &str, actors: &[Named]) -> Vec<(Range<usize>, usize)> {
    let mut found = Vec::new();
    // The text's words, as written, without a possessive's or genitive's ending, and in small
    // letters: a name whose first word is none of them is not sought (a long page names
    // hundreds of actors, each paragraph a few).
    let endings: Vec<&str> = NAME_ENDINGS.iter().collect();
    let mut present: HashSet<&str> = HashSet::new();
    let mut lowered: HashSet<String> = HashSet::new();
    for word in words(text) {
        let bare = without_possessive(word.text);
        present.insert(word.text);
        present.insert(bare);
        // After an elided article: “selon l’ARR”.
        present.insert(
            word.text
                .get(elided_length(word.text)..)
                .unwrap_or(word.text),
        );
        present.extend(endings.iter().filter_map(|e| bare.strip_suffix(e)));
        if word.text.starts_with(char::is_uppercase) {
            lowered.insert(word.text.to_lowercase());
        }
    }
    let may_be_here = |name: &str| {
        name.split(|c: char| {
            c.is_whitespace() || matches!(c, '«' | '»' | '„' | '“' | '”' | '"' | '(' | ')')
        })
        .find(|w| !w.is_empty())
        .is_none_or(|first| {
            let first = first.trim_end_matches(['.', ',']);
            // A name in small letters may open a sentence with a capital; one whose first
            // word holds a mark (“S.A.”, “Prozorro.Продажі”) is sought as before.
            present.contains(first)
                || first.starts_with(char::is_lowercase) && lowered.contains(first)
                || first.bytes().any(|b| b.is_ascii_punctuation())
        })
    };
    for (index, actor) in actors.iter().enumerate() {
        if !actor.names().any(may_be_here) {
            continue;
        }
        // A name that opens with a particle opens a sentence with a capital: “Van der Berg said”.
        let capitalised: Vec<String> = actor
            .names()
            .filter(|n| n.starts_with(char::is_lowercase))
            .map(with_capital)
            .collect();
        let names = actor.names().chain(capitalised.iter().map(String::as_str));
        for name in names {
            for (at, _) in text.match_indices(name) {
                let end = at + name.len();
                let before_ok = text
                    .get(..at)
                    .is_none_or(|b| !b.ends_with(char::is_alphanumeric));
                let after_ok = text
                    .get(end..)
                    .is_none_or(|a| !a.starts_with(char::is_alphanumeric));
                // A genitive by the language's `name ending`: „Rehbeins Angaben“, „Kühnholds
                // Sprecher“.
                let genitive = name.chars().count() >= 4
                    && NAME_ENDINGS.iter().any(|ending| {
                        text.get(end..).is_some_and(|a| {
                            a.starts_with(ending)
                                && !a
                                    .get(ending.len()..)
                                    .is_some_and(|r| r.starts_with(char::is_alphanumeric))
                        })
                    });
                if before_ok && (after_ok || genitive) {
                    found.push((at..end, index));
                }
            }
        }
    }
    found.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    // A name inside a longer one (“Russia” in “Freedom of Russia Legion”) is not a mention.
    let mut kept: Vec<(Range<usize>, usize)> = Vec::new();
    for (range, index) in found {
        if kept.last().is_some_and(|(last, _)| range.start < last.end) {
            continue;
        }
        kept.push((range, index));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(texts: &[&str]) -> Vec<(String, Vec<String>, &'static str)> {
        let paragraphs: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        find(&paragraphs, &[], &[])
            .into_iter()
            .map(|a| (a.name, a.aliases, a.kind))
            .collect()
    }

    #[test]
    fn every_kind_the_lists_give_is_one_of_the_formats() {
        for list in [&INSTITUTIONS, &GROUPS, &KIND_WORDS] {
            for (word, kind) in list.iter() {
                assert!(ActorKind::from_key(kind).is_some(), "{word}={kind}");
            }
        }
    }

    fn names_of(texts: &[&str]) -> Vec<String> {
        actors(texts).into_iter().map(|a| a.0).collect()
    }

    #[test]
    fn acronyms_in_brackets_are_aliases_and_the_context_gives_armed_groups() {
        let found = actors(&["On the 22nd of May, two paramilitary groups led an incursion, namely the Liberty of Russia Legion (LSR) and the Russian Volunteer Corps (RDK). Denis Kapustin is the RDK’s leader."]);
        assert_eq!(
            found,
            [
                (
                    "Liberty of Russia Legion".to_string(),
                    vec!["LSR".to_string()],
                    "armed-group"
                ),
                (
                    "Russian Volunteer Corps".to_string(),
                    vec!["RDK".to_string()],
                    "armed-group"
                ),
                ("Denis Kapustin".to_string(), vec![], "person"),
            ]
        );
    }

    #[test]
    fn names_with_particles_accents_and_titles() {
        let found = actors(&["Zoë van der Berg, a spokeswoman for the Instituto Nacional de Estadística, said prices rose. President Emmanuel Macron’s office declined to comment."]);
        assert_eq!(found[0].0, "Zoë van der Berg");
        assert_eq!(found[0].2, "person");
        assert_eq!(found[1].0, "Instituto Nacional de Estadística");
        assert_eq!(found[1].2, "organisation");
        assert_eq!(found[2].0, "Emmanuel Macron");
        assert_eq!(found[2].2, "person");
    }

    #[test]
    fn letters_after_a_name_and_possessives_inside_one() {
        let found = names_of(&["Nadia Qureshi KC told jurors that beds at St Anne's Hospital and King's College were empty."]);
        assert_eq!(
            found,
            ["Nadia Qureshi", "St Anne's Hospital", "King's College"]
        );
    }

    #[test]
    fn a_company_called_by_its_first_word_and_a_surname_opening_sentences() {
        let found = actors(&[
            "Harrow Bus Group Ltd signed a deal with Calder Ventures Inc, Priya Raman said.",
            "Harrow will run 40 buses. Raman said the deal was the first.",
        ]);
        assert_eq!(
            found,
            [
                (
                    "Harrow Bus Group Ltd".to_string(),
                    vec!["Harrow".to_string()],
                    "organisation"
                ),
                ("Calder Ventures Inc".to_string(), vec![], "organisation"),
                (
                    "Priya Raman".to_string(),
                    vec!["Raman".to_string()],
                    "person"
                ),
            ]
        );
    }

    #[test]
    fn and_joins_places_in_an_institutions_name_only() {
        let found = names_of(&["The Kestermoor and Vale NHS Foundation Trust said Russia and Ukraine were not involved."]);
        assert_eq!(
            found,
            [
                "Kestermoor and Vale NHS Foundation Trust",
                "Russia",
                "Ukraine"
            ]
        );
        let found = actors(&["The Health and Safety Executive and the Roads and Lighting Agency said Leeds and York would wait."]);
        let kinds: Vec<(&str, &str)> = found.iter().map(|a| (a.0.as_str(), a.2)).collect();
        assert_eq!(
            kinds.get(..2),
            Some(
                &[
                    ("Health and Safety Executive", "government"),
                    ("Roads and Lighting Agency", "organisation"),
                ][..]
            )
        );
        assert!(kinds.iter().any(|(name, _)| *name == "Leeds"), "{kinds:?}");
    }

    #[test]
    fn a_name_used_as_a_place_somewhere_is_a_place_everywhere() {
        let found = names_of(&[
            "Trading in Lindgrad stopped after the blast at the port of Velmora.",
            "The Lindgrad exchange reopened; Velmora Port Authority said so.",
        ]);
        assert_eq!(found, ["Velmora Port Authority"]);
    }

    #[test]
    fn offices_before_a_name_are_not_part_of_it() {
        let found = actors(&["Transport Minister Elena Vasquez visited the depot. The bank's Managing Director said little."]);
        assert_eq!(found[0].0, "Elena Vasquez");
        assert_eq!(found[0].2, "person");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_initialism_before_words_of_a_firm_is_one_organisation() {
        let found = actors(&[
            "S&P Global Ratings said the outlook was stable. Analysts at Global Witness disagreed.",
        ]);
        let kinds: Vec<(&str, &str)> = found.iter().map(|a| (a.0.as_str(), a.2)).collect();
        assert_eq!(
            kinds,
            [
                ("S&P Global Ratings", "organisation"),
                ("Global Witness", "organisation")
            ]
        );
    }

    #[test]
    fn a_name_after_the_or_at_is_an_organisation_and_compass_points_can_open_names() {
        let found = actors(&["Mia Holt, an economist at Carrow Analytics, spoke to the Northern Rail Union. Prices rose in the Western Polish borderlands."]);
        let kinds: Vec<(&str, &str)> = found.iter().map(|a| (a.0.as_str(), a.2)).collect();
        assert_eq!(
            kinds,
            [
                ("Mia Holt", "person"),
                ("Carrow Analytics", "organisation"),
                ("Northern Rail Union", "organisation")
            ]
        );
    }

    #[test]
    fn a_capital_opening_a_quotation_is_not_a_name() {
        assert_eq!(
            names_of(&[
                "The mayor spoke. \"Ferries are late again,\" she said. Ferries run daily."
            ]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_particle_name_is_found_when_it_opens_a_sentence() {
        let named = find(
            &["Ans van Dijk spoke. Van Dijk said so.".to_string()],
            &[],
            &[],
        );
        let text = "Van Dijk said so.";
        assert_eq!(mentions(text, &named).len(), 1, "{named:?}");
    }

    #[test]
    fn sentence_openers_are_not_names_but_countries_are() {
        assert_eq!(
            names_of(&["Armed clashes characterised the incursion. Ukraine deliberately denied its raid involvement. However, it helps Ukraine."]),
            ["Ukraine"]
        );
    }

    #[test]
    fn nationalities_before_institutions_are_actors() {
        let found = actors(&["The claims by the Russian military were denied. They attracted Russian volunteer fighters. Ukrainian intelligence controls them, among Russian citizens in the Western Russian borderlands."]);
        assert_eq!(
            found,
            [
                ("Russian military".to_string(), vec![], "military"),
                ("Russian volunteer fighters".to_string(), vec![], "people"),
                (
                    "Ukrainian intelligence".to_string(),
                    vec![],
                    "intelligence-agency"
                ),
                ("Russian citizens".to_string(), vec![], "people"),
            ]
        );
    }

    #[test]
    fn a_cyrillic_name_in_other_cases_is_one_actor() {
        let found = actors(&[
            "Міський голова Ігор Сидоренко відкрив засідання.",
            "За словами Ігоря Сидоренка, ремонт триватиме тиждень.",
            "Журналісти поставили запитання Сидоренкові.",
        ]);
        let sydorenko = found.iter().find(|(name, _, _)| name == "Ігор Сидоренко");
        let aliases = sydorenko
            .map(|(_, aliases, _)| aliases.clone())
            .unwrap_or_default();
        assert!(
            aliases.contains(&"Ігоря Сидоренка".to_string()),
            "{found:?}"
        );
        assert!(aliases.contains(&"Сидоренкові".to_string()), "{found:?}");
        assert!(same_stem("Мухина", "Мухин") && !same_stem("Мухин", "Мухаммед"));
    }

    #[test]
    fn surnames_and_seats_of_government_are_aliases() {
        let found = actors(&[
            "Ukraine denied it. Kyiv says they are Russians, casting it as anti-Kremlin strife.",
            "Denis Kapustin leads the group. Kapustin said so.",
        ]);
        assert_eq!(
            found[0],
            ("Ukraine".to_string(), vec!["Kyiv".to_string()], "state")
        );
        assert_eq!(found[1].0, "Kremlin");
        assert_eq!(found[1].2, "government");
        assert_eq!(
            found[2],
            (
                "Denis Kapustin".to_string(),
                vec!["Kapustin".to_string()],
                "person"
            )
        );
    }

    #[test]
    fn cited_outlets_are_not_actors_and_groups_in_small_letters_are() {
        let paragraphs = vec![
            "No casualties among the civilian population were registered, the BBC said."
                .to_string(),
        ];
        let found = find(&paragraphs, &["BBC".to_string()], &[]);
        let names: Vec<&str> = found.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["civilian population"]);
    }

    #[test]
    fn mentions_are_whole_words_and_the_longest_name() {
        let found =
            actors(&["The Freedom of Russia Legion fights Russia. Putin’s regime and Putin."]);
        let named: Vec<Named> = found
            .iter()
            .map(|(name, aliases, kind)| Named {
                name: name.clone(),
                aliases: aliases.clone(),
                kind,
                paragraph: 0,
                description: None,
            })
            .collect();
        let text =
            "The Freedom of Russia Legion fights Russia. Putin’s regime and Putin. Putinism.";
        let places: Vec<&str> = mentions(text, &named)
            .into_iter()
            .map(|(r, _)| &text[r])
            .collect();
        assert_eq!(
            places,
            ["Freedom of Russia Legion", "Russia", "Putin", "Putin"]
        );
    }
}
