//! The module's interface as numbers: its buffers, the records it writes
//! and the codes it answers with. Written once, here; `examples/layout.rs`
//! prints it for each host (`js/layout.js`, `go/layout.go`), and `ABI.md`
//! says how to read it.

use cvm_password::INSPECTION_LIMIT;

/// The constants, each in its group, and the list of them that the hosts'
/// files are printed from.
macro_rules! layout {
    ($($(#[doc = $doc:literal])* $group:ident { $($(#[doc = $item_doc:literal])* $name:ident = $value:expr,)* })*) => {
        $(
            $(#[doc = $doc])*
            pub mod $group {
                #[allow(unused_imports)]
                use super::*;
                $($(#[doc = $item_doc])* pub const $name: u32 = $value;)*
            }
        )*

        /// Every group and constant, in order, for the hosts.
        pub const ALL: &[(&str, &[(&str, u32)])] = &[
            $((stringify!($group), &[$((stringify!($name), $group::$name),)*]),)*
        ];
    };
}

// Counts below 2^32 on wasm32 and everywhere the limits are.
#[allow(clippy::cast_possible_truncation)]
const fn words(n: usize) -> u32 {
    n as u32
}

layout! {
    /// An absent index, length or string.
    none {
        /// `u32::MAX`.
        NONE = u32::MAX,
    }

    /// The buffers, in units of their own type: `units()` (UTF-16 units),
    /// `words()` (u32), `bytes()` (UTF-8), `random()` (bytes).
    buffer {
        /// The units of the password, from 0; the username's from here.
        USERNAME = words(MAX_UNITS),
        /// The UTF-16 units of a password or a name the module reads: the
        /// inspected characters and one more, each in two units at most.
        UNITS = words(2 * MAX_UNITS),
        /// Room for a verdict: its header, its findings, and the range of
        /// each disallowed character.
        WORDS = words(8 + 32 * (13 + 3 * 5) + 2 * INSPECTION_LIMIT),
        /// Room for an answer's text: messages, a pattern and its rules, a
        /// description, a password.
        BYTES = words(4 * MAX_UNITS + 8192),
        /// Random bytes the host refills when asked.
        RANDOM = 1024,
    }

    /// Which table `lookup` reads a name in.
    table {
        /// An API, `service:Action`: its index.
        API = 0,
        /// An OS name (`linux`...): its bit in a set of targets.
        OS = 1,
        /// A language tag (`en`, `zh-CN`...): its index.
        LANG = 2,
    }

    /// The header of `check`'s answer, in `words()`.
    check {
        /// 1 when accepted.
        OK = 0,
        /// The length in characters.
        LENGTH = 1,
        /// The categories present, a bit each (`CATEGORIES` of the host's
        /// names, in order).
        CATEGORIES = 2,
        /// How many findings follow the header.
        FINDINGS = 3,
        /// How many disallowed ranges follow the findings.
        RANGES = 4,
        /// Where the ranges start, a start and an end unit each.
        RANGES_AT = 5,
        /// How many units the inspected characters take.
        INSPECTED = 6,
        /// How many bytes of `bytes()` the answer's texts take, from its
        /// start: a host may decode them at once.
        TEXT = 7,
        /// The words of the header: the first finding starts here.
        HEADER = 8,
    }

    /// A finding: a record of `FINDING` words, then `FIGURES` figures.
    /// Strings are an address and a length in the module's memory:
    /// `CODE`, `API_ERROR_CODE` and a `TEXT` figure's are the crate's own,
    /// fixed for the module's life; the others are in `bytes()`, made for
    /// this answer.
    finding {
        /// Its code.
        CODE = 0,
        /// `ERROR` or `WARNING`.
        SEVERITY = 2,
        /// The API's error code, or `NONE`.
        API_ERROR_CODE = 3,
        /// Its message.
        MESSAGE = 5,
        /// The request parameter concerned, or `NONE`.
        PARAMETER = 7,
        /// The position of the instance concerned, or `NONE`.
        INSTANCE_INDEX = 9,
        /// The well-formed id of the instance concerned, or `NONE`.
        INSTANCE_ID = 10,
        /// How many figures follow.
        FIGURES = 12,
        /// The words of a finding, its figures aside.
        WORDS = 13,
    }

    /// A finding's severity.
    severity {
        /// The server would refuse.
        ERROR = 0,
        /// Worth knowing.
        WARNING = 1,
    }

    /// A figure of a finding, `WORDS` words.
    figure {
        /// Its name, a string of the crate's.
        NAME = 0,
        /// How its value is written: a `kind`.
        KIND = 2,
        /// Its value: one word or two, as its kind says.
        VALUE = 3,
        /// The words of a figure.
        WORDS = 5,
    }

    /// How a figure's value is written.
    kind {
        /// A number.
        COUNT = 0,
        /// A string of the crate's: address and length.
        TEXT = 1,
        /// A string in `bytes()`: address and length.
        CHARACTERS = 2,
        /// A set of categories, a bit each.
        CATEGORIES = 3,
    }

    /// The answer of `form`, in `words()`.
    form {
        /// `minlength`.
        MIN_LENGTH = 0,
        /// `maxlength`.
        MAX_LENGTH = 1,
        /// The `pattern`: address and length.
        PATTERN = 2,
        /// The `passwordrules`: address and length.
        RULES = 4,
    }

    /// What `generate` answers.
    generate {
        /// A password, its length in `words()[0]`, its text in `bytes()`.
        DONE = 0,
        /// Refill `random()`, call `random_filled`, and call again.
        REFILL = 1,
        /// No password: one finding, the error, from `words()[0]`.
        FAILED = 2,
    }
}

/// The units of a password the module reads (see `buffer::UNITS`).
pub const MAX_UNITS: usize = crate::text::MAX_UNITS;

/// A constant as an index or a length.
pub const fn at(word: u32) -> usize {
    word as usize
}
