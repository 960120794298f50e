//! Where the disallowed characters are, as a reader sees them.

use core::fmt;
use core::ops::Range;

use unicode_segmentation::{GraphemeIndices, UnicodeSegmentation};

use super::scan::scan;
use super::Policy;

impl Policy {
    /// The grapheme clusters of `password` that hold a disallowed character,
    /// for a form to highlight.
    ///
    /// This is the one place the crate points into the password; violations
    /// and messages only count. A cluster is what a reader takes for one
    /// character (`e` with a combining accent, a flag, a family emoji), so a
    /// highlight never splits one. Like [`Policy::check`], it reads only the
    /// first [`INSPECTION_LIMIT`](crate::INSPECTION_LIMIT) characters.
    ///
    /// ```
    /// use cvm_password::Policy;
    ///
    /// let password = "pass word😀é";
    /// let found: Vec<_> = Policy::LINUX.disallowed_positions(password).collect();
    /// assert_eq!(found.len(), 3);
    /// assert_eq!((found[0].grapheme(), found[0].bytes()), (4, 4..5)); // the space
    /// assert_eq!((found[1].grapheme(), found[1].bytes()), (9, 9..13)); // the emoji
    /// assert_eq!((found[2].grapheme(), found[2].bytes()), (10, 13..15)); // é
    /// ```
    pub fn disallowed_positions<'a>(&self, password: &'a str) -> DisallowedPositions<'a> {
        // `inspected` ends on a character boundary, within the password.
        let inspected = password
            .get(..scan(password, self.specials()).inspected)
            .unwrap_or_default();
        DisallowedPositions {
            graphemes: inspected.grapheme_indices(true),
            index: 0,
            policy: *self,
        }
    }
}

/// A grapheme cluster holding at least one disallowed character.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    grapheme: usize,
    bytes: Range<usize>,
}

impl Position {
    /// Which grapheme cluster of the password it is, counting from 0.
    pub const fn grapheme(&self) -> usize {
        self.grapheme
    }

    /// Its byte range in the password: on `char` boundaries, so
    /// `password.get(position.bytes())` always succeeds.
    pub fn bytes(&self) -> Range<usize> {
        self.bytes.clone()
    }
}

/// The positions of disallowed characters; see
/// [`Policy::disallowed_positions`].
///
/// Its `Debug` shows no part of the password it walks.
#[derive(Clone)]
pub struct DisallowedPositions<'a> {
    graphemes: GraphemeIndices<'a>,
    index: usize,
    policy: Policy,
}

impl Iterator for DisallowedPositions<'_> {
    type Item = Position;

    fn next(&mut self) -> Option<Position> {
        for (start, cluster) in self.graphemes.by_ref() {
            let grapheme = self.index;
            self.index += 1;
            if cluster.chars().any(|c| self.policy.classify(c).is_none()) {
                return Some(Position {
                    grapheme,
                    bytes: start..start + cluster.len(),
                });
            }
        }
        None
    }
}

impl core::iter::FusedIterator for DisallowedPositions<'_> {}

impl fmt::Debug for DisallowedPositions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DisallowedPositions")
            .field("password", &"<redacted>")
            .finish_non_exhaustive()
    }
}
