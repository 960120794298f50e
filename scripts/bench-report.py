#!/usr/bin/env python3
"""Turns the last `cargo bench` run into BENCHMARKS.md's results and a plot.

Reads criterion's medians (target/criterion/**/new/) and the instruction
counts of scripts/bench-instructions.sh (target/bench-instructions/results.tsv),
then rewrites the part of BENCHMARKS.md between its `results` markers and
draws benches/results.svg. Standard library only: criterion's own report is
not committed, and its plots need gnuplot or plotters.

Usage: scripts/bench-report.py [--markdown FILE] [--svg FILE] [--runs A,B,C]
                               [--check-goals]
"""

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITERION = ROOT / "target" / "criterion"
INSTRUCTIONS = ROOT / "target" / "bench-instructions" / "results.tsv"
START, END = "<!-- results:start -->", "<!-- results:end -->"

CRATE = "cvm-password"
PEERS = ["regex", "passwords", "zxcvbn"]
ENGINES = [CRATE, *PEERS, "cvm-password-positions"]
COLORS = {CRATE: "#1f77b4", "regex": "#d62728", "passwords": "#ff7f0e", "zxcvbn": "#7f7f7f"}


def medians(runs):
    """{(group, function, value): median in ns} of every benchmark: of the
    last run, or the median of the medians of the runs saved as criterion
    baselines named `runs`, which a machine shared with other work needs."""
    found = {}
    for bench in CRITERION.glob("**/new/benchmark.json"):
        meta = json.loads(bench.read_text())
        key = (meta["group_id"], meta["function_id"], meta["value_str"])
        estimates = [bench.parent.parent / run / "estimates.json" for run in runs or ["new"]]
        per_run = [json.loads(e.read_text())["median"]["point_estimate"]
                   for e in estimates if e.exists()]
        if per_run:
            found[key] = statistics.median(per_run)
    return found


def instructions():
    """{scenario: instructions per check}, if the count script has run."""
    if not INSTRUCTIONS.exists():
        return {}
    rows = (line.split("\t") for line in INSTRUCTIONS.read_text().splitlines() if line)
    return {name: int(count) for name, count in rows}


