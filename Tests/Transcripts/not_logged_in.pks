# Commands before login are refused.
stats
