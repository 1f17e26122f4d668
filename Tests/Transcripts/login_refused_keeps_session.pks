# args: --keep-going run login_refused_keeps_session.pks
# A login that the store refuses leaves the session as it was: the same user, the same open record.
login ieva
add 016B
set klatiene 2 2
save
login nobody
whoami
show