def duration(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def ratio(peer, ours):
    return f"{peer / ours:,.0f}×" if peer / ours >= 10 else f"{peer / ours:.1f}×"


def values(found, group):
    """The values of `group` in the order the bench ran them (by name, as
    criterion does not record the order: sizes numerically)."""
    vals = {v for (g, _, v) in found if g == group}
    return sorted(vals, key=lambda v: (0, int(v)) if v.isdigit() else (1, order_key(v)))


def order_key(value):
    # valid-12 < valid-16 < valid-30; 4KiB < 1MiB < 10MiB.
    m = re.match(r"(\D*?)(\d+)(KiB|MiB)?$", value.split("-")[-1])
    size = int(m.group(2)) * {"KiB": 1 << 10, "MiB": 1 << 20}.get(m.group(3), 1) if m else 0
    return (value.split("-")[0], size, value)


def comparison_table(found, counts, groups, rules):
    lines = [
        f"| case | {CRATE} | instructions | regex | passwords | zxcvbn |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for group in groups:
        for value in values(found, group):
            ours = found.get((group, CRATE, value))
            if ours is None:
                continue
            cells = [f"`{group}/{value}`", duration(ours)]
            count = counts.get(f"cvm:{group}/{value}")
            cells.append(f"{count:,}" if count is not None else "")
            for peer in PEERS:
                theirs = found.get((group, peer, value))
                cells.append(f"{duration(theirs)} ({ratio(theirs, ours)})" if theirs else "")
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n" + rules


def growth_table(found, counts):
    kinds = sorted({g for (g, _, _) in found if g.startswith("growth-")})
    if not kinds:
        return ""
    lines = [
        f"| input | characters | {CRATE} | per byte | instructions | regex |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for group in kinds:
        for value in values(found, group):
            ours = found.get((group, CRATE, value))
            if ours is None:
                continue
            per_char_bytes = 4 if "emoji" in group else 1
            count = counts.get(f"cvm:{group}/{value}")
            theirs = found.get((group, "regex", value))
            lines.append(
                f"| {group.removeprefix('growth-')} | {value} | {duration(ours)} | "
                f"{ours / (int(value) * per_char_bytes):.2f} ns | "
                f"{f'{count:,}' if count is not None else ''} | "
                f"{f'{duration(theirs)} ({ratio(theirs, ours)})' if theirs else ''} |"
            )
    return "\n".join(lines)


def adversarial_extra(found):
    rows = [
        f"| `adversarial/{v}` | {duration(found[('adversarial', 'cvm-password-positions', v)])} |"
        for v in values(found, "adversarial")
        if ("adversarial", "cvm-password-positions", v) in found
    ]
    if not rows:
        return ""
    return "| input | `disallowed_positions(..).count()` |\n| --- | ---: |\n" + "\n".join(rows)


def targets_table(found):
    rows = [
        f"| `for_targets/{v}` | {duration(found[('for_targets', CRATE, v)])} |"
        for v in values(found, "for_targets")
        if ("for_targets", CRATE, v) in found
    ]
    return "| targets | median |\n| --- | ---: |\n" + "\n".join(rows) if rows else ""


def preflight_table(found, counts):
    rows = []
    for v in values(found, "preflight"):
        ours = found.get(("preflight", CRATE, v))
        if ours is None:
            continue
        count = counts.get(f"cvm:preflight/{v}")
        instances = int(v.split("-")[0])
        rows.append(f"| `preflight/{v}` | {duration(ours)} | {duration(ours / instances)} | "
                    f"{f'{count:,}' if count is not None else ''} | "
                    f"{f'{count / instances:,.0f}' if count is not None else ''} |")
    if not rows:
        return ""
    return ("| request | median | per instance | instructions | per instance |\n"
            "| --- | ---: | ---: | ---: | ---: |\n" + "\n".join(rows))


def generate_table(found, counts):
    rows = []
    for v in values(found, "generate"):
        ours = found.get(("generate", CRATE, v))
        if ours is None:
            continue
        count = counts.get(f"cvm:generate/{v}")
        rows.append(f"| `generate/{v}` | {duration(ours)} | "
                    f"{f'{count:,}' if count is not None else ''} |")
    if not rows:
        return ""
    return ("| policy and source | median | instructions |\n| --- | ---: | ---: |\n"
            + "\n".join(rows))


def instruction_table(counts):
    if not counts:
        return "(run `scripts/bench-instructions.sh` first)"
    lines = ["| scenario | instructions per iteration |", "| --- | ---: |"]
    lines += [f"| `{name}` | {count:,} |" for name, count in counts.items()]
    return ("\n".join(lines) + "\n\nAn iteration is one check; one whole pre-flight, every "
            "problem iterated, for `cvm:preflight/`; one password for `cvm:generate/`.")


def machine():
    def run(*cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "unknown"

    lscpu = run("lscpu")
    pick = lambda field: next(
        (l.split(":", 1)[1].strip() for l in lscpu.splitlines() if l.startswith(field + ":")),
        "unknown",
    )
    return (
        f"- CPU: {pick('Model name')}, {pick('CPU(s)')} cores"
        f" ({pick('Hypervisor vendor')} guest), L1d {pick('L1d cache')}, L2 {pick('L2 cache')},"
        f" L3 {pick('L3 cache')}\n"
        f"- OS: {platform.system()} {platform.release()}, {os.cpu_count()} logical CPUs, shared"
        " with other builds while measuring\n"
        f"- Rust: {run('rustc', '--version')}; `[profile.bench]` opt-level 3\n"
        f"- valgrind: {run('valgrind', '--version')}"
    )


def goals(found, counts, runs):
    """Each performance goal these figures can show: (text, met)."""
    results = []
    ours = found.get(("linux", CRATE, "valid-16"))
    theirs = found.get(("linux", "regex", "valid-16"))
    if ours and theirs:
        per_run = [medians([run]) for run in runs] if len(runs) > 1 else []
        each = [f"{r[('linux', 'regex', 'valid-16')] / r[('linux', CRATE, 'valid-16')]:.1f}×"
                for r in per_run]
        detail = f"; run by run {', '.join(each)}" if each else ""
        results.append((f"linux/valid-16 is {theirs / ours:.1f}× faster than regex "
                        f"(≥ 5×{detail})", theirs / ours >= 5))
    small = found.get(("adversarial", CRATE, "ascii-4KiB"))
    big = found.get(("adversarial", CRATE, "ascii-10MiB"))
    if small and big:
        results.append((f"10 MiB takes {big / small:.2f}× the time of 4 KiB (≤ 2×)",
                        big / small <= 2))
    for name, limit in (("cvm:linux/valid-16", 250), ("cvm:windows/valid-16", 400)):
        if name in counts:
            results.append((f"{name}: {counts[name]} instructions (≤ {limit})",
                            counts[name] <= limit))
    return results


def svg(found):
    """Horizontal bars, log scale: every typical case, each engine."""
    groups = ["linux", "windows", "invalid"]
    rows = [(g, v) for g in groups for v in values(found, g) if (g, CRATE, v) in found]
    engines = [CRATE, *PEERS]
    bar, gap, label_w, plot_w, top = 7, 8, 190, 560, 40
    height = top + len(rows) * (bar * len(engines) + gap) + 50
    all_ns = [found[(g, e, v)] for g, v in rows for e in engines if (g, e, v) in found]
    lo = 10 ** math.floor(math.log10(min(all_ns)))
    hi = 10 ** math.ceil(math.log10(max(all_ns)))
    x = lambda ns: label_w + plot_w * math.log10(ns / lo) / math.log10(hi / lo)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 30}" '
        f'height="{height}" font-family="sans-serif" font-size="11">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{label_w}" y="16" font-size="13">Median time per check, log scale '
        "(shorter is faster)</text>",
    ]
    decade = lo
    while decade <= hi:
        px = x(decade)
        out.append(f'<line x1="{px:.1f}" y1="{top - 8}" x2="{px:.1f}" '
                   f'y2="{height - 40}" stroke="#ddd"/>')
        out.append(f'<text x="{px:.1f}" y="{height - 26}" text-anchor="middle">'
                   f"{duration(decade)}</text>")
        decade *= 10
    y = top
    for group, value in rows:
        out.append(f'<text x="{label_w - 6}" y="{y + bar * len(engines) / 2 + 4:.1f}" '
                   f'text-anchor="end">{group}/{value}</text>')
        for engine in engines:
            ns = found.get((group, engine, value))
            if ns is not None:
                out.append(f'<rect x="{label_w}" y="{y}" width="{x(ns) - label_w:.1f}" '
                           f'height="{bar - 1}" fill="{COLORS[engine]}"/>')
            y += bar
        y += gap
    lx = label_w
    for engine in engines:
        out.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" '
                   f'fill="{COLORS[engine]}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 5}">{engine}</text>')
        lx += 120
    out += growth_panel(found, top=height + 20, left=label_w, width=plot_w)
    total = height + 20 + GROWTH_PANEL_HEIGHT
    out[0] = out[0].replace(f'height="{height}"', f'height="{total}"')
    out.append("</svg>")
    return "\n".join(out) + "\n"


GROWTH_PANEL_HEIGHT = 300


def ascii_series(found, engine):
    """(bytes, median ns) of the ASCII inputs, growing then adversarial."""
    points = [(int(v), found[("growth-ascii", engine, v)])
              for v in values(found, "growth-ascii") if ("growth-ascii", engine, v) in found]
    for value, size in (("ascii-1MiB", 1 << 20), ("ascii-10MiB", 10 << 20)):
        if ("adversarial", engine, value) in found:
            points.append((size, found[("adversarial", engine, value)]))
    return points


def growth_panel(found, top, left, width):
    """Log-log lines: time against input size, ASCII, crate and regex."""
    series = {e: ascii_series(found, e) for e in (CRATE, "regex")}
    points = [p for ps in series.values() for p in ps]
    if not points:
        return []
    height = GROWTH_PANEL_HEIGHT - 70
    x_lo, x_hi = 10 ** math.floor(math.log10(min(b for b, _ in points))), 10 ** 8
    y_lo = 10 ** math.floor(math.log10(min(t for _, t in points)))
    y_hi = 10 ** math.ceil(math.log10(max(t for _, t in points)))
    x = lambda b: left + width * math.log10(b / x_lo) / math.log10(x_hi / x_lo)
    y = lambda t: top + 30 + height * (1 - math.log10(t / y_lo) / math.log10(y_hi / y_lo))
    out = [f'<text x="{left}" y="{top + 12}" font-size="13">Median time against input '
           "size, ASCII, log-log: the crate stops reading at 4096 characters</text>"]
    decade = y_lo
    while decade <= y_hi:
        out.append(f'<line x1="{left}" y1="{y(decade):.1f}" x2="{left + width}" '
                   f'y2="{y(decade):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(decade) + 4:.1f}" text-anchor="end">'
                   f"{duration(decade)}</text>")
        decade *= 10
    for size, label in ((256, "256 B"), (4096, "4 KiB"), (1 << 20, "1 MiB"),
                        (10 << 20, "10 MiB")):
        out.append(f'<line x1="{x(size):.1f}" y1="{top + 30}" x2="{x(size):.1f}" '
                   f'y2="{top + 30 + height}" stroke="#ddd"/>')
        out.append(f'<text x="{x(size):.1f}" y="{top + 46 + height}" '
                   f'text-anchor="middle">{label}</text>')
    for engine, ps in series.items():
        path = " ".join(f"{x(b):.1f},{y(t):.1f}" for b, t in ps)
        out.append(f'<polyline points="{path}" fill="none" stroke="{COLORS[engine]}" '
                   'stroke-width="2"/>')
        out += [f'<circle cx="{x(b):.1f}" cy="{y(t):.1f}" r="3" fill="{COLORS[engine]}"/>'
                for b, t in ps]
        bx, bt = ps[-1]
        out.append(f'<text x="{x(bx) + 6:.1f}" y="{y(bt) + 4:.1f}">{engine}</text>')
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--svg", type=Path, default=ROOT / "benches" / "results.svg")
    parser.add_argument("--check-goals", action="store_true",
                        help="exit 1 if a goal these figures show is missed")
    parser.add_argument("--runs", default="",
                        help="comma-separated criterion baselines (--save-baseline) to take "
                             "the median of, instead of the last run")
    args = parser.parse_args()

    runs = [r for r in args.runs.split(",") if r]
    found = medians(runs)
    if not found:
        sys.exit("bench-report: no criterion results; run `cargo bench` first")
    counts = instructions()
    met = goals(found, counts, runs)
    taken = (f"the median of {len(runs)} runs' medians" if len(runs) > 1
             else "criterion medians")
    rules = (f"Times are {taken}; a peer's figure is followed by how many "
             f"times longer it takes than {CRATE}. Instructions are per check, from "
             "callgrind.")
    sections = [
        "### Goals\n\n" + "\n".join(f"- {'met' if ok else '**missed**'}: {text}"
                                   for text, ok in met),
        "### Typical passwords\n\n" + comparison_table(found, counts,
                                                       ["linux", "windows", "invalid"], rules),
        "### Adversarial inputs (Windows rules, default username)\n\n"
        + comparison_table(found, counts, ["adversarial"], rules)
        + "\n\nHighlighting the disallowed characters of the same inputs:\n\n"
        + adversarial_extra(found),
        "### Growing inputs (Windows rules), within the inspection limit\n\n"
        + growth_table(found, counts),
        "### `Policy::for_targets` over 100 instances\n\n" + targets_table(found),
        "### Request pre-flight, every problem iterated\n\n" + preflight_table(found, counts),
        "### Generating a password of the default length (20 characters)\n\n"
        + generate_table(found, counts),
        "### Instruction counts (callgrind)\n\n" + instruction_table(counts),
        "### Machine\n\n" + machine(),
    ]
    body = "\n\n".join(sections)

    text = args.markdown.read_text() if args.markdown.exists() else f"{START}\n{END}\n"
    if START not in text or END not in text:
        sys.exit(f"bench-report: {args.markdown} lacks the {START} and {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    args.markdown.write_text(f"{head}{START}\n{body}\n{END}{tail}")
    args.svg.parent.mkdir(parents=True, exist_ok=True)
    args.svg.write_text(svg(found))
    for text, ok in met:
        print(f"{'met   ' if ok else 'MISSED'} {text}")
    if args.check_goals and not all(ok for _, ok in met):
        sys.exit(1)


if __name__ == "__main__":
    main()
