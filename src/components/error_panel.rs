//! What a reader sees instead of the explorer when the article file is broken: every problem,
//! plainly.

use claimscope_core::Problem;
use yew::prelude::*;

use crate::i18n::t;
use claimscope_core::i18n::Msg;

use crate::shared::Shared;

pub struct ErrorPanelProps {
    pub problems: Shared<Vec<Problem>>,
}

pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let problems = props
        .problems
        .iter()
        .map(|problem| match problem.path.as_str() {
            "" => html! { <li>{ &problem.message }</li> },
            // The place in the file keeps its own order in a right-to-left sentence.
            path => html! { <li><bdi><code>{ path }</code></bdi>{ ": " }{ &problem.message }</li> },
        });
    html! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{ t(Msg::ErrorTitle) }</h1>
            <p>
                { t(Msg::ErrorText) }{ " " }
                <code>{ "claimscope check" }</code>{ ":" }
            </p>
            // The problems are the checker's, in the interface's language.
            <ul class="problems">{ for problems }</ul>
        </section>
    }
}
