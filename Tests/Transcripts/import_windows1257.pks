# A csv file saved by Excel on a Latvian Windows ("CSV (comma delimited)") is Windows-1257, not UTF-8:
# it is read as such, with a warning.
login ieva
import data/windows1257.csv
show 016B
