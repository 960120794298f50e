//! Where an API's rules come from: a parameter of the vendor's metadata,
//! cited by fingerprint, or a page of the vendor's documentation.

use crate::policy::Policy;

/// One source of an API's rules, and the rules it states for each OS.
///
/// A metadata source cites the package, the file and the parameter, and a
/// fingerprint of the rule text: the SHA-256 (lowercase hex) of the
/// parameter's `document` string after four steps, in order: every HTML tag
/// (`<`, an optional `/`, a letter, then anything up to `>`) deleted; HTML
/// entities unescaped; every run of white space (as Python's `str.isspace`
/// counts it) replaced by one space; leading and trailing spaces trimmed.
/// `scripts/vendor-check.py` computes the same from the pinned package.
///
/// ```
/// use cvm_password::Api;
///
/// let source = &Api::DEFAULT.sources()[0];
/// assert_eq!(source.package(), Some("tccli 3.1.189.1"));
/// assert_eq!(source.file(), "tccli/services/cvm/v20170312/api.json");
/// assert_eq!(source.parameter(), Some("ResetInstancesPassword Password"));
/// assert_eq!(source.fingerprint().map(str::len), Some(64));
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Source {
    label: &'static str,
    citation: Citation,
    /// Linux's rules, then Windows': a pair the table shares between the
    /// sources that state it.
    rules: &'static [Policy; 2],
}

/// Where a source is: a parameter of a package's metadata, or a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    package: Option<&'static str>,
    file: &'static str,
    parameter: Option<&'static str>,
    fingerprint: Option<&'static str>,
}

impl Citation {
    /// A parameter of the pinned tccli metadata.
    pub(crate) const fn metadata(
        file: &'static str,
        parameter: &'static str,
        fingerprint: &'static str,
    ) -> Citation {
        Citation {
            package: Some(PINNED),
            file,
            parameter: Some(parameter),
            fingerprint: Some(fingerprint),
        }
    }

    /// A page of the vendor's documentation, which has no metadata.
    pub(crate) const fn page(page: &'static str) -> Citation {
        Citation {
            package: None,
            file: page,
            parameter: None,
            fingerprint: None,
        }
    }
}

/// The metadata package every fingerprint is of.
pub const PINNED: &str = "tccli 3.1.189.1";

impl Source {
    pub(crate) const fn new(
        label: &'static str,
        citation: Citation,
        rules: &'static [Policy; 2],
    ) -> Source {
        Source {
            label,
            citation,
            rules,
        }
    }

    /// How messages name it: `the cvm:RunInstances reference (tccli
    /// 3.1.189.1)`.
    pub const fn label(&self) -> &'static str {
        self.label
    }

    /// The package and version, for a metadata source.
    pub const fn package(&self) -> Option<&'static str> {
        self.citation.package
    }

    /// The file in the package, or the page.
    pub const fn file(&self) -> &'static str {
        self.citation.file
    }

    /// The action and the parameter path, for a metadata source:
    /// `RunInstances LoginSettings.Password`.
    pub const fn parameter(&self) -> Option<&'static str> {
        self.citation.parameter
    }

    /// The fingerprint of the rule text, for a metadata source.
    pub const fn fingerprint(&self) -> Option<&'static str> {
        self.citation.fingerprint
    }

    /// The rules it states for Linux.
    pub const fn linux(&self) -> Policy {
        self.rules[0]
    }

    /// The rules it states for Windows.
    pub const fn windows(&self) -> Policy {
        self.rules[1]
    }

    /// Its rules for a batch holding Linux instances, Windows ones, or
    /// both (merged into the strictest).
    pub(crate) const fn policy_for(&self, linux: bool, windows: bool) -> Policy {
        match (linux, windows) {
            (true, true) => self.linux().merge(self.windows()),
            (true, false) => self.linux(),
            _ => self.windows(),
        }
    }
}

/// An OS-login password parameter of the pinned metadata that this crate
/// does not map, and why.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Unmapped {
    name: &'static str,
    citation: Citation,
    reason: &'static str,
}

impl Unmapped {
    pub(crate) const fn new(
        name: &'static str,
        citation: Citation,
        reason: &'static str,
    ) -> Unmapped {
        Unmapped {
            name,
            citation,
            reason,
        }
    }

    /// `service:Action`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The file in the package.
    pub const fn file(&self) -> &'static str {
        self.citation.file
    }

    /// The action and the parameter path.
    pub const fn parameter(&self) -> Option<&'static str> {
        self.citation.parameter
    }

    /// The fingerprint of its text.
    pub const fn fingerprint(&self) -> Option<&'static str> {
        self.citation.fingerprint
    }

    /// Why it is not mapped.
    pub const fn reason(&self) -> &'static str {
        self.reason
    }
}
