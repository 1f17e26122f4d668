# A yearly replay: the same entries every year, the year passed in on the command line.
# Copy it, put in each year's figures, and run it with:
#   pks --user ieva --var year=2019 run Scripts/examples/yearly-replay.pks
# Add --dry-run first to see what would happen without keeping anything. open creates the year's
# draft or opens the one an earlier run saved, so a corrected copy can simply be run again.
year $year
let service = 016B

open $service
set klatiene 340 332
set pasts 25 25
complaints 1
delays 3
save
close

show ${service}
