curl -H 'Host: example.test' http://{{HOST}}/h
