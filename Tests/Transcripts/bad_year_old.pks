# year 1999 is not a reporting year.
login ieva
year 1999
