# help for one command.
help set
