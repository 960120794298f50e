// The cvm-password package: the CVM password rules for web forms. The
// rules run in WebAssembly (wasm/src), which writes every answer whole,
// messages included; this module only reads the arguments, makes one call
// and turns the answer into objects, by the layout the module states
// (layout.js, generated from wasm/src/layout.rs).
import { BUFFER, CATEGORY_NAMES, CHECK, FIGURE, FINDING, FORM, GENERATE, KIND, NONE, OS_NAMES, SEVERITY, TABLE } from "./layout.js";

let raw, bytes, units, words, random;
const decoder = new TextDecoder();
/** The crate's own strings, by address: decoded once; and figure names in camelCase. */
const strings = new Map();
const keys = new Map();
/** Names already looked up, per table. */
const indices = [new Map(), new Map(), new Map()];

function bind(instance) {
  raw = instance.exports;
  // The npm build never grows its memory: these views stay valid.
  const buffer = raw.memory.buffer;
  bytes = new Uint8Array(buffer);
  units = new Uint16Array(buffer, raw.cvm_units(), BUFFER.UNITS);
  words = new Uint32Array(buffer, raw.cvm_words(), BUFFER.WORDS);
  random = new Uint8Array(buffer, raw.cvm_random(), BUFFER.RANDOM);
}

function module() {
  if (!raw) throw new Error("cvm-password is not ready yet: await its `ready` export before calling it");
  return raw;
}

/** A check's texts, decoded at once where they are ASCII (the common case): from `base`, or none. */
const NO_ANSWER = { base: 0, text: "" };
let answer = NO_ANSWER;

/** Text in the module's memory; the crate's own strings are cached. */
function text(address, length, cached) {
  let s = cached ? strings.get(address) : undefined;
  if (s === undefined) {
    const at = address - answer.base;
    s =
      !cached && at >= 0 && at + length <= answer.text.length
        ? answer.text.substring(at, at + length)
        : decoder.decode(bytes.subarray(address, address + length));
    if (cached) strings.set(address, s);
  }
  return s;
}

/** Decodes the `length` bytes of texts of an answer at once, if they are ASCII. */
function decodeAnswer(length) {
  const base = raw.cvm_bytes();
  const all = decoder.decode(bytes.subarray(base, base + length));
  answer = { base, text: all.length === length ? all : "" };
}

/** A string field of `words` at `at`: address and length, or `NONE`. */
const field = (at, cached) => (words[at] === NONE ? null : text(words[at], words[at + 1], cached));

const camel = (snake) => snake.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** The core's JSON description in the module's bytes, its keys in camelCase. */
const described = (length) =>
  JSON.parse(text(raw.cvm_bytes(), length, false), (_, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), v]))
      : value,
  );

// Arguments, read as the README documents them. No message quotes a value.

/** Writes the first units of `s` from `at`, where the module reads them; the count written. */
function write(s, at) {
  const n = Math.min(s.length, BUFFER.USERNAME);
  for (let i = 0; i < n; i++) units[at + i] = s.charCodeAt(i);
  return n;
}

/** The module's index of `name` in `table`, or `undefined`. */
function lookup(table, name) {
  if (typeof name !== "string") return undefined;
  let index = indices[table].get(name);
  if (index === undefined) {
    // Exports return an i32: read it unsigned, as every number of the module.
    index = module().cvm_lookup(table, write(name, 0)) >>> 0;
    indices[table].set(name, index);
  }
  return index === NONE ? undefined : index;
}

const TARGETS = `targets must be an array of ${OS_NAMES.map((os) => `"${os}"`).join(", ").replace(/, (?=[^,]*$)/, " or ")}`;

function targetBits(targets) {
  if (targets === undefined || targets === null) return 0;
  if (!Array.isArray(targets)) throw new TypeError(TARGETS);
  let bits = 0;
  for (const target of targets) {
    const bit = lookup(TABLE.OS, target);
    if (bit === undefined) throw new TypeError(TARGETS);
    bits |= 1 << bit;
  }
  return bits;
}

function options(value, what) {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object") throw new TypeError(`${what} must be an object`);
  return value;
}

function optionalText(value, what) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new TypeError(`${what} must be a string`);
  return value;
}

function api(name, none = 0) {
  if (name === undefined || name === null) return none;
  const index = lookup(TABLE.API, name);
  if (index === undefined) throw new TypeError('api must be the "service:Action" name of an API that apis() lists');
  return index;
}

function strict(value) {
  if (value === undefined || value === null || value === false) return 0;
  if (value === true) return 1;
  throw new TypeError("strict must be a boolean");
}

function lang(tag) {
  if (tag === undefined || tag === null) return 0;
  const index = lookup(TABLE.LANG, tag);
  if (index === undefined) throw new RangeError('lang must be "en" or "zh-CN"');
  return index;
}

function username(value, what) {
  const name = optionalText(value, what);
  return name === undefined ? NONE : write(name, BUFFER.USERNAME);
}

const categoryNames = (bits) => CATEGORY_NAMES.filter((_, i) => (bits >> i) & 1);

