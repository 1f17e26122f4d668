# Every bad row of a file in one run, each as FILE:ROW: error: naming the column, and then nothing is
# imported: counts that are not whole numbers, a half-filled pair, an unknown service, another
# institution's service, a year out of range, a channel not on the description, an unpublished
# service, a count above the limit, a record twice.
login ieva
import data/bad_rows.csv
stats
