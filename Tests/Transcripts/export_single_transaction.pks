# args: run --single-transaction export_single_transaction.pks
# file: inside.csv
# An export inside a script's one transaction reads that transaction: the draft saved above it is in the file,
# though nothing is committed until the script ends.
login ieva
add 016B
set klatiene 4 4
save
export csv inside.csv
stats
