//! Every text of the crate a person reads, in English and Simplified
//! Chinese: one table of templates. A template's `{name}` is a figure of
//! its subject (`{length}`, `{min}`), filled by [`super::fill`]; which
//! template a subject takes is the subject's to say.

use super::Lang;

/// One text, in both languages, with its figures as `{name}`.
///
/// [`Template::ALL`] is the whole table: what a translator reads, and what
/// a host that cannot run the crate's own filler would fill.
///
/// ```
/// use cvm_password::{Lang, Template};
///
/// let too_short = Template::ALL.iter().find(|t| t.key() == "violation.too_short").unwrap();
/// assert_eq!(too_short.text(Lang::En), "password is too short: {length}, at least {min} required");
/// assert!(Template::ALL.iter().all(|t| !t.text(Lang::ZhCn).is_empty()));
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Template {
    key: &'static str,
    en: Text,
    zh_cn: Text,
}

/// A template's text in one language: whole, and in its parts, so that
/// filling it reads no character twice.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Text {
    whole: &'static str,
    parts: &'static [Part],
}

/// A part of a template: text as it is, or the name of a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    Text(&'static str),
    Figure(&'static str),
}

impl Template {
    /// Every template, in the order of the crate's layers: the policy's,
    /// the rules', the request's, the generator's.
    pub const ALL: &'static [&'static Template] = &TEMPLATES;

    /// Its stable key, such as `violation.too_short`.
    pub const fn key(&self) -> &'static str {
        self.key
    }

    /// Its text in `lang`, each figure written `{name}`.
    pub const fn text(&self, lang: Lang) -> &'static str {
        self.in_lang(lang).whole
    }

    /// Its text in `lang`, in parts.
    pub(crate) const fn parts(&self, lang: Lang) -> &'static [Part] {
        self.in_lang(lang).parts
    }

    const fn in_lang(&self, lang: Lang) -> &Text {
        match lang {
            Lang::En => &self.en,
            Lang::ZhCn => &self.zh_cn,
        }
    }
}

/// A template of the table, by name: a constant per template
/// (`Key::TooShort`), public only as sealed traits are, unnameable outside
/// the crate. Each template is a static of its own, so a program keeps
/// only the texts it can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(&'static Template);

impl Key {
    /// Its template.
    pub(crate) const fn template(self) -> &'static Template {
        self.0
    }
}

/// A text written as its parts, `"text" {figure} "text"`: the whole, with
/// each figure as `{figure}`, and the parts.
macro_rules! text {
    ($($part:tt)*) => {
        Text { whole: concat!($(whole!($part)),*), parts: &[$(part!($part)),*] }
    };
}

macro_rules! whole {
    ($text:literal) => {
        $text
    };
    ({$figure:ident}) => {
        concat!("{", stringify!($figure), "}")
    };
}

macro_rules! part {
    ($text:literal) => {
        Part::Text($text)
    };
    ({$figure:ident}) => {
        Part::Figure(stringify!($figure))
    };
}

