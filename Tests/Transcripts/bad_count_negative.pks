# A negative count is refused.
login ieva
add 015A
set e-latvija -5 0
