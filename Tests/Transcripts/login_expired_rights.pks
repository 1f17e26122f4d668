# vecais's rights ended on 2019-12-31; the login fails with exit 3 and says whom to ask.
login vecais
stats
