# args: --var 2x=5 run var_option_bad.pks
# A malformed --var is a usage error (exit 2) before anything runs.
login ieva
