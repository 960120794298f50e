//! `decode_utf16` against a plain model: Rust's own UTF-16 decoder with
//! each lone surrogate mapped to its stand-in, collected into a `String`.

use cvm_password::{decode_utf16, surrogate_stand_in};
use proptest::prelude::*;

fn model(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .map(|c| c.unwrap_or_else(|lone| surrogate_stand_in(lone.unpaired_surrogate())))
        .collect()
}

/// Units from every range that matters: ASCII, two- and three-byte
/// characters, high and low surrogates alone or paired.
fn unit() -> impl Strategy<Value = u16> {
    prop_oneof![
        0u16..0x80,
        0x80u16..0x800,
        0x800u16..0xD800,
        0xD800u16..0xDC00,
        0xDC00u16..0xE000,
        0xE000u16..=0xFFFF
    ]
}

proptest! {
    #[test]
    fn decodes_as_the_model_does(units in proptest::collection::vec(unit(), 0..64)) {
        let mut out = vec![0; 4 * units.len()];
        prop_assert_eq!(decode_utf16(units.iter().copied(), &mut out), model(&units));
    }

    #[test]
    fn a_short_buffer_keeps_whole_characters_only(units in proptest::collection::vec(unit(), 0..32), room in 0usize..64) {
        let mut out = vec![0; room];
        let text = decode_utf16(units.iter().copied(), &mut out).to_owned();
        let whole = model(&units);
        prop_assert!(whole.starts_with(&text));
        // Nothing fitting was left out: the next character would not fit.
        if let Some(next) = whole[text.len()..].chars().next() {
            prop_assert!(text.len() + next.len_utf8() > room);
        }
    }
}

#[test]
fn every_single_unit_and_every_width() {
    for unit in 0..=u16::MAX {
        let mut out = [0; 4];
        let text = decode_utf16([unit], &mut out);
        assert_eq!(text, model(&[unit]), "{unit:#x}");
    }
    for c in [
        'a',
        'é',
        '€',
        '😀',
        '\u{10FFFF}',
        '\u{7F}',
        '\u{80}',
        '\u{7FF}',
        '\u{800}',
        '\u{FFFF}',
        '\u{10000}',
    ] {
        let mut units = [0; 2];
        let mut out = [0; 8];
        assert_eq!(
            decode_utf16(c.encode_utf16(&mut units).iter().copied(), &mut out),
            c.to_string()
        );
    }
}

/// Every `u16`: a surrogate stands for U+40000 plus its offset from U+D800,
/// and any other value is read modulo the surrogates' 2,048.
#[test]
fn each_unit_has_the_stand_in_the_docs_give() {
    for unit in 0..=u16::MAX {
        let offset = (u32::from(unit) + 0x1_0000 - 0xD800) % 0x800;
        let expected = char::from_u32(0x40000 + offset).unwrap();
        assert_eq!(surrogate_stand_in(unit), expected, "unit {unit:#06X}");
    }
}
