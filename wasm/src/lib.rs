//! The CVM password rules of [`cvm_password`] for web forms: the Rust half
//! of the `cvm-password` npm package.
//!
//! The package's five functions, `check`, `rules`, `formAttributes`,
//! `generate` and `apis`, are JavaScript (`js/cvm_password.js`, typed by
//! `js/cvm_password.d.ts`; `README.md` shows them at work in a form). They
//! call this module's exports ([`abi`]), which take and give integers: a
//! check crosses the boundary once, and JavaScript builds the objects and
//! the messages, whose templates `examples/glue.rs` writes from the core's
//! own texts when the package is built.
//!
//! Decisions, beyond those of the core:
//!
//! - **Strings are read as UTF-16**, as JavaScript holds them, so a lone
//!   surrogate is a disallowed character of its own, never silently turned
//!   into U+FFFD ([`text`]). Only the first [`text::MAX_UNITS`] units are
//!   read: no verdict depends on the rest, and a 10 MiB paste costs what a
//!   16 KiB one does.
//! - **Positions** (`disallowed`) are grapheme clusters, with their index and
//!   their UTF-16 range: `password.slice(start, end)` is what to highlight.
//!   The module gives the UTF-16 range of each disallowed character; the
//!   clusters are the browser's own (`Intl.Segmenter`, or for ASCII each
//!   unit but CR LF), so a highlight matches what it draws; the core's
//!   Unicode tables would have added 16 KB gzipped.
//! - **No allocator, no `std`, no formatting** in the module: its buffers
//!   are statics ([`abi`]), its text is written by hand ([`form`]). That
//!   and messages made in JavaScript keep the package under 20,000 bytes
//!   gzipped with every API.
//! - **Exports are `#[no_mangle]`**, the one `unsafe` attribute of the
//!   crate: a module without wasm-bindgen (whose runtime needs an
//!   allocator) has no other way to name them. Each is prefixed `cvm_`.
//! - **`formAttributes`** gives a `pattern` that accepts exactly what
//!   `check` accepts with the same options, the username rule included,
//!   and a `passwordrules` that is sound: it describes only passwords every
//!   source accepts, and leaves out the characters a password may not start
//!   with and one character of the username, which its syntax cannot place
//!   ([`form`]).
//! - **`generate`** draws from `crypto.getRandomValues`, through a pool of
//!   random bytes JavaScript refills when the module says it is used up;
//!   see the core's `Generator` for the guarantees. With an `api` it
//!   follows the API's strict reading; without one, the core's
//!   `Api::portable_policy`.
//! - **Citations** (the files and fingerprints of the sources) stay out:
//!   the core is built without its `citations` feature.

#![cfg_attr(target_arch = "wasm32", no_std)]
#![deny(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![allow(clippy::must_use_candidate)]

pub mod abi;
pub mod form;
pub mod text;

/// A panic cannot be reported without `std`; none is reachable, and one
/// would stop the call with a JavaScript `RuntimeError`.
#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
