//! The module's exports, numbers in and numbers out: the host writes the
//! password's and the username's UTF-16 units into `units()`, calls an
//! export with its options as integers, and reads the answer from
//! `words()` and `bytes()`, as `layout` and `ABI.md` say.
//!
//! Options: `api` is an index of `Api::ALL`, `targets` a bit per OS (none
//! for any OS), `strict` 0 or 1, `lang` an index of `Lang::ALL`; each as
//! `lookup` gives it from a name. A length of `NONE` is no username.

// Addresses and counts are below 2^32 on wasm32; a length asked of
// `generate` saturates, as a number's conversion does.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

use core::sync::atomic::{AtomicU32, Ordering::Relaxed};

use cvm_password::{Api, Describe, Finding, GenerateError, Lang, Os, RandomError, Reading, Sink};

use crate::layout::{at, buffer, check, form, generate, none::NONE, table};
use crate::memory::{
    address, category_bits, count, units, wipe, Bytes, Words, BYTES, RANDOM, UNITS, WORDS,
};
use crate::text;

/// The next unused byte of [`RANDOM`]: empty until the host first fills it.
static RANDOM_NEXT: AtomicU32 = AtomicU32::new(buffer::RANDOM);

/// The API of an index of `Api::ALL`.
pub fn api_of(index: u32) -> &'static Api {
    Api::ALL.get(index as usize).unwrap_or(Api::DEFAULT)
}

/// The OSes of a set of bits, bit `i` for `Os::ALL[i]`; none is any OS.
fn targets(bits: u32) -> impl Iterator<Item = Os> + Clone {
    Os::ALL
        .into_iter()
        .enumerate()
        .filter(move |(i, _)| bits >> i & 1 != 0)
        .map(|(_, os)| os)
}

/// The reading of `strict`, 0 or 1.
pub fn reading_of(strict: u32) -> Reading {
    if strict == 0 {
        Reading::Common
    } else {
        Reading::Strict
    }
}

/// The language of an index of `Lang::ALL`.
pub fn lang_of(index: u32) -> Lang {
    Lang::ALL.get(index as usize).copied().unwrap_or_default()
}

/// Calls `f` with the username, if any.
fn with_username(len: u32, f: &mut dyn FnMut(Option<&str>)) {
    if len == NONE {
        f(None);
    } else {
        text::with_text(units(at(buffer::USERNAME), len), len, &mut |name| {
            f(Some(name));
        });
    }
}

/// `lookup`: the index of the name of `len` units in `units()` in `table`
/// (an API's index, an OS's bit, a language's index), or `NONE`.
#[no_mangle]
// SAFETY: no other symbol of the module is named `cvm_lookup`: its only
// other code is the core's and `core`'s, which export nothing.
#[allow(unsafe_code)]
pub extern "C" fn cvm_lookup(which: u32, len: u32) -> u32 {
    let mut found = NONE;
    text::with_text(units(0, len), len, &mut |name| {
        found = match which {
            // The same record, not an equal one: comparing whole records
            // would cost the module a deep `PartialEq`.
            table::API => Api::from_name(name)
                .and_then(|found| Api::ALL.iter().position(|api| core::ptr::eq(api, found))),
            table::OS => Os::from_name(name).and_then(|os| Os::ALL.iter().position(|o| *o == os)),
            table::LANG => {
                Lang::from_tag(name).and_then(|l| Lang::ALL.iter().position(|o| *o == l))
            }
            _ => None,
        }
        .map_or(NONE, count);
    });
    wipe(len, NONE);
    found
}

/// `could_be_password`: 1 if some API accepts the text of `len` units in
/// `units()` as a password, for any OS or one alone, else 0: then a host's
/// error must not repeat it.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_could_be_password(len: u32) -> u32 {
    let mut could = true;
    text::with_text(units(0, len), len, &mut |text| {
        could = Api::could_be_password(text);
    });
    wipe(len, NONE);
    u32::from(could)
}

/// `check`: the verdict of `api` for `targets` in the reading `strict`, on
/// the password's `password_len` units and the username's, its messages
/// in `lang`; then the UTF-16 range of each character the policy
/// disallows (`check` in `layout`).
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_check(
    api: u32,
    targets: u32,
    strict: u32,
    lang: u32,
    password_len: u32,
    username_len: u32,
) {
    let (api, reading, lang) = (api_of(api), reading_of(strict), lang_of(lang));
    let mut bytes = Bytes { at: 0 };
    let mut header = [0; at(check::HEADER)];
    let mut at = at(check::HEADER);
    let mut disallowed = false;
    text::with_text(units(0, password_len), password_len, &mut |password| {
        with_username(username_len, &mut |username| {
            let verdict = api.check(password, self::targets(targets), username, reading);
            let (length, categories) = match verdict.result() {
                Ok(accepted) => (accepted.length(), accepted.categories()),
                Err(rejected) => (rejected.length(), rejected.categories()),
            };
            header[check::OK as usize] = u32::from(verdict.is_ok());
            header[check::LENGTH as usize] = count(length);
            header[check::CATEGORIES as usize] = category_bits(categories);
            for found in verdict.findings() {
                disallowed |= found.code() == "disallowed_character";
                at = crate::memory::finding(at, &mut bytes, &found, lang);
                header[check::FINDINGS as usize] += 1;
            }
        });
    });
    // A character the verdict's policy disallows, every source refuses, so
    // the verdict has a `disallowed_character` error: without one, there
    // is nothing to highlight.
    header[check::RANGES_AT as usize] = count(at);
    header[check::TEXT as usize] = count(bytes.at);
    if disallowed {
        let policy = api.policy(self::targets(targets), reading);
        let mut ranges = Words { at };
        header[check::INSPECTED as usize] =
            count(text::inspect(units(0, password_len), &policy, |range| {
                ranges.push(count(range.start));
                ranges.push(count(range.end));
                header[check::RANGES as usize] += 1;
            }));
    }
    let mut words = Words { at: 0 };
    for word in header {
        words.push(word);
    }
    wipe(password_len, username_len);
}

