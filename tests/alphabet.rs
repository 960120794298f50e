//! `Alphabet`, a set of ASCII characters, against a sorted `Vec<char>`:
//! every method, on arbitrary sets and on the policies' own.

use cvm_password::{Alphabet, Category, Policy, Specials};
use proptest::prelude::*;

use crate::{model, strategy};

/// The set's characters, the naive way: every ASCII character it contains,
/// in order.
fn chars(set: Alphabet) -> Vec<char> {
    (0u8..128)
        .map(char::from)
        .filter(|&c| set.contains(c))
        .collect()
}

fn set_of(bytes: &[u8]) -> Alphabet {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The characters of `bytes` that are ASCII, sorted and without repeats.
fn model_of(bytes: &[u8]) -> Vec<char> {
    let mut model: Vec<char> = bytes.iter().map(|&b| char::from(b)).collect();
    model.sort_unstable();
    model.dedup();
    model
}

proptest! {
    #![proptest_config(strategy::cases(512))]

    #[test]
    fn an_alphabet_holds_what_it_was_given(bytes in prop::collection::vec(0u8..128, 0..40)) {
        let set = set_of(&bytes);
        let model = model_of(&bytes);
        prop_assert_eq!(chars(set), model.clone());
        prop_assert_eq!(set.len(), model.len());
        prop_assert_eq!(set.is_empty(), model.is_empty());
        prop_assert_eq!(set.iter().collect::<Vec<_>>(), model.clone());
        prop_assert_eq!(set.iter().rev().collect::<Vec<_>>(), model.iter().rev().copied().collect::<Vec<_>>());
        for n in 0..=model.len() {
            prop_assert_eq!(set.nth(n), model.get(n).copied());
        }
        prop_assert_eq!(set.to_string(), model.iter().collect::<String>());
    }

    #[test]
    fn its_iterator_knows_how_many_are_left_from_either_end(
        bytes in prop::collection::vec(0u8..128, 0..40),
        from_back in prop::collection::vec(any::<bool>(), 0..48),
    ) {
        let model = model_of(&bytes);
        let (mut front, mut back) = (0, model.len());
        let mut iter = set_of(&bytes).iter();
        prop_assert_eq!(iter.size_hint(), (model.len(), Some(model.len())));
        for from_back in from_back {
            let next = if from_back { iter.next_back() } else { iter.next() };
            let expected = if front == back {
                None
            } else if from_back {
                back -= 1;
                Some(model[back])
            } else {
                front += 1;
                Some(model[front - 1])
            };
            prop_assert_eq!(next, expected);
            prop_assert_eq!(iter.size_hint(), (back - front, Some(back - front)));
            prop_assert_eq!(iter.len(), back - front);
        }
    }

    #[test]
    fn set_operations_are_those_of_sets(
        a in prop::collection::vec(0u8..128, 0..40),
        b in prop::collection::vec(0u8..128, 0..40),
        c in 0u32..0x110,
    ) {
        let (set_a, set_b) = (set_of(&a), set_of(&b));
        let (model_a, model_b) = (model_of(&a), model_of(&b));
        let union = model_of(&[a.clone(), b.clone()].concat());
        prop_assert_eq!(chars(set_a.union(set_b)), union);
        let both: Vec<char> = model_a.iter().copied().filter(|c| model_b.contains(c)).collect();
        prop_assert_eq!(chars(set_a.intersection(set_b)), both);
        prop_assert_eq!(set_a.is_subset(set_b), model_a.iter().all(|c| model_b.contains(c)));
        let c = char::from_u32(c).unwrap_or('\u{80}');
        let mut with = model_a.clone();
        if c.is_ascii() && !with.contains(&c) {
            with.push(c);
            with.sort_unstable();
        }
        prop_assert_eq!(chars(set_a.with(c)), with);
        let without: Vec<char> = model_a.iter().copied().filter(|&x| x != c).collect();
        prop_assert_eq!(chars(set_a.without(c)), without);
        prop_assert_eq!(set_a.contains(c), model_a.contains(&c));
    }
}

#[test]
fn a_policy_allows_letters_digits_and_its_specials() {
    let specials: Vec<char> = model::SPECIALS.chars().collect();
    for policy in [Policy::LINUX, Policy::WINDOWS] {
        let expected: Vec<char> = (0u8..128)
            .map(char::from)
            .filter(|&c| model::category(c, &specials).is_some())
            .collect();
        assert_eq!(chars(policy.alphabet()), expected);
    }
    let few = Policy::LINUX.with_specials(Specials::from_ascii("!/"));
    assert_eq!(few.alphabet().len(), 64);
    assert!(few.alphabet().contains('!') && !few.alphabet().contains('@'));
    assert_eq!(few.category_alphabet(Category::Special).to_string(), "!/");
}

#[test]
fn debug_quotes_the_set_and_escapes_what_a_string_would() {
    assert_eq!(format!("{:?}", Alphabet::EMPTY), r#"Alphabet("")"#);
    assert_eq!(format!("{:?}", set_of(b"ba")), r#"Alphabet("ab")"#);
    assert_eq!(format!("{:?}", set_of(b"\"\\\n")), r#"Alphabet("\n\"\\")"#);
}
