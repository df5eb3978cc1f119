fn main() { claimscope::run() }
