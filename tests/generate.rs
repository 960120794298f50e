//! The generator: every output accepted, uniform over the alphabet, clear
//! errors for what cannot be done.

use crate::{model, strategy};
use cvm_password::{
    GenerateError, GeneratedPassword, Generator, Policy, RandomError, RandomSource, Specials,
};
use proptest::prelude::*;

use model::generate::{figures, infeasible};

/// SplitMix64 (Steele, Lea and Flood): a small generator that passes
/// BigCrush. Seeded, so every statistical verdict below is reproducible.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

impl RandomSource for SplitMix64 {
    fn fill(&mut self, bytes: &mut [u8]) -> Result<(), RandomError> {
        for chunk in bytes.chunks_mut(8) {
            let word = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&word[..chunk.len()]);
        }
        Ok(())
    }
}

const SAMPLES: usize = 100_000;

/// The 92 characters of the vendor's rules, in ASCII order.
fn alphabet() -> Vec<u8> {
    (0u8..0x80)
        .filter(|&b| Policy::LINUX.classify(char::from(b)).is_some())
        .collect()
}

/// Pearson's statistic of `counts` against equal expected counts.
fn chi_squared(counts: &[u64]) -> f64 {
    let total: u64 = counts.iter().sum();
    let expected = total as f64 / counts.len() as f64;
    counts
        .iter()
        .map(|&c| (c as f64 - expected).powi(2) / expected)
        .sum()
}

/// ln Γ(x), Lanczos approximation (g = 7, n = 9): 15 significant digits.
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let t = x + 7.5;
    let sum = G[1..]
        .iter()
        .enumerate()
        .fold(G[0], |sum, (i, g)| sum + g / (x + i as f64 + 1.0));
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// The regularized upper incomplete gamma function Q(a, x): a series below
/// x = a + 1, Lentz's continued fraction above (Numerical Recipes, 6.2).
fn gamma_q(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let front = (-x + a * x.ln() - ln_gamma(a)).exp();
    if x < a + 1.0 {
        let (mut term, mut sum, mut n) = (1.0 / a, 1.0 / a, a);
        while term.abs() > sum.abs() * 1e-16 {
            n += 1.0;
            term *= x / n;
            sum += term;
        }
        1.0 - sum * front
    } else {
        let tiny = 1e-300;
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / tiny;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..10_000 {
            let an = -(i as f64) * (i as f64 - a);
            b += 2.0;
            d = an * d + b;
            d = if d.abs() < tiny { tiny } else { d };
            c = b + an / c;
            c = if c.abs() < tiny { tiny } else { c };
            d = 1.0 / d;
            let delta = d * c;
            h *= delta;
            if (delta - 1.0).abs() < 1e-16 {
                break;
            }
        }
        front * h
    }
}

/// The value a chi-squared variable with `df` degrees of freedom exceeds
/// with probability `p`: Q(df/2, x/2) = p, solved by bisection.
fn chi_squared_critical(df: usize, p: f64) -> f64 {
    let (mut low, mut high) = (0.0, 10.0 * df as f64 + 100.0);
    for _ in 0..200 {
        let mid = (low + high) / 2.0;
        if gamma_q(df as f64 / 2.0, mid / 2.0) > p {
            low = mid;
        } else {
            high = mid;
        }
    }
    (low + high) / 2.0
}

#[test]
fn critical_values_match_the_tables() {
    // NIST/SEMATECH e-Handbook, table 1.3.6.7.4, upper tail 0.001.
    for (df, table) in [(1, 10.828), (10, 29.588), (90, 137.208), (100, 149.449)] {
        let computed = chi_squared_critical(df, 0.001);
        assert!(
            (computed - table).abs() < 0.001,
            "df {df}: {computed}, table {table}"
        );
    }
}

/// Character counts of `SAMPLES` passwords: the first position apart from
/// the others, since the leading-slash rule constrains it.
struct Tally {
    first: Vec<u64>,
    rest: Vec<u64>,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            first: vec![0; 128],
            rest: vec![0; 128],
        }
    }

    fn add(&mut self, password: &str) {
        let mut bytes = password.bytes();
        if let Some(b) = bytes.next() {
            self.first[usize::from(b)] += 1;
        }
        for b in bytes {
            self.rest[usize::from(b)] += 1;
        }
    }

    /// Pearson's statistic over both groups and its degrees of freedom:
    /// the first character against the 91 characters other than `/`, the
    /// others against all 92.
    fn statistic(&self) -> (f64, usize) {
        let alphabet = alphabet();
        let first: Vec<u64> = alphabet
            .iter()
            .filter(|&&b| b != b'/')
            .map(|&b| self.first[usize::from(b)])
            .collect();
        let rest: Vec<u64> = alphabet
            .iter()
            .map(|&b| self.rest[usize::from(b)])
            .collect();
        let outside: u64 = (0..128)
            .filter(|b| !alphabet.contains(b))
            .map(|b| self.first[usize::from(b)] + self.rest[usize::from(b)])
            .sum();
        assert_eq!(outside, 0, "characters outside the alphabet");
        (
            chi_squared(&first) + chi_squared(&rest),
            (first.len() - 1) + (rest.len() - 1),
        )
    }
}

