#!/usr/bin/env python3
"""The PostgreSQL server as the security boundary, and many pks processes on one catalogue.

A catalogue on the test server (Scripts/postgres; its settings in $PKS_TEST_POSTGRES_*) with the server's
own clock, as a real catalogue has: psql sessions of an institution user try what pks never lets them
do, and each is refused or sees nothing; logins wrong, closed and expired; two pks processes save one
record; eight save 200 records each at once.

usage: security_test.py PATH/TO/pks
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

PKS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "pks"
HOST = os.environ.get("PKS_TEST_POSTGRES_HOST")
PORT = os.environ.get("PKS_TEST_POSTGRES_PORT")
OWNER = os.environ.get("PKS_TEST_POSTGRES_OWNER")
OWNER_PASSWORD = os.environ.get("PKS_TEST_POSTGRES_PASSWORD")
PASSWORD = "Drosa-Parole-2026"
# Logins of their own: the other test suites' fixtures use admin, ieva, janis … on the same server.
ADMIN, LIGA, MARIS = "sec_admin", "sec_liga", "sec_maris"
PARALLEL, RECORDS_EACH = 8, 200


def psql(sql, login=OWNER, password=OWNER_PASSWORD, database=None):
    """psql as a login: (exit status, output, errors)."""
    result = subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", PORT, "-U", login,
                             "-d", database or Catalogue.name, "-c", sql],
                            capture_output=True, text=True, env={**os.environ, "PGPASSWORD": password})
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def pks(*arguments, stdin=None, **environment):
    """pks on the catalogue with the users' password: the finished process."""
    env = {key: value for key, value in os.environ.items() if key not in ("PGPASSWORD", "PGUSER")}
    env.update({"PKS_DB": Catalogue.uri, "PKS_PASSWORD": PASSWORD, "PKS_NEW_PASSWORD": PASSWORD,
                "LANG": "C.UTF-8", "HOME": Catalogue.home, **environment})
    return subprocess.run([PKS, *arguments], input=stdin, capture_output=True, text=True, env=env)


class Catalogue:
    """The catalogue every test here works on, made once."""
    name = "security_" + uuid.uuid4().hex[:10]
    uri = f"postgresql:///{name}?host={HOST}&port={PORT}"
    home = tempfile.mkdtemp(prefix="pks-security-")

    @classmethod
    def make(cls):
        for login in (ADMIN, LIGA, MARIS, "sec_closed", "sec_expired"):
            psql(f'DROP ROLE IF EXISTS "{login}"', database="postgres")
        status, _, errors = psql(f"CREATE DATABASE {cls.name}", database="postgres")
        assert status == 0, errors
        init = pks("init", "--admin", ADMIN, "--name", "Valsts Administratore", "--password-cost", "1",
                   PGUSER=OWNER, PGPASSWORD=OWNER_PASSWORD)
        assert init.returncode == 0, init.stderr
        services = "".join(f"service add P{n:04d} \"Pakalpojums {n}\" --institution CARN\n"
                           f"service channels P{n:04d} klatiene e-latvija\nservice publish P{n:04d}\n"
                           for n in range(PARALLEL * RECORDS_EACH))
        setup = pks("--quiet", stdin=f"""login {ADMIN}
institution add CARN "Carnikavas novada pašvaldība"
institution add ADAZI "Ādažu novada pašvaldība"
user add {LIGA} --name "Līga Liepa" --institution CARN --until 2099-12-31
user add {MARIS} --name "Māris Egle" --institution ADAZI --until 2099-12-31
user add sec_closed --name "Slēgta Persona" --institution CARN --until 2099-12-31
user close sec_closed
service add 015A "Iesniegums Carnikavai" --institution CARN
service channels 015A e-latvija klatiene
service publish 015A
service add 101A "Iesniegums Ādažiem" --institution ADAZI
service channels 101A klatiene
service publish 101A
{services}logout
login {LIGA}
year 2025
add 015A
set klatiene 10 10
set e-latvija 5 4
compute
save
submit --yes
""")
        assert setup.returncode == 0, setup.stderr
        # Rights dates must lie ahead: these were granted in 2020, and have ended since.
        expired = pks("--quiet", "--user", ADMIN, "-c",
                      'user add sec_expired --name "Beigusies Persona" --institution CARN --until 2020-12-31',
                      PKS_TODAY="2020-06-01")
        assert expired.returncode == 0, expired.stderr
        maris = pks("--quiet", "--user", MARIS, "-c", "year 2025", "-c", "add 101A", "-c", "set klatiene 3 3", "-c", "save")
        assert maris.returncode == 0, maris.stderr

    @classmethod
    def drop(cls):
        psql(f"DROP DATABASE IF EXISTS {cls.name} WITH (FORCE)", database="postgres")
        for login in (ADMIN, LIGA, MARIS, "sec_closed", "sec_expired"):
            psql(f'DROP ROLE IF EXISTS "{login}"', database="postgres")
        psql(f"DROP ROLE IF EXISTS {cls.name}_users, {cls.name}_admins", database="postgres")
        shutil.rmtree(cls.home, ignore_errors=True)


