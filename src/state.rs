//! The explorer's state and the one reducer that changes it.
//!
//! The state is what the address bar says (view, filters, selected claim) plus whether the Actors
//! and Sources views show everyone despite a filter. Every change a reader makes is an [`Action`].

use std::rc::Rc;

use claimscope_core::{ClaimId, Facet, FacetValue, Query, UrlState, View};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub url: UrlState,
    /// Show every actor and source even while a filter is active.
    pub show_all: bool,
    /// Counts requests to scroll the selected claim into view in the article.
    pub reveal: u32,
    /// Pages of claim cards shown beyond the first; none again whenever the filters change.
    pub more_pages: usize,
    /// The long facets the reader opened in full.
    pub expanded: Vec<Facet>,
}

impl State {
    /// The state a page load starts in: a claim named in the address is shown in place.
    pub fn from_url(url: UrlState) -> State {
        let reveal = u32::from(url.claim.is_some() && url.view == View::Article);
        State {
            url,
            show_all: false,
            reveal,
            more_pages: 0,
            expanded: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address changed under us (Back, Forward).
    Navigate(UrlState),
    SetView(View),
    SetText(String),
    Toggle(FacetValue),
    ClearFacet(Facet),
    ClearAll,
    /// Select a claim (or none) in the current view.
    Select(Option<ClaimId>),
    /// Select a claim and show it in the article's text.
    ShowInArticle(ClaimId),
    /// Show the claims matching just this value.
    ClaimsWith(FacetValue),
    ToggleShowAll,
    /// Show another page of claim cards.
    ShowMore,
    /// Open a long facet in full, or back to its shortlist.
    ToggleExpanded(Facet),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let url = &mut next.url;
        match action {
            Action::Navigate(state) => next.url = state,
            Action::SetView(view) => url.view = view,
            Action::SetText(text) => url.query.text = text,
            Action::Toggle(value) => url.query.toggle(value),
            Action::ClearFacet(facet) => url.query.clear(facet),
            Action::ClearAll => url.query = Query::default(),
            Action::Select(claim) => url.claim = claim,
            Action::ShowInArticle(claim) => {
                url.claim = Some(claim);
                url.view = View::Article;
                next.reveal += 1;
            }
            Action::ClaimsWith(value) => {
                url.query = Query::only(value);
                url.view = View::Claims;
            }
            Action::ToggleShowAll => next.show_all = !next.show_all,
            Action::ShowMore => next.more_pages += 1,
            Action::ToggleExpanded(facet) => {
                if let Some(at) = next.expanded.iter().position(|f| *f == facet) {
                    next.expanded.remove(at);
                } else {
                    next.expanded.push(facet);
                }
            }
        }
        if next.url.query != self.url.query {
            next.more_pages = 0;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl State {
    /// The address a link for `action` points at, so links work in a new tab and without
    /// JavaScript exactly as they do when clicked.
    pub fn href(&self, article: &claimscope_core::Article, action: Action) -> String {
        let next = Rc::new(self.clone()).reduce(action);
        let search = next.url.to_query_string(article);
        if search.is_empty() {
            "?".to_string()
        } else {
            search
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_pages_of_cards_stay_until_the_filters_change() {
        let state = Rc::new(State::default())
            .reduce(Action::ShowMore)
            .reduce(Action::ShowMore);
        assert_eq!(state.more_pages, 2);
        let state = state.reduce(Action::SetView(View::Article));
        assert_eq!(state.more_pages, 2, "a change of view keeps them");
        let state = state.reduce(Action::SetText("raid".into()));
        assert_eq!(state.more_pages, 0, "a change of filters starts again");
    }
}
