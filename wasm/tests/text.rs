//! JavaScript strings as Rust text: lone surrogates kept apart, UTF-16
//! positions of what to highlight.
#![cfg(not(target_arch = "wasm32"))]

use cvm_password::{Policy, INSPECTION_LIMIT};
use cvm_password_wasm::text::{stand_in, Inspection, Text, MAX_UNITS};

fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

#[test]
fn valid_utf16_reads_as_itself() {
    for s in ["", "abc123ABC!@#", "é😀👨‍👩‍👧", "\u{FFFD}", "\u{40000}"] {
        assert_eq!(Text::from_utf16(utf16(s)).as_str(), s);
    }
}

#[test]
fn each_lone_surrogate_gets_its_own_stand_in() {
    let text = Text::from_utf16(vec![0xD800, 0x61, 0xDFFF, 0xDC00, 0xD800, 0xD83D, 0xDE00]);
    let expected: String = [
        stand_in(0xD800),
        'a',
        stand_in(0xDFFF),
        // A low surrogate before a high one pairs with nothing.
        stand_in(0xDC00),
        stand_in(0xD800),
        '😀',
    ]
    .into_iter()
    .collect();
    assert_eq!(text.as_str(), expected);
    assert_eq!(stand_in(0xD800), '\u{40000}');
    assert_eq!(stand_in(0xDFFF), '\u{407FF}');
    assert_ne!(stand_in(0xD800), '\u{FFFD}');
}

#[test]
fn lone_surrogates_are_disallowed_characters_of_one_character() {
    let text = Text::from_utf16([utf16("abcABC123!"), vec![0xDC01]].concat());
    let rejected = Policy::LINUX.check(text.as_str(), None).unwrap_err();
    assert_eq!(rejected.length(), 11);
    assert_eq!(
        rejected.to_string(),
        "password contains 1 disallowed character: only ASCII letters, digits and the allowed special characters can be used"
    );
}

/// wasm-bindgen's own conversion would make both of these U+FFFD, and the
/// username rule would then find the name in the password.
#[test]
fn the_username_rule_compares_lone_surrogates_exactly() {
    let name = Text::from_utf16([utf16("ab"), vec![0xD800]].concat());
    let contains = |password: Vec<u16>| {
        let password = Text::from_utf16(password);
        Policy::WINDOWS
            .check(password.as_str(), Some(name.as_str()))
            .unwrap_err()
            .violations()
            .any(|v| v.code() == "contains_username")
    };
    assert!(contains([utf16("xAB"), vec![0xD800], utf16("y")].concat()));
    assert!(!contains([utf16("xAB"), vec![0xD801], utf16("y")].concat()));
    assert!(!contains(utf16("xAB\u{FFFD}y")));
}

#[test]
fn inspect_gives_utf16_ranges_of_the_disallowed_characters() {
    let mut units = utf16("a b😀c");
    units.push(0xD800);
    units.extend(utf16("e\u{301}"));
    assert_eq!(
        Text::from_utf16(units).inspect(&Policy::LINUX),
        Inspection {
            disallowed: vec![1..2, 3..5, 6..7, 8..9],
            units: 9,
        }
    );
}

#[test]
fn inspect_stops_at_the_inspection_limit() {
    let text = Text::from_utf16(utf16(&"é".repeat(INSPECTION_LIMIT + 10)));
    let inspection = text.inspect(&Policy::LINUX);
    assert_eq!(inspection.disallowed.len(), INSPECTION_LIMIT);
    assert_eq!(inspection.units, INSPECTION_LIMIT);
    let text = Text::from_utf16(utf16(&"😀".repeat(INSPECTION_LIMIT + 10)));
    assert_eq!(text.inspect(&Policy::LINUX).units, 2 * INSPECTION_LIMIT);
    // Enough units for every verdict, even when each character takes two.
    assert_eq!(MAX_UNITS, 2 * (INSPECTION_LIMIT + 1));
}

/// UAX #29 gives an unpaired surrogate the grapheme break property `Other`,
/// as `Intl.Segmenter` does: a combining mark after it joins its cluster.
#[test]
fn a_stand_in_clusters_as_a_lone_surrogate_does() {
    let text = Text::from_utf16(vec![0x61, 0xD800, 0x301, 0x62]);
    let clusters: Vec<_> = Policy::LINUX
        .disallowed_positions(text.as_str())
        .map(|p| (p.grapheme(), p.bytes().len()))
        .collect();
    assert_eq!(clusters, [(1, 4 + 2)]);
}
