# A service card filled in: the short description, each channel's contact, and working hours with a lunch break.
service describe 016B "Būvatļaujas izsniegšana ēkām Carnikavas novadā"
service contact 016B klatiene "Stacijas iela 5, Carnikava; tālr. 67993000"
service hours 016B klatiene "P-C 8:30-12:00 12:30-17:00, Pk 8:30-15:00"
service contact 016B pasts "Stacijas iela 5, Carnikava, LV-2163"
service show 016B
