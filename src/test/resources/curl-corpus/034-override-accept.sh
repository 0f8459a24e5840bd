curl -H 'Accept: application/json' http://{{HOST}}/h
