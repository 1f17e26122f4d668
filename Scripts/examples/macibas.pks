# Gada statistika — no saraksta, kam vēl trūkst ieraksta, līdz iesniegtam ierakstam.
# Rādiet soli pa solim: Scripts/demo --lang lv demo Scripts/examples/macibas.pks
#
# Par kuru gadu atskaitāmies, un cik laika vēl ir?
year
# Mūsu iestādes publicētie pakalpojumi, kuriem šogad vēl nav ieraksta:
missing
# Atveram viena pakalpojuma ierakstu. Veidlapā ir tie kanāli, kas ir pakalpojuma aprakstā.
pievienot 015A
# Katram kanālam: cik pakalpojumu uzsākts un cik pabeigts.
set e-latvija 1250 1190
# Kanālu var nosaukt arī latviski, ar garumzīmēm vai bez tām:
set "Klatiene iestade" 830 828
# Sūdzības un kavējumi:
sūdzības 2
kavējumi 5
# 015A ir e-pakalpojums, tāpēc aprēķinām abus kvalitātes rādītājus un saglabājam.
aprēķināt
saglabāt
# Saglabātais melnraksts, izkārtots kā kataloga veidlapā:
show
# Kad viss ir pareizi, iesniedzam; pēc tam ieraksts ir tikai lasāms.
iesniegt --yes
# To joprojām var apskatīt, un gada sarakstu var lejupielādēt:
statistika
