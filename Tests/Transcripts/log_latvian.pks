# env: PKS_LANG=lv
# The audit trail in Latvian: what changed is stored as data, so every word of it is Latvian.
login ieva
add 016B
set klatiene 3 2
save
submit --yes
log 016B
