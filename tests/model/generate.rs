//! A naive model of the generator's errors, written from the docs of
//! `Generator::generate_with`: which error a policy and a length must give,
//! worked out from the model's alphabet, without the generator. The tests
//! (`tests/generate.rs`) and the fuzz target `generate` compare the real
//! errors with it.

use cvm_password::{GenerateError, GeneratedPassword, Policy};

/// The policy's alphabet: the ASCII characters the model allows.
pub fn alphabet(policy: &Policy) -> Vec<char> {
    let specials: Vec<char> = policy.specials().iter().collect();
    (0u8..0x80)
        .map(char::from)
        .filter(|&c| super::category(c, &specials).is_some())
        .collect()
}

/// An error as plain data: its code and its figures.
pub type Figures = (&'static str, usize, usize, usize);

pub fn figures(error: GenerateError) -> Figures {
    match error {
        GenerateError::LengthOutOfRange {
            length, min, max, ..
        } => ("length_out_of_range", length, min, max),
        GenerateError::LengthAboveCapacity {
            length, capacity, ..
        } => ("length_above_capacity", length, capacity, 0),
        GenerateError::CategoriesUnavailable {
            length,
            available,
            required,
            ..
        } => ("categories_unavailable", length, available, required),
        other => (other.code(), 0, 0, 0),
    }
}

/// The error no source can avoid, or `None` where a password can be made.
pub fn infeasible(policy: &Policy, length: usize) -> Option<Figures> {
    let specials: Vec<char> = policy.specials().iter().collect();
    let mut categories: Vec<&str> = alphabet(policy)
        .into_iter()
        .filter_map(|c| super::category(c, &specials))
        .collect();
    // Letters of either case are one class where the policy says so.
    if policy.letters_as_one() {
        for c in &mut categories {
            if *c == "uppercase" {
                *c = "lowercase";
            }
        }
    }
    categories.sort_unstable();
    categories.dedup();
    let (available, required) = (categories.len(), policy.required_categories());
    let (min, max) = (policy.min_length(), policy.max_length());
    if length < min || length > max {
        Some(("length_out_of_range", length, min, max))
    } else if length > GeneratedPassword::CAPACITY {
        Some((
            "length_above_capacity",
            length,
            GeneratedPassword::CAPACITY,
            0,
        ))
    } else if alphabet(policy)
        .into_iter()
        .all(|c| policy.first_banned().contains(c))
    {
        Some(("first_character_unavailable", 0, 0, 0))
    } else if required > available || required > length {
        Some(("categories_unavailable", length, available, required))
    } else {
        None
    }
}
