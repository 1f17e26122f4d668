# Export into a folder that does not exist is refused, naming the folder.
login ieva
export csv /nonexistent/folder/out.csv
