//! `Arbitrary` for `Os`, `Specials` and `Policy` (feature `arbitrary`): any
//! bytes make a value, and every policy is one the public builders make.

use std::collections::HashSet;

use crate::strategy;
use arbitrary::{Arbitrary, Unstructured};
use cvm_password::{Os, Policy, Specials, INSPECTION_LIMIT};
use proptest::prelude::*;

fn policy_from(bytes: &[u8]) -> Policy {
    Policy::arbitrary(&mut Unstructured::new(bytes)).expect("a policy from any bytes")
}

/// The policy the builders make from the accessors' figures.
fn rebuilt(policy: Policy) -> Policy {
    Policy::LINUX
        .with_min_length(policy.min_length())
        .with_max_length(policy.max_length())
        .with_recommended_min_length(policy.recommended_min_length())
        .with_letters_as_one(policy.letters_as_one())
        .with_required_categories(policy.required_categories())
        .with_specials(policy.specials())
        .with_first_banned(policy.first_banned())
        .with_username_banned(policy.bans_username())
}

/// Each rule as a figure. The specials and the space allowance are one
/// rule here: drawing the specials may add or drop the space.
fn rules(policy: Policy) -> [u128; 9] {
    let set = |chars: &mut dyn Iterator<Item = char>| chars.map(|c| 1u128 << u32::from(c)).sum();
    [
        policy.min_length() as u128,
        policy.max_length() as u128,
        policy.recommended_min_length() as u128,
        policy.required_categories() as u128,
        set(&mut policy.specials().iter()),
        u128::from(policy.bans_leading_slash()),
        u128::from(policy.bans_username()),
        u128::from(policy.letters_as_one()),
        set(&mut policy.first_banned().without('/').iter()),
    ]
}

/// The figure of `rules` that bit `bit` of the change mask changes.
fn rule_of_bit(bit: u8) -> usize {
    usize::from(if bit >= 5 { bit - 1 } else { bit })
}

#[test]
fn no_input_makes_the_linux_preset() {
    assert_eq!(policy_from(&[]), Policy::LINUX);
    assert_eq!(policy_from(&[0, 0, 0, 0xff, 0xff]), Policy::LINUX);
    assert_eq!(policy_from(&[1, 0, 0, 0xff, 0xff]), Policy::WINDOWS);
}

#[test]
fn every_os_is_drawn() {
    let drawn: HashSet<Os> = (0..=u8::MAX)
        .map(|b| Os::arbitrary(&mut Unstructured::new(&[b])).expect("an OS from any byte"))
        .collect();
    assert_eq!(drawn.len(), 4, "{drawn:?}");
    assert_eq!(
        Os::arbitrary(&mut Unstructured::new(&[])).expect("an OS from no byte"),
        Os::Linux
    );
}

#[test]
fn specials_range_from_none_to_all() {
    let specials = |bytes: &[u8]| {
        Specials::arbitrary(&mut Unstructured::new(bytes)).expect("specials from any bytes")
    };
    assert_eq!(specials(&[]), Specials::NONE);
    assert_eq!(specials(&[0xff; 8]), Specials::ALL);
    assert_eq!(specials(&[0x01]), Specials::from_ascii(" "));
}

/// How many bytes drawing a `T` takes from `bytes`.
fn consumed<'a, T: Arbitrary<'a>>(bytes: &'a [u8]) -> usize {
    let mut u = Unstructured::new(bytes);
    T::arbitrary(&mut u).expect("a value from any bytes");
    bytes.len() - u.len()
}

#[test]
fn lengths_reach_past_the_inspection_limit() {
    // A length is short unless its first byte picks the long range (one
    // value in eight); then two bytes give it.
    let lengths: HashSet<usize> = (0..=u16::MAX)
        .map(|n| {
            let [high, low] = n.to_be_bytes();
            policy_from(&[0, 0b10, 0, 7, high, low]).max_length()
        })
        .collect();
    assert!(lengths.contains(&0));
    assert!(lengths.contains(&(INSPECTION_LIMIT - 1)));
    assert_eq!(lengths.iter().max(), Some(&INSPECTION_LIMIT));
    // The builders clamp the bounds, not the recommended length.
    let recommended = (0..=u16::MAX)
        .map(|n| {
            let [high, low] = n.to_be_bytes();
            policy_from(&[0, 0b100, 0, 7, high, low]).recommended_min_length()
        })
        .max();
    assert_eq!(recommended, Some(INSPECTION_LIMIT + 1));
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn any_bytes_make_a_policy_the_builders_make(bytes in prop::collection::vec(any::<u8>(), 0..48)) {
        let policy = policy_from(&bytes);
        prop_assert!(policy.min_length() <= INSPECTION_LIMIT);
        prop_assert!(policy.max_length() <= INSPECTION_LIMIT);
        prop_assert!(policy.required_categories() <= policy.classes());
        prop_assert!(policy.specials().is_subset(Specials::ALL));
        prop_assert_eq!(rebuilt(policy), policy);
    }

    #[test]
    fn size_hints_bound_the_bytes_drawn(bytes in prop::collection::vec(any::<u8>(), 32..64)) {
        // Plenty of bytes: an OS and a set of specials take exactly their hint.
        prop_assert_eq!(Os::size_hint(0), (consumed::<Os>(&bytes), Some(1)));
        prop_assert_eq!(Specials::size_hint(0), (consumed::<Specials>(&bytes), Some(8)));
        let (least, most) = Policy::size_hint(0);
        prop_assert!(consumed::<Policy>(&bytes) >= least);
        prop_assert!(most.is_none_or(|most| consumed::<Policy>(&bytes) <= most));
        // A preset, with no rule changed, takes exactly the least.
        let mut preset = bytes.clone();
        preset[1] = 0;
        preset[2] = 0;
        prop_assert_eq!(consumed::<Policy>(&preset), least);
    }

    #[test]
    fn each_bit_of_the_mask_changes_its_rule_alone(
        windows in any::<bool>(),
        rule in 0u8..10,
        rest in prop::collection::vec(any::<u8>(), 0..24),
    ) {
        let preset = if windows { Policy::WINDOWS } else { Policy::LINUX };
        let mask = 1u16 << rule;
        let mut bytes = vec![u8::from(windows), mask as u8, (mask >> 8) as u8];
        bytes.extend(rest);
        let policy = policy_from(&bytes);
        for (i, (got, was)) in rules(policy).into_iter().zip(rules(preset)).enumerate() {
            if i != rule_of_bit(rule) {
                prop_assert_eq!(got, was, "rule {} changed with bit {}", i, rule);
            }
        }
        // The bans, the space and the letters are toggled, never drawn:
        // they always change.
        if (5..9).contains(&rule) {
            prop_assert_ne!(policy, preset);
        }
    }
}
