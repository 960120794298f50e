//! `Policy::merge` and `Policy::for_targets` on drawn policies, OSes and a
//! password:
//!
//! - the merged policy accepts a password only when both accept it, and
//!   exactly then where both count letters alike; it warns exactly when
//!   either warns: the strictest combination, no stricter;
//! - merging is commutative, associative and idempotent, and the merged
//!   verdict is the model's;
//! - `for_targets` is SPEC section 3's rule: Windows when any instance is
//!   Windows or of an unknown OS, or when there is none; else Linux. What
//!   it accepts, the policy of every OS in the batch accepts.

#![no_main]

use arbitrary::Arbitrary;
use cvm_password::{Os, Policy};
use cvm_password_fuzz::{model, name_in};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    a: Policy,
    b: Policy,
    c: Policy,
    targets: Vec<Os>,
    username: Username,
    // Last, so that it takes the rest of the input.
    password: String,
}

#[derive(Arbitrary, Debug)]
enum Username {
    /// `None`: the default administrator.
    Default,
    /// A name cut from the password (see `name_in`).
    Cut { start: u8, len: u8, flips: u8 },
    /// A name of its own.
    Own(String),
}

fuzz_target!(|input: Input| {
    let Input {
        a,
        b,
        c,
        targets,
        username,
        password,
    } = input;
    let name = match username {
        Username::Default => None,
        Username::Cut { start, len, flips } => Some(name_in(
            &password,
            usize::from(start),
            usize::from(len % 16),
            flips,
        )),
        Username::Own(name) => Some(name),
    };
    let name = name.as_deref();

    let merged = a.merge(b);
    assert_eq!(merged, b.merge(a));
    assert_eq!(a.merge(a), a);
    assert_eq!(merged.merge(c), a.merge(b.merge(c)));

    let both = (a.check(&password, name), b.check(&password, name));
    let verdict = merged.check(&password, name);
    match (&verdict, &both) {
        (Ok(m), (Ok(x), Ok(y))) => assert_eq!(
            m.warnings().len() > 0,
            x.warnings().len() > 0 || y.warnings().len() > 0,
        ),
        // Exact, unless one counts letters as one class and the other does
        // not: no single policy says both, so the merge may refuse more.
        (Err(_), (Ok(_), Ok(_))) if a.letters_as_one() == b.letters_as_one() => {
            panic!("both accept, the merge rejects")
        }
        (Err(_), (Ok(_), Ok(_))) => {}
        (Ok(_), _) => panic!("the merge accepts, one of them rejects"),
        (Err(_), _) => {}
    }
    assert_eq!(
        model::actual(&merged, &password, name),
        model::check(&merged, &password, name),
    );

    let expected = if targets.is_empty()
        || targets
            .iter()
            .any(|os| matches!(os, Os::Windows | Os::Unknown))
    {
        Policy::WINDOWS
    } else {
        Policy::LINUX
    };
    let batch = Policy::for_targets(targets.iter().copied());
    assert_eq!(batch, expected);
    if batch.check(&password, name).is_ok() {
        for os in &targets {
            assert!(os.policy().check(&password, name).is_ok(), "{os:?}");
        }
        // The strictest preset's verdict holds on every OS.
        assert!(Policy::LINUX.check(&password, name).is_ok());
    }
});
