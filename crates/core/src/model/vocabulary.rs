//! The closed lists of words the format uses for a field (a claim's kind, an actor's kind, a
//! relation's kind), each with the word a file writes, its place in the list and its label for
//! readers (a message, [`crate::i18n::Msg`]). Everything that needs a value's position (the query engine's columns, the packed form)
//! asks [`Vocabulary::position`], so the order lives here alone.

/// A closed list of words an article file may use for a field, such as a claim's kind.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value with the word the file uses for it.
    const ALL: &'static [(Self, &'static str)];
    /// Which field it is, as the message `check-word` chooses its name: `actor-kind`.
    const WHAT: &'static str;

    fn from_key(key: &str) -> Option<Self>;

    /// The word the file uses for this value.
    fn key(self) -> &'static str;

    /// The value's place in [`Vocabulary::ALL`].
    fn position(self) -> usize;

    /// The value at `position` in [`Vocabulary::ALL`].
    fn at(position: usize) -> Option<Self> {
        Self::ALL.get(position).map(|(value, _)| *value)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident = $key:literal : $label:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const ALL: &'static [(Self, &'static str)] = &[$(($name::$variant, $key)),+];
            const WHAT: &'static str = $what;

            fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            fn position(self) -> usize {
                self as usize
            }
        }

        impl $name {
            /// The value's name for readers: a message of `locales/*.ftl`.
            pub fn label(self) -> crate::i18n::Msg {
                match self { $($name::$variant => crate::i18n::Msg::$label),+ }
            }
        }
    };
}

vocabulary!(
    /// What an actor is.
    ActorKind, "actor-kind" {
        Person = "person": ActorKindPerson,
        People = "people": ActorKindPeople,
        Organisation = "organisation": ActorKindOrganisation,
        ArmedGroup = "armed-group": ActorKindArmedGroup,
        State = "state": ActorKindState,
        Government = "government": ActorKindGovernment,
        Military = "military": ActorKindMilitary,
        IntelligenceAgency = "intelligence-agency": ActorKindIntelligenceAgency,
        Media = "media": ActorKindMedia,
        Author = "author": ActorKindAuthor,
    }
);

vocabulary!(
    /// What sort of assertion a claim is.
    ClaimKind, "claim-kind" {
        Report = "report": ClaimKindReport,
        Assessment = "assessment": ClaimKindAssessment,
        Statement = "statement": ClaimKindStatement,
        Denial = "denial": ClaimKindDenial,
    }
);

vocabulary!(
    /// How two claims relate.
    RelationKind, "relation-kind" {
        Contradicts = "contradicts": RelationKindContradicts,
        Supports = "supports": RelationKindSupports,
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_read_back_their_own_words() {
        for &(kind, key) in ActorKind::ALL {
            assert_eq!(ActorKind::from_key(key), Some(kind));
            assert_eq!(kind.key(), key);
        }
        assert_eq!(ClaimKind::from_key("rumour"), None);
    }

    #[test]
    fn a_value_is_found_at_its_position() {
        for (i, &(kind, _)) in ClaimKind::ALL.iter().enumerate() {
            assert_eq!(kind.position(), i);
            assert_eq!(ClaimKind::at(i), Some(kind));
        }
        assert_eq!(RelationKind::at(RelationKind::ALL.len()), None);
    }
}