/// Writes `described` as JSON into `bytes()`; its length.
fn describe(described: &impl Describe) -> u32 {
    let mut bytes = Bytes { at: 0 };
    described.write_json(&mut bytes, false);
    count(bytes.at)
}

/// `rules`: the rules of `api` for `targets` in the reading `strict`, as
/// JSON in `bytes()` (the core's description); its length.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_rules(api: u32, targets: u32, strict: u32) -> u32 {
    describe(&api_of(api).rules(self::targets(targets), reading_of(strict)))
}

/// How many APIs `Api::ALL` holds.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_api_count() -> u32 {
    count(Api::ALL.len())
}

/// `api`: the API of index `index`, as JSON in `bytes()` (the core's
/// description); its length.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_api(index: u32) -> u32 {
    describe(api_of(index))
}

/// `form`: the attributes of a password field for `api`'s rules for
/// `targets` in the reading `strict`, the username's units given
/// (`form` in `layout`).
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_form(api: u32, targets: u32, strict: u32, username_len: u32) {
    let mut bytes = Bytes { at: 0 };
    with_username(username_len, &mut |username| {
        let attributes = api_of(api).form(self::targets(targets), reading_of(strict), username);
        let field = |offset: u32| Words { at: at(offset) };
        field(form::MIN_LENGTH).push(count(attributes.min_length()));
        field(form::MAX_LENGTH).push(count(attributes.max_length()));
        field(form::PATTERN).bytes(&mut bytes, |out| attributes.write_pattern(out));
        field(form::RULES).bytes(&mut bytes, |out| attributes.write_password_rules(out));
    });
    wipe(0, username_len);
}

/// `generate`: a password for `api` (`NONE`: any API of the portable
/// families) and `targets`, of `length` characters (negative: the
/// generator's own), avoiding the username's units; a `generate` code,
/// and for an error its finding, its message in `lang`.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_generate(
    api: u32,
    targets: u32,
    length: f64,
    username_len: u32,
    lang: u32,
) -> u32 {
    let api = (api != NONE).then(|| api_of(api));
    let mut exhausted = false;
    let mut random = |out: &mut [u8]| {
        let next = RANDOM_NEXT.load(Relaxed) as usize;
        let Some(pool) = RANDOM.get(next..next + out.len()) else {
            exhausted = true;
            return Err(RandomError);
        };
        for (b, random) in out.iter_mut().zip(pool) {
            *b = random.swap(0, Relaxed);
        }
        RANDOM_NEXT.store(count(next + out.len()), Relaxed);
        Ok(())
    };
    // Always replaced: `with_username` calls the closure once.
    let mut generated = Err(GenerateError::RandomSourceFailed);
    let mut bytes = Bytes { at: 0 };
    with_username(username_len, &mut |username| {
        let mut generator = Api::generator_for(api, self::targets(targets), username);
        if length >= 0.0 {
            generator = generator.length(length as usize);
        }
        generated = generator.generate_with(&mut random).map(|password| {
            bytes.push_str(password.as_str());
            count(bytes.at)
        });
    });
    wipe(0, username_len);
    match generated {
        Ok(len) => {
            Words { at: 0 }.push(len);
            generate::DONE
        }
        Err(GenerateError::RandomSourceFailed) if exhausted => generate::REFILL,
        Err(error) => {
            let found = Finding::from(error);
            crate::memory::finding(0, &mut Bytes { at: 0 }, &found, lang_of(lang));
            generate::FAILED
        }
    }
}

/// Marks [`RANDOM`] as filled by the host.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_random_filled() {
    RANDOM_NEXT.store(0, Relaxed);
}

/// The address of each buffer, for the host's views.
macro_rules! buffer_address {
    ($($(#[doc = $doc:literal])* $name:ident: $buffer:ident,)*) => {$(
        $(#[doc = $doc])*
        #[no_mangle]
        // SAFETY: as for `cvm_lookup`, the name is the module's only one.
        #[allow(unsafe_code)]
        pub extern "C" fn $name() -> u32 {
            address(&$buffer)
        }
    )*};
}

buffer_address! {
    /// The address of `units()`.
    cvm_units: UNITS,
    /// The address of `words()`.
    cvm_words: WORDS,
    /// The address of `bytes()`.
    cvm_bytes: BYTES,
    /// The address of `random()`.
    cvm_random: RANDOM,
}
