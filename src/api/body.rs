//! What the pre-flight reads of an API's request body: its documented
//! top-level parameters, and what the API says of its login settings.

/// The request body of an API whose body the pre-flight reads.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Body {
    /// The top-level parameters its reference documents, in its order;
    /// `Region`, a common parameter, is taken besides.
    pub(crate) parameters: &'static [&'static str],
    /// Its login settings, for an API that creates or reinstalls instances.
    pub(crate) login: Option<LoginRules>,
}

/// How an API names its login settings, and what its reference and the
/// vendor's Go SDK (the codes above each API's function) say of them.
/// Where the SDK lists no code tied to a rule, none is given: a guess
/// would be worse than nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct LoginRules {
    pub(crate) object: LoginObject,
    /// The code of two ways in at once.
    pub(crate) conflict: &'static str,
    /// The code of keys for a Windows instance, where the API lists one.
    pub(crate) keys_on_windows: Option<&'static str>,
    /// The most keys the reference allows, where it says.
    pub(crate) max_keys: Option<usize>,
    /// Whether it refuses `AutoGeneratePassword` `YES`.
    pub(crate) refuses_auto_generate: bool,
    /// Whether it also lists a code refusing a password for a Linux
    /// instance at creation.
    pub(crate) disputes_linux_password: bool,
}

/// The object that holds the login settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum LoginObject {
    /// `LoginSettings` (CVM, Auto Scaling): `Password`, `KeyIds`,
    /// `KeepImageLogin`.
    Settings,
    /// `LoginConfiguration` (Lighthouse): `AutoGeneratePassword`,
    /// `Password`, `KeyIds`.
    Configuration,
}

// Read by the JSON body reader only.
#[cfg_attr(not(feature = "json"), allow(dead_code))]
impl LoginObject {
    /// Its name in the request.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            LoginObject::Settings => "LoginSettings",
            LoginObject::Configuration => "LoginConfiguration",
        }
    }

    /// The members it takes, in the reference's order.
    pub(crate) const fn members(self) -> &'static [&'static str] {
        match self {
            LoginObject::Settings => &["Password", "KeyIds", "KeepImageLogin"],
            LoginObject::Configuration => &["AutoGeneratePassword", "Password", "KeyIds"],
        }
    }
}
