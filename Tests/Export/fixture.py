"""A scratch database for the export tests: the transcripts' fixture, the worked example of
DOMAIN.md, records in two years, and service names full of characters exports must escape."""
import os
import shutil
import sqlite3
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SETUP = os.path.join(HERE, "..", "Transcripts", "fixture", "setup.pks")
PASSWORD = "test-parole-2020"

CHANNELS = ["Citi elektroniskie kanāli", "Cits", "E-pakalpojums iestādes tīmekļvietnē", "E-pakalpojums Latvija.lv",
            "E-pasts", "Fakss", "Klātiene iestādē", "Pasts", "SMS", "Telefons", "VPVKAC"]
# SPEC.md section 4, written out independently of pks's code.
EXPECTED_HEADER = (["Gads", "Kods", "Pakalpojums", "Statuss", "Atjaunots"]
                   + [f"{channel} {word}" for channel in CHANNELS for word in ("uzsākti", "pabeigti")]
                   + ["Kopā uzsākti", "Kopā pabeigti", "Sūdzības", "Kavējumi",
                      "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"])
# pks refuses control characters in names it is given, so this one is written into the database
# directly, as an older import might have left it.
TRICKY_NAME = 'Line one & <two>\n"quoted" \'single\'\tTab _x0041_ ĀČĒĢĪĶĻŅŠŪŽ'


class Scratch:
    """A folder with its own copy of the database; `pks(...)` runs the binary there."""

    def __init__(self, binary):
        self.binary = binary
        self.folder = tempfile.mkdtemp(prefix="pks-export-")
        self.env = {"PATH": "/usr/bin:/bin", "HOME": self.folder, "LANG": "C.UTF-8", "NO_COLOR": "1",
                    "PKS_DB": self.path("pks.sqlite"), "PKS_NOW": "2020-03-02T10:15:00",
                    "PKS_PASSWORD": PASSWORD, "PKS_NEW_PASSWORD": PASSWORD}
        self.pks("init", "--admin", "admin", "--name", "Anna", "--password-cost", "1")
        self.pks("--quiet", "run", SETUP)
        self.pks("--user", "ieva", "-c", "year 2019", "-c", "add 015A", "-c", "set e-latvija 2378 2245",
                 "-c", "set klatiene 2100 2100", "-c", "complaints 4", "-c", "delays 10", "-c", "compute", "-c", "save",
                 now="2019-12-17T09:43:01")
        admin = []
        for code, name in [("019E", "renamed below"), ("020F", 'Sūdzības & <kavējumi> "Ātri"')]:
            admin += ["-c", f"service add {code} '{name}' --institution CARN", "-c", f"service channels {code} klatiene",
                      "-c", f"service publish {code}"]
        self.pks("--user", "admin", *admin)
        self.pks("--user", "ieva", "-c", "year 2018", "-c", "add 016B", "-c", "set klatiene 1 1", "-c", "save",
                 "-c", "year 2019", "-c", "add 016B", "-c", "set klatiene 4 4", "-c", "set pasts 1 0", "-c", "save",
                 "-c", "add 019E", "-c", "set klatiene 3 3", "-c", "save", "-c", "add 020F", "-c", "save")
        with sqlite3.connect(self.path("pks.sqlite")) as db:
            db.execute("UPDATE service SET name = ? WHERE code = '019E'", (TRICKY_NAME,))

    def path(self, name):
        return os.path.join(self.folder, name)

    def pks(self, *arguments, now=None, check=True, **options):
        env = dict(self.env, **({"PKS_NOW": now} if now else {}))
        return subprocess.run([self.binary, "--quiet", *arguments], env=env, cwd=self.folder, check=check,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, **options)

    def remove(self):
        shutil.rmtree(self.folder, ignore_errors=True)
