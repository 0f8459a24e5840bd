curl -X PUT -F 'a=1' http://{{HOST}}/put
