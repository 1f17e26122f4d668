# submit refuses a record with unsaved changes.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
complaints 1
submit --yes
