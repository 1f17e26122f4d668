# args: --lang lv --keep-going run service_lifecycle_lv.pks
# The same in Latvian: rename, withdraw, delete with a draft, refused with submitted statistics.
login ieva
service rename 018D "Koku ciršanas atļauja"
service unpublish 016B
add 015A
save
service delete 015A
service delete 015A --yes
add 017C
set e-iestade 1 1
compute
save
submit --yes
close
service delete 017C
service rename 017C ""
