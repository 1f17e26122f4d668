# help for something that does not exist.
help nosuch
