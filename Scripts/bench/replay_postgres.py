#!/usr/bin/env python3
"""Replay on PostgreSQL: the replay of replay.py (login, then add, two set, complaints, delays, compute,
save per service) by pks against a throwaway server on loopback (Scripts/postgres, durable), and psql
running the statements pks's save sends as one script on the same server: one transaction per record,
as the same user (so the server's row-level security and triggers work for both). Runs alternate, each on
a fresh copy of the catalogue; afterwards both copies must hold the same records, counts and audit
entries. Also the time of a login (connect, SCRAM-SHA-256, reading the account) against psql's.

usage: replay_postgres.py PATH/TO/pks [SERVICES] [RUNS]
"""
import os
import subprocess
import sys
import tempfile
import time

import common
from common import YEAR, code
from replay import null, quoted, saved_values, timed

TARGET = 1.5  # pks at most 1.5 × psql
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


class Server:
    """A throwaway server in a folder of its own, durable unless told otherwise; stopped by `stop`."""

    def __init__(self, durable=True):
        # A folder of its own in /tmp: the server runs as the postgres user, which cannot enter the work folder.
        self.folder = tempfile.mkdtemp(prefix="pks-bench-postgres-")
        started = subprocess.run([os.path.join(ROOT, "Scripts", "postgres"), "start", self.folder] + (["--durable"] if durable else []),
                                 capture_output=True, text=True, check=True)
        settings = dict(line.split("=", 1) for line in started.stdout.split())
        self.host, self.port = settings["PKS_TEST_POSTGRES_HOST"], settings["PKS_TEST_POSTGRES_PORT"]
        self.owner, self.password = settings["PKS_TEST_POSTGRES_OWNER"], settings["PKS_TEST_POSTGRES_PASSWORD"]

    def stop(self):
        subprocess.run([os.path.join(ROOT, "Scripts", "postgres"), "stop", self.folder], check=False)

    def fresh(self, name, template):
        """A new database `name`, a copy of `template` that only the catalogue's users may connect to; its URI."""
        self.psql(f"DROP DATABASE IF EXISTS {name}")
        self.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
        self.psql(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC; GRANT CONNECT ON DATABASE {name} TO {template}_users")
        return self.uri(name)

    def uri(self, database):
        """Loopback TCP, as a user on another machine would connect (without TLS)."""
        return f"postgresql://127.0.0.1:{self.port}/{database}?sslmode=disable"

    def psql(self, sql=None, database="postgres", login=None, password=None, script=None):
        command = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", self.port,
                   "-U", login or self.owner, "-d", database]
        command += ["-f", script] if script else ["-c", sql]
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "PGPASSWORD": password or self.password, "PGSSLMODE": "disable"})
        if result.returncode != 0:
            raise RuntimeError(f"psql: {result.stderr.strip()[-2000:]}")
        return result.stdout


def build(server, binary, name, script, *options):
    """A new catalogue `name` on the server, made by the owner's `pks init` (the client's clock trusted, so
    that $PKS_NOW holds) and then the pks `script` run with `options`; returns its URI."""
    server.psql(f"CREATE DATABASE {name}")
    uri = server.uri(name)
    owner = {**common.environment(uri), "PGUSER": server.owner, "PGPASSWORD": server.password}
    for arguments, env in ((["init", "--admin", "admin", "--name", "Admin", "--trust-client-clock"], owner),
                           ([*options, "run", script], common.environment(uri))):
        result = subprocess.run([binary, "--quiet", *arguments], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"pks {arguments[0]}: {result.stderr.strip()[-2000:]}")
    return uri


def catalogue(server, binary, services):
    """The catalogue of common.catalogue on the server, built through pks; returns its database name."""
    name = f"catalogue_{services}"
    setup = os.path.join(common.WORK, f"catalogue-{services}.pks")
    common.catalogue_script(setup, services)
    common.log(f"  building a catalogue of {services:,} services on PostgreSQL through pks")
    build(server, binary, name, setup, "--single-transaction")
    return name


