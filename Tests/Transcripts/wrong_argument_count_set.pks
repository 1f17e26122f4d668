# set needs both counts, started and completed.
login ieva
add 015A
set e-latvija 5
