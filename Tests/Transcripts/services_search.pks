# services TEXT filters by name, ignoring case and diacritics.
login ieva
services būv
services BUVATLAUJA
services ādaž
