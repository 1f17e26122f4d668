# args: run unchanged_after_bad_counts.pks --keep-going
# Refused counts leave the record as it was; show proves it (--keep-going runs the checks after the failures).
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
complaints 2
delays 1
compute
save
set e-latvija -5 0
set e-latvija 1.5 0
set klatiene 1e3 1
set klatiene 1000000001 1
complaints abc
delays -1
show
