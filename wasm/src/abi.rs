//! The module's exports, numbers in and numbers out, for the package's
//! JavaScript (`js/cvm_password.js`), which builds every object.
//!
//! A call costs one crossing: JavaScript writes the password's UTF-16
//! units into [`UNITS`], calls an export with the options as integers
//! (the API's index in `Api::ALL`, a bit per `Os::ALL` target, the
//! reading), and reads the verdict back from [`WORDS`], text from
//! [`BYTES`]. Nothing is allocated: the module has no allocator, and its
//! buffers are statics, read and written as atomics, the one way safe Rust
//! shares memory with a writer it does not see (on wasm32 without threads,
//! plain loads and stores).
//!
//! Strings of the core's tables (API names, sources, disputes, names of
//! rules) cross as an address and a length in the module's memory, which
//! JavaScript decodes once and keeps.

// Addresses and counts are below 2^32 on wasm32, and figures below 2^32
// everywhere (a length is at most 4097); `length` is a JavaScript number.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

use core::sync::atomic::{AtomicU16, AtomicU32, AtomicU8, Ordering::Relaxed};

use cvm_password::{
    Alphabet, Api, ApiVerdict, Categories, Category, Figure, Figures, GenerateError, Mix, Os,
    RandomError, Reading, RuleValue, Rules, Violation, Warning, INSPECTION_LIMIT,
};

use crate::form::{self, Sink};
use crate::text::{self, MAX_UNITS};

/// "None" for an optional integer: no username, no API (`generate`'s
/// portable policy), no name.
pub const NONE: u32 = u32::MAX;

/// The words of the verdict's header, before its records.
pub const HEADER: usize = 10;
/// The words of a violation's record: its index in [`VIOLATIONS`], then
/// its figures.
pub const VIOLATION_WORDS: usize = 8;
/// The words of a warning's record: its index, its figures, then, for a
/// disputed rule, the record of its violation.
pub const WARNING_WORDS: usize = 16;
/// More records than any verdict has: 7 violations; a warning for the
/// length and one per rule disputed.
const RECORDS: usize = 32;
/// The words of a field of `rules`: its kind (see [`RuleKind`]) and value.
pub const RULE_WORDS: usize = 5;

/// Room for a verdict, its records and the UTF-16 range of each disallowed
/// character inspected.
pub const WORDS_LEN: usize = HEADER + WARNING_WORDS * RECORDS + 2 * INSPECTION_LIMIT;
/// Room for a pattern naming a username of [`MAX_UNITS`] units, each
/// written in four bytes, and its `passwordrules`.
pub const BYTES_LEN: usize = 4 * MAX_UNITS + RULES_BYTES + 4096;
/// The room of `passwordrules`, at the end of [`BYTES`].
const RULES_BYTES: usize = 2048;
/// Random bytes from `crypto.getRandomValues`, refilled when used up.
pub const RANDOM_LEN: usize = 1024;

/// The password's units, then from [`MAX_UNITS`] on the username's.
pub static UNITS: [AtomicU16; 2 * MAX_UNITS] = [const { AtomicU16::new(0) }; 2 * MAX_UNITS];
/// The numbers of each answer.
pub static WORDS: [AtomicU32; WORDS_LEN] = [const { AtomicU32::new(0) }; WORDS_LEN];
/// The text of each answer: a pattern and its rules, a password.
pub static BYTES: [AtomicU8; BYTES_LEN] = [const { AtomicU8::new(0) }; BYTES_LEN];
/// The random pool, each byte used once and then zeroed.
pub static RANDOM: [AtomicU8; RANDOM_LEN] = [const { AtomicU8::new(0) }; RANDOM_LEN];
/// The next unused byte of [`RANDOM`]: empty until JavaScript first fills it.
static RANDOM_NEXT: AtomicU32 = AtomicU32::new(RANDOM_LEN as u32);

/// The order of violations' indices, by code.
pub const VIOLATIONS: [&str; 7] = [
    "too_short",
    "too_long",
    "leading_slash",
    "banned_first_character",
    "too_few_categories",
    "disallowed_character",
    "contains_username",
];

