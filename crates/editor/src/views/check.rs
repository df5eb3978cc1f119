//! The Check panel: every problem that keeps the file from opening in the explorer, in the
//! checker's words, each a button that opens the field to fix; the warnings, gaps to fill before
//! publishing; and the integrity findings readers will see.

use claimscope_app::i18n::t;
use claimscope_core::i18n::Msg;
use claimscope_core::{Article, Finding, Problem};
use yew::prelude::*;

use super::code::with_code;
use crate::state::Action;

pub struct CheckProps<'a> {
    pub problems: &'a [Problem],
    pub warnings: &'a [Problem],
    pub article: Option<&'a Article>,
    pub findings: &'a [Finding],
    pub dispatch: &'a Callback<Action>,
}

pub fn check(props: &CheckProps) -> Html {
    let item = |problem: &Problem| {
        let path = problem.path.clone();
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| Action::Jump(path.clone()));
        html! {
            <li>
                <button type="button" class="problem" {onclick}>
                    if problem.path.is_empty() {
                        { &problem.message }
                    } else {
                        { with_code(
                            Msg::EditorCheckProblem,
                            &problem.path,
                            &[problem.message.as_str().into()],
                        ) }
                    }
                </button>
            </li>
        }
    };
    let state = if props.problems.is_empty() {
        t(Msg::EditorCheckValid)
    } else {
        t(Msg::EditorCheckInvalid)
    };
    html! {
        <section class="check" aria-label={t(Msg::EditorPanelCheck)}>
            <h2>
                { t(Msg::EditorCheckProblems) }
                <span class="count">{ props.problems.len() }</span>
            </h2>
            <p>{ state }</p>
            <ul data-testid="problems" class="problems">{ for props.problems.iter().map(item) }</ul>
            if !props.warnings.is_empty() {
                <h2>
                    { t(Msg::EditorCheckWarnings) }
                    <span class="count">{ props.warnings.len() }</span>
                </h2>
                <ul data-testid="warnings" class="problems warnings">
                    { for props.warnings.iter().map(item) }
                </ul>
            }
            if props.article.is_some() {
                <h2>
                    { t(Msg::EditorCheckFindings) }
                    <span class="count">{ props.findings.len() }</span>
                </h2>
                <ul class="findings">
                    { for props.findings.iter().map(|f| html! {
                        <li data-finding={f.kind.key()}>
                            <strong>{ &f.title }</strong>{ " " }{ &f.detail }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
