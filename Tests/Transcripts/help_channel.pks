# help for one channel, by key.
help e-latvija
