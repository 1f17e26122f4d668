# args: --quiet run import_quiet.pks
# --quiet leaves out confirmations, not results: an import's summary, and a dry run's report (its only
# result), are printed.
login ieva
import data/long.csv --dry-run
import data/long.csv
