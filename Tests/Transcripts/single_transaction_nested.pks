# args: run --single-transaction single_transaction_nested.pks
# A failure three levels deep: the chain is named, and nothing the script did is kept.
login ieva
source parts/enter_015A.pks
source parts/late_failure.pks
stats
