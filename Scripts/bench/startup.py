#!/usr/bin/env python3
"""Start-up: `pks --version` and `pks -c help` (opens the database, runs one command) against
`sqlite3 -version`, with `python3 -c pass` for reference; hyperfine, no shell in between.

usage: startup.py PATH/TO/pks [RUNS]
"""
import json
import os
import subprocess
import sys

import common

TARGET = 3  # pks at most 3 × sqlite3


def measure(commands, runs, env):
    """Wall times in ms of each command (a list of argument lists) over `runs` runs, from hyperfine."""
    output = os.path.join(common.WORK, "startup.json")
    quoted = [" ".join(f"'{word}'" for word in command) for command in commands]
    subprocess.run(["hyperfine", "--shell=none", "--warmup", "5", "--runs", str(runs), "--style", "none",
                    "--export-json", output, *quoted], env=env, check=True, stdout=subprocess.DEVNULL)
    with open(output, encoding="utf-8") as file:
        return [[time * 1000 for time in result["times"]] for result in json.load(file)["results"]]


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    database = os.path.join(common.WORK, "startup.sqlite")
    if not os.path.exists(database):
        common.pks(binary, database, "init", "--admin", "admin", "--name", "Admin", "--password-cost", "1")
    env = common.environment(database)
    version, help_, sqlite, python = measure([[binary, "--version"], [binary, "-c", "help"], ["sqlite3", "-version"],
                                              ["python3", "-c", "pass"]], runs, env)
    baseline = common.spread(sqlite)[1]
    reference = f"sqlite3 -version: {common.triple(sqlite, 'ms', 1)}"
    for name, times in (("pks --version", version), ("pks -c help", help_)):
        ratio = common.spread(times)[1] / baseline
        common.row(f"start-up: `{name}` ({runs} runs)", common.triple(times, "ms", 1), reference, f"{ratio:.1f}×",
                   f"≤ {TARGET}× sqlite3", ratio <= TARGET)
    ratio = common.spread(version)[1] / common.spread(python)[1]
    common.row(f"start-up, for reference: `python3 -c pass` ({runs} runs)", "—",
               f"python3 -c pass: {common.triple(python, 'ms', 1)}", f"pks --version: {ratio:.2f}×", "—", None)


if __name__ == "__main__":
    main()
