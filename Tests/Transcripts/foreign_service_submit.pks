# ieva (CARN) cannot submit another institution's record.
login janis
add 101A
set e-latvija 4 4
compute
save
close
login ieva
submit 101A --yes
