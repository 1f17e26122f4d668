# args: run --keep-going parts/warns_and_fails.pks keep_going_files.pks
# --keep-going goes on across files; the summary counts commands, failures and warnings; exit 1.
stats
