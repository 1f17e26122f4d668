# passwd refuses the current password as the new one, before any other rule; nothing is changed.
login ieva
passwd
whoami
