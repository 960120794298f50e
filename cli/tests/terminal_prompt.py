#!/usr/bin/env python3
"""On a terminal, `cvm-password check` asks for the password without echo.

Runs the binary on a pseudo-terminal, waits for its prompt, types a
password, and checks the exit status, the verdict, and that the password
never appears on the terminal. A terminal echoes what is typed unless the
program turns echo off, so this is a real test of the no-echo read.

rpassword writes the prompt a moment before it turns echo off, a window no
person can type in; so the test types once the terminal says echo is off,
or after ECHO_WAIT seconds, when a program that never turns it off shows
the password and fails.

Usage: terminal_prompt.py PATH/TO/cvm-password
"""

import os
import pty
import select
import sys
import termios
import time

TIMEOUT = 10.0
ECHO_WAIT = 2.0


def read_some(fd, deadline):
    """Bytes the terminal shows next; b"" once the program has gone."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("the program did not answer in time")
    ready, _, _ = select.select([fd], [], [], remaining)
    if not ready:
        raise TimeoutError("the program did not answer in time")
    try:
        return os.read(fd, 4096)
    except OSError:  # EIO: the other side of the terminal closed
        return b""


def session(binary, args, prompt, typed):
    """Runs `binary args`, types `typed` after `prompt`: (transcript, status)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(binary, [binary] + args)
    deadline = time.monotonic() + TIMEOUT
    shown = b""
    while prompt not in shown:
        chunk = read_some(fd, deadline)
        if not chunk:
            break
        shown += chunk
    if prompt in shown:
        # On Linux the master side of a pseudo-terminal reads the flags the
        # program set on its side.
        echo_deadline = time.monotonic() + ECHO_WAIT
        while termios.tcgetattr(fd)[3] & termios.ECHO and time.monotonic() < echo_deadline:
            time.sleep(0.01)
        os.write(fd, typed + b"\r")
        while True:
            chunk = read_some(fd, deadline)
            if not chunk:
                break
            shown += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return shown.decode(), os.waitstatus_to_exitcode(status)


def main():
    binary = os.path.abspath(sys.argv[1])
    cases = [
        # args, prompt, typed, status, expected lines
        (["check", "--os", "windows"], "password: ", "Sx9#Tq2!Lm4@Zr", 0,
         ["accepted (Windows rules)"]),
        (["--lang", "zh-CN", "check", "--os", "linux"], "密码：", "Sx9#Tq2", 1,
         ["未通过（Linux 规则）",
          "错误 too_short [InvalidParameterValue.InvalidPassword]: "
          "密码太短：7 个字符，至少需要 8 个"]),
        (["check", "--os", "linux", "--json"], "password: ", "Sx9#Tq2!Lm4@Zr", 0,
         ['"ok": true']),
        (["check", "--os", "linux"], "password: ", "", 2,
         ["cvm-password: no password entered"]),
    ]
    failures = 0
    for args, prompt, typed, status, expected in cases:
        shown, got = session(binary, args, prompt.encode(), typed.encode())
        problems = []
        if prompt not in shown:
            problems.append("no prompt")
        if typed and typed in shown:
            problems.append("the password was echoed")
        if got != status:
            problems.append(f"exit status {got}, not {status}")
        problems += [f"missing {line!r}" for line in expected if line not in shown]
        name = " ".join(args)
        if problems:
            failures += 1
            print(f"FAIL {name}: {'; '.join(problems)}\n{shown}", file=sys.stderr)
        else:
            print(f"ok   {name}")
    print(f"{len(cases) - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
