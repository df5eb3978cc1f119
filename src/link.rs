//! The explorer's in-app links, each a change of the address. A link's `href` and its click share
//! that change (the reducer's `Action::Follow` applies it), so a link opens in a new tab, or
//! without JavaScript, exactly what a click shows.

use claimscope_core::{ActorId, Article, ClaimId, FacetValue, Query, UrlState, View};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Link {
    /// Another view, with the same filters and claim.
    View(View),
    /// A claim (or none) selected in the current view.
    Select(Option<ClaimId>),
    /// A claim selected and shown in the article's text.
    InArticle(ClaimId),
    /// The claims with just this value, in the Claims view.
    ClaimsWith(FacetValue),
    /// The claims with this value as its facet's only one, the other filters kept, in the Claims
    /// view.
    ClaimsAlso(FacetValue),
    /// An actor (or none) selected in the network.
    Actor(Option<ActorId>),
}

impl Link {
    /// The address the link points at from `url`: a query string, `?` alone when it is empty, so
    /// that the link still leaves the current filters.
    pub fn href(self, article: &Article, url: &UrlState) -> String {
        let mut next = url.clone();
        self.apply(&mut next);
        let search = next.to_query_string(article);
        if search.is_empty() {
            "?".to_string()
        } else {
            search
        }
    }

    /// Changes `url` as following the link does; the reducer applies the same change.
    pub fn apply(self, url: &mut UrlState) {
        match self {
            Link::View(view) => url.view = view,
            Link::Select(claim) => url.claim = claim,
            Link::InArticle(claim) => {
                url.claim = Some(claim);
                url.view = View::Article;
            }
            Link::ClaimsWith(value) => {
                url.query = Query::only(value);
                url.view = View::Claims;
            }
            Link::ClaimsAlso(value) => {
                url.query.clear(value.facet());
                url.query.toggle(value);
                url.view = View::Claims;
            }
            Link::Actor(actor) => url.actor = actor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimscope_core::SourceFilter;

    fn harbour() -> Article {
        claimscope_core::load(include_bytes!("../tests/fixtures/harbour.json"))
            .expect("the harbour fixture loads")
    }

    #[test]
    fn links_write_the_address_they_lead_to() {
        let article = harbour();
        let url = UrlState::parse(&article, "?utm=x&view=actors&q=monday&kind=denial");
        let reopen = article
            .claim_by_key("reopen")
            .expect("a claim of the fixture");
        let href = |link: Link| link.href(&article, &url);
        assert_eq!(
            href(Link::View(View::Sources)),
            "?utm=x&view=sources&q=monday&kind=denial"
        );
        assert_eq!(
            href(Link::Select(Some(reopen))),
            "?utm=x&view=actors&q=monday&kind=denial&claim=reopen"
        );
        assert_eq!(
            href(Link::InArticle(reopen)),
            "?utm=x&q=monday&kind=denial&claim=reopen"
        );
        assert_eq!(
            href(Link::ClaimsWith(FacetValue::Source(
                SourceFilter::Unsourced
            ))),
            "?utm=x&view=claims&source=unsourced"
        );
        let mayor = article.actor_by_key("mayor").expect("an actor");
        assert_eq!(
            href(Link::ClaimsAlso(FacetValue::By(mayor))),
            "?utm=x&view=claims&q=monday&by=mayor&kind=denial"
        );
        let narrowed = UrlState::parse(&article, "?about=mayor&kind=denial");
        let authority = article.actor_by_key("port-authority").expect("an actor");
        assert_eq!(
            Link::ClaimsAlso(FacetValue::About(authority)).href(&article, &narrowed),
            "?view=claims&about=port-authority&kind=denial",
            "the facet's other values go, so the view shows what the link counts"
        );
        assert_eq!(
            href(Link::Actor(Some(mayor))),
            "?utm=x&view=actors&q=monday&kind=denial&actor=mayor"
        );
    }

    #[test]
    fn a_link_to_the_bare_explorer_is_a_lone_question_mark() {
        let article = harbour();
        let url = UrlState::parse(&article, "?view=claims");
        assert_eq!(Link::View(View::Article).href(&article, &url), "?");
    }
}
