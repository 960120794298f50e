//! `apis`: every API that sets an instance login password, its family and
//! its sources, and the parameters left unmapped, in words (`--json` is
//! the core's own description, [`Catalogue`]).

use std::fmt::Write as _;

use cvm_password::{Api, Catalogue, Source};

/// One line per API: name, family, then each source's citation; then one
/// line per unmapped parameter, with why.
pub fn text() -> String {
    let mut out = String::new();
    for api in Api::ALL {
        let family = api.family();
        let _ = writeln!(
            out,
            "{}  family {} ({})",
            api.name(),
            family.name(),
            family.letter()
        );
        for source in api.sources() {
            let _ = writeln!(out, "  {}", citation(source));
        }
    }
    for unmapped in Api::UNMAPPED {
        let _ = writeln!(
            out,
            "{}  unmapped: {}\n  {} {} sha256:{}",
            unmapped.name(),
            unmapped.reason(),
            unmapped.file(),
            unmapped.parameter().unwrap_or_default(),
            unmapped.fingerprint().unwrap_or_default(),
        );
    }
    let _ = writeln!(
        out,
        "{} APIs mapped from {} parameters; {} parameters unmapped",
        Api::ALL.len(),
        Catalogue::mapped_parameters(),
        Api::UNMAPPED.len(),
    );
    out
}

/// A source as one line: package, file, parameter and fingerprint, or the
/// page.
fn citation(source: &Source) -> String {
    match (source.package(), source.parameter(), source.fingerprint()) {
        (Some(package), Some(parameter), Some(fingerprint)) => format!(
            "{package} {} {parameter} sha256:{fingerprint}",
            source.file()
        ),
        _ => source.file().to_owned(),
    }
}
