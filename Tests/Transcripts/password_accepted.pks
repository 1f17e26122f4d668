# env: PKS_NEW_PASSWORD=Carnikavas-pavasaris-2020
# A password that passes every rule is accepted, for passwd and for a new user.
login ieva
passwd
login admin
user add liga --name "Līga Ozola" --institution CARN --until 2020-12-31
