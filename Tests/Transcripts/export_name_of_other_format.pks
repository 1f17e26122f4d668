# A file named for another format is written as asked, with a warning: a program that opens files by
# their name would not read it.
login ieva
export xlsx out.csv
export csv out.tsv
export tsv out.tsv --force
