//! ASCII case-insensitive substring search: linear time, no allocation.
//!
//! The username rule looks for the name inside the password. A name is
//! usually a dozen bytes and the password thirty, where comparing at each
//! position, first byte first, is fastest: the first byte nearly always
//! differs. But a caller can pass any name and any password, and comparing
//! at each position costs up to `len(password) × len(name)` on crafted ones
//! (`aaa…ab` in `aaa…a`). So the comparisons past the first byte have a
//! budget of a few per byte of the password; a search that spends it starts
//! over with the Two-Way algorithm of Crochemore and Perrin (the one `core`
//! and glibc use for exact search), linear in both lengths, with no table.
//! Folding ASCII letters to lowercase before every comparison is all it
//! takes to make it case-insensitive: Two-Way only ever compares single
//! bytes.

/// Comparisons past the first byte allowed per byte of the password before
/// Two-Way takes over.
const BUDGET_PER_BYTE: usize = 4;

/// Whether `needle` occurs in `haystack`, ASCII letters compared without
/// regard to case and every other byte exactly.
pub(super) fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    if needle.len() > haystack.len() {
        return false;
    }
    position_by_position(haystack, needle).unwrap_or_else(|| two_way(haystack, needle))
}

/// Compares at each position, the first byte first. (Exactly, not with
/// `b | 0x20`, which also pairs `^` with `~`, `@` with `` ` `` and control
/// characters with punctuation.) `None` once the budget is spent.
fn position_by_position(haystack: &[u8], needle: &[u8]) -> Option<bool> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(true);
    };
    let first = first.to_ascii_lowercase();
    let mut budget = BUDGET_PER_BYTE * haystack.len();
    for window in haystack.windows(needle.len()) {
        let Some((&b, tail)) = window.split_first() else {
            continue;
        };
        if b.to_ascii_lowercase() != first {
            continue;
        }
        let same = tail
            .iter()
            .zip(rest)
            .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
            .count();
        if same == rest.len() {
            return Some(true);
        }
        budget = budget.checked_sub(same + 1)?;
    }
    Some(false)
}

/// The folded byte at `i`. Out of range (which the loops below never reach)
/// each side answers a value no byte has, and the two values differ, so a
/// mistake there can only miss a match, never invent one.
fn hay_at(haystack: &[u8], i: usize) -> u16 {
    haystack
        .get(i)
        .map_or(0x100, |b| u16::from(b.to_ascii_lowercase()))
}

fn needle_at(needle: &[u8], i: usize) -> u16 {
    needle
        .get(i)
        .map_or(0x101, |b| u16::from(b.to_ascii_lowercase()))
}

/// Two-Way search, after glibc's `two_way_short_needle` (str-two-way.h),
/// with indices counted so that no value goes below zero. Needs
/// `1 <= needle.len() <= haystack.len()`.
pub(super) fn two_way(haystack: &[u8], needle: &[u8]) -> bool {
    let (n, m) = (haystack.len(), needle.len());
    if m == 0 || m > n {
        return m == 0;
    }
    let matches = |i: usize, j: usize| needle_at(needle, i) == hay_at(haystack, i + j);
    let (suffix, period) = critical_factorization(needle);

    let periodic = (0..suffix).all(|i| needle_at(needle, i) == needle_at(needle, i + period));
    if periodic {
        // The left half repeats in the right one: after a shift by the
        // period, the first `memory` bytes are known to match.
        let mut memory = 0;
        let mut j = 0;
        while j <= n - m {
            let mut i = suffix.max(memory);
            while i < m && matches(i, j) {
                i += 1;
            }
            if i >= m {
                // `i` counts the bytes of the left half still to compare.
                let mut i = suffix;
                while i > memory && matches(i - 1, j) {
                    i -= 1;
                }
                if i <= memory {
                    return true;
                }
                j += period;
                memory = m - period;
            } else {
                j += i - suffix + 1;
                memory = 0;
            }
        }
    } else {
        let period = suffix.max(m - suffix) + 1;
        let mut j = 0;
        while j <= n - m {
            let mut i = suffix;
            while i < m && matches(i, j) {
                i += 1;
            }
            if i >= m {
                let mut i = suffix;
                while i > 0 && matches(i - 1, j) {
                    i -= 1;
                }
                if i == 0 {
                    return true;
                }
                j += period;
            } else {
                j += i - suffix + 1;
            }
        }
    }
    false
}

