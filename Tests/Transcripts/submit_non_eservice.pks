# 016B has no e-service channel: it is submitted without compute.
login ieva
add 016B
set klatiene 10 8
set pasts 3 3
save
submit --yes
stats
