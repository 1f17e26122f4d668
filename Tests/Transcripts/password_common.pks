# env: PKS_NEW_PASSWORD=1qaz2wsx3EDC
# A new password must not be one of the 10,000 most common passwords (case ignored).
login ieva
passwd
