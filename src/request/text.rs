//! The request pre-flight's texts, in English and Simplified Chinese: the
//! messages of problems. A password problem's is its violation's or
//! warning's, written by the policy.

use core::fmt::{self, Display, Formatter};

use super::login::LoginProblem;
use super::problem::Problem;
use super::region::Region;
use crate::message::{Lang, Message};

impl Display for Message<Problem> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.lang() {
            Lang::En => english(*self.subject(), f),
            Lang::ZhCn => chinese(*self.subject(), f),
        }
    }
}

fn english(p: Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        Problem::UnsupportedRegion => write!(
            f,
            "region is not supported: ResetInstancesPassword is available in {} regions",
            Region::ALL.len(),
        ),
        Problem::RegionNotListed => write!(
            f,
            "region is not among the {} the ResetInstancesPassword page lists (as of {}), though Tencent Cloud names it for CVM elsewhere: the call may be refused",
            Region::ALL.len(),
            Region::LISTED_ON,
        ),
        Problem::MissingInstanceIds => f.write_str("no instance ids: at least 1 required"),
        Problem::TooManyInstanceIds { count, max } => write!(
            f,
            "too many instance ids: {count}, at most {max} per request",
        ),
        Problem::MalformedInstanceId { index } => write!(
            f,
            "instance id InstanceIds.{index} is malformed: it must be 'ins-' followed by 8 lowercase letters or digits",
        ),
        Problem::DuplicateInstanceId { index, first } => write!(
            f,
            "instance id InstanceIds.{index} repeats InstanceIds.{first}",
        ),
        Problem::MissingPassword => f.write_str("no password: Password is required"),
        Problem::Password(v) => Display::fmt(&v.message(Lang::En), f),
        Problem::PasswordWarning(w) => Display::fmt(&w.message(Lang::En), f),
        Problem::UsernameTooLong { length, max } => write!(
            f,
            "username is too long: {length} characters, at most {max} allowed",
        ),
        Problem::InstanceRunning { index } => write!(
            f,
            "instance InstanceIds.{index} is running: stop it first, or set ForceStop",
        ),
        Problem::UnsupportedInstanceState { index, state } => write!(
            f,
            "instance InstanceIds.{index} is in state {}, where its password cannot be reset",
            state.name(),
        ),
        Problem::ForcedShutdown { index } => write!(
            f,
            "instance InstanceIds.{index} is running and ForceStop is set: a forced shutdown may lose data",
        ),
        Problem::UndescribedInstance { index } => write!(
            f,
            "instance InstanceIds.{index} is not among the described instances: its state is not checked, and its OS counts as Windows",
        ),
        Problem::UnknownInstanceState { index } => write!(
            f,
            "instance InstanceIds.{index} is in an unknown state: whether its password can be reset is not checked",
        ),
        Problem::RestrictedInstance { index, restriction } => write!(
            f,
            "instance InstanceIds.{index} is restricted ({} {}): the vendor does not document whether its password can be reset, and lists UnsupportedOperation.InstanceStateFreezing and UnsupportedOperation.InstanceStateIsolating without saying when",
            restriction.field(),
            restriction.name(),
        ),
    }
}

fn chinese(p: Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        Problem::UnsupportedRegion => write!(
            f,
            "不支持该地域：ResetInstancesPassword 仅在 {} 个地域可用",
            Region::ALL.len(),
        ),
        Problem::RegionNotListed => write!(
            f,
            "该地域不在 ResetInstancesPassword 文档列出的 {} 个地域之中（截至 {}），但腾讯云在别处将其列为 CVM 地域：调用可能被拒绝",
            Region::ALL.len(),
            Region::LISTED_ON,
        ),
        Problem::MissingInstanceIds => f.write_str("缺少实例 ID：至少需要 1 个"),
        Problem::TooManyInstanceIds { count, max } => {
            write!(f, "实例 ID 太多：{count} 个，每次请求最多 {max} 个")
        }
        Problem::MalformedInstanceId { index } => write!(
            f,
            "实例 ID InstanceIds.{index} 格式错误：应为“ins-”后接 8 个小写字母或数字",
        ),
        Problem::DuplicateInstanceId { index, first } => {
            write!(f, "实例 ID InstanceIds.{index} 与 InstanceIds.{first} 重复")
        }
        Problem::MissingPassword => f.write_str("缺少密码：Password 为必填参数"),
        Problem::Password(v) => Display::fmt(&v.message(Lang::ZhCn), f),
        Problem::PasswordWarning(w) => Display::fmt(&w.message(Lang::ZhCn), f),
        Problem::UsernameTooLong { length, max } => {
            write!(f, "用户名太长：{length} 个字符，最多允许 {max} 个")
        }
        Problem::InstanceRunning { index } => write!(
            f,
            "实例 InstanceIds.{index} 正在运行：请先关机，或设置 ForceStop",
        ),
        Problem::UnsupportedInstanceState { index, state } => write!(
            f,
            "实例 InstanceIds.{index} 处于 {} 状态，此状态下不能重置密码",
            state.name(),
        ),
        Problem::ForcedShutdown { index } => write!(
            f,
            "实例 InstanceIds.{index} 正在运行且设置了 ForceStop：强制关机可能导致数据丢失",
        ),
        Problem::UndescribedInstance { index } => write!(
            f,
            "实例 InstanceIds.{index} 不在已查询的实例之中：未检查其状态，其操作系统按 Windows 处理",
        ),
        Problem::UnknownInstanceState { index } => write!(
            f,
            "实例 InstanceIds.{index} 的状态未知：未检查能否重置其密码",
        ),
        Problem::RestrictedInstance { index, restriction } => write!(
            f,
            "实例 InstanceIds.{index} 受限（{} {}）：厂商未说明能否重置其密码，并列出了 UnsupportedOperation.InstanceStateFreezing 和 UnsupportedOperation.InstanceStateIsolating 而未说明何时返回",
            restriction.field(),
            restriction.name(),
        ),
    }
}

