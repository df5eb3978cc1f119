//! Text written into HTML that the explorer builds as a string rather than through Yew: the embed
//! snippet a newsroom pastes and the page the build serves. Text is never markup, so every such
//! value is escaped here.

/// Escapes text for a double-quoted HTML attribute.
pub fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}
