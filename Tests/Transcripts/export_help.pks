# help export lists the formats, both layouts and every option.
help export
