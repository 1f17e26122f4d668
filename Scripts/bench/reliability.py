#!/usr/bin/env python3
"""Reliability: what the README's "Reliability and security" section promises, attacked and counted.

- kill -9: pks replaying records (and then exporting) is killed at a random moment, again and again; after
  each kill the database must pass `PRAGMA integrity_check`, every record must be whole (both channels and
  its audit entries), the next pks must open it, and no export file may exist under its name half written.
- fuzz: random lines (command words, quotes, control characters and escape sequences, invalid UTF-8, long
  lines) through stdin, script files and `-c`; pks must end every run by itself with exit 0 or 1 (never a
  signal, never a hang; exit 2, a usage error, where `-c` is handed an option) and leave the database intact.
- concurrency: several pks processes at once, each saving records of its own services while others export
  and read; every save must land, no process may fail, and the database must hold exactly the saves.

Everything runs on SQLite files in the scratch folder (no network), bounded by counts and a time limit per run.

usage: reliability.py PATH/TO/pks [KILLS] [FUZZ_LINES] [WRITERS]   (defaults 100, 20000, 4)
"""
import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import common

SERVICES = 300          # of the catalogue every run starts from
RUN_LIMIT = 120         # seconds any one pks run may take before it counts as hung
FUZZ_WORDS = ["add", "set", "save", "show", "edit", "compute", "complaints", "delays", "submit", "stats", "missing",
              "services", "log", "export", "csv", "tsv", "xlsx", "year", "help", "let", "source", "run", "login",
              "passwd", "e-latvija", "klatiene", "\"Klātiene iestādē\"", "--year", "--force", "--all-years", "2019",
              "-1", "99999999999999999999", "0", "S00001", "S00002", "$x", "${x}", "'", "\"", "\\", "#", "\t", "ā",
              "\u202e", "\x1b[2J", "\x1b]0;title\x07", "\x00", "/dev/null", "/tmp", "..", "%s%n", "🙂"]


def kill_trials(binary, catalogue, trials, rng):
    """Kills pks at random moments of a replay or an export; returns (trials, problems, records seen)."""
    script = os.path.join(common.WORK, "kill.pks")
    common.write_replay(script, SERVICES)
    with open(script, "a", encoding="utf-8") as extra:
        extra.write(f"export csv {os.path.join(common.WORK, 'kill-export.csv')} --force\n")
    began = time.monotonic()
    common.pks(binary, common.copy(catalogue, "kill.sqlite"), "run", script, timeout=RUN_LIMIT)
    whole = time.monotonic() - began  # kills fall anywhere in a run, export included
    problems, saved = [], []
    for trial in range(trials):
        database = common.copy(catalogue, "kill.sqlite")
        export = os.path.join(common.WORK, "kill-export.csv")
        if os.path.exists(export):
            os.remove(export)
        process = subprocess.Popen([binary, "--quiet", "run", script], env=common.environment(database),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.01, whole))
        process.send_signal(signal.SIGKILL)
        process.wait()
        problem = check_database(database) or check_export(export)
        try:
            common.pks(binary, database, "-c", "login ieva", "-c", "stats", timeout=RUN_LIMIT)
        except Exception as error:  # noqa: BLE001 — any failure of the next run is the finding
            problem = problem or f"the next run failed: {error}"
        if problem:
            problems.append(f"trial {trial + 1}: {problem}")
        saved.append(records(database))
        if (trial + 1) % 25 == 0:
            common.log(f"  kill -9: {trial + 1}/{trials} trials, {len(problems)} problems")
    return problems, saved, whole


