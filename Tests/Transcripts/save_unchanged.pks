# A value set to what the record holds is no change: the record stays saved (close needs no --discard), and
# save writes nothing, so the time of the last update and the audit trail stay as they were.
login ieva
add 016B
set klatiene 4 4
save
set klatiene 4 4
complaints 0
save
set klatiene 5 4
set klatiene 4 4
close
edit 016B
save
log 016B
