# args: --keep-going run compare.pks
# compare: the reporting year against another, per service and channel: both years' started/completed, the
# change in count, in percent ('new' when the earlier year started none) and as a bar; the quality indicators
# of both years; records found in one year only; the institution's totals. Then --ascii, an explicit year,
# --json, and an administrator comparing an institution with --institution.
login ieva
year 2018
add 015A
set e-latvija 100 100
set klatiene 400 400
compute
save
submit --yes
add 016B
set klatiene 20 20
set pasts 5 4
save
close
year 2019
service channels 015A e-latvija klatiene pasts
add 015A
set e-latvija 400 410
set klatiene 50 60
set pasts 3 3
compute
save
close
add 017C
set e-iestade 10 8
set e-pasts 0 0
compute
save
close
compare
compare 2018 --ascii
compare --json
compare 2017
login admin
compare --institution CARN --ascii
compare --institution ADAZI
help compare