def records(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT count(*) FROM record").fetchone()[0]


def check_database(database):
    """None when the database is intact and every record whole, else what is wrong."""
    with sqlite3.connect(database) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return f"integrity_check: {integrity}"
        partial = db.execute("""SELECT count(*) FROM record WHERE
            (SELECT count(*) FROM record_channel WHERE record_id = record.id) != 2
            OR NOT EXISTS (SELECT 1 FROM audit JOIN service ON service.code = audit.service_code
                           WHERE service.id = record.service_id AND audit.year = record.year
                           AND audit.action = 'create record')""").fetchone()[0]
    return f"{partial} records not whole" if partial else None


def check_export(path):
    """None when there is no export or a whole one (its header and every record of its year)."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    if not rows or rows[0][0] != "Gads" or any(len(row) != len(rows[0]) for row in rows):
        return "an export file under its own name is not whole"
    return None


def fuzz_line(rng):
    """A random line: mostly command words and hostile tokens, sometimes raw bytes or a long line."""
    roll = rng.random()
    if roll < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 80))).replace(b"\n", b" ")
    if roll < 0.07:
        return b"x" * rng.choice([65_535, 65_536, 65_537, 200_000])
    words = [rng.choice(FUZZ_WORDS) for _ in range(rng.randrange(1, 7))]
    return " ".join(words).encode("utf-8", "surrogatepass")


def fuzz_run(binary, database, arguments, stdin=None, allowed=(0, 1)):
    """Runs pks; returns None or what went wrong (a signal, a hang, an exit status not allowed)."""
    try:
        result = subprocess.run([binary, "--quiet", *arguments], env=common.environment(database), input=stdin,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=RUN_LIMIT, cwd=common.WORK)
    except subprocess.TimeoutExpired:
        return f"no end after {RUN_LIMIT} s"
    if result.returncode < 0:
        return f"killed by signal {-result.returncode}"
    return None if result.returncode in allowed else f"exit {result.returncode}"


def fuzz(binary, catalogue, lines, rng):
    """Fuzzed lines through stdin and script files in batches of 2,000, and 1 in 100 through `-c`."""
    database = common.copy(catalogue, "fuzz.sqlite")
    problems, done = [], 0
    script = os.path.join(common.WORK, "fuzz.pks")
    while done < lines:
        batch = [fuzz_line(rng) for _ in range(min(2000, lines - done))]
        body = b"login ieva\n" + b"\n".join(batch) + b"\n"
        problem = fuzz_run(binary, database, ["--keep-going"], stdin=body)
        with open(script, "wb") as file:
            file.write(body)
        problem = problem or fuzz_run(binary, database, ["--keep-going", "run", script])
        for line in batch[:: 100]:
            # one argument may hold 128 KiB at most (the kernel's limit); still past pks's 64 KiB
            text = line.replace(b"\x00", b"")[:100_000].decode("utf-8", "replace")
            # exit 2 is right for a -c line that pks's own command line takes as an option (`-c --force`)
            problem = problem or fuzz_run(binary, database, ["-c", "login ieva", "-c", text], allowed=(0, 1, 2))
        if problem:
            problems.append(f"lines {done + 1}–{done + len(batch)}: {problem}")
        done += len(batch)
        common.log(f"  fuzz: {done:,}/{lines:,} lines, {len(problems)} problems")
    return problems + ([check] if (check := check_database(database)) else [])


def concurrency(binary, catalogue, writers):
    """`writers` processes each saving its own services' records while two export and one reads, at once."""
    database = common.copy(catalogue, "concurrent.sqlite")
    per_writer = SERVICES // writers
    processes = []
    for writer in range(writers):
        script = os.path.join(common.WORK, f"writer-{writer}.pks")
        with open(script, "w", encoding="utf-8") as file:
            file.write("login ieva\n")
            for number in range(writer * per_writer, (writer + 1) * per_writer):
                file.write(f"add {common.code(number)}\nset e-latvija {number + 1} {number}\nset klatiene 1 1\nsave\n")
        processes.append(("writer", script))
    reader = os.path.join(common.WORK, "reader.pks")
    with open(reader, "w", encoding="utf-8") as file:
        file.write("login ieva\n" + "stats\nmissing\nlog S00001\n" * 50)
    processes.append(("reader", reader))
    for exporter in range(2):
        script = os.path.join(common.WORK, f"exporter-{exporter}.pks")
        target = os.path.join(common.WORK, f"concurrent-{exporter}.csv")
        with open(script, "w", encoding="utf-8") as file:
            file.write("login ieva\n" + f"export csv {target} --force\n" * 30)
        processes.append(("exporter", script))
    began = time.monotonic()
    running = [(kind, subprocess.Popen([binary, "--quiet", "run", script], env=common.environment(database),
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
               for kind, script in processes]
    problems = []
    for kind, process in running:
        try:
            _, errors = process.communicate(timeout=RUN_LIMIT * 2)
        except subprocess.TimeoutExpired:
            process.kill()
            problems.append(f"a {kind} did not end")
            continue
        if process.returncode != 0:
            problems.append(f"a {kind} exited {process.returncode}: {errors.strip()[-300:]}")
    elapsed = time.monotonic() - began
    expected = per_writer * writers
    if (found := records(database)) != expected:
        problems.append(f"{found} records saved of {expected}")
    if check := check_database(database):
        problems.append(check)
    return problems, elapsed, expected


def main():
    binary = os.path.abspath(sys.argv[1])
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    lines = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
    writers = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    rng = random.Random(20261204)
    catalogue = common.catalogue(binary, SERVICES)
    failed = False

    began = time.monotonic()
    problems, saved, whole = kill_trials(binary, catalogue, kills, rng)
    common.row(f"reliability: kill -9 at a random moment of a {whole:.1f} s replay and export ({kills} trials, "
               f"{time.monotonic() - began:.0f} s)",
               f"{len(problems)} damaged; records kept per trial {min(saved)} / {sorted(saved)[len(saved) // 2]} / {max(saved)}",
               "—", "—", "0 damaged", not problems)
    failed |= bool(problems)
    for problem in problems[:5]:
        common.log(f"  kill -9: {problem}")

    began = time.monotonic()
    problems = fuzz(binary, catalogue, lines, rng)
    common.row(f"reliability: fuzz, {lines:,} random lines through stdin and scripts, {lines // 100:,} through -c "
               f"({time.monotonic() - began:.0f} s)",
               f"{len(problems)} crashes, hangs or damage", "—", "—", "0", not problems)
    failed |= bool(problems)
    for problem in problems[:5]:
        common.log(f"  fuzz: {problem}")

    problems, elapsed, expected = concurrency(binary, catalogue, writers)
    common.row(f"reliability: {writers} writers ({expected} saves), 2 exporters (60 exports), 1 reader (150 commands) at once",
               f"{len(problems)} failures; all done in {elapsed:.1f} s", "—", "—", "0 failures, every save kept", not problems)
    failed |= bool(problems)
    for problem in problems[:5]:
        common.log(f"  concurrency: {problem}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
