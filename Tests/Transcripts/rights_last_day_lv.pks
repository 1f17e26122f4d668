# args: --lang lv run rights_last_day_lv.pks
# env: PKS_TODAY=2027-12-31
login ieva
