# args: --keep-going run check_warnings.pks
# The warnings of check, which do not block submit: completed above started on a channel and in total,
# success above 100 %, complaints and delays above started, a described channel left at 0/0, a change of
# more than ×3 from last year's submitted record on a channel with 100 requests or more, all counts zero.
login ieva
year 2018
add 015A
set e-latvija 100 100
set klatiene 400 400
compute
save
submit --yes
year 2019
add 015A
set e-latvija 400 410
set klatiene 50 60
complaints 500
delays 600
compute
save
close
add 016B
save
close
add 017C
set e-iestade 10 10
compute
save
close
check
check --json
submit --all --yes
check
