//! The generator cases: a password of the default length for each preset,
//! from a seeded source fast enough that the bench measures the generator,
//! not the source.

use cvm_password::{GenerateError, GeneratedPassword, Generator, RandomError};

use super::cases::Rules;

/// Any seed does: every run of a bench draws the same bytes, so the
/// instruction counts repeat.
const SEED: u64 = 0x5eed;

/// A seeded wyrand (`fastrand`): a few instructions per 8 bytes, where the
/// operating system's source costs a system call per 64-byte refill.
/// Never for real passwords.
pub struct Seeded(fastrand::Rng);

impl Seeded {
    pub fn new() -> Seeded {
        Seeded(fastrand::Rng::with_seed(SEED))
    }

    /// The source, as the closure `RandomSource` is implemented for.
    pub fn source(&mut self) -> impl FnMut(&mut [u8]) -> Result<(), RandomError> + '_ {
        |bytes: &mut [u8]| {
            self.0.fill(bytes);
            Ok(())
        }
    }
}

/// Which random source a case draws from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Seeded,
    /// `OsRandom`, with the `getrandom` feature.
    #[cfg(feature = "getrandom")]
    Os,
}

pub struct GenerateCase {
    /// `generate/name`: criterion's group and parameter, and a row of the
    /// instruction table.
    pub name: &'static str,
    pub rules: Rules,
    pub source: Source,
}

impl GenerateCase {
    pub fn generator(&self) -> Generator<'static> {
        self.rules.policy().generator()
    }

    /// One password from `seeded`, or from the operating system.
    pub fn generate(&self, seeded: &mut Seeded) -> Result<GeneratedPassword, GenerateError> {
        match self.source {
            Source::Seeded => self.generator().generate_with(&mut seeded.source()),
            #[cfg(feature = "getrandom")]
            Source::Os => self.generator().generate(),
        }
    }

    /// Panics unless the case generates passwords of the default length
    /// that its policy accepts, for the OS default username.
    pub fn assert_accepted(&self) {
        let mut seeded = Seeded::new();
        for _ in 0..100 {
            let password = self.generate(&mut seeded).expect("a password");
            assert_eq!(password.len(), 20, "length in case {}", self.name);
            let verdict = self.rules.policy().check(&password, None);
            assert!(verdict.is_ok(), "verdict in case {}", self.name);
        }
    }
}

/// Both presets from the seeded source; with the `getrandom` feature, the
/// Windows preset from the operating system too.
pub fn cases() -> Vec<GenerateCase> {
    let seeded = |name, rules| GenerateCase {
        name,
        rules,
        source: Source::Seeded,
    };
    vec![
        seeded("generate/linux", Rules::Linux),
        seeded("generate/windows", Rules::Windows),
        #[cfg(feature = "getrandom")]
        GenerateCase {
            name: "generate/windows-os-random",
            rules: Rules::Windows,
            source: Source::Os,
        },
    ]
}
