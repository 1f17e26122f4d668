# A relative source from here is taken from this folder, and the error names the whole chain.
edit 016B
set klatiene 8 -1
save
