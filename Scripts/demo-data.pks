# The demo database: two municipalities, their services, and a few records.
# Scripts/demo runs it once, after pks init, with every password set to Carnikava-2019.
login admin
institution add CARN "Carnikavas novada pašvaldība"
institution add ADAZI "Ādažu novada pašvaldība"
user add demo --name "Ieva Bērziņa" --institution CARN --until 2030-12-31
user add janis --name "Jānis Ozols" --institution ADAZI --until 2030-12-31

service add 015A "Iesniegums Carnikavai" --institution CARN
service channels 015A e-latvija klatiene
service publish 015A
service add 016B "Būvatļaujas izsniegšana" --institution CARN
service channels 016B klatiene pasts e-pasts
service publish 016B
service add 017C "Sociālās palīdzības pabalsts" --institution CARN
service channels 017C e-iestade klatiene telefons vpvkac
service publish 017C
service add 018D "Dzīvesvietas deklarēšana" --institution CARN
service channels 018D e-latvija klatiene vpvkac pasts
service publish 018D
service add 019E "Koku ciršanas atļauja" --institution CARN
service channels 019E klatiene e-pasts
service add 101A "Iesniegums Ādažiem" --institution ADAZI
service channels 101A e-latvija klatiene
service publish 101A
logout

# The current reporting year: one draft, one submitted record; 015A and 018D still missing
# (Scripts/examples/teaching.pks enters 015A).
login demo
add 016B
set klatiene 340 332
set pasts 25 25
set e-pasts 61 58
complaints 1
delays 3
save
close

add 017C
set e-iestade 1204 1187
set klatiene 410 409
set telefons 96 96
set vpvkac 57 55
complaints 2
delays 0
compute
save
submit --yes
close
