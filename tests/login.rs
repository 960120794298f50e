//! The login settings pre-flight (`LoginPreflight`) against the naive model
//! of `tests/model/login.rs`, as a property, and each rule at its
//! boundaries, word for word where a message is new.

use crate::{model, strategy};

use cvm_password::{
    Api, Figure, Lang, LoginPreflight, LoginProblem, LoginSettings, Os, Reading, Severity,
};
use model::login::{expected, Found, Login, APIS};
use proptest::prelude::*;
use proptest::sample::select;

fn api(name: &str) -> &'static Api {
    Api::from_name(name).unwrap()
}

fn settings(login: &Login) -> LoginSettings<'_> {
    let mut settings = LoginSettings::new()
        .with_key_count(login.keys)
        .with_keep_image_login(login.keep_image_login);
    if let Some(password) = &login.password {
        settings = settings.with_password(password);
    }
    if let Some(generate) = login.auto_generate {
        settings = settings.with_auto_generate_password(generate);
    }
    settings
}

/// What the crate says, as the model's plain data, the password's
/// warnings left out.
fn actual(name: &str, os: Os, login: &Login, reading: Reading) -> Vec<Found> {
    let api = api(name);
    let preflight = LoginPreflight::new(api, settings(login), os, reading).unwrap();
    preflight
        .problems()
        .filter(|p| !matches!(p, LoginProblem::PasswordWarning(_)))
        .map(|p| (p.code(), p.api_error_code(api), p.parameter(api)))
        .collect()
}

fn codes(name: &str, os: Os, login: &Login) -> Vec<&'static str> {
    actual(name, os, login, Reading::Common)
        .into_iter()
        .map(|(code, _, _)| code)
        .collect()
}

const VALID: &str = "abc123ABC!@#xyz";

#[test]
fn only_the_apis_with_login_settings_have_the_preflight() {
    // In the table's order, which the model does not know.
    let mut apis: Vec<_> = LoginPreflight::apis().map(Api::name).collect();
    apis.sort_unstable();
    let mut model = APIS;
    model.sort_unstable();
    assert_eq!(apis, model);
    for api in Api::ALL {
        let has = LoginPreflight::new(api, LoginSettings::new(), Os::Linux, Reading::Common);
        assert_eq!(has.is_some(), APIS.contains(&api.name()), "{}", api.name());
    }
}

#[test]
fn no_settings_is_no_problem() {
    for name in APIS {
        for os in Os::ALL {
            assert_eq!(
                codes(name, os, &Login::default()),
                [] as [&str; 0],
                "{name}"
            );
        }
    }
}

#[test]
fn a_password_with_keys_is_a_conflict_with_each_apis_code() {
    let login = Login {
        password: Some(VALID.into()),
        keys: 1,
        ..Login::default()
    };
    let want = [
        (
            "cvm:RunInstances",
            "InvalidParameterCombination",
            "LoginSettings.KeyIds",
        ),
        (
            "cvm:ResetInstance",
            "InvalidParameter.ParameterConflict",
            "LoginSettings.KeyIds",
        ),
        (
            "cvm:CreateLaunchTemplate",
            "InvalidParameterCombination",
            "LoginSettings.KeyIds",
        ),
        (
            "as:CreateLaunchConfiguration",
            "InvalidParameter.Conflict",
            "LoginSettings.KeyIds",
        ),
        (
            "lighthouse:CreateInstances",
            "InvalidParameterValue.InvalidParameterCombination",
            "LoginConfiguration.KeyIds",
        ),
        (
            "lighthouse:ResetInstance",
            "InvalidParameterValue.InvalidParameterCombination",
            "LoginConfiguration.KeyIds",
        ),
    ];
    for (name, code, parameter) in want {
        let mut found = actual(name, Os::Ubuntu, &login, Reading::Common);
        // Lighthouse's creation also warns of a Linux password; not the
        // point here.
        found.retain(|f| f.0 != "linux_password_at_creation");
        assert_eq!(
            found,
            [("password_with_keys", Some(code), parameter)],
            "{name}"
        );
    }
}

