# source runs another script inside the session (source_part.pks adds and saves 015A).
login ieva
source source_part.pks
stats
