# args: --keep-going run log_newest_first.pks
# env: PKS_NOW=2020-03-03T08:00:00
# log shows the newest changes first; --limit, --since and --user narrow it down, and --limit says when
# older ones were left out. Every change of the fixture was made the day before this one.
login ieva
add 015A
set e-latvija 10 9
set klatiene 5 5
save
set klatiene 6 5
save
log
log --limit 2
log 015A --since 2020-03-03 --user ieva
log --since 03.03.2020 --limit 1
log --since 2020-03-04
log --user peteris
