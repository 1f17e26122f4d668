# args: run --single-transaction export_single_transaction_failed.pks
# file: held.csv
# A script that fails keeps nothing, and that includes its exports: the file would show a draft that was
# rolled back. Two exports to one path without --force are refused as they would be one after the other.
login ieva
add 016B
set klatiene 4 4
save
export csv held.csv
export csv held.csv
