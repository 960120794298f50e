//! Peers whose job is strength analysis, not the vendor's rules, measured
//! for scale: neither answers the crate's question exactly.

/// The `passwords` crate's analyzer, with the vendor's length, category,
/// character and leading-`/` rules applied to its counts. It counts every
/// ASCII punctuation mark as a symbol (`"` and `\` too), skips control
/// characters, and has no username rule; it copies the password and counts
/// each character in a `HashMap`, for its repetition figures.
pub fn passwords_rules(password: &str, min_length: usize) -> [bool; 5] {
    let analysis = passwords::analyzer::analyze(password);
    let categories = [
        analysis.lowercase_letters_count(),
        analysis.uppercase_letters_count(),
        analysis.numbers_count(),
        analysis.symbols_count(),
    ]
    .iter()
    .filter(|&&count| count > 0)
    .count();
    [
        analysis.length() >= min_length,
        analysis.length() <= 30,
        !password.starts_with('/'),
        categories >= 3,
        analysis.spaces_count() + analysis.other_characters_count() == 0,
    ]
}

/// zxcvbn's strength score, 0 to 4, with the username among the words it
/// penalizes. It reads the first 100 characters only.
pub fn zxcvbn_score(password: &str, username: Option<&str>) -> u8 {
    let inputs: &[&str] = match &username {
        Some(name) => &[name],
        None => &[],
    };
    zxcvbn::zxcvbn(password, inputs).score().into()
}