/// The index of a violation in [`VIOLATIONS`]; [`NONE`] for one this
/// package predates.
pub fn violation_index(v: &Violation) -> u32 {
    match v {
        Violation::TooShort { .. } => 0,
        Violation::TooLong { .. } => 1,
        Violation::LeadingSlash => 2,
        Violation::BannedFirstCharacter { .. } => 3,
        Violation::TooFewCategories { .. } => 4,
        Violation::DisallowedCharacter { .. } => 5,
        Violation::ContainsUsername => 6,
        _ => NONE,
    }
}

/// The index of a warning: `shorter_than_recommended` 0, `disputed_rule` 1.
pub fn warning_index(w: &Warning) -> u32 {
    match w {
        Warning::ShorterThanRecommended { .. } => 0,
        Warning::DisputedRule { .. } => 1,
        _ => NONE,
    }
}

/// The index of a generator error, in the order of `GenerateError`'s
/// variants, and its figures.
pub fn generate_error(error: GenerateError) -> (u32, [usize; 3]) {
    match error {
        GenerateError::LengthOutOfRange {
            length, min, max, ..
        } => (0, [length, min, max]),
        GenerateError::LengthAboveCapacity {
            length, capacity, ..
        } => (1, [length, capacity, 0]),
        GenerateError::CategoriesUnavailable {
            length,
            available,
            required,
            ..
        } => (2, [length, available, required]),
        GenerateError::FirstCharacterUnavailable => (3, [0; 3]),
        GenerateError::RandomSourceFailed => (4, [0; 3]),
        _ => (5, [0; 3]),
    }
}

/// How a field of `rules` is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// A number.
    Count = 0,
    /// 0 or 1.
    Flag = 1,
    /// A string of the core's, as address and length, or [`NONE`] for
    /// `null`.
    Name = 2,
    /// A set of characters: four words of bits, bit `b` for byte `b`.
    Characters = 3,
    /// A set of categories: bit `i` for `Category::ALL[i]`.
    Categories = 4,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE)
}

fn address(s: &'static str) -> u32 {
    count(s.as_ptr() as usize)
}

/// Consecutive words of [`WORDS`].
struct Words {
    at: usize,
}

impl Words {
    fn push(&mut self, word: u32) {
        if let Some(slot) = WORDS.get(self.at) {
            slot.store(word, Relaxed);
        }
        self.at += 1;
    }

    fn text(&mut self, s: &'static str) {
        self.push(address(s));
        self.push(count(s.len()));
    }

    fn characters(&mut self, set: Alphabet) {
        // A word at a time, each bit asked of the set: smaller than
        // walking the set's members.
        for word in 0..4u8 {
            let bits = (0..32u8)
                .filter(|bit| set.contains(char::from(word * 32 + bit)))
                .fold(0, |bits, bit| bits | 1 << bit);
            self.push(bits);
        }
    }
}

fn category_bits(set: Categories) -> u32 {
    Category::ALL
        .iter()
        .enumerate()
        .filter(|(_, c)| set.contains(**c))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// Text written into [`BYTES`], from `start`, up to `end`.
struct Bytes {
    start: usize,
    at: usize,
    end: usize,
}

impl Sink for Bytes {
    fn push_str(&mut self, s: &str) {
        for &b in s.as_bytes() {
            if self.at < self.end {
                if let Some(slot) = BYTES.get(self.at) {
                    slot.store(b, Relaxed);
                }
                self.at += 1;
            }
        }
    }
}

impl Bytes {
    fn len(&self) -> u32 {
        count(self.at - self.start)
    }
}

/// The OSes of a bit set, bit `i` for `Os::ALL[i]`; none stands for any.
fn targets(bits: u32) -> impl Iterator<Item = Os> + Clone {
    Os::ALL
        .into_iter()
        .enumerate()
        .filter(move |(i, _)| bits >> i & 1 != 0)
        .map(|(_, os)| os)
}

/// The API of an index of `Api::ALL`; JavaScript only passes those.
fn api(index: u32) -> &'static Api {
    Api::ALL.get(index as usize).unwrap_or(Api::DEFAULT)
}

fn reading(strict: u32) -> Reading {
    if strict == 0 {
        Reading::Common
    } else {
        Reading::Strict
    }
}