/** The finding at `at`, and where the next one starts: code, an error's API code, message, figures. */
function finding(at) {
  const f = { code: field(at + FINDING.CODE, true) };
  if (words[at + FINDING.SEVERITY] === SEVERITY.ERROR) f.apiErrorCode = field(at + FINDING.API_ERROR_CODE, true);
  f.message = field(at + FINDING.MESSAGE, false);
  let next = at + FINDING.WORDS;
  for (let i = 0; i < words[at + FINDING.FIGURES]; i++, next += FIGURE.WORDS) {
    let key = keys.get(words[next + FIGURE.NAME]);
    if (key === undefined) keys.set(words[next + FIGURE.NAME], (key = camel(field(next + FIGURE.NAME, false))));
    const value = next + FIGURE.VALUE;
    const kind = words[next + FIGURE.KIND];
    f[key] =
      kind === KIND.COUNT ? words[value]
      : kind === KIND.CATEGORIES ? categoryNames(words[value])
      : field(value, kind === KIND.TEXT);
  }
  return [f, next];
}

let segmenter;
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
export function check(password, checkOptions) {
  if (typeof password !== "string") throw new TypeError("password must be a string");
  const o = options(checkOptions, "check options");
  const index = api(o.api);
  const bits = targetBits(o.targets);
  const reading = strict(o.strict);
  const language = lang(o.lang);
  const name = username(o.username, "username");
  const n = Math.min(password.length, BUFFER.USERNAME);
  let any = 0;
  for (let i = 0; i < n; i++) any |= units[i] = password.charCodeAt(i);
  module().cvm_check(index, bits, reading, language, n, name);
  decodeAnswer(words[CHECK.TEXT]);

  const violations = [];
  const warnings = [];
  let at = CHECK.HEADER;
  for (let i = 0; i < words[CHECK.FINDINGS]; i++) {
    const [f, next] = finding(at);
    (words[at + FINDING.SEVERITY] === SEVERITY.ERROR ? violations : warnings).push(f);
    at = next;
  }
  // Other calls write other texts where these were.
  answer = NO_ANSWER;
  const present = words[CHECK.CATEGORIES];
  const categories = {};
  for (let i = 0; i < CATEGORY_NAMES.length; i++) categories[CATEGORY_NAMES[i]] = ((present >> i) & 1) === 1;
  return {
    ok: words[CHECK.OK] === 1,
    length: words[CHECK.LENGTH],
    categories,
    violations,
    warnings,
    disallowed: words[CHECK.RANGES] ? disallowed(password, words[CHECK.RANGES_AT], words[CHECK.RANGES], words[CHECK.INSPECTED], any < 0x80) : [],
  };
}

/** The rules of `options.api` for `targets`, as plain data: the core's description, in camelCase. */
export function rules(targets, rulesOptions) {
  const o = options(rulesOptions, "rules options");
  return described(module().cvm_rules(api(o.api), targetBits(targets), strict(o.strict)));
}

/** `minlength`, `maxlength`, `pattern` and `passwordrules` for a password field. */
export function formAttributes(targets, formOptions) {
  const o = options(formOptions, "form options");
  const args = [api(o.api), targetBits(targets), strict(o.strict)];
  module().cvm_form(...args, username(o.username, "username"));
  return {
    minlength: words[FORM.MIN_LENGTH],
    maxlength: words[FORM.MAX_LENGTH],
    pattern: field(FORM.PATTERN, false),
    passwordrules: field(FORM.RULES, false),
  };
}

/** A password the rules accept, from `crypto.getRandomValues`; see the README. */
export function generate(targets, generateOptions) {
  const o = options(generateOptions, "generate options");
  let length = o.length;
  if (length === undefined || length === null) length = -1;
  else if (typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > Number.MAX_SAFE_INTEGER) {
    throw new TypeError("length must be a whole number of characters, 0 or more");
  }
  const args = [api(o.api, NONE), targetBits(targets), length];
  const language = lang(o.lang);
  for (;;) {
    const status = module().cvm_generate(...args, username(o.username, "username"), language);
    if (status === GENERATE.REFILL) {
      crypto.getRandomValues(random);
      raw.cvm_random_filled();
    } else if (status === GENERATE.DONE) {
      const made = bytes.subarray(raw.cvm_bytes(), raw.cvm_bytes() + words[0]);
      const password = decoder.decode(made);
      made.fill(0);
      return password;
    } else {
      const [f] = finding(0);
      throw Object.assign(new RangeError(f.message), f);
    }
  }
}

let catalogue;
/** Every API the package knows, `cvm:ResetInstancesPassword` first: the core's description of each. */
export function apis() {
  catalogue ??= Array.from({ length: module().cvm_api_count() }, (_, i) => described(raw.cvm_api(i)));
  return structuredClone(catalogue);
}

// The module travels inside this file, gzipped and in base64, so that Node,
// bundlers and pages load it as they load any JavaScript, without a fetch
// or a bundler's rule for .wasm files; top-level await makes it ready
// before any import of this module returns.
async function load() {
  const gzipped = Uint8Array.from(atob(wasm()), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  bind((await WebAssembly.instantiate(bytes, {})).instance);
}
/** Resolves once the module is ready: at once, since importing this module waits for it. */
export const ready = load();
await ready;

// Last, so that gzip compresses the code and the bytes each in blocks of
// their own; a declaration, so that `load` can call it from above.
function wasm() {
  return "/* WASM */";
}
