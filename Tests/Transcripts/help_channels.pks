# help channels explains the 11 channels.
help channels
