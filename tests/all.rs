//! The library's integration tests, one binary: each file of `tests/` is a
//! module here, and `model`, `strategy` and `layout` are shared by them.
//! One binary links once, where a binary per file linked 27 times: that is
//! most of what a build of the tests costs, and cargo-mutants builds them
//! once per mutant. `apis.rs`, the 100,000 generated passwords per API that
//! CI runs in an optimized build, is a binary of its own.

mod layout;
mod model;
mod strategy;

mod adversarial;
mod alphabet;
#[cfg(feature = "arbitrary")]
mod arbitrary;
mod body;
mod classify;
mod describe;
#[cfg(feature = "std")]
mod form;
mod generate;
mod highlight;
#[cfg(feature = "json")]
mod json;
mod layers;
mod login;
mod messages;
mod no_alloc;
mod policy;
mod preflight;
mod preflight_reference;
mod reference;
mod regex_peer;
mod regressions;
mod rules;
mod secrecy;
#[cfg(feature = "proptest")]
mod strategies;
mod utf16;
mod vectors;
