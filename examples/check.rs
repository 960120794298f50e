//! The library at work: a password checked for a batch of instances, every
//! reason printed in both languages, and a password generated for the batch.
//!
//! ```text
//! cargo run --example check
//! ```
//!
//! The command-line tool (`cli/`) is the way to check a password of your
//! own; this only shows the calls.

use cvm_password::{Lang, Os, Policy};

fn main() {
    // One Windows instance in the batch: the Windows rules apply to all.
    let policy = Policy::for_targets([Os::Linux, Os::Windows]);

    for password in ["abc123ABC!@#", "/administrator 1"] {
        // `None`: the default administrator, `Administrator` on Windows.
        match policy.check(password, None) {
            Ok(accepted) => println!("accepted, {} characters", accepted.length()),
            Err(rejected) => {
                println!("rejected:");
                for violation in rejected.violations() {
                    println!("  {} [{}]", violation.code(), violation.api_error_code());
                    for lang in Lang::ALL {
                        println!("    {}", violation.message(lang));
                    }
                }
            }
        }
    }

    #[cfg(feature = "getrandom")]
    match policy.generator().generate() {
        Ok(password) => println!("generated a password of {} characters", password.len()),
        Err(error) => println!("no password: {error}"),
    }
}
