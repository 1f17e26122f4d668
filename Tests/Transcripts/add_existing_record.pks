# add refuses a service that already has a draft for the year and points to edit.
login ieva
add 015A
set klatiene 5 5
compute
save
close
add 015A
