#!/usr/bin/env python3
"""Runs every snippet of README.md as a newcomer would, from this clone.

- `console` blocks: each `$ command` runs in the repository, and what it
  prints must be the lines that follow it, to the letter.
- `sh` blocks: each line runs in order, in the repository, or in a fresh
  project for the JavaScript and Go installs (`your project`), with
  `/path/to/cvm-password` standing for this clone; `./scripts/test.sh` is
  CI's own command, which .ci/run runs, and is not run again here.
- `js`, `python` and `go` blocks run in the fresh project the `sh` block
  before them set up; `rust` blocks are doc tests of the crate
  (src/lib.rs includes this file), run by `cargo test --doc`.

Usage: python3 scripts/test-readme.py (after scripts/build-wasm.sh and with
the Python package's virtualenv of scripts/test-python.sh in target/).
"""

import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```$", README, re.S | re.M)
ENV = dict(os.environ, CARGO_INSTALL_ROOT=str(ROOT / "target" / "readme-install"),
           CARGO_TARGET_DIR=str(ROOT / "target"))
ENV["PATH"] = f"{ENV['CARGO_INSTALL_ROOT']}/bin:{ROOT / 'target' / 'python-venv' / 'bin'}:{ENV['PATH']}"
# CI's own command, run by .ci/run: not again from inside it.
NOT_RUN = {"./scripts/test.sh"}


def run(command, cwd, status=0):
    command = command.replace("/path/to/cvm-password", str(ROOT))
    print(f"$ {command}", flush=True)
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=ENV, capture_output=True, text=True)
    if status is not None and done.returncode != status:
        sys.exit(f"README: `{command}` failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout


def main():
    project = pathlib.Path(tempfile.mkdtemp(prefix="cvm-password-readme-"))
    ran = 0
    try:
        for lang, body in BLOCKS:
            if lang == "console":
                lines = body.splitlines()
                commands = [i for i, line in enumerate(lines) if line.startswith("$ ")]
                for n, i in enumerate(commands):
                    end = commands[n + 1] if n + 1 < len(commands) else len(lines)
                    expected = "\n".join(lines[i + 1:end])
                    # The output is the test; a rejected password exits 1.
                    got = run(lines[i][2:], ROOT, status=None).rstrip("\n")
                    if got != expected:
                        sys.exit(f"README: `{lines[i][2:]}` printed\n{got}\ninstead of\n{expected}")
                    ran += 1
            elif lang == "sh":
                for line in body.replace("\\\n", "").splitlines():
                    command = line.split("#")[0].strip() if " # " in line else line.strip()
                    if not command or command in NOT_RUN:
                        continue
                    # `in your project`: the installs of a package into a project.
                    in_project = "your project" in line or command.startswith(("npm install /", "go mod edit", "go get"))
                    if in_project and not (project / "package.json").exists() and command.startswith("npm"):
                        run("npm init -y >/dev/null", project)
                    if in_project and not (project / "go.mod").exists() and command.startswith("go "):
                        run("go mod init example.com/readme", project)
                    run(command, project if in_project else ROOT)
                    ran += 1
            elif lang == "js":
                (project / "readme.mjs").write_text(body)
                print(run("node readme.mjs", project), end="")
                ran += 1
            elif lang == "python":
                (project / "readme.py").write_text(body)
                print(run("python readme.py", project), end="")
                ran += 1
            elif lang == "go":
                (project / "main.go").write_text(body)
                print(run("go run .", project), end="")
                ran += 1
        print(f"README: {ran} snippets ran as written; its Rust runs as doc tests")
    finally:
        shutil.rmtree(project)


if __name__ == "__main__":
    main()
