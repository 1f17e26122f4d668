# file: long.tsv
# --layout long: one row per record and channel on its description (year, code, name, channel, counts).
login ieva
add 015A
set e-latvija 2378 2245
set klatiene 2100 2100
save
add 017C
set telefons 7 6
save
export tsv long.tsv --layout long
