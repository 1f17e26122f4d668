# file: out.csv
# An existing file is not overwritten without --force; it keeps its content.
login ieva
add 016B
set klatiene 4 4
save
export csv out.csv
set klatiene 9 9
save
export csv out.csv
