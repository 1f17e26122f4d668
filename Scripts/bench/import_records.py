#!/usr/bin/env python3
"""Import: `pks import` of N records from csv and from xlsx (whole process, on a catalogue without
records) against the replay of the same records as a .pks script (login ieva; add, set, set, complaints,
delays, compute, save per record). The files are pks's own exports of the replayed database; after each
import the database's export must equal the replayed one's. Target: the import at least 5× faster.

usage: import_records.py PATH/TO/pks [RECORDS] [RUNS]
"""
import filecmp
import os
import sys
import time

import common


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def compare(count, runs, fresh, run, where=""):
    """Alternating runs of the replay and of the imports from csv and xlsx, each on `fresh(name)`, a new catalogue
    without records; `run(catalogue, *arguments)` runs pks on one. Appends a row per format to the table."""
    script = os.path.join(common.WORK, f"import-replay-{count}.pks")
    common.write_replay(script, count)
    prefix = "postgres-" if where else ""
    path = lambda name: os.path.join(common.WORK, prefix + name)

    def export(catalogue, name):
        run(catalogue, "--user", "ieva", "-c", f"export {name.split('.')[-1]} {path(name)} --force")

    replay_times, import_times = [], {"csv": [], "xlsx": []}
    for number in range(runs):
        replayed = fresh("import_replayed")
        common.log(f"  run {number + 1}: replaying {count:,} records{where}")
        replay_times.append(timed(lambda: run(replayed, "run", script)))
        if number == 0:
            for name in ("records.csv", "records.xlsx", "replayed.csv"):
                export(replayed, name)
        for form in ("csv", "xlsx"):
            imported = fresh(f"import_{form}")
            common.log(f"  run {number + 1}: importing {count:,} records from {form}{where}")
            import_times[form].append(timed(lambda: run(imported, "--user", "ieva", "-c", f"import {path('records.' + form)}")))
            export(imported, f"imported-{form}.csv")
            if not filecmp.cmp(path(f"imported-{form}.csv"), path("replayed.csv"), shallow=False):
                raise RuntimeError(f"the records imported from {form} differ from the replayed ones")
    replay = common.spread(replay_times)[1]
    for form, seconds in import_times.items():
        speedup = replay / common.spread(seconds)[1]
        common.row(f"import {form}{where}: {count:,} records ({runs} alternating runs; the same records as a replay script, "
                   f"{1 + count * common.RECORD_COMMANDS:,} commands)", common.duration(seconds),
                   "replay: " + common.duration(replay_times), f"{speedup:.1f}× faster", "≥ 5× faster than the replay",
                   speedup >= 5)


def main():
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    empty = common.catalogue(binary, count)
    compare(count, runs, lambda name: common.copy(empty, name + ".sqlite"),
            lambda database, *arguments: common.pks(binary, database, *arguments))


if __name__ == "__main__":
    main()