/// The units of the password (`start` 0) or the username ([`MAX_UNITS`]).
fn units(start: usize, len: u32) -> impl Iterator<Item = u16> + Clone {
    let len = (len as usize).min(MAX_UNITS);
    UNITS
        .get(start..start + len)
        .unwrap_or_default()
        .iter()
        .map(|unit| unit.load(Relaxed))
}

/// Clears the units of the password and the username, so that no secret
/// outlives the call in the module's memory.
fn wipe(password_len: u32, username_len: u32) {
    for (start, len) in [(0, password_len), (MAX_UNITS, username_len)] {
        let len = if len == NONE {
            0
        } else {
            (len as usize).min(MAX_UNITS)
        };
        UNITS
            .get(start..start + len)
            .unwrap_or_default()
            .iter()
            .for_each(|unit| unit.store(0, Relaxed));
    }
}

/// The most units the short path decodes, in a buffer cheap to clear.
const SHORT: usize = 64;

/// Calls `f` with the text of the units from `start`: on the stack, in a
/// small buffer, or for a long text a large one, whose clearing costs
/// microseconds. `f` gives nothing back, but writes into what it captures:
/// one copy of this function and the next two serves every export, where a
/// result type would make one per export.
fn with_text(start: usize, len: u32, f: &mut dyn FnMut(&str)) {
    if len as usize <= SHORT {
        let mut bytes = [0; 4 * SHORT];
        f(text::decode(units(start, len), &mut bytes));
    } else {
        with_long_text(start, len, f);
    }
}

#[inline(never)]
// The stack holds it: the module has no heap, and a long text is rare.
#[allow(clippy::large_stack_arrays)]
fn with_long_text(start: usize, len: u32, f: &mut dyn FnMut(&str)) {
    let mut bytes = [0; 4 * MAX_UNITS];
    f(text::decode(units(start, len), &mut bytes));
}

/// Calls `f` with the username, if any.
fn with_username(len: u32, f: &mut dyn FnMut(Option<&str>)) {
    if len == NONE {
        f(None);
    } else {
        with_text(MAX_UNITS, len, &mut |name| f(Some(name)));
    }
}

/// Writes the figures of a violation or warning, in the core's order:
/// a count or a set of categories in a word, characters in four, a string
/// of the core's as address and length.
fn figures(words: &mut Words, figures: Figures) {
    for (_, figure) in figures {
        match figure {
            Figure::Count(n) => words.push(count(n)),
            Figure::Categories(set) => words.push(category_bits(set)),
            Figure::Characters(set) => words.characters(set),
            Figure::Text(s) => words.text(s),
            _ => {}
        }
    }
}

/// Whether the verdict just written has a `disallowed_character` error.
fn has_disallowed() -> bool {
    let violations = WORDS.get(3).map_or(0, |n| n.load(Relaxed) as usize);
    (0..violations).any(|i| {
        WORDS
            .get(HEADER + i * VIOLATION_WORDS)
            .is_some_and(|code| code.load(Relaxed) == 5)
    })
}

fn violation(at: usize, v: Violation) {
    let mut words = Words { at };
    words.push(violation_index(&v));
    figures(&mut words, v.figures());
}

/// Writes the verdict, as `check` reads it: the header (ok, length,
/// categories, the counts of violations and warnings; then `cvm_check`
/// adds those of disallowed ranges and of the units inspected, and the
/// API's error code for a refused password, or [`NONE`]), then the
/// records of violations and warnings. Returns where the records end.
fn verdict(verdict: &ApiVerdict) -> usize {
    let result = verdict.result();
    let (length, categories) = match &result {
        Ok(accepted) => (accepted.length(), accepted.categories()),
        Err(rejected) => (rejected.length(), rejected.categories()),
    };
    let mut at = HEADER;
    let mut violations = 0;
    if let Err(rejected) = &result {
        for v in rejected.violations().take(RECORDS / 2) {
            violation(at, v);
            at += VIOLATION_WORDS;
            violations += 1;
        }
    }
    let mut warnings = 0;
    for w in verdict.warnings().take(RECORDS / 2) {
        let mut words = Words { at };
        words.push(warning_index(&w));
        figures(&mut words, w.figures());
        if let Warning::DisputedRule { violation: v, .. } = w {
            violation(at + VIOLATION_WORDS, v);
        }
        at += WARNING_WORDS;
        warnings += 1;
    }
    let mut header = Words { at: 0 };
    for word in [
        u32::from(verdict.is_ok()),
        count(length),
        category_bits(categories),
        violations,
        warnings,
    ] {
        header.push(word);
    }
    at
}