fn assert_uniform_and_accepted(policy: Policy, seed: u64) {
    let mut random = SplitMix64(seed);
    let generator = policy.generator();
    let mut tally = Tally::new();
    for _ in 0..SAMPLES {
        let password = generator.generate_with(&mut random).unwrap();
        assert_eq!(password.len(), Generator::DEFAULT_LENGTH);
        if let Err(rejected) = policy.check(&password, None) {
            panic!("generated password rejected: {rejected}");
        }
        tally.add(&password);
    }
    assert_eq!(tally.first[usize::from(b'/')], 0, "a leading '/'");
    let (statistic, df) = tally.statistic();
    assert_eq!(df, 90 + 91);
    let critical = chi_squared_critical(df, 0.001);
    // Shown with --nocapture, for the record.
    println!("chi-squared {statistic:.1}, critical {critical:.1} at p = 0.001, {df} df");
    assert!(
        statistic < critical,
        "uniformity rejected at p = 0.001: chi-squared {statistic:.1} >= {critical:.1} ({df} df)"
    );
}

#[test]
fn linux_100k_all_accepted_and_uniform() {
    assert_uniform_and_accepted(Policy::LINUX, 1);
}

#[test]
fn windows_100k_all_accepted_and_uniform() {
    assert_uniform_and_accepted(Policy::WINDOWS, 2);
}

/// The statistic above catches the bias it exists for: `byte % 92`, which
/// makes the first 72 characters half again as likely as the last 20.
#[test]
fn the_uniformity_test_rejects_modulo_bias() {
    let alphabet = alphabet();
    let mut random = SplitMix64(3);
    let mut tally = Tally::new();
    let mut bytes = [0u8; 20];
    for _ in 0..SAMPLES {
        random.fill(&mut bytes).unwrap();
        let password: String = bytes
            .iter()
            .enumerate()
            .map(|(i, &b)| {
                // 91 choices first (no '/', which sorts 15th), 92 after.
                let n = if i == 0 { 91 } else { 92 };
                let pick = alphabet.iter().filter(|&&c| i > 0 || c != b'/');
                char::from(*pick.clone().nth(usize::from(b) % n).unwrap())
            })
            .collect();
        tally.add(&password);
    }
    let (statistic, df) = tally.statistic();
    assert!(statistic > chi_squared_critical(df, 0.001), "{statistic}");
}

#[test]
fn default_length_is_20_within_the_policy_bounds() {
    let length = |policy: Policy| policy.generator().resolved_length();
    assert_eq!(length(Policy::LINUX), 20);
    assert_eq!(length(Policy::WINDOWS), 20);
    assert_eq!(length(Policy::LINUX.with_max_length(16)), 16);
    assert_eq!(length(Policy::LINUX.with_recommended_min_length(24)), 24);
    assert_eq!(
        length(Policy::LINUX.with_min_length(40).with_max_length(60)),
        40
    );
    assert_eq!(length(Policy::LINUX.with_max_length(4096)), 20);
    assert_eq!(Policy::LINUX.generator().length(9).resolved_length(), 9);
}

#[test]
fn lengths_from_minimum_to_maximum_are_accepted() {
    let mut random = SplitMix64(4);
    for policy in [Policy::LINUX, Policy::WINDOWS] {
        for length in policy.min_length()..=policy.max_length() {
            for _ in 0..200 {
                let password = policy
                    .generator()
                    .length(length)
                    .generate_with(&mut random)
                    .unwrap();
                assert_eq!(password.len(), length);
                assert!(policy.check(&password, None).is_ok());
            }
        }
    }
}

/// A source that plays `script` first, then SplitMix64.
struct Scripted {
    script: Vec<u8>,
    then: SplitMix64,
}

