# Counts changed (and saved) after compute make the indicators stale; submit refuses.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
set klatiene 7 7
save
submit --yes
