//! The choice of another claim to link a claim to, in the claim's form: a component of its own so
//! that its options are built again only when the other claims change.

use std::rc::Rc;

use claimscope_core::format::file::Claim;
use yew::prelude::*;

#[derive(Properties)]
pub struct OtherClaimsProps {
    pub claims: Vec<Rc<Claim>>,
    /// The claim whose form this is, left out of the choice.
    pub except: usize,
}

impl PartialEq for OtherClaimsProps {
    /// By identity of each claim but the one left out: typing in this claim's form changes only
    /// that one, so a thousand options are not built again on every keystroke.
    fn eq(&self, other: &Self) -> bool {
        self.except == other.except
            && self.claims.len() == other.claims.len()
            && self
                .claims
                .iter()
                .zip(&other.claims)
                .enumerate()
                .all(|(j, (a, b))| j == self.except || Rc::ptr_eq(a, b))
    }
}

/// The choice of another claim to link this one to.
#[function_component]
pub fn OtherClaims(props: &OtherClaimsProps) -> Html {
    let options = props
        .claims
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != props.except)
        .map(
            |(j, c)| html! { <option value={j.to_string()}>{ c.headline().to_string() }</option> },
        );
    html! { <select name="related">{ for options }</select> }
}