def as_liga(sql):
    return psql(sql, login=LIGA, password=PASSWORD)


class PsqlAttackTest(unittest.TestCase):
    """An institution user with psql and the same login gets no more than pks gives."""

    def refused(self, sql, because):
        status, output, errors = as_liga(sql)
        self.assertNotEqual(status, 0, f"{sql} went through: {output}")
        self.assertIn(because, errors, sql)

    def test_another_institutions_rows_are_invisible(self):
        for table in ("service", "record", "record_channel", "audit"):
            status, output, errors = as_liga(f"SELECT count(*) FROM {table} WHERE "
                                             + ("service_id IN (SELECT id FROM service WHERE code = '101A')"
                                                if table == "record" else
                                                "record_id IN (SELECT r.id FROM record r JOIN service s ON s.id = r.service_id WHERE s.code = '101A')"
                                                if table == "record_channel" else
                                                "code = '101A'" if table == "service" else "service_code = '101A'"))
            self.assertEqual((status, output), (0, "0"), f"{table}: {errors}")
        self.assertEqual(as_liga("SELECT code FROM institution ORDER BY code")[1], "CARN")
        self.assertEqual(as_liga("SELECT login FROM account")[1], LIGA)
        status, everything, _ = psql("SELECT count(*) FROM service")
        self.assertGreater(int(everything), int(as_liga("SELECT count(*) FROM service")[1]))

    def test_the_folded_names_are_the_own_institutions_and_kept_by_the_server(self):
        # Both institutions have an "iesniegums"; the folded name (schema version 8) shows only Carnikava's.
        self.assertEqual(as_liga("SELECT code FROM service WHERE strpos(name_folded, 'iesniegums') > 0")[:2], (0, "015A"))
        self.assertEqual(psql("SELECT name_folded FROM service WHERE code = '101A'")[1], "iesniegums adaziem")
        self.refused("UPDATE service SET name_folded = 'x' WHERE code = '015A'", "generated column")

    def test_the_catalogue_wide_search_reads_the_trigram_index_and_keeps_to_the_callers_institution(self):
        # Under row-level security no index serves LIKE; the owner, whom pks.services_named (schema version 11)
        # runs as, reads the trigram index.
        plan = "SET enable_seqscan = off; EXPLAIN (COSTS OFF) SELECT id FROM service WHERE name_folded LIKE '%iesniegum%'"
        self.assertIn("service_by_name_trigrams", psql(plan)[1])
        self.assertNotIn("service_by_name_trigrams", as_liga(plan)[1])
        # Both institutions have an "iesniegums": the function finds both for the owner and an administrator,
        # Carnikava's alone for Līga, whatever a psql session asks of it.
        found = "SELECT count(*) FROM services_named('IESNIEGUM', 10)"
        self.assertEqual(psql(found)[:2], (0, "2"))
        self.assertEqual(psql(found, login=ADMIN, password=PASSWORD)[:2], (0, "2"))
        self.assertEqual(as_liga(found)[:2], (0, "1"))
        # A part is letters, never a pattern: no name has a % or an _.
        for part in ("%", "_"):
            self.assertEqual(psql(f"SELECT count(*) FROM services_named('{part}', 1000)")[:2], (0, "0"), part)

    def test_another_institutions_rows_cannot_be_written(self):
        adazi = psql("SELECT id FROM institution WHERE code = 'ADAZI'")[1]
        self.refused(f"INSERT INTO service (code, name, institution_id) VALUES ('ZZ1', 'Svešs', {adazi})",
                     "row-level security")
        self.assertEqual(as_liga("UPDATE service SET name = 'x' WHERE code = '101A'")[0], 0)
        self.assertEqual(psql("SELECT name FROM service WHERE code = '101A'")[1], "Iesniegums Ādažiem")
        self.assertEqual(as_liga("DELETE FROM record WHERE service_id = (SELECT id FROM service WHERE code = '101A')")[0], 0)
        self.assertEqual(psql("SELECT count(*) FROM record r JOIN service s ON s.id = r.service_id WHERE s.code = '101A'")[1], "1")
        own = psql("SELECT id FROM service WHERE code = '015A'")[1]
        self.refused(f"UPDATE service SET institution_id = {adazi} WHERE id = {own}", "row-level security")

    def test_a_record_is_submitted_only_as_submit_checks_it(self):
        # Two drafts of 2023 made through pks: an e-service with its indicators computed, and one without.
        made = pks("--quiet", "--user", LIGA, "-c", "year 2023", "-c", "add P0001", "-c", "set e-latvija 10 8",
                   "-c", "set klatiene 10 10", "-c", "compute", "-c", "save", "-c", "add P0002", "-c", "set e-latvija 4 4",
                   "-c", "save")
        self.assertEqual(made.returncode, 0, made.stderr)
        ready = psql("SELECT r.id FROM record r JOIN service s ON s.id = r.service_id WHERE s.code = 'P0001' AND r.year = 2023")[1]
        submit = f"UPDATE record SET status = 'submitted' WHERE id = {ready}"
        self.refused("INSERT INTO record (service_id, institution_id, year, status, complaints, delays, updated_by, revision) "
                     "SELECT id, institution_id, 2022, 'submitted', 0, 0, 1, 1 FROM service WHERE code = 'P0003'",
                     "a record begins as a draft")
        self.refused(f"UPDATE record SET success = 9999 WHERE id = {ready}; {submit}", "not what its counts give")
        self.refused(f"UPDATE record_channel SET started = 11 WHERE record_id = {ready} AND channel = 'klatiene'; {submit}",
                     "not what its counts give")
        self.refused(f"INSERT INTO record_channel (record_id, channel, started, completed) VALUES ({ready}, 'sms', 1, 1); {submit}",
                     "sms, which is not on its service's description")
        self.refused("UPDATE record SET status = 'submitted' WHERE year = 2023 AND service_id = (SELECT id FROM service WHERE code = 'P0002')",
                     "quality indicators were never computed")
        # The draft as pks saved it passes (rolled back: the other tests count the submitted records).
        status, output, errors = as_liga(f"BEGIN; {submit} RETURNING status; ROLLBACK")
        self.assertEqual((status, output.splitlines()), (0, ["BEGIN", "submitted", "UPDATE 1", "ROLLBACK"]), errors)

    def test_a_submitted_record_cannot_be_changed(self):
        for sql in ("UPDATE record SET complaints = 99", "UPDATE record SET status = 'draft'", "DELETE FROM record",
                    "UPDATE record_channel SET started = 1", "DELETE FROM record_channel",
                    "INSERT INTO record_channel (record_id, channel, started, completed) SELECT id, 'pasts', 1, 1 FROM record"):
            self.refused(sql, "submitted records are read-only")
        self.refused("UPDATE record SET complaints = 99", "submitted records are read-only")  # the owner neither:
        status, _, errors = psql("UPDATE record SET complaints = 99 WHERE status = 'submitted'")
        self.assertIn("submitted records are read-only", errors)

    def test_only_an_administrator_reopens_a_submitted_record_and_only_its_status(self):
        reopen = "UPDATE record SET status = 'draft' WHERE status = 'submitted'"
        self.refused(reopen, "submitted records are read-only")
        self.assertIn("submitted records are read-only", psql(reopen)[2], "not even the owner")
        status, _, errors = psql("UPDATE record SET status = 'draft', complaints = 99 WHERE status = 'submitted'",
                                 login=ADMIN, password=PASSWORD)
        self.assertIn("submitted records are read-only", errors)
        submitted = psql("SELECT id FROM record WHERE status = 'submitted'")[1]
        status, output, errors = psql(f"{reopen} AND id = {submitted} RETURNING status, submitted_at IS NULL",
                                      login=ADMIN, password=PASSWORD)
        self.assertEqual((status, output.splitlines()[0]), (0, "draft|t"), errors)
        status, _, errors = psql(f"UPDATE record SET status = 'submitted' WHERE id = {submitted}", login=ADMIN, password=PASSWORD)
        self.assertEqual(status, 0, errors)

    def test_the_submitted_totals_are_the_servers_to_write(self):
        # Līga's submission (in make) was summed by the server for her, though she may only read the sums.
        totals = "SELECT year, channel, records, started, completed FROM submitted_channel_total ORDER BY channel"
        self.assertEqual(as_liga(totals)[:2], (0, "2025|e-latvija|1|5|4\n2025|klatiene|1|10|10"))
        self.refused("UPDATE submitted_channel_total SET started = 0", "permission denied")
        self.refused("DELETE FROM submitted_channel_total", "permission denied")
        self.refused("INSERT INTO submitted_channel_total SELECT 2024, institution_id, channel, 1, 1, 1 FROM submitted_channel_total",
                     "permission denied")
        self.refused("SELECT pks.record_submitted_totals()", "trigger functions can only be called as triggers")

    def test_the_audit_trail_can_only_be_appended_to(self):
        self.refused("UPDATE audit SET detail = 'forged'", "permission denied")
        self.refused("DELETE FROM audit", "permission denied")
        self.refused("TRUNCATE audit", "permission denied")
        self.assertIn("append-only", psql("DELETE FROM audit")[2])
        # What a user appends carries their own role and the server's time, whatever they claim.
        status, _, errors = as_liga("INSERT INTO audit (at, user_id, role, institution_id, action, detail) "
                                    "SELECT '1999-01-01', 1, 'sec_admin', institution_id, 'forged', 'x' FROM account")
        self.assertEqual(status, 0, errors)
        role, at = psql("SELECT role, at FROM audit WHERE action = 'forged'")[1].split("|")
        self.assertEqual(role, LIGA)
        self.assertFalse(at.startswith("1999"))
        adazi = psql("SELECT id FROM institution WHERE code = 'ADAZI'")[1]
        self.refused(f"INSERT INTO audit (at, user_id, role, institution_id, action, detail) "
                     f"VALUES (now(), 1, 'x', {adazi}, 'forged', 'x')", "row-level security")

    def test_the_schema_cannot_be_changed(self):
        for sql in ("CREATE TABLE pks.spy (a int)", "CREATE TABLE public.spy (a int)", "CREATE TEMP TABLE spy (a int)",
                    "ALTER TABLE record DISABLE ROW LEVEL SECURITY", "DROP TABLE audit", "DROP POLICY audit_visible ON audit",
                    "CREATE FUNCTION pks.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"):
            status, _, errors = as_liga(sql)
            self.assertNotEqual(status, 0, sql)
            self.assertTrue("permission denied" in errors or "must be owner" in errors, f"{sql}: {errors}")

    def test_rights_and_roles_are_out_of_reach(self):
        self.refused("SELECT pks.grant_rights('sec_evil', 'E', 1, 'admin', NULL, 'SCRAM-SHA-256$x')", "only administrators")
        self.refused(f"SELECT pks.renew_rights('sec_closed', '2099-01-01')", "only administrators")
        self.refused(f"ALTER ROLE {LIGA} VALID UNTIL 'infinity'", "permission denied")
        self.refused(f"GRANT {Catalogue.name}_admins TO {LIGA}", "admin option")
        self.refused("UPDATE account SET role = 'admin'", "permission denied")
        self.refused("UPDATE setting SET value = 'client' WHERE key = 'clock'", "permission denied")
        # Not even an administrator can reach a role outside the catalogue through pks's functions.
        status, _, errors = psql(f"SELECT pks.close_rights('{OWNER}')", login=ADMIN, password=PASSWORD)
        self.assertNotEqual(status, 0)
        self.assertIn("no user", errors)

    def test_the_catalogue_is_closed_to_other_logins_of_the_server(self):
        psql("DROP ROLE IF EXISTS sec_outsider; CREATE ROLE sec_outsider LOGIN PASSWORD 'Svesa-Parole-1'", database="postgres")
        try:
            status, _, errors = psql("SELECT 1", login="sec_outsider", password="Svesa-Parole-1")
            self.assertNotEqual(status, 0)
            self.assertIn("permission denied for database", errors)
        finally:
            psql("DROP ROLE IF EXISTS sec_outsider", database="postgres")


