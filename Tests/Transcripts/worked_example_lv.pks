# The worked example of DOMAIN.md in Latvian: 015A Iesniegums Carnikavai, 2019, with the Latvian command names.
# args: --lang lv run worked_example_lv.pks
# file: 2019.csv
# file: 2019.tsv
# env: PKS_NOW=2019-12-17T09:43:01
login ieva
year 2019
pievienot 015A
set e-latvija 2378 2245
set "Klātiene iestādē" 2100 2100
sūdzības 4
kavejumi 10
aprēķināt
saglabat
show
show --json
statistika
stats --json
lejupielādēt csv 2019.csv
export tsv 2019.tsv
iesniegt
show 015A
