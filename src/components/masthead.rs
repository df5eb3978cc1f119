//! The article's category, headline and credits, as a news page shows them.

use claimscope_core::Article;
use yew::prelude::*;

use crate::i18n::{article_dir, article_lang, t, tf};
use claimscope_core::i18n::Msg;

use crate::shared::Shared;

pub struct MastheadProps {
    pub article: Shared<Article>,
    /// In an embedding: the address of the full explorer, offered in a new tab.
    pub full_explorer: Option<AttrValue>,
}

pub fn masthead(props: &MastheadProps) -> Html {
    let info = props.article.info();
    let credits = info.credits.iter().enumerate().map(|(i, credit)| {
        html! {
            <>
                // The no-break space keeps “·” with the name before it: never alone on a line.
                if i > 0 { <span class="sep" aria-hidden="true">{ "\u{a0}· " }</span> }
                <span class="credit">
                    { credit_lead(&credit.role) }{ "\u{a0}" }<strong lang={article_lang(&props.article)}>{ &credit.name }</strong>
                </span>
            </>
        }
    });
    let published = info.published.map(|date| {
        html! { <time datetime={date.to_string()}>{ crate::i18n::locale().date(&date) }</time> }
    });
    html! {
        <header class="masthead">
            <p class="kicker">
                if let Some(category) = &info.category {
                    <span class="category" lang={article_lang(&props.article)}>{ category }</span>
                }
                if let Some(publisher) = &info.publisher {
                    <span class="publisher" lang={article_lang(&props.article)}>{ publisher }</span>
                }
                { for published }
            </p>
            <h1 class="title" lang={article_lang(&props.article)} dir={article_dir(&props.article)}>{ &info.title }</h1>
            <p class="credits">{ for credits }</p>
            if let Some(href) = &props.full_explorer {
                <p class="open-full">
                    <a class="external" {href} target="_blank" rel="noopener">
                        { t(Msg::OpenFullExplorer) }
                        <span class="visually-hidden">{ " " }{ t(Msg::NewTab) }</span>
                    </a>
                </p>
            }
        </header>
    }
}

/// How a credit line introduces a role: “By”, “Edited by”…
fn credit_lead(role: &str) -> String {
    let key = role.to_ascii_lowercase();
    tf(Msg::CreditLead, &[key.as_str().into(), role.into()])
}
