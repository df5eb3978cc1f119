//! A message in which one value shows as code (an entry's id, a place in the file): the message
//! is formatted around a marker that the `<code>` element then takes the place of, so that a
//! translation may put the value anywhere in its sentence.

use claimscope_app::i18n::tf;
use claimscope_core::i18n::{Arg, Msg};
use yew::prelude::*;

/// Where the code goes: a character of Unicode's private use area, which no message holds.
const MARKER: &str = "\u{E000}";

/// `msg`, its first argument `code` shown in `<code>`, its others `rest`. A translation that
/// leaves the code out has it after its text.
pub fn with_code(msg: Msg, code: &str, rest: &[Arg]) -> Html {
    let args: Vec<Arg> = std::iter::once(Arg::Str(MARKER))
        .chain(rest.iter().copied())
        .collect();
    let text = tf(msg, &args);
    let (before, after) = text.split_once(MARKER).unwrap_or((&text, ""));
    html! { <>{ before.to_string() }<code>{ code.to_string() }</code>{ after.to_string() }</> }
}
