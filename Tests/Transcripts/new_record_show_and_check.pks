# args: --keep-going run new_record_show_and_check.pks
# A new record before its first save: show SERVICE shows it as entered, with the unsaved mark, and
# check counts it with the error that it is not saved (as for a saved record changed since).
login ieva
add 016B
set pasts 3 3
show 016B
check
check 016B
save
check 016B
