# Gada statistika — no saraksta, kam vēl trūkst ieraksta, līdz iesniegtam ierakstam.
## Rādiet soli pa solim: Scripts/demo --lang lv demo Scripts/examples/macibas.pks
## (izmaiņas beigās atsauc, tāpēc to var rādīt vēlreiz; --keep tās saglabā)

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
# 7. solis — datu labošana: gada sarakstā (Pakalpojumu statistika) atveram melnrakstu vēlreiz (Labot).
statistika
labot 015A
sūdzības 3
saglabāt
# 8. solis: kad viss ir pareizi, iesniedzam; pēc tam ieraksts vairs nav labojams.
iesniegt --yes
# To joprojām var apskatīt, un gada datus var lejupielādēt xlsx, csv vai tsv formātā (Lejupielādēt):
statistika
lejupielādēt xlsx statistika-2019.xlsx --force
