# file: out.ods
# An unknown format is refused with the formats pks writes; no file appears.
login ieva
export ods out.ods
