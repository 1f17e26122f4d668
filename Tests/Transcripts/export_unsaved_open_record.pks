# file: saved.csv
# An export writes what is saved: unsaved changes of the open record are left out, and a warning says so.
login ieva
add 016B
set klatiene 4 4
save
set klatiene 99 99
export csv saved.csv
close --discard
