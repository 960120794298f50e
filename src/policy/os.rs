//! The operating system of a target instance.

use super::Policy;

/// The operating system of an instance, as far as the password rules care.
///
/// Build it from `DescribeInstances`' `OsName` with [`Os::from_os_name`].
///
/// ```
/// use cvm_password::{Os, Policy};
///
/// let os = Os::from_os_name("Windows Server 2019 DataCenter 64bit");
/// assert_eq!(os, Os::Windows);
/// assert_eq!(os.policy(), Policy::WINDOWS);
/// assert_eq!(Os::from_os_name("Ubuntu Server 22.04 LTS 64bit").default_username(), "ubuntu");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Os {
    /// Any Linux other than Ubuntu: Linux rules, default user `root`.
    Linux,
    /// Ubuntu: Linux rules, default user `ubuntu`.
    Ubuntu,
    /// Windows: Windows rules, default user `Administrator`.
    Windows,
    /// An OS the caller does not know. It gets the Windows rules, the
    /// strictest, so that whatever is accepted is accepted on every OS.
    Unknown,
}

impl Os {
    /// Every OS, in the order of [`Os::name`]'s table: the one list every
    /// front end parses and prints OS names from.
    pub const ALL: [Os; 4] = [Os::Linux, Os::Ubuntu, Os::Windows, Os::Unknown];

    /// The OS [`Os::name`] calls `name`, ASCII case aside, as a language
    /// tag is read: `linux`, `ubuntu`, `windows` or `unknown`.
    /// (`DescribeInstances`' `OsName`, a description such as `Ubuntu Server
    /// 22.04`, goes to [`Os::from_os_name`] instead.)
    ///
    /// ```
    /// use cvm_password::Os;
    ///
    /// assert_eq!(Os::from_name("ubuntu"), Some(Os::Ubuntu));
    /// assert_eq!(Os::from_name("Windows"), Some(Os::Windows));
    /// assert_eq!(Os::from_name("win"), None);
    /// assert!(Os::ALL.iter().all(|os| Os::from_name(os.name()) == Some(*os)));
    /// ```
    pub fn from_name(name: &str) -> Option<Os> {
        Os::ALL
            .into_iter()
            .find(|os| os.name().eq_ignore_ascii_case(name))
    }

    /// The OS that `DescribeInstances` reports as `OsName`.
    ///
    /// A name starting with `Windows`, in any case, is [`Os::Windows`]; one
    /// starting with `Ubuntu` is [`Os::Ubuntu`]; every other name is
    /// [`Os::Linux`], as the vendor's rules have only two families. Leading
    /// white space is skipped. An empty name says nothing about the OS and
    /// gives [`Os::Unknown`].
    ///
    /// ```
    /// use cvm_password::Os;
    ///
    /// assert_eq!(Os::from_os_name("WINDOWS Server 2022"), Os::Windows);
    /// assert_eq!(Os::from_os_name("TencentOS Server 3.1 (TK4)"), Os::Linux);
    /// assert_eq!(Os::from_os_name("ubuntu 20.04"), Os::Ubuntu);
    /// assert_eq!(Os::from_os_name(""), Os::Unknown);
    /// ```
    pub fn from_os_name(os_name: &str) -> Os {
        let name = os_name.trim_start().as_bytes();
        let starts_with = |prefix: &[u8]| {
            name.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        };
        if name.is_empty() {
            Os::Unknown
        } else if starts_with(b"windows") {
            Os::Windows
        } else if starts_with(b"ubuntu") {
            Os::Ubuntu
        } else {
            Os::Linux
        }
    }

    /// Whether a batch of `targets` follows the Windows rules: when one of
    /// them [`is_windows`](Os::is_windows), or there is none.
    pub fn mix_is_windows<I: IntoIterator<Item = Os>>(targets: I) -> bool {
        let mut any = false;
        for os in targets {
            if os.is_windows() {
                return true;
            }
            any = true;
        }
        !any
    }

    /// Whether the Windows rules apply: Windows itself, and an unknown OS.
    pub const fn is_windows(self) -> bool {
        matches!(self, Os::Windows | Os::Unknown)
    }

    /// The administrator whose password `ResetInstancesPassword` resets when
    /// the request gives no `UserName`: `root`, `ubuntu` or `Administrator`.
    /// An unknown OS is taken to be Windows.
    pub const fn default_username(self) -> &'static str {
        match self {
            Os::Linux => "root",
            Os::Ubuntu => "ubuntu",
            Os::Windows | Os::Unknown => "Administrator",
        }
    }

    /// The password policy of this OS: [`Policy::WINDOWS`] where
    /// [`Os::is_windows`], else [`Policy::LINUX`].
    pub const fn policy(self) -> Policy {
        if self.is_windows() {
            Policy::WINDOWS
        } else {
            Policy::LINUX
        }
    }

    /// A stable lowercase name: `linux`, `ubuntu`, `windows` or `unknown`.
    pub const fn name(self) -> &'static str {
        match self {
            Os::Linux => "linux",
            Os::Ubuntu => "ubuntu",
            Os::Windows => "windows",
            Os::Unknown => "unknown",
        }
    }
}
