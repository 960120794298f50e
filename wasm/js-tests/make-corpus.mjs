// Writes tests/corpus.json, the passwords of the native-versus-WASM
// differential test: boundaries, every special character, tricky Unicode,
// lone surrogates and random strings. Seeded, so the output is the same on
// every run; the file is committed, and this script says how it was made.
// Usage: node js-tests/make-corpus.mjs > tests/corpus.json
//
// Each case is a password and, sometimes, a username. A string that is not
// well-formed UTF-16 (a lone surrogate) is written as an array of code
// units, which JSON parsers everywhere read the same way.

const SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

// mulberry32: small, seeded, good enough to pick test inputs.
let seed = 0x5eed_cafe;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];

const cases = [];
const seen = new Set();
function add(password, username) {
  const entry = username === undefined ? { password } : { password, username };
  const key = JSON.stringify(entry);
  if (!seen.has(key)) {
    seen.add(key);
    cases.push(entry);
  }
}
const units = (...codes) => codes;

// Boundaries: every length from 0 to 32 in each mix of categories, around
// both minimums and the maximum, with and without a leading '/'.
const mixes = ["a", "aA", "aA1", "aA1!", "A1!", "a1", "!/", "Zz9~"];
for (const mix of mixes) {
  for (let n = 0; n <= 32; n++) {
    add(mix.repeat(n).slice(0, n));
  }
}
for (let n = 6; n <= 32; n++) {
  add("/" + "aA1!".repeat(8).slice(0, n - 1));
  add("x" + "/".repeat(n - 1));
}
// Around the inspection limit (4096 characters) and the units a check reads.
for (const n of [4095, 4096, 4097, 4098, 8193, 8194, 8195]) {
  add("aA1".repeat(n).slice(0, n));
}
add("é".repeat(4097));
add("😀".repeat(4097));
add("😀".repeat(4095) + "aA1!");
add("aA1!" + "b".repeat(5000) + " ");

// Every printable ASCII character, alone, leading, in the middle and last
// of an otherwise valid password: the 30 specials, space, '"' and '\'.
for (const c of PRINTABLE) {
  add(c);
  add(c + "Abcdefgh1234");
  add("Abcdef" + c + "gh1234");
  add("Abcdefgh1234" + c);
}
add(SPECIALS);
add("aA1" + SPECIALS);
add(SPECIALS.split("").reverse().join(""));
// Control characters and DEL.
for (let code = 0; code < 0x20; code++) {
  add("Abcdefgh1234" + String.fromCharCode(code));
}
add("Abcdefgh1234\x7f");

// Tricky Unicode: look-alikes, spaces, invisible and bidi characters,
// combining marks, emoji sequences, scripts whose clusters span several
// characters.
const tricky = [
  "！", "／", "１", "Ａ", "ａ", "＠", "\u00a0", "\u3000", "\u2028", "\u200b", "\u200c", "\u200d",
  "\u2060", "\ufeff", "\u202e", "\u2066", "\u061c", "\u00ad", "é", "e\u0301", "a\u0301\u0302\u0303",
  "\u0301", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇳", "🇨🇳🇺🇸", "1️⃣", "❤️", "ก่", "क्षि", "한", "\u1100\u1161\u11a8",
  "\u0915\u094d\u0937", "中文", "Ω", "ß", "İ", "ﬁ", "\ufffd", "\ufffe", "\u{10ffff}", "\u{e0800}", "\u{40000}", "\u{e0041}",
  "\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
];
for (const t of tricky) {
  add(t);
  add("Abcdefgh1234" + t);
  add(t + "Abcdefgh1234");
  add("Abc" + t + "def" + t + "12!");
  add("/" + t + "Abcdefgh1234");
}
add("e" + "\u0301".repeat(300) + "Abcdefgh1234");
add("Abcdefgh1234" + "\u0301".repeat(5000));

// Lone surrogates, as code units: high, low, reversed pairs, at each end,
// next to combining marks and beside a real pair.
const abc = Array.from("Abcdefgh1234", (c) => c.charCodeAt(0));
const lone = [0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d];
for (const s of lone) {
  add(units(s));
  add(units(s, ...abc));
  add(units(...abc, s));
  add(units(...abc.slice(0, 6), s, ...abc.slice(6)));
  add(units(s, 0x301, ...abc));
}
add(units(0xdc00, 0xd800, ...abc));
add(units(0xd83d, 0xde00, 0xd83d, ...abc));
add(units(...abc, 0xd800, 0xd800, 0xdfff));

// Usernames: the Windows rule, its case folding, short names, names no
// accepted password can hold, and lone surrogates on both sides.
const names = [
  ["Administrator", "xAdministrator1!"],
  ["Administrator", "xADMINISTRATOR1!"],
  ["Administrator", "Admin1strator!!x"],
  ["admin", "MyAdmin!2024xx"],
  ["admin", "MyAdm1n!2024xx"],
  ["ab", "xxab!ABxx12345"],
  ["abc", "xxab!ABCxx12345"],
  ["ec2-user", "Ec2-User!2024xyz"],
  ["ec2-user", "Ec2_User!2024xyz"],
  ["José", "JOSÉ!abc123xyz"],
  ["José", "xJosé!abc123xyz"],
  ["", "Abcdefgh1234!"],
  ["root", "root!Root1234"],
  ["ubuntu", "Ubuntu!2024abcd"],
  ["a".repeat(5000), "a".repeat(40) + "A1!"],
  ["😀😀😀", "Ab1!😀😀😀xyzabc"],
];
for (const [name, password] of names) {
  add(password, name);
}
add(units(0x61, 0x62, 0xd800, 0x31, 0x21, ...abc), units(0x61, 0x62, 0xd800));
add(units(0x61, 0x62, 0xd801, 0x31, 0x21, ...abc), units(0x61, 0x62, 0xd800));
add("ab\ufffd1!Abcdefgh1234", units(0x61, 0x62, 0xd800));
add(units(0x61, 0x62, 0xd800, 0x31, 0x21, ...abc), "ab\ufffd");
add("ab\u{40001}1!Abcdefgh1234", "ab\u{40001}");
add(units(0x61, 0x62, 0xd801, 0x31, 0x21, ...abc), "ab\u{40001}");

// Random strings: mostly the vendor's alphabet, sometimes anything printable,
// now and then a character from the tricky list; lengths around the rules'.
const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + SPECIALS;
for (let i = 0; i < 700; i++) {
  const length = Math.floor(random() * 36);
  let password = "";
  for (let j = 0; j < length; j++) {
    const r = random();
    password += r < 0.9 ? pick(alphabet) : r < 0.97 ? pick(PRINTABLE) : pick(tricky);
  }
  if (random() < 0.2) {
    add(password, pick(["Administrator", "admin", "root", "user", "ab", "x-y"]));
  } else {
    add(password);
  }
}

process.stdout.write(JSON.stringify({ cases }, null, 0).replace(/\},\{/g, "},\n{") + "\n");
