login ieva
add 017C
set e-iestade 5 6
set e-pasts x 1
set telefons 2 2
compute
save
