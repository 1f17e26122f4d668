#!/usr/bin/env python3
"""pks at a real pseudo-terminal (pexpect): the libedit prompt, a hidden password,
Latvian letters typed, and Ctrl-D asking before unsaved changes are lost.

usage: terminal_test.py PATH/TO/pks
"""
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time
import unittest

import pexpect

PKS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/pks")
HERE = os.path.dirname(os.path.abspath(__file__))
SETUP = os.path.join(HERE, "..", "Transcripts", "fixture", "setup.pks")
PASSWORD = "test-parole-2020"


class TerminalTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="pks-terminal-")
        self.env = {
            "PATH": "/usr/bin:/bin", "HOME": self.folder, "TERM": "xterm", "LANG": "C.UTF-8",
            "PKS_DB": os.path.join(self.folder, "pks.sqlite"), "PKS_NOW": "2020-03-02T10:15:00",
            "NO_COLOR": "1",
        }
        setup_env = dict(self.env, PKS_PASSWORD=PASSWORD, PKS_NEW_PASSWORD=PASSWORD)
        for arguments in (["init", "--admin", "admin", "--name", "Anna", "--password-cost", "1"],
                          ["--quiet", "run", SETUP]):
            subprocess.run([PKS] + arguments, env=setup_env, check=True, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL)
        self.shell = pexpect.spawn(PKS, env=self.env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        self.shell.expect_exact("Type help for the commands.")
        self.shell.expect_exact("pks 2019> ")

    def tearDown(self):
        if self.shell.isalive():
            self.shell.terminate(force=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_in(self):
        self.shell.sendline("login ieva")
        self.shell.expect_exact("Password for ieva: ")
        self.shell.sendline(PASSWORD)
        self.shell.expect_exact("logged in as ieva")
        self.shell.expect_exact("ieva@CARN 2019> ")

    def test_password_is_not_echoed_and_prompt_shows_user_institution_year(self):
        self.log_in()
        self.assertNotIn(PASSWORD, self.shell.before + self.shell.after)

    def test_ctrl_c_at_the_password_prompt_cancels_and_restores_echo(self):
        self.shell.sendline("login ieva")
        self.shell.expect_exact("Password for ieva: ")
        self.shell.send("half-typed")
        self.shell.sendcontrol("c")
        self.shell.expect_exact("error: cancelled; nothing was changed")
        self.shell.expect_exact("pks 2019> ")
        self.assertNotIn("half-typed", self.shell.before)
        self.shell.sendline("year")
        self.shell.expect_exact("year\r\n")  # echoed again: the terminal was restored
        self.shell.expect_exact("reporting year 2019")

    def test_latvian_channel_name_typed_and_unsaved_mark_in_prompt(self):
        self.log_in()
        self.shell.sendline("add 015A")
        self.shell.expect_exact("ieva@CARN 2019 015A*> ")
        self.shell.sendline('set "Klātiene iestādē" 5 4')
        self.shell.expect_exact("klatiene: started 5, completed 4")
        self.shell.sendline("save")
        self.shell.expect_exact("ieva@CARN 2019 015A> ")
        self.shell.sendline("show --json")
        self.shell.expect_exact('"klatiene": {"started": 5, "completed": 4}')

    def test_ctrl_d_with_unsaved_changes_asks_first(self):
        self.log_in()
        self.shell.sendline("add 016B")
        self.shell.expect_exact("016B*> ")
        self.shell.sendcontrol("d")
        self.shell.expect_exact("unsaved changes. Discard them and quit? [y/N] ")
        self.shell.sendline("n")
        self.shell.expect_exact("cancelled; the 2019 record of 016B stays open with its unsaved changes")
        self.shell.expect_exact("016B*> ")
        self.shell.sendcontrol("d")
        self.shell.expect_exact("[y/N] ")
        self.shell.sendline("y")
        self.shell.expect(pexpect.EOF)
        self.shell.close()
        self.assertEqual(self.shell.exitstatus, 0)

    def test_a_refused_login_keeps_the_unsaved_changes_it_was_to_discard(self):
        self.log_in()
        self.shell.sendline("add 016B")
        self.shell.sendline("set klatiene 7 7")
        self.shell.expect_exact("016B*> ")
        self.shell.sendline("login peteris")
        self.shell.expect_exact("[y/N] ")
        self.shell.sendline("y")
        self.shell.expect_exact("Password for peteris: ")
        self.shell.sendline("not-the-password")
        self.shell.expect_exact("login failed")
        self.shell.expect_exact("ieva@CARN 2019 016B*> ")  # still ieva, the record still open with its change
        self.shell.sendline("save")
        self.shell.expect_exact("saved the 2019 draft of 016B")
        self.shell.expect_exact("ieva@CARN 2019 016B> ")

    def test_submit_asks_for_confirmation_at_the_terminal(self):
        self.log_in()
        for line in ("add 016B", "set klatiene 3 3", "save"):
            self.shell.sendline(line)
        self.shell.expect_exact("016B> ")
        self.shell.sendline("submit")
        self.shell.expect_exact("It becomes read-only. [y/N] ")
        self.shell.sendline("")
        self.shell.expect_exact("cancelled; nothing was changed")
        self.shell.sendline("submit")
        self.shell.expect_exact("[y/N] ")
        self.shell.sendline("y")
        self.shell.expect_exact("submitted the 2019 record of 016B")
        self.shell.sendline("quit")
        self.shell.expect(pexpect.EOF)

    def test_two_sessions_on_one_database_never_overwrite_each_other(self):
        self.log_in()
        for line in ("add 015A", "set e-latvija 10 9", "save"):
            self.shell.sendline(line)
        self.shell.expect_exact("ieva@CARN 2019 015A> ")
        other = pexpect.spawn(PKS, env=self.env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        try:
            other.expect_exact("pks 2019> ")
            other.sendline("login peteris")
            other.expect_exact("Password for peteris: ")
            other.sendline(PASSWORD)
            other.expect_exact("peteris@CARN 2019> ")
            other.sendline("edit 015A")
            other.expect_exact("015A> ")
            self.shell.sendline("set e-latvija 20 19")
            self.shell.sendline("save")
            self.shell.expect_exact("saved the 2019 draft of 015A")
            other.sendline("set e-latvija 30 29")
            other.sendline("save")
            other.expect_exact("was changed in another session since you opened it")
            other.sendline("close --discard")
            other.sendline("show 015A --json")
            other.expect_exact('"e-latvija": {"started": 20, "completed": 19}')
        finally:
            other.terminate(force=True)

    def test_a_session_whose_rights_are_closed_meanwhile_can_no_longer_work(self):
        self.log_in()
        self.shell.sendline("add 015A")
        self.shell.expect_exact("015A*> ")
        subprocess.run([PKS, "-c", "login admin", "-c", "user close ieva"], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, env=dict(self.env, PKS_PASSWORD=PASSWORD))
        self.shell.sendline("save")
        self.shell.expect_exact("error: the rights of ieva are closed or have expired")
        self.shell.sendline("stats")
        self.shell.expect_exact("error: the rights of ieva are closed or have expired")

    def test_teaching_mode_shows_narration_and_waits_before_each_command(self):
        self.shell.terminate(force=True)
        teaching = os.path.join(HERE, "..", "..", "Scripts", "examples", "teaching.pks")
        demo = pexpect.spawn(PKS, ["--user", "ieva", "demo", teaching], env=self.env, encoding="utf-8", timeout=10,
                             dimensions=(40, 200))
        try:
            demo.expect_exact("Password for ieva: ")
            demo.sendline(PASSWORD)
            demo.expect_exact("Which year are we reporting, and how long do we have?")
            demo.expect_exact("ieva@CARN 2019> year")
            demo.expect_exact("⏎ run · s skip · b back · Ctrl-L clear · q quit")
            self.assertNotIn("reporting year 2019;", demo.before)
            demo.sendline("")
            demo.expect_exact("reporting year 2019; deadline 2020-04-01")
            demo.expect_exact("ieva@CARN 2019> missing")
            demo.sendline("sb")  # a slip runs nothing: the question comes again
            demo.expect_exact("⏎ run · s skip · b back · Ctrl-L clear · q quit")
            self.assertNotIn("days left", demo.before)
            demo.sendline("s")
            demo.expect_exact("(skipped)")
            demo.expect_exact("ieva@CARN 2019> add 015A")
            demo.sendline("q")
            demo.expect_exact("(demo ended at ")
            demo.expect_exact("ieva@CARN 2019> ")  # the shell stays open for questions
            demo.sendline("quit")
            demo.expect(pexpect.EOF)
        finally:
            demo.terminate(force=True)

    def spawn_demo(self, *options):
        """`pks demo` of a short script in the test's folder: a note for the trainer, narration, three commands."""
        script = os.path.join(self.folder, "short.pks")
        with open(script, "w", encoding="utf-8") as file:
            file.write("## For the trainer: give it twice.\n# We enter a record.\nadd 016B\nset klatiene 3 3\nsave\n")
        demo = pexpect.spawn(PKS, ["--user", "ieva", "demo", *options, "short.pks"], env=self.env,
                             cwd=self.folder, encoding="utf-8", timeout=10, dimensions=(40, 200))
        demo.expect_exact("Password for ieva: ")
        demo.sendline(PASSWORD)
        demo.expect_exact("We enter a record.")
        self.assertNotIn("For the trainer", demo.before)
        for _ in range(3):
            demo.expect_exact("⏎ run · s skip · b back · Ctrl-L clear · q quit")
            demo.sendline("")
        return demo

    def stats_of_016B(self):
        return subprocess.run([PKS, "-c", "login ieva", "-c", "stats 016B"], env=dict(self.env, PKS_PASSWORD=PASSWORD),
                              stdin=subprocess.DEVNULL, capture_output=True, text=True).stdout

    def test_a_demo_is_a_rehearsal_that_stays_in_the_shell_and_can_be_given_again(self):
        self.shell.terminate(force=True)
        for _ in range(2):  # the second time finds the database as the first did
            demo = self.spawn_demo()
            demo.expect_exact("(end of short.pks: the shell is yours for questions")
            demo.sendline("stats")
            demo.expect_exact("016B  Būvatļauja")  # the class sees the rehearsal's record
            exported = os.path.join(self.folder, "demo.csv")
            demo.sendline("export csv demo.csv --force")  # the class opens it at once: a rehearsal holds no file
            demo.expect_exact("wrote 1 record of 2019 to demo.csv\r\n")
            self.assertTrue(os.path.exists(exported))
            demo.sendline("quit")
            demo.expect_exact("the demonstration's changes were rolled back, so it can be given again")
            demo.expect_exact("files it exported stay")
            demo.expect(pexpect.EOF)
            self.assertIn("no 2019 records matching", self.stats_of_016B())
            with open(exported, encoding="utf-8") as file:
                self.assertIn("016B,Būvatļauja,melnraksts", file.read())

    def test_in_a_demo_b_goes_back_a_step_and_ctrl_l_clears_the_screen(self):
        self.shell.terminate(force=True)
        script = os.path.join(self.folder, "steps.pks")
        with open(script, "w", encoding="utf-8") as file:
            file.write("# First the year.\nyear\n# Then what is missing.\nmissing\n")
        for language, prompt in (("en", "b back"), ("lv", "b atpakaļ")):
            env = dict(self.env, TERM="xterm-256color", LANG="lv_LV.UTF-8" if language == "lv" else "C.UTF-8")
            demo = pexpect.spawn(PKS, ["demo", "--no-shell", "steps.pks"], env=env, cwd=self.folder, encoding="utf-8",
                                 timeout=10, dimensions=(40, 200))
            try:
                demo.expect_exact(prompt)
                demo.sendline("")
                demo.expect_exact("Then what is missing.")
                demo.expect_exact(prompt)
                demo.sendline("b")  # back to the year, narration and all
                demo.expect_exact("First the year.")
                demo.expect_exact(prompt)
                demo.sendcontrol("l")  # at once, no Enter
                demo.expect_exact("\x1b[H\x1b[2J")
                demo.expect_exact("First the year.")
                demo.expect_exact(prompt)
                demo.sendline("q")
                demo.expect(pexpect.EOF)
            finally:
                demo.terminate(force=True)

    def test_a_demo_with_keep_keeps_its_changes_and_takes_script_options(self):
        self.shell.terminate(force=True)
        demo = self.spawn_demo("--dry-run", "--keep", "--no-shell")  # --dry-run wins
        demo.expect_exact("dry run: nothing was kept")
        demo.expect(pexpect.EOF)
        self.assertIn("no 2019 records matching", self.stats_of_016B())
        demo = self.spawn_demo("--keep", "--no-shell")
        demo.expect(pexpect.EOF)
        self.assertIn("016B  Būvatļauja", self.stats_of_016B())

    def test_tab_completes_a_command_a_service_code_and_a_channel_key(self):
        self.log_in()
        # libedit redraws a completed word with cursor moves, so the outcome is what is checked.
        self.shell.send("whoa\t\r")
        self.shell.expect_exact("Ieva Bērziņa")
        self.shell.send("add 015\t\r")
        self.shell.expect_exact("ieva@CARN 2019 015A*> ")
        self.shell.send("set e-l\t5 4\r")
        self.shell.expect_exact("e-latvija: started 5, completed 4")
        self.shell.send("set \t")
        # Only the channels on 015A's description are listed, by key and by Latvian name.
        self.shell.expect("e-latvija +E-pakalpojums Latvija.lv +klatiene +Klātiene iestādē\r\n")
        self.shell.send("\x03")

    def test_latvian_locale_gives_latvian_prompts_and_completes_saglabat(self):
        self.shell.terminate(force=True)
        env = dict(self.env, LANG="lv_LV.UTF-8")
        latvian = pexpect.spawn(PKS, env=env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        try:
            latvian.expect_exact("Komandu saraksts: help (palīdzība).")
            latvian.sendline("login ieva")
            latvian.expect_exact("Lietotāja ieva parole: ")
            latvian.sendline(PASSWORD)
            latvian.expect_exact("pieteicies kā ieva (Ieva Bērziņa)")
            latvian.expect_exact("ieva@CARN 2019> ")
            latvian.send("pievien\t015A\r")
            latvian.expect_exact("jauns 015A Iesniegums Carnikavai 2019. gada ieraksts")
            latvian.send("set e-l\t5 4\r")
            latvian.expect_exact("e-latvija: uzsākti 5, pabeigti 4")
            latvian.send("sagl\t\r")  # completed to saglabāt (libedit redraws only the new letters)
            latvian.expect_exact("saglabāts 015A 2019. gada melnraksts (02.03.2020 10:15:00)")
            latvian.expect_exact("ieva@CARN 2019 015A> ")
            latvian.sendline("set klatiene 6 4")
            latvian.expect_exact("ieva@CARN 2019 015A*> ")
            latvian.sendcontrol("d")
            latvian.expect_exact("Atmest tās un iziet? [j/N] ")
            latvian.sendline("j")
            latvian.expect(pexpect.EOF)
        finally:
            latvian.terminate(force=True)

    def test_ctrl_c_abandons_a_half_typed_line(self):
        self.log_in()
        self.shell.sendline("add 015A")
        self.shell.expect_exact("015A*> ")
        self.shell.send("set klatiene 9")
        self.shell.sendcontrol("c")
        self.shell.expect_exact("015A*> ")
        self.shell.sendline("show --json")
        self.shell.expect_exact('"klatiene": {"started": 0, "completed": 0}')
        self.assertTrue(self.shell.isalive())

    def test_sigterm_at_the_prompt_restores_the_terminal(self):
        self.log_in()
        editing = termios.tcgetattr(self.shell.child_fd)[3]
        self.assertFalse(editing & termios.ICANON, "the line editor reads keys one by one")
        self.shell.kill(signal.SIGTERM)
        self.shell.expect(pexpect.EOF)
        self.shell.wait()
        self.assertEqual(self.shell.signalstatus, signal.SIGTERM)
        after = termios.tcgetattr(self.shell.child_fd)[3]
        self.assertTrue(after & termios.ICANON and after & termios.ECHO, "the terminal was left raw")

    def test_up_recalls_a_command_from_the_previous_session(self):
        self.log_in()
        self.shell.sendline("services Būv")
        self.shell.expect_exact("016B")
        self.shell.sendline("services Būv")
        self.shell.sendline("quit")
        self.shell.expect(pexpect.EOF)
        history = os.path.join(self.folder, ".local", "state", "pks", "history")
        with open(history, encoding="utf-8") as file:
            lines = file.read().splitlines()
        self.assertEqual(lines, ["login ieva", "services Būv", "quit"])  # no repeat in a row, no password
        self.shell = pexpect.spawn(PKS, env=self.env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        self.shell.expect_exact("pks 2019> ")
        self.shell.send("\x1b[A\x1b[A")  # Up twice: quit, then services Būv
        self.shell.expect_exact("services Būv")
        self.shell.send("\r")
        self.shell.expect_exact("not logged in")

    def test_prompt_colors_when_allowed(self):
        self.shell.terminate(force=True)
        env = dict(self.env)
        del env["NO_COLOR"]
        colored = pexpect.spawn(PKS, env=env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        try:
            colored.expect_exact("\x1b[1;36mpks\x1b[0m \x1b[33m2019\x1b[0m> ")
            colored.sendline("bogus")
            colored.expect_exact("\x1b[1;31merror:\x1b[0m unknown command 'bogus'")
        finally:
            colored.terminate(force=True)

    def spawn_colored(self, language):
        """pks as a user meets it: colours on, a 256-colour TERM, English or Latvian, logged in as ieva."""
        self.shell.terminate(force=True)
        env = dict(self.env, TERM="xterm-256color", LANG="lv_LV.UTF-8" if language == "lv" else "C.UTF-8")
        del env["NO_COLOR"]
        shell = pexpect.spawn(PKS, env=env, encoding="utf-8", timeout=10, dimensions=(40, 200))
        shell.sendline("login ieva")
        shell.expect_exact("ieva: " if language == "en" else "ieva parole: ")
        shell.sendline(PASSWORD)
        shell.expect_exact("\x1b[1;36mieva@CARN\x1b[0m \x1b[33m2019\x1b[0m> ")
        return shell

    def test_colour_prompt_keeps_the_unsaved_mark_in_both_languages(self):
        for language, service in (("en", "015A"), ("lv", "016B")):
            shell = self.spawn_colored(language)
            try:
                shell.sendline("add " + service)
                # libedit lost what followed two adjacent colour changes: the `*` and the `> `.
                shell.expect_exact(f"\x1b[1;32m{service}\x1b[0m\x1b[1;31m*\x1b[0m> ")
                shell.sendline("set klatiene 1 1")
                shell.sendline("save")
                shell.expect_exact(f"\x1b[1;32m{service}\x1b[0m> ")
            finally:
                shell.terminate(force=True)

    def test_ctrl_c_on_a_half_typed_line_starts_a_fresh_line(self):
        for language in ("en", "lv"):
            shell = self.spawn_colored(language)
            try:
                shell.send("stats abc")
                shell.expect_exact("stats abc")
                shell.sendcontrol("c")
                shell.expect_exact("^C\r\n\x1b[1;36mieva@CARN")  # was the prompt straight after the dropped text
                shell.sendline("year")
                shell.expect_exact("2019; ")
            finally:
                shell.terminate(force=True)

    def test_ctrl_c_at_a_yes_no_question_answers_no_at_once(self):
        for language, choice, cancelled, opening in (("en", "[y/N] ", "cancelled; nothing was changed", "add"),
                                                     ("lv", "[j/N] ", "atcelts; nekas netika mainīts", "edit")):
            shell = self.spawn_colored(language)
            try:
                for line in (opening + " 016B", "set klatiene 3 3", "save"):
                    shell.sendline(line)
                shell.expect_exact("016B\x1b[0m> ")
                shell.sendline("submit")
                shell.expect_exact(choice)
                shell.sendcontrol("c")  # no Enter: the answer is no at once
                shell.expect_exact(cancelled)
                self.assertNotIn("\x1b[1;31m", shell.before)  # not reported as an error
                shell.expect_exact("016B\x1b[0m> ")
                export = os.path.join(self.folder, language + ".csv")
                shell.sendline("export csv " + export)  # a new file: no question
                shell.expect_exact("016B\x1b[0m> ")
                shell.sendline("export csv " + export)
                shell.expect_exact(choice)
                shell.sendcontrol("c")
                shell.expect_exact(cancelled)
                shell.sendline("export csv " + export)
                shell.expect_exact(choice)
                shell.sendcontrol("d")  # Ctrl-D is no too, and the answer starts a line of its own
                shell.expect_exact(cancelled)
                self.assertEqual(shell.before, "\r\n")
                shell.sendline("show --json")
                shell.expect_exact('"status": "draft"')
            finally:
                shell.terminate(force=True)

    def test_answering_no_is_a_normal_answer_not_an_error(self):
        self.log_in()
        for line in ("add 016B", "set klatiene 3 3", "save"):
            self.shell.sendline(line)
        self.shell.expect_exact("016B> ")
        self.shell.sendline("submit")
        self.shell.expect_exact("[y/N] ")
        self.shell.sendline("n")
        self.shell.expect_exact("cancelled; nothing was changed")
        self.assertNotIn("error", self.shell.before)
        self.shell.sendline("set klatiene 4 4")
        self.shell.sendline("quit")
        self.shell.expect_exact("Discard them and quit? [y/N] ")
        self.shell.sendline("n")
        self.shell.expect_exact("cancelled; the 2019 record of 016B stays open with its unsaved changes")
        self.assertNotIn("error", self.shell.before)
        self.shell.sendline("close --discard")
        self.shell.sendline("quit")
        self.shell.expect(pexpect.EOF)
        self.shell.close()
        self.assertEqual(self.shell.exitstatus, 0)  # a no is no failure

    def test_an_interrupted_second_source_counts_only_its_own_commands(self):
        script = os.path.join(self.folder, "long.pks")
        with open(script, "w", encoding="utf-8") as file:
            file.write("let x = 1\n" * 100000)
        self.shell.sendline("source " + script)
        self.shell.expect_exact("pks 2019> ", timeout=120)
        self.shell.sendline("source " + script)
        self.shell.expect_exact("source " + script)
        self.shell.sendcontrol("c")
        self.shell.expect(r"interrupted \(Ctrl-C\) after (\d+) commands", timeout=120)
        self.assertLess(int(self.shell.match.group(1)), 100000)

    def test_tab_offers_add_only_the_published_services(self):
        self.log_in()
        self.shell.send("add \t")
        self.shell.expect_exact("Sociālā palīdzība")
        self.assertNotIn("018D", self.shell.before + self.shell.after)  # unpublished: add refuses it

    def test_tab_completes_a_channel_whose_key_and_name_both_match(self):
        self.log_in()
        self.shell.sendline("add 015A")
        self.shell.expect_exact("015A*> ")
        self.shell.send("set kla\t2 1\r")  # was listed twice (klatiene, Klātiene iestādē), not completed
        self.shell.expect_exact("klatiene: started 2, completed 1")

    def test_tab_after_help_offers_commands_and_topics(self):
        self.shell.send("help \t")
        self.shell.expect("channels +")
        self.shell.expect_exact("kanāli")
        self.shell.sendcontrol("c")
        self.shell.send("help kan\t\r")
        self.shell.expect_exact("e-latvija — E-pakalpojums Latvija.lv")

    def test_a_history_file_that_cannot_be_kept_is_a_warning_once(self):
        self.shell.terminate(force=True)
        for history in (self.folder, "/proc/pks-no-such-folder/history"):
            shell = pexpect.spawn(PKS, env=dict(self.env, PKS_HISTORY=history), encoding="utf-8", timeout=10,
                                  dimensions=(40, 200))
            shell.logfile_read = io.StringIO()
            try:
                shell.expect_exact("pks 2019> ")
                for _ in range(3):
                    shell.sendline("year")
                    shell.expect_exact("reporting year 2019")
                shell.sendline("quit")
                shell.expect(pexpect.EOF)
                self.assertEqual(shell.logfile_read.getvalue().count("the command history cannot be kept in " + history),
                                 1, history)
            finally:
                shell.terminate(force=True)

    def submit_the_worked_example(self):
        subprocess.run([PKS, "--quiet", "--user", "ieva", "-c", "add 015A", "-c", "set e-latvija 2378 2245",
                        "-c", "set klatiene 2100 2100", "-c", "compute", "-c", "save", "-c", "submit --yes"],
                       env=dict(self.env, PKS_PASSWORD=PASSWORD), check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL)

    def view_lines(self, login, command, columns, language):
        """What `command` shows `login` at a terminal `columns` wide, colours on, ANSI codes removed."""
        env = dict(self.env, PKS_LANG=language, TERM="xterm-256color")
        del env["NO_COLOR"]
        prompt = r"2019(\x1b\[[0-9;]*m)*> "
        shell = pexpect.spawn(PKS, env=env, encoding="utf-8", timeout=10, dimensions=(40, columns))
        shell.expect(prompt)
        shell.sendline("login " + login)
        shell.expect("(Password for|parole)")
        shell.sendline(PASSWORD)
        shell.expect("(logged in|pieteicies)")
        shell.expect(prompt)
        shell.sendline(command)
        shell.expect(prompt)
        shell.terminate(force=True)
        text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shell.before)
        return [line for line in text.split("\r\n") if line.strip()][1:]

    def overview_lines(self, columns, language):
        return self.view_lines("admin", "overview", columns, language)

    def test_the_overview_bar_chart_fits_an_80_column_terminal_in_both_languages(self):
        self.submit_the_worked_example()
        for language in ("en", "lv"):
            lines = self.overview_lines(80, language)
            bars = [line for line in lines if "█" in line]
            self.assertEqual(len(bars), 2, lines)
            for line in lines:
                self.assertLessEqual(len(line), 80, line)
            self.assertGreaterEqual(max(len(line) for line in bars), 70, "the longest bar fills the width")

    def test_the_overview_bars_grow_with_a_wider_terminal(self):
        self.submit_the_worked_example()
        narrow = max(line.count("█") for line in self.overview_lines(80, "en"))
        wide = max(line.count("█") for line in self.overview_lines(120, "en"))
        self.assertGreaterEqual(wide - narrow, 35)

    def test_the_compare_bar_chart_fits_an_80_column_terminal_in_both_languages(self):
        subprocess.run([PKS, "--quiet", "--user", "ieva", "-c", "year 2018", "-c", "add 015A", "-c", "set e-latvija 123456 120000",
                        "-c", "set klatiene 98765 98000", "-c", "compute", "-c", "save", "-c", "submit --yes",
                        "-c", "add 016B", "-c", "set klatiene 20 20", "-c", "save"],
                       env=dict(self.env, PKS_PASSWORD=PASSWORD), check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL)
        self.submit_the_worked_example()
        for language in ("en", "lv"):
            lines = self.view_lines("ieva", "compare", 80, language)
            bars = [line for line in lines if "█" in line]
            self.assertEqual(len(bars), 4, lines)  # two channels of 015A and of the institution's totals
            for line in lines:
                self.assertLessEqual(len(line), 80, line)
            self.assertGreaterEqual(max(len(line) for line in bars), 70, "the longest bar fills the width")
            self.assertTrue(any("016B" in line and ("only in 2018" in line or "tikai 2018. gadā" in line) for line in lines), lines)

    def test_libedits_own_command_line_is_out_of_reach(self):
        # Esc x opened libedit's ed-command line, whose parser crashed on a lone quote.
        for keys in ("\x1bx'\r", "\x1bX'\r"):
            self.shell.send(keys)
            self.shell.sendcontrol("c")
        self.shell.sendline("year")
        self.shell.expect_exact("reporting year 2019")
        self.assertTrue(self.shell.isalive())

    def test_random_keys_never_end_the_editor(self):
        """A fuzz of key sequences at the prompt: escapes, control keys, quotes, arrows; Ctrl-C drops each."""
        keys = (["\x1b", "\x1b[", "\x1bO", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "'", '"', "\\", "#", "$", " ", "x", "X", ":",
                 "\x7f", "\t", "1"] + [chr(code) for code in range(1, 27) if chr(code) not in "\x03\x04\n\r\x0f"])
        generator = random.Random(19)
        for _ in range(150):
            self.shell.send("".join(generator.choice(keys) for _ in range(generator.randint(1, 8))))
            self.shell.sendcontrol("c")
        self.shell.sendcontrol("c")
        self.shell.sendline("year")
        self.shell.expect_exact("reporting year 2019", timeout=20)
        self.assertTrue(self.shell.isalive())

    def test_guessing_elsewhere_does_not_lock_out_a_terminal_that_logged_in_before(self):
        self.log_in()
        guess = dict(self.env, PKS_PASSWORD="nepareizi")
        for _ in range(7):
            subprocess.run([PKS, "-c", "login ieva"], env=guess, stdin=subprocess.DEVNULL, capture_output=True)
        elsewhere = subprocess.run([PKS, "-c", "login ieva"], env=dict(self.env, PKS_PASSWORD=PASSWORD),
                                   stdin=subprocess.DEVNULL, capture_output=True, text=True)
        self.assertIn("too many failed attempts for ieva", elsewhere.stderr)
        self.log_in()

    def add_services(self, count):
        """`count` more services of CARN (P0001 …), added in one transaction."""
        script = os.path.join(self.folder, "many.pks")
        with open(script, "w", encoding="utf-8") as file:
            file.writelines(f'service add P{n:04d} "Pakalpojums numur {n}" --institution CARN\n' for n in range(1, count + 1))
        subprocess.run([PKS, "--quiet", "--user", "admin", "--single-transaction", "run", script],
                       env=dict(self.env, PKS_PASSWORD=PASSWORD), check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL)

    def spawn_admin(self, language, rows=24, options=(), **environment):
        """pks at a terminal `rows` high, colours on, TERM=xterm-256color, logged in as admin."""
        self.shell.terminate(force=True)
        env = dict(self.env, TERM="xterm-256color", LANG="lv_LV.UTF-8" if language == "lv" else "C.UTF-8", **environment)
        del env["NO_COLOR"]
        shell = pexpect.spawn(PKS, list(options), env=env, encoding="utf-8", timeout=20, dimensions=(rows, 120))
        shell.sendline("login admin")
        shell.expect_exact("admin: " if language == "en" else "admin parole: ")
        shell.sendline(PASSWORD)
        shell.expect_exact(self.ADMIN_PROMPT)
        return shell

    ADMIN_PROMPT = "\x1b[1;36madmin@VRAA\x1b[0m \x1b[33m2019\x1b[0m> "

    def recording_pager(self):
        """A pager that keeps what it was sent in a file and says so; returns the command and the file."""
        paged = os.path.join(self.folder, "paged.txt")
        return f"cat > {paged}; echo PAGER-DONE", paged

    def test_a_long_listing_goes_through_the_pager_a_short_one_does_not_in_both_languages(self):
        self.add_services(60)
        pager, paged = self.recording_pager()
        for language, header in (("en", "published"), ("lv", "publicēts")):
            shell = self.spawn_admin(language, PAGER="less", PKS_PAGER=pager)  # PKS_PAGER comes first
            try:
                shell.sendline("services")
                shell.expect_exact("PAGER-DONE")
                shell.expect_exact(self.ADMIN_PROMPT)
                with open(paged, encoding="utf-8") as file:
                    listing = file.read()
                self.assertIn(header, listing.splitlines()[0])
                self.assertEqual(len(re.findall(r"^P\d{4} ", listing, re.M)), 60)  # the whole listing, in order
                self.assertLess(listing.index("P0001"), listing.index("P0060"))
                os.remove(paged)
                shell.sendline("services P005")  # fits the screen: printed as it is
                shell.expect_exact("P0059")
                shell.expect_exact(self.ADMIN_PROMPT)
                shell.sendline("log")  # the newest 50 entries: longer than the screen
                shell.expect_exact("PAGER-DONE")
                shell.expect_exact(self.ADMIN_PROMPT)
                with open(paged, encoding="utf-8") as file:
                    self.assertEqual(file.read().count("P00"), 50)
                os.remove(paged)
            finally:
                shell.terminate(force=True)

    def test_no_pager_and_an_empty_pager_print_straight_to_the_terminal(self):
        self.add_services(60)
        pager, paged = self.recording_pager()
        for options, line, environment in (((), "services --no-pager", {}), (("--no-pager",), "services", {}),
                                           ((), "services", {"PKS_PAGER": ""}), ((), "services", {"PAGER": " "}),
                                           ((), "services", {"PKS_PAGER": "no-such-pager -R"})):  # not installed
            shell = self.spawn_admin("en", options=options, **dict({"PAGER": pager}, **environment))
            try:
                shell.sendline(line)
                shell.expect_exact("P0060")
                shell.expect_exact(self.ADMIN_PROMPT)
                self.assertFalse(os.path.exists(paged), (options, line, environment))
            finally:
                shell.terminate(force=True)

    def test_output_that_is_not_a_terminal_is_never_paged(self):
        self.add_services(60)
        pager, paged = self.recording_pager()
        for arguments in (["-c", "services"], ["-c", "log --limit 100"], ["run", "/dev/stdin"]):
            result = subprocess.run([PKS, "--user", "admin"] + arguments, input="services\n", capture_output=True,
                                    text=True, env=dict(self.env, PKS_PASSWORD=PASSWORD, PAGER=pager))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("P0060", result.stdout)
            self.assertFalse(os.path.exists(paged), arguments)

    def test_quitting_less_early_returns_quietly_to_a_working_prompt_in_both_languages(self):
        self.add_services(2000)  # more than the pipe holds: pks is still writing when less quits
        for language, answer in (("en", "reporting year 2019"), ("lv", "pārskata gads 2019")):
            shell = self.spawn_admin(language, rows=10)  # no PAGER: less -FRX
            try:
                shell.sendline("services")
                shell.expect_exact("P0001")  # the first screen: the six services of the fixture come first
                shell.expect(r"\r\n:(\x1b\[K)?")  # less's prompt on the last line
                shell.sendcontrol("c")  # Ctrl-C while paging leaves both running
                for attempt in range(3):  # the terminal may drop a key typed while less handles the interrupt
                    time.sleep(0.5)
                    shell.send("q")
                    if shell.expect_exact([self.ADMIN_PROMPT, pexpect.TIMEOUT], timeout=5) == 0:
                        break
                else:
                    self.fail("less did not quit on q")
                self.assertNotIn("P2000", shell.before)
                self.assertNotRegex(shell.before, "rror|kļūda|roken pipe")
                shell.send("yea\t")  # the line editor completes again (yea alone is no command)
                shell.sendline("")
                shell.expect_exact(answer)
                shell.expect_exact(self.ADMIN_PROMPT)
                shell.sendline("quit")
                shell.expect(pexpect.EOF)
                shell.close()
                self.assertEqual(shell.exitstatus, 0)  # quitting the pager is no failure
            finally:
                shell.terminate(force=True)


if __name__ == "__main__":
    sys.argv[1:] = sys.argv[2:]  # unittest options after the binary (-k NAME)
    result = unittest.main(verbosity=2, exit=False).result
    failed = len(result.failures) + len(result.errors)
    print(f"terminal: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
