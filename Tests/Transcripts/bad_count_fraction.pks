# A count must be a whole number, not 1.5.
login ieva
add 015A
set e-latvija 1.5 0
