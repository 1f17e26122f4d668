# args: run unchanged_after_admin_refusal.pks --keep-going
# ieva's refused administration leaves no new institution and no new user.
login ieva
institution add RIGA "Rīgas valstspilsētas pašvaldība"
user add anna --name "Anna Ozola" --institution CARN --until 2025-12-31
login admin
institution list
user list
