"""What the benchmark modules share: a scratch folder, the environment pks runs in, the generated
catalogue and records, min / median / max, and the row each module prints.

Every module prints its row(s) of the results table on stdout and its progress on stderr; it exits
non-zero only when a run fails (never because of a time)."""
import atexit
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile

PASSWORD = "bench-parole-2020"
NOW = "2020-03-02T10:15:00"  # the clock of every run: reporting year 2019, updated_at 2020-03-02 10:15:00
YEAR = 2019
# $BENCH_WORK (set by Scripts/bench/run) is shared by the modules of one run, so catalogues are built once;
# a module run alone has a folder of its own, removed when it ends.
WORK = os.environ.get("BENCH_WORK")
if not WORK:
    WORK = tempfile.mkdtemp(prefix="pks-bench-")
    atexit.register(shutil.rmtree, WORK, ignore_errors=True)


def log(message):
    print(message, file=sys.stderr, flush=True)


def environment(database):
    """The environment of every pks run: a test database with cost-1 hashes, no history, fixed clock."""
    return {"PATH": "/usr/bin:/bin", "HOME": WORK, "LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "1",
            "PKS_DB": database, "PKS_PASSWORD": PASSWORD, "PKS_NEW_PASSWORD": PASSWORD,
            "PKS_NOW": NOW, "PKS_HISTORY": "/dev/null"}


def pks(binary, database, *arguments, **options):
    """Runs pks on `database`; raises when it fails, showing its stderr."""
    result = subprocess.run([binary, "--quiet", *arguments], env=environment(database), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **options)
    if result.returncode != 0:
        raise RuntimeError(f"pks {' '.join(arguments)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return result


def code(number):
    return f"S{number:05d}"


def service_name(number):
    return f"Pakalpojums numur {number} Ādažos"


def catalogue(binary, services):
    """A database with institution CARN, its user ieva and `services` published services (channels
    e-latvija and klatiene), entered through pks; built once per size, then copied. Returns its path."""
    path = os.path.join(WORK, f"catalogue-{services}.sqlite")
    if os.path.exists(path):
        return path
    building = remove_database(path + ".building")
    setup = os.path.join(WORK, f"catalogue-{services}.pks")
    catalogue_script(setup, services)
    log(f"  building a catalogue of {services:,} services through pks")
    pks(binary, building, "init", "--admin", "admin", "--name", "Admin", "--password-cost", "1")
    pks(binary, building, "--single-transaction", "run", setup)
    checkpoint(building)
    os.rename(building, path)
    return path


def catalogue_script(path, services):
    """The administrator's script that makes the catalogue: CARN, ieva, and the published services."""
    with open(path, "w", encoding="utf-8") as script:
        script.write("login admin\ninstitution add CARN \"Carnikavas novada pašvaldība\"\n"
                     "user add ieva --name Ieva --institution CARN --until 2030-01-01\n")
        for number in range(services):
            script.write(f"service add {code(number)} \"{service_name(number)}\" --institution CARN\n"
                         f"service channels {code(number)} e-latvija klatiene\nservice publish {code(number)}\n")


def checkpoint(database):
    """Folds the write-ahead log into the database file, so that the file alone can be copied."""
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def remove_database(path):
    """Removes a SQLite file and its write-ahead log, if there; returns the path."""
    for leftover in (path, path + "-wal", path + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    return path


def copy(database, name):
    """A fresh copy of a (checkpointed) database in the work folder; returns its path."""
    target = remove_database(os.path.join(WORK, name))
    shutil.copyfile(database, target)
    return target


def record_figures(number):
    """The figures entered for service `number`: e-latvija and klatiene (started, completed), complaints,
    delays."""
    e_started = number % 5000 + 1
    return (e_started, max(e_started - number % 7, 0)), (number % 300, number % 300), number % 7, number % 11


RECORD_COMMANDS = 7  # add, set, set, complaints, delays, compute, save


def write_replay(path, services):
    """The .pks replay: `login ieva`, then one record per service. Returns the number of commands."""
    with open(path, "w", encoding="utf-8") as script:
        script.write("login ieva\n")
        for number in range(services):
            e, klatiene, complaints, delays = record_figures(number)
            script.write(f"add {code(number)}\nset e-latvija {e[0]} {e[1]}\nset klatiene {klatiene[0]} {klatiene[1]}\n"
                         f"complaints {complaints}\ndelays {delays}\ncompute\nsave\n")
    return 1 + services * RECORD_COMMANDS


def spread(values):
    """(min, median, max)."""
    return min(values), statistics.median(values), max(values)


def triple(values, unit, digits=2):
    low, middle, high = spread(values)
    return f"{low:.{digits}f} / {middle:.{digits}f} / {high:.{digits}f} {unit}"


def duration(seconds):
    """min / median / max of times in seconds, in ms when the median is under a second."""
    if statistics.median(seconds) < 1:
        return triple([value * 1000 for value in seconds], "ms", 1)
    return triple(seconds, "s")


def row(measure, pks_figure, baseline, ratio, target, met):
    """One row of the results table (columns: see Scripts/bench/run)."""
    verdict = "n/a" if met is None else ("met" if met else "**not met**")
    print(f"| {measure} | {pks_figure} | {baseline} | {ratio} | {target} | {verdict} |", flush=True)
