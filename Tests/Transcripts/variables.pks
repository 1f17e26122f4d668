# args: --var year=2019 --var 'name=Iesniegums Carnikavai' run variables.pks
# $NAME and ${NAME} are replaced outside single quotes and stay one word; \$ and '$x' are literal.
login ieva
year $year
let code = 015A
let klatiene_started = 2100
add ${code}
set e-latvija 2378 2245
set klatiene $klatiene_started 2100
services "$name"
services '$name'
services \$name
save
let year = 2018
year ${year}
