# args: --lang lv --single-transaction run export_single_transaction_lv.pks
# file: kopā.csv
# The held export's note in Latvian; the script succeeds, so the file is there at the end.
login ieva
add 016B
set klatiene 4 4
save
export csv kopā.csv