/// A critical factorization of `needle`: the start of its right half, and
/// the period of that half. `usize::MAX` stands for -1, as in glibc, and all
/// arithmetic on it wraps.
fn critical_factorization(needle: &[u8]) -> (usize, usize) {
    let m = needle.len();
    if m < 3 {
        return (m.saturating_sub(1), 1);
    }
    let (suffix, period) = maximal_suffix(needle, false);
    let (suffix_rev, period_rev) = maximal_suffix(needle, true);
    // Choose the shorter right half.
    if suffix_rev.wrapping_add(1) < suffix.wrapping_add(1) {
        (suffix.wrapping_add(1), period)
    } else {
        (suffix_rev.wrapping_add(1), period_rev)
    }
}

/// The last index before the maximal suffix of `needle` (-1 as
/// `usize::MAX`) under the byte order, or its reverse, and that suffix's
/// period. The one-letter names are those of the paper and of glibc.
#[allow(clippy::many_single_char_names)]
fn maximal_suffix(needle: &[u8], reversed: bool) -> (usize, usize) {
    let m = needle.len();
    let mut max_suffix = usize::MAX;
    let (mut j, mut k, mut p) = (0usize, 1usize, 1usize);
    while j + k < m {
        let a = needle_at(needle, j + k);
        let b = needle_at(needle, max_suffix.wrapping_add(k));
        let (smaller, larger) = if reversed { (b, a) } else { (a, b) };
        if smaller < larger {
            j += k;
            k = 1;
            p = j.wrapping_sub(max_suffix);
        } else if a == b {
            if k == p {
                j += p;
                k = 1;
            } else {
                k += 1;
            }
        } else {
            max_suffix = j;
            j += 1;
            k = 1;
            p = 1;
        }
    }
    (max_suffix, p)
}

#[cfg(test)]
mod tests {
    // Without the `std` feature the crate is `no_std`; its tests still run on std.
    extern crate std;
    use std::vec;
    use std::vec::Vec;

    use super::*;
    use proptest::prelude::*;

    fn naive(haystack: &[u8], needle: &[u8]) -> bool {
        needle.is_empty()
            || haystack
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
    }

