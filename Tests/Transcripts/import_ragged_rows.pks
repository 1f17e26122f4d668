# args: --keep-going run import_ragged_rows.pks
# A csv row must line up with its header: a row with fewer values (a separator lost) would clear the
# channels it no longer reaches, and a value past the last column would be dropped; both are errors
# naming the row, and nothing is imported. Empty cells past the last column, as spreadsheets write
# them, are harmless.
login ieva
import data/ragged_rows.csv
stats
import data/trailing_empty_cells.csv
show 016B
