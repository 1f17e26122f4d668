# args: --dry-run run export_dry_run.pks
# file: trial.csv
# A dry run writes its exports in full, so every error shows, then removes them with everything else.
login ieva
add 016B
set klatiene 4 4
save
export csv trial.csv
