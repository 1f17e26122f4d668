# help import explains the columns; help open too.
help import
help open
