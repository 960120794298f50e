// The types of the cvm-password package (cvm_password.js).

/** An OS of the request's instances: "linux" and "ubuntu" follow the Linux rules, "windows" the Windows rules, and "unknown" may be either. */
export type Target = "linux" | "ubuntu" | "windows" | "unknown";
/** The language of messages. */
export type Lang = "en" | "zh-CN";
/** The four character categories. */
export type CategoryName = "lowercase" | "uppercase" | "digit" | "special";
/** The error code with which an API refuses a password: `null` where the vendor lists none (Batch, bare metal, ...). */
export type ApiErrorCode =
  | "InvalidParameterValue.InvalidPassword"
  | "InvalidParameterValue.InvaildPassword"
  | "InvalidParameter.InvalidPassword"
  | "InvalidPassword";
/** An API that sets an instance login password, `service:Action`, as `apis()` lists them: "cvm:ResetInstancesPassword", "cvm:RunInstances", "emr:CreateCluster"... */
export type ApiName = string;

/** Which API's rules, read how. */
export interface ApiOptions {
  /** The API whose rules apply; "cvm:ResetInstancesPassword" by default. Unknown names throw a `TypeError`. */
  api?: ApiName | null;
  /** Whether whatever any of the API's sources refuses is an error; by default only what every source refuses is, and what some refuse is a `disputed_rule` warning. */
  strict?: boolean | null;
}

export interface CheckOptions extends ApiOptions {
  /** The OS of each instance of the request; left out, or `[]`, any OS: the strictest rules the API's mix gives. */
  targets?: readonly Target[] | null;
  /** The request's `UserName`; without it, or empty, the OS default (`Administrator` for the Windows rule). Ignored by APIs that take none. */
  username?: string | null;
  /** The language of `message`; English by default. */
  lang?: Lang;
}

interface ViolationBase {
  apiErrorCode: ApiErrorCode | null;
  /** For people, in the language asked for; never quotes the password. */
  message: string;
}

/** One reason the server would refuse the password, with its figures. */
export type Violation = ViolationBase & (
  | { code: "too_short"; length: number; min: number }
  | { code: "too_long"; length: number; max: number }
  | { code: "leading_slash" }
  /** `banned`: the characters the rules ban first, `/` aside, in ASCII order. */
  | { code: "banned_first_character"; banned: string }
  /** `outOf`: 4 classes, or 3 where letters of either case count as one. */
  | { code: "too_few_categories"; present: CategoryName[]; required: number; outOf: number }
  | { code: "disallowed_character"; count: number }
  | { code: "contains_username" }
);

/** The code of a violation. */
export type ViolationCode = Violation["code"];

/** Something worth telling about an accepted password. */
export type Warning =
  | { code: "shorter_than_recommended"; message: string; length: number; recommended: number }
  /** A rule some of the API's sources have and the password breaks: an error with `strict`. */
  | { code: "disputed_rule"; message: string; rule: ViolationCode; refusedBy: string; acceptedBy: string };

/** A grapheme cluster holding a disallowed character: `password.slice(start, end)`. */
export interface Disallowed {
  /** Which grapheme cluster, counting from 0. */
  index: number;
  /** Its first UTF-16 unit. */
  start: number;
  /** One past its last UTF-16 unit. */
  end: number;
}

export interface CheckResult {
  ok: boolean;
  /** In Unicode scalar values (a lone surrogate counts one), up to 4097: more than 4096 is not counted further. */
  length: number;
  categories: Record<CategoryName, boolean>;
  violations: Violation[];
  /** Only for an accepted password. */
  warnings: Warning[];
  disallowed: Disallowed[];
}

/** The policy as plain data: the same fields as the CLI's `rules --json`, in camelCase. */
export interface Rules {
  /** "linux" or "windows" where the rules are a preset. */
  policy: "linux" | "windows" | "custom";
  minLength: number;
  maxLength: number;
  /** Shorter accepted passwords get the warning `shorter_than_recommended`. */
  recommendedMinLength: number;
  /** How many classes must be present: of `categories`, or of 3 where `lettersAsOne`. */
  requiredCategories: number;
  /** Whether lowercase and uppercase letters count as one class. */
  lettersAsOne: boolean;
  categories: CategoryName[];
  /** The special characters, in ASCII order. */
  specials: string;
  spaceAllowed: boolean;
  bansLeadingSlash: boolean;
  /** The characters a password may not start with, `/` aside, in ASCII order. */
  bannedFirst: string;
  bansUsername: boolean;
  /** The name the username rule looks for when none is given; `null` without the rule. */
  defaultUsername: string | null;
  /** Shorter usernames are not looked for. */
  usernameMinChecked: number;
  /** A check reads this many characters at most. */
  inspectionLimit: number;
  /** The length `generate` gives by default. */
  generatedLength: number;
}

export type RulesOptions = ApiOptions;

export interface FormOptions extends ApiOptions {
  /** The username, for the username rule; without it, the OS default. Ignored by APIs that take none. */
  username?: string | null;
}

