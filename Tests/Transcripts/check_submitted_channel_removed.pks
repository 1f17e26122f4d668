# A channel taken off the description after a record was submitted: check reports it as a warning, and asks
# for nothing a read-only record cannot do (no unset, no compute).
login ieva
add 016B
set klatiene 3 3
set pasts 2 2
save
submit --yes
service channels 016B klatiene
check 016B
check 016B --json
