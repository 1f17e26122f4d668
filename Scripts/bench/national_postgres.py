#!/usr/bin/env python3
"""National size on PostgreSQL: the catalogue of national.py (200 institutions × 500 services × 2 years;
--national: 10 years) on a throwaway server on loopback, then national.py's commands and lookup.py's
services named by part of its name against it, as on SQLite. The server runs without fsync: what is
measured only reads.

pks enters every institution and user, and institution I100's services and records (the ones measured by
its user), as its administrator and user would; the server's superuser then copies I100's services,
channels, records and audit entries to the other 199 institutions, with their own codes, names, users and
statuses. Entering all through pks is the replay's measure (replay_postgres.py): at some 40 services a
second on 2 loaded cores it would take hours.

usage: national_postgres.py PATH/TO/pks [--national] [RUNS] [YEARS]
  YEARS overrides the years of records
"""
import os
import sys
import time

import common
import lookup
import national
from replay_postgres import Server, build

ENTERED = 100  # the institution entered through pks, I100

# I100's rows copied to every other institution Innn (triggers off, as for a restore), in the order pks enters
# them (institution by institution, year by year, so one institution's year lies together): service Innn-SSSS is
# named after its number nnn × 500 + SSSS as national.py names it; the reporting year stays a draft in even
# institutions; each institution's user stands where I100's did.
COPY = """
BEGIN;
SET LOCAL session_replication_role = replica;
CREATE TEMPORARY TABLE target AS
    SELECT institution.id, institution.code, account.id AS user_id, account.login,
           substr(institution.code, 2)::integer AS number
    FROM pks.institution AS institution JOIN pks.account AS account ON account.institution_id = institution.id
    WHERE institution.code ~ '^I[0-9]{3}$' AND institution.code <> '%(source)s';
CREATE TEMPORARY TABLE source AS
    SELECT institution.id, account.id AS user_id, account.login FROM pks.institution AS institution
    JOIN pks.account AS account ON account.institution_id = institution.id WHERE institution.code = '%(source)s';
INSERT INTO pks.service (code, name, institution_id, published_at, description)
    SELECT target.code || substr(service.code, 5),
           'Pakalpojums numur ' || (target.number * %(services)d + substr(service.code, 6)::integer) || ' Ādažos',
           target.id, service.published_at, service.description
    FROM pks.service AS service, target WHERE service.institution_id = (SELECT id FROM source)
    ORDER BY target.number, service.code;
CREATE TEMPORARY TABLE copied AS
    SELECT service.id AS source_id, copy.id, copy.institution_id, target.number, target.user_id, target.login
    FROM pks.service AS service JOIN pks.service AS copy ON substr(copy.code, 5) = substr(service.code, 5)
    JOIN target ON target.id = copy.institution_id WHERE service.institution_id = (SELECT id FROM source);
INSERT INTO pks.service_channel (service_id, institution_id, channel, contact)
    SELECT copied.id, copied.institution_id, channel.channel, channel.contact
    FROM pks.service_channel AS channel JOIN copied ON copied.source_id = channel.service_id
    ORDER BY copied.id, channel.channel;
INSERT INTO pks.record (service_id, institution_id, year, status, complaints, delays, indicators_computed,
                        indicators_stale, success, usage, e_started, e_completed, all_started, updated_at, updated_by,
                        submitted_at, revision)
    SELECT copied.id, copied.institution_id, record.year, submitted.status, record.complaints, record.delays,
           record.indicators_computed, record.indicators_stale, record.success, record.usage, record.e_started,
           record.e_completed, record.all_started, record.updated_at, copied.user_id,
           CASE WHEN submitted.status = 'submitted' THEN record.updated_at END, record.revision
    FROM pks.record AS record JOIN copied ON copied.source_id = record.service_id,
    LATERAL (SELECT CASE WHEN record.year < %(year)d OR copied.number %% 2 = 1 THEN 'submitted' ELSE 'draft' END
             AS status) AS submitted
    ORDER BY copied.number, record.year, copied.id;
INSERT INTO pks.record_channel (record_id, institution_id, channel, started, completed)
    SELECT copy.id, copy.institution_id, channel.channel, channel.started, channel.completed
    FROM pks.record_channel AS channel JOIN pks.record AS record ON record.id = channel.record_id
    JOIN copied ON copied.source_id = record.service_id
    JOIN pks.record AS copy ON copy.service_id = copied.id AND copy.year = record.year
    ORDER BY copy.id, channel.channel;
INSERT INTO pks.audit (at, user_id, role, institution_id, service_code, year, action, detail)
    SELECT audit.at, CASE WHEN audit.role = source.login THEN target.user_id ELSE audit.user_id END,
           CASE WHEN audit.role = source.login THEN target.login ELSE audit.role END, target.id,
           target.code || substr(audit.service_code, 5), audit.year, audit.action, audit.detail
    FROM pks.audit AS audit, source, target WHERE audit.institution_id = source.id AND audit.service_code IS NOT NULL
    ORDER BY target.number, audit.id;
COMMIT;
"""


def catalogue(server, binary, institutions, services, years):
    """The national catalogue on the server (see above); returns its URI."""
    script = os.path.join(common.WORK, "national-postgres.pks")
    commands = national.write_script(script, institutions, services, range(common.YEAR - years + 1, common.YEAR + 1),
                                     entered=[ENTERED])
    common.log(f"  building a national catalogue on PostgreSQL: {institutions} institutions and users, "
               f"{national.institution(ENTERED)}'s {services} services × {years} years through pks ({commands:,} commands)")
    began = time.monotonic()
    uri = build(server, binary, "national", script)
    common.log(f"  entered through pks in {time.monotonic() - began:.0f} s; copying to the other institutions")
    with open(os.path.join(server.folder, ".superuser"), encoding="utf-8") as secret:
        superuser = secret.read().strip()
    server.psql(database="national", login="postgres", password=superuser,
                sql=COPY % {"source": national.institution(ENTERED), "services": services, "year": common.YEAR})
    server.psql("VACUUM ANALYZE", database="national", login="postgres", password=superuser)
    counts = server.psql("SELECT (SELECT count(*) FROM pks.service) || ' services, ' || (SELECT count(*) FROM pks.record)"
                         " || ' records, ' || (SELECT count(*) FROM pks.audit) || ' audit entries, '"
                         " || pg_size_pretty(pg_database_size('national'))", database="national").strip()
    common.log(f"  built in {time.monotonic() - began:.0f} s: {counts}")
    return uri


def main():
    binary = os.path.abspath(sys.argv[1])
    rest = [argument for argument in sys.argv[2:] if argument != "--national"]
    runs = int(rest[0]) if rest else 3
    years = int(rest[1]) if len(rest) > 1 else 10 if "--national" in sys.argv[2:] else 2
    server = Server(durable=False)
    try:
        uri = catalogue(server, binary, 200, 500, years)
        national.report(binary, uri, f"{200 * 500 * years:,} records", runs, " on PostgreSQL")
        lookup.report(binary, uri, max(runs, 5), 50, " on PostgreSQL")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
