# args: --lang lv run lv_import_bad_rows.pks
# The import's problems and summary in Latvian.
login ieva
import data/long.csv --dry-run
import data/bad_rows.csv
