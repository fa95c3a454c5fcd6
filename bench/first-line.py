#!/usr/bin/env python3
"""Time from process start to the first line a program prints (the banner before the first prompt).
Usage: first-line.py RUNS COMMAND [ARGS...]; prints the median, min and max in ms. The program is killed after its first line."""
import statistics
import subprocess
import sys
import time

runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    process.stdout.readline()
    times.append((time.perf_counter() - start) * 1000)
    process.kill()
    process.wait()
print("first line: median %.1f ms (min %.1f, max %.1f, %d runs)  %s"
      % (statistics.median(times), min(times), max(times), runs, " ".join(command)))
