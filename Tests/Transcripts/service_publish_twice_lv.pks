# args: --lang lv run service_publish_twice_lv.pks
login ieva
service publish 015A
service unpublish 016B
service unpublish 016B
