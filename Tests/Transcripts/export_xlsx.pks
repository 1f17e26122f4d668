# args: --keep-going run export_xlsx.pks
# xlsx writes a file like csv and tsv (Tests/Export reads such files back with openpyxl and LibreOffice);
# format names are case-insensitive; an existing file is replaced only with --force.
login ieva
add 016B
set klatiene 4 4
save
export xlsx 2019.xlsx
export XLSX 2019.xlsx
export xlsx 2019.xlsx --force
