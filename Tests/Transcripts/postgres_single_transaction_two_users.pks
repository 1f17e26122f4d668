# args: run --single-transaction --keep-going postgres_single_transaction_two_users.pks
# On PostgreSQL each user is a connection of their own, so one transaction holds one user's work: a second
# user's command is refused, and nothing the script did is kept.
login ieva
add 015A
set klatiene 5 5
set e-latvija 3 2
compute
save
login admin
institution list
