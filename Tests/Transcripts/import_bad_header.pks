# args: --keep-going run import_bad_header.pks
# A header with unknown columns (all named in one error) or a repeated one, a header without Kods,
# one that mixes the two layouts; a quote left open (reported at the line where it opened); a format
# that cannot be told; a missing file. Nothing is imported.
login ieva
import data/bad_header.csv
import data/mixed_header.csv
import data/no_code.csv
import data/quote_open.csv
import data/long.txt
import data/long.csv --format ods
import data/missing.csv
import data/long.csv --format xlsx
stats
