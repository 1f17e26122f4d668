# Only administrators add institutions.
login ieva
institution add RIGA "Rīgas valstspilsētas pašvaldība"
