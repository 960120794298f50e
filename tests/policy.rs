//! Policies as data: presets, builders, merging, and the OS.

use cvm_password::{Category, Lang, Os, Policy, Specials, INSPECTION_LIMIT};

#[test]
fn the_presets_are_the_vendor_rules() {
    let linux = Policy::LINUX;
    assert_eq!(
        (
            linux.min_length(),
            linux.max_length(),
            linux.recommended_min_length()
        ),
        (8, 30, 12)
    );
    assert_eq!(linux.required_categories(), 3);
    assert_eq!(linux.specials(), Specials::CVM);
    assert!(linux.bans_leading_slash());
    assert!(!linux.bans_username());
    assert!(!linux.space_allowed());

    let windows = Policy::WINDOWS;
    assert_eq!(
        (
            windows.min_length(),
            windows.max_length(),
            windows.recommended_min_length()
        ),
        (12, 30, 12)
    );
    assert_eq!(windows.required_categories(), 3);
    assert_eq!(windows.specials(), Specials::CVM);
    assert!(windows.bans_leading_slash());
    assert!(windows.bans_username());
    assert!(!windows.space_allowed());
}

#[test]
fn builders_are_const_and_by_value() {
    const CUSTOM: Policy = Policy::LINUX
        .with_min_length(10)
        .with_max_length(20)
        .with_recommended_min_length(16)
        .with_required_categories(4)
        .with_specials(Specials::from_ascii("!?"))
        .with_space_allowed(true)
        .with_leading_slash_banned(false)
        .with_username_banned(true);
    assert_eq!(CUSTOM.min_length(), 10);
    assert_eq!(CUSTOM.max_length(), 20);
    assert_eq!(CUSTOM.recommended_min_length(), 16);
    assert_eq!(CUSTOM.required_categories(), 4);
    assert_eq!(CUSTOM.specials(), Specials::from_ascii("! ?"));
    assert!(CUSTOM.space_allowed());
    assert!(!CUSTOM.bans_leading_slash());
    assert!(CUSTOM.bans_username());
    assert_eq!(CUSTOM.classify('?'), Some(Category::Special));
    assert_eq!(CUSTOM.classify('#'), None);
    // Without the leading-slash ban, `/` is a disallowed character here.
    let codes: Vec<_> = CUSTOM
        .check("/bC3!efghijk", Some("nobody"))
        .unwrap_err()
        .violations()
        .map(|v| v.code())
        .collect();
    assert_eq!(codes, ["disallowed_character"]);
}

#[test]
fn builders_clamp_what_cannot_hold() {
    assert_eq!(
        Policy::LINUX
            .with_required_categories(9)
            .required_categories(),
        4
    );
    assert_eq!(
        Policy::LINUX.with_max_length(1 << 40).max_length(),
        INSPECTION_LIMIT
    );
    assert_eq!(
        Policy::LINUX.with_min_length(5000).min_length(),
        INSPECTION_LIMIT
    );
    // Nothing is required: any 8 to 30 allowed characters pass.
    let lax = Policy::LINUX.with_required_categories(0);
    assert!(lax.check("aaaaaaaaaaaaa", None).is_ok());
    // An empty range accepts nothing, and says why.
    let empty = Policy::LINUX.with_min_length(20).with_max_length(10);
    let codes: Vec<_> = empty
        .check("aB3!aB3!aB3!aB3!", None)
        .unwrap_err()
        .violations()
        .map(|v| v.code())
        .collect();
    assert_eq!(codes, ["too_short", "too_long"]);
}

#[test]
fn merge_takes_the_stricter_side_of_every_field() {
    let a = Policy::LINUX
        .with_min_length(10)
        .with_max_length(40)
        .with_recommended_min_length(20)
        .with_required_categories(2)
        .with_specials(Specials::from_ascii("!@#"))
        .with_leading_slash_banned(false)
        .with_username_banned(true);
    let b = Policy::LINUX
        .with_min_length(6)
        .with_max_length(25)
        .with_recommended_min_length(8)
        .with_required_categories(4)
        .with_specials(Specials::from_ascii("#$%"))
        .with_leading_slash_banned(true)
        .with_username_banned(false);
    let merged = a.merge(b);
    assert_eq!(merged.min_length(), 10);
    assert_eq!(merged.max_length(), 25);
    assert_eq!(merged.recommended_min_length(), 20);
    assert_eq!(merged.required_categories(), 4);
    assert_eq!(merged.specials(), Specials::from_ascii("#"));
    assert!(merged.bans_leading_slash());
    assert!(merged.bans_username());
}

