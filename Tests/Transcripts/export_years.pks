# file: 2018.csv
# file: all.csv
# --year exports another year than the session's; --all-years every year, ordered by year.
login ieva
year 2018
add 016B
set klatiene 1 1
save
year 2019
add 016B
set klatiene 2 2
save
add 015A
save
export csv 2018.csv --year 2018
export csv all.csv --all-years
year
