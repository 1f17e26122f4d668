# janis (ADAZI) saves a 101A draft; ieva (CARN) cannot edit it.
login janis
add 101A
set e-latvija 4 4
set klatiene 2 2
compute
save
close
login ieva
edit 101A