    /// Short, repetitive strings over a tiny alphabet: where Two-Way's
    /// periodic and non-periodic paths and its memory all get exercised.
    /// Beside letters in both cases, bytes 0x20 apart that are not letters,
    /// which must never match each other, and the two bytes of `é`.
    fn small() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop::sample::select(b"aAbB^~@`\x01!\xc3\xa9".to_vec()),
            0..24,
        )
    }

    proptest! {
        #![proptest_config(if cfg!(miri) {
            // Miri keeps the tests away from the file system, where proptest
            // would look for past failures.
            ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() }
        } else {
            ProptestConfig::with_cases(20_000)
        })]

        #[test]
        fn two_way_agrees_with_naive(hay in small(), needle in small()) {
            prop_assert_eq!(two_way(&hay, &needle), naive(&hay, &needle));
        }

        #[test]
        fn the_search_agrees_with_naive(hay in small(), needle in small()) {
            prop_assert_eq!(contains_ignore_ascii_case(&hay, &needle), naive(&hay, &needle));
            if let Some(found) = position_by_position(&hay, &needle) {
                prop_assert_eq!(found, naive(&hay, &needle));
            }
        }

        #[test]
        fn two_way_finds_planted_needles(
            pre in small(), needle in small(), post in small(), flip in any::<u32>()
        ) {
            // Change the case of some letters of the planted copy.
            let planted: Vec<u8> = needle
                .iter()
                .enumerate()
                .map(|(i, b)| if flip >> (i % 32) & 1 == 1 { b.to_ascii_uppercase() } else { *b })
                .collect();
            let hay = [pre, planted, post].concat();
            prop_assert!(two_way(&hay, &needle));
            prop_assert!(contains_ignore_ascii_case(&hay, &needle));
        }
    }

    #[test]
    fn crafted_input_spends_the_budget_and_goes_to_two_way() {
        let hay = b"a".repeat(1000);
        let name = [b"A".repeat(50), b"b".to_vec()].concat();
        assert_eq!(position_by_position(&hay, &name), None);
        assert!(!contains_ignore_ascii_case(&hay, &name));
        let planted = [hay.clone(), b"a".repeat(50), b"B".to_vec()].concat();
        assert_eq!(position_by_position(&planted, &name), None);
        assert!(contains_ignore_ascii_case(&planted, &name));
        // Real input stays within the budget.
        assert_eq!(
            position_by_position(b"xAdministrator1!", b"administrator"),
            Some(true)
        );
        assert_eq!(
            position_by_position(&b"Administrato1!".repeat(300), b"administrator"),
            Some(false)
        );
    }

    /// Every string over `alphabet` of each length up to `max`.
    fn all_strings(alphabet: &[u8], max: usize) -> Vec<Vec<u8>> {
        let mut all = vec![Vec::new()];
        let mut last = vec![Vec::new()];
        for _ in 0..max {
            last = last
                .iter()
                .flat_map(|s: &Vec<u8>| {
                    alphabet.iter().map(move |&b| [s.as_slice(), &[b]].concat())
                })
                .collect();
            all.extend(last.iter().cloned());
        }
        all
    }

    /// Two-Way's shifts and memory go wrong on short periodic needles first,
    /// so every pair over two letters, and over three with a case pair, is
    /// checked rather than sampled.
    #[test]
    #[cfg_attr(miri, ignore = "nearly a million searches")]
    fn two_way_agrees_with_naive_on_every_small_input() {
        for (alphabet, hay_max, needle_max) in [(&b"ab"[..], 11, 6), (&b"abB"[..], 7, 4)] {
            let needles = all_strings(alphabet, needle_max);
            for hay in all_strings(alphabet, hay_max) {
                for needle in &needles {
                    assert_eq!(
                        two_way(&hay, needle),
                        naive(&hay, needle),
                        "{:?} in {:?}",
                        core::str::from_utf8(needle),
                        core::str::from_utf8(&hay),
                    );
                }
            }
        }
    }

    /// The budget is 4 per byte of the password, and each position whose
    /// first byte matches spends one more than the bytes after it matched.
    /// In 100 bytes (a budget of 400): 2 at each of 98 positions (196) and 4
    /// at each of 96 (384) stay within it; 5 at each of 95 (475) does not.
    #[test]
    fn the_budget_is_four_comparisons_per_byte() {
        let hay = b"a".repeat(100);
        assert_eq!(position_by_position(&hay, b"aab"), Some(false));
        assert_eq!(position_by_position(&hay, b"aaaab"), Some(false));
        assert_eq!(position_by_position(&hay, b"aaaaab"), None);
    }

    #[test]
    fn edges() {
        assert!(contains_ignore_ascii_case(b"abc", b""));
        assert!(!contains_ignore_ascii_case(b"", b"a"));
        assert!(two_way(b"", b""));
        assert!(!two_way(b"a", b"ab"));
        assert!(two_way(b"xyZ", b"z"));
        assert!(two_way(b"AAB", b"ab"));
        // Bytes 0x20 apart that are not letters differ in every case.
        for (hay, name) in [
            (b"~abc", b"^abc"),
            (b"`dmn", b"@dmn"),
            (b"!efg", b"\x01efg"),
        ] {
            assert!(!contains_ignore_ascii_case(hay, name));
            assert!(!two_way(hay, name));
        }
    }
}
