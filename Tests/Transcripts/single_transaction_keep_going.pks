# args: run --single-transaction --keep-going single_transaction_keep_going.pks
# With --keep-going every failure is reported, and then still nothing is kept.
login ieva
source parts/enter_015A.pks
set klatiene 1 1
add 101A
stats
