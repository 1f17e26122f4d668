# A service card filled in: short description, a contact and working hours per channel, then shown and as JSON.
login ieva
service describe 015A "Iesniegumu pieņemšana no Carnikavas iedzīvotājiem"
service contact 015A klatiene "Stacijas iela 5, Carnikava; tālr. 67993000"
service contact 015A e-latvija "https://latvija.gov.lv/Services/015A"
service hours 015A klatiene "P-C 8:30-12:00 12:30-17:00, Pk 8:30-15:00"
service hours 015A e-latvija "Mon-Sun 0:00-24:00"
service show 015A
service show 015A --json
service channels 015A e-latvija klatiene pasts
service show 015A --json
service hours 015A e-latvija ""
service contact 015A e-latvija ""
service describe 015A ""
service show 015A --json
log 015A
