#!/usr/bin/env python3
"""Export: `pks export csv|xlsx` of N records (whole process: start-up, login, reading the database,
writing the file) against Python writing the same table from memory: the csv module, and openpyxl's
write-only mode (`write_with_openpyxl` below: bold frozen header, dates and percentages as typed cells).
For context, also against Python doing the whole export as pks does (python_export.py: the database read
with the sqlite3 module, the same bytes written).

usage: export.py PATH/TO/pks [RECORDS] [RUNS]
"""
import csv
import datetime
import os
import subprocess
import sys
import time

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

import common



def typed(header, row):
    """A csv row as the values the xlsx holds."""
    values = []
    for name, text in zip(header, row):
        if text == "":
            values.append(None)
        elif name == "Atjaunots":
            values.append(datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S"))
        elif name.startswith("E-pakalpojumu izpildes") or name.startswith("Elektroniskā"):
            values.append(float(text))
        else:
            values.append(int(text) if text.isdigit() and name not in ("Kods", "Pakalpojums") else text)
    return values


def write_with_openpyxl(header, rows, path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("2019")
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width = len(name) + 2
    bold = Font(bold=True)

    def cell(value, **style):
        result = WriteOnlyCell(sheet, value=value)
        for key, setting in style.items():
            setattr(result, key, setting)
        return result

    sheet.append([cell(name, font=bold) for name in header])
    for row in rows:
        sheet.append([cell(v, number_format="yyyy-mm-dd hh:mm:ss") if isinstance(v, datetime.datetime)
                      else cell(v, number_format="0.00") if isinstance(v, float) else v for v in row])
    book.save(path)


def times(action, runs):
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        result.append(time.perf_counter() - start)
    return result


def main():
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    database = common.copy(common.catalogue(binary, count), "export.sqlite")
    script = os.path.join(common.WORK, f"export-{count}.pks")
    common.write_replay(script, count)
    common.log(f"  entering {count:,} records through pks")
    common.pks(binary, database, "--single-transaction", "run", script)
    env = common.environment(database)
    path = lambda name: os.path.join(common.WORK, name)

    def export(form, name):
        return subprocess.run([binary, "--quiet", "--user", "ieva", "-c", f"export {form} {path(name)} --force"],
                              env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)

    def pks_export(form, name):
        result = export(form, name)
        if result.returncode != 0:
            raise RuntimeError(f"pks export {form} exited {result.returncode}: {result.stderr.strip()}")

    login = times(lambda: common.pks(binary, database, "--user", "ieva", "-c", "whoami"), runs)
    note = f"; start-up and login alone {common.spread(login)[1] * 1000:.0f} ms"
    pks_csv = times(lambda: pks_export("csv", "pks.csv"), runs)
    with open(path("pks.csv"), newline="", encoding="utf-8-sig") as file:
        header, *text_rows = list(csv.reader(file))
    if len(text_rows) != count:
        raise RuntimeError(f"pks exported {len(text_rows)} records to csv, not {count}")

    def python_csv():
        with open(path("python.csv"), "w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows([header, *text_rows])

    python_times = times(python_csv, runs)
    ratio = common.spread(pks_csv)[1] / common.spread(python_times)[1]
    common.row(f"export csv: {count:,} records × {len(header)} columns ({runs} runs{note})",
               common.duration(pks_csv), "Python csv module: " + common.duration(python_times),
               f"{ratio:.2f}×", "≤ 1× Python csv", ratio <= 1)

    # The same work in Python, for context: reading the database too, a whole process as pks's.
    same_work = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "python_export.py"),
                 database, "CARN", str(common.YEAR), path("python-export.csv")]
    subprocess.run(same_work, check=True)
    with open(path("pks.csv"), "rb") as ours, open(path("python-export.csv"), "rb") as theirs:
        if ours.read() != theirs.read():
            raise RuntimeError("python_export.py did not write the file pks writes")
    same_times = times(lambda: subprocess.run(same_work, check=True), runs)
    ratio = common.spread(pks_csv)[1] / common.spread(same_times)[1]
    common.row(f"export csv: {count:,} records, the same export done by Python (sqlite3 and csv modules, "
               f"whole process, the same bytes; {runs} runs)", common.duration(pks_csv),
               "Scripts/bench/python_export.py: " + common.duration(same_times), f"{ratio:.2f}×", "— (context)", None)

    trial = export("xlsx", "pks.xlsx")
    if trial.returncode != 0:
        if "xlsx" not in trial.stderr:
            raise RuntimeError(f"pks export xlsx exited {trial.returncode}: {trial.stderr.strip()}")
        common.log(f"  pks export xlsx refused: {trial.stderr.strip()}")
        common.row(f"export xlsx: {count:,} records", "n/a (xlsx export not available)", "—", "—",
                   "≤ 0.2× openpyxl", None)
        return
    sheet = openpyxl.load_workbook(path("pks.xlsx"), read_only=True).active
    if sum(1 for _ in sheet.iter_rows()) != count + 1:
        raise RuntimeError("pks.xlsx does not hold every record")
    pks_xlsx = times(lambda: pks_export("xlsx", "pks.xlsx"), runs)
    rows = [typed(header, text_row) for text_row in text_rows]
    openpyxl_times = times(lambda: write_with_openpyxl(header, rows, path("openpyxl.xlsx")), runs)
    ratio = common.spread(pks_xlsx)[1] / common.spread(openpyxl_times)[1]
    size = lambda name: os.path.getsize(path(name)) / 1e6
    common.row(f"export xlsx: {count:,} records ({runs} runs; {size('pks.xlsx'):.1f} MB, openpyxl's "
               f"{size('openpyxl.xlsx'):.1f} MB)", common.duration(pks_xlsx),
               f"openpyxl {openpyxl.__version__} write-only: " + common.duration(openpyxl_times),
               f"{ratio:.2f}×", "≤ 0.2× openpyxl", ratio <= 0.2)


if __name__ == "__main__":
    main()
