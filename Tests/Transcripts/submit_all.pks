# args: --keep-going run submit_all.pks
# submit --all submits every draft that check passes, holds back those with errors (the open one with
# unsaved changes too) and says why; with nothing left, it says so.
login ieva
submit --all --yes
source parts/enter_015A.pks
add 017C
set e-iestade 10 9
save
close
add 016B
set klatiene 5 5
save
set klatiene 6 6
submit --all 015A
submit --all --yes
stats
save
submit --all --yes
stats
