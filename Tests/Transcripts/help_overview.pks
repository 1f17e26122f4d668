# help lists the commands; it needs no login.
help
