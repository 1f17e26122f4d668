#!/usr/bin/env python3
"""TAB latency at a real pseudo-terminal: the time from pressing TAB to the completed line being drawn,
with N services in the institution (default 10,000). Prints min / median / max over the runs.
With --admin, the administrator completes (every service of the catalogue) instead of the institution's user.

usage: tab_latency.py PATH/TO/pks [SERVICES] [RUNS] [--admin]
"""
import os
import statistics
import sys
import time

import pexpect

import common

TARGET_MS = 1.0  # median at most 1 ms


def main():
    pks = os.path.abspath(sys.argv[1])
    login = "admin" if "--admin" in sys.argv[2:] else "ieva"
    numbers = [argument for argument in sys.argv[2:] if argument != "--admin"]
    services = int(numbers[0]) if numbers else 10_000
    runs = int(numbers[1]) if len(numbers) > 1 else 200
    database = common.copy(common.catalogue(pks, services), "tab.sqlite")

    shell = pexpect.spawn(pks, env=common.environment(database), encoding="utf-8", timeout=30, dimensions=(50, 200))
    shell.delaybeforesend = None  # pexpect otherwise sleeps 50 ms before each send, inside the measured time
    shell.expect_exact("pks 2019> ")
    prompt = "admin@VRAA 2019> " if login == "admin" else "ieva@CARN 2019> "
    shell.sendline(f"login {login}")
    shell.expect_exact(f"Password for {login}: ")
    shell.sendline(common.PASSWORD)
    shell.expect_exact(prompt)

    def tab(number):
        """Types the start of a service name, presses TAB, returns the seconds until the line is redrawn,
        then runs the line to check that the right service was completed."""
        shell.send(f'service show "Pakalpojums numur {number} ')
        shell.expect_exact(f"{number} ")
        begin = time.perf_counter()
        shell.send("\t")
        shell.expect("Ādažos")  # the completed name being drawn
        elapsed = time.perf_counter() - begin
        shell.send("\r")
        shell.expect_exact(common.code(number))
        shell.expect_exact(prompt)
        return elapsed

    first = tab(0)
    times = [tab(number) for number in range(1, runs + 1)]
    shell.sendline("quit")
    shell.expect(pexpect.EOF)
    ms = [t * 1000 for t in times]
    median = statistics.median(ms)
    common.row(f"TAB completion of a service name, {services:,} services{' (administrator)' if login == 'admin' else ''} ({runs} presses; "
               f"the first, which reads the services: {first * 1000:.1f} ms)",
               common.triple(ms, "ms"), "—", "—", f"median ≤ {TARGET_MS:g} ms", median <= TARGET_MS)


if __name__ == "__main__":
    main()
