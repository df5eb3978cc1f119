//! How the explorer is embedded in someone else's page: the address parameters an embedding sets
//! (`embed`, `theme`, `accent`, `childId`, `data`), the iframe snippet a newsroom pastes, and the
//! only messages the explorer ever sends its parent — its height.

use crate::address::url::pairs;
use crate::view::html::attribute;

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A CSS colour given as `#rgb` or `#rrggbb`: nothing else reaches a style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colour(String);

impl Colour {
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
        ok.then(|| Colour(format!("#{}", hex.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the address says about the page around the explorer. Invalid values are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embedding {
    /// Compact chrome for a column in someone else's page.
    pub embed: bool,
    pub theme: Theme,
    pub accent: Option<Colour>,
    /// The pym.js child id, when a pym.js parent embeds the explorer.
    pub child_id: Option<String>,
    /// The address of an article file to load instead of the embedded one.
    pub data: Option<String>,
    /// The tallest the frame may grow (`maxheight=`, CSS pixels): past it the explorer scrolls
    /// inside the frame.
    pub max_height: Option<u32>,
}

/// The range of `maxheight=` accepted: lower would leave no room for a claim, higher is no cap.
const MAX_HEIGHTS: std::ops::RangeInclusive<u32> = 200..=20_000;

/// The longest pym.js child id accepted.
const MAX_CHILD_ID: usize = 64;

impl Embedding {
    /// Reads the parameters. An embedding is light unless the host asks for `theme=dark` or
    /// `theme=auto` (the reader's system theme): a dark box on a white news page is the host's
    /// choice to make, not the reader's settings'. `web/boot.js` decides the theme the same way.
    pub fn parse(search: &str) -> Embedding {
        let mut embedding = Embedding::default();
        let mut theme_given = false;
        for (key, value) in pairs(search) {
            match key.as_str() {
                "embed" => embedding.embed = matches!(value.as_str(), "1" | "true"),
                "theme" => {
                    theme_given = true;
                    embedding.theme = match value.as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "accent" => embedding.accent = Colour::parse(&value),
                "childId" => embedding.child_id = valid_child_id(&value),
                "data" if !value.trim().is_empty() => embedding.data = Some(value),
                "maxheight" => {
                    embedding.max_height = value
                        .parse::<u32>()
                        .ok()
                        .map(|h| h.clamp(*MAX_HEIGHTS.start(), *MAX_HEIGHTS.end()))
                }
                _ => {}
            }
        }
        if embedding.embed && !theme_given {
            embedding.theme = Theme::Light;
        }
        embedding
    }
}

/// A pym.js child id, if it cannot break the message format (`xPYMx` separates its fields).
fn valid_child_id(id: &str) -> Option<String> {
    let safe = !id.is_empty()
        && id.len() <= MAX_CHILD_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !id.contains("xPYMx");
    safe.then(|| id.to_string())
}

/// The pym.js child protocol's height message.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The height message Flourish-style parents (and `embed.js`) read.
pub fn resize_message(height: u32) -> String {
    format!("{{\"context\":\"iframe.resize\",\"height\":{height}}}")
}

/// The HTML a newsroom pastes to embed the explorer: an iframe showing `page` (the explorer's
/// address, which should carry `embed=1` and the view and filters to show) and the line that loads
/// the resizing script from `script`.
pub fn snippet(page: &str, script: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
         data-claimscope></iframe>\n<script src=\"{}\" defer></script>",
        attribute(page),
        attribute(&format!("Claimscope: {title}")),
        attribute(script)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedding_parameters_are_read_and_validated() {
        let e = Embedding::parse(
            "?embed=1&theme=dark&accent=%23A3271B&childId=claims-1&data=%2Fx.json&view=claims",
        );
        assert!(e.embed);
        assert_eq!(e.theme, Theme::Dark);
        assert_eq!(e.accent.as_ref().map(Colour::as_str), Some("#a3271b"));
        assert_eq!(e.child_id.as_deref(), Some("claims-1"));
        assert_eq!(e.data.as_deref(), Some("/x.json"));
    }

    /// Regression (issue #25): an embed followed the reader's system theme, a dark box on a
    /// white news page.
    #[test]
    fn an_embedding_is_light_unless_the_host_says_otherwise() {
        assert_eq!(Embedding::parse("?embed=1").theme, Theme::Light);
        assert_eq!(Embedding::parse("?embed=1&theme=auto").theme, Theme::Auto);
        assert_eq!(Embedding::parse("?theme=dark&embed=1").theme, Theme::Dark);
        assert_eq!(Embedding::parse("").theme, Theme::Auto);
    }

    #[test]
    fn a_maximum_height_is_read_within_its_range() {
        assert_eq!(Embedding::parse("?maxheight=600").max_height, Some(600));
        assert_eq!(Embedding::parse("?maxheight=20").max_height, Some(200));
        assert_eq!(Embedding::parse("?maxheight=tall").max_height, None);
    }

    #[test]
    fn hostile_values_are_dropped() {
        let e = Embedding::parse(
            "?theme=%3Cscript%3E&accent=red;background:url(x)&childId=axPYMxheightxPYMx1&embed=yes",
        );
        assert_eq!(e, Embedding::default());
        assert_eq!(Colour::parse("#12345"), None);
    }

    #[test]
    fn messages_follow_the_protocols() {
        assert_eq!(
            pym_height_message("c1", 812),
            "pymxPYMxc1xPYMxheightxPYMx812"
        );
        assert_eq!(
            resize_message(812),
            r#"{"context":"iframe.resize","height":812}"#
        );
    }

    #[test]
    fn the_snippet_escapes_what_it_quotes() {
        let html = snippet(
            "https://x.org/?embed=1&q=\"a\"",
            "https://x.org/embed.js",
            "<Title>",
        );
        assert!(html.starts_with("<iframe src=\"https://x.org/?embed=1&amp;q=&quot;a&quot;\" title=\"Claimscope: &lt;Title&gt;\""));
        assert!(html.ends_with("<script src=\"https://x.org/embed.js\" defer></script>"));
    }
}
