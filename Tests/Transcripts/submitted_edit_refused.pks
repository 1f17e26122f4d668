# A submitted record can no longer be opened for editing.
login ieva
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
submit --yes
close
edit 015A
