# file: excel.csv
# export csv --excel: semicolons and a byte-order mark, for Excel with Latvian settings; csv only.
login ieva
add 016B
set klatiene 4 4
save
export csv excel.csv --excel
export xlsx excel.xlsx --excel
