#!/usr/bin/env python3
"""pks import of files that pks did not write: an export edited and saved by LibreOffice headless (xlsx
and csv) imports back exactly the edited values; a workbook written by openpyxl imports too. Skips the
LibreOffice tests, saying why, when soffice is missing.

usage: import_test.py PATH/TO/pks
"""
import csv
import os
import sys
import unittest

import openpyxl

from fixture import Scratch
import libreoffice

PKS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/pks")
STARTED, COMPLETED = "Klātiene iestādē uzsākti", "Klātiene iestādē pabeigti"


class ImportTest(unittest.TestCase):
    def setUp(self):
        self.scratch = Scratch(PKS)

    def tearDown(self):
        self.scratch.remove()

    def exported_rows(self):
        """The year's records as pks exports them now: code → {column: text}."""
        self.scratch.pks("--user", "ieva", "-c", "export csv now.csv --force")
        with open(self.scratch.path("now.csv"), newline="", encoding="utf-8-sig") as file:
            return {row["Kods"]: row for row in csv.DictReader(file)}

    def edit_in_libreoffice(self, target):
        """Exports xlsx, has LibreOffice turn it into csv, changes cells there, and has LibreOffice save
        the edited table as `target` (xlsx or csv): the file pks reads was written by LibreOffice."""
        soffice = libreoffice.find()
        if soffice is None:
            self.skipTest(libreoffice.MISSING)
        self.scratch.pks("--user", "ieva", "-c", "export xlsx 2019.xlsx")
        text = libreoffice.to_csv(soffice, self.scratch.path("2019.xlsx"), self.scratch.path("lo"))
        with open(text, newline="", encoding="utf-8") as file:
            rows = list(csv.reader(file))
        header = rows[0]
        for row in rows[1:]:
            if row[1] == "016B":
                row[header.index(STARTED)], row[header.index(COMPLETED)] = "77", "70"
                row[header.index("Pasts uzsākti")], row[header.index("Pasts pabeigti")] = "", ""
            if row[1] == "015A":
                row[header.index("Sūdzības")] = "9"
        edited = self.scratch.path("edited.csv")
        with open(edited, "w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(rows)
        if target == "csv":
            return libreoffice.convert(soffice, edited, self.scratch.path("saved"), libreoffice.CSV_FILTER,
                                       infilter="CSV:44,34,76,1")
        return libreoffice.delimited_to_xlsx(soffice, edited, self.scratch.path("saved"), ",")

    def check_edited_values_came_back(self, before, after):
        self.assertEqual((after["016B"][STARTED], after["016B"][COMPLETED]), ("77", "70"))
        # Emptied cells clear the channel as unset does: a channel of the description is back at 0/0.
        self.assertEqual((after["016B"]["Pasts uzsākti"], after["016B"]["Pasts pabeigti"]), ("0", "0"))
        self.assertEqual(after["015A"]["Sūdzības"], "9")
        self.assertEqual(after["015A"]["E-pakalpojumu izpildes veiksmīgums"], "94.41")
        untouched = [column for column in before["016B"] if column not in
                     (STARTED, COMPLETED, "Pasts uzsākti", "Pasts pabeigti", "Kopā uzsākti", "Kopā pabeigti", "Sūdzības")]
        for code in before:
            for column in untouched:
                if column != "Atjaunots":
                    self.assertEqual(after[code][column], before[code][column], (code, column))

    def test_an_export_edited_and_saved_as_xlsx_by_libreoffice_imports_the_edited_values(self):
        before = self.exported_rows()
        saved = self.edit_in_libreoffice("xlsx")
        self.scratch.pks("--user", "ieva", "-c", f"import {saved}")
        self.check_edited_values_came_back(before, self.exported_rows())

    def test_an_export_edited_and_saved_as_csv_by_libreoffice_imports_the_edited_values(self):
        before = self.exported_rows()
        saved = self.edit_in_libreoffice("csv")
        self.scratch.pks("--user", "ieva", "-c", f"import {saved}")
        self.check_edited_values_came_back(before, self.exported_rows())

    def test_a_workbook_written_by_openpyxl_imports(self):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Skaiti"
        sheet.append(["kods", "GADS", "E-pakalpojums Latvija.lv uzsākti", "E-pakalpojums Latvija.lv pabeigti", "Kavējumi"])
        sheet.append(["015A", 2019, 2378.0, 2245, 10])
        sheet["A3"], sheet["B3"], sheet["E3"] = "016B", 2019, 2  # no channel cells: the channels stay as they are
        book.save(self.scratch.path("openpyxl.xlsx"))
        before = self.exported_rows()
        self.scratch.pks("--user", "ieva", "-c", "import openpyxl.xlsx")
        rows = self.exported_rows()
        self.assertEqual(rows["016B"]["Klātiene iestādē uzsākti"], before["016B"]["Klātiene iestādē uzsākti"])
        self.assertEqual(rows["016B"]["Kavējumi"], "2")
        self.assertEqual(rows["015A"]["Kavējumi"], "10")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
