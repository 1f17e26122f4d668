# Scientific notation is not a whole number.
login ieva
add 015A
set e-latvija 1e3 0
