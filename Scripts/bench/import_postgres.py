#!/usr/bin/env python3
"""Import on PostgreSQL: `pks import` of N records from csv and from xlsx into a catalogue without records on a
throwaway server on loopback (Scripts/postgres, durable), against the replay of the same records as a .pks script
on the same server (import_records.py's measure, where the server's triggers and row-level security work for both).
The files are pks's export of the first replayed catalogue; each imported catalogue's export must equal it.

usage: import_postgres.py PATH/TO/pks [RECORDS] [RUNS]
"""
import filecmp
import os
import subprocess
import sys

import common
from import_records import timed
from replay_postgres import Server, catalogue

TARGET = 5  # the import at least 5× faster than the replay, as on SQLite


def main():
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    server = Server()
    try:
        template = catalogue(server, binary, count)
        script = os.path.join(common.WORK, f"import-replay-{count}.pks")
        common.write_replay(script, count)
        path = lambda name: os.path.join(common.WORK, "postgres-" + name)

        def fresh(name):
            server.psql(f"DROP DATABASE IF EXISTS {name}")
            server.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
            server.psql(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC; GRANT CONNECT ON DATABASE {name} TO {template}_users")
            return server.uri(name)

        def run(uri, *arguments):
            subprocess.run([binary, "--quiet", *arguments], env=common.environment(uri), stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, check=True)

        def export(uri, name):
            run(uri, "--user", "ieva", "-c", f"export {name.split('.')[-1]} {path(name)} --force")

        replay_times, import_times = [], {"csv": [], "xlsx": []}
        for number in range(runs):  # alternating, each on a fresh copy of the catalogue
            replayed = fresh("import_replayed")
            common.log(f"  run {number + 1}: replaying {count:,} records on PostgreSQL")
            replay_times.append(timed(lambda: run(replayed, "run", script)))
            if number == 0:
                for name in ("records.csv", "records.xlsx", "replayed.csv"):
                    export(replayed, name)
            for form in ("csv", "xlsx"):
                imported = fresh(f"import_{form}")
                common.log(f"  run {number + 1}: importing {count:,} records from {form} on PostgreSQL")
                import_times[form].append(timed(lambda: run(imported, "--user", "ieva", "-c", f"import {path('records.' + form)}")))
                export(imported, f"imported-{form}.csv")
                if not filecmp.cmp(path(f"imported-{form}.csv"), path("replayed.csv"), shallow=False):
                    raise RuntimeError(f"the records imported from {form} differ from the replayed ones")
        replay = common.spread(replay_times)[1]
        for form, seconds in import_times.items():
            speedup = replay / common.spread(seconds)[1]
            common.row(f"import {form} on PostgreSQL: {count:,} records, loopback ({runs} alternating runs; the same records "
                       f"as a replay script)", common.duration(seconds), "replay: " + common.duration(replay_times),
                       f"{speedup:.1f}× faster", f"≥ {TARGET}× faster than the replay", speedup >= TARGET)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
