//! Feature `preflight` (the Go module's build): a whole request checked
//! from the vendor's JSON by the core's `JsonPreflight`, with the
//! allocator `std` brings.
//!
//! The host asks for room for each input (`input`), writes its UTF-8
//! there, and calls `preflight`; the answer is JSON in `output()`: the
//! core's report of the request, or the message of an input it cannot
//! read. Inputs are wiped after each call: a body holds a password.

// Addresses and lengths are below 2^32 on wasm32.
#![allow(clippy::cast_possible_truncation)]

use std::sync::atomic::{AtomicU8, Ordering::Relaxed};
use std::sync::Mutex;

use cvm_password::{Describe, JsonError, JsonPreflight, Os};

use crate::memory::{address, count};

/// The inputs, by slot: the request body, then the `DescribeInstances`,
/// `DescribeRegions` and `DescribeImages` outputs, then the region.
static INPUTS: [Mutex<Vec<AtomicU8>>; 5] = [const { Mutex::new(Vec::new()) }; 5];
/// The last answer.
static OUTPUT: Mutex<String> = Mutex::new(String::new());

/// `input`: room for `len` bytes of the input `slot`, where the host
/// writes them; its address, or 0 for no such slot.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_input(slot: u32, len: u32) -> u32 {
    let Some(input) = INPUTS.get(slot as usize) else {
        return 0;
    };
    let mut input = input
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    input.clear();
    input.resize_with(len as usize, || AtomicU8::new(0));
    address(input.as_slice())
}

/// The text of an input, and then none: it is wiped.
fn take(slot: usize) -> Option<String> {
    let mut input = INPUTS.get(slot)?.lock().ok()?;
    let bytes: Vec<u8> = input.iter().map(|b| b.swap(0, Relaxed)).collect();
    *input = Vec::new();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// `preflight`: the request in slot 0 for `api`, with the facts of the
/// slots `given` has a bit for (1 for instances, 2 regions, 4 images, 8 a
/// region), for instances of `os` (an index of `Os::ALL`, or `NONE`), in
/// the reading `strict`, messages in `lang`. 0 and the report as JSON in
/// `output()`, or 1 and the input error's message.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_preflight(api: u32, given: u32, os: u32, strict: u32, lang: u32) -> u32 {
    let texts: Vec<Option<String>> = (0..INPUTS.len())
        .map(|slot| take(slot).filter(|_| slot == 0 || given >> (slot - 1) & 1 != 0))
        .collect();
    let text = |slot: usize| texts.get(slot).cloned().flatten();
    let api = crate::exports::api_of(api);
    let run = || -> Result<String, JsonError> {
        JsonPreflight::reads(api)?;
        let mut preflight = JsonPreflight::new(api, &text(0).unwrap_or_default())?
            .with_reading(crate::exports::reading_of(strict));
        if let Some(region) = text(4) {
            preflight = preflight.with_region(&region)?;
        }
        if let Some(json) = text(1) {
            preflight = preflight.with_instances(&json)?;
        }
        if let Some(json) = text(2) {
            preflight = preflight.with_regions(&json)?;
        }
        if let Some(json) = text(3) {
            preflight = preflight.with_images(&json)?;
        }
        if let Some(os) = Os::ALL.get(os as usize) {
            preflight = preflight.with_os(*os);
        }
        let mut json = String::new();
        preflight
            .run()
            .report(crate::exports::lang_of(lang))
            .write_json(&mut json, false);
        Ok(json)
    };
    let (status, answer) = match run() {
        Ok(json) => (0, json),
        Err(error) => (1, error.to_string()),
    };
    *OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = answer;
    status
}

/// The address of the last answer of `preflight`.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_output() -> u32 {
    OUTPUT.lock().map_or(0, |output| address(output.as_str()))
}

/// The length of the last answer of `preflight`.
#[no_mangle]
// SAFETY: as for `cvm_lookup`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_output_len() -> u32 {
    OUTPUT.lock().map_or(0, |output| count(output.len()))
}
