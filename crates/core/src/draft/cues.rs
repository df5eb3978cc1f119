//! The words that tell who claims something and what sort of claim it is: verbs of reported
//! speech (“said”, “told”, “argued”, “warned”, “described … as”), verbs of denial (“denied”,
//! “rejected”), and the evaluative wording of analysis (“aims to”, “demonstrates”, “seeks to”,
//! “possible”). The verbs come from the language files, in every language compiled in; the
//! words of analysis are English only for now.

use super::words::Words;

/// Verbs that report what someone says, in the forms news writing uses.
static SPEECH: Words = Words::listed("speech");

/// Verbs of denial.
static DENIAL: Words = Words::listed("denial");

/// Verbs of analysis: the writer reads a purpose, a cause or a meaning into events.
static EVALUATIVE_VERBS: Words = Words::new(concat!(
    "aims|aimed|seeks|seek|sought|demonstrates|demonstrate|shows|showed|suggests|",
    "indicates|reflects|echoes|echoing|mirrors|mirroring|signals|enables|allows|forces|",
    "leading|differ|differs",
));

/// Words of judgement, likelihood and weight.
static EVALUATIVE_WORDS: Words = Words::new(concat!(
    "symbolic|symbolically|significance|significant|important|crucial|likely|unlikely|",
    "possible|possibly|probably|perhaps|may|might|could|should|must|ought|advantage|",
    "disadvantage|weakness|weakening|strength|deliberately|clearly|arguably|seems|appears|",
    "better|worse|best|worst|failure|mistake|wrong|unfortunately|fortunately|sadly|",
    "remarkable|extremist",
));

/// Words that open a subject, after which a clause joined by “and” asserts something new.
static SUBJECT_OPENERS: Words = Words::new(concat!(
    "he|she|it|they|we|i|you|his|her|its|their|our|my|this|these|that|those|there|the|a|",
    "an|some|many|most|no|each|every|all|both|one",
));

/// Whether `word` is a verb of reported speech.
pub fn is_speech(word: &str) -> bool {
    SPEECH.contains(word)
}

/// Whether `word` is the infinitive of a verb of speech, by the language's conjugations (the
/// list `conjugation`): « ajouter » for « ajouté ».
pub fn is_speech_infinitive(word: &str) -> bool {
    static CONJUGATION: Words = Words::listed("conjugation");
    CONJUGATION.iter().any(|entry| {
        let Some((ending, forms)) = entry.split_once('=') else {
            return false;
        };
        let Some(stem) = word.strip_suffix(ending.trim()) else {
            return false;
        };
        forms.split('/').any(|form| {
            let form = form.trim().trim_start_matches('+');
            is_speech(&format!("{stem}{form}"))
        })
    })
}

/// Whether `word` is an auxiliary verb, which a verb of speech may follow (“has said”, „hatte
/// gemeldet“).
pub fn is_auxiliary(word: &str) -> bool {
    static AUXILIARY: Words = Words::listed("auxiliary");
    AUXILIARY.contains(word)
}

/// Whether `word` is a participle the language's conjugations give (the list `participle`): a
/// verb only after an auxiliary, “ha asegurado”, not “el valor añadido”.
pub fn is_participle(word: &str) -> bool {
    static PARTICIPLES: Words = Words::listed("participle");
    PARTICIPLES.contains(word)
}

/// Whether `word` opens what was said, as “that” does: “said that …”, “sagte, dass …”.
pub fn is_that(word: &str) -> bool {
    static THAT: Words = Words::listed("that");
    THAT.contains(word)
}

/// Whether `word` is a verb of denial.
pub fn is_denial(word: &str) -> bool {
    DENIAL.contains(word)
}

/// Whether `word` is a verb of analysis (“aims”, “demonstrates”).
pub fn is_evaluative_verb(word: &str) -> bool {
    EVALUATIVE_VERBS.contains(word)
}

/// Whether `word` judges, weighs or guesses (“possible”, “should”, “significance”).
pub fn is_evaluative(word: &str) -> bool {
    EVALUATIVE_WORDS.contains(word) || EVALUATIVE_VERBS.contains(word)
}

/// Whether `word` can open the subject of a new clause: in English, from the list above; in every
/// language, a pronoun or a determiner of its language file.
pub fn opens_subject(word: &str) -> bool {
    static LISTED: [Words; 4] = [
        Words::listed("person pronoun"),
        Words::listed("other pronoun"),
        Words::listed("first person"),
        Words::listed("determiner"),
    ];
    SUBJECT_OPENERS.iter().any(|s| s.eq_ignore_ascii_case(word))
        || LISTED
            .iter()
            .any(|list| super::words::is_one_of(word, list))
}

/// Words before a noun that make the next word a noun, not a verb: “the claims”, “its states”.
pub fn is_determiner(word: &str) -> bool {
    static DETERMINERS: Words = Words::new(concat!(
        "the|a|an|his|her|its|their|our|my|your|these|those|this|that|two|three|several|many|",
        "such|whose|united|member",
    ));
    static HERE: Words = Words::listed("determiner");
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word)) || HERE.contains(&word.to_lowercase())
}
