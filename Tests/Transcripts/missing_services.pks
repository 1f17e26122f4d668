# missing lists the published services without a record, and the days left.
login ieva
missing
add 016B
set klatiene 1 1
save
missing
