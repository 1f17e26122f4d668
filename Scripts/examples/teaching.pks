# A year's statistics, from the list of what is missing to a submitted record.
## Present it step by step with: Scripts/demo demo Scripts/examples/teaching.pks
## (what it changes is rolled back at the end, so it can be given again; --keep keeps it)

# Which year are we reporting, and how long do we have?
year
# The published services of our institution that have no record yet this year:
missing
# We open the record of one of them. The form offers the channels on the service's description.
add 015A
# For each channel: how many services were started, and how many completed.
set e-latvija 1250 1190
# A channel may also be named in Latvian, with or without the long vowels:
set "Klātiene iestādē" 830 828
# Complaints (Sūdzības) and delays (Kavējumi):
complaints 2
delays 5
# 015A is an e-service, so we compute the two quality indicators, then save.
compute
save
# The saved draft, laid out like the catalogue's form:
show
# Step 7, a correction: back at the year's list (Pakalpojumu statistika), we open the draft again (Labot).
stats
edit 015A
complaints 3
save
# Step 8: when everything is right we submit; from then on the record is read-only.
submit --yes
# It can still be viewed, and the year's records downloaded as xlsx, csv or tsv (Lejupielādēt):
stats
export xlsx statistika-2019.xlsx --force
