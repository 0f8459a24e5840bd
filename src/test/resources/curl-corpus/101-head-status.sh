curl -I -H 'X-H: 1' http://{{HOST}}/status/204
