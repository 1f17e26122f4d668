# year abc is not a reporting year.
login ieva
year abc
