# args: --lang lv run rights_expiring_lv.pks
# The same in Latvian.
login admin
user renew ieva --until 2020-03-10
institution contact CARN --name "Anna Liepa" --email anna.liepa@carnikava.lv
user list --expiring 14
login ieva
