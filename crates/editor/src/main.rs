//! The newsroom's editor: `web/boot.js` starts this build instead of the explorer when the address
//! says `?edit` (the editor itself is the library beside this file).

fn main() {
    claimscope_editor::run();
}
