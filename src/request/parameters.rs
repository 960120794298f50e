//! The parameters of a `ResetInstancesPassword` request, borrowed.

use core::fmt;

/// The most instance ids one request may hold.
pub const MAX_INSTANCE_IDS: usize = 100;

/// The longest `UserName` the API takes, in characters (Unicode scalar
/// values, as password lengths are counted).
pub const MAX_USERNAME_LENGTH: usize = 64;

/// A `ResetInstancesPassword` request: `Region`, `InstanceIds`, `Password`,
/// `UserName` and `ForceStop`, borrowed from the caller.
///
/// Build it with [`Request::new`] and the `with_*` methods, then check it
/// with [`Request::preflight`] or [`Request::preflight_with`]. It holds
/// references only, so it needs no allocator; the `serde` feature adds
/// [`RequestBody`](crate::RequestBody), which owns a request read from JSON
/// and lends it as a `Request`.
///
/// `Id` is the type of the instance ids: `&str` by default, `String` when
/// they are owned, anything that is [`AsRef<str>`] for the pre-flight.
///
/// Its `Debug` shows the region and the instance ids, never the password
/// or the username.
///
/// ```
/// use cvm_password::Request;
///
/// let ids = ["ins-r8hr2upy", "ins-5d8a23rs"];
/// let request = Request::new(&ids)
///     .with_region("ap-guangzhou")
///     .with_password("abc123ABC!@#")
///     .with_force_stop(true);
/// assert_eq!(request.instance_ids().len(), 2);
/// assert_eq!(
///     format!("{request:?}"),
///     r#"Request { region: Some("ap-guangzhou"), instance_ids: ["ins-r8hr2upy", "ins-5d8a23rs"], password: Some(<redacted>), username: None, force_stop: true }"#,
/// );
/// ```
pub struct Request<'a, Id = &'a str> {
    region: Option<&'a str>,
    instance_ids: &'a [Id],
    password: Option<&'a str>,
    username: Option<&'a str>,
    force_stop: bool,
}

impl<'a, Id> Request<'a, Id> {
    /// A request for `instance_ids`, with no region, no password, no
    /// username and `ForceStop` off.
    pub const fn new(instance_ids: &'a [Id]) -> Self {
        Request {
            region: None,
            instance_ids,
            password: None,
            username: None,
            force_stop: false,
        }
    }

    /// All five parameters at once, as a request body gives them.
    #[cfg(feature = "serde")]
    pub(crate) const fn from_parts(
        region: Option<&'a str>,
        instance_ids: &'a [Id],
        password: Option<&'a str>,
        username: Option<&'a str>,
        force_stop: bool,
    ) -> Self {
        Request {
            region,
            instance_ids,
            password,
            username,
            force_stop,
        }
    }

    /// The request sent to `region`, such as `ap-guangzhou`.
    ///
    /// `Region` is a common parameter, often sent in a header rather than
    /// in the body; a request with none is not checked for it.
    #[must_use]
    pub const fn with_region(self, region: &'a str) -> Self {
        Request {
            region: Some(region),
            ..self
        }
    }

    /// The request setting `password`.
    ///
    /// An empty password is a password, checked like any other (it is too
    /// short); a request with no password at all lacks a required
    /// parameter.
    #[must_use]
    pub const fn with_password(self, password: &'a str) -> Self {
        Request {
            password: Some(password),
            ..self
        }
    }

    /// The request resetting the password of `username`.
    ///
    /// An empty `username` counts as none given: the password is that of
    /// each OS's default administrator, and the username rule looks for
    /// `Administrator` (see [`Policy::banned_name`](crate::Policy::banned_name)).
    #[must_use]
    pub const fn with_username(self, username: &'a str) -> Self {
        Request {
            username: Some(username),
            ..self
        }
    }

    /// The request with `ForceStop` set or not: whether a running instance
    /// is shut down, by force if need be, before its password is reset.
    #[must_use]
    pub const fn with_force_stop(self, force_stop: bool) -> Self {
        Request { force_stop, ..self }
    }

    /// `Region`, if given.
    pub const fn region(&self) -> Option<&'a str> {
        self.region
    }

    /// `InstanceIds`, in order: problems name them by position, as the API
    /// does (`InstanceIds.0` is the first).
    pub const fn instance_ids(&self) -> &'a [Id] {
        self.instance_ids
    }

    /// `Password`, if given.
    pub const fn password(&self) -> Option<&'a str> {
        self.password
    }

    /// `UserName`, if given, empty or not.
    pub const fn username(&self) -> Option<&'a str> {
        self.username
    }

    /// `ForceStop`.
    pub const fn force_stop(&self) -> bool {
        self.force_stop
    }
}

// Derived `Clone` and `Copy` would ask the same of `Id`, which is only ever
// borrowed.
impl<Id> Clone for Request<'_, Id> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Id> Copy for Request<'_, Id> {}

impl<Id: fmt::Debug> fmt::Debug for Request<'_, Id> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("region", &self.region)
            .field("instance_ids", &self.instance_ids)
            .field("password", &self.password.map(|_| Redacted))
            .field("username", &self.username.map(|_| Redacted))
            .field("force_stop", &self.force_stop)
            .finish()
    }
}

/// Stands in for a secret in `Debug` output.
pub(crate) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}
