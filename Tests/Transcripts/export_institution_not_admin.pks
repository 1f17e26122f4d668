# args: --keep-going run export_institution_not_admin.pks
# file: out.csv
# Only administrators export another institution's or every institution's records; no file appears.
login ieva
export csv out.csv --institution ADAZI
export csv out.csv --institution CARN
export csv out.csv --all-institutions
