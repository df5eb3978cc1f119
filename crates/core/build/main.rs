//! The build's two compilers of data into code, so that the WebAssembly carries the data and
//! not its parsers: the drafter's language files (`languages/`, see [`languages`]) and the
//! interface's message files (`locales/`, see [`messages`]).

mod languages;
mod messages;

/// FNV-1a of `text`: names a file after its content (and a set of messages after its ids), so
/// that a browser's cache never hands a page an older one.
fn fnv(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

fn main() {
    languages::compile_all();
    messages::compile_all();
}
