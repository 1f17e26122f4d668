# Only administrators grant rights.
login ieva
user add anna --name "Anna Ozola" --institution CARN --until 2025-12-31
