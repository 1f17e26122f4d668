# A line saved in Windows-1257 instead of UTF-8 is refused with FILE:LINE; nothing after it runs.
login ieva
services Bûvatïauja
services
