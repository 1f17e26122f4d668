# An error in a sourced script names that script and its line, then the source line.
login ieva
source source_part_bad.pks
stats
