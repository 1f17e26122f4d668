# args: --lang de -c help
# An unknown --lang is a usage error (exit 2), told in the locale's language.