/// `check`: the verdict of `api` for the `targets` bits, in the reading
/// `strict` (0 or 1), on the password's `password_len` units and, unless
/// [`NONE`], the username's `username_len` units; then the UTF-16 range
/// of each character the verdict's policy disallows.
#[no_mangle]
// SAFETY: no other symbol of the module is named `cvm_check`: its only
// other code is the core's and `core`'s, which export nothing.
#[allow(unsafe_code)]
pub extern "C" fn cvm_check(
    api: u32,
    targets: u32,
    strict: u32,
    password_len: u32,
    username_len: u32,
) {
    let api = self::api(api);
    let reading = reading(strict);
    let mut at = HEADER;
    with_text(0, password_len, &mut |password| {
        with_username(username_len, &mut |username| {
            at = verdict(&api.check(password, self::targets(targets), username, reading));
        });
    });
    // The policy the verdict follows, whose alphabet says what to highlight:
    // a character it disallows, every source refuses, so the verdict has a
    // `disallowed_character` error; without one, there is nothing to find.
    let mut ranges = Words { at };
    let mut disallowed = 0;
    let mut units = 0;
    if has_disallowed() {
        let policy = api.policy(self::targets(targets), reading);
        units = text::inspect(self::units(0, password_len), &policy, |range| {
            ranges.push(count(range.start));
            ranges.push(count(range.end));
            disallowed += 1;
        });
    }
    let mut header = Words { at: 5 };
    header.push(disallowed);
    header.push(count(units));
    match api.password_error_code() {
        Some(code) => header.text(code),
        None => header.push(NONE),
    }
    wipe(password_len, username_len);
}

/// `rules`: each field of the core's description, [`RULE_WORDS`] words
/// each, in the order of `RuleField::ALL`.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_rules(api: u32, targets: u32, strict: u32) {
    let api = self::api(api);
    let rules = Rules::of_api(
        api.policy(self::targets(targets), reading(strict)),
        api.name(),
    );
    for (i, (_, value)) in rules.fields().enumerate() {
        let mut words = Words { at: i * RULE_WORDS };
        match value {
            RuleValue::Count(n) => {
                words.push(RuleKind::Count as u32);
                words.push(count(n));
            }
            RuleValue::Flag(flag) => {
                words.push(RuleKind::Flag as u32);
                words.push(u32::from(flag));
            }
            RuleValue::Name(name) => {
                words.push(RuleKind::Name as u32);
                match name {
                    Some(name) => words.text(name),
                    None => words.push(NONE),
                }
            }
            RuleValue::Specials(specials) => {
                words.push(RuleKind::Characters as u32);
                words.characters(specials.alphabet());
            }
            RuleValue::Characters(set) => {
                words.push(RuleKind::Characters as u32);
                words.characters(set);
            }
            RuleValue::Categories(set) => {
                words.push(RuleKind::Categories as u32);
                words.push(category_bits(set));
            }
            _ => words.push(NONE),
        }
    }
}

/// `formAttributes`: `minlength`, `maxlength`, then the pattern's length
/// and the offset and length of `passwordrules` in [`BYTES`], whose text
/// starts with the pattern's.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_form(api: u32, targets: u32, strict: u32, username_len: u32) {
    let api = self::api(api);
    let rules_at = BYTES_LEN - RULES_BYTES;
    let mut pattern = Bytes {
        start: 0,
        at: 0,
        end: rules_at,
    };
    let mut rules = Bytes {
        start: rules_at,
        at: rules_at,
        end: BYTES_LEN,
    };
    let (mut min, mut max) = (0, 0);
    with_username(username_len, &mut |username| {
        (min, max) = form::write_attributes(
            &mut pattern,
            &mut rules,
            api,
            self::targets(targets),
            reading(strict),
            username,
        );
    });
    let mut words = Words { at: 0 };
    for word in [
        count(min),
        count(max),
        pattern.len(),
        count(rules_at),
        rules.len(),
    ] {
        words.push(word);
    }
    wipe(0, username_len);
}

