# A mistyped command is refused with the nearest command suggested.
login ieva
halp
