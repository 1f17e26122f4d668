# args: --keep-going run compare_errors.pks
# compare refuses, naming the problem: a year that is not a year, one out of range, the reporting year itself,
# an unknown option, a second year; --institution is for administrators, and names an existing institution.
login ieva
compare 19
compare abc
compare 2030
compare 2019
compare --bar
compare 2018 2017
compare --institution CARN
login admin
compare --institution NAV
year 2000
compare
