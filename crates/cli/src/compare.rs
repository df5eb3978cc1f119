//! `claimscope compare`: how well one annotation of an article (a draft) agrees with another
//! (the reference), as precision and recall per field.

use std::process::ExitCode;

use claimscope_core::compare::compare;

pub fn run(reference: &str, measured: &str) -> ExitCode {
    let mut loaded = Vec::new();
    for file in [reference, measured] {
        match crate::load(file) {
            Ok(article) => loaded.push(article),
            Err(problems) => {
                eprintln!("claimscope compare: {file} is not a valid article file:");
                for problem in problems.iter().take(10) {
                    eprintln!("  {problem}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    if let [reference_article, measured_article] = loaded.as_slice() {
        say!("{measured} measured against {reference}:\n");
        say!("{}", compare(reference_article, measured_article));
    }
    ExitCode::SUCCESS
}
