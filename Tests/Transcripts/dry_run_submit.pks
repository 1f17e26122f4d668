# args: --dry-run run dry_run_submit.pks
# --dry-run runs and reports everything, submit included, then keeps nothing.
login ieva
source parts/enter_015A.pks
submit 015A --yes
stats
