# env: PKS_NEW_PASSWORD=Ieva-parole-2020
# A new password must not contain the login (case ignored).
login ieva
passwd