impl Display for Message<LoginProblem> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.lang() {
            Lang::En => login_english(*self.subject(), f),
            Lang::ZhCn => login_chinese(*self.subject(), f),
        }
    }
}

fn login_english(p: LoginProblem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        LoginProblem::MissingPassword => {
            f.write_str("no password: AutoGeneratePassword is NO, so Password is required")
        }
        LoginProblem::PasswordWithAutoGenerate => f.write_str(
            "password and generated password at once: AutoGeneratePassword YES takes no Password",
        ),
        LoginProblem::AutoGenerateUnsupported => f.write_str(
            "generated password not supported: this API refuses AutoGeneratePassword YES",
        ),
        LoginProblem::Password(v) => Display::fmt(&v.message(Lang::En), f),
        LoginProblem::PasswordWarning(w) => Display::fmt(&w.message(Lang::En), f),
        LoginProblem::LinuxPasswordAtCreation => f.write_str(
            "password for a Linux instance at creation: the vendor also lists UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword for this API, so the call may be refused",
        ),
        LoginProblem::PasswordWithKeys => {
            f.write_str("password and keys at once: KeyIds cannot be given with a Password")
        }
        LoginProblem::TooManyKeys { count, max } => {
            write!(f, "too many keys: {count}, at most {max} allowed")
        }
        LoginProblem::KeysOnWindows => f.write_str("keys on Windows: a Windows instance takes no KeyIds"),
        LoginProblem::KeysOnUnknownOs => f.write_str(
            "keys for an unknown OS: a Windows instance takes no KeyIds, and the OS is not known",
        ),
        LoginProblem::KeepImageLoginWithCredentials => f.write_str(
            "image login kept and credentials given: KeepImageLogin takes neither Password nor KeyIds",
        ),
    }
}

fn login_chinese(p: LoginProblem, f: &mut Formatter<'_>) -> fmt::Result {
    match p {
        LoginProblem::MissingPassword => {
            f.write_str("缺少密码：AutoGeneratePassword 为 NO 时 Password 为必填参数")
        }
        LoginProblem::PasswordWithAutoGenerate => {
            f.write_str("同时指定了密码和自动生成密码：AutoGeneratePassword 为 YES 时不能指定 Password")
        }
        LoginProblem::AutoGenerateUnsupported => {
            f.write_str("不支持自动生成密码：该接口不接受 AutoGeneratePassword 为 YES")
        }
        LoginProblem::Password(v) => Display::fmt(&v.message(Lang::ZhCn), f),
        LoginProblem::PasswordWarning(w) => Display::fmt(&w.message(Lang::ZhCn), f),
        LoginProblem::LinuxPasswordAtCreation => f.write_str(
            "创建 Linux 实例时指定了密码：厂商还为该接口列出了 UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword，调用可能被拒绝",
        ),
        LoginProblem::PasswordWithKeys => {
            f.write_str("同时指定了密码和密钥：KeyIds 不能与 Password 同时指定")
        }
        LoginProblem::TooManyKeys { count, max } => {
            write!(f, "密钥太多：{count} 个，最多允许 {max} 个")
        }
        LoginProblem::KeysOnWindows => f.write_str("Windows 实例不支持密钥：不能指定 KeyIds"),
        LoginProblem::KeysOnUnknownOs => {
            f.write_str("操作系统未知时指定了密钥：Windows 实例不支持 KeyIds，而操作系统未知")
        }
        LoginProblem::KeepImageLoginWithCredentials => f.write_str(
            "保持镜像登录设置时指定了凭据：KeepImageLogin 不能与 Password 或 KeyIds 同时指定",
        ),
    }
}
