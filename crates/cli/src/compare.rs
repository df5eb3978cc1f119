//! `claimscope compare`: how well one annotation of an article (a draft) agrees with another
//! (the reference), as precision and recall per field.

use std::process::ExitCode;

use claimscope_core::compare::compare;

const USAGE: &str = "claimscope compare A.json B.json   (A is the reference, B the one measured)";

pub fn run(args: &[String]) -> ExitCode {
    let [reference, measured] = args else {
        eprintln!("claimscope compare: name two article files.\nUsage: {USAGE}");
        return ExitCode::from(2);
    };
    if let Some(flag) = args.iter().find(|a| a.starts_with("--")) {
        eprintln!("claimscope compare: unknown option “{flag}”.\nUsage: {USAGE}");
        return ExitCode::from(2);
    }
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
