# args: --keep-going run overview_refused.pks
# An institution's user gets none of the administrator's views across institutions, not even of their own.
login ieva
overview
overview --json
missing --all-institutions
stats --institution CARN
stats --institution ADAZI
show 015A --institution CARN
