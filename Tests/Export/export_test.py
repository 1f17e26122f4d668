#!/usr/bin/env python3
"""pks exports read back with real readers: openpyxl for xlsx, Python's csv module for csv and
tsv, LibreOffice headless for both (skipped, with the reason printed, when soffice is missing).

usage: export_test.py PATH/TO/pks
"""
import csv
import datetime
import os
import shutil
import sys
import tempfile
import unittest

import openpyxl

from fixture import EXPECTED_HEADER, TRICKY_NAME, Scratch
import libreoffice

PKS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/pks")


def as_text(value):
    """A cell value as SPEC.md section 4 writes it in csv and tsv."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scratch = Scratch(PKS)
        for name, command in [("2019.xlsx", "export xlsx 2019.xlsx"), ("2019.csv", "export csv 2019.csv"),
                              ("2019.tsv", "export tsv 2019.tsv"), ("long.xlsx", "export xlsx long.xlsx --layout long"),
                              ("all.xlsx", "export xlsx all.xlsx --all-years")]:
            cls.scratch.pks("--user", "ieva", "-c", command)
        cls.book = openpyxl.load_workbook(cls.scratch.path("2019.xlsx"))
        cls.sheet = cls.book.active
        cls.rows = {row[1]: row for row in cls.sheet.iter_rows(min_row=2, values_only=True)}

    @classmethod
    def tearDownClass(cls):
        cls.scratch.remove()

    def read_delimited(self, name, delimiter, encoding):
        with open(self.scratch.path(name), newline="", encoding=encoding) as file:
            return list(csv.reader(file, delimiter=delimiter))

    def test_xlsx_has_one_sheet_named_after_the_year_with_the_spec_header_bold_and_frozen(self):
        self.assertEqual(self.book.sheetnames, ["2019"])
        header = [cell.value for cell in self.sheet[1]]
        self.assertEqual(header, EXPECTED_HEADER)
        self.assertTrue(all(cell.font.b for cell in self.sheet[1]))
        self.assertEqual(self.sheet.freeze_panes, "A2")

    def test_xlsx_columns_are_sized_to_their_content(self):
        for column in self.sheet.iter_cols():
            width = self.sheet.column_dimensions[column[0].column_letter].width
            longest = max(len(line) for cell in column for line in as_text(cell.value).split("\n"))
            self.assertGreaterEqual(width, longest, column[0].value)
            self.assertLessEqual(width, max(longest * 1.1 + 3, 6), column[0].value)

    def test_xlsx_holds_the_worked_example_as_numbers_dates_and_percentages(self):
        row = dict(zip(EXPECTED_HEADER, self.rows["015A"]))
        self.assertEqual(row["Gads"], 2019)
        self.assertEqual(row["Pakalpojums"], "Iesniegums Carnikavai")
        self.assertEqual(row["Statuss"], "melnraksts")
        self.assertEqual(row["Atjaunots"], datetime.datetime(2019, 12, 17, 9, 43, 1))
        self.assertEqual((row["E-pakalpojums Latvija.lv uzsākti"], row["E-pakalpojums Latvija.lv pabeigti"]), (2378, 2245))
        self.assertEqual((row["Klātiene iestādē uzsākti"], row["Klātiene iestādē pabeigti"]), (2100, 2100))
        self.assertEqual((row["Kopā uzsākti"], row["Kopā pabeigti"], row["Sūdzības"], row["Kavējumi"]), (4478, 4345, 4, 10))
        self.assertEqual(row["E-pakalpojumu izpildes veiksmīgums"], 94.41)
        self.assertEqual(row["Elektroniskā lietošanas pakāpe"], 53.1)
        self.assertIsNone(row["Pasts uzsākti"])
        for value in self.rows["015A"][5:]:
            self.assertIn(type(value), (int, float, type(None)))

    def test_xlsx_cells_carry_number_formats(self):
        cells = {cell.column_letter: cell for cell in next(r for r in self.sheet.iter_rows(min_row=2) if r[1].value == "015A")}
        self.assertEqual(cells["AF"].data_type, "n")
        self.assertEqual(cells["AF"].number_format, "0.00")
        self.assertTrue(cells["E"].is_date)
        self.assertIn("hh:mm:ss", cells["E"].number_format)
        self.assertEqual(cells["L"].data_type, "n")

    def test_xlsx_keeps_latvian_text_and_escaped_characters(self):
        self.assertEqual(self.rows["016B"][2], "Būvatļauja")
        self.assertEqual(self.rows["019E"][2], TRICKY_NAME)
        self.assertEqual(self.rows["020F"][2], 'Sūdzības & <kavējumi> "Ātri"')

    def test_csv_has_no_byte_order_mark_and_reads_back_to_the_xlsx_values(self):
        with open(self.scratch.path("2019.csv"), "rb") as file:
            self.assertEqual(file.read(4), b"Gads")
        rows = self.read_delimited("2019.csv", ",", "utf-8")
        self.assertEqual(rows[0], EXPECTED_HEADER)
        self.assertEqual(rows[1:], [[as_text(v) for v in row] for row in self.sheet.iter_rows(min_row=2, values_only=True)])

    def test_tsv_has_no_byte_order_mark_and_reads_back_to_the_csv_values(self):
        with open(self.scratch.path("2019.tsv"), "rb") as file:
            self.assertEqual(file.read(4), b"Gads")
        self.assertEqual(self.read_delimited("2019.tsv", "\t", "utf-8"), self.read_delimited("2019.csv", ",", "utf-8"))

    def test_long_layout_has_a_row_per_channel_whose_sums_are_the_wide_totals(self):
        sheet = openpyxl.load_workbook(self.scratch.path("long.xlsx")).active
        self.assertEqual([cell.value for cell in sheet[1]], ["Gads", "Kods", "Pakalpojums", "Kanāls", "Uzsākti", "Pabeigti"])
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        self.assertIn((2019, "015A", "Iesniegums Carnikavai", "E-pakalpojums Latvija.lv", 2378, 2245), rows)
        for code, wide in self.rows.items():
            started = sum(row[4] for row in rows if row[1] == code)
            self.assertEqual(started, wide[EXPECTED_HEADER.index("Kopā uzsākti")], code)

    def test_all_years_sheet_spans_the_years_in_year_order(self):
        book = openpyxl.load_workbook(self.scratch.path("all.xlsx"))
        self.assertEqual(book.sheetnames, ["2018-2019"])
        years = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
        self.assertEqual(years, sorted(years))
        self.assertEqual(set(years), {2018, 2019})

    def test_libreoffice_reads_the_xlsx_as_the_csv_shows_it(self):
        soffice = libreoffice.find()
        if soffice is None:
            self.skipTest(libreoffice.MISSING)
        converted = libreoffice.to_csv(soffice, self.scratch.path("2019.xlsx"), self.scratch.path("lo"))
        with open(converted, newline="", encoding="utf-8") as file:
            self.assertEqual(list(csv.reader(file)), self.read_delimited("2019.csv", ",", "utf-8"))

    def test_libreoffice_reads_csv_and_tsv_taking_the_byte_order_mark_as_the_encoding(self):
        soffice = libreoffice.find()
        if soffice is None:
            self.skipTest(libreoffice.MISSING)
        for name, separator in [("2019.csv", ","), ("2019.tsv", "\t")]:
            converted = libreoffice.delimited_to_xlsx(soffice, self.scratch.path(name), self.scratch.path("lo-" + name), separator)
            sheet = openpyxl.load_workbook(converted).active
            self.assertEqual([cell.value for cell in sheet[1]], EXPECTED_HEADER, name)
            names = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
            self.assertIn("Būvatļauja", names)
            self.assertIn(TRICKY_NAME, names)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
