//! The checker against the naive model of `tests/model`, and the laws of
//! policies, as properties.

use crate::{model, strategy};

use cvm_password::{Os, Policy};
use proptest::prelude::*;
use strategy::{os, password, password_and_username, policy, username};

proptest! {
    #![proptest_config(strategy::cases(4096))]

    #[test]
    fn check_agrees_with_the_model(
        policy in policy(),
        (password, username) in password_and_username(),
    ) {
        let username = username.as_deref();
        prop_assert_eq!(
            model::actual(&policy, &password, username),
            model::check(&policy, &password, username),
        );
    }

    #[test]
    fn the_presets_agree_with_the_model((password, username) in password_and_username()) {
        let username = username.as_deref();
        for policy in [Policy::LINUX, Policy::WINDOWS] {
            prop_assert_eq!(
                model::actual(&policy, &password, username),
                model::check(&policy, &password, username),
            );
        }
    }

    #[test]
    fn a_merge_accepts_only_what_both_accept(
        a in policy(),
        b in policy(),
        (password, username) in password_and_username(),
    ) {
        let username = username.as_deref();
        if a.merge(b).check(&password, username).is_ok() {
            prop_assert!(a.check(&password, username).is_ok());
            prop_assert!(b.check(&password, username).is_ok());
        }
        prop_assert_eq!(a.merge(b), b.merge(a));
        prop_assert_eq!(a.merge(a), a);
    }

    #[test]
    fn what_windows_accepts_linux_accepts(
        (password, username) in password_and_username(),
    ) {
        let username = username.as_deref();
        if Policy::WINDOWS.check(&password, username).is_ok() {
            prop_assert!(Policy::LINUX.check(&password, username).is_ok());
        }
    }

    #[test]
    fn valid_looking_passwords_windows_accepts_linux_accepts(
        chars in prop::collection::vec(prop::sample::select(strategy::allowed_chars()), 12..31),
        username in username(),
    ) {
        let password = String::from_iter(chars);
        let username = username.as_deref();
        if Policy::WINDOWS.check(&password, username).is_ok() {
            prop_assert!(Policy::LINUX.check(&password, username).is_ok());
        }
    }

    #[test]
    fn for_targets_follows_the_os_mix(targets in prop::collection::vec(os(), 0..8)) {
        let windows = targets.is_empty() || targets.iter().any(|os| matches!(os, Os::Windows | Os::Unknown));
        let expected = if windows { Policy::WINDOWS } else { Policy::LINUX };
        prop_assert_eq!(Policy::for_targets(targets), expected);
    }

    #[test]
    fn display_joins_every_violation(policy in policy(), password in password()) {
        if let Err(rejected) = policy.check(&password, None) {
            let joined: Vec<String> = rejected.violations().map(|v| v.to_string()).collect();
            prop_assert_eq!(rejected.to_string(), joined.join("; "));
            prop_assert!(rejected.violations().len() > 0);
        }
    }
}
