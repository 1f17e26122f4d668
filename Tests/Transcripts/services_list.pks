# services lists the institution's own services only.
login ieva
services
