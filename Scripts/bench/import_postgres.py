#!/usr/bin/env python3
"""Import on PostgreSQL: import_records.py's measure — `pks import` of N records from csv and from xlsx into a
catalogue without records, against the replay of the same records as a .pks script — on a throwaway server on
loopback (Scripts/postgres, durable), where the server's triggers and row-level security work for both.

usage: import_postgres.py PATH/TO/pks [RECORDS] [RUNS]
"""
import os
import subprocess
import sys

import common
from import_records import compare
from replay_postgres import Server, catalogue


def main():
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    server = Server()
    try:
        template = catalogue(server, binary, count)

        def run(uri, *arguments):
            subprocess.run([binary, "--quiet", *arguments], env=common.environment(uri), stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, check=True)

        compare(count, runs, lambda name: server.fresh(name, template), run, where=" on PostgreSQL (loopback)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
