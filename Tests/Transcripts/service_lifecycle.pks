# args: --keep-going run service_lifecycle.pks
# A description renamed, withdrawn (its records stay, no new ones), and deleted with its drafts; refused with submitted statistics. A deleted service's history is still found by its code.
# In a script a description with drafts is deleted only with --yes.
login ieva
service rename 018D "Koku ciršanas atļauja ārpus meža zemes"
services koku
add 015A
set e-latvija 10 8
set klatiene 5 5
compute
save
close
service unpublish 015A
stats
add 015A
service unpublish 016B
add 016B
service delete 016B
service delete 018D --yes
service publish 017C
add 017C
set e-iestade 1 1
compute
save
submit --yes
close
service delete 017C
service delete 015A
service delete 015A --yes
services
log
log 015A
log 999Z
