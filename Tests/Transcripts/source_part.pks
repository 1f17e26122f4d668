# Sourced by source_script.pks. Run alone, nobody is logged in, so its first command is refused.
add 015A
set e-latvija 3 2
set klatiene 1 1
compute
save
