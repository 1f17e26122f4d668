#!/usr/bin/env python3
"""An export never leaves a half file under the real name, replaces a file only when told to
(--force, or a yes at the terminal), and explains what it could not write.

usage: file_safety_test.py PATH/TO/pks
"""
import glob
import os
import resource
import signal
import subprocess
import sys
import unittest

import pexpect

from fixture import PASSWORD, Scratch
import many_records

PKS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/pks")
LIMIT = 48 * 1024  # bytes a process may write into one file: the database's needs, not a 5,000-record csv
# An export writes 256 KiB blocks, the first after some 1,750 records of this csv, while at most two batches of
# 100 more have been read: with 5,000 records the write fails (on the export's writing thread) while the
# records are still being read, not at the end.
RECORDS = 5_000


class FileSafetyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scratch = Scratch(PKS)
        many_records.enter(cls.scratch, RECORDS)

    @classmethod
    def tearDownClass(cls):
        cls.scratch.remove()

    def setUp(self):
        self.target = self.scratch.path("out.csv")
        with open(self.target, "w", encoding="utf-8") as file:
            file.write("old\n")

    def tearDown(self):
        for path in glob.glob(self.scratch.path(".out.csv.*")) + [self.target]:
            os.remove(path) if os.path.exists(path) else None

    def content(self):
        with open(self.target, encoding="utf-8", newline="") as file:
            return file.read()

    def leftovers(self):
        return glob.glob(self.scratch.path(".out.csv.*.tmp"))

    def export_with_file_size_limit(self, ignore_signal):
        def limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))
            if ignore_signal:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        return self.scratch.pks("--user", "ieva", "-c", "export csv out.csv --force", check=False, preexec_fn=limit)

    def test_an_export_killed_while_writing_leaves_the_old_file_under_the_name(self):
        result = self.export_with_file_size_limit(ignore_signal=False)
        self.assertEqual(result.returncode, -signal.SIGXFSZ, result.stderr)
        self.assertEqual(self.content(), "old\n")
        partial = self.leftovers()
        self.assertEqual(len(partial), 1, "the killed export wrote its temporary file")
        self.assertEqual(os.path.getsize(partial[0]), LIMIT)

    def test_a_failed_write_says_why_and_removes_its_temporary_file(self):
        result = self.export_with_file_size_limit(ignore_signal=True)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error: cannot write out.csv: file too large", result.stderr)
        self.assertEqual(self.content(), "old\n")
        self.assertEqual(self.leftovers(), [])

    def test_a_whole_export_replaces_the_file_with_force(self):
        self.scratch.pks("--user", "ieva", "-c", "export csv out.csv --force")
        self.assertTrue(self.content().startswith("Gads,"))
        self.assertTrue(self.content().endswith("\r\n"))
        self.assertGreater(len(self.content()), LIMIT)
        self.assertEqual(self.leftovers(), [])

    @unittest.skipIf(os.geteuid() == 0, "running as root, which may write into any folder")
    def test_a_folder_without_write_permission_is_refused(self):
        folder = self.scratch.path("locked")
        os.makedirs(folder, mode=0o555)
        result = self.scratch.pks("--user", "ieva", "-c", "export csv locked/out.csv", check=False)
        self.assertIn("error: cannot write locked/out.csv: cannot create a file in locked: permission denied", result.stderr)

    def signalled_while_exporting(self, signal_number, ignoring=None, exports=("export csv out.csv --force",),
                                  options=()):
        """`exports` then `whoami`, sent `signal_number` once every export made its temporary file.
        The process is stopped while the signal is sent, so that the export has not ended before it arrives."""
        def ignore():
            if ignoring:
                signal.signal(ignoring, signal.SIG_IGN)
        commands = [word for command in (*exports, "whoami") for word in ("-c", command)]
        process = subprocess.Popen([PKS, "--quiet", *options, "--user", "ieva", *commands],
                                   env=self.scratch.env, cwd=self.scratch.folder, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ignore)
        while len(self.leftovers()) < len(exports) and process.poll() is None:
            pass
        self.assertIsNone(process.poll(), "the export ended before it could be signalled")
        os.kill(process.pid, signal.SIGSTOP)
        os.kill(process.pid, signal_number)
        os.kill(process.pid, signal.SIGCONT)
        output, errors = process.communicate(timeout=60)
        return process.returncode, output, errors

    def test_ctrl_c_stops_an_export_and_removes_its_temporary_file(self):
        status, output, errors = self.signalled_while_exporting(signal.SIGINT)
        self.assertEqual(status, 1, errors)
        self.assertIn("error: export interrupted (Ctrl-C); nothing was written to out.csv", errors)
        self.assertNotIn("ieva", output, "the script went on after the interrupted export")
        self.assertEqual(self.content(), "old\n")
        self.assertEqual(self.leftovers(), [])

    def test_an_export_ended_by_sigterm_or_sighup_removes_its_temporary_file(self):
        for signal_number in (signal.SIGTERM, signal.SIGHUP):
            with self.subTest(signal=signal_number.name):
                status, _, errors = self.signalled_while_exporting(signal_number)
                self.assertEqual(status, -signal_number, errors)
                self.assertEqual(self.content(), "old\n")
                self.assertEqual(self.leftovers(), [])

    def test_sigterm_removes_every_export_a_single_transaction_holds(self):
        exports = ("export csv out.csv --force", "export csv out.csv.second")
        status, _, errors = self.signalled_while_exporting(signal.SIGTERM, exports=exports,
                                                           options=("--single-transaction",))
        self.assertEqual(status, -signal.SIGTERM, errors)
        self.assertEqual(self.content(), "old\n")
        self.assertEqual(self.leftovers(), [])
        self.assertFalse(os.path.exists(self.target + ".second"))

    def test_an_ignored_sighup_stays_ignored_as_under_nohup(self):
        status, output, errors = self.signalled_while_exporting(signal.SIGHUP, ignoring=signal.SIGHUP)
        self.assertEqual(status, 0, errors)
        self.assertTrue(self.content().startswith("Gads,"))
        self.assertIn("ieva", output)
        self.assertEqual(self.leftovers(), [])

    def shell(self):
        shell = pexpect.spawn(PKS, ["--no-color", "--user", "ieva"], env=dict(self.scratch.env, TERM="xterm"),
                              cwd=self.scratch.folder, encoding="utf-8", timeout=20, dimensions=(40, 200))
        shell.expect_exact("Password for ieva: ")
        shell.sendline(PASSWORD)
        shell.expect_exact("ieva@CARN 2019> ")
        return shell

    def test_at_a_terminal_an_existing_file_is_replaced_only_after_a_yes(self):
        shell = self.shell()
        try:
            shell.sendline("export csv out.csv")
            shell.expect_exact("out.csv already exists. Replace it? [y/N] ")
            shell.sendline("n")
            shell.expect_exact("cancelled; nothing was changed")  # a normal answer, not an error
            self.assertNotIn("error", shell.before)
            shell.expect_exact("ieva@CARN 2019> ")
            self.assertEqual(self.content(), "old\n")
            shell.sendline("export csv out.csv")
            shell.expect_exact("Replace it? [y/N] ")
            shell.sendline("y")
            shell.expect(r"wrote \d+ records of 2019 to out.csv")
            self.assertTrue(self.content().startswith("Gads,"))
        finally:
            shell.terminate(force=True)

    def test_at_a_terminal_ctrl_c_stops_an_export_and_the_shell_goes_on(self):
        shell = self.shell()
        try:
            shell.sendline("export csv out.csv --force")
            while not self.leftovers():
                pass
            os.kill(shell.pid, signal.SIGSTOP)  # so that the export has not ended when Ctrl-C arrives
            shell.sendintr()
            os.kill(shell.pid, signal.SIGCONT)
            shell.expect_exact("error: export interrupted (Ctrl-C); nothing was written to out.csv")
            shell.expect_exact("ieva@CARN 2019> ")
            self.assertEqual(self.content(), "old\n")
            self.assertEqual(self.leftovers(), [])
            shell.sendline("export csv out.csv --force")  # the Ctrl-C was dealt with: the next export is whole
            shell.expect(r"wrote \d+ records of 2019 to out.csv")
            self.assertTrue(self.content().startswith("Gads,"))
        finally:
            shell.terminate(force=True)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