/// `generate`: 0 with the password's length in the first word and its
/// text in [`BYTES`]; 1 when [`RANDOM`] must be refilled first (then
/// [`cvm_random_filled`], and call again); 2 with the error's index and
/// figures in the first words (see [`generate_error`]).
///
/// Without an `api` ([`NONE`]), the core's portable policy; a negative
/// `length` is the policy's own.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_generate(api: u32, targets: u32, length: f64, username_len: u32) -> u32 {
    let (policy, takes_username) = if api == NONE {
        (Api::portable_policy(self::targets(targets)), true)
    } else {
        let api = self::api(api);
        (
            api.policy(self::targets(targets), Reading::Strict),
            api.takes_username(),
        )
    };
    let mut exhausted = false;
    let mut random = |bytes: &mut [u8]| {
        let next = RANDOM_NEXT.load(Relaxed) as usize;
        let Some(pool) = RANDOM.get(next..next + bytes.len()) else {
            exhausted = true;
            return Err(RandomError);
        };
        for (b, random) in bytes.iter_mut().zip(pool) {
            *b = random.swap(0, Relaxed);
        }
        RANDOM_NEXT.store(count(next + bytes.len()), Relaxed);
        Ok(())
    };
    // Always replaced: `with_username` calls the closure once.
    let mut generated = Err(GenerateError::RandomSourceFailed);
    with_username(username_len, &mut |username| {
        let mut generator = policy.generator();
        if length >= 0.0 {
            // Saturates, as the number's conversion always did.
            generator = generator.length(length as usize);
        }
        // As the check does: an API without a UserName sets the default
        // administrator's password, whatever name is given.
        if let Some(name) = username.filter(|_| takes_username) {
            generator = generator.username(name);
        }
        generated = match generator.generate_with(&mut random) {
            Ok(password) => {
                let mut out = Bytes {
                    start: 0,
                    at: 0,
                    end: BYTES_LEN,
                };
                out.push_str(password.as_str());
                Ok(out.len())
            }
            Err(error) => Err(error),
        };
    });
    wipe(0, username_len);
    let mut words = Words { at: 0 };
    match generated {
        Ok(len) => {
            words.push(len);
            0
        }
        Err(GenerateError::RandomSourceFailed) if exhausted => 1,
        Err(error) => {
            let (index, figures) = generate_error(error);
            words.push(index);
            for n in figures {
                words.push(count(n));
            }
            2
        }
    }
}

/// Marks [`RANDOM`] as filled by JavaScript.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_random_filled() {
    RANDOM_NEXT.store(0, Relaxed);
}

/// How many APIs `Api::ALL` holds.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_api_count() -> u32 {
    count(Api::ALL.len())
}

/// One API of `Api::ALL`: its name, family letter, mix (0 for Windows, 1
/// for the strictest), whether it takes a username, the count then the
/// label of each source, the count then the code, refusers and accepters
/// of each dispute; each string as address and length.
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_api(index: u32) {
    let api = self::api(index);
    let mut words = Words { at: 0 };
    words.text(api.name());
    words.push(u32::from(api.family().letter()));
    words.push(u32::from(api.mix() != Mix::Windows));
    words.push(u32::from(api.takes_username()));
    words.push(count(api.sources().len()));
    for source in api.sources() {
        words.text(source.label());
    }
    words.push(count(api.disputes().len()));
    for dispute in api.disputes() {
        words.text(dispute.code());
        words.text(dispute.refused_by());
        words.text(dispute.accepted_by());
    }
}

/// The address of [`UNITS`].
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_units() -> u32 {
    count(UNITS.as_ptr() as usize)
}

/// The address of [`WORDS`].
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_words() -> u32 {
    count(WORDS.as_ptr() as usize)
}

/// The address of [`BYTES`].
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_bytes() -> u32 {
    count(BYTES.as_ptr() as usize)
}

/// The address of [`RANDOM`].
#[no_mangle]
// SAFETY: as for `cvm_check`, the name is the module's only one.
#[allow(unsafe_code)]
pub extern "C" fn cvm_random() -> u32 {
    count(RANDOM.as_ptr() as usize)
}
