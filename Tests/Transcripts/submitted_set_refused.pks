# Counts of a submitted record cannot be changed.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
submit --yes
set klatiene 6 6
