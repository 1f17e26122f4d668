# A script that sources itself is refused and the chain is shown.
login ieva
source source_self.pks