impl RandomSource for Scripted {
    fn fill(&mut self, bytes: &mut [u8]) -> Result<(), RandomError> {
        self.then.fill(bytes)?;
        let n = self.script.len().min(bytes.len());
        bytes[..n].copy_from_slice(&self.script[..n]);
        self.script.drain(..n);
        Ok(())
    }
}

/// The bytes that draw `password` as the first candidate: each character's
/// index in the generator's alphabet (ASCII order, `/` moved last).
fn script_for(password: &str) -> Vec<u8> {
    let mut order: Vec<u8> = alphabet().into_iter().filter(|&b| b != b'/').collect();
    order.push(b'/');
    password
        .bytes()
        .map(|c| order.iter().position(|&o| o == c).unwrap() as u8)
        .collect()
}

#[test]
fn never_contains_the_username() {
    let candidate = "xADMINistrator1!abcd";
    let run = |username: Option<&str>| {
        let mut random = Scripted {
            script: script_for(candidate),
            then: SplitMix64(5),
        };
        let mut generator = Policy::WINDOWS.generator();
        if let Some(name) = username {
            generator = generator.username(name);
        }
        generator.generate_with(&mut random).unwrap()
    };
    // Another name: the first candidate is accepted as drawn.
    assert_eq!(run(Some("Zed")).as_str(), candidate);
    // `None` stands for Administrator, as in `check`: thrown away.
    let password = run(None);
    assert_ne!(password.as_str(), candidate);
    assert!(Policy::WINDOWS.check(&password, None).is_ok());
    assert!(!password.to_ascii_lowercase().contains("administrator"));
    // So is any name it holds, in any letter case.
    let password = run(Some("trator1"));
    assert_ne!(password.as_str(), candidate);
    assert!(Policy::WINDOWS.check(&password, Some("trator1")).is_ok());
    // Linux does not look for the name.
    let mut random = Scripted {
        script: script_for(candidate),
        then: SplitMix64(5),
    };
    let password = Policy::LINUX
        .generator()
        .generate_with(&mut random)
        .unwrap();
    assert_eq!(password.as_str(), candidate);
}

fn failing(_: &mut [u8]) -> Result<(), RandomError> {
    Err(RandomError)
}