class LoginTest(unittest.TestCase):
    """Refused logins exit 3, as on SQLite; the server refuses the same logins to psql."""

    def test_wrong_closed_and_expired_logins_exit_3(self):
        wrong = pks("--user", LIGA, "-c", "whoami", PKS_PASSWORD="nepareizi")
        self.assertEqual((wrong.returncode, wrong.stderr), (3, "error: login failed: unknown user or wrong password\n"))
        closed = pks("--user", "sec_closed", "-c", "whoami")
        self.assertEqual(closed.returncode, 3)
        self.assertIn("the rights of sec_closed are closed", closed.stderr)
        expired = pks("--user", "sec_expired", "-c", "whoami")
        self.assertEqual(expired.returncode, 3, expired.stderr)
        unknown = pks("--user", "sec_nobody", "-c", "whoami")
        self.assertEqual((unknown.returncode, unknown.stderr), (3, wrong.stderr))
        for login in ("sec_closed", "sec_expired"):
            self.assertNotEqual(psql("SELECT 1", login=login, password=PASSWORD)[0], 0, login)

    def test_a_wrong_owner_password_exits_3_and_says_so(self):
        for command in (["migrate"], ["init", "--admin", "sec_other", "--name", "Cits Administrators"]):
            refused = pks(*command, PGUSER=OWNER, PGPASSWORD="nepareiza-parole")
            self.assertEqual(refused.returncode, 3, command)
            self.assertIn("refused its owner's login: wrong password", refused.stderr)

    def test_a_server_out_of_reach_is_told_on_one_line(self):
        away = pks("--db", f"postgresql:///{Catalogue.name}?host=/nonexistent&port={PORT}", "--user", LIGA, "-c", "whoami")
        self.assertEqual(away.returncode, 1)
        self.assertRegex(away.stderr, r'^error: database: connection to server on socket "/nonexistent/.s.PGSQL.\d+" failed: '
                                      r'No such file or directory; Is the server running[^\n]*\n$')

    def test_rights_are_the_roles_own_attributes(self):
        rows = psql("SELECT rolname, rolcanlogin, rolvaliduntil FROM pg_roles WHERE rolname LIKE 'sec\\_%' ORDER BY rolname",
                    database="postgres")[1].splitlines()
        roles = {row.split("|")[0]: row.split("|")[1:] for row in rows}
        self.assertEqual(roles["sec_closed"][0], "f")
        # The end of the last day, in Latvian time (UTC+2 in winter).
        self.assertEqual(roles["sec_expired"][1], "2020-12-31 22:00:00+00")
        self.assertEqual(roles[LIGA][1], "2099-12-31 22:00:00+00")
        self.assertEqual(roles[ADMIN][1], "infinity")

    def test_passwd_sends_a_verifier_and_the_new_password_works(self):
        new = "Jauna-Drosa-Parole-2027"
        changed = pks("--user", MARIS, "-c", "passwd", PKS_NEW_PASSWORD=new)
        self.assertEqual(changed.returncode, 0, changed.stderr)
        self.assertEqual(pks("--user", MARIS, "-c", "whoami", PKS_PASSWORD=new).returncode, 0)
        self.assertEqual(pks("--user", MARIS, "-c", "whoami").returncode, 3)
        back = pks("--user", MARIS, "-c", "passwd", PKS_PASSWORD=new, PKS_NEW_PASSWORD=PASSWORD)
        self.assertEqual(back.returncode, 0, back.stderr)


