//! The request pre-flight's texts, in English and Simplified Chinese: the
//! messages of problems. A password problem's is its violation's or
//! warning's, written by the policy.

use core::fmt::{self, Display, Formatter};

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
    }
}
