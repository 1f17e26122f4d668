# args: --lang lv --keep-going run rights_refusals_lv.pks
# The same refusals in Latvian.
login admin
user add liga --name "Līga Ozola" --institution CARN --until 02.03.2020
user renew ieva --until 31.01.2020
user add liga --name "Līga Ozola" --institution CARN --until 31.12.2020 --admin
user renew admin --until 01.01.2021
