# args: --lang lv --keep-going run lv_errors.pks
# Bad input in Latvian: each error names the problem, with FILE:LINE, and the summary counts them.
login ieva
pievienot 018D
add 015A
set fakss 1 1
set e 1 2
set e-latvija -1 2
set e-latvija 5 7
complaints 1.5
year 1990
submit
stat
show --jsn
export pdf x.pdf
set "abc
close --discard
submit 015A
