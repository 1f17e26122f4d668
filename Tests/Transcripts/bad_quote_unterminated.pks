# A quote that is never closed is refused with its position.
login ieva
services "Iesniegums
