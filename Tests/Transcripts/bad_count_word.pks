# A count must be a number.
login ieva
add 015A
set e-latvija abc 0
