# args: --keep-going run overview_empty.pks
# Before any record is submitted: every institution is listed, and national totals say there are none yet.
# After the deadline, days late.
# env: PKS_NOW=2020-04-05T09:00:00
login admin
overview
