# An option a command does not have is refused, with the nearest option suggested.
login ieva
show 015A --jsn
