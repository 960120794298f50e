// The cvm-password package: the CVM password rules for web forms. The
// rules run in WebAssembly (wasm/src), which takes and gives integers;
// this module reads the arguments, makes one call, and builds the objects
// and the messages. GLUE is written by scripts/build-wasm.sh from the core
// (wasm/examples/glue.rs): names, codes and every message as a template.
const GLUE = /* GLUE */ {};

const NONE = 0xffffffff;
const {
  os: OS,
  categories: CATEGORIES,
  violations: VIOLATIONS,
  warnings: WARNINGS,
  figures: FIGURES,
  generateErrors: GENERATE_ERRORS,
  ruleFields: RULE_FIELDS,
  header: HEADER,
  inspectionLimit: LIMIT,
  maxUnits: MAX_UNITS,
} = GLUE;

let raw, memory, units, words, randomPool, segmenter, apiIndex;
const decoder = new TextDecoder();
/** The strings of the core's tables, by address: decoded once. */
const strings = new Map();

function bind(instance) {
  raw = instance.exports;
  memory = raw.memory;
  // The module never grows its memory: these views stay valid.
  units = new Uint16Array(memory.buffer, raw.cvm_units(), 2 * MAX_UNITS);
  words = new Uint32Array(memory.buffer, raw.cvm_words());
  randomPool = new Uint8Array(memory.buffer, raw.cvm_random(), 1024);
  return raw;
}

/** Kept for code written for the package's first loader: the module is ready already. */
export function initSync() {
  return raw;
}

/** Kept for code written for the package's first loader: the module is ready already. */
export default async function init() {
  return raw;
}

function text(address, length) {
  let s = strings.get(address);
  if (s === undefined) {
    s = decoder.decode(new Uint8Array(memory.buffer, address, length));
    strings.set(address, s);
  }
  return s;
}

/** A set of ASCII characters, four words of bits, as a string in ASCII order. */
function characters(at) {
  let s = "";
  for (let b = 0; b < 128; b++) if ((words[at + (b >> 5)] >>> (b & 31)) & 1) s += String.fromCharCode(b);
  return s;
}

function categoryNames(bits) {
  const names = [];
  for (let i = 0; i < CATEGORIES.length; i++) if ((bits >> i) & 1) names.push(CATEGORIES[i]);
  return names;
}

// Arguments, read as the README documents them. No message quotes a value.

const TARGETS = `targets must be an array of ${OS.map((os, i) => (i ? (i + 1 === OS.length ? " or " : ", ") : "") + `"${os}"`).join("")}`;

function targetBits(targets) {
  if (!Array.isArray(targets)) throw new TypeError(TARGETS);
  let bits = 0;
  for (const target of targets) {
    const i = OS.indexOf(target);
    if (i < 0 || typeof target !== "string") throw new TypeError(TARGETS);
    bits |= 1 << i;
  }
  return bits;
}

function field(options, key, what) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== "object") throw new TypeError(`${what} must be an object`);
  return options[key];
}

function optionalText(value, what) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new TypeError(`${what} must be a string`);
  return value;
}

function api(name) {
  if (name === undefined || name === null) return 0;
  if (!apiIndex) {
    apiIndex = new Map();
    for (let i = 0; i < raw.cvm_api_count(); i++) {
      raw.cvm_api(i);
      apiIndex.set(text(words[0], words[1]), i);
    }
  }
  const index = typeof name === "string" ? apiIndex.get(name) : undefined;
  if (index === undefined) throw new TypeError('api must be the "service:Action" name of an API that apis() lists');
  return index;
}

function strict(value) {
  if (value === undefined || value === null || value === false) return 0;
  if (value === true) return 1;
  throw new TypeError("strict must be a boolean");
}

/** The language of a tag, as the core's `Lang::from_tag` reads it: 0 English, 1 Simplified Chinese. */
function lang(tag) {
  if (tag === undefined) return 0;
  const [language, region] = typeof tag === "string" ? tag.toLowerCase().split(/[-_]/) : [];
  if (language === "en") return 0;
  if (language === "zh" && (region === undefined || ["cn", "sg", "hans"].includes(region))) return 1;
  throw new RangeError('lang must be "en" or "zh-CN"');
}

/** Writes the first units of `s` from `at`, where the module reads them; the count written. */
function write(s, at) {
  const n = Math.min(s.length, MAX_UNITS);
  for (let i = 0; i < n; i++) units[at + i] = s.charCodeAt(i);
  return n;
}

// Messages, from the core's templates: "{name}" is a figure's value.

const split = (template) => template.split(/\{(\w+)\}/);

/** Per language, built once: `v` and `w`, per violation and warning code, its
 * templates split at their figures, each figure as its place in the record
 * (then the disputed violation, and too_few_categories' n and list): [main,
 * ".1", ".over", ".asOne", the place of the figure that picks ".1" and ".over",
 * of "present", of "n"]. */
