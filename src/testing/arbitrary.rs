//! `Arbitrary` for the policy types (feature `arbitrary`), so fuzz targets
//! can draw them from raw bytes.
//!
//! A policy is always made with the public builders, starting from a
//! preset: whatever a fuzzer finds, a caller could have built that policy.
//! Two bytes say which rules differ from the preset, so a mutation that
//! flips one bit of them changes one rule, and an all-zero input is a preset.

use arbitrary::{Arbitrary, Result, Unstructured};

use crate::policy::{Os, Policy, Specials, INSPECTION_LIMIT};

/// Any of the four variants.
#[cfg_attr(docsrs, doc(cfg(feature = "arbitrary")))]
impl<'a> Arbitrary<'a> for Os {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Os> {
        u.choose(&Os::ALL).copied()
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (1, Some(1))
    }
}

/// Any subset of the 33 characters that can be special ([`Specials::ALL`]),
/// one bit of input each.
#[cfg_attr(docsrs, doc(cfg(feature = "arbitrary")))]
impl<'a> Arbitrary<'a> for Specials {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Specials> {
        let bits: u64 = u.arbitrary()?;
        Ok(Specials::ALL
            .iter()
            .enumerate()
            .filter(|&(i, _)| bits >> i & 1 == 1)
            .fold(Specials::NONE, |set, (_, c)| set.with(c)))
    }

    fn size_hint(depth: usize) -> (usize, Option<usize>) {
        u64::size_hint(depth)
    }
}

/// [`Policy::LINUX`] or [`Policy::WINDOWS`], with any of its rules changed
/// through the `with_*` builders: the length bounds and the recommended
/// length (mostly 0 to 40, where the presets' bounds are, now and then
/// anything up to one past [`INSPECTION_LIMIT`]), the required categories
/// (0 to 5, which the builder caps at the classes), the specials, each of
/// the three bans or allowances toggled, letters counted as one class or
/// not, and the banned first characters (specials, now and then a letter).
#[cfg_attr(docsrs, doc(cfg(feature = "arbitrary")))]
impl<'a> Arbitrary<'a> for Policy {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Policy> {
        let mut policy = if u.arbitrary()? {
            Policy::WINDOWS
        } else {
            Policy::LINUX
        };
        // Two bytes, one after the other: a bit per rule.
        let mask = u16::from(u.arbitrary::<u8>()?) | u16::from(u.arbitrary::<u8>()?) << 8;
        let changed = |rule: u8| mask >> rule & 1 == 1;
        if changed(0) {
            policy = policy.with_min_length(length(u)?);
        }
        if changed(1) {
            policy = policy.with_max_length(length(u)?);
        }
        if changed(2) {
            policy = policy.with_recommended_min_length(length(u)?);
        }
        if changed(3) {
            policy = policy.with_required_categories(u.int_in_range(0..=5)?);
        }
        if changed(4) {
            policy = policy.with_specials(u.arbitrary()?);
        }
        if changed(5) {
            policy = policy.with_space_allowed(!policy.space_allowed());
        }
        if changed(6) {
            policy = policy.with_leading_slash_banned(!policy.bans_leading_slash());
        }
        if changed(7) {
            policy = policy.with_username_banned(!policy.bans_username());
        }
        if changed(8) {
            policy = policy.with_letters_as_one(!policy.letters_as_one());
            if changed(3) {
                // Asked for again, now that the classes may be fewer.
                policy = policy.with_required_categories(u.int_in_range(0..=5)?);
            }
        }
        if changed(9) {
            // Banned first: some of the specials, now and then a letter; the
            // leading `/` stays as it was, a rule of its own.
            let specials: Specials = u.arbitrary()?;
            let mut banned = specials.alphabet().without('/');
            if u.ratio(1u8, 4)? {
                banned = banned.with(char::from(u.int_in_range(b'a'..=b'z')?));
            }
            let slash = policy.bans_leading_slash();
            policy = policy
                .with_first_banned(banned)
                .with_leading_slash_banned(slash);
        }
        Ok(policy)
    }

    fn size_hint(depth: usize) -> (usize, Option<usize>) {
        // The preset and the change mask; the rest depends on the mask.
        let (low, _) = <(bool, u8, u8)>::size_hint(depth);
        (low, None)
    }
}

/// Mostly short, where the presets' bounds are and fuzzing pays; one time
/// in eight anywhere up to past the limit, which the builders clamp.
fn length(u: &mut Unstructured<'_>) -> Result<usize> {
    if u.ratio(7u8, 8)? {
        u.int_in_range(0..=40)
    } else {
        u.int_in_range(0..=INSPECTION_LIMIT + 1)
    }
}
