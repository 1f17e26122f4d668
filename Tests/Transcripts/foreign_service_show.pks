# ieva (CARN) cannot see another institution's record, by name or code.
login janis
add 101A
set klatiene 2 2
compute
save
close
login ieva
show Ādažiem