const templates = [];
const messages = (lang) => (templates[lang] ??= compile(GLUE.messages[lang ? "zh-CN" : "en"]));
function compile(source) {
  const by = (codes, specs) =>
    codes.map((code, c) => {
      const names = specs[c].map((f) => f[0]).concat("violation", "n", "list");
      const at = (key) => source[key] && split(source[key]).map((part, i) => (i & 1 ? names.indexOf(part) : part));
      const one = names.indexOf("length");
      return [at(code), at(code + ".1"), at(code + ".over"), at(code + ".asOne"), one < 0 ? names.indexOf("count") : one, names.indexOf("present"), names.indexOf("n")];
    });
  return {
    v: by(VIOLATIONS, FIGURES.violations),
    w: by(WARNINGS, FIGURES.warnings),
    labels: CATEGORIES.map((c) => source["label." + c]),
    letters: source.letters,
    separator: source.listSeparator,
    open: source.listOpen,
    close: source.listClose,
  };
}

function fill(template, figures) {
  let s = template[0];
  for (let i = 1; i < template.length; i += 2) s += figures[template[i]] + template[i + 1];
  return s;
}

/** The message of a violation or warning (its templates `t` and figures by place `f`), as the core writes it. */
function message(m, t, f) {
  const p = t[5];
  if (p >= 0) {
    // too_few_categories: the classes present, letters of either case being one where 3 count.
    const bits = f[p];
    const asOne = f[p + 2] < 4;
    let n = 0;
    let list = "";
    for (let i = 0; i < CATEGORIES.length; i++) {
      // Lowercase and uppercase are the first two.
      if ((bits >> i) & 1 && !(asOne && i === 1 && bits & 1)) {
        list += (n++ ? m.separator : "") + (asOne && i < 2 ? m.letters : m.labels[i]);
      }
    }
    f[t[6]] = n;
    f[t[6] + 1] = n ? m.open + list + m.close : list;
    return fill(asOne ? t[3] : t[0], f);
  }
  return fill(t[2] && f[t[4]] > LIMIT ? t[2] : t[1] && f[t[4]] === 1 ? t[1] : t[0], f);
}

/** The figures of the record at `at`, onto `into` and, as the message reads them, into `f`: one array, reused. */
const f = [];
function figures(names, at, into) {
  for (let i = 0; i < names.length; i++) {
    const name = names[i][0];
    const kind = names[i][1];
    if (kind === "count") into[name] = f[i] = words[at++];
    else if (kind === "categories") (into[name] = categoryNames((f[i] = words[at++])));
    else if (kind === "characters") (into[name] = f[i] = characters(at)), (at += 4);
    else (into[name] = f[i] = text(words[at], words[at + 1])), (at += 2);
  }
  return f;
}

function violation(at, m, apiErrorCode) {
  const c = words[at];
  const code = VIOLATIONS[c];
  const v = { code, apiErrorCode, message: "" };
  v.message = message(m, m.v[c], figures(FIGURES.violations[c], at + 1, v));
  return v;
}

function warning(at, m, apiErrorCode) {
  const c = words[at];
  const code = WARNINGS[c];
  const w = { code, message: "" };
  const names = FIGURES.warnings[c];
  // The disputed violation's message first: its figures go through `f` too.
  const disputed = code === "disputed_rule" ? violation(at + 8, m, apiErrorCode).message : "";
  f[names.length] = disputed;
  w.message = message(m, m.w[c], figures(names, at + 1, w));
  return w;
}

/** The grapheme clusters holding the disallowed ranges, `n` pairs of words from `at`. */
function disallowed(password, at, n, inspected, ascii) {
  const spans = [];
  let index = 0;
  let next = 0;
  const cluster = (start, end) => {
    let holds = false;
    while (next < n && words[at + 2 * next] < end) (holds = true), next++;
    if (holds) spans.push({ index, start, end });
    index++;
    return next < n;
  };
  if (ascii) {
    // Every ASCII unit is a cluster of its own, but CR LF.
    for (let i = 0; i < inspected; ) {
      const end = password.charCodeAt(i) === 13 && password.charCodeAt(i + 1) === 10 && i + 1 < inspected ? i + 2 : i + 1;
      if (!cluster(i, end)) break;
      i = end;
    }
  } else {
    segmenter ??= new Intl.Segmenter();
    for (const { index: start, segment } of segmenter.segment(password.slice(0, inspected))) {
      if (!cluster(start, start + segment.length)) break;
    }
  }
  return spans;
}

/** Checks `password` against the rules of `options.api` for `options.targets`; see the README. */
export function check(password, options) {
  if (typeof password !== "string") throw new TypeError("password must be a string");
  if (typeof options !== "object" || options === null) throw new TypeError("check options must be an object with targets");
  const targets = targetBits(options.targets);
  const username = optionalText(options.username, "username");
  const language = lang(options.lang);
  const index = api(options.api);
  const reading = strict(options.strict);

  const n = Math.min(password.length, MAX_UNITS);
  let any = 0;
  for (let i = 0; i < n; i++) any |= units[i] = password.charCodeAt(i);
  raw.cvm_check(index, targets, reading, n, username === undefined ? NONE : write(username, MAX_UNITS));

  const m = messages(language);
  const violations = [];
  const warnings = [];
  const nv = words[3];
  const nw = words[4];
  // The API's code for a refused password: none where the vendor lists none.
  const apiErrorCode = words[7] === NONE ? null : text(words[7], words[8]);
  let at = HEADER;
  for (let i = 0; i < nv; i++, at += 8) violations.push(violation(at, m, apiErrorCode));
  for (let i = 0; i < nw; i++, at += 16) warnings.push(warning(at, m, apiErrorCode));
  const bits = words[2];
  return {
    ok: words[0] === 1,
    length: words[1],
    categories: { lowercase: (bits & 1) === 1, uppercase: (bits & 2) === 2, digit: (bits & 4) === 4, special: (bits & 8) === 8 },
    violations,
    warnings,
    disallowed: words[5] ? disallowed(password, at, words[5], words[6], any < 0x80) : [],
  };
}

