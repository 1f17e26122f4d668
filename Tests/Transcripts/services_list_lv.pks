# env: PKS_LANG=lv
# In Latvian, the services table names the channels in the catalogue's own words, not by their keys.
login ieva
services