#[test]
fn errors_are_values_with_exact_messages() {
    let mut random = SplitMix64(6);
    let cases: [(Result<GeneratedPassword, GenerateError>, &str, &str); 7] = [
        (
            Policy::LINUX.generator().length(7).generate_with(&mut random),
            "length_out_of_range",
            "cannot generate a password of 7 characters: the policy accepts 8 to 30",
        ),
        (
            Policy::LINUX.generator().length(31).generate_with(&mut random),
            "length_out_of_range",
            "cannot generate a password of 31 characters: the policy accepts 8 to 30",
        ),
        (
            Policy::LINUX
                .with_min_length(20)
                .with_max_length(10)
                .generator()
                .generate_with(&mut random),
            "length_out_of_range",
            "cannot generate a password of 20 characters: the policy accepts none, its minimum 20 is above its maximum 10",
        ),
        (
            Policy::LINUX
                .with_max_length(4096)
                .generator()
                .length(129)
                .generate_with(&mut random),
            "length_above_capacity",
            "cannot generate a password of 129 characters: at most 128 can be generated",
        ),
        (
            Policy::LINUX
                .with_specials(Specials::NONE)
                .with_required_categories(4)
                .generator()
                .generate_with(&mut random),
            "categories_unavailable",
            "cannot generate a password of 20 characters: the policy requires 4 character categories but allows characters of only 3",
        ),
        (
            Policy::LINUX
                .with_min_length(2)
                .generator()
                .length(2)
                .generate_with(&mut random),
            "categories_unavailable",
            "cannot generate a password of 2 characters: the policy requires 3 character categories",
        ),
        (
            Policy::LINUX.generator().generate_with(&mut failing),
            "random_source_failed",
            "cannot generate a password: the random source failed",
        ),
    ];
    for (result, code, message) in cases {
        let error = result.unwrap_err();
        assert_eq!(error.code(), code);
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn a_stuck_random_source_ends_in_an_error() {
    let message = "cannot generate a password: the random source keeps giving unusable values";
    // Zeros give "((((…": valid characters, never three categories.
    let mut zeros = |bytes: &mut [u8]| -> Result<(), RandomError> {
        bytes.fill(0);
        Ok(())
    };
    let error = Policy::LINUX
        .generator()
        .generate_with(&mut zeros)
        .unwrap_err();
    assert_eq!(error.code(), "random_source_stuck");
    assert_eq!(error.to_string(), message);
    // 0xFF is above every rejection zone: not one character comes of it.
    let mut ones = |bytes: &mut [u8]| -> Result<(), RandomError> {
        bytes.fill(0xff);
        Ok(())
    };
    let error = Policy::LINUX
        .generator()
        .generate_with(&mut ones)
        .unwrap_err();
    assert_eq!(error.to_string(), message);
}

#[test]
fn debug_output_holds_no_secret() {
    let mut random = SplitMix64(7);
    let password = Policy::WINDOWS
        .generator()
        .generate_with(&mut random)
        .unwrap();
    assert_eq!(
        format!("{password:?}"),
        "GeneratedPassword { length: 20, .. }"
    );
    let generator = Policy::WINDOWS.generator().username("Zed-Username");
    let debug = format!("{generator:?}");
    assert!(debug.contains("<redacted>"), "{debug}");
    assert!(!debug.contains("Zed"), "{debug}");
}

fn policies() -> impl Strategy<Value = Policy> {
    (
        0usize..40,
        0usize..160,
        0usize..=4,
        // Each printable ASCII punctuation character in or out, biased
        // towards small sets, where the rules bite.
        prop::collection::vec(
            prop::sample::select(Specials::ALL.iter().collect::<Vec<_>>()),
            0..6,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(min, max, required, specials, slash, username)| {
            let specials: String = specials.into_iter().collect();
            Policy::LINUX
                .with_min_length(min)
                .with_max_length(max)
                .with_required_categories(required)
                .with_specials(Specials::from_ascii(&specials))
                .with_leading_slash_banned(slash)
                .with_username_banned(username)
        })
}

proptest! {
    #![proptest_config(strategy::cases(2_000))]

    #[test]
    fn outputs_are_accepted_or_the_error_is_the_right_one(
        policy in policies(),
        username in prop::option::of("[aA1!/ é]{0,5}"),
        length in prop::option::of(0usize..200),
        seed in any::<u64>(),
    ) {
        let mut generator = policy.generator();
        if let Some(length) = length {
            generator = generator.length(length);
        }
        if let Some(name) = username.as_deref() {
            generator = generator.username(name);
        }
        let resolved = generator.resolved_length();
        match generator.generate_with(&mut SplitMix64(seed)) {
            Ok(password) => {
                prop_assert_eq!(infeasible(&policy, resolved), None);
                prop_assert_eq!(password.len(), resolved);
                prop_assert!(policy.check(&password, username.as_deref()).is_ok());
            }
            Err(error) => prop_assert_eq!(Some(figures(error)), infeasible(&policy, resolved)),
        }
    }
}

#[cfg(feature = "getrandom")]
#[test]
fn the_os_source_gives_accepted_distinct_passwords() {
    let mut seen = std::collections::HashSet::new();
    for _ in 0..1_000 {
        let password = Policy::WINDOWS.generator().generate().unwrap();
        assert!(Policy::WINDOWS.check(&password, None).is_ok());
        seen.insert(password.as_str().to_owned());
    }
    assert_eq!(seen.len(), 1_000);
}

#[test]
fn the_edges_of_what_can_be_generated() {
    let mut random = SplitMix64(9);
    let long = Policy::LINUX
        .with_max_length(4096)
        .generator()
        .length(GeneratedPassword::CAPACITY)
        .generate_with(&mut random)
        .unwrap();
    assert_eq!(long.len(), 128);
    let as_ref: &str = long.as_ref();
    assert_eq!(as_ref, long.as_str());
    // As many categories required as there are characters.
    for required in 1..=4 {
        let policy = Policy::LINUX
            .with_min_length(required)
            .with_required_categories(required);
        let password = policy
            .generator()
            .length(required)
            .generate_with(&mut random)
            .unwrap();
        assert_eq!(password.len(), required);
        assert!(policy.check(&password, None).is_ok());
    }
    // A range of one length is not an empty range.
    let error = Policy::LINUX
        .with_min_length(10)
        .with_max_length(10)
        .generator()
        .length(12)
        .generate_with(&mut random)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot generate a password of 12 characters: the policy accepts 10 to 10"
    );
    // Three categories allowed, three required, but two characters.
    let error = Policy::LINUX
        .with_specials(Specials::NONE)
        .with_min_length(2)
        .generator()
        .length(2)
        .generate_with(&mut random)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot generate a password of 2 characters: the policy requires 3 character categories"
    );
    assert_eq!(RandomError.to_string(), "the random source failed");
}
