# The long layout: a record's rows are each checked, also after one of them is bad, so one run names
# every channel not on the description (in the Kanāls column) besides the count that is not whole.
login ieva
import data/long_bad_rows.csv
