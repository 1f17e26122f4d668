# Exactly 1 000 000 000 is the largest count and is accepted; totals add up past it.
login ieva
add 015A
set e-latvija 1000000000 1000000000
set klatiene 1000000000 999999999
complaints 1000000000
delays 0
compute
save
show
