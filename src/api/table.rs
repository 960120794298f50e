//! The table of APIs: each one's family, sources and disputes. Written
//! from the pinned metadata (`tccli` 3.1.189.1) by reading each rule text;
//! `scripts/vendor-check.py` checks every fingerprint and that every
//! OS-login password parameter is here, mapped or unmapped.

use super::source::{Citation, Source, Unmapped};
use super::{Api, Family, Mix};
use crate::policy::{Dispute, Policy, Specials, INVALID_PASSWORD};

/// The 27 specials of the launch-side references: the 30 without `_ < >`.
const C27: Specials = Specials::CVM.without('_').without('<').without('>');

/// A rule text that states no rule for the OS given: no recommendation
/// beyond the minimum.
const fn unrecommended(policy: Policy) -> Policy {
    policy.with_recommended_min_length(policy.min_length())
}

// Family A (and B): the presets.
const A_LINUX: Policy = Policy::LINUX;
const A_WINDOWS: Policy = Policy::WINDOWS;
/// HAI's text states one rule for every instance, Linux's.
const HAI: Policy = Policy::LINUX;

// Family C (and D): the references say 2 of 4 on Linux and 27 specials,
// and nothing of `/` or the username.
const C_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_required_categories(2)
        .with_specials(C27)
        .with_leading_slash_banned(false),
);
const C_WINDOWS: Policy = Policy::WINDOWS
    .with_specials(C27)
    .with_leading_slash_banned(false)
    .with_username_banned(false);
/// dbdc's text is C's, but its markup swallows the backtick: 26 as written.
const DBDC_LINUX: Policy = C_LINUX.with_specials(C27.without('`'));
const DBDC_WINDOWS: Policy = C_WINDOWS.with_specials(C27.without('`'));

// Family E, Batch: 8 to 16 on Linux, letters as one class; 12 to 16 on
// Windows, without `|` among its 26 specials.
const E_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2)
        .with_specials(C27)
        .with_leading_slash_banned(false),
);
const E_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_specials(C27.without('|'))
    .with_leading_slash_banned(false)
    .with_username_banned(false);

// Family F, ECM's reset: as E for lengths and classes, no leading `/`. Its
// list writes `~` twice where the others have the backtick: as written,
// 29 specials; read as meant, the 30.
const F_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2),
);
const F_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_username_banned(false);
const F_LINUX_AS_WRITTEN: Policy = F_LINUX.with_specials(Specials::CVM.without('`'));
const F_WINDOWS_AS_WRITTEN: Policy = F_WINDOWS.with_specials(Specials::CVM.without('`'));

// Family G, ECM's creation: C's rules, without `*`.
const G_LINUX: Policy = C_LINUX.with_specials(C27.without('*'));
const G_WINDOWS: Policy = C_WINDOWS.with_specials(C27.without('*'));

// Family H, bare metal: 8 to 16 on Linux, letters as one class; 12 to 16
// on Windows, and never `Administrator` (the API takes no UserName, so the
// username rule looks for the default administrator).
const H_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2)
        .with_leading_slash_banned(false),
);
const H_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_leading_slash_banned(false);

// Family I, EMR: 8 to 16, all four categories, only `! @ % ^ *`, and none
// of them first; whatever the OS.
const EMR_SPECIALS: Specials = Specials::from_ascii("!@%^*");
const I_BOTH: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_required_categories(4)
        .with_specials(EMR_SPECIALS)
        .with_first_banned(EMR_SPECIALS.alphabet()),
);

/// Each set of rules a source states, Linux's then Windows': a static
/// each, which every source stating it refers to, so the table holds each
/// policy once (65 sources state 10 sets).
static A_RULES: [Policy; 2] = [A_LINUX, A_WINDOWS];
static HAI_RULES: [Policy; 2] = [HAI, HAI];
static C_RULES: [Policy; 2] = [C_LINUX, C_WINDOWS];
static DBDC_RULES: [Policy; 2] = [DBDC_LINUX, DBDC_WINDOWS];
static E_RULES: [Policy; 2] = [E_LINUX, E_WINDOWS];
static F_RULES: [Policy; 2] = [F_LINUX, F_WINDOWS];
static F_AS_WRITTEN_RULES: [Policy; 2] = [F_LINUX_AS_WRITTEN, F_WINDOWS_AS_WRITTEN];
static G_RULES: [Policy; 2] = [G_LINUX, G_WINDOWS];
static H_RULES: [Policy; 2] = [H_LINUX, H_WINDOWS];
static I_RULES: [Policy; 2] = [I_BOTH, I_BOTH];

