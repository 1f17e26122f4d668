# file: out.csv
# An unknown layout is refused with the layouts there are; no file appears.
login ieva
export csv out.csv --layout tall