class SchemaTest(unittest.TestCase):
    """Versions of the schema: the owner migrates; users of an older or newer one are told which."""

    def set_version(self, version):
        status, _, errors = psql(f"UPDATE setting SET value = '{version}' WHERE key = 'schema_version'")
        self.assertEqual(status, 0, errors)

    def current_version(self):
        """The schema version this pks knows, as `migrate` on a current catalogue says it."""
        current = pks("migrate", PGUSER=OWNER, PGPASSWORD=OWNER_PASSWORD)
        self.assertEqual(current.returncode, 0, current.stderr)
        return int(re.search(r"is at schema version (\d+), the newest this pks knows", current.stdout).group(1))

    def test_a_newer_schema_is_refused_naming_both_versions(self):
        version = self.current_version()
        self.set_version(99)
        try:
            refused = pks("--user", LIGA, "-c", "whoami")
            self.assertEqual(refused.returncode, 1)
            self.assertIn(f"has schema version 99, newer than this pks knows ({version})", refused.stderr)
            owner = pks("migrate", PGUSER=OWNER, PGPASSWORD=OWNER_PASSWORD)
            self.assertEqual(owner.returncode, 1)
            self.assertIn("newer than this pks knows", owner.stderr)
        finally:
            self.set_version(version)

    def test_an_older_schema_waits_for_the_owners_migrate(self):
        # The newest migration, run again over itself, changes nothing: the version before it stands in for an older catalogue.
        version = self.current_version()
        self.set_version(version - 1)
        try:
            refused = pks("--user", LIGA, "-c", "whoami")
            self.assertEqual(refused.returncode, 1)
            self.assertIn(f"this pks needs {version}: its owner runs pks --db URI migrate", refused.stderr)
            by_user = pks("migrate", PGUSER=LIGA, PGPASSWORD=PASSWORD)
            self.assertEqual(by_user.returncode, 1, by_user.stdout)
            migrated = pks("migrate", PGUSER=OWNER, PGPASSWORD=OWNER_PASSWORD)
            self.assertEqual(migrated.returncode, 0, migrated.stderr)
            self.assertIn(f"from schema version {version - 1} to {version}", migrated.stdout)
            self.assertEqual(pks("--user", LIGA, "-c", "whoami").returncode, 0)
        finally:
            self.set_version(version)

    def test_overview_counts_an_institutions_published_services_from_an_index(self):
        # Schema version 11: the services by institution and publication, as SQLite's version 9 has them.
        definition = psql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'pks' AND indexname = 'service_published_by_institution'")
        self.assertEqual(definition[:2], (0, "CREATE INDEX service_published_by_institution ON pks.service "
                                             "USING btree (institution_id, published_at)"))

    def test_migrate_says_when_the_schema_is_current(self):
        self.current_version()
        self.assertEqual(pks("init", "--admin", "otrs", "--name", "Otrs", PGUSER=OWNER, PGPASSWORD=OWNER_PASSWORD).returncode, 1)


