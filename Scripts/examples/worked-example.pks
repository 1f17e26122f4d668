# The worked example of the catalogue's guide: 015A Iesniegums Carnikavai, 2019.
# Run it as a user of the institution that holds 015A, e.g.:
#   pks --user ieva --echo run Scripts/examples/worked-example.pks
year 2019
add 015A
set e-latvija 2378 2245
set "Klātiene iestādē" 2100 2100
complaints 4
delays 10
compute
save
show
