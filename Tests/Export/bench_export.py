#!/usr/bin/env python3
"""Scripts/bench-export: times `pks export xlsx` on many records against openpyxl's write-only
mode writing the same table (types, bold header, number formats, frozen header, widths).

usage: bench_export.py PATH/TO/pks [RECORDS]
"""
import csv
import datetime
import os
import statistics
import sys
import time

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from fixture import Scratch
import many_records

RUNS = 5


def timed(action):
    """The median wall time of RUNS runs of `action`, in seconds."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def main():
    binary, count = os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    scratch = Scratch(binary)
    try:
        start = time.perf_counter()
        many_records.enter(scratch, count)
        print(f"entered {count} records through pks in {time.perf_counter() - start:.1f} s")
        pks_time = timed(lambda: scratch.pks("--user", "ieva", "-c", "export xlsx pks.xlsx --force"))
        login_time = timed(lambda: scratch.pks("--user", "ieva", "-c", "whoami"))
        scratch.pks("--user", "ieva", "-c", "export csv table.csv")
        with open(scratch.path("table.csv"), newline="", encoding="utf-8-sig") as file:
            header, *text_rows = list(csv.reader(file))
        rows = [typed(header, row) for row in text_rows]
        openpyxl_time = timed(lambda: write_with_openpyxl(header, rows, scratch.path("openpyxl.xlsx")))
        check = openpyxl.load_workbook(scratch.path("pks.xlsx"), read_only=True).active
        assert sum(1 for _ in check.iter_rows()) == len(rows) + 1, "pks.xlsx does not hold every record"
        size = lambda name: os.path.getsize(scratch.path(name)) / 1e6
        print(f"{len(rows)} records x {len(header)} columns; median of {RUNS} runs")
        print(f"pks export xlsx (release, whole process): {pks_time:6.2f} s  {size('pks.xlsx'):.2f} MB"
              f"  (start-up and login alone: {login_time:.2f} s)")
        print(f"openpyxl {openpyxl.__version__} write-only, same table:  {openpyxl_time:6.2f} s  {size('openpyxl.xlsx'):.2f} MB")
    finally:
        scratch.remove()


if __name__ == "__main__":
    main()
