# compute on a service without e-service channels is refused.
login ieva
add 016B
set klatiene 10 8
compute
