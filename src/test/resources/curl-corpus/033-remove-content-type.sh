curl -d x=1 -H 'Content-Type:' http://{{HOST}}/h
