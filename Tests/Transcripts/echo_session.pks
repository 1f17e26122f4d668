# args: --echo run echo_session.pks
# --echo prints each command with the prompt, so the output reads like a session; comments are not echoed.
login ieva
add 015A
set e-latvija 2378 2245
set klatiene 2100 2100
compute
save
