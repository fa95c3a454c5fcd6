#!/usr/bin/env python3
"""Time from process start to the first prompt of an interactive run, on a pseudo-terminal (as a person sees it).

Usage: first-prompt.py [--runs N] [--warmup N] [--until TEXT]... [--timeout S] COMMAND [COMMAND ...]
Each COMMAND is one string (split like a shell would). The commands run in turn, alternating (A B A B ...), so a
change in the machine's load touches each of them alike. A run ends when TEXT (default "User name"; one --until per
command to give each its own) appears in what the program wrote to the terminal; the program is then killed.
Prints the median, min and max per command in ms, and the load average before and after.
"""
import argparse
import os
import pty
import select
import shlex
import signal
import statistics
import time


def time_to_text(argv, text, timeout):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child: the program, on the terminal's slave side
        os.environ["TERM"] = "xterm-256color"
        os.environ["COLUMNS"] = "100"
        os.execvp(argv[0], argv)
    seen = b""
    wanted = text.encode()
    elapsed = None
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the program ended
                break
            if not chunk:
                break
            seen += chunk
            if wanted in seen:
                elapsed = (time.perf_counter() - start) * 1000
                break
    finally:
        try:  # the whole process group: `dotnet run` starts the program as its child
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise SystemExit("'%s' never showed %r within %ss; it wrote:\n%s" % (" ".join(argv), text, timeout, seen.decode(errors="replace")))
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--until", action="append")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = [shlex.split(c) for c in args.commands]
    until = args.until or ["User name"]
    if len(until) == 1:
        until = until * len(commands)
    if len(until) != len(commands):
        raise SystemExit("give one --until, or one per command")
    load_before = open("/proc/loadavg").read().split()[:3]
    for _ in range(args.warmup):
        for i, argv in enumerate(commands):
            time_to_text(argv, until[i], args.timeout)
    times = [[] for _ in commands]
    for _ in range(args.runs):
        for i, argv in enumerate(commands):
            times[i].append(time_to_text(argv, until[i], args.timeout))
    load_after = open("/proc/loadavg").read().split()[:3]
    for command, t in zip(args.commands, times):
        print("first prompt: median %6.1f ms (min %.1f, max %.1f, %d runs)  %s"
              % (statistics.median(t), min(t), max(t), len(t), command))
    print("load average before %s, after %s" % (" ".join(load_before), " ".join(load_after)))


if __name__ == "__main__":
    main()
