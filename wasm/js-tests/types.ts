// Compiled, never run, by types.test.mjs: the package's TypeScript types
// are exact enough to catch these mistakes. Each @ts-expect-error must find
// an error, or tsc fails: with `any` types, none would.
import { apis, check, formAttributes, generate, ready, rules } from "../pkg/cvm_password.js";
import type { ApiInfo, CheckResult, FormAttributes, Rules, Target, Violation, Warning } from "../pkg/cvm_password.js";

export async function form(password: string): Promise<string[]> {
  await ready;
  const targets: Target[] = ["linux", "windows"];
  const result: CheckResult = check(password, { targets, username: "Administrator", lang: "zh-CN" });
  const lines: string[] = [];
  for (const v of result.violations) {
    lines.push(`${v.code} ${v.apiErrorCode}: ${v.message}`);
    if (v.code === "too_short") {
      lines.push(`${v.length} < ${v.min}`);
    }
    if (v.code === "too_few_categories") {
      lines.push(v.present.join(", "));
    }
    // @ts-expect-error: `min` belongs to too_short only
    lines.push(String(v.min));
  }
  for (const { start, end } of result.disallowed) {
    lines.push(password.slice(start, end));
  }
  for (const w of result.warnings) {
    if (w.code === "disputed_rule") {
      lines.push(`${w.rule}: ${w.refusedBy} / ${w.acceptedBy}`);
    } else {
      lines.push(`${w.length} < ${w.recommended}`);
    }
    // @ts-expect-error: `refusedBy` belongs to disputed_rule only
    lines.push(w.refusedBy);
  }
  const ok: boolean = result.ok && result.categories.special;
  const attributes: FormAttributes = formAttributes(targets, { username: "ec2-user" });
  const limits: Rules = rules(targets);
  const suggestion: string = generate(targets, { length: limits.generatedLength });
  lines.push(String(ok), attributes.pattern, suggestion);

  // Every API, read strictly or not.
  const all: ApiInfo[] = apis();
  for (const api of all) {
    const strict = check(password, { targets, api: api.name, strict: true });
    const emr: Rules = rules(targets, { api: api.name, strict: false });
    lines.push(api.family, api.letter, api.mix, String(api.takesUsername), api.sources.map((s) => s.label).join(", "), String(strict.ok));
    lines.push(emr.bannedFirst, String(emr.lettersAsOne));
    for (const d of api.disputes) {
      const rule: Violation["code"] = d.rule;
      lines.push(rule, d.refusedBy, d.acceptedBy);
    }
    lines.push(formAttributes(targets, { api: api.name, strict: true }).pattern, generate(targets, { api: api.name }));
  }
  for (const v of check(password, { targets, api: "emr:CreateCluster" }).violations) {
    if (v.code === "banned_first_character") lines.push(v.banned);
    if (v.code === "too_few_categories") lines.push(`${v.required} of ${v.outOf}`);
  }
  const warning: Warning["code"] = "disputed_rule";
  lines.push(warning);
  // @ts-expect-error: strict is a boolean
  check(password, { targets, strict: "yes" });
  // @ts-expect-error: generate always reads strictly, and takes no `strict`
  generate(targets, { strict: false });
  // @ts-expect-error: not a family
  const family: ApiInfo["family"] = "J";
  lines.push(family);

  // @ts-expect-error: not an OS the rules know
  check(password, { targets: ["mac"] });
  // Targets left out: any OS.
  lines.push(String(check(password).ok), String(check(password, {}).ok), rules().policy);
  // @ts-expect-error: only en and zh-CN
  check(password, { targets, lang: "fr" });
  // @ts-expect-error: a length is a number
  generate(targets, { length: "20" });
  // @ts-expect-error: no such field
  lines.push(result.score);
  const code: Violation["code"] = "leading_slash";
  // @ts-expect-error: no such code
  const wrong: Violation["code"] = "too_weak";
  lines.push(code, wrong);
  return lines;
}
