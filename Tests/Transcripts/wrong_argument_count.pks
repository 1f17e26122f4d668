# add takes exactly one service.
login ieva
add 015A 016B
