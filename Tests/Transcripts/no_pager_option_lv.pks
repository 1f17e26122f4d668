# args: --lang lv run no_pager_option_lv.pks
# --no-pager in Latvian help and usage errors.
login ieva
help services
services --lapotajs