#[test]
fn keys_on_windows_are_refused_and_on_an_unknown_os_warned() {
    let login = Login {
        keys: 1,
        ..Login::default()
    };
    for name in APIS {
        let windows = actual(name, Os::Windows, &login, Reading::Common);
        let code = name
            .starts_with("cvm:")
            .then_some("UnsupportedOperation.KeyPairUnsupportedWindows");
        assert_eq!(windows.len(), 1, "{name}");
        assert_eq!(
            (windows[0].0, windows[0].1),
            ("keys_on_windows", code),
            "{name}"
        );
        assert_eq!(
            codes(name, Os::Unknown, &login),
            ["keys_on_unknown_os"],
            "{name}"
        );
        assert_eq!(codes(name, Os::Linux, &login), [] as [&str; 0], "{name}");
        assert_eq!(codes(name, Os::Ubuntu, &login), [] as [&str; 0], "{name}");
    }
    let run = api("cvm:RunInstances");
    let settings = LoginSettings::new().with_key_count(1);
    let unknown = LoginPreflight::new(run, settings, Os::Unknown, Reading::Common).unwrap();
    assert!(unknown.is_ok());
    let windows = LoginPreflight::new(run, settings, Os::Windows, Reading::Common).unwrap();
    assert!(!windows.is_ok());
}

#[test]
fn keys_at_and_past_each_limit() {
    for (name, max) in [
        ("as:CreateLaunchConfiguration", 1),
        ("lighthouse:CreateInstances", 5),
        ("lighthouse:ResetInstance", 5),
    ] {
        let at = Login {
            keys: max,
            ..Login::default()
        };
        assert_eq!(codes(name, Os::Linux, &at), [] as [&str; 0], "{name}");
        let past = Login {
            keys: max + 1,
            ..Login::default()
        };
        assert_eq!(codes(name, Os::Linux, &past), ["too_many_keys"], "{name}");
        let api = api(name);
        let settings = LoginSettings::new().with_key_count(max + 1);
        let preflight = LoginPreflight::new(api, settings, Os::Linux, Reading::Common).unwrap();
        let problem = preflight.problems().next().unwrap();
        assert_eq!(
            problem.figures().collect::<Vec<_>>(),
            [
                ("count", Figure::Count(max + 1)),
                ("max", Figure::Count(max))
            ],
        );
        assert_eq!(
            problem.message(Lang::En).to_string(),
            format!("too many keys: {}, at most {max} allowed", max + 1),
        );
    }
    // CVM's references set no limit.
    let many = Login {
        keys: 100,
        ..Login::default()
    };
    assert_eq!(codes("cvm:RunInstances", Os::Linux, &many), [] as [&str; 0]);
}

#[test]
fn keep_image_login_takes_neither_password_nor_keys() {
    for name in ["cvm:RunInstances", "as:CreateLaunchConfiguration"] {
        let alone = Login {
            keep_image_login: true,
            ..Login::default()
        };
        assert_eq!(codes(name, Os::Linux, &alone), [] as [&str; 0]);
        for (password, keys) in [(Some(VALID.to_owned()), 0), (None, 1)] {
            let with = Login {
                password,
                keys,
                keep_image_login: true,
                ..Login::default()
            };
            assert_eq!(
                codes(name, Os::Linux, &with).last(),
                Some(&"keep_image_login_with_credentials"),
                "{name}"
            );
        }
    }
}

#[test]
fn lighthouse_auto_generated_passwords() {
    let yes = |password: Option<&str>| Login {
        password: password.map(str::to_owned),
        auto_generate: Some(true),
        ..Login::default()
    };
    let no = |password: Option<&str>| Login {
        auto_generate: Some(false),
        ..yes(password)
    };
    let create = "lighthouse:CreateInstances";
    assert_eq!(codes(create, Os::Windows, &yes(None)), [] as [&str; 0]);
    assert_eq!(
        codes(create, Os::Windows, &yes(Some(VALID))),
        ["password_with_auto_generate"]
    );
    assert_eq!(codes(create, Os::Windows, &no(None)), ["missing_password"]);
    assert_eq!(
        codes(create, Os::Windows, &no(Some(VALID))),
        [] as [&str; 0]
    );
    let reset = "lighthouse:ResetInstance";
    assert_eq!(
        codes(reset, Os::Windows, &yes(None)),
        ["auto_generate_unsupported"]
    );
    assert_eq!(
        actual(reset, Os::Windows, &yes(None), Reading::Common)[0].1,
        Some("UnsupportedOperation.OperationNotSupportAutoGeneratePassword"),
    );
    assert_eq!(codes(reset, Os::Windows, &no(Some(VALID))), [] as [&str; 0]);
}

