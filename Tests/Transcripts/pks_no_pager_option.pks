# args: --no-pager --quiet -c 'login ieva' -c 'services Būv'
# pks --no-pager: no listing of the session goes through a pager.
