# args: --keep-going run export_admin_institutions.pks
# file: adazi.csv
# file: all.tsv
# file: all-long.tsv
# An administrator exports one institution (--institution) or every one (--all-institutions, which adds
# the column Iestāde); an unknown code or both options together are refused.
login janis
add 101A
set e-latvija 10 9
set klatiene 30 30
compute
save
login ieva
add 016B
set klatiene 4 4
save
login admin
export csv adazi.csv --institution adazi
export tsv all.tsv --all-institutions
export tsv all-long.tsv --all-institutions --layout long
export csv none.csv --institution NOPE
export csv none.csv --institution ADAZI --all-institutions
