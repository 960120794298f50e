// The demo form: the cvm-password package in front of a password field.
// Serve this folder from any static server after ./scripts/build-wasm.sh,
// which copies the package into ./pkg.
import { apis, check, formAttributes, generate, rules } from "./pkg/cvm_password.js";

const TEXT = {
  en: {
    title: "Reset instance password",
    language: "Language",
    api: "API",
    strict: "Strict: every source's rules",
    os: "Operating system of the instances",
    mixed: "Linux and Windows",
    username: "Username",
    password: "New password",
    suggest: "Suggest",
    show: "Show password",
    submit: "Reset password",
    footer: "Checked in your browser by WebAssembly; the password is sent nowhere.",
    length: (r) => `${r.minLength} to ${r.maxLength} characters`,
    categories: (r) => `at least ${r.requiredCategories} of these ${r.lettersAsOne ? 3 : 4}:`,
    letters: "letters a-z or A-Z",
    lowercase: "lowercase letters a-z",
    uppercase: "uppercase letters A-Z",
    digit: "digits 0-9",
    special: (r) => `special characters ${r.specials}`,
    first: (chars) => (chars.length === 1 ? `does not start with ${chars}` : `does not start with any of ${chars}`),
    unused: "this API takes no username: the rule looks for Administrator",
    allowed: "only letters, digits and the special characters above",
    username_rule: (name) => `does not contain the username (${name}), in any letter case`,
    accepted: "The password meets the rules.",
    rejected: "Fix the points in red first.",
  },
  "zh-CN": {
    title: "重置实例密码",
    language: "语言",
    api: "API",
    strict: "严格：遵守所有来源的规则",
    os: "实例的操作系统",
    mixed: "Linux 和 Windows",
    username: "用户名",
    password: "新密码",
    suggest: "推荐密码",
    show: "显示密码",
    submit: "重置密码",
    footer: "密码由 WebAssembly 在浏览器中检查，不会发送到任何地方。",
    length: (r) => `${r.minLength} 到 ${r.maxLength} 个字符`,
    categories: (r) => `至少包含以下 ${r.lettersAsOne ? 3 : 4} 类中的 ${r.requiredCategories} 类：`,
    letters: "字母 a-z 或 A-Z",
    lowercase: "小写字母 a-z",
    uppercase: "大写字母 A-Z",
    digit: "数字 0-9",
    special: (r) => `特殊字符 ${r.specials}`,
    first: (chars) => (chars.length === 1 ? `不以 ${chars} 开头` : `不以下列字符开头：${chars}`),
    unused: "此 API 不接受用户名：规则查找 Administrator",
    allowed: "只包含字母、数字和上述特殊字符",
    username_rule: (name) => `不包含用户名（${name}），不区分大小写`,
    accepted: "密码符合规则。",
    rejected: "请先修正标红的项目。",
  },
};

const $ = (id) => document.getElementById(id);
const field = $("password");
const segmenter = new Intl.Segmenter();
/** Every API by name, from `apis()` once the module is loaded. */
const API = new Map();

function state() {
  const lang = $("lang").value;
  const targets = $("os").value.split(",");
  const username = $("username").value || undefined;
  const api = $("api").value;
  const strict = $("strict").checked;
  return { lang, targets, username, api, strict, text: TEXT[lang] };
}

/** Applies the rules' attributes to the field: they change with the API, the OS and the username. */
function applyAttributes({ targets, username, api, strict }) {
  const attributes = formAttributes(targets, { username, api, strict });
  field.minLength = attributes.minlength;
  field.pattern = attributes.pattern;
  field.setAttribute("passwordrules", attributes.passwordrules);
}

function item(text, met, rule, children) {
  const li = document.createElement("li");
  li.textContent = text;
  li.dataset.rule = rule;
  li.className = met ? "met" : "unmet";
  if (children) {
    const ul = document.createElement("ul");
    ul.append(...children);
    li.append(ul);
  }
  return li;
}

