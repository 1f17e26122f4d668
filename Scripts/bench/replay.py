#!/usr/bin/env python3
"""Replay: one record per service entered by a .pks script (login, then add, two set, complaints,
delays, compute, save per service), against the sqlite3 CLI making the same writes as SQL on a copy of
the same database file (one transaction per record, as pks's save; same pragmas as pks: WAL,
synchronous = NORMAL, foreign keys). Runs alternate; both start from a fresh copy of the catalogue.
Afterwards both databases must hold the same records, counts and audit entries.

usage: replay.py PATH/TO/pks [SERVICES] [RUNS]
"""
import os
import sqlite3
import subprocess
import sys
import time

import common
from common import YEAR, code, record_figures

TARGET = 1.0  # pks at most as slow as sqlite3


def percent(numerator, denominator):
    """pks's Percent: hundredths, rounded half up; None when the denominator is zero."""
    return None if denominator <= 0 else (numerator * 10_000 * 2 + denominator) // (denominator * 2)


def shown(hundredths):
    return "-" if hundredths is None else f"{hundredths // 100}.{hundredths % 100:02d}"


def quoted(text):
    return "'" + text.replace("'", "''") + "'"


def saved_values(number):
    """What pks's save writes for service `number`: the counts, complaints, delays, indicators in hundredths,
    and the audit detail."""
    (e_started, e_completed), (k_started, k_completed), complaints, delays = record_figures(number)
    success, usage = percent(e_completed, e_started), percent(e_started, e_started + k_started)
    detail = (f'[{{"field":"counts","new":"{e_started}/{e_completed}","subject":"e-latvija"}},'
              f'{{"field":"counts","new":"{k_started}/{k_completed}","subject":"klatiene"}},'
              f'{{"field":"complaints","new":"{complaints}"}},{{"field":"delays","new":"{delays}"}},'
              f'{{"field":"indicators","new":"{shown(success)}/{shown(usage)}"}}]')
    return (e_started, e_completed), (k_started, k_completed), complaints, delays, success, usage, detail


def null(value):
    return "NULL" if value is None else str(value)


def write_sql(path, catalogue, services):
    """The SQL of the replay's writes, as pks makes them on save (Store+Statistics.swift, Store+Audit.swift)."""
    with sqlite3.connect(catalogue) as db:
        user, institution = db.execute("SELECT id, institution_id FROM account WHERE login = 'ieva'").fetchone()
    db.close()
    at = common.NOW.replace("T", " ")
    with open(path, "w", encoding="utf-8") as sql:
        sql.write("PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\n")
        for number in range(services):
            (e_started, e_completed), (k_started, k_completed), complaints, delays, success, usage, detail = saved_values(number)
            sql.write(
                "BEGIN IMMEDIATE;\n"
                "INSERT INTO record (status, complaints, delays, indicators_computed, indicators_stale, success, usage, "
                "e_started, e_completed, all_started, updated_at, updated_by, service_id, year, revision) VALUES "
                f"('draft', {complaints}, {delays}, 1, 0, {null(success)}, {null(usage)}, {e_started}, {e_completed}, "
                f"{e_started + k_started}, '{at}', {user}, (SELECT id FROM service WHERE code = '{code(number)}'), {YEAR}, 1);\n"
                "INSERT INTO record_channel (record_id, channel, started, completed) VALUES "
                f"(last_insert_rowid(), 'e-latvija', {e_started}, {e_completed});\n"
                "INSERT INTO record_channel (record_id, channel, started, completed) VALUES "
                f"(last_insert_rowid(), 'klatiene', {k_started}, {k_completed});\n"
                "INSERT INTO audit (at, user_id, institution_id, service_code, year, action, detail) VALUES "
                f"('{at}', {user}, {institution}, '{code(number)}', {YEAR}, 'create record', {quoted(detail)});\n"
                "COMMIT;\n")


def contents(database, after_audit):
    """What the replay wrote, in a comparable form."""
    with sqlite3.connect(database) as db:
        records = db.execute("""
            SELECT service.code, year, status, complaints, delays, indicators_computed, indicators_stale, success, usage,
                   e_started, e_completed, all_started, updated_at, updated_by, revision
            FROM record JOIN service ON service.id = record.service_id ORDER BY service.code""").fetchall()
        counts = db.execute("""
            SELECT service.code, channel, started, completed FROM record_channel
            JOIN record ON record.id = record_channel.record_id JOIN service ON service.id = record.service_id
            ORDER BY service.code, channel""").fetchall()
        audit = db.execute("SELECT at, user_id, institution_id, service_code, year, action, detail FROM audit "
                           "WHERE id > ? ORDER BY id", (after_audit,)).fetchall()
    db.close()
    return {"record": records, "record_channel": counts, "audit": audit}


def compare(pks_database, sql_database, after_audit, services):
    """Raises unless both databases hold the same writes, one record per service."""
    ours, theirs = contents(pks_database, after_audit), contents(sql_database, after_audit)
    if len(ours["record"]) != services:
        raise RuntimeError(f"pks saved {len(ours['record'])} records, not {services}")
    for table in ours:
        if ours[table] != theirs[table]:
            first = next((pair for pair in zip(ours[table], theirs[table]) if pair[0] != pair[1]), None)
            raise RuntimeError(f"the SQL does not make pks's writes to {table} ({len(ours[table])} rows from pks, "
                               f"{len(theirs[table])} from sqlite3); first difference: pks {first and first[0]}, "
                               f"sqlite3 {first and first[1]}")


def timed(command, stdin=None, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, stdin=stdin or subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or result.stderr.strip():
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return elapsed


def main():
    binary = os.path.abspath(sys.argv[1])
    services = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    catalogue = common.catalogue(binary, services)
    script, sql = os.path.join(common.WORK, f"replay-{services}.pks"), os.path.join(common.WORK, f"replay-{services}.sql")
    commands = common.write_replay(script, services)
    write_sql(sql, catalogue, services)
    with sqlite3.connect(catalogue) as db:
        after_audit = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    db.close()
    pks_times, sql_times = [], []
    for run in range(1, runs + 1):
        database = common.copy(catalogue, "replay-pks.sqlite")
        pks_times.append(timed([binary, "--quiet", "run", script], env=common.environment(database)))
        copy = common.copy(catalogue, "replay-sql.sqlite")
        with open(sql, encoding="utf-8") as statements:
            sql_times.append(timed(["sqlite3", "-bail", copy], stdin=statements))
        common.log(f"  replay run {run}/{runs}: pks {pks_times[-1]:.2f} s, sqlite3 {sql_times[-1]:.2f} s")
        if run == 1:
            common.checkpoint(database)
            compare(database, copy, after_audit, services)
    ratio = common.spread(pks_times)[1] / common.spread(sql_times)[1]
    common.row(f"replay: {commands:,} commands, {services:,} records (median of {runs} alternating runs)",
               common.duration(pks_times), "sqlite3 CLI, same writes: " + common.duration(sql_times),
               f"{ratio:.2f}×", f"≤ {TARGET}× sqlite3", ratio <= TARGET)


if __name__ == "__main__":
    main()
