#!/usr/bin/env python3
"""National size: a catalogue of many institutions, each with its services and years of records, built
through pks (as administrators and institution users would enter it), and the commands whose cost must
grow with what they return, not with the catalogue: each timed, with its peak RSS.

`database(binary, institutions, services, years)` builds (once per size and run) and returns the catalogue;
other modules import it to measure their own commands at national size.

usage: national.py PATH/TO/pks [--national] [RUNS]
  default 200 institutions × 500 services × 2 years (200,000 records); --national: × 10 years (1,000,000)
"""
import os
import re
import subprocess
import sys
import time

import common



def institution(number):
    return f"I{number:03d}"


def user(number):
    return f"u{number:03d}"


def service(institution_number, number):
    return f"{institution(institution_number)}-{number:04d}"


def database(binary, institutions=200, services=500, years=2):
    """The catalogue: `institutions` institutions with one user each and `services` published services each,
    with a record per service (indicators computed) for `years` years up to the reporting year, submitted as
    `submits` says; built through pks once."""
    path = os.path.join(common.WORK, f"national-{institutions}x{services}x{years}.sqlite")
    if os.path.exists(path):
        return path
    building = common.remove_database(path + ".building")
    script = os.path.join(common.WORK, "national.pks")
    commands = write_script(script, institutions, services, range(common.YEAR - years + 1, common.YEAR + 1))
    common.log(f"  building a national catalogue through pks: {institutions} × {services} × {years} years "
               f"({institutions * services * years:,} records, {commands:,} commands)")
    began = time.monotonic()
    common.pks(binary, building, "init", "--admin", "admin", "--name", "Admin", "--password-cost", "1")
    common.pks(binary, building, "run", script)
    common.checkpoint(building)
    os.rename(building, path)
    common.log(f"  built in {time.monotonic() - began:.0f} s, {os.path.getsize(path) / 1e6:.0f} MB")
    return path


def submits(institution_number, year):
    """Whether the institution has submitted the year's records: every earlier year, and the reporting year in
    odd-numbered institutions (even ones, I100 among them, still have their drafts to check)."""
    return year < common.YEAR or institution_number % 2 == 1


def write_script(path, institutions, services, years, entered=None):
    """The whole catalogue as one pks script: every institution and its user, and the services and records of
    those `entered` (default: every one); returns its number of commands."""
    entered = range(institutions) if entered is None else entered
    commands = 0
    with open(path, "w", encoding="utf-8") as script:
        script.write("login admin\n")
        for i in range(institutions):
            script.write(f"institution add {institution(i)} \"Iestāde numur {i}\"\n"
                         f"user add {user(i)} --name \"Lietotājs {i}\" --institution {institution(i)} --until 2030-01-01\n")
            commands += 2
            if i not in entered:
                continue
            for s in range(services):
                code = service(i, s)
                script.write(f"service add {code} \"{common.service_name(i * services + s)}\" --institution {institution(i)}\n"
                             f"service channels {code} e-latvija klatiene\nservice publish {code}\n")
            commands += 3 * services
        for i in entered:
            script.write(f"login {user(i)}\n")
            for year in years:
                script.write(f"year {year}\n")
                for s in range(services):
                    e, klatiene, complaints, delays = common.record_figures(i * services + s)
                    script.write(f"add {service(i, s)}\nset e-latvija {e[0]} {e[1]}\nset klatiene {klatiene[0]} {klatiene[1]}\n"
                                 f"complaints {complaints}\ndelays {delays}\ncompute\nsave\n")
                commands += 1 + 7 * services
                if submits(i, year):
                    script.write("submit --all --yes\n")
                    commands += 1
            commands += 1
    return commands + 1


def measure(binary, catalogue, login, commands, runs):
    """Seconds and peak RSS (MB) of `pks -c 'login LOGIN' -c COMMAND...`, `runs` times."""
    seconds, peaks = [], []
    for _ in range(runs):
        arguments = ["/usr/bin/time", "-v", binary, "--quiet", "-c", f"login {login}"]
        for command in commands:
            arguments += ["-c", command]
        began = time.monotonic()
        result = subprocess.run(arguments, env=common.environment(catalogue), cwd=common.WORK, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds.append(time.monotonic() - began)
        if result.returncode != 0:
            raise RuntimeError(f"pks {' '.join(commands)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
        peaks.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024)
    return seconds, peaks


def report(binary, catalogue, size, runs, engine=""):
    """Times each command below `runs` times on `catalogue` (a path or a URI), with its peak RSS, and prints
    its row; `engine` names a server in the rows' names (" on PostgreSQL")."""
    export = os.path.join(common.WORK, "national-export.csv")
    workbook = os.path.join(common.WORK, "national-export.xlsx")
    rows = [
        ("admin export csv --all-institutions --all-years", "admin",
         [f"export csv {export} --all-institutions --all-years --force"], "≤ 10 s, ≤ 64 MB", 10, 64),
        ("admin export xlsx --all-institutions --all-years", "admin",
         [f"export xlsx {workbook} --all-institutions --all-years --force"], "≤ 64 MB", None, 64),
        ("admin export csv --institution (one year)", "admin",
         [f"export csv {export} --institution {institution(100)} --force"], "≤ 10 ms query", None, None),
        ("stats of one institution", user(100), ["stats"], "≤ 10 ms query", None, None),
        ("admin overview", "admin", ["overview"], "≤ 200 ms", 0.2, None),
        ("admin overview --json", "admin", ["overview --json"], "≤ 200 ms", 0.2, None),
        # `check` covers the user's own institution, administrators' too: an institution's 500 drafts.
        ("check of one institution", user(100), ["check"], "≤ 200 ms", 0.2, None),
        ("admin log --limit 50", "admin", ["log --limit 50"], "≤ 50 ms query", None, None),
        ("admin log SERVICE", "admin", [f"log {service(100, 250)}"], "≤ 50 ms query", None, None),
        ("admin log --user LOGIN --limit 50", "admin", [f"log --user {user(100)} --limit 50"], "≤ 50 ms query", None, None),
        ("log --since (one institution)", user(100), ["log --since 2100-01-01"], "≤ 50 ms query", None, None),
    ]
    for name, login, commands, target, seconds_target, megabytes_target in rows:
        seconds, peaks = measure(binary, catalogue, login, commands, runs)
        common.log(f"  {name}: {common.duration(seconds)}, peak RSS {common.triple(peaks, 'MB', 1)}")
        met = None
        if megabytes_target is not None:
            met = max(peaks) <= megabytes_target
        if seconds_target is not None:
            fast = sorted(seconds)[len(seconds) // 2] <= seconds_target
            met = fast if met is None else met and fast
        common.row(f"national{engine} ({size}): {name} ({runs} runs; whole process)",
                   f"{common.duration(seconds)}; peak RSS {common.triple(peaks, 'MB', 1)}", "—", "—", target, met)


def main():
    binary = os.path.abspath(sys.argv[1])
    national = "--national" in sys.argv[2:]
    rest = [argument for argument in sys.argv[2:] if argument != "--national"]
    runs = int(rest[0]) if rest else 3
    years = 10 if national else 2
    report(binary, database(binary, 200, 500, years), f"{200 * 500 * years:,} records", runs)


if __name__ == "__main__":
    main()
