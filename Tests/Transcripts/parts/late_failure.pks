# Saves 016B, then fails three levels deep.
add 016B
set klatiene 7 7
save
close
source deeper/fails.pks
