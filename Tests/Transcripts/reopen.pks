# args: --keep-going run reopen.pks
# VRAA reopens a submitted record: it becomes a draft again, the reason goes to the audit trail, and the
# institution sees it in log and show, edits and submits it again. Bad requests are refused.
login ieva
source parts/enter_015A.pks
submit 015A --yes
login admin
reopen 015A --institution CARN
reopen 015A --institution CARN --reason "  "
reopen 016B --institution CARN --reason "nav iesniegts"
reopen 015A --institution ADAZI --reason "cita iestāde"
reopen 015A --institution CARN --reason "e-latvija skaiti neatbilst VRAA datiem"
reopen 015A --institution CARN --reason "otrreiz"
login ieva
show 015A
log 015A
edit 015A
set e-latvija 11 10
compute
save
submit --yes
show 015A
reopen 015A --institution CARN --reason "pati sev"