/// The vendor's general page on CVM login passwords, which gives one rule
/// for every CVM password, the one set at creation included.
const PAGE_LABEL: &str = "the CVM login password page (document 213/17008, 2024-01-08)";
const PAGE: Citation = Citation::page("tencentcloud.com document 213/17008, updated 2024-01-08");

/// The `service:Action` name in the label of its reference, `the {name}
/// reference (tccli 3.1.189.1)`: a part of the label rather than a string
/// of its own, so the table holds each name once. Evaluated when
/// compiling; a label of another shape would give an empty or wrong name,
/// which the tests, finding each API by its name, would report.
const fn name_in(label: &'static str) -> &'static str {
    const SUFFIX: &str = " reference (tccli 3.1.189.1)";
    let Some((_, rest)) = label.as_bytes().split_at_checked("the ".len()) else {
        return "";
    };
    let Some((name, _)) = rest.split_at_checked(rest.len().saturating_sub(SUFFIX.len())) else {
        return "";
    };
    match core::str::from_utf8(name) {
        Ok(name) => name,
        Err(_) => "",
    }
}

/// `cvm:ResetInstancesPassword`, the default.
const RESET: Api = Api {
    name: "cvm:ResetInstancesPassword",
    family: Family::A,
    mix: Mix::Windows,
    takes_username: true,
    password_error_code: Some(INVALID_PASSWORD),
    sources: &[Source::new(
        "the cvm:ResetInstancesPassword reference (tccli 3.1.189.1)",
        Citation::metadata(
            "tccli/services/cvm/v20170312/api.json",
            "ResetInstancesPassword Password",
            "f5ebbbd6bed480e49006e8d4cefd9e5e71d0cac90fb652afe7146ae2a7467f5a",
        ),
        &A_RULES,
    )],
    disputes: &[],
};

/// Every mapped API: `cvm:ResetInstancesPassword` first, then by family and
/// name. A `static`, so that every crate using it shares one copy.
pub(super) static APIS: [Api; 40] = [
    RESET,
    {
        const LABEL: &str = "the bdrc:CreateInstanceCopyPair reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::A,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/bdrc/v20260330/api.json", "CreateInstanceCopyPair CreateTargetInstanceParameters.LoginSettings.Password", "be329c8166b08057c11a2df849c1407f77af7eedafc0827fe7f4f3c99c66a1ac"), &A_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the bdrc:CreateInstanceDrillPairs reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::A,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/bdrc/v20260330/api.json", "CreateInstanceDrillPairs CreateTargetInstanceParameters.LoginSettings.Password", "be329c8166b08057c11a2df849c1407f77af7eedafc0827fe7f4f3c99c66a1ac"), &A_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the hai:ResetInstancesPassword reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::A,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/hai/v20230812/api.json", "ResetInstancesPassword Password", "8080be6662b84142adb41114ef6f5b423d2e15979b4363979e3324ed85983dea"), &HAI_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the lighthouse:ResetInstancesPassword reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::A,
            mix: Mix::Windows,
            takes_username: true,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "ResetInstancesPassword Password", "34bd404456cb548d8d573d7311597d10c514e1ae94af11257b95a263fbd74586"), &A_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the lighthouse:CreateInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::B,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "CreateInstances LoginConfiguration.Password", "9b9fb42cf1ce1ab8ab6ff5b705f550a5f7334f1d681683298978a7698abc06a5"), &A_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the lighthouse:ResetInstance reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::B,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "ResetInstance LoginConfiguration.Password", "9b9fb42cf1ce1ab8ab6ff5b705f550a5f7334f1d681683298978a7698abc06a5"), &A_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the cvm:CreateLaunchTemplate reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "CreateLaunchTemplate LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:CreateLaunchTemplateVersion reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "CreateLaunchTemplateVersion LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:EnterRescueMode reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "EnterRescueMode Password", "7fa755d55d78018fec0e5db9348001759e004f31825df6f11b8e152451b65e26"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:InquiryPriceResetInstance reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "InquiryPriceResetInstance LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:InquiryPriceRunInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "InquiryPriceRunInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:ResetInstance reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "ResetInstance LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the cvm:RunInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some(INVALID_PASSWORD),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/cvm/v20170312/api.json", "RunInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the dbdc:AddNodesToDBCustomCluster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/dbdc/v20201029/api.json", "AddNodesToDBCustomCluster LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"), &DBDC_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the dbdc:CreateDBCustomNodes reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/dbdc/v20201029/api.json", "CreateDBCustomNodes LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"), &DBDC_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the dbdc:RemoveNodesFromDBCustomCluster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/dbdc/v20201029/api.json", "RemoveNodesFromDBCustomCluster LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"), &DBDC_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the thpc:AddNodes reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20220401/api.json", "AddNodes LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20230321/api.json", "AddNodes LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the thpc:CreateCluster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20211109/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20220401/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20230321/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the thpc:CreateWorkspaces reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20230321/api.json", "CreateWorkspaces LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the thpc:InquirePriceCreateWorkspaces reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/thpc/v20230321/api.json", "InquirePriceCreateWorkspaces LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the tke:AddExistedInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/tke/v20180525/api.json", "AddExistedInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the tke:CreateCluster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/tke/v20180525/api.json", "CreateCluster ExistedInstancesForNode.ExistedInstancesPara.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the tke:ScaleOutClusterMaster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/tke/v20180525/api.json", "ScaleOutClusterMaster ExistedInstancesForNode.ExistedInstancesPara.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the tke:UpgradeClusterInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::C,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/tke/v20180525/api.json", "UpgradeClusterInstances ResetParam.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the as:CreateLaunchConfiguration reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::D,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "CreateLaunchConfiguration LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the as:ModifyLaunchConfigurationAttributes reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::D,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "ModifyLaunchConfigurationAttributes LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the as:UpgradeLaunchConfiguration reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::D,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "UpgradeLaunchConfiguration LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"), &C_RULES),
                Source::new(PAGE_LABEL, PAGE, &A_RULES),
            ],
            disputes: &[
                Dispute::new("leading_slash", PAGE_LABEL, LABEL),
                Dispute::new("too_few_categories", PAGE_LABEL, LABEL),
                Dispute::new("disallowed_character", LABEL, PAGE_LABEL),
                Dispute::new("contains_username", PAGE_LABEL, LABEL),
            ],
        }
    },
    {
        const LABEL: &str = "the batch:AttachInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::E,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/batch/v20170312/api.json", "AttachInstances Instances.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"), &E_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the batch:CreateComputeEnv reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::E,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/batch/v20170312/api.json", "CreateComputeEnv ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"), &E_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the batch:CreateTaskTemplate reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::E,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/batch/v20170312/api.json", "CreateTaskTemplate TaskTemplateInfo.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"), &E_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the batch:ModifyTaskTemplate reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::E,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/batch/v20170312/api.json", "ModifyTaskTemplate TaskTemplateInfo.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"), &E_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the batch:SubmitJob reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::E,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/batch/v20170312/api.json", "SubmitJob Job.Tasks.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"), &E_RULES),
            ],
            disputes: &[],
        }
    },
    Api {
        name: "ecm:ResetInstancesPassword",
        family: Family::F,
        mix: Mix::Windows,
        takes_username: true,
        password_error_code: Some("InvalidParameterValue.InvaildPassword"),
        sources: &[
            Source::new("the ecm:ResetInstancesPassword reference as written (tccli 3.1.189.1)", Citation::metadata("tccli/services/ecm/v20190719/api.json", "ResetInstancesPassword Password", "d61bafbda4082126495483516f45576788e2fd1afd1bd93fb3e1bdec4cd3006b"), &F_AS_WRITTEN_RULES),
            Source::new("the ecm:ResetInstancesPassword reference read with its doubled `~` as the backtick", Citation::metadata("tccli/services/ecm/v20190719/api.json", "ResetInstancesPassword Password", "d61bafbda4082126495483516f45576788e2fd1afd1bd93fb3e1bdec4cd3006b"), &F_RULES),
        ],
        disputes: &[Dispute::new("disallowed_character", "the ecm:ResetInstancesPassword reference as written (tccli 3.1.189.1)", "the same read with its doubled `~` as the backtick")],
    },
    {
        const LABEL: &str = "the ecm:RunInstances reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::G,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidParameterValue.InvaildPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/ecm/v20190719/api.json", "RunInstances Password", "bc57d9ce2fb83ddc95ea04404ff14f288ceb666eeb83c69d5f0eb2c3dc79aaf6"), &G_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the bm:ReloadDeviceOs reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::H,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/bm/v20180423/api.json", "ReloadDeviceOs Password", "2a69b9bdd07f9bc70386de04b9a953f31a1f81e5202e4543c79ff0f8acd5927e"), &H_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the emr:CreateCloudInstance reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::I,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidParameter.InvalidPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateCloudInstance LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"), &I_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the emr:CreateCluster reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::I,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidParameter.InvalidPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateCluster LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"), &I_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the emr:CreateInstance reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::I,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: Some("InvalidParameter.InvalidPassword"),
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateInstance LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"), &I_RULES),
            ],
            disputes: &[],
        }
    },
    {
        const LABEL: &str = "the emr:RunJobFlow reference (tccli 3.1.189.1)";
        Api {
            name: name_in(LABEL),
            family: Family::I,
            mix: Mix::Strictest,
            takes_username: false,
            password_error_code: None,
            sources: &[
                Source::new(LABEL, Citation::metadata("tccli/services/emr/v20190103/api.json", "RunJobFlow Instance.LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"), &I_RULES),
            ],
            disputes: &[],
        }
    },
];

