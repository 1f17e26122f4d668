#!/usr/bin/env python3
"""The export pks does, done by Python: one institution's records of a year read from a pks SQLite
database with the sqlite3 module and written with the csv module in SPEC.md section 4's wide columns,
byte for byte the file `pks export csv` writes. The export benchmark times it as a whole process, as it
times pks: the same work, where the csv module's row alone writes a table already in memory.

usage: python_export.py DATABASE INSTITUTION YEAR FILE
"""
import csv
import sqlite3
import sys

CHANNELS = [  # key, Latvian name, in the catalogue's order
    ("citi-elektroniskie", "Citi elektroniskie kanāli"), ("cits", "Cits"),
    ("e-iestade", "E-pakalpojums iestādes tīmekļvietnē"), ("e-latvija", "E-pakalpojums Latvija.lv"),
    ("e-pasts", "E-pasts"), ("fakss", "Fakss"), ("klatiene", "Klātiene iestādē"), ("pasts", "Pasts"),
    ("sms", "SMS"), ("telefons", "Telefons"), ("vpvkac", "VPVKAC"),
]
E_SERVICES = {"e-iestade", "e-latvija"}
ORDER = {key: index for index, (key, _) in enumerate(CHANNELS)}
HEADER = (["Gads", "Kods", "Pakalpojums", "Statuss", "Atjaunots"]
          + [f"{name} {part}" for _, name in CHANNELS for part in ("uzsākti", "pabeigti")]
          + ["Kopā uzsākti", "Kopā pabeigti", "Sūdzības", "Kavējumi",
             "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"])
QUERY = """
    SELECT record.id, record_channel.channel, record_channel.started, record_channel.completed, record.year,
           service.code, service.name, record.status, record.complaints, record.delays, record.indicators_computed,
           record.success, record.usage, record.e_started, record.e_completed, record.all_started, record.updated_at
    FROM service CROSS JOIN record ON record.service_id = service.id
    LEFT JOIN record_channel ON record_channel.record_id = record.id
    WHERE service.institution_id = (SELECT id FROM institution WHERE code = ?) AND record.year = ?
    ORDER BY service.code
    """


def percent(hundredths):
    return "" if hundredths is None else f"{hundredths // 100}.{hundredths % 100:02d}"


def row(record, counts):
    (year, code, name, status, complaints, delays, computed, success, usage, e_started, e_completed, all_started,
     updated) = record
    started = sum(pair[0] for pair in counts if pair)
    current = computed and (e_started, e_completed, all_started) == (
        sum(counts[ORDER[key]][0] for key in E_SERVICES if counts[ORDER[key]]),
        sum(counts[ORDER[key]][1] for key in E_SERVICES if counts[ORDER[key]]), started)
    cells = [year, code, name, "melnraksts" if status == "draft" else "iesniegts",
             "" if updated is None else updated.replace("T", " ")]
    for pair in counts:
        cells += pair if pair else ("", "")
    cells += [started, sum(pair[1] for pair in counts if pair), complaints, delays,
              percent(success) if current else "", percent(usage) if current else ""]
    return cells


def main():
    database, institution, year, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        current_id, record, counts = None, None, None
        for record_id, channel, started, completed, *rest in connection.execute(QUERY, (institution, year)):
            if record_id != current_id:
                if record is not None:
                    writer.writerow(row(record, counts))
                current_id, record, counts = record_id, rest, [None] * len(CHANNELS)
            if channel is not None:
                counts[ORDER[channel]] = (started, completed)
        if record is not None:
            writer.writerow(row(record, counts))


if __name__ == "__main__":
    main()
