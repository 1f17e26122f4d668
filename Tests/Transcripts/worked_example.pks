# The worked example of DOMAIN.md: 015A Iesniegums Carnikavai, 2019.
# file: 2019.csv
# file: 2019.tsv
# env: PKS_NOW=2019-12-17T09:43:01
login ieva
year 2019
add 015A
set e-latvija 2378 2245
set "Klātiene iestādē" 2100 2100
complaints 4
delays 10
compute
save
show
show --json
stats
stats --json
export csv 2019.csv
export tsv 2019.tsv
submit
show 015A
