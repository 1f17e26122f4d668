# env: PKS_LANG=ru
# env: LANG=lv_LV.UTF-8
# An unknown $PKS_LANG is refused too, in the locale's language (Latvian here).
help
