//! The build's two compilers of data into code, so that the WebAssembly carries the data and
//! not its parsers: the drafter's language files (`languages/`, see [`languages`]) and the
//! interface's message files (`locales/`, see [`messages`]).

mod languages;
mod messages;

fn main() {
    languages::compile_all();
    messages::compile_all();
}