def write_sql(path, services, user, institution):
    """The statements of pks's saves (PostgresTransaction+Statistics.swift), one transaction per record."""
    at = common.NOW.replace("T", " ")
    with open(path, "w", encoding="utf-8") as sql:
        sql.write(f"SET pks.now = '{at}';\n")
        for number in range(services):
            (e_started, e_completed), (k_started, k_completed), complaints, delays, success, usage, detail = saved_values(number)
            sql.write(
                "BEGIN;\n"
                "INSERT INTO pks.record (status, complaints, delays, indicators_computed, indicators_stale, success, usage, "
                "e_started, e_completed, all_started, updated_at, updated_by, service_id, year, revision) VALUES "
                f"('draft', {complaints}, {delays}, 1, 0, {null(success)}, {null(usage)}, {e_started}, {e_completed}, "
                f"{e_started + k_started}, pks.now(), {user}, (SELECT id FROM pks.service WHERE lower(code) = lower('{code(number)}')), "
                f"{YEAR}, 1) RETURNING id \\gset\n"
                "INSERT INTO pks.record_channel (record_id, channel, started, completed) "
                f"SELECT :id, unnest('{{e-latvija,klatiene}}'::text[]), unnest('{{{e_started},{k_started}}}'::integer[]), "
                f"unnest('{{{e_completed},{k_completed}}}'::integer[]);\n"
                "INSERT INTO pks.audit (at, user_id, role, institution_id, service_code, year, action, detail) VALUES "
                f"(pks.now(), 0, session_user, {institution}, '{code(number)}', {YEAR}, 'create record', {quoted(detail)});\n"
                "COMMIT;\n")


def contents(server, database):
    return server.psql("""
        SELECT s.code, r.year, r.status, r.complaints, r.delays, r.indicators_computed, r.indicators_stale, r.success,
               r.usage, r.e_started, r.e_completed, r.all_started, r.updated_at, r.updated_by, r.revision,
               (SELECT string_agg(channel || ' ' || started || ' ' || completed, ',' ORDER BY channel)
                FROM pks.record_channel WHERE record_id = r.id),
               (SELECT string_agg(at || ' ' || role || ' ' || action || ' ' || detail, ',')
                FROM pks.audit a WHERE a.service_code = s.code AND a.action = 'create record')
        FROM pks.record r JOIN pks.service s ON s.id = r.service_id ORDER BY s.code""", database=database)


def main():
    binary = os.path.abspath(sys.argv[1])
    services = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    server = Server()
    try:
        template = catalogue(server, binary, services)
        user, institution = server.psql("SELECT id, institution_id FROM pks.account WHERE login = 'ieva'",
                                        database=template).strip().split("|")
        script, sql = os.path.join(common.WORK, f"replay-{services}.pks"), os.path.join(common.WORK, f"replay-pg-{services}.sql")
        commands = common.write_replay(script, services)
        write_sql(sql, services, user, institution)
        pks_times, psql_times = [], []
        for run in range(1, runs + 1):
            server.fresh("replay_psql", template)
            pks_times.append(timed([binary, "--quiet", "run", script], env=common.environment(server.fresh("replay_pks", template))))
            start = time.perf_counter()
            server.psql(database="replay_psql", login="ieva", password=common.PASSWORD, script=sql)
            psql_times.append(time.perf_counter() - start)
            common.log(f"  PostgreSQL replay run {run}/{runs}: pks {pks_times[-1]:.2f} s, psql {psql_times[-1]:.2f} s")
            if run == 1 and contents(server, "replay_pks") != contents(server, "replay_psql"):
                raise RuntimeError("the psql script does not make pks's writes")
        ratio = common.spread(pks_times)[1] / common.spread(psql_times)[1]
        common.row(f"replay on PostgreSQL: {commands:,} commands, {services:,} records, loopback (median of {runs} alternating runs)",
                   common.duration(pks_times), "psql, same statements: " + common.duration(psql_times),
                   f"{ratio:.2f}×", f"≤ {TARGET}× psql", ratio <= TARGET)
        login_times, psql_login_times = [], []
        for _ in range(20):
            login_times.append(timed([binary, "--quiet", "--user", "ieva", "-c", "whoami"],
                                     env=common.environment(server.uri("replay_pks"))))
            start = time.perf_counter()
            server.psql("SELECT login FROM pks.account", database="replay_pks", login="ieva", password=common.PASSWORD)
            psql_login_times.append(time.perf_counter() - start)
        common.row("login on PostgreSQL: `pks --user ieva -c whoami` (20 runs)", common.duration(login_times),
                   "psql as ieva, one query: " + common.duration(psql_login_times),
                   f"{common.spread(login_times)[1] / common.spread(psql_login_times)[1]:.2f}×", "—", None)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
