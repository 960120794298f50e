//! The four character categories (docs/SPEC.md section 2), and a `Copy`
//! set of them.

use core::fmt;

use super::specials::Specials;
use crate::message::Lang;

/// One of the four kinds of character the rules count.
///
/// A password must draw from at least [`Policy::required_categories`] of
/// them. Membership is decided by the ASCII table of the vendor's page only:
/// `char::is_uppercase` and friends are never consulted, so `É` or a
/// full-width `Ａ` belongs to no category and is a disallowed character.
///
/// [`Policy::required_categories`]: crate::Policy::required_categories
///
/// ```
/// use cvm_password::{classify, Category};
///
/// assert_eq!(classify('q'), Some(Category::Lowercase));
/// assert_eq!(classify('/'), Some(Category::Special));
/// assert_eq!(classify('É'), None);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// `a` to `z`.
    Lowercase,
    /// `A` to `Z`.
    Uppercase,
    /// `0` to `9`.
    Digit,
    /// One of the policy's special characters; by default the 30 of
    /// [`Specials::CVM`].
    Special,
}

impl Category {
    /// The four categories, in the order the vendor lists them.
    pub const ALL: [Category; 4] = [
        Category::Lowercase,
        Category::Uppercase,
        Category::Digit,
        Category::Special,
    ];

    /// The stable `snake_case` name used in JSON and JavaScript.
    ///
    /// ```
    /// assert_eq!(cvm_password::Category::Digit.name(), "digit");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Category::Lowercase => "lowercase",
            Category::Uppercase => "uppercase",
            Category::Digit => "digit",
            Category::Special => "special",
        }
    }

    pub(super) const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The English [`label`](Category::label).
impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Lang::En))
    }
}

/// A set of [`Category`] values: a `Copy` bitset, no allocation.
///
/// ```
/// use cvm_password::{Categories, Category};
///
/// let set = Categories::EMPTY.with(Category::Digit).with(Category::Lowercase);
/// assert_eq!(set.len(), 2);
/// assert!(set.contains(Category::Digit));
/// assert_eq!(set.iter().collect::<Vec<_>>(), [Category::Lowercase, Category::Digit]);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Categories {
    bits: u8,
}

impl Categories {
    /// No category.
    pub const EMPTY: Categories = Categories { bits: 0 };
    /// All four categories.
    pub const ALL: Categories = Categories { bits: 0b1111 };

    pub(super) const fn from_bits(bits: u8) -> Categories {
        Categories {
            bits: bits & Categories::ALL.bits,
        }
    }

    /// Whether `category` is in the set.
    pub const fn contains(self, category: Category) -> bool {
        self.bits & category.bit() != 0
    }

    /// The set with `category` added.
    #[must_use]
    pub const fn with(self, category: Category) -> Categories {
        Categories {
            bits: self.bits | category.bit(),
        }
    }

    /// How many categories the set holds, 0 to 4.
    pub const fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set holds no category.
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The categories in the set, in the order of [`Category::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Category> + Clone {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl fmt::Debug for Categories {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Category> for Categories {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Categories {
        iter.into_iter().fold(Categories::EMPTY, Categories::with)
    }
}

/// The category of `c` under the vendor's rules, with the 30 specials of
/// [`Specials::CVM`]; `None` for a disallowed character.
///
/// Exactly 92 characters have a category. Space is disallowed here; a
/// policy that opts in to it (see [`Policy::with_space_allowed`]) classifies
/// with [`Policy::classify`].
///
/// [`Policy::with_space_allowed`]: crate::Policy::with_space_allowed
/// [`Policy::classify`]: crate::Policy::classify
///
/// ```
/// use cvm_password::{classify, Category};
///
/// assert_eq!(classify('7'), Some(Category::Digit));
/// assert_eq!(classify(' '), None);
/// assert_eq!(classify('\\'), None);
/// assert_eq!(classify('！'), None); // U+FF01, a full-width look-alike of '!'
/// ```
pub const fn classify(c: char) -> Option<Category> {
    classify_with(c, Specials::CVM)
}

pub(super) const fn classify_with(c: char, specials: Specials) -> Option<Category> {
    match c {
        'a'..='z' => Some(Category::Lowercase),
        'A'..='Z' => Some(Category::Uppercase),
        '0'..='9' => Some(Category::Digit),
        _ if specials.contains(c) => Some(Category::Special),
        _ => None,
    }
}
