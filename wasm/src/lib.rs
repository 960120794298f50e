//! The CVM password rules of [`cvm_password`] as a WebAssembly module: the
//! engine of the npm package (`js/`) and of the Go module (`go/`), each a
//! host that only translates.
//!
//! The module's interface is numbers and buffers ([`layout`], written
//! once; `ABI.md` says how a host reads it), so a call crosses the
//! boundary once: the host writes the password's UTF-16 units, calls an
//! export ([`exports`]), and reads back a verdict whose findings the core
//! wrote whole, messages included ([`memory`]). Rules and APIs come back
//! as the core's own JSON description.
//!
//! Decisions, beyond those of the core:
//!
//! - **Strings are read as UTF-16**, as JavaScript holds them, so a lone
//!   surrogate is a disallowed character of its own, never silently turned
//!   into U+FFFD ([`text`]). Only the first [`text::MAX_UNITS`] units are
//!   read: no verdict depends on the rest, and a 10 MiB paste costs what a
//!   16 KiB one does.
//! - **Positions**: the module gives the UTF-16 range of each disallowed
//!   character; the host widens each to its grapheme cluster with the
//!   platform's own segmentation (the browser's `Intl.Segmenter`), where
//!   the core's Unicode tables would add 16 KB gzipped.
//! - **No allocator and no `std`** in the npm build: its buffers are
//!   statics. The Go build (feature `preflight`) links `std`, for the
//!   whole-request pre-flight's JSON.
//! - **Exports are `#[no_mangle]`**, the one `unsafe` attribute of the
//!   crate: a module without wasm-bindgen has no other way to name them.
//!   Each is prefixed `cvm_`.
//! - **`generate`** draws from a pool of random bytes the host refills
//!   (`crypto.getRandomValues`, `crypto/rand`) when the module says it is
//!   used up.

#![cfg_attr(all(target_arch = "wasm32", not(feature = "preflight")), no_std)]
#![deny(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![allow(clippy::must_use_candidate, clippy::missing_panics_doc)]

pub mod exports;
pub mod layout;
pub mod memory;
#[cfg(feature = "preflight")]
pub mod preflight;
pub mod text;

/// A panic cannot be reported without `std`; none is reachable, and one
/// would stop the call with the host's trap (a JavaScript `RuntimeError`).
#[cfg(all(target_arch = "wasm32", not(feature = "preflight"), not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
