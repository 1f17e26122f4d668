# args: --keep-going run export_year_out_of_range.pks
# file: out.csv
# --year takes the years the year command takes (2000 to this year); no file appears.
login ieva
export csv out.csv --year 1999
export csv out.csv --year 2021
export csv out.csv --year 19
export csv out.csv --year 2019 --all-years
