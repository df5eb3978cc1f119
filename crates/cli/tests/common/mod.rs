//! What the CLI's tests share: running the built `claimscope` and the seed article's path.

use std::process::{Command, Output};

pub const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/belgorod-incursions.json"
);

/// Runs `claimscope` with `args`.
pub fn claimscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .args(args)
        .output()
        .expect("the command runs")
}

/// What the command printed.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}
