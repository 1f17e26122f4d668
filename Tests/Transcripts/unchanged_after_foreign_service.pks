# args: run unchanged_after_foreign_service.pks --keep-going
# After ieva's refused attempts on ADAZI's 101A, janis still has his draft unchanged and ieva has no record.
login janis
add 101A
set e-latvija 4 4
set klatiene 2 2
compute
save
close
login ieva
add 101A
add Ādažiem
edit 101A
edit Ādažiem
show 101A
show Ādažiem
submit 101A --yes
submit Ādažiem --yes
stats
login janis
stats
