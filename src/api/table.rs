//! The table of APIs: each one's family, sources and disputes. Written
//! from the pinned metadata (`tccli` 3.1.189.1) by reading each rule text;
//! `scripts/vendor-check.py` checks every fingerprint and that every
//! OS-login password parameter is here, mapped or unmapped.

use super::body::{Body, LoginObject, LoginRules};
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

// Family Reset (A), and LighthouseLogin (B): the presets.
const RESET_LINUX: Policy = Policy::LINUX;
const RESET_WINDOWS: Policy = Policy::WINDOWS;
/// HAI's text states one rule for every instance, Linux's.
const HAI: Policy = Policy::LINUX;

// Family CvmLogin (C), and AutoScaling (D): the references say 2 of 4 on Linux and 27 specials,
// and nothing of `/` or the username.
const CVM_LOGIN_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_required_categories(2)
        .with_specials(C27)
        .with_leading_slash_banned(false),
);
const CVM_LOGIN_WINDOWS: Policy = Policy::WINDOWS
    .with_specials(C27)
    .with_leading_slash_banned(false)
    .with_username_banned(false);
/// dbdc's text is C's, but its markup swallows the backtick: 26 as written.
const DBDC_LINUX: Policy = CVM_LOGIN_LINUX.with_specials(C27.without('`'));
const DBDC_WINDOWS: Policy = CVM_LOGIN_WINDOWS.with_specials(C27.without('`'));

// Family Batch (E): 8 to 16 on Linux, letters as one class; 12 to 16 on
// Windows, without `|` among its 26 specials.
const BATCH_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2)
        .with_specials(C27)
        .with_leading_slash_banned(false),
);
const BATCH_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_specials(C27.without('|'))
    .with_leading_slash_banned(false)
    .with_username_banned(false);

// Family EcmReset (F): as E for lengths and classes, no leading `/`. Its
// list writes `~` twice where the others have the backtick: as written,
// 29 specials; read as meant, the 30.
const ECM_RESET_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2),
);
const ECM_RESET_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_username_banned(false);
const ECM_RESET_LINUX_AS_WRITTEN: Policy =
    ECM_RESET_LINUX.with_specials(Specials::CVM.without('`'));
const ECM_RESET_WINDOWS_AS_WRITTEN: Policy =
    ECM_RESET_WINDOWS.with_specials(Specials::CVM.without('`'));

// Family EcmCreate (G): C's rules, without `*`.
const ECM_CREATE_LINUX: Policy = CVM_LOGIN_LINUX.with_specials(C27.without('*'));
const ECM_CREATE_WINDOWS: Policy = CVM_LOGIN_WINDOWS.with_specials(C27.without('*'));

// Family BareMetal (H): 8 to 16 on Linux, letters as one class; 12 to 16
// on Windows, and never `Administrator` (the API takes no UserName, so the
// username rule looks for the default administrator).
const BARE_METAL_LINUX: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_letters_as_one(true)
        .with_required_categories(2)
        .with_leading_slash_banned(false),
);
const BARE_METAL_WINDOWS: Policy = Policy::WINDOWS
    .with_max_length(16)
    .with_leading_slash_banned(false);

// Family Emr (I): 8 to 16, all four categories, only `! @ % ^ *`, and none
// of them first; whatever the OS.
const EMR_SPECIALS: Specials = Specials::from_ascii("!@%^*");
const EMR_BOTH: Policy = unrecommended(
    Policy::LINUX
        .with_max_length(16)
        .with_required_categories(4)
        .with_specials(EMR_SPECIALS)
        .with_first_banned(EMR_SPECIALS.alphabet()),
);

/// Each set of rules a source states, Linux's then Windows': a static
/// each, which every source stating it refers to, so the table holds each
/// policy once (65 sources state 10 sets).
static RESET_RULES: [Policy; 2] = [RESET_LINUX, RESET_WINDOWS];
static HAI_RULES: [Policy; 2] = [HAI, HAI];
static CVM_LOGIN_RULES: [Policy; 2] = [CVM_LOGIN_LINUX, CVM_LOGIN_WINDOWS];
static DBDC_RULES: [Policy; 2] = [DBDC_LINUX, DBDC_WINDOWS];
static BATCH_RULES: [Policy; 2] = [BATCH_LINUX, BATCH_WINDOWS];
static ECM_RESET_RULES: [Policy; 2] = [ECM_RESET_LINUX, ECM_RESET_WINDOWS];
static ECM_RESET_AS_WRITTEN_RULES: [Policy; 2] =
    [ECM_RESET_LINUX_AS_WRITTEN, ECM_RESET_WINDOWS_AS_WRITTEN];
