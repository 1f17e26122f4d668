# The national usage degree counts every submitted request: when none of them came electronically it is
# 0.00, not "not computable" (only nothing started at all is that).
login ieva
add 016B
set klatiene 120 118
save
submit 016B --yes
login admin
overview
overview --json
