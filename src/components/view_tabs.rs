//! The five views as tabs: links that also work in a new tab, with the current one marked.

use claimscope_core::{Article, View};
use yew::prelude::*;

use crate::components::follow;
use crate::link::Link;
use crate::shared::Shared;
use crate::state::{Action, State};

pub struct ViewTabsProps {
    pub article: Shared<Article>,
    pub state: State,
    /// How many integrity findings there are, shown on the Integrity tab.
    pub findings: usize,
    pub dispatch: Callback<Action>,
}

pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let tabs = View::ALL.into_iter().map(|view| {
        let link = Link::View(view);
        let href = link.href(&props.article, &props.state.url);
        let current = props.state.url.view == view;
        let findings_label = format!("{} findings", props.findings);
        html! {
            <li>
                <a {href}
                   aria-current={current.then_some("page")}
                   data-view={view.key()}
                   onclick={follow(&props.dispatch, link)}>
                    { view.label() }
                    if view == View::Integrity && props.findings > 0 {
                        <span class="badge" aria-label={findings_label}>{ props.findings }</span>
                    }
                </a>
            </li>
        }
    });
    html! {
        <nav class="view-tabs" aria-label="Views">
            <ul>{ for tabs }</ul>
        </nav>
    }
}