static ECM_CREATE_RULES: [Policy; 2] = [ECM_CREATE_LINUX, ECM_CREATE_WINDOWS];
static BARE_METAL_RULES: [Policy; 2] = [BARE_METAL_LINUX, BARE_METAL_WINDOWS];
static EMR_RULES: [Policy; 2] = [EMR_BOTH, EMR_BOTH];

/// The vendor's general page on CVM login passwords, which gives one rule
/// for every CVM password, the one set at creation included.
const PAGE_LABEL: &str = "the CVM login password page (document 213/17008, 2024-01-08)";
const PAGE: Citation = Citation::page("tencentcloud.com document 213/17008, updated 2024-01-08");

/// How messages name an API's reference: `the {name} reference (tccli
/// 3.1.189.1)`, from the name the entry also gives (a test checks that
/// each reference names its API).
macro_rules! reference {
    ($name:literal) => {
        concat!("the ", $name, " reference (tccli 3.1.189.1)")
    };
}

/// The four rules a launch-side reference (families `CvmLogin` and
/// `AutoScaling`) and the CVM login password page disagree on: the page
/// refuses a leading `/`, too few of 4 categories and the username, the
/// reference its 3 missing specials.
macro_rules! disputed_with_page {
    ($name:literal) => {
        &[
            Dispute::new("leading_slash", PAGE_LABEL, reference!($name)),
            Dispute::new("too_few_categories", PAGE_LABEL, reference!($name)),
            Dispute::new("disallowed_character", reference!($name), PAGE_LABEL),
            Dispute::new("contains_username", PAGE_LABEL, reference!($name)),
        ]
    };
}

