# An unknown channel is refused and the channel keys are listed.
login ieva
add 015A
set internets 3 2
