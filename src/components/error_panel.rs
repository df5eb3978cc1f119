//! What a reader sees instead of the explorer when the article file is broken: every problem,
//! plainly.

use claimscope_core::Problem;
use yew::prelude::*;

use crate::shared::Shared;

pub struct ErrorPanelProps {
    pub problems: Shared<Vec<Problem>>,
}

pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let problems = props
        .problems
        .iter()
        .map(|problem| html! { <li><code>{ problem.to_string() }</code></li> });
    html! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{ "This article could not be loaded" }</h1>
            <p>
                { "Its data file has problems. The article's publisher can fix them with " }
                <code>{ "claimscope check" }</code>{ ":" }
            </p>
            <ul class="problems">{ for problems }</ul>
        </section>
    }
}