class ConcurrencyTest(unittest.TestCase):
    """pks processes on one catalogue at once: no lost update, no lock errors."""

    def test_the_second_of_two_sessions_saving_one_record_is_refused_and_nothing_is_lost(self):
        def session():
            return subprocess.Popen([PKS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env={**os.environ, "PKS_DB": Catalogue.uri, "PKS_PASSWORD": PASSWORD,
                                         "LANG": "C.UTF-8", "HOME": Catalogue.home})
        first, second = session(), session()
        for process, started in ((first, 11), (second, 22)):
            process.stdin.write(f"login {MARIS}\nyear 2025\nedit 101A\nset klatiene {started} {started}\n")
            process.stdin.flush()
            self.assertIn(f"klatiene: started {started}", read_until(process, f"klatiene: started {started}"))
        first_err = finish(first, "save\n")
        second_err = finish(second, "save\nclose --discard\n")
        self.assertEqual(first.returncode, 0, first_err)
        self.assertEqual(second.returncode, 1)
        self.assertIn("was changed in another session", second_err)
        self.assertEqual(psql("SELECT rc.started FROM record_channel rc JOIN record r ON r.id = rc.record_id "
                              "JOIN service s ON s.id = r.service_id WHERE s.code = '101A'")[1], "11")

    def test_eight_processes_saving_200_records_each_at_once_all_succeed(self):
        scripts = []
        for process in range(PARALLEL):
            lines = [f"login {LIGA}", "year 2024"]
            for n in range(process * RECORDS_EACH, (process + 1) * RECORDS_EACH):
                lines += [f"add P{n:04d}", f"set klatiene {n} {n}", "set e-latvija 1 1", "compute", "save", "close"]
            path = os.path.join(Catalogue.home, f"parallel-{process}.pks")
            with open(path, "w") as file:
                file.write("\n".join(lines) + "\n")
            scripts.append(path)
        started = time.monotonic()
        processes = [subprocess.Popen([PKS, "--quiet", "run", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "PKS_DB": Catalogue.uri, "PKS_PASSWORD": PASSWORD,
                                           "LANG": "C.UTF-8", "HOME": Catalogue.home})
                     for path in scripts]
        results = [process.communicate(timeout=600) for process in processes]
        elapsed = time.monotonic() - started
        for process, (_, errors) in zip(processes, results):
            self.assertEqual(process.returncode, 0, errors)
        count = psql("SELECT count(*) FROM record WHERE year = 2024")[1]
        self.assertEqual(count, str(PARALLEL * RECORDS_EACH))
        self.assertEqual(psql("SELECT count(*) FROM audit WHERE year = 2024 AND action = 'create record'")[1], count)
        print(f"\n  {PARALLEL} processes saved {PARALLEL * RECORDS_EACH} records in {elapsed:.1f} s", file=sys.stderr)


def finish(process, lines):
    """Sends a running pks its last lines; returns its stderr once it has ended."""
    process.stdin.write(lines)
    process.stdin.close()
    process.stdout.read()
    errors = process.stderr.read()
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        stream.close()
    return errors


def read_until(process, text, timeout=30):
    """stdout of a running pks up to a line containing `text`."""
    seen = []
    done = threading.Event()

    def read():
        for line in process.stdout:
            seen.append(line)
            if text in line:
                done.set()
                return
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done.wait(timeout)
    return "".join(seen)


if __name__ == "__main__":
    if not HOST:
        print("postgres: no test server ($PKS_TEST_POSTGRES_HOST): run through Scripts/test", file=sys.stderr)
        sys.exit(1)
    Catalogue.make()
    try:
        result = unittest.main(exit=False, verbosity=2).result
    finally:
        Catalogue.drop()
    print(f"postgres: {result.testsRun - len(result.failures) - len(result.errors)} passed, "
          f"{len(result.failures) + len(result.errors)} failed")
    sys.exit(0 if result.wasSuccessful() else 1)