#[test]
fn linux_and_windows_merge_into_windows() {
    let both = Policy::LINUX.merge(Policy::WINDOWS);
    assert_eq!(both, Policy::WINDOWS);
    let accepted = both.check("aB3!efghijkl", None).unwrap();
    assert_eq!(accepted.warnings().count(), 0);
    // A larger recommendation on either side warns in the merge.
    let advised = Policy::LINUX
        .with_recommended_min_length(13)
        .merge(Policy::WINDOWS);
    let accepted = advised.check("aB3!efghijkl", None).unwrap();
    let warnings: Vec<_> = accepted.warnings().map(|w| w.code()).collect();
    assert_eq!(warnings, ["shorter_than_recommended"]);
}

#[test]
fn os_from_os_name() {
    for (name, os) in [
        ("Windows Server 2019 DataCenter 64bit", Os::Windows),
        ("Windows Server 2022 数据中心版 64位中文版", Os::Windows),
        ("windows", Os::Windows),
        ("WINDOWS SERVER 2016", Os::Windows),
        ("  Windows Server 2012 R2", Os::Windows),
        ("Ubuntu Server 22.04 LTS 64bit", Os::Ubuntu),
        ("ubuntu 20.04", Os::Ubuntu),
        ("UBUNTU", Os::Ubuntu),
        ("TencentOS Server 3.1 (TK4)", Os::Linux),
        ("CentOS 7.9 64bit", Os::Linux),
        ("Debian 12", Os::Linux),
        ("Rocky Linux 9", Os::Linux),
        ("Win", Os::Linux),
        ("Windoze", Os::Linux),
        ("Ｗindows", Os::Linux),
        ("", Os::Unknown),
        ("   ", Os::Unknown),
    ] {
        assert_eq!(Os::from_os_name(name), os, "{name:?}");
    }
}

#[test]
fn each_os_has_its_administrator_and_rules() {
    for (os, user, policy, name) in [
        (Os::Linux, "root", Policy::LINUX, "linux"),
        (Os::Ubuntu, "ubuntu", Policy::LINUX, "ubuntu"),
        (Os::Windows, "Administrator", Policy::WINDOWS, "windows"),
        (Os::Unknown, "Administrator", Policy::WINDOWS, "unknown"),
    ] {
        assert_eq!(os.default_username(), user);
        assert_eq!(os.policy(), policy);
        assert_eq!(os.name(), name);
        assert_eq!(os.is_windows(), policy == Policy::WINDOWS);
        assert_eq!(Policy::for_targets([os]), policy);
    }
}

/// Both iterators know their length, and it shrinks with each item.
#[test]
fn violations_and_warnings_are_exact_size() {
    let rejected = Policy::LINUX.check("/abc", None).unwrap_err();
    let mut violations = rejected.violations();
    for left in (0..=3).rev() {
        assert_eq!(violations.len(), left);
        assert_eq!(violations.size_hint(), (left, Some(left)));
        assert_eq!(violations.next().is_some(), left > 0);
    }
    let warned = Policy::LINUX.check("abc123AB", None).unwrap();
    let mut warnings = warned.warnings();
    assert_eq!(warnings.size_hint(), (1, Some(1)));
    assert_eq!(
        warnings.next().map(|w| w.code()),
        Some("shorter_than_recommended")
    );
    assert_eq!(warnings.size_hint(), (0, Some(0)));
    assert_eq!(warnings.next(), None);
    let quiet = Policy::LINUX.check("abc123ABC!@#xyz", None).unwrap();
    assert_eq!(quiet.warnings().len(), 0);
}

#[test]
fn a_policy_is_named_and_labelled_as_its_preset_or_custom() {
    let custom = Policy::LINUX.with_min_length(10);
    for (policy, name, en, zh) in [
        (Policy::LINUX, "linux", "Linux", "Linux"),
        (Policy::WINDOWS, "windows", "Windows", "Windows"),
        (custom, "custom", "custom", "自定义"),
        (
            Policy::WINDOWS.with_min_length(8),
            "custom",
            "custom",
            "自定义",
        ),
    ] {
        assert_eq!(policy.name(), name);
        assert_eq!(policy.label(Lang::En), en);
        assert_eq!(policy.label(Lang::ZhCn), zh);
    }
}
