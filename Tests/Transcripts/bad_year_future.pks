# year 2031 is not a reporting year.
login ieva
year 2031
