# args: run unchanged_after_refused_submit.pks --keep-going
# A refused submit leaves the record a draft that can still be fixed and submitted.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
save
submit --yes
stats
compute
save
submit --yes
stats