/// Every mapped API: `cvm:ResetInstancesPassword` first (`Api::DEFAULT`),
/// then by family and name; for the APIs whose request body the
/// pre-flight reads, that body's parameters and login settings, from the
/// pinned metadata (the input members of each action in `api.json`) and
/// the vendor's Go SDK (the codes above each API's function), which
/// `scripts/vendor-check.py` compares. A `static`, so that every crate
/// using it shares one copy.
#[rustfmt::skip]
pub(super) static APIS: [Api; 40] = [
    Api {
        name: "cvm:ResetInstancesPassword",
        family: Family::Reset,
        mix: Mix::Windows,
        takes_username: true,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("cvm:ResetInstancesPassword"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "ResetInstancesPassword Password", "f5ebbbd6bed480e49006e8d4cefd9e5e71d0cac90fb652afe7146ae2a7467f5a"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: Some(&Body {
            parameters: &[
                "InstanceIds", "Password", "UserName", "ForceStop",
            ],
            login: None,
        }),
    },
    Api {
        name: "bdrc:CreateInstanceCopyPair",
        family: Family::Reset,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("bdrc:CreateInstanceCopyPair"),
                Citation::metadata("tccli/services/bdrc/v20260330/api.json", "CreateInstanceCopyPair CreateTargetInstanceParameters.LoginSettings.Password", "be329c8166b08057c11a2df849c1407f77af7eedafc0827fe7f4f3c99c66a1ac"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "bdrc:CreateInstanceDrillPairs",
        family: Family::Reset,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("bdrc:CreateInstanceDrillPairs"),
                Citation::metadata("tccli/services/bdrc/v20260330/api.json", "CreateInstanceDrillPairs CreateTargetInstanceParameters.LoginSettings.Password", "be329c8166b08057c11a2df849c1407f77af7eedafc0827fe7f4f3c99c66a1ac"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "hai:ResetInstancesPassword",
        family: Family::Reset,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("hai:ResetInstancesPassword"),
                Citation::metadata("tccli/services/hai/v20230812/api.json", "ResetInstancesPassword Password", "8080be6662b84142adb41114ef6f5b423d2e15979b4363979e3324ed85983dea"),
                &HAI_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "lighthouse:ResetInstancesPassword",
        family: Family::Reset,
        mix: Mix::Windows,
        takes_username: true,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("lighthouse:ResetInstancesPassword"),
                Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "ResetInstancesPassword Password", "34bd404456cb548d8d573d7311597d10c514e1ae94af11257b95a263fbd74586"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "lighthouse:CreateInstances",
        family: Family::LighthouseLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("lighthouse:CreateInstances"),
                Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "CreateInstances LoginConfiguration.Password", "9b9fb42cf1ce1ab8ab6ff5b705f550a5f7334f1d681683298978a7698abc06a5"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: Some(&Body {
            parameters: &[
                "BundleId", "BlueprintId", "InstanceChargePrepaid", "InstanceName",
                "InstanceCount", "Zones", "DryRun", "ClientToken", "LoginConfiguration",
                "Containers", "AutoVoucher", "FirewallTemplateId", "Tags", "InitCommand",
                "DomainName", "Subdomain",
            ],
            login: Some(LoginRules {
                object: LoginObject::Configuration,
                conflict: "InvalidParameterValue.InvalidParameterCombination",
                keys_on_windows: None,
                max_keys: Some(5),
                refuses_auto_generate: false,
                disputes_linux_password: true,
            }),
        }),
    },
    Api {
        name: "lighthouse:ResetInstance",
        family: Family::LighthouseLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("lighthouse:ResetInstance"),
                Citation::metadata("tccli/services/lighthouse/v20200324/api.json", "ResetInstance LoginConfiguration.Password", "9b9fb42cf1ce1ab8ab6ff5b705f550a5f7334f1d681683298978a7698abc06a5"),
                &RESET_RULES,
            ),
        ],
        disputes: &[],
        body: Some(&Body {
            parameters: &[
                "InstanceId", "BlueprintId", "Containers", "LoginConfiguration",
            ],
            login: Some(LoginRules {
                object: LoginObject::Configuration,
                conflict: "InvalidParameterValue.InvalidParameterCombination",
                keys_on_windows: None,
                max_keys: Some(5),
                refuses_auto_generate: true,
                disputes_linux_password: false,
            }),
        }),
    },
    Api {
        name: "cvm:CreateLaunchTemplate",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("cvm:CreateLaunchTemplate"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "CreateLaunchTemplate LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:CreateLaunchTemplate"),
        body: Some(&Body {
            parameters: &[
                "LaunchTemplateName", "Placement", "ImageId", "LaunchTemplateVersionDescription",
                "InstanceType", "SystemDisk", "DataDisks", "VirtualPrivateCloud",
                "InternetAccessible", "InstanceCount", "InstanceName", "LoginSettings",
                "SecurityGroupIds", "EnhancedService", "ClientToken", "HostName", "ActionTimer",
                "DisasterRecoverGroupIds", "TagSpecification", "InstanceMarketOptions", "UserData",
                "DryRun", "CamRoleName", "HpcClusterId", "InstanceChargeType",
                "InstanceChargePrepaid", "DisableApiTermination", "EnableJumboFrame",
                "LaunchTemplateTagSpecification", "Metadata", "TemplateDataModifyAction",
                "NetworkInterfaces",
            ],
            login: Some(LoginRules {
                object: LoginObject::Settings,
                conflict: "InvalidParameterCombination",
                keys_on_windows: Some("UnsupportedOperation.KeyPairUnsupportedWindows"),
                max_keys: None,
                refuses_auto_generate: false,
                disputes_linux_password: false,
            }),
        }),
    },
    Api {
        name: "cvm:CreateLaunchTemplateVersion",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidPassword"),
        sources: &[
            Source::new(
                reference!("cvm:CreateLaunchTemplateVersion"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "CreateLaunchTemplateVersion LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:CreateLaunchTemplateVersion"),
        body: None,
    },
    Api {
        name: "cvm:EnterRescueMode",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("cvm:EnterRescueMode"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "EnterRescueMode Password", "7fa755d55d78018fec0e5db9348001759e004f31825df6f11b8e152451b65e26"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:EnterRescueMode"),
        body: None,
    },
    Api {
        name: "cvm:InquiryPriceResetInstance",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("cvm:InquiryPriceResetInstance"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "InquiryPriceResetInstance LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:InquiryPriceResetInstance"),
        body: None,
    },
    Api {
        name: "cvm:InquiryPriceRunInstances",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidPassword"),
        sources: &[
            Source::new(
                reference!("cvm:InquiryPriceRunInstances"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "InquiryPriceRunInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:InquiryPriceRunInstances"),
        body: None,
    },
    Api {
        name: "cvm:ResetInstance",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("cvm:ResetInstance"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "ResetInstance LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:ResetInstance"),
        body: Some(&Body {
            parameters: &[
                "InstanceId", "ImageId", "SystemDisk", "LoginSettings", "EnhancedService",
                "HostName", "UserData",
            ],
            login: Some(LoginRules {
                object: LoginObject::Settings,
                conflict: "InvalidParameter.ParameterConflict",
                keys_on_windows: Some("UnsupportedOperation.KeyPairUnsupportedWindows"),
                max_keys: None,
                refuses_auto_generate: false,
                disputes_linux_password: false,
            }),
        }),
    },
    Api {
        name: "cvm:RunInstances",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some(INVALID_PASSWORD),
        sources: &[
            Source::new(
                reference!("cvm:RunInstances"),
                Citation::metadata("tccli/services/cvm/v20170312/api.json", "RunInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("cvm:RunInstances"),
        body: Some(&Body {
            parameters: &[
                "InstanceChargeType", "InstanceChargePrepaid", "Placement", "InstanceType",
                "ImageId", "SystemDisk", "DataDisks", "VirtualPrivateCloud", "InternetAccessible",
                "InstanceCount", "MinCount", "InstanceName", "LoginSettings", "SecurityGroupIds",
                "EnhancedService", "ClientToken", "HostName", "ActionTimer",
                "DisasterRecoverGroupIds", "TagSpecification", "InstanceMarketOptions", "UserData",
                "Metadata", "DryRun", "CpuTopology", "CamRoleName", "HpcClusterId",
                "LaunchTemplate", "DedicatedClusterId", "ChcIds", "PartitionNumber",
                "DisableApiTermination", "EnableJumboFrame", "NetworkInterfaces",
            ],
            login: Some(LoginRules {
                object: LoginObject::Settings,
                conflict: "InvalidParameterCombination",
                keys_on_windows: Some("UnsupportedOperation.KeyPairUnsupportedWindows"),
                max_keys: None,
                refuses_auto_generate: false,
                disputes_linux_password: false,
            }),
        }),
    },
    Api {
        name: "dbdc:AddNodesToDBCustomCluster",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("dbdc:AddNodesToDBCustomCluster"),
                Citation::metadata("tccli/services/dbdc/v20201029/api.json", "AddNodesToDBCustomCluster LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"),
                &DBDC_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("dbdc:AddNodesToDBCustomCluster"),
        body: None,
    },
    Api {
        name: "dbdc:CreateDBCustomNodes",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("dbdc:CreateDBCustomNodes"),
                Citation::metadata("tccli/services/dbdc/v20201029/api.json", "CreateDBCustomNodes LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"),
                &DBDC_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("dbdc:CreateDBCustomNodes"),
        body: None,
    },
    Api {
        name: "dbdc:RemoveNodesFromDBCustomCluster",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("dbdc:RemoveNodesFromDBCustomCluster"),
                Citation::metadata("tccli/services/dbdc/v20201029/api.json", "RemoveNodesFromDBCustomCluster LoginSettings.Password", "7ad57e03cba93020cd1c17d3ad78cb67af885f22a38019e0230718c1216046fc"),
                &DBDC_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("dbdc:RemoveNodesFromDBCustomCluster"),
        body: None,
    },
    Api {
        name: "thpc:AddNodes",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("thpc:AddNodes"),
                Citation::metadata("tccli/services/thpc/v20220401/api.json", "AddNodes LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(
                reference!("thpc:AddNodes"),
                Citation::metadata("tccli/services/thpc/v20230321/api.json", "AddNodes LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("thpc:AddNodes"),
        body: None,
    },
    Api {
        name: "thpc:CreateCluster",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("thpc:CreateCluster"),
                Citation::metadata("tccli/services/thpc/v20211109/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(
                reference!("thpc:CreateCluster"),
                Citation::metadata("tccli/services/thpc/v20220401/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(
                reference!("thpc:CreateCluster"),
                Citation::metadata("tccli/services/thpc/v20230321/api.json", "CreateCluster LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("thpc:CreateCluster"),
        body: None,
    },
    Api {
        name: "thpc:CreateWorkspaces",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("thpc:CreateWorkspaces"),
                Citation::metadata("tccli/services/thpc/v20230321/api.json", "CreateWorkspaces LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("thpc:CreateWorkspaces"),
        body: None,
    },
    Api {
        name: "thpc:InquirePriceCreateWorkspaces",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("thpc:InquirePriceCreateWorkspaces"),
                Citation::metadata("tccli/services/thpc/v20230321/api.json", "InquirePriceCreateWorkspaces LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("thpc:InquirePriceCreateWorkspaces"),
        body: None,
    },
    Api {
        name: "tke:AddExistedInstances",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("tke:AddExistedInstances"),
                Citation::metadata("tccli/services/tke/v20180525/api.json", "AddExistedInstances LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("tke:AddExistedInstances"),
        body: None,
    },
    Api {
        name: "tke:CreateCluster",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("tke:CreateCluster"),
                Citation::metadata("tccli/services/tke/v20180525/api.json", "CreateCluster ExistedInstancesForNode.ExistedInstancesPara.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("tke:CreateCluster"),
        body: None,
    },
    Api {
        name: "tke:ScaleOutClusterMaster",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("tke:ScaleOutClusterMaster"),
                Citation::metadata("tccli/services/tke/v20180525/api.json", "ScaleOutClusterMaster ExistedInstancesForNode.ExistedInstancesPara.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("tke:ScaleOutClusterMaster"),
        body: None,
    },
    Api {
        name: "tke:UpgradeClusterInstances",
        family: Family::CvmLogin,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("tke:UpgradeClusterInstances"),
                Citation::metadata("tccli/services/tke/v20180525/api.json", "UpgradeClusterInstances ResetParam.LoginSettings.Password", "edff5225251b428401601d9600595ee16eee100aa86e6b8d37025ff2e0ec512f"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("tke:UpgradeClusterInstances"),
        body: None,
    },
    Api {
        name: "as:CreateLaunchConfiguration",
        family: Family::AutoScaling,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("as:CreateLaunchConfiguration"),
                Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "CreateLaunchConfiguration LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("as:CreateLaunchConfiguration"),
        body: Some(&Body {
            parameters: &[
                "LaunchConfigurationName", "ImageId", "ProjectId", "InstanceType", "SystemDisk",
                "DataDisks", "InternetAccessible", "LoginSettings", "SecurityGroupIds",
                "EnhancedService", "UserData", "InstanceChargeType", "InstanceMarketOptions",
                "InstanceTypes", "CamRoleName", "InstanceTypesCheckPolicy", "InstanceTags", "Tags",
                "HostNameSettings", "InstanceNameSettings", "InstanceChargePrepaid",
                "DiskTypePolicy", "HpcClusterId", "IPv6InternetAccessible",
                "DisasterRecoverGroupIds", "ImageFamily", "DedicatedClusterId", "Metadata",
                "NetworkInterfaces",
            ],
            login: Some(LoginRules {
                object: LoginObject::Settings,
                conflict: "InvalidParameter.Conflict",
                keys_on_windows: None,
                max_keys: Some(1),
                refuses_auto_generate: false,
                disputes_linux_password: false,
            }),
        }),
    },
    Api {
        name: "as:ModifyLaunchConfigurationAttributes",
        family: Family::AutoScaling,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("as:ModifyLaunchConfigurationAttributes"),
                Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "ModifyLaunchConfigurationAttributes LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("as:ModifyLaunchConfigurationAttributes"),
        body: None,
    },
    Api {
        name: "as:UpgradeLaunchConfiguration",
        family: Family::AutoScaling,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("as:UpgradeLaunchConfiguration"),
                Citation::metadata("tccli/services/autoscaling/v20180419/api.json", "UpgradeLaunchConfiguration LoginSettings.Password", "b43cb622bf855e097f016bd3342dba8ee495bce5f404db876aa5b4fef10a5c2d"),
                &CVM_LOGIN_RULES,
            ),
            Source::new(PAGE_LABEL, PAGE, &RESET_RULES),
        ],
        disputes: disputed_with_page!("as:UpgradeLaunchConfiguration"),
        body: None,
    },
    Api {
        name: "batch:AttachInstances",
        family: Family::Batch,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("batch:AttachInstances"),
                Citation::metadata("tccli/services/batch/v20170312/api.json", "AttachInstances Instances.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"),
                &BATCH_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "batch:CreateComputeEnv",
        family: Family::Batch,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("batch:CreateComputeEnv"),
                Citation::metadata("tccli/services/batch/v20170312/api.json", "CreateComputeEnv ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"),
                &BATCH_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "batch:CreateTaskTemplate",
        family: Family::Batch,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("batch:CreateTaskTemplate"),
                Citation::metadata("tccli/services/batch/v20170312/api.json", "CreateTaskTemplate TaskTemplateInfo.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"),
                &BATCH_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "batch:ModifyTaskTemplate",
        family: Family::Batch,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("batch:ModifyTaskTemplate"),
                Citation::metadata("tccli/services/batch/v20170312/api.json", "ModifyTaskTemplate TaskTemplateInfo.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"),
                &BATCH_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "batch:SubmitJob",
        family: Family::Batch,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("batch:SubmitJob"),
                Citation::metadata("tccli/services/batch/v20170312/api.json", "SubmitJob Job.Tasks.ComputeEnv.EnvData.LoginSettings.Password", "369c051c4c3c260433c19bd8f5bacfc8e582a3c1011a9eba048d4acb6055bd4b"),
                &BATCH_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "ecm:ResetInstancesPassword",
        family: Family::EcmReset,
        mix: Mix::Windows,
        takes_username: true,
        password_error_code: Some("InvalidParameterValue.InvaildPassword"),
        sources: &[
            Source::new(
                "the ecm:ResetInstancesPassword reference as written (tccli 3.1.189.1)",
                Citation::metadata("tccli/services/ecm/v20190719/api.json", "ResetInstancesPassword Password", "d61bafbda4082126495483516f45576788e2fd1afd1bd93fb3e1bdec4cd3006b"),
                &ECM_RESET_AS_WRITTEN_RULES,
            ),
            Source::new(
                "the ecm:ResetInstancesPassword reference read with its doubled `~` as the backtick",
                Citation::metadata("tccli/services/ecm/v20190719/api.json", "ResetInstancesPassword Password", "d61bafbda4082126495483516f45576788e2fd1afd1bd93fb3e1bdec4cd3006b"),
                &ECM_RESET_RULES,
            ),
        ],
        disputes: &[
            Dispute::new("disallowed_character", "the ecm:ResetInstancesPassword reference as written (tccli 3.1.189.1)", "the same read with its doubled `~` as the backtick"),
        ],
        body: None,
    },
    Api {
        name: "ecm:RunInstances",
        family: Family::EcmCreate,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidParameterValue.InvaildPassword"),
        sources: &[
            Source::new(
                reference!("ecm:RunInstances"),
                Citation::metadata("tccli/services/ecm/v20190719/api.json", "RunInstances Password", "bc57d9ce2fb83ddc95ea04404ff14f288ceb666eeb83c69d5f0eb2c3dc79aaf6"),
                &ECM_CREATE_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "bm:ReloadDeviceOs",
        family: Family::BareMetal,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("bm:ReloadDeviceOs"),
                Citation::metadata("tccli/services/bm/v20180423/api.json", "ReloadDeviceOs Password", "2a69b9bdd07f9bc70386de04b9a953f31a1f81e5202e4543c79ff0f8acd5927e"),
                &BARE_METAL_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "emr:CreateCloudInstance",
        family: Family::Emr,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidParameter.InvalidPassword"),
        sources: &[
            Source::new(
                reference!("emr:CreateCloudInstance"),
                Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateCloudInstance LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"),
                &EMR_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "emr:CreateCluster",
        family: Family::Emr,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidParameter.InvalidPassword"),
        sources: &[
            Source::new(
                reference!("emr:CreateCluster"),
                Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateCluster LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"),
                &EMR_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "emr:CreateInstance",
        family: Family::Emr,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: Some("InvalidParameter.InvalidPassword"),
        sources: &[
            Source::new(
                reference!("emr:CreateInstance"),
                Citation::metadata("tccli/services/emr/v20190103/api.json", "CreateInstance LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"),
                &EMR_RULES,
            ),
        ],
        disputes: &[],
        body: None,
    },
    Api {
        name: "emr:RunJobFlow",
        family: Family::Emr,
        mix: Mix::Strictest,
        takes_username: false,
        password_error_code: None,
        sources: &[
            Source::new(
                reference!("emr:RunJobFlow"),
                Citation::metadata("tccli/services/emr/v20190103/api.json", "RunJobFlow Instance.LoginSettings.Password", "542af97541256f42ac5c3a188e1de47298eeb7cd14f8b97c06855f8c74e1119c"),
                &EMR_RULES,
            ),
        ],
        disputes: &[],
        body: None,
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
