# Publishing a published service, or withdrawing one not published, says that nothing changed, and the audit
# trail has one entry for each real change.
login ieva
service publish 015A
service unpublish 015A
service unpublish 015A
service publish 015A
log 015A --limit 2
