//! The classifier against a naive table, for every `char` there is (the way
//! unicode-ident's `tests/compare.rs` checks its tables).

// The table is spelled the way SPEC section 2 writes it, not with the
// `is_ascii_*` helpers the checker could share.
#![allow(clippy::manual_is_ascii_check)]

use cvm_password::{classify, Categories, Category, Policy, Specials};

/// SPEC section 2, written out by hand.
fn naive(c: char, specials: &str) -> Option<Category> {
    if ('a'..='z').contains(&c) {
        Some(Category::Lowercase)
    } else if ('A'..='Z').contains(&c) {
        Some(Category::Uppercase)
    } else if ('0'..='9').contains(&c) {
        Some(Category::Digit)
    } else if specials.chars().any(|s| s == c) {
        Some(Category::Special)
    } else {
        None
    }
}

const SPECIALS: &str = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";

fn every_char() -> impl Iterator<Item = char> {
    // A range of `char`s skips the surrogates, which are not `char`s.
    '\0'..=char::MAX
}

#[test]
fn classify_matches_the_table_for_every_char() {
    let mut checked = 0u32;
    for c in every_char() {
        assert_eq!(classify(c), naive(c, SPECIALS), "U+{:04X}", u32::from(c));
        assert_eq!(
            Policy::LINUX.classify(c),
            naive(c, SPECIALS),
            "U+{:04X}",
            u32::from(c)
        );
        assert_eq!(
            Specials::CVM.contains(c),
            SPECIALS.contains(c),
            "U+{:04X}",
            u32::from(c)
        );
        checked += 1;
    }
    // 0x110000 code points minus 2048 surrogates.
    assert_eq!(checked, 0x11_0000 - 0x800);
}

#[test]
fn space_opt_in_adds_exactly_the_space() {
    let spaced = Policy::WINDOWS.with_space_allowed(true);
    let with_space = format!("{SPECIALS} ");
    for c in every_char() {
        assert_eq!(
            spaced.classify(c),
            naive(c, &with_space),
            "U+{:04X}",
            u32::from(c)
        );
    }
    assert!(!spaced.with_space_allowed(false).space_allowed());
    assert_eq!(spaced.with_space_allowed(false), Policy::WINDOWS);
}

#[test]
fn exactly_92_characters_are_allowed() {
    let allowed = every_char().filter(|&c| classify(c).is_some()).count();
    assert_eq!(allowed, 92);
    for (category, count) in [
        (Category::Lowercase, 26),
        (Category::Uppercase, 26),
        (Category::Digit, 10),
        (Category::Special, 30),
    ] {
        let n = every_char()
            .filter(|&c| classify(c) == Some(category))
            .count();
        assert_eq!(n, count, "{category:?}");
    }
}

#[test]
fn the_specials_are_the_vendor_list() {
    assert_eq!(SPECIALS.len(), 30);
    assert_eq!(Specials::CVM.len(), 30);
    let listed: String = Specials::CVM.iter().collect();
    assert_eq!(listed, "!#$%&'()*+,-./:;<=>?@[]^_`{|}~");
    assert_eq!(Specials::CVM.to_string(), listed);
    for c in [' ', '"', '\\'] {
        assert!(!Specials::CVM.contains(c), "{c:?}");
    }
}

#[test]
fn unicode_letters_and_look_alikes_have_no_category() {
    // `char::is_uppercase` would say yes to some of these: the table never asks it.
    for c in [
        'É', 'é', 'ß', 'Σ', 'Ж', 'İ', 'ı', '\u{212a}', 'Ａ', 'ａ', '１', '٣', '！', '／', '\u{a0}',
        '\u{3000}', '\u{200b}', '\u{202e}', '\u{301}', '😀',
    ] {
        assert_eq!(classify(c), None, "U+{:04X}", u32::from(c));
    }
}

#[test]
fn specials_only_take_printable_ascii_punctuation() {
    let all = Specials::from_ascii(
        "\u{0}\t\n\u{7f} !\"#$%&'()*+,-./0123456789:;<=>?@ABCZ[\\]^_`abcz{|}~é\u{80}\u{400}",
    );
    assert_eq!(all, Specials::ALL);
    assert_eq!(Specials::ALL.len(), 33);
    assert!(Specials::NONE.is_empty());
    assert_eq!(
        Specials::NONE.with('a').with('\t').with('é'),
        Specials::NONE
    );
    assert_eq!(Specials::CVM.with('"').without('"'), Specials::CVM);
    // Adding a member again, or taking out a non-member, changes nothing,
    // U+0080 (the first code point past ASCII) included.
    assert_eq!(Specials::CVM.with('!'), Specials::CVM);
    assert_eq!(Specials::CVM.without('"'), Specials::CVM);
    assert_eq!(Specials::CVM.with('\u{80}'), Specials::CVM);
    assert_eq!(Specials::CVM.without('\u{80}'), Specials::CVM);
    assert!(Specials::CVM.is_subset(Specials::ALL));
    assert!(!Specials::ALL.is_subset(Specials::CVM));
    assert_eq!(
        Specials::CVM.intersection(Specials::from_ascii("!\"")),
        Specials::from_ascii("!")
    );
    assert_eq!(
        format!("{:?}", Specials::from_ascii("\"\\!")),
        r#"Specials("!\"\\")"#
    );
}

#[test]
fn categories_is_a_set() {
    let digit = Categories::EMPTY.with(Category::Digit);
    assert_eq!(digit.with(Category::Digit), digit);
    assert_eq!(digit.len(), 1);
    assert!(!digit.is_empty());
    assert!(Categories::EMPTY.is_empty());
    assert_eq!(Categories::ALL.len(), 4);
    assert_eq!(
        Category::ALL.into_iter().collect::<Categories>(),
        Categories::ALL
    );
    assert_eq!(format!("{:?}", Categories::EMPTY), "{}");
    assert_eq!(
        format!("{:?}", digit.with(Category::Lowercase)),
        "{Lowercase, Digit}"
    );
    let names: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names, ["lowercase", "uppercase", "digit", "special"]);
    let words: Vec<_> = Category::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        words,
        [
            "lowercase letters",
            "uppercase letters",
            "digits",
            "special characters"
        ]
    );
}
