# A submitted record stays viewable, and stats lists it as submitted.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
submit --yes
close
show 015A
show 015A --json
stats
