"""Runs a command on a pseudo-terminal and answers its prompts: the way a person at a terminal would.

Usage: python3 ptyDriver.py SPEC_JSON, where SPEC is
  {"argv": [...], "cwd": "...", "env": {...}, "timeout": seconds,
   "steps": [{"expect": "regex", "send": "text"}, ...]}
Each step waits until `expect` appears in the output (ANSI codes removed) after the previous match, then
types `send`. Prints {"status", "output", "timedOut", "failedStep"} as JSON.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>]")


def main():
    spec = json.loads(sys.argv[1])
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(spec["cwd"])
        os.execve(spec["argv"][0], spec["argv"], spec["env"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    deadline = time.monotonic() + spec.get("timeout", 15)
    raw = b""
    consumed = 0
    closed = False

    def pump(wait):
        nonlocal raw, closed
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if chunk:
            raw += chunk
        else:
            closed = True

    def text():
        return ANSI.sub("", raw.decode("utf8", "replace"))

    failed_step = None
    for index, step in enumerate(spec["steps"]):
        pattern = re.compile(step["expect"])
        while True:
            match = pattern.search(text(), consumed)
            if match:
                consumed = match.end()
                break
            if closed or time.monotonic() > deadline:
                failed_step = index
                break
            pump(0.05)
        if failed_step is not None:
            break
        time.sleep(0.05)  # let the prompt finish drawing before typing
        os.write(fd, step["send"].encode("utf8"))

    while not closed and time.monotonic() < deadline:
        pump(0.1)
    timed_out = not closed
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({
        "status": os.waitstatus_to_exitcode(status),
        "output": text(),
        "timedOut": timed_out,
        "failedStep": failed_step,
    }))


main()
