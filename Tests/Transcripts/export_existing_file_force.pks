# file: out.tsv
# --force replaces an existing export.
login ieva
export tsv out.tsv
add 016B
set klatiene 4 4
save
export tsv out.tsv --force