/** The rules of `options.api` for `targets`, as plain data: the CLI's `rules --json`, in camelCase. */
export function rules(targets, options) {
  const bits = targetBits(targets);
  const index = api(field(options, "api", "rules options"));
  raw.cvm_rules(index, bits, strict(field(options, "strict", "rules options")));
  const out = {};
  RULE_FIELDS.forEach((name, i) => {
    const at = 5 * i;
    const value = words[at + 1];
    out[name] = [
      () => value,
      () => value === 1,
      () => (value === NONE ? null : text(value, words[at + 2])),
      () => characters(at + 1),
      () => categoryNames(value),
    ][words[at]]();
  });
  return out;
}

/** `minlength`, `maxlength`, `pattern` and `passwordrules` for a password field. */
export function formAttributes(targets, options) {
  const bits = targetBits(targets);
  const username = optionalText(field(options, "username", "form options"), "username");
  const index = api(field(options, "api", "form options"));
  const reading = strict(field(options, "strict", "form options"));
  raw.cvm_form(index, bits, reading, username === undefined ? NONE : write(username, MAX_UNITS));
  const bytes = new Uint8Array(memory.buffer, raw.cvm_bytes());
  return {
    minlength: words[0],
    maxlength: words[1],
    pattern: decoder.decode(bytes.subarray(0, words[2])),
    passwordrules: decoder.decode(bytes.subarray(words[3], words[3] + words[4])),
  };
}

/** A password the rules accept, from `crypto.getRandomValues`; see the README. */
export function generate(targets, options) {
  const bits = targetBits(targets);
  const username = optionalText(field(options, "username", "generate options"), "username");
  let length = field(options, "length", "generate options");
  if (length === undefined || length === null) length = -1;
  else if (typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > Number.MAX_SAFE_INTEGER) {
    throw new TypeError("length must be a whole number of characters, 0 or more");
  }
  const name = field(options, "api", "generate options");
  const index = name === undefined || name === null ? NONE : api(name);
  for (;;) {
    const status = raw.cvm_generate(index, bits, length, username === undefined ? NONE : write(username, MAX_UNITS));
    if (status === 1) {
      // The module's random bytes are used up: new ones, and again.
      crypto.getRandomValues(randomPool);
      raw.cvm_random_filled();
      continue;
    }
    if (status === 0) {
      const bytes = new Uint8Array(memory.buffer, raw.cvm_bytes(), words[0]);
      const password = decoder.decode(bytes);
      bytes.fill(0);
      return password;
    }
    const code = GENERATE_ERRORS[words[0]];
    const [first, second, third] = [words[1], words[2], words[3]];
    const f =
      code === "length_above_capacity"
        ? { length: first, capacity: second }
        : { length: first, min: second, max: third, available: second, required: third };
    let key = code;
    if (code === "length_out_of_range" && second > third) key += ".none";
    if (code === "categories_unavailable" && second < third) key += ".short";
    const error = new RangeError(fill(split(GLUE.messages.en[`generate.${key}`]), f));
    error.code = code;
    throw error;
  }
}

/** Every API the package knows, `cvm:ResetInstancesPassword` first. */
export function apis() {
  const all = [];
  for (let i = 0; i < raw.cvm_api_count(); i++) {
    raw.cvm_api(i);
    let at = 0;
    const next = () => text(words[at++], words[at++]);
    const name = next();
    const family = String.fromCharCode(words[at++]);
    const mix = words[at++] ? "strictest" : "windows";
    const takesUsername = words[at++] === 1;
    const sources = Array.from({ length: words[at++] }, next);
    const disputes = Array.from({ length: words[at++] }, () => ({ rule: next(), refusedBy: next(), acceptedBy: next() }));
    all.push({ name, family, mix, takesUsername, sources, disputes });
  }
  return all;
}

// The module travels inside this file, gzipped and in base64, so that Node,
// bundlers and pages load it as they load any JavaScript, without a fetch
// or a bundler's rule for .wasm files; top-level await makes it ready
// before any import of this module returns.
async function load() {
  const gzipped = Uint8Array.from(atob(wasm()), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  return bind((await WebAssembly.instantiate(bytes, {})).instance);
}
/** Resolves once the module is ready: at once, since importing this module waits for it. */
export const ready = load();
await ready;

// Last, so that gzip compresses the code and the bytes each in blocks of
// their own; a declaration, so that `load` can call it from above.
function wasm() {
  return "/* WASM */";
}
