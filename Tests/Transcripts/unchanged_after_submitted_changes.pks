# args: run unchanged_after_submitted_changes.pks --keep-going
# Refused changes to a submitted record leave it as submitted.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
submit --yes
set klatiene 6 6
complaints 3
compute
save
close
edit 015A
show 015A
