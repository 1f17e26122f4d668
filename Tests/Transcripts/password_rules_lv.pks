# env: PKS_NEW_PASSWORD=parole
# args: --lang lv run password_rules_lv.pks
# The rule that failed, in Latvian.
login ieva
passwd
