# A channel the service's description does not list is refused, saying how to add it.
login ieva
add 015A
set e-pasts 3 2
