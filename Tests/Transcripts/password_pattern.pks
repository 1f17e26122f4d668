# env: PKS_NEW_PASSWORD=123456789012
# A new password must not be a run of digits or letters, nor a few characters repeated, however long.
login ieva
passwd
