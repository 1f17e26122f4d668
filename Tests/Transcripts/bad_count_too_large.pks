# Counts above 1 000 000 000 are refused.
login ieva
add 015A
set e-latvija 1000000001 0
