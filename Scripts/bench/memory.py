#!/usr/bin/env python3
"""Memory: the peak resident set size of pks replaying at least N commands (default 100,000: login,
then one record per service as in the replay), from GNU time's `-v` report.

usage: memory.py PATH/TO/pks [COMMANDS] [RUNS]
"""
import os
import re
import subprocess
import sys

import common

TARGET_MB = 64


def peak_rss_mb(binary, script, database):
    result = subprocess.run(["/usr/bin/time", "-v", binary, "--quiet", "run", script], env=common.environment(database),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"pks exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024


def main():
    binary = os.path.abspath(sys.argv[1])
    wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    services = -(-(wanted - 1) // common.RECORD_COMMANDS)  # enough records for `wanted` commands with the login
    catalogue = common.catalogue(binary, services)
    script = os.path.join(common.WORK, f"memory-{services}.pks")
    commands = common.write_replay(script, services)
    peaks = []
    for run in range(1, runs + 1):
        peaks.append(peak_rss_mb(binary, script, common.copy(catalogue, "memory.sqlite")))
        common.log(f"  memory run {run}/{runs}: peak RSS {peaks[-1]:.1f} MB")
    common.row(f"memory: peak RSS replaying {commands:,} commands ({services:,} records; {runs} runs)",
               common.triple(peaks, "MB", 1), "—", "—", f"≤ {TARGET_MB} MB (max)", max(peaks) <= TARGET_MB)


if __name__ == "__main__":
    main()
