//! The views as tabs: links that also work in a new tab, with the current one marked. On a narrow
//! screen the strip scrolls sideways: the current tab is brought into it on load and on every
//! change of view, and a fade at either end says that more tabs are there.

use claimscope_core::{Article, View};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::{t, tf};
use claimscope_core::i18n::Msg;

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
    /// The strip, for [`use_strip`].
    pub strip: NodeRef,
}

/// Whether the strip scrolls: with the pictures, seven tabs are more than a phone's width holds.
/// The editor's Preview, without them, has five, and goes without (which keeps its download
/// within its budget).
const SCROLLS: bool = cfg!(feature = "pictures");

/// Brings the current tab into the strip and marks its hidden ends, on load and on every change of
/// view, for the explorer to call.
#[hook]
pub fn use_strip(strip: &NodeRef, view: View) {
    let strip = strip.clone();
    use_effect_with(view, move |_| {
        if let Some(strip) = strip.cast::<HtmlElement>().filter(|_| SCROLLS) {
            bring_current_into_view(&strip);
            mark_hidden_ends(&strip);
        }
    });
}

pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let tabs = View::ALL.into_iter().map(|view| {
        let link = Link::View(view);
        let href = link.href(&props.article, &props.state.url);
        let current = props.state.url.view == view;
        let findings_label = tf(Msg::FindingsBadge, &[props.findings.into()]);
        html! {
            <li>
                <a {href}
                   aria-current={current.then_some("page")}
                   data-view={view.key()}
                   onclick={follow(&props.dispatch, link)}>
                    { t(view.label()) }
                    if view == View::Integrity && props.findings > 0 {
                        <span class="badge" aria-label={findings_label}>{ props.findings }</span>
                    }
                </a>
            </li>
        }
    });
    let onscroll = SCROLLS.then(|| Callback::from(on_scroll));
    html! {
        <nav class="view-tabs" aria-label={t(Msg::Views)}>
            <ul ref={props.strip.clone()} {onscroll}>{ for tabs }</ul>
        </nav>
    }
}

/// Scrolls the strip, and only the strip (never the page or an embedding host), so that the
/// current tab is wholly in it.
fn bring_current_into_view(strip: &HtmlElement) {
    let Ok(Some(current)) = strip.query_selector("[aria-current]") else {
        return;
    };
    let Ok(current) = current.dyn_into::<HtmlElement>() else {
        return;
    };
    // Measured on screen, and scrolled by the difference: `scrollLeft` moves the strip's
    // content the same way in both directions (it runs from 0 to negative right to left).
    let (tab, shown) = (
        current.get_bounding_client_rect(),
        strip.get_bounding_client_rect(),
    );
    // Room past it, so that the fade (the strip's last 15 %, styles/main.css) does not cover
    // the current tab.
    let room = (tab.width() / 2.0).max(shown.width() * 0.15);
    let by = if tab.left() < shown.left() {
        tab.left() - room - shown.left()
    } else if tab.right() > shown.right() {
        tab.right() + room - shown.right()
    } else {
        return;
    };
    strip.set_scroll_left(strip.scroll_left() + by.round() as i32);
}

fn on_scroll(e: Event) {
    if let Some(strip) = e.target_dyn_into::<HtmlElement>() {
        mark_hidden_ends(&strip);
    }
}

/// Marks which ends of the strip have tabs scrolled out of view (`data-more`: `start`, `end` or
/// both), for the stylesheet's fades.
fn mark_hidden_ends(strip: &HtmlElement) {
    let shown = strip.scroll_left().abs();
    let hidden = strip.scroll_width() - strip.client_width();
    let ends = [(shown > 1, "start"), (shown < hidden - 1, "end")];
    let more: Vec<&str> = ends
        .iter()
        .filter(|(is, _)| *is)
        .map(|(_, end)| *end)
        .collect();
    let _ = strip.set_attribute("data-more", &more.join(" "));
}
