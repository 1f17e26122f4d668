# file: data/export_target_empty.csv
# An empty file, as mktemp or touch makes one to receive an export, holds nothing to lose: it is
# replaced without --force.
login ieva
add 016B
set klatiene 4 4
save
export csv data/export_target_empty.csv
