# args: --keep-going run rights_refusals.pks
# Rights dates must lie in the future; administrators belong to the catalogue's own institution (VRAA).
# No one renews or closes their own rights: an administrator could otherwise end the last administrator's.
login admin
user add liga --name "Līga Ozola" --institution CARN --until 2020-03-02
user add liga --name "Līga Ozola" --institution CARN --until 2019-12-31
user renew ieva --until 2020-01-31
user add liga --name "Līga Ozola" --institution CARN --until 2020-12-31 --admin
user add marta --name "Marta Liepa" --institution VRAA --until 2020-12-31 --admin
user list
user renew admin --until 2021-01-01
user close admin