/// Why a parameter is not mapped: its text only names it, or says a
/// password is generated when it is left out.
const NO_RULE: &str = "its text states no rule for the password";

/// The OS-login password parameters that state no rule.
pub(super) static UNMAPPED: [Unmapped; 10] = [
    Unmapped::new(
        "bm:BuyDevices",
        Citation::metadata(
            "tccli/services/bm/v20180423/api.json",
            "BuyDevices Password",
            "386fce05ff71e5f789ebbcd4208c0e0ba1c20638e0aab2c0aa961117da4b7d95",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "bm:CreateSpotDevice",
        Citation::metadata(
            "tccli/services/bm/v20180423/api.json",
            "CreateSpotDevice Passwd",
            "eab094e74a6dc1bb81862d7cdbda21b123edb95bb5a7ea8a4bb24c3009000164",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "bm:ResetDevicePassword",
        Citation::metadata(
            "tccli/services/bm/v20180423/api.json",
            "ResetDevicePassword Password",
            "515e9c7cf7b29c98495b13e5dc94b84d3d2f57a6310bad0cf618ed0ed6488b3b",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "ecm:ResetInstances",
        Citation::metadata(
            "tccli/services/ecm/v20190719/api.json",
            "ResetInstances Password",
            "f8e28a17d523c501ea4efba795a3f32318a39e55b0acde8aba8a80a28a3d0c84",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "edgezone:CreateInstances",
        Citation::metadata(
            "tccli/services/edgezone/v20260401/api.json",
            "CreateInstances Password",
            "9e2045cdef04d702518575d7bb32192a63d7b111b5cde5d6b12096983834b73e",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "tke:CreateECMInstances",
        Citation::metadata(
            "tccli/services/tke/v20180525/api.json",
            "CreateECMInstances Password",
            "a621ab606db2a11f63edc576a729843b8269250dc324206871d90635ac5e531c",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "tke:CreateNodePool",
        Citation::metadata(
            "tccli/services/tke/v20220501/api.json",
            "CreateNodePool Native.Password",
            "d13479641a3094c2ab5b2d17e9fde7ee3f704d899fb608e13a112bcd8ad16e4f",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "tke:ModifyNodePool",
        Citation::metadata(
            "tccli/services/tke/v20220501/api.json",
            "ModifyNodePool Native.Password",
            "d13479641a3094c2ab5b2d17e9fde7ee3f704d899fb608e13a112bcd8ad16e4f",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "tsf:AddClusterInstances",
        Citation::metadata(
            "tccli/services/tsf/v20180326/api.json",
            "AddClusterInstances Password",
            "119eccc6aef3cf36982f6447e08b664d3398072cb99e6ab80816681c3a2dfc85",
        ),
        NO_RULE,
    ),
    Unmapped::new(
        "tsf:AddInstances",
        Citation::metadata(
            "tccli/services/tsf/v20180326/api.json",
            "AddInstances Password",
            "119eccc6aef3cf36982f6447e08b664d3398072cb99e6ab80816681c3a2dfc85",
        ),
        NO_RULE,
    ),
];