#[test]
fn a_linux_password_at_lighthouse_creation_is_a_warning_naming_the_code() {
    let login = Login {
        password: Some(VALID.into()),
        ..Login::default()
    };
    let create = api("lighthouse:CreateInstances");
    let settings = settings(&login);
    let preflight = LoginPreflight::new(create, settings, Os::Linux, Reading::Common).unwrap();
    assert!(preflight.is_ok());
    let warning = preflight.problems().next().unwrap();
    assert_eq!(warning.severity(), Severity::Warning);
    assert_eq!(
        warning.to_string(),
        "password for a Linux instance at creation: the vendor also lists UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword for this API, so the call may be refused"
    );
    // Ubuntu is one of Lighthouse's LINUX_UNIX images too.
    assert_eq!(
        codes("lighthouse:CreateInstances", Os::Ubuntu, &login),
        ["linux_password_at_creation"]
    );
    assert_eq!(
        codes("lighthouse:CreateInstances", Os::Windows, &login),
        [] as [&str; 0]
    );
    assert_eq!(
        codes("lighthouse:ResetInstance", Os::Linux, &login),
        [] as [&str; 0]
    );
}

#[test]
fn every_message_names_its_rule_in_both_languages() {
    let problems = [
        LoginProblem::MissingPassword,
        LoginProblem::PasswordWithAutoGenerate,
        LoginProblem::AutoGenerateUnsupported,
        LoginProblem::LinuxPasswordAtCreation,
        LoginProblem::PasswordWithKeys,
        LoginProblem::KeysOnWindows,
        LoginProblem::KeysOnUnknownOs,
        LoginProblem::KeepImageLoginWithCredentials,
    ];
    let english = [
        "no password: AutoGeneratePassword is NO, so Password is required",
        "password and generated password at once: AutoGeneratePassword YES takes no Password",
        "generated password not supported: this API refuses AutoGeneratePassword YES",
        "password for a Linux instance at creation: the vendor also lists UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword for this API, so the call may be refused",
        "password and keys at once: KeyIds cannot be given with a Password",
        "keys on Windows: a Windows instance takes no KeyIds",
        "keys for an unknown OS: a Windows instance takes no KeyIds, and the OS is not known",
        "image login kept and credentials given: KeepImageLogin takes neither Password nor KeyIds",
    ];
    for (problem, text) in problems.iter().zip(english) {
        assert_eq!(problem.message(Lang::En).to_string(), text);
        let chinese = problem.message(Lang::ZhCn).to_string();
        assert!(!chinese.is_empty() && !chinese.ends_with('。'), "{chinese}");
        assert!(!text.ends_with('.'), "{text}");
    }
}

fn login() -> impl Strategy<Value = Login> {
    let password = prop_oneof![
        1 => Just(None),
        2 => strategy::password().prop_map(Some),
        2 => "[a-z][A-Z][0-9][a-zA-Z0-9!@#/_<>]{5,27}".prop_map(Some),
    ];
    (
        password,
        prop_oneof![3 => Just(0usize), 2 => 1usize..3, 1 => 4usize..8],
        any::<bool>(),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(password, keys, keep_image_login, auto_generate)| Login {
            password,
            keys,
            keep_image_login,
            auto_generate,
        })
}

proptest! {
    #![proptest_config(strategy::cases(2048))]

    #[test]
    fn the_login_preflight_agrees_with_the_model(
        name in select(APIS.to_vec()),
        os in select(Os::ALL.to_vec()),
        login in login(),
        strict in any::<bool>(),
    ) {
        let reading = if strict { Reading::Strict } else { Reading::Common };
        let got = actual(name, os, &login, reading);
        let want = expected(name, os, &login, strict);
        if strict {
            // The strict policy is the sources merged: its violations need
            // not be the union of theirs, but it refuses exactly when one does.
            let violation = |f: &&Found| model::ORDER.contains(&f.0);
            let password = |found: &[Found]| found.iter().any(|f| violation(&f));
            let rest = |found: &[Found]| -> Vec<Found> {
                found.iter().filter(|f| !violation(f)).cloned().collect()
            };
            prop_assert_eq!(password(&got), password(&want));
            prop_assert_eq!(rest(&got), rest(&want));
        } else {
            prop_assert_eq!(got, want);
        }
        let preflight = LoginPreflight::new(api(name), settings(&login), os, reading).unwrap();
        let errors = preflight.problems().filter(|p| p.severity() == Severity::Error).count();
        prop_assert_eq!(preflight.is_ok(), errors == 0);
    }
}

