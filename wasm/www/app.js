// The demo form: the cvm-password package in front of a password field.
// Serve this folder from any static server after ./scripts/build-wasm.sh,
// which copies the package into ./pkg.
import init, { check, formAttributes, generate, rules } from "./pkg/cvm_password.js";

const TEXT = {
  en: {
    title: "Reset instance password",
    language: "Language",
    os: "Operating system of the instances",
    mixed: "Linux and Windows",
    username: "Username",
    password: "New password",
    suggest: "Suggest",
    show: "Show password",
    submit: "Reset password",
    footer: "Checked in your browser by WebAssembly; the password is sent nowhere.",
    length: (r) => `${r.minLength} to ${r.maxLength} characters`,
    categories: (r) => `at least ${r.requiredCategories} of these 4:`,
    lowercase: "lowercase letters a-z",
    uppercase: "uppercase letters A-Z",
    digit: "digits 0-9",
    special: (r) => `special characters ${r.specials}`,
    slash: "does not start with /",
    allowed: "only letters, digits and the special characters above",
    username_rule: (name) => `does not contain the username (${name}), in any letter case`,
    accepted: "The password meets the rules.",
    rejected: "Fix the points in red first.",
  },
  "zh-CN": {
    title: "重置实例密码",
    language: "语言",
    os: "实例的操作系统",
    mixed: "Linux 和 Windows",
    username: "用户名",
    password: "新密码",
    suggest: "推荐密码",
    show: "显示密码",
    submit: "重置密码",
    footer: "密码由 WebAssembly 在浏览器中检查，不会发送到任何地方。",
    length: (r) => `${r.minLength} 到 ${r.maxLength} 个字符`,
    categories: (r) => `至少包含以下 4 类中的 ${r.requiredCategories} 类：`,
    lowercase: "小写字母 a-z",
    uppercase: "大写字母 A-Z",
    digit: "数字 0-9",
    special: (r) => `特殊字符 ${r.specials}`,
    slash: "不以 / 开头",
    allowed: "只包含字母、数字和上述特殊字符",
    username_rule: (name) => `不包含用户名（${name}），不区分大小写`,
    accepted: "密码符合规则。",
    rejected: "请先修正标红的项目。",
  },
};

const $ = (id) => document.getElementById(id);
const field = $("password");
const segmenter = new Intl.Segmenter();

function state() {
  const lang = $("lang").value;
  const targets = $("os").value.split(",");
  const username = $("username").value || undefined;
  return { lang, targets, username, text: TEXT[lang] };
}

/** Applies the rules' attributes to the field: they change with the OS and the username. */
function applyAttributes({ targets, username }) {
  const attributes = formAttributes(targets, { username });
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
  const policy = rules(s.targets);
  const result = check(password, { targets: s.targets, username: s.username, lang: s.lang });
  const failed = new Set(result.violations.map((v) => v.code));

  const categories = policy.categories.map((c) =>
    item(typeof s.text[c] === "function" ? s.text[c](policy) : s.text[c], result.categories[c], c),
  );
  const list = [
    item(s.text.length(policy), password.length > 0 && !failed.has("too_short") && !failed.has("too_long"), "length"),
    item(s.text.categories(policy), password.length > 0 && !failed.has("too_few_categories"), "categories", categories),
    item(s.text.slash, !failed.has("leading_slash"), "leading_slash"),
    item(s.text.allowed, !failed.has("disallowed_character"), "allowed"),
  ];
  if (policy.bansUsername) {
    const name = s.username ?? policy.defaultUsername;
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
}

await init();
translate();
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
for (const id of ["os", "username"]) {
  $(id).addEventListener("input", () => {
    applyAttributes(state());
    update();
  });
}
$("suggest").addEventListener("click", () => {
  const { targets, username } = state();
  field.value = generate(targets, { username });
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
