# args: demo demo_not_terminal.pks
# Teaching mode needs a terminal and says so (exit 2).
year
