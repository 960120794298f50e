//! `JsonError`: an input the pre-flight cannot read. Its text names the
//! input, the field and the position, and never quotes a value: a request
//! body holds a password, and a misplaced one may sit anywhere.

use alloc::string::String;
use core::fmt;

/// Which input could not be read.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JsonInput {
    /// The API's request body.
    Request,
    /// A `DescribeInstances` output.
    Instances,
    /// A `DescribeRegions` output.
    Regions,
    /// A `DescribeImages` output.
    Images,
    /// The region given beside the body.
    Region,
    /// The API: one whose request the pre-flight does not read.
    Api,
}

impl JsonInput {
    /// What the input is, for a message: `request body`,
    /// `DescribeInstances output`.
    pub const fn label(self) -> &'static str {
        match self {
            JsonInput::Request => "request body",
            JsonInput::Instances => "DescribeInstances output",
            JsonInput::Regions => "DescribeRegions output",
            JsonInput::Images => "DescribeImages output",
            JsonInput::Region => "region",
            JsonInput::Api => "api",
        }
    }
}

/// An input [`JsonPreflight`](crate::JsonPreflight) cannot read: which one
/// ([`JsonError::input`]) and why ([`JsonError::detail`]).
///
/// ```
/// use cvm_password::{Api, JsonInput, JsonPreflight};
///
/// let error = JsonPreflight::new(Api::DEFAULT, r#"{"Password": 12345678}"#).unwrap_err();
/// assert_eq!(error.input(), JsonInput::Request);
/// assert_eq!(
///     error.to_string(),
///     "request body: not a ResetInstancesPassword request body: invalid type: number, expected `Password` as a string at line 1 column 21",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    input: JsonInput,
    detail: String,
}

impl JsonError {
    pub(super) fn new(input: JsonInput, detail: impl Into<String>) -> JsonError {
        JsonError {
            input,
            detail: detail.into(),
        }
    }

    /// The input that could not be read.
    pub const fn input(&self) -> JsonInput {
        self.input
    }

    /// Why, without naming the input: `malformed JSON: ...`,
    /// `InstanceSet[2] has no InstanceId`.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input.label(), self.detail)
    }
}

impl core::error::Error for JsonError {}
