#!/usr/bin/env python3
"""A service named by part of its name among 100,000 (the national catalogue's 200 institutions × 500
services, without records): `service show "numur N "` by an administrator (the whole catalogue) and by an
institution's user (its 500), each a script of LOOKUPS lookups whose time, less that of the same script
without them, is divided among them; then one lookup as a whole process, with its peak RSS.

usage: lookup.py PATH/TO/pks [RUNS] [LOOKUPS]
"""
import os
import sys
import time

import common
import national

TARGET_MS = 20.0  # median at most 20 ms a lookup


def script(path, login, numbers):
    """`login LOGIN`, then `service show` of each numbered service by the unique part `numur N `."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"login {login}\n")
        for number in numbers:
            out.write(f"service show \"numur {number} \"\n")
    return path


def seconds(binary, catalogue, path):
    began = time.monotonic()
    common.pks(binary, catalogue, "run", path)
    return time.monotonic() - began


def report(binary, catalogue, runs, lookups, engine=""):
    """Times the lookups on `catalogue` (a path or a URI; the national catalogue's 100,000 services) and prints
    their rows; `engine` names a server in the rows' names (" on PostgreSQL")."""
    # Services of institution I100 are numbered 50,000–50,499; the administrator's are spread over all.
    cases = [("administrator, all 100,000 services", "admin", range(7, 100_000, 100_000 // lookups)),
             (f"user of one institution ({national.institution(100)}, 500 services)", national.user(100),
              range(50_003, 50_500, 500 // lookups))]
    for name, login, numbers in cases:
        numbers = list(numbers)[:lookups]
        with_lookups = script(os.path.join(common.WORK, "lookup.pks"), login, numbers)
        without = script(os.path.join(common.WORK, "lookup-login.pks"), login, [])
        each = []
        for run in range(runs):
            each.append((seconds(binary, catalogue, with_lookups) - seconds(binary, catalogue, without)) / len(numbers))
        common.log(f"  {name}{engine}: {common.duration(each)} a lookup")
        common.row(f"service named by part of its name{engine}, {name} ({len(numbers)} lookups a run, {runs} runs)",
                   common.duration(each), "—", "—", f"median ≤ {TARGET_MS:g} ms",
                   sorted(each)[len(each) // 2] * 1000 <= TARGET_MS)
    seconds_, peaks = national.measure(binary, catalogue, "admin", ['service show "numur 54321 "'], runs)
    common.row(f"admin service show PART-OF-NAME{engine}, 100,000 services ({runs} runs; whole process)",
               f"{common.duration(seconds_)}; peak RSS {common.triple(peaks, 'MB', 1)}", "—", "—", "—", None)


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    lookups = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    report(binary, national.database(binary, 200, 500, 0), runs, lookups)


if __name__ == "__main__":
    main()
