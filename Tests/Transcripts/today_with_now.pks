# env: PKS_TODAY=2021-01-01
# $PKS_TODAY sets the day also when $PKS_NOW is set (as the transcripts' environment does): the time
# of day stays $PKS_NOW's, the reporting year follows the day.
login ieva
year
add 016B
set klatiene 1 1
save