/// A static and a `Key` constant per template, and the table of them all.
macro_rules! templates {
    ($($variant:ident $key:literal: [$($en:tt)*], [$($zh:tt)*];)*) => {
        /// The templates, each a static.
        #[allow(non_upper_case_globals)]
        mod statics {
            use super::{Part, Template, Text};
            $(pub(super) static $variant: Template = Template {
                key: $key,
                en: text!($($en)*),
                zh_cn: text!($($zh)*),
            };)*
        }

        #[allow(non_upper_case_globals)]
        impl Key {
            $(#[doc = concat!("`", $key, "`")] pub(crate) const $variant: Key = Key(&statics::$variant);)*
        }

        static TEMPLATES: [&Template; [$($key),*].len()] = [$(&statics::$variant,)*];
    };
}

templates! {
    // Pieces of other texts.
    Characters "characters": [{count} " characters"], [{count} " 个字符"];
    CharactersOne "characters.one": ["1 character"], ["1 个字符"];
    ListSeparator "list.separator": [", "], ["、"];
    ListEnclosed "list.enclosed": [" (" {list} ")"], ["（" {list} "）"];
    Lowercase "category.lowercase": ["lowercase letters"], ["小写字母"];
    Uppercase "category.uppercase": ["uppercase letters"], ["大写字母"];
    Digit "category.digit": ["digits"], ["数字"];
    Special "category.special": ["special characters"], ["特殊字符"];
    Letters "class.letters": ["letters"], ["字母"];
    CustomPolicy "policy.custom": ["custom"], ["自定义"];

    // The password's violations and warnings.
    TooShort "violation.too_short":
        ["password is too short: " {length} ", at least " {min} " required"],
        ["密码太短：" {length} "，至少需要 " {min} " 个"];
    TooLong "violation.too_long":
        ["password is too long: " {length} ", at most " {max} " allowed"],
        ["密码太长：" {length} "，最多允许 " {max} " 个"];
    TooLongPastLimit "violation.too_long.past_limit":
        ["password is too long: more than " {limit} " characters, at most " {max} " allowed"],
        ["密码太长：超过 " {limit} " 个字符，最多允许 " {max} " 个"];
    LeadingSlash "violation.leading_slash":
        ["password must not start with '/'"],
        ["密码不能以“/”开头"];
    BannedFirstCharacter "violation.banned_first_character":
        ["password must not start with any of " {banned}],
        ["密码不能以下列字符开头：" {banned}];
    TooFewCategories "violation.too_few_categories":
        ["password has too few character categories: " {count} {present} ", at least " {required} " of " {out_of} " required"],
        ["密码包含的字符类别太少：" {count} " 类" {present} "，至少需要 " {out_of} " 类中的 " {required} " 类"];
    TooFewClasses "violation.too_few_categories.letters_as_one":
        ["password has too few character classes: " {count} {present} ", at least " {required} " of " {out_of} " required, letters of either case counting as one"],
        ["密码包含的字符种类太少：" {count} " 类" {present} "，至少需要 " {out_of} " 类中的 " {required} " 类（大小写字母算作一类）"];
    DisallowedCharacter "violation.disallowed_character":
        ["password contains " {count} " disallowed characters: only ASCII letters, digits and the allowed special characters can be used"],
        ["密码包含 " {count} " 个不允许的字符：只能使用 ASCII 字母、数字和允许的特殊字符"];
    DisallowedCharacterOne "violation.disallowed_character.one":
        ["password contains 1 disallowed character: only ASCII letters, digits and the allowed special characters can be used"],
        ["密码包含 1 个不允许的字符：只能使用 ASCII 字母、数字和允许的特殊字符"];
    ContainsUsername "violation.contains_username":
        ["password must not contain the username, in any letter case"],
        ["密码不能包含用户名（不区分大小写）"];
    ShorterThanRecommended "warning.shorter_than_recommended":
        ["password is shorter than recommended: " {length} ", at least " {recommended} " recommended"],
        ["密码短于建议长度：" {length} "，建议至少 " {recommended} " 个"];
    DisputedRule "warning.disputed_rule":
        ["disputed rule: " {violation} ": " {refused_by} " refuses this, " {accepted_by} " accepts it"],
        ["有争议的规则：" {violation} "：" {refused_by} " 不接受，" {accepted_by} " 接受"];

    // The rules in words, a line each.
    RulesHeading "rules.heading": [{policy} " rules of " {api}], [{api} " 的 " {policy} " 规则"];
    RulesHeadingCustom "rules.heading.custom": ["rules of " {api}], [{api} " 的规则"];
    RulesLength "rules.length":
        ["length: " {min} " to " {max} " characters"],
        ["长度：" {min} " 到 " {max} " 个字符"];
    RulesLengthRecommended "rules.length.recommended":
        ["length: " {min} " to " {max} " characters; fewer than " {recommended} " are accepted with a warning"],
        ["长度：" {min} " 到 " {max} " 个字符；少于 " {recommended} " 个字符可以通过，但会给出警告"];
    RulesCategories "rules.categories":
        ["character categories: at least " {required} " of 4: " {categories}],
        ["字符类别：4 类中至少 " {required} " 类：" {categories}];
    RulesClasses "rules.categories.letters_as_one":
        ["character classes: at least " {required} " of 3: letters of either case, digits, special characters"],
        ["字符种类：3 类中至少 " {required} " 类：字母（大小写算作一类）、数字、特殊字符"];
    RulesSpecials "rules.specials": ["special characters: " {specials}], ["特殊字符：" {specials}];
    RulesDisallowed "rules.disallowed":
        ["disallowed: every other character, such as space, '\"', '\\', control characters and anything outside ASCII"],
        ["不允许：其他任何字符，如空格、“\"”、“\\”、控制字符和非 ASCII 字符"];
    RulesDisallowedSpaceAllowed "rules.disallowed.space_allowed":
        ["disallowed: every other character, such as '\"', '\\', control characters and anything outside ASCII"],
        ["不允许：其他任何字符，如“\"”、“\\”、控制字符和非 ASCII 字符"];
    RulesLeadingSlash "rules.leading_slash":
        ["first character: must not be '/'"],
        ["首字符：不能是“/”"];
    RulesFirstCharacters "rules.banned_first":
        ["first character: must not be any of " {banned}],
        ["首字符：不能是下列字符：" {banned}];
    RulesUsername "rules.username":
        ["username: must not appear in the password, in any letter case; without a username, " {name}],
        ["用户名：密码不能包含用户名（不区分大小写）；未指定用户名时为 " {name}];
    RulesUsernameUnchecked "rules.username.unchecked":
        ["username: not checked"],
        ["用户名：不检查"];

    // The problems of a ResetInstancesPassword request.
    UnsupportedRegion "problem.unsupported_region":
        ["region is not supported: ResetInstancesPassword is available in " {count} " regions"],
        ["不支持该地域：ResetInstancesPassword 仅在 " {count} " 个地域可用"];
    RegionNotListed "problem.region_not_listed":
        ["region is not among the " {count} " the ResetInstancesPassword page lists (as of " {date} "), though Tencent Cloud names it for CVM elsewhere: the call may be refused"],
        ["该地域不在 ResetInstancesPassword 文档列出的 " {count} " 个地域之中（截至 " {date} "），但腾讯云在别处将其列为 CVM 地域：调用可能被拒绝"];
    MissingInstanceIds "problem.missing_instance_ids":
        ["no instance ids: at least 1 required"],
        ["缺少实例 ID：至少需要 1 个"];
    TooManyInstanceIds "problem.too_many_instance_ids":
        ["too many instance ids: " {count} ", at most " {max} " per request"],
        ["实例 ID 太多：" {count} " 个，每次请求最多 " {max} " 个"];
    MalformedInstanceId "problem.malformed_instance_id":
        ["instance id InstanceIds." {index} " is malformed: it must be 'ins-' followed by 8 lowercase letters or digits"],
        ["实例 ID InstanceIds." {index} " 格式错误：应为“ins-”后接 8 个小写字母或数字"];
    DuplicateInstanceId "problem.duplicate_instance_id":
        ["instance id InstanceIds." {index} " repeats InstanceIds." {first}],
        ["实例 ID InstanceIds." {index} " 与 InstanceIds." {first} " 重复"];
    MissingPassword "problem.missing_password":
        ["no password: Password is required"],
        ["缺少密码：Password 为必填参数"];
    UsernameTooLong "problem.username_too_long":
        ["username is too long: " {length} " characters, at most " {max} " allowed"],
        ["用户名太长：" {length} " 个字符，最多允许 " {max} " 个"];
    InstanceRunning "problem.instance_running":
        ["instance InstanceIds." {index} " is running: stop it first, or set ForceStop"],
        ["实例 InstanceIds." {index} " 正在运行：请先关机，或设置 ForceStop"];
    UnsupportedInstanceState "problem.unsupported_instance_state":
        ["instance InstanceIds." {index} " is in state " {state} ", where its password cannot be reset"],
        ["实例 InstanceIds." {index} " 处于 " {state} " 状态，此状态下不能重置密码"];
    ForcedShutdown "problem.forced_shutdown":
        ["instance InstanceIds." {index} " is running and ForceStop is set: a forced shutdown may lose data"],
        ["实例 InstanceIds." {index} " 正在运行且设置了 ForceStop：强制关机可能导致数据丢失"];
    UndescribedInstance "problem.undescribed_instance":
        ["instance InstanceIds." {index} " is not among the described instances: its state is not checked, and its OS counts as Windows"],
        ["实例 InstanceIds." {index} " 不在已查询的实例之中：未检查其状态，其操作系统按 Windows 处理"];
    UnknownInstanceState "problem.unknown_instance_state":
        ["instance InstanceIds." {index} " is in an unknown state: whether its password can be reset is not checked"],
        ["实例 InstanceIds." {index} " 的状态未知：未检查能否重置其密码"];
    RestrictedInstance "problem.restricted_instance":
        ["instance InstanceIds." {index} " is restricted (" {field} " " {restriction} "): the vendor does not document whether its password can be reset, and lists UnsupportedOperation.InstanceStateFreezing and UnsupportedOperation.InstanceStateIsolating without saying when"],
        ["实例 InstanceIds." {index} " 受限（" {field} " " {restriction} "）：厂商未说明能否重置其密码，并列出了 UnsupportedOperation.InstanceStateFreezing 和 UnsupportedOperation.InstanceStateIsolating 而未说明何时返回"];

    // The problems of login settings.
    LoginMissingPassword "login.missing_password":
        ["no password: AutoGeneratePassword is NO, so Password is required"],
        ["缺少密码：AutoGeneratePassword 为 NO 时 Password 为必填参数"];
    PasswordWithAutoGenerate "login.password_with_auto_generate":
        ["password and generated password at once: AutoGeneratePassword YES takes no Password"],
        ["同时指定了密码和自动生成密码：AutoGeneratePassword 为 YES 时不能指定 Password"];
    AutoGenerateUnsupported "login.auto_generate_unsupported":
        ["generated password not supported: this API refuses AutoGeneratePassword YES"],
        ["不支持自动生成密码：该接口不接受 AutoGeneratePassword 为 YES"];
    LinuxPasswordAtCreation "login.linux_password_at_creation":
        ["password for a Linux instance at creation: the vendor also lists UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword for this API, so the call may be refused"],
        ["创建 Linux 实例时指定了密码：厂商还为该接口列出了 UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword，调用可能被拒绝"];
    PasswordWithKeys "login.password_with_keys":
        ["password and keys at once: KeyIds cannot be given with a Password"],
        ["同时指定了密码和密钥：KeyIds 不能与 Password 同时指定"];
    TooManyKeys "login.too_many_keys":
        ["too many keys: " {count} ", at most " {max} " allowed"],
        ["密钥太多：" {count} " 个，最多允许 " {max} " 个"];
    KeysOnWindows "login.keys_on_windows":
        ["keys on Windows: a Windows instance takes no KeyIds"],
        ["Windows 实例不支持密钥：不能指定 KeyIds"];
    KeysOnUnknownOs "login.keys_on_unknown_os":
        ["keys for an unknown OS: a Windows instance takes no KeyIds, and the OS is not known"],
        ["操作系统未知时指定了密钥：Windows 实例不支持 KeyIds，而操作系统未知"];
    KeepImageLoginWithCredentials "login.keep_image_login_with_credentials":
        ["image login kept and credentials given: KeepImageLogin takes neither Password nor KeyIds"],
        ["保持镜像登录设置时指定了凭据：KeepImageLogin 不能与 Password 或 KeyIds 同时指定"];

    // Why no password could be generated.
    LengthOutOfRange "generate.length_out_of_range":
        ["cannot generate a password of " {length} " characters: the policy accepts " {min} " to " {max}],
        ["无法生成 " {length} " 个字符的密码：该规则接受 " {min} " 到 " {max} " 个字符"];
    LengthOutOfRangeNone "generate.length_out_of_range.none":
        ["cannot generate a password of " {length} " characters: the policy accepts none, its minimum " {min} " is above its maximum " {max}],
        ["无法生成 " {length} " 个字符的密码：该规则不接受任何密码，其最小长度 " {min} " 大于最大长度 " {max}];
    LengthAboveCapacity "generate.length_above_capacity":
        ["cannot generate a password of " {length} " characters: at most " {capacity} " can be generated"],
        ["无法生成 " {length} " 个字符的密码：最多只能生成 " {capacity} " 个字符"];
    CategoriesUnavailable "generate.categories_unavailable":
        ["cannot generate a password of " {length} " characters: the policy requires " {required} " character categories"],
        ["无法生成 " {length} " 个字符的密码：该规则要求 " {required} " 类字符"];
    CategoriesUnavailableAlphabet "generate.categories_unavailable.alphabet":
        ["cannot generate a password of " {length} " characters: the policy requires " {required} " character categories but allows characters of only " {available}],
        ["无法生成 " {length} " 个字符的密码：该规则要求 " {required} " 类字符，但只允许其中 " {available} " 类"];
    FirstCharacterUnavailable "generate.first_character_unavailable":
        ["cannot generate a password: the policy bans every allowed character as the first one"],
        ["无法生成密码：该规则禁止所有允许的字符作为首字符"];
    RandomSourceFailed "generate.random_source_failed":
        ["cannot generate a password: the random source failed"],
        ["无法生成密码：随机数来源出错"];
    RandomSourceStuck "generate.random_source_stuck":
        ["cannot generate a password: the random source keeps giving unusable values"],
        ["无法生成密码：随机数来源不断给出无法使用的值"];
}