/// What each builder sets, each accessor gives back; nothing else moves.
#[test]
fn login_settings_give_back_what_they_were_given() {
    let none = LoginSettings::new();
    assert_eq!(
        (
            none.password(),
            none.key_count(),
            none.keep_image_login(),
            none.auto_generate_password()
        ),
        (None, 0, false, None)
    );
    assert_eq!(none, LoginSettings::default());
    let all = none
        .with_password(VALID)
        .with_key_count(3)
        .with_keep_image_login(true)
        .with_auto_generate_password(false);
    assert_eq!(
        (
            all.password(),
            all.key_count(),
            all.keep_image_login(),
            all.auto_generate_password()
        ),
        (Some(VALID), 3, true, Some(false))
    );
    assert_eq!(
        none.with_auto_generate_password(true)
            .auto_generate_password(),
        Some(true)
    );
    assert_eq!(
        format!("{all:?}"),
        "LoginSettings { password_given: true, key_count: 3, keep_image_login: true, auto_generate_password: Some(false) }"
    );
    let preflight =
        LoginPreflight::new(api("cvm:RunInstances"), all, Os::Ubuntu, Reading::Strict).unwrap();
    assert_eq!(preflight.api().name(), "cvm:RunInstances");
    assert_eq!(preflight.os(), Os::Ubuntu);
    assert_eq!(preflight.login(), all);
}

/// Every code each API's login settings can give, in order: its password's,
/// its conflict's, then keys on Windows or a refused generated password.
#[test]
fn every_api_error_code_of_each_apis_login_settings() {
    let expected: [(&str, &[&str]); 6] = [
        (
            "cvm:RunInstances",
            &[
                "InvalidParameterValue.InvalidPassword",
                "InvalidParameterCombination",
                "UnsupportedOperation.KeyPairUnsupportedWindows",
            ],
        ),
        (
            "cvm:ResetInstance",
            &[
                "InvalidParameterValue.InvalidPassword",
                "InvalidParameter.ParameterConflict",
                "UnsupportedOperation.KeyPairUnsupportedWindows",
            ],
        ),
        (
            "cvm:CreateLaunchTemplate",
            &[
                "InvalidParameterValue.InvalidPassword",
                "InvalidParameterCombination",
                "UnsupportedOperation.KeyPairUnsupportedWindows",
            ],
        ),
        (
            // Its list holds no code for a password.
            "as:CreateLaunchConfiguration",
            &["InvalidParameter.Conflict"],
        ),
        (
            "lighthouse:CreateInstances",
            &[
                "InvalidParameterValue.InvalidPassword",
                "InvalidParameterValue.InvalidParameterCombination",
            ],
        ),
        (
            "lighthouse:ResetInstance",
            &[
                "InvalidParameterValue.InvalidPassword",
                "InvalidParameterValue.InvalidParameterCombination",
                "UnsupportedOperation.OperationNotSupportAutoGeneratePassword",
            ],
        ),
    ];
    for (name, codes) in expected {
        let got: Vec<_> = LoginPreflight::api_error_codes(api(name)).collect();
        assert_eq!(got, codes, "{name}");
    }
    assert_eq!(LoginPreflight::api_error_codes(Api::DEFAULT).count(), 0);
}

/// A password problem's figures are its violation's or warning's, and so
/// is its message, figures quoted.
#[test]
fn a_password_problem_has_the_figures_of_its_finding() {
    let (mut violations, mut warnings) = (0, 0);
    for name in APIS {
        for os in [Os::Linux, Os::Windows, Os::Unknown] {
            for password in ["abc", "abc123AB", "abc123ABC!@", "/abc123ABC!@#"] {
                let settings = LoginSettings::new().with_password(password);
                let Some(preflight) = LoginPreflight::new(api(name), settings, os, Reading::Common)
                else {
                    continue;
                };
                for problem in preflight.problems() {
                    let (own, said): (Vec<_>, _) = match problem {
                        LoginProblem::Password(v) => {
                            violations += usize::from(v.figures().next().is_some());
                            (
                                v.figures().collect(),
                                Lang::ALL.map(|l| v.message(l).to_string()),
                            )
                        }
                        LoginProblem::PasswordWarning(w) => {
                            warnings += usize::from(w.figures().next().is_some());
                            (
                                w.figures().collect(),
                                Lang::ALL.map(|l| w.message(l).to_string()),
                            )
                        }
                        _ => continue,
                    };
                    assert_eq!(problem.figures().collect::<Vec<_>>(), own);
                    assert_eq!(Lang::ALL.map(|l| problem.message(l).to_string()), said);
                }
            }
        }
    }
    // Some of each quote figures, so that a problem without them is seen.
    assert!(violations > 0 && warnings > 0, "{violations} {warnings}");
}
