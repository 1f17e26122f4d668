# args: --keep-going run no_pager_option.pks
# --no-pager is accepted by the listings that page at a terminal; a script's output is never paged anyway.
login admin
services 01 --no-pager
institution list --no-pager
user list --expiring 3000 --no-pager
log 015A --no-pager
missing --all-institutions --no-pager
stats --no-pager
overview --ascii --no-pager
services --no-pagr
help log
show 015A --no-pager
