//! Support for other projects' tests: `Arbitrary` for fuzz targets
//! (feature `arbitrary`) and proptest strategies (feature `proptest`).
//!
//! Both use only the public API, so whatever they draw, a caller could have
//! built. `strategy` stays a module of this crate rather than a crate of its
//! own: its public path, `cvm_password::strategy`, is in use, and a separate
//! crate could not re-export it here without a dependency cycle. The price
//! is that the `proptest` feature needs proptest's Rust version (1.88),
//! above the crate's (1.85); every other feature builds on 1.85, which CI
//! checks.

#[cfg(feature = "arbitrary")]
mod arbitrary;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategy;
