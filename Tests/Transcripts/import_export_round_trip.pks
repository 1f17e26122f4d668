# args: --keep-going run import_export_round_trip.pks
# What export writes, import reads back unchanged, in every format and layout; --dry-run reports what
# would happen and keeps nothing; a submitted record matched by the file is unchanged, and one the file
# would change is refused.
login ieva
add 015A
set e-latvija 2378 2245
set klatiene 2100 2100
complaints 4
compute
save
close
add 016B
set klatiene 4 4
save
submit 016B --yes
export xlsx out.xlsx
export csv out.csv
export csv excel.csv --excel
export tsv out.tsv
export xlsx long.xlsx --layout long
import out.xlsx
import out.csv
import excel.csv
import out.tsv
import long.xlsx
import data/long.csv --dry-run
show 015A
import data/windows1257.csv
show 016B
import data/long.csv
show 015A