/** What the field would show, each disallowed cluster marked. */
function preview(password, disallowed, show) {
  const out = $("preview");
  out.replaceChildren();
  out.hidden = password.length === 0;
  let next = 0;
  const plain = (s) => {
    const shown = show ? s : Array.from(segmenter.segment(s), () => "•").join("");
    out.append(document.createTextNode(shown));
  };
  for (const { start, end } of disallowed) {
    plain(password.slice(next, start));
    const mark = document.createElement("mark");
    mark.textContent = password.slice(start, end);
    out.append(mark);
    next = end;
  }
  plain(password.slice(next));
}

function update() {
  const s = state();
  const password = field.value;
  const options = { api: s.api, strict: s.strict };
  const policy = rules(s.targets, options);
  const result = check(password, { targets: s.targets, username: s.username, lang: s.lang, ...options });
  const failed = new Set(result.violations.map((v) => v.code));
  const takesUsername = API.get(s.api).takesUsername;

  const label = (c) => (typeof s.text[c] === "function" ? s.text[c](policy) : s.text[c]);
  // Where letters of either case are one class, they are one line.
  const classes = policy.lettersAsOne
    ? [["letters", result.categories.lowercase || result.categories.uppercase], ...["digit", "special"].map((c) => [c, result.categories[c]])]
    : policy.categories.map((c) => [c, result.categories[c]]);
  const categories = classes.map(([c, met]) => item(label(c), met, c));
  const list = [
    item(s.text.length(policy), password.length > 0 && !failed.has("too_short") && !failed.has("too_long"), "length"),
    item(s.text.categories(policy), password.length > 0 && !failed.has("too_few_categories"), "categories", categories),
  ];
  const first = (policy.bansLeadingSlash ? "/" : "") + policy.bannedFirst;
  if (first) {
    list.push(item(s.text.first(first), !failed.has("leading_slash") && !failed.has("banned_first_character"), "first"));
  }
  list.push(item(s.text.allowed, !failed.has("disallowed_character"), "allowed"));
  if (policy.bansUsername) {
    // An API without a UserName resets the default administrator.
    const name = (takesUsername ? s.username : undefined) ?? policy.defaultUsername;
    list.push(item(s.text.username_rule(name), !failed.has("contains_username"), "username"));
  }
  $("checklist").replaceChildren(...list);

  const messages = [...result.violations, ...result.warnings].map((v) => {
    const li = document.createElement("li");
    li.textContent = v.message;
    li.dataset.code = v.code;
    li.className = result.ok ? "warning" : "violation";
    return li;
  });
  $("messages").replaceChildren(...(password.length > 0 ? messages : []));
  preview(password, result.disallowed, $("show").checked);
  field.setAttribute("aria-invalid", String(password.length > 0 && !result.ok));
  $("outcome").textContent = "";
  return result;
}

function translate() {
  const { lang, text } = state();
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = text[element.dataset.text];
  }
  $("username").title = $("username").disabled ? text.unused : "";
}

/** The username field only where the API takes a UserName. */
function applyApi() {
  const { api } = state();
  $("username").disabled = !API.get(api).takesUsername;
  translate();
}

for (const api of apis()) {
  API.set(api.name, api);
  $("api").append(new Option(`${api.name} (${api.letter})`, api.name));
}
$("api").value = "cvm:ResetInstancesPassword";
applyApi();
applyAttributes(state());
update();
document.body.dataset.ready = "true";

field.addEventListener("input", update);
$("show").addEventListener("change", () => {
  field.type = $("show").checked ? "text" : "password";
  update();
});
$("lang").addEventListener("change", () => {
  translate();
  update();
});
for (const id of ["api", "strict", "os", "username"]) {
  $(id).addEventListener(id === "strict" ? "change" : "input", () => {
    applyApi();
    applyAttributes(state());
    update();
  });
}
$("suggest").addEventListener("click", () => {
  // Always in the strict reading: every source accepts the suggestion.
  const { targets, username, api } = state();
  field.value = generate(targets, { username, api });
  $("show").checked = true;
  field.type = "text";
  update();
  field.focus();
});
$("form").addEventListener("submit", (event) => {
  event.preventDefault();
  const result = update();
  const { text } = state();
  $("outcome").textContent = result.ok ? text.accepted : text.rejected;
  $("outcome").className = result.ok ? "outcome met" : "outcome unmet";
});