/** Attributes for `<input type="password">`. */
export interface FormAttributes {
  minlength: number;
  maxlength: number;
  /** Accepts exactly what `check` accepts with the same options (compiled by browsers with the `v` flag). */
  pattern: string;
  /** Apple's password rules: every password they describe is accepted, in the strict reading too. */
  passwordrules: string;
}

export interface GenerateOptions {
  /** The username the password must not contain; without it, the OS default. Ignored by APIs that take none. */
  username?: string | null;
  /** In characters; by default `Rules.generatedLength` (20, or the API's maximum below it). */
  length?: number;
  /** The API whose every source must accept the password; without it, what every API of the portable families (A to D) accepts. */
  api?: ApiName | null;
  /** The language of the error's message; English by default. */
  lang?: Lang;
}

/** The error `generate` throws for rules no password meets: a `RangeError` with the generator's code and figures. */
export interface GenerateError extends RangeError {
  code: "length_out_of_range" | "length_above_capacity" | "categories_unavailable" | "first_character_unavailable" | "random_source_failed" | "random_source_stuck";
}

/** A rule an API's sources disagree on. */
export interface Dispute {
  /** The code of the violation that breaks it. */
  rule: ViolationCode;
  /** The sources that refuse what breaks it. */
  refusedBy: string;
  /** The sources that accept it. */
  acceptedBy: string;
}

/** Where an API's rules come from: a parameter of the vendor's metadata, cited by fingerprint, or a page. */
export interface Source {
  /** How messages name it. */
  label: string;
  /** The metadata package and version; `null` for a page. */
  package: string | null;
  /** The file in the package, or the page. */
  file: string;
  /** The action and the parameter path; `null` for a page. */
  parameter: string | null;
  /** The SHA-256 of the rule text; `null` for a page. */
  fingerprint: string | null;
  /** The rules it states for Linux, and for Windows. */
  linux: Rules;
  windows: Rules;
}

/** An API whose rules the package knows: the core's description, the CLI's `apis --json` entry, in camelCase. */
export interface ApiInfo {
  name: ApiName;
  /** Its family of rules: APIs of one family document the same rules. */
  family: "reset" | "lighthouse_login" | "cvm_login" | "auto_scaling" | "batch" | "ecm_reset" | "ecm_create" | "bare_metal" | "emr";
  /** The family's letter, as docs/SPEC.md names it. */
  letter: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I";
  /** How a batch of several OSes is ruled: "windows", one Windows (or unknown) instance makes all Windows; "strictest", every OS's rules at once. */
  mix: "windows" | "strictest";
  /** Whether the API takes a `UserName`; one that does not sets the default administrator's password. */
  takesUsername: boolean;
  /** The code of a refused password; `null` where the vendor lists none. */
  passwordErrorCode: ApiErrorCode | null;
  /** Every error code a finding for it can have. */
  errorCodes: string[];
  /** The top-level parameters of its request, where the pre-flight reads it; else `null`. */
  parameters: string[] | null;
  sources: Source[];
  disputes: Dispute[];
}
/**
 * Checks `password` against the rules of `options.api` (by default
 * `cvm:ResetInstancesPassword`) for `options.targets`, reporting every
 * violation at once.
 *
 * Throws a `TypeError` when `password` is not a string, `options` not an
 * object, `targets` not an array of known OS names, `username` not a
 * string, `api` not the name of a known API or `strict` not a boolean; a
 * `RangeError` for a language other than `en` and `zh-CN`.
 */
export function check(password: string, options?: CheckOptions | null): CheckResult;

/**
 * The rules of `options.api` for `targets`, as plain data: the core's
 * description, the same fields as the CLI's `rules --json`, in camelCase.
 *
 * Throws a `TypeError` when `targets` is not an array of known OS names,
 * `api` not the name of a known API or `strict` not a boolean.
 */
export function rules(targets?: readonly Target[] | null, options?: RulesOptions | null): Rules;

/**
 * `minlength`, `maxlength`, `pattern` and `passwordrules` for a password
 * field, from the policy `check` follows with the same options.
 *
 * Throws a `TypeError` when `targets` is not an array of known OS names,
 * the username not a string, `api` not the name of a known API or `strict`
 * not a boolean.
 */
export function formAttributes(targets?: readonly Target[] | null, options?: FormOptions | null): FormAttributes;

/**
 * A password the rules for `targets` accept, from `crypto.getRandomValues`:
 * those of `options.api` in the strict reading, so that every source of
 * the API accepts it, or without an API, what every API of the portable
 * families (A to D) accepts.
 *
 * Throws a `TypeError` for arguments of the wrong type or an unknown API; a
 * {@link GenerateError} for a length the rules do not allow.
 */
export function generate(targets?: readonly Target[] | null, options?: GenerateOptions | null): string;

/**
 * Every API whose rules the package knows, in the core's order
 * (`cvm:ResetInstancesPassword` first, then by family and name): a copy
 * each time.
 */
export function apis(): ApiInfo[];

/** Resolves once the module is ready: at once, since importing the package waits for it. */
export const ready: Promise<void>;
