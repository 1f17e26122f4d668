# A family's subcommand has a help page of its own, with its details and options; a family's page says so.
help user renew
help user
help user bogus
