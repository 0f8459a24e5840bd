curl -H 'X-Trace: one' -H 'X-Trace: two' -H 'x-trace: three' http://{{HOST}}/h
