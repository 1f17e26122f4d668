# 101A belongs to ADAZI; ieva (CARN) cannot add statistics for it.
login ieva
add 101A
